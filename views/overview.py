"""The Overview: is the strategy working? Every goal as a card, most urgent first, and where the goals are."""

from __future__ import annotations

from collections.abc import Mapping
from contextlib import suppress
from typing import Any

import plotly.graph_objects as go
import streamlit as st

from connectors.store import Visit, previous_visit, record_visit, utc_today, visitor
from metrics.errors import GoalpostError
from metrics.monthly import channels_reported
from metrics.observations import ALL_AUDIENCES
from views import report_section
from views.context import AppContext, as_of_label, page_link, strategy_channels
from views.figure_cache import figure_of
from views.figures import STATUS_COLOURS, STATUS_ICONS, pace_figure, sparkline_svg, status_grid_figure
from views.goal_text import (
    STATUS_BADGES,
    basis_text,
    counts,
    current_label,
    level_text,
    no_data_text,
    outlook_text,
    pace_text,
    scope_text,
    stale_text,
    target_text,
)
from views.i18n import format_month, format_value, t
from views.labels import audience_names, channel_names, metric_label, status_word, unit_label
from views.no_strategy import show_missing_strategy
from views.overview_model import (
    chosen_goal,
    grid_axes,
    grid_cells,
    ordered_goals,
    since_visit_text,
    status_changes,
    status_counts,
    summary_parts,
    value_change_text,
    was_text,
)
from views.page_data import goal_progress_list, spec_of
from views.tables import literal

CARDS_PER_ROW = 3
CHART_CONFIG = {"displaylogo": False, "modeBarButtonsToRemove": ["select2d", "lasso2d"]}
CARD_STYLE = (
    "<style>"
    # Cards of a row are as tall as the tallest (Streamlit wraps each card in a layout wrapper).
    '[data-testid="stColumn"]:has([class*="st-key-overview-card-"]) > [data-testid="stVerticalBlock"],'
    ' [data-testid="stColumn"] > [data-testid="stVerticalBlock"] >'
    ' [data-testid="stLayoutWrapper"]:has(> [class*="st-key-overview-card-"]),'
    ' [class*="st-key-overview-card-"] { height: 100%; }'
    + "".join(
        f' [class*="st-key-overview-bar-{status}-"] [data-testid="stProgressBarTrack"] > div'
        f" {{ background-color: {colour}; }}"
        for status, colour in STATUS_COLOURS.items()
    )
    # On a phone the status tiles stand two a row instead of one under the other.
    + " @media (max-width: 640px) {"
    ' .st-key-overview-tiles [data-testid="stHorizontalBlock"] { flex-flow: row wrap !important; }'
    ' .st-key-overview-tiles [data-testid="stColumn"] {'
    " min-width: calc(50% - 0.5rem) !important; flex: 1 1 calc(50% - 0.5rem) !important; }"
    " }" + "</style>"
)
"""Fixed CSS (no user text): equal card heights and the progress bar in the card's status colour."""
VISIT_KEY = "overview.previous_visit"
"""Session: (store and visitor, the visit before this session or None), read once a session."""
RECORDED_KEY = "overview.recorded_statuses"
"""Session: (store and visitor, the statuses last recorded as seen), so a rerun does not write again."""


def render(ctx: AppContext) -> None:
    """Show the Overview page."""
    lang = ctx.language
    st.title(t("overview.title", lang), anchor=False)
    if ctx.demo_data:
        st.info(t("overview.welcome", lang), icon=":material/waving_hand:")
    if ctx.strategy is None:
        show_missing_strategy(ctx)
        return
    goals = ordered_goals(goal_progress_list(ctx))
    month = as_of_label(ctx, ctx.as_of_month, lang) if ctx.as_of_month else t("common.no_data_yet", lang)
    subtitle = "overview.subtitle_latest" if ctx.follows_latest and ctx.as_of_month else "overview.subtitle"
    st.caption(literal(t(subtitle, lang, organisation=ctx.strategy.organisation, month=month)))
    coverage = coverage_text(ctx)
    if coverage:
        st.caption(literal(coverage))
    if not goals:
        st.info(t("overview.no_goals", lang), icon=":material/flag:")
        page_link(ctx, "strategy", t("overview.to_strategy", lang), icon=":material/edit:")
        return
    with st.container(key="overview.summary"):
        first, *rest = summary_parts(goals, lang)
        st.markdown("#### " + literal(first) + ".")
        if rest:
            st.markdown(literal("; ".join(rest) + "."))
    visit = last_visit(ctx, goals)
    was = dict((str(goal["id"]), old) for goal, old in status_changes(visit.statuses, goals)) if visit else {}
    if visit is not None:
        with st.container(key="overview.since_visit"):
            text = literal(since_visit_text(visit.at.date(), status_changes(visit.statuses, goals), lang))
            if was:
                st.info(text, icon=":material/change_circle:")
            else:
                st.caption(text)
    st.html(CARD_STYLE)
    with st.container(key="overview.tiles"):
        _status_counts(goals, lang)
    # The charts come before the cards: they are what a room looks at first, and Plotly mounts early.
    _charts(ctx, goals)
    st.divider()
    _cards(ctx, goals, was)
    st.divider()
    report_section.render(ctx)


