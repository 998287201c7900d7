"""The Strategy page: the whole strategy on one page, its editors, its versions, import and export."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

import pandas as pd
import streamlit as st

from metrics.errors import GoalpostError, StrategyError
from metrics.strategy import load_strategy, strategy_to_yaml
from views import labels
from views.audience_rules_editor import RULES_KEY, render_rules_editor
from views.figure_cache import figure_of
from views.figures.common import STATUS_ICONS
from views.goal_form import render_goal_forms
from views.i18n import format_date, format_number, format_value, t
from views.messages import error_text, localized
from views.page_data import goal_progress_list
from views.strategy_editor import (
    GOAL_COLUMNS,
    TACTIC_COLUMNS,
    apply_tables,
    document_to_yaml,
    goals_table,
    tactics_table,
)
from views.strategy_figures import goal_effort, hours_per_goal, hours_progress_figure
from views.strategy_history import (
    StrategyChange,
    StrategyVersion,
    strategy_changes,
    strategy_document,
    target_history,
)
from views.tables import WRAPPED_ROW_HEIGHT, literal, safe_table

if TYPE_CHECKING:
    from views.context import AppContext

SAVED_MESSAGE = "strategy.saved_message"
GOAL_KINDS = ("communication", "effect")
GOAL_TYPES = ("reach", "stay_above", "stay_below")
STATUSES = ("achieved", "on_track", "at_risk", "off_track", "no_data")
MOVING_FIELDS = {"target", "target_change", "baseline", "start", "deadline"}
EDITOR_KEYS = ("strategy.goals_editor", "strategy.tactics_editor")


# ---------------------------------------------------------------- versions from the store


def versions_frame(store) -> pd.DataFrame:
    """Return the store's strategy versions newest first: version, saved_at (UTC), author, note."""
    frame = store.strategy_versions().rename(columns={"id": "version"})
    frame["version"] = frame["version"].astype(int)
    return frame.sort_values("version", ascending=False).reset_index(drop=True)[
        ["version", "saved_at", "author", "note"]
    ]


def strategy_versions(store) -> list[StrategyVersion]:
    """Return every saved strategy version with its YAML text, oldest first."""
    result = []
    for row in versions_frame(store).iloc[::-1].to_dict("records"):
        saved_at = row.get("saved_at")
        result.append(
            StrategyVersion(
                version=int(row["version"]),
                saved_at=None
                if saved_at is None or pd.isna(saved_at)
                else pd.Timestamp(saved_at).to_pydatetime(),
                author=None
                if row.get("author") is None or pd.isna(row.get("author"))
                else str(row["author"]),
                note=None if row.get("note") is None or pd.isna(row.get("note")) else str(row["note"]),
                text=store.strategy_text(int(row["version"])) or "",
            )
        )
    return result


@st.cache_data(max_entries=64, show_spinner=False)
def _cached_target_history(
    store_key: str, strategy_version: int | None, goal_id: str | None, _store
) -> pd.DataFrame:
    return target_history(strategy_versions(_store), goal_id)


def goal_target_history(ctx: AppContext, goal_id: str | None = None) -> pd.DataFrame:
    """Return when each goal's target moved (views.strategy_history.target_history), cached per strategy version.

    For the Goal page: one row per version where the goal first appeared or its target, target_change,
    type or deadline changed; columns goal, version, saved_at, author, note, target, target_change, type,
    deadline, previous_target, previous_target_change.
    """
    return _cached_target_history(ctx.store_location, ctx.strategy_version, goal_id, ctx.store).copy()


@st.cache_data(max_entries=32, show_spinner=False)
def _versions_at(location: str, store_version: int, _store) -> pd.DataFrame:
    return versions_frame(_store)


@st.cache_data(max_entries=256, show_spinner=False)
def _text_at(location: str, version: int, _store) -> str:
    # A saved version never changes, so its text is cached by its number alone.
    return _store.strategy_text(version) or ""


def _versions(ctx: AppContext) -> pd.DataFrame:
    """Return the strategy versions newest first, read once per store version."""
    return _versions_at(ctx.store_location, ctx.store_version, ctx.store)


def _text_of(ctx: AppContext, version: int) -> str:
    """Return one saved version's YAML text ("" when it has none)."""
    return _text_at(ctx.store_location, int(version), ctx.store)


