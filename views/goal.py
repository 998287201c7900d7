"""The Goal page: one goal in depth, its path to the target, the tactics serving it and its status history."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd
import streamlit as st

from metrics.strategy import Strategy
from views.audience_posts import render_goal_posts
from views.context import AppContext, remember_choice, url_choice
from views.figure_cache import figure_of
from views.figures import STATUS_ICONS, goal_path_figure, status_history_figure
from views.goal_record import goal_chart_notes, render_decisions, render_notes
from views.goal_text import (
    STATUS_BADGES,
    counts,
    current_label,
    expected_value,
    level_text,
    no_data_text,
    outlook_text,
    pace_text,
    scope_text,
    stale_text,
    target_text,
)
from views.i18n import format_date, format_month, format_number, format_signed, format_value, t
from views.labels import audience_names, channel_names, metric_label, status_word, tactic_name, unit_label
from views.no_strategy import show_missing_strategy
from views.overview_model import ordered_goals
from views.page_data import goal_history, goal_progress_list, goal_values, spec_of
from views.tables import WRAPPED_ROW_HEIGHT, literal, safe_table

GOAL_KEY = "goal.goal"
CHART_CONFIG = {"displaylogo": False, "modeBarButtonsToRemove": ["select2d", "lasso2d"]}


def render(ctx: AppContext) -> None:
    """Show the Goal page for the goal in ?goal= (the most urgent goal when none is given)."""
    lang = ctx.language
    if ctx.strategy is None:
        st.title(t("goal.title", lang), anchor=False)
        show_missing_strategy(ctx)
        return
    goals = {str(g["id"]): g for g in goal_progress_list(ctx)}
    if not goals:
        st.title(t("goal.title", lang), anchor=False)
        st.info(t("overview.no_goals", lang), icon=":material/flag:")
        return
    urgent_first = [str(g["id"]) for g in ordered_goals(goals.values())]
    options = list(goals)
    chosen = url_choice("goal", GOAL_KEY, options, default=urgent_first[0])
    st.selectbox(
        t("goal.choose", lang),
        options,
        key=GOAL_KEY,
        format_func=lambda gid: f"{STATUS_ICONS.get(str(goals[gid]['status']), '?')}  {goals[gid]['title']}",
    )
    chosen = st.session_state[GOAL_KEY]
    remember_choice("goal", chosen)
    _goal(ctx, goals[chosen])


def _goal(ctx: AppContext, goal: Mapping[str, Any]) -> None:
    lang = ctx.language
    spec = spec_of(ctx, str(goal["metric"]))
    unit = unit_label(spec, lang)
    status = str(goal["status"])
    colour, icon = STATUS_BADGES.get(status, STATUS_BADGES["no_data"])
    with st.container(key="goal.header"):
        st.badge(status_word(status, lang), icon=icon, color=colour)
        st.subheader(literal(goal["title"]), anchor=False)
        kind = t(f"goal.kind_{goal.get('kind')}", lang)
        st.caption(
            literal(
                f"{kind} · {t('overview.card_owner', lang, owner=goal['owner'])}  \n"
                f"{metric_label(spec, lang)} · {scope_text(ctx.strategy, goal, lang)} · "
                + t(
                    "goal.period",
                    lang,
                    start=format_date(goal["start"], lang),
                    deadline=format_date(goal["deadline"], lang),
                )
            )
        )
        description = ctx.strategy.goal(str(goal["id"])).description
        if description:
            st.markdown(literal(description))

    values = goal_values(ctx, str(goal["id"]))
    _numbers(goal, values, lang, unit)
    stale = stale_text(goal, ctx.as_of_month, lang)
    if stale:
        st.warning(literal(stale), icon=":material/hourglass_top:")
    missing = no_data_text(goal, ctx.as_of, lang)
    if missing:
        st.info(literal(missing), icon=":material/hourglass_empty:")
    # The decisions taken on the goal sit beside its chart: results and the resources moved for them.
    chart_column, decision_column = st.columns([3, 1], gap="medium")
    with chart_column:
        if not values.dropna().empty:
            notes = goal_chart_notes(ctx, goal)
            path = figure_of(
                ("goal.path", *_view_key(ctx, goal)),
                goal_path_figure,
                goal,
                values,
                lang,
                unit=unit,
                notes=notes,
            )
            st.plotly_chart(path, key="goal.path", config=CHART_CONFIG)
            if goal.get("baseline_source") == "data" and (goal.get("type") or "reach") == "reach":
                st.caption(t("goal.baseline_from_data", lang))
    with decision_column:
        render_decisions(ctx, goal)

    _history(ctx, goal, lang)
    render_notes(ctx, goal)
    render_goal_posts(ctx, goal)
    _tactics(ctx.strategy, str(goal["id"]), lang, ctx.tactic_names)
    if not values.dropna().empty:
        with st.expander(t("goal.values_table", lang), key="goal.values_expander"):
            table = pd.DataFrame(
                {
                    t("goal.col_month", lang): [format_month(m, lang) for m in values.index],
                    t("goal.col_value", lang): [
                        format_value(v, lang, unit, whole=counts(goal)) for v in values.to_list()
                    ],
                }
            )
            st.dataframe(safe_table(table.iloc[::-1]), hide_index=True, key="goal.values")


def _numbers(goal: Mapping[str, Any], values: pd.Series, lang: str, unit: str) -> None:
    kind = goal.get("type") or "reach"
    whole = counts(goal)
    # Numbers without units stay whole in five columns; the sentence under them carries the unit.
    if kind == "reach":
        columns = st.columns(5)
        columns[0].metric(
            literal(current_label(goal, lang)),
            format_value(goal.get("current"), lang, whole=whole),
            border=True,
        )
        columns[1].metric(
            t("goal.target", lang), format_value(goal.get("target"), lang, whole=whole), border=True
        )
        columns[2].metric(
            t("goal.expected_now", lang), format_value(expected_value(goal), lang, whole=whole), border=True
        )
        columns[3].metric(
            # One word keeps the tile's label whole ("Forecast for December …" was cut); the month is in
            # its help and in the line under the tiles.
            t("goal.fig_forecast", lang),
            format_value(goal.get("forecast"), lang, whole=whole),
            border=True,
            help=t("goal.forecast", lang, month=format_month(str(goal["deadline"])[:7], lang)),
        )
        needed = goal.get("needed_per_month")
        decimals = 0 if whole or needed is None or abs(needed) >= 10 else 1
        columns[4].metric(t("goal.needed", lang), format_signed(needed, lang, decimals), border=True)
    else:
        columns = st.columns(3)
        columns[0].metric(
            literal(current_label(goal, lang)),
            format_value(goal.get("current"), lang, whole=whole),
            border=True,
        )
        columns[1].metric(
            t("goal.limit", lang), format_value(goal.get("target"), lang, whole=whole), border=True
        )
        recent = values.dropna().iloc[-12:]
        if len(recent):
            worst_month = recent.idxmin() if kind == "stay_above" else recent.idxmax()
            columns[2].metric(
                t("goal.worst_month", lang, month=format_month(worst_month, lang)),
                format_value(float(recent[worst_month]), lang, whole=whole),
                border=True,
            )
    lines = [target_text(goal, lang, unit), pace_text(goal, lang), level_text(goal, lang, unit)]
    lines += [outlook_text(goal, lang, unit)]
    st.markdown(literal(" · ".join(line for line in lines if line)))


def tactic_table(
    strategy: Strategy, goal_id: str, lang: str, names: Mapping[str, str] | None = None
) -> pd.DataFrame:
    """Return the tactics serving a goal as a table in the language: tactic, hours, what, where, for whom."""
    channels = channel_names(strategy)
    audiences = audience_names(strategy, lang)
    titles = {g.id: g.title for g in strategy.goals}
    rows = [
        {
            t("goal.col_tactic", lang): tactic_name(tactic.id, names),
            # The hours come right after the name: at the far right a laptop's width cut them off.
            t("goal.col_hours", lang): tactic.hours_per_month,
            t("goal.col_to_do", lang): tactic.to_do,
            t("goal.col_channels", lang): ", ".join(channels.get(c, c) for c in tactic.present_in),
            t("goal.col_audiences", lang): ", ".join(audiences.get(a, a) for a in tactic.for_audiences)
            or t("common.all_audiences", lang),
            # Goal titles hold commas themselves: a semicolon keeps one title apart from the next.
            t("goal.col_shared", lang): "; ".join(titles.get(g, g) for g in tactic.to_achieve if g != goal_id)
            or "–",
        }
        for tactic in strategy.tactics
        if goal_id in tactic.to_achieve
    ]
    return pd.DataFrame(rows)


def _tactics(strategy: Strategy, goal_id: str, lang: str, names: Mapping[str, str] | None = None) -> None:
    st.subheader(t("goal.tactics_title", lang), anchor=False)
    table = tactic_table(strategy, goal_id, lang, names)
    if table.empty:
        st.warning(t("goal.no_tactics", lang), icon=":material/warning:")
        return
    hours = table[t("goal.col_hours", lang)].dropna()
    st.caption(
        t(
            "goal.tactics_caption",
            lang,
            hours=format_number(float(hours.sum()), lang) if len(hours) else "–",
        )
    )
    # Rows taller than 4rem let the grid wrap long text instead of cutting it off.
    st.dataframe(
        safe_table(table),
        hide_index=True,
        key="goal.tactics",
        row_height=WRAPPED_ROW_HEIGHT,
        column_config={
            # Widths add up to about 800 px: the whole table fits a 1280 px laptop beside the sidebar.
            t("goal.col_tactic", lang): st.column_config.TextColumn(width=110),
            t("goal.col_hours", lang): st.column_config.NumberColumn(format="%.0f", width=95),
            t("goal.col_to_do", lang): st.column_config.TextColumn(width=195),
            t("goal.col_channels", lang): st.column_config.TextColumn(width=140),
            t("goal.col_audiences", lang): st.column_config.TextColumn(width=120),
            t("goal.col_shared", lang): st.column_config.TextColumn(
                width=140, help=t("goal.col_shared_help", lang)
            ),
        },
    )


def _history(ctx: AppContext, goal: Mapping[str, Any], lang: str) -> None:
    st.subheader(t("goal.history_title", lang), anchor=False)
    history = goal_history(ctx, str(goal["id"]))
    if history.empty:
        st.caption(t("goal.history_none", lang))
        return
    figure = figure_of(("goal.history", *_view_key(ctx, goal)), status_history_figure, history, lang)
    st.plotly_chart(figure, key="goal.history", config=CHART_CONFIG)
    changes = history[history["status"] != history["status"].shift()]
    lines = [
        t(
            "goal.history_change",
            lang,
            month=format_month(row.month, lang),
            status=status_word(row.status, lang),
        )
        for row in changes.itertuples()
    ]
    st.caption(literal("  \n".join(lines[-6:])))


def _view_key(ctx: AppContext, goal: Mapping[str, Any]) -> tuple:
    # Everything the goal's charts are made from: its numbers (store and strategy), the date, the language.
    return (
        ctx.store_location,
        ctx.store_version,
        ctx.ledger_point,
        ctx.strategy_version,
        str(goal["id"]),
        ctx.as_of,
        ctx.language,
    )