def _charts(ctx: AppContext, goals: list[Mapping[str, Any]]) -> None:
    # One chart a row: side by side, the goal titles of the pace chart were cramped into half the width.
    lang = ctx.language
    st.subheader(t("overview.pace_title", lang), anchor=False)
    st.caption(t("overview.pace_caption", lang))
    pace = figure_of(("overview.pace", *ctx.view_key(ctx.as_of, lang)), _pace, goals, lang)
    if pace is not None:
        chosen = st.plotly_chart(
            pace, key="overview.pace", config=CHART_CONFIG, on_select="rerun", selection_mode="points"
        )
        _open_chosen_goal(ctx, chosen)
    else:
        st.info(t("overview.pace_none", lang))
    st.subheader(t("overview.grid_title", lang), anchor=False)
    st.caption(t("overview.grid_caption", lang))
    grid = _grid(ctx, goals)
    if grid is not None:
        chosen = st.plotly_chart(
            grid, key="overview.grid", config=CHART_CONFIG, on_select="rerun", selection_mode="points"
        )
        _open_chosen_goal(ctx, chosen)
    else:
        st.info(t("overview.grid_none", lang))


def _open_chosen_goal(ctx: AppContext, chosen: Any) -> None:
    """Open the Goal page of the bar or grid cell the viewer clicked (nothing when none was)."""
    goal_id = chosen_goal(chosen)
    page = ctx.pages.get("goal")
    if goal_id is None or page is None:
        return
    st.switch_page(page, query_params={"lang": ctx.language, "goal": goal_id})


def _pace(goals: list[Mapping[str, Any]], lang: str) -> go.Figure | None:
    return pace_figure(goals, lang) if any(g.get("progress") is not None for g in goals) else None


def _grid(ctx: AppContext, goals: list[Mapping[str, Any]]) -> go.Figure | None:
    cells = grid_cells(ctx.strategy, goals)
    if cells.empty:
        return None
    rows, columns = grid_axes(
        ctx.strategy,
        cells,
        channel_names(ctx.strategy),
        {ALL_AUDIENCES: t("overview.grid_all", ctx.language), **audience_names(ctx.strategy, ctx.language)},
    )
    return figure_of(
        ("overview.grid", *ctx.view_key(ctx.as_of, ctx.language)),
        status_grid_figure,
        cells,
        rows,
        columns,
        ctx.language,
    )


def _status_counts(goals: list[Mapping[str, Any]], lang: str) -> None:
    counts = status_counts(goals)
    shown = [s for s in ("off_track", "at_risk", "on_track", "achieved", "no_data") if counts.get(s)]
    columns = st.columns(len(shown) or 1)
    for column, status in zip(columns, shown, strict=False):
        with column:
            st.metric(f"{STATUS_ICONS[status]} {status_word(status, lang)}", counts[status], border=True)


def _cards(ctx: AppContext, goals: list[Mapping[str, Any]], was: Mapping[str, str]) -> None:
    for start in range(0, len(goals), CARDS_PER_ROW):
        columns = st.columns(CARDS_PER_ROW, gap="medium")
        for column, goal in zip(columns, goals[start : start + CARDS_PER_ROW], strict=False):
            with column:
                goal_card(ctx, goal, was=was.get(str(goal["id"])))


def last_visit(ctx: AppContext, goals: list[Mapping[str, Any]]) -> Visit | None:
    """Return the viewer's visit before this session (read once a session), and record this one.

    Only a view that follows the latest data counts as a visit: a month picked by hand or a meeting link
    shows other statuses than the viewer's own Overview. The visit is recorded again whenever the statuses
    shown change during the session, so the next visit compares with what was seen last.
    """
    actor = ctx.actor
    if actor is None or ctx.link_view or not ctx.follows_latest:
        return None
    who = (ctx.store_location, visitor(actor))
    kept = st.session_state.get(VISIT_KEY)
    if kept is None or kept[0] != who:
        try:
            earlier = previous_visit(ctx.store, actor)
        except GoalpostError:
            earlier = None  # a store that cannot be read here says so elsewhere; the Overview still shows
        kept = st.session_state[VISIT_KEY] = (who, earlier)
    seen = {str(g["id"]): str(g["status"]) for g in goals}
    earlier = kept[1]
    # The same statuses seen again the same day change nothing a later visit would say: no write then.
    unchanged = earlier is not None and dict(earlier.statuses) == seen and earlier.at.date() == utc_today()
    if not unchanged and st.session_state.get(RECORDED_KEY) != (who, seen):
        # A read-only store: the change since the last visit is still shown, only this visit is not kept.
        with suppress(GoalpostError):
            record_visit(ctx.store, seen, actor=actor)
        st.session_state[RECORDED_KEY] = (who, seen)
    return kept[1]