def _current_text(ctx: AppContext) -> str:
    text = _text_of(ctx, ctx.strategy_version) if ctx.strategy_version is not None else None
    return text or (strategy_to_yaml(ctx.strategy) if ctx.strategy is not None else "")


# ---------------------------------------------------------------- page


def render(ctx: AppContext) -> None:
    """Draw the Strategy page: overview, editors, versions, import and export."""
    lang = ctx.language
    strategy = ctx.strategy
    st.title(literal(strategy.organisation if strategy is not None else t("strategy.title", lang)))
    _render_version_line(ctx)
    if ctx.strategy_problem:
        st.error(literal(ctx.strategy_problem), icon=":material/error:")
        st.caption(t("strategy.problem_help", lang))
    message = st.session_state.pop(SAVED_MESSAGE, None)
    # Always drawn, so the tabs below keep their place and the tab the editor was on stays open after a save.
    notice = st.container()
    if message:
        notice.success(literal(message), icon=":material/check_circle:")
    if not ctx.can_edit:
        # Viewers read the strategy and its history; the editors are not drawn, so there is nothing to send.
        st.caption(t("strategy.read_only", lang), help=t("strategy.read_only_help", lang))
    # Viewers read the strategy and its history; editing, restoring, importing and exporting are for editors.
    names = [
        n for n in ("overview", "edit", "versions", "files") if ctx.can_edit or n in ("overview", "versions")
    ]
    tabs = dict(zip(names, st.tabs([t(f"strategy.tab_{name}", lang) for name in names]), strict=True))
    with tabs["overview"]:
        _render_overview(ctx)
    if "edit" in tabs:
        with tabs["edit"]:
            _render_editors(ctx)
            if ctx.strategy is not None:
                render_rules_editor(ctx, _document(_current_text(ctx)), _save_rules)
    with tabs["versions"]:
        _render_versions(ctx)
    if "files" in tabs:
        with tabs["files"]:
            _render_import_export(ctx)


def _render_version_line(ctx: AppContext) -> None:
    lang = ctx.language
    if ctx.strategy_version is None:
        return
    frame = _versions(ctx)
    row = frame.loc[frame["version"] == int(ctx.strategy_version)]
    if row.empty:
        return
    st.caption(literal(_version_label(row.iloc[0].to_dict(), lang)))


def _version_label(row: dict, lang: str) -> str:
    saved_at = row.get("saved_at")
    when = (
        format_date(pd.Timestamp(saved_at).date(), lang)
        if saved_at is not None and not pd.isna(saved_at)
        else "?"
    )
    author = row.get("author")
    note = row.get("note")
    text = t(
        "strategy.version_label",
        lang,
        version=int(row["version"]),
        date=when,
        author=str(author) if author is not None and not pd.isna(author) else t("strategy.someone", lang),
    )
    if note is not None and not pd.isna(note) and str(note).strip():
        text += f" · {note}"
    return text


# ---------------------------------------------------------------- overview


def _render_overview(ctx: AppContext) -> None:
    lang = ctx.language
    strategy = ctx.strategy
    if strategy is None:
        if not ctx.strategy_problem:  # a saved strategy with mistakes is explained above the tabs
            st.info(t("strategy.none", lang))
        return
    if strategy.mission:
        st.subheader(t("strategy.mission", lang), anchor=False)
        st.markdown(literal(strategy.mission))
    if strategy.purpose:
        st.subheader(t("strategy.purpose", lang), anchor=False)
        st.markdown("\n".join("- " + literal(item) for item in strategy.purpose))
    channel_names = labels.channel_names(strategy)
    audience_names = labels.audience_names(strategy, lang)
    _render_audiences(ctx, channel_names)
    _render_channels(ctx)
    progress = _progress_by_goal(ctx)
    _render_goals(ctx, progress, channel_names, audience_names)
    _render_tactics(ctx, channel_names, audience_names)
    _render_hours_figure(ctx, progress)


def _names(ids: list[str], names: dict[str, str], everything: str, separator: str = ", ") -> str:
    return separator.join(names.get(i, i) for i in ids) or everything


def _render_audiences(ctx: AppContext, channel_names: dict[str, str]) -> None:
    lang = ctx.language
    audiences = ctx.strategy.audiences
    if not audiences:
        return
    st.subheader(t("strategy.audiences", lang), anchor=False)
    for start in range(0, len(audiences), 3):
        cells = st.columns(3)
        for cell, audience in zip(cells, audiences[start : start + 3], strict=False):
            with cell.container(border=True):
                st.markdown("**" + literal(audience.label) + "**")
                if audience.needs:
                    st.markdown("\n".join("- " + literal(need) for need in audience.needs))
                assumed = _names(audience.assumed_channels, channel_names, "–")
                st.caption(literal(t("strategy.assumed_on", lang, channels=assumed)))


def _render_channels(ctx: AppContext) -> None:
    lang = ctx.language
    if not ctx.strategy.channels:
        return
    st.subheader(t("strategy.channels", lang), anchor=False)
    rows = [
        {
            "channel": channel.label,
            "presence": t(f"strategy.presence_{channel.presence}", lang),
            "reason": channel.reason or "",
        }
        for channel in ctx.strategy.channels
    ]
    column = st.column_config
    config = {
        "channel": column.TextColumn(t("strategy.col_channel", lang), width=200),
        "presence": column.TextColumn(t("strategy.col_presence", lang), width=140),
        "reason": column.TextColumn(t("strategy.col_reason", lang), width="large"),
    }
    has_reasons = any(row["reason"] for row in rows)
    if not has_reasons:
        del config["reason"]  # an empty "Why" column only looks like something failed to load
    st.dataframe(
        safe_table(pd.DataFrame(rows, columns=list(config))),
        hide_index=True,
        key="strategy.channels_table",
        height="content",
        # Rows taller than 4rem let the grid wrap the reasons instead of cutting them off.
        row_height=WRAPPED_ROW_HEIGHT if has_reasons else None,
        column_config=config,
    )


def _render_goals(ctx: AppContext, progress: dict, channel_names: dict, audience_names: dict) -> None:
    lang = ctx.language
    if not ctx.strategy.goals:
        return
    st.subheader(t("strategy.goals", lang), anchor=False)
    column = st.column_config
    config = {
        # Pixel widths that fit a wide page side by side; long text wraps within its row.
        "goal": column.TextColumn(t("strategy.col_goal", lang), width=260),
        "status": column.TextColumn(t("strategy.col_status", lang), width=95),
        "target": column.TextColumn(t("strategy.col_target", lang), width=140),
        "deadline": column.TextColumn(t("strategy.col_deadline", lang), width=105),
        "owner": column.TextColumn(t("strategy.col_owner", lang), width=150),
        "metric": column.TextColumn(t("strategy.col_metric", lang), width=120),
        "channels": column.TextColumn(t("strategy.col_channels", lang), width=130),
        "audiences": column.TextColumn(t("strategy.col_audiences", lang), width=130),
    }
    for kind in GOAL_KINDS:
        of_kind = [g for g in ctx.strategy.goals if g.kind == kind]
        if not of_kind:
            continue
        st.markdown("**" + t(f"strategy.kind_{kind}", lang) + "**")
        rows = [_goal_row(ctx, g, progress.get(g.id, {}), channel_names, audience_names) for g in of_kind]
        st.dataframe(
            safe_table(pd.DataFrame(rows, columns=list(config))),
            hide_index=True,
            key=f"strategy.goals_{kind}",
            height="content",
            row_height=WRAPPED_ROW_HEIGHT,
            column_config=config,
        )


def _render_tactics(ctx: AppContext, channel_names: dict, audience_names: dict) -> None:
    lang = ctx.language
    tactics = ctx.strategy.tactics
    if not tactics:
        return
    st.subheader(t("strategy.tactics", lang), anchor=False)
    goal_titles = {g.id: g.title for g in ctx.strategy.goals}
    rows = [
        {
            "tactic": labels.tactic_name(tactic.id, ctx.tactic_names),
            "to_do": tactic.to_do,
            "present_in": _names(tactic.present_in, channel_names, "–"),
            # Goal titles hold commas themselves: a semicolon keeps one title apart from the next.
            "to_achieve": _names(tactic.to_achieve, goal_titles, "–", separator="; "),
            "for_audiences": _names(tactic.for_audiences, audience_names, t("strategy.everyone", lang)),
            "hours": tactic.hours_per_month,
            "core": tactic.core,
        }
        for tactic in tactics
    ]
    column = st.column_config
    config = {
        "tactic": column.TextColumn(t("strategy.col_tactic", lang), width=105),
        "to_do": column.TextColumn(t("strategy.col_to_do", lang), width=255),
        "present_in": column.TextColumn(t("strategy.col_present_in", lang), width=140),
        "to_achieve": column.TextColumn(t("strategy.col_to_achieve", lang), width=320),
        "for_audiences": column.TextColumn(t("strategy.col_for_audiences", lang), width=120),
        "hours": column.NumberColumn(t("strategy.col_hours", lang), format="%.0f", width=95),
        "core": column.CheckboxColumn(t("strategy.col_core", lang), width=60),
    }
    st.dataframe(
        safe_table(pd.DataFrame(rows, columns=list(config))),
        hide_index=True,
        key="strategy.tactics_table",
        height="content",
        # Four goal titles take five lines: taller rows than the other tables.
        row_height=WRAPPED_ROW_HEIGHT + 40,
        column_config=config,
    )
    total = sum(tactic.hours_per_month or 0 for tactic in tactics)
    st.caption(t("strategy.hours_total", lang, hours=format_number(total, lang)))