def goal_card(ctx: AppContext, goal: Mapping[str, Any], was: str | None = None) -> None:
    """Show one goal as a card: status, title, owner, scope, now against target, pace, forecast, a link.

    `was` is the goal's status at the viewer's last visit when it has changed since: the card says so.
    """
    lang = ctx.language
    spec = spec_of(ctx, str(goal["metric"]))
    unit = unit_label(spec, lang)
    status = str(goal["status"])
    colour, icon = STATUS_BADGES.get(status, STATUS_BADGES["no_data"])
    # Few elements per card (five or six): twelve cards of nine elements each made the page slow to draw.
    changed = f" :violet-badge[:material/change_circle: {literal(was_text(was, lang))}]" if was else ""
    head = (
        f":{colour}-badge[{icon} {literal(status_word(status, lang))}]{changed}  \n"
        f"**{literal(goal['title'])}**  \n"
        + _small(t("overview.card_owner", lang, owner=goal["owner"]))
        + "  \n"
        + _small(metric_label(spec, lang) + " · " + scope_text(ctx.strategy, goal, lang))
    )
    lines = [line for line in (target_text(goal, lang, unit), level_text(goal, lang, unit)) if line]
    notes = [
        line
        for line in (
            stale_text(goal, ctx.as_of_month, lang),
            outlook_text(goal, lang, unit),
            no_data_text(goal, ctx.as_of, lang),
        )
        if line
    ]
    basis = basis_text(goal, lang)
    if basis:
        notes.insert(0, basis)
    with st.container(border=True, key=f"overview.card.{goal['id']}"):
        st.markdown(head)
        # The number alone stays readable in a narrow card; its unit is in the target line right under it.
        st.metric(
            literal(current_label(goal, lang)),
            format_value(goal.get("current"), lang, whole=counts(goal)),
            delta=value_change_text(goal, lang),
            delta_color="normal" if goal.get("better", "higher") == "higher" else "inverse",
        )
        _sparkline(goal, colour=STATUS_COLOURS.get(status, STATUS_COLOURS["no_data"]))
        st.markdown("  \n".join([*(literal(line) for line in lines), *(_small(line) for line in notes)]))
        pace = pace_text(goal, lang)
        if pace:
            with st.container(key=f"overview.bar.{status}.{goal['id']}"):
                st.progress(min(max(float(goal["progress"]), 0.0), 1.0), text=pace)
        page_link(
            ctx,
            "goal",
            t("overview.card_open", lang),
            icon=":material/arrow_forward:",
            query_params={"goal": str(goal["id"])},
        )


def _sparkline(goal: Mapping[str, Any], colour: str) -> None:
    values = goal.get("recent_values") or []
    if len(values) < 2:
        return
    # An SVG image from numbers and a fixed colour only (no user text).
    st.image(sparkline_svg(values, colour), width="stretch")


def coverage_text(ctx: AppContext) -> str:
    """Return what is in for the view's month: "November 2026: 2 of 7 channels in (…); waiting for …"."""
    channels = strategy_channels(ctx.strategy)
    if not ctx.as_of_month or not channels or ctx.channel_months is None:
        return ""
    names = channel_names(ctx.strategy)
    reported, waiting = channels_reported(ctx.channel_months, ctx.as_of_month, channels)
    month = format_month(ctx.as_of_month, ctx.language)
    if not waiting:
        return t("overview.coverage_all", ctx.language, month=month, total=len(channels))
    return t(
        "overview.coverage_partial",
        ctx.language,
        month=month,
        count=len(reported),
        total=len(channels),
        channels_in=", ".join(names.get(c, c) for c in reported) or "–",
        waiting=", ".join(names.get(c, c) for c in waiting),
    )


def _small(text: str) -> str:
    """Return Markdown showing the text literally, small and grey (as a caption would, inside other text)."""
    return ":small[:gray[" + literal(text) + "]]"