def _render_hours_figure(ctx: AppContext, progress: dict) -> None:
    lang = ctx.language
    goals = ctx.strategy.goals
    if not goals:
        return
    st.subheader(t("strategy.hours_vs_progress", lang), anchor=False)
    st.caption(t("strategy.hours_vs_progress_help", lang))
    hours = hours_per_goal((tactic.to_achieve, tactic.hours_per_month) for tactic in ctx.strategy.tactics)
    effort = goal_effort([{"id": g.id, "title": g.title, **progress.get(g.id, {})} for g in goals], hours)
    figure_labels = {
        "hours_axis": t("strategy.fig_hours", lang),
        "progress_axis": t("strategy.fig_progress", lang),
        "expected": t("strategy.fig_expected", lang),
        **{status: labels.status_word(status, lang) for status in STATUSES},
    }
    st.plotly_chart(
        figure_of(
            ("strategy.hours", *ctx.view_key(ctx.as_of, lang)),
            hours_progress_figure,
            effort,
            figure_labels,
            lang,
        ),
        key="strategy.hours_figure",
        width="stretch",
    )


@st.cache_data(show_spinner=False, max_entries=16)
def _document(text: str) -> dict[str, Any]:
    # Parsed once per text: the editors' tables are made from it on every view of the page.
    return strategy_document(text)


def _goal_row(ctx: AppContext, goal, progress: dict, channel_names: dict, audience_names: dict) -> dict:
    lang = ctx.language
    specs = ctx.strategy.metric_specs()
    spec = specs.get(goal.metric)
    unit = labels.unit_label(spec, lang) if spec is not None else ""
    if goal.target is not None:
        target = format_value(goal.target, lang, unit)
    elif goal.target_change:
        target = t("strategy.target_relative", lang, change=goal.target_change)
    else:
        target = ""
    if goal.type != "reach":
        target = t(f"strategy.type_{goal.type}", lang, target=target)
    status = progress.get("status") or "no_data"
    return {
        "goal": goal.title,
        "status": f"{STATUS_ICONS.get(status, '?')} {labels.status_word(status, lang)}",
        "target": target,
        "deadline": format_date(goal.deadline, lang),
        "owner": goal.owner,
        "metric": labels.metric_label(spec, lang) if spec is not None else goal.metric,
        "channels": _names(goal.channels, channel_names, t("strategy.all_channels", lang)),
        "audiences": _names(goal.audiences, audience_names, t("strategy.everyone", lang)),
    }


def _decimals(value: Any) -> int:
    try:
        return 0 if float(value).is_integer() else 1
    except (TypeError, ValueError):
        return 0


def _progress_by_goal(ctx: AppContext) -> dict[str, dict]:
    """Return goal id -> progress at the view's as-of date (shared with the other pages' cache)."""
    try:
        return {p["id"]: p for p in goal_progress_list(ctx)}
    except GoalpostError:
        return {}


# ---------------------------------------------------------------- editors


def _goal_column_config(ctx: AppContext) -> dict:
    lang = ctx.language
    strategy = ctx.strategy
    channels = [c.id for c in strategy.channels]
    audiences = [a.id for a in strategy.audiences]
    metrics = sorted(strategy.metric_specs())
    column = st.column_config
    return {
        "id": column.TextColumn(t("strategy.f_id", lang), required=True),
        "title": column.TextColumn(t("strategy.f_title", lang), required=True),
        "kind": column.SelectboxColumn(t("strategy.f_kind", lang), options=list(GOAL_KINDS), required=True),
        "metric": column.SelectboxColumn(t("strategy.f_metric", lang), options=metrics, required=True),
        "channels": column.MultiselectColumn(
            t("strategy.f_channels", lang), options=channels, help=t("strategy.f_channels_help", lang)
        ),
        "audiences": column.MultiselectColumn(
            t("strategy.f_audiences", lang), options=audiences, help=t("strategy.f_audiences_help", lang)
        ),
        "start": column.DateColumn(t("strategy.f_start", lang), format="YYYY-MM-DD"),
        "deadline": column.DateColumn(t("strategy.f_deadline", lang), format="YYYY-MM-DD"),
        "baseline": column.NumberColumn(
            t("strategy.f_baseline", lang), help=t("strategy.f_baseline_help", lang)
        ),
        "target": column.NumberColumn(t("strategy.f_target", lang)),
        "target_change": column.NumberColumn(
            t("strategy.f_target_change_percent", lang),
            help=t("strategy.f_target_change_help", lang),
            format="%+g",
        ),
        "type": column.SelectboxColumn(t("strategy.f_type", lang), options=list(GOAL_TYPES)),
        "owner": column.TextColumn(t("strategy.f_owner", lang)),
    }


def _tactic_column_config(ctx: AppContext) -> dict:
    lang = ctx.language
    strategy = ctx.strategy
    column = st.column_config
    return {
        "id": column.TextColumn(t("strategy.f_id", lang), required=True),
        "present_in": column.MultiselectColumn(
            t("strategy.f_present_in", lang), options=[c.id for c in strategy.channels]
        ),
        "to_do": column.TextColumn(t("strategy.f_to_do", lang), width="large"),
        "to_achieve": column.MultiselectColumn(
            t("strategy.f_to_achieve", lang), options=[g.id for g in strategy.goals]
        ),
        "for_audiences": column.MultiselectColumn(
            t("strategy.f_for_audiences", lang), options=[a.id for a in strategy.audiences]
        ),
        "hours_per_month": column.NumberColumn(
            t("strategy.f_hours_per_month", lang), min_value=0, format="%.1f"
        ),
        "core": column.CheckboxColumn(t("strategy.f_core", lang)),
    }


def _editor_has_edits(key: str) -> bool:
    state = st.session_state.get(key)
    if not isinstance(state, dict):
        return False
    return bool(state.get("edited_rows") or state.get("added_rows") or state.get("deleted_rows"))


def _render_editors(ctx: AppContext) -> None:
    lang = ctx.language
    if ctx.strategy is None:
        if not ctx.strategy_problem:  # a saved strategy with mistakes is explained above the tabs
            st.info(t("strategy.none", lang))
        return
    current_text = _current_text(ctx)
    document = _document(current_text)
    st.subheader(t("strategy.goals", lang), anchor=False)
    st.caption(t("goal_form.help", lang))

    def save_goal(text: str, note: str | None) -> None:
        _save_version(ctx, text, note=note or _summary_note(ctx, strategy_changes(current_text, text)))

    render_goal_forms(ctx, document, save_goal)
    # Power users change many goals and the tactics at once in the tables.
    with st.expander(t("goal_form.as_table", lang), icon=":material/table_view:"):
        _render_tables(ctx, current_text, document)


def _render_tables(ctx: AppContext, current_text: str, document: dict[str, Any]) -> None:
    lang = ctx.language
    st.caption(t("strategy.edit_help", lang))
    st.markdown("**" + t("strategy.goals", lang) + "**")
    # The editors' toolbar can download the table as CSV, so text cells are neutralised here as everywhere;
    # the quote comes off again when the edited table becomes YAML (strategy_editor.unneutralised).
    goals = st.data_editor(
        safe_table(goals_table(document)),
        key="strategy.goals_editor",
        num_rows="dynamic",
        hide_index=True,
        column_order=list(GOAL_COLUMNS),
        column_config=_goal_column_config(ctx),
        width="stretch",
        height="content",
    )
    st.markdown("**" + t("strategy.tactics", lang) + "**")
    tactics = st.data_editor(
        safe_table(tactics_table(document)),
        key="strategy.tactics_editor",
        num_rows="dynamic",
        hide_index=True,
        column_order=list(TACTIC_COLUMNS),
        column_config=_tactic_column_config(ctx),
        width="stretch",
        height="content",
    )
    if not any(_editor_has_edits(key) for key in EDITOR_KEYS):
        st.caption(t("strategy.no_edits", lang))
        return
    edited_text = document_to_yaml(apply_tables(document, goals=goals, tactics=tactics))
    problems = _problems(edited_text, ctx.language)
    changes = strategy_changes(current_text, edited_text)
    _render_changes(ctx, changes, title=t("strategy.pending_changes", lang))
    if problems:
        _render_problems(ctx, problems)
        st.button(t("strategy.save", lang), key="strategy.save", disabled=True, type="primary")
        return
    note = _note(ctx, "strategy.edit")
    if st.button(t("strategy.save", lang), key="strategy.save", type="primary"):
        _save_version(ctx, edited_text, note=note or _summary_note(ctx, changes))


def _note(ctx: AppContext, prefix: str) -> str | None:
    # Who saved a version is the signed-in user (ctx.actor), never a typed name.
    note = st.text_input(
        t("strategy.note", ctx.language),
        key=f"{prefix}_note",
        placeholder=t("strategy.note_hint", ctx.language),
    )
    return note.strip() or None


def _summary_note(ctx: AppContext, changes: list[StrategyChange]) -> str | None:
    if not changes:
        return None
    return "; ".join(change_text(c, ctx.language) for c in changes[:3]) + ("; …" if len(changes) > 3 else "")


def _problems(text: str, lang: str) -> list[str]:
    try:
        load_strategy(text, source="strategy")
    except StrategyError as error:
        return [localized(problem, lang) for problem in error.problems] or [error_text(error, lang)]
    except GoalpostError as error:
        return [error_text(error, lang)]
    return []


def _render_problems(ctx: AppContext, problems: list[str]) -> None:
    lang = ctx.language
    st.error(
        literal(t("strategy.invalid", lang, count=len(problems)))
        + "\n\n"
        + "\n".join("- " + literal(problem) for problem in problems),
        icon=":material/error:",
    )


def _save_version(ctx: AppContext, text: str, *, note: str | None) -> None:
    """Store the text as a new strategy version and start the next run on it, the editors emptied."""
    lang = ctx.language
    try:
        version = ctx.store.save_strategy(text, actor=ctx.actor, note=note)
    except GoalpostError as error:
        st.error(literal(error_text(error, lang)), icon=":material/error:")
        return
    for key in EDITOR_KEYS:
        st.session_state.pop(key, None)
    st.session_state[SAVED_MESSAGE] = t("strategy.saved", lang, version=version)
    reattribution = getattr(ctx.store, "last_reattribution", None)
    if reattribution is not None:  # the rules changed: say how many posts now count for other audiences
        st.session_state[SAVED_MESSAGE] += " " + localized(reattribution.message(), lang)
    st.rerun()


def _save_rules(ctx: AppContext, text: str) -> None:
    st.session_state.pop(RULES_KEY, None)
    _save_version(ctx, text, note=t("attribution.rules_note", ctx.language))


# ---------------------------------------------------------------- readable changes


def _value_text(value: Any, lang: str) -> str:
    if value is None or value == "" or value == []:
        return "–"
    if isinstance(value, bool):
        return t("strategy.yes", lang) if value else t("strategy.no", lang)
    if isinstance(value, int | float):
        return format_number(value, lang, decimals=_decimals(value))
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    if hasattr(value, "isoformat"):
        return format_date(value, lang)
    return str(value)


def change_text(change: StrategyChange, lang: str) -> str:
    """Return one change as a sentence: 'Goal “g1”: target moved from 5 000 to 6 000'."""
    section = t(f"strategy.section_{change.section}", lang)
    if change.change in ("added", "removed"):
        return t(f"strategy.diff_{change.change}", lang, section=section, item=change.item)
    field = _field_label(change.field, lang)
    values = {"section": section, "item": change.item, "field": field}
    values |= {"old": _value_text(change.old, lang), "new": _value_text(change.new, lang)}
    if change.section == "strategy":
        return t("strategy.diff_top", lang, **values)
    if change.old is None or change.old == "" or change.old == []:
        return t("strategy.diff_set", lang, **values)
    if change.new is None or change.new == "" or change.new == []:
        return t("strategy.diff_cleared", lang, **values)
    if change.field in MOVING_FIELDS:
        return t("strategy.diff_moved", lang, **values)
    if all(
        isinstance(v, int | float | dt.date) and not isinstance(v, bool) for v in (change.old, change.new)
    ):
        return t("strategy.diff_changed_value", lang, **values)
    return t("strategy.diff_changed", lang, **values)


def _field_label(name: str, lang: str) -> str:
    key = f"strategy.f_{name}"
    text = t(key, lang)
    return name if text == key else text


def _render_changes(ctx: AppContext, changes: list[StrategyChange], *, title: str) -> None:
    lang = ctx.language
    if not changes:
        st.caption(t("strategy.no_changes", lang))
        return
    st.markdown("**" + literal(title) + "**")
    st.markdown("\n".join("- " + literal(change_text(c, lang)) for c in changes))


# ---------------------------------------------------------------- versions


def _render_versions(ctx: AppContext) -> None:
    lang = ctx.language
    frame = _versions(ctx)
    if frame.empty:
        st.caption(t("strategy.no_versions", lang))
        return
    shown = frame.copy()
    shown["saved_at"] = pd.to_datetime(shown["saved_at"]).dt.strftime("%Y-%m-%d %H:%M")
    shown.columns = [t(f"strategy.vcol_{c}", lang) for c in shown.columns]
    st.dataframe(safe_table(shown), hide_index=True, key="strategy.versions_table")
    version_labels = {int(row["version"]): _version_label(row, lang) for row in frame.to_dict("records")}
    numbers = list(version_labels)
    if len(numbers) < 2:
        st.caption(t("strategy.one_version", lang))
    else:
        st.subheader(t("strategy.compare", lang), anchor=False)
        left, right = st.columns(2)
        older = left.selectbox(
            t("strategy.compare_from", lang),
            numbers,
            index=1,
            format_func=version_labels.get,
            key="strategy.compare_from",
        )
        newer = right.selectbox(
            t("strategy.compare_to", lang),
            numbers,
            index=0,
            format_func=version_labels.get,
            key="strategy.compare_to",
        )
        changes = strategy_changes(_text_of(ctx, older), _text_of(ctx, newer))
        _render_changes(ctx, changes, title=t("strategy.changes_between", lang, older=older, newer=newer))
        if not ctx.can_edit:
            return
        st.subheader(t("strategy.restore", lang), anchor=False)
        current = int(ctx.strategy_version) if ctx.strategy_version is not None else numbers[0]
        earlier = [n for n in numbers if n != current]
        chosen = st.selectbox(
            t("strategy.restore_which", lang),
            earlier,
            format_func=version_labels.get,
            key="strategy.restore_version",
        )
        st.caption(t("strategy.restore_help", lang))
        note = _note(ctx, "strategy.restore")
        if st.button(t("strategy.restore_button", lang, version=chosen), key="strategy.restore"):
            text = _text_of(ctx, chosen)
            problems = _problems(text, ctx.language)
            if problems:
                _render_problems(ctx, problems)
            else:
                restored = t("strategy.restored_note", lang, version=chosen)
                _save_version(ctx, text, note=f"{restored}: {note}" if note else restored)


# ---------------------------------------------------------------- import and export


def _render_import_export(ctx: AppContext) -> None:
    lang = ctx.language
    st.subheader(t("strategy.export", lang), anchor=False)
    st.caption(t("strategy.export_help", lang))
    st.download_button(
        t("strategy.export_button", lang),
        _current_text(ctx),
        file_name="strategy.yaml",
        mime="application/x-yaml",
        key="strategy.export",
    )
    if not ctx.can_edit:
        return
    st.subheader(t("strategy.import", lang), anchor=False)
    st.caption(t("strategy.import_help", lang))
    uploaded = st.file_uploader(t("strategy.import_label", lang), type=["yaml", "yml"], key="strategy.import")
    if uploaded is None:
        return
    try:
        text = uploaded.getvalue().decode("utf-8-sig")
    except UnicodeDecodeError:
        st.error(literal(t("strategy.import_not_text", lang, file=uploaded.name)), icon=":material/error:")
        return
    problems = _problems(text, ctx.language)
    if problems:
        _render_problems(ctx, problems)
        st.caption(t("strategy.nothing_saved", lang))
        return
    changes = strategy_changes(_current_text(ctx), text)
    _render_changes(ctx, changes, title=t("strategy.import_changes", lang, file=uploaded.name))
    note = _note(ctx, "strategy.import")
    if st.button(
        t("strategy.import_save", lang), key="strategy.import_save", type="primary", disabled=not changes
    ):
        _save_version(ctx, text, note=note or t("strategy.imported_note", lang, file=uploaded.name))
