"""The part the Channels and Audiences pages share: a metric's trend chart with the goals that concern it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pandas as pd
import streamlit as st

from metrics.strategy import Goal
from views.context import AppContext, page_link, remember_choice, url_choice
from views.figure_cache import figure_of
from views.figures import STATUS_ICONS, trend_figure
from views.i18n import format_month, format_value, t
from views.labels import channel_names, metric_label, status_word, unit_label
from views.page_data import chart_notes, spec_of
from views.tables import literal
from views.trend_frames import DEFAULT_PERIOD, PERIODS

CHART_CONFIG = {"displaylogo": False, "modeBarButtonsToRemove": ["select2d", "lasso2d"]}
CHARTS_PER_ROW = 2
ALL_SUBJECTS = "all"
"""The choice that shows every channel or audience."""


def period_label(period: str, lang: str) -> str:
    """Return the period choice as the language says it ("Last 24 months", "All months")."""
    return t("trends.period_all", lang) if period == "all" else t("trends.period_months", lang, months=period)


def period_picker(key: str, lang: str, chosen: str) -> str:
    """Show the period choice (a segmented control keyed `key`) and return the period."""
    value = st.segmented_control(
        t("trends.period", lang),
        list(PERIODS),
        key=key,
        format_func=lambda p: period_label(p, lang),
        required=True,
    )
    return value or chosen


def subject_and_period(
    param: str, key: str, period_key: str, label: str, all_label: str, names: Mapping[str, str], lang: str
) -> tuple[str, str]:
    """Show the subject choice (every one, or one of `names`) beside the period; both kept in the link.

    Returns (chosen id or "all", period).
    """
    options = [ALL_SUBJECTS, *names]
    picker, period_column = st.columns([2, 3], vertical_alignment="bottom")
    url_choice(param, key, options, default=ALL_SUBJECTS)
    with picker:
        st.selectbox(
            label, options, key=key, format_func=lambda s: all_label if s == ALL_SUBJECTS else names.get(s, s)
        )
    chosen = st.session_state[key]
    remember_choice(param, chosen, default=ALL_SUBJECTS)
    period = url_choice("period", period_key, list(PERIODS), default=DEFAULT_PERIOD)
    with period_column:
        period = period_picker(period_key, lang, period)
    remember_choice("period", period, default=DEFAULT_PERIOD)
    return chosen, period


METRICS_PARAM = "metrics"
"""The query parameter that keeps the metrics picked on Channels and Audiences."""


def metric_picker(ctx: AppContext, key: str, label: str, metrics: list[str], default: list[str]) -> list[str]:
    """Show the metric choice (a multiselect keyed `key`) and return the chosen metrics, defaults when none fit.

    The choice lives in the URL (?metrics=a,b) too, so a shared link shows the same charts.
    """
    seen_key = f"url_seen.{METRICS_PARAM}"
    from_url = st.query_params.get(METRICS_PARAM)
    if from_url is not None and from_url != st.session_state.get(seen_key):
        # A link (or the browser's history) named metrics: they win over the session's last choice.
        st.session_state[key] = [m for m in from_url.split(",") if m in metrics]
    kept = [m for m in st.session_state.get(key, []) if m in metrics]
    fallback = [m for m in default if m in metrics]
    st.session_state[key] = kept or fallback
    picked = st.multiselect(
        label, metrics, key=key, format_func=lambda m: metric_label(spec_of(ctx, m), ctx.language)
    )
    remember_choice(METRICS_PARAM, ",".join(picked), default=",".join(fallback))
    return picked


def metric_charts(
    ctx: AppContext,
    trends: Mapping[str, pd.DataFrame],
    series_names: Mapping[str, str],
    goals_by_metric: Mapping[str, Sequence[Goal]],
    key_prefix: str,
    colours: Mapping[str, str] | None = None,
    *,
    view_key: tuple,
    subject: str | None = None,
) -> None:
    """Show one chart per metric (two per row), each with the goals on that metric listed under it.

    `view_key` names everything the trends, names and colours were made from (store and strategy versions,
    month, period, choice). Each chart is built once per distinct content (numbers, names, colours, targets,
    notes, language), so after an upload only the charts whose numbers moved are built again.
    `subject` is the one channel the charts show, when one was chosen. Each goal's target is a line.
    """
    lang = ctx.language
    progress = _progress_by_goal(ctx)
    statuses = {goal_id: str(p["status"]) for goal_id, p in progress.items()}
    metrics = [m for m, frame in trends.items() if len(frame)]
    for start in range(0, len(metrics), CHARTS_PER_ROW):
        columns = st.columns(CHARTS_PER_ROW, gap="large")
        for column, metric in zip(columns, metrics[start : start + CHARTS_PER_ROW], strict=False):
            with column, st.container(border=True, key=f"{key_prefix}.metric.{metric}"):
                spec = spec_of(ctx, metric)
                unit = unit_label(spec, lang)
                st.markdown(
                    "**" + literal(metric_label(spec, lang)) + "**" + (f" · {literal(unit)}" if unit else "")
                )
                frame = trends[metric]
                goals = goals_by_metric.get(metric, ())
                drawn = set(frame["series"].astype(str))
                line_colours = {s: c for s, c in (colours or {}).items() if s in drawn}
                targets = target_lines(ctx, goals, progress, unit, subject, line_colours)
                last = str(frame["month"].max())
                st.caption(t("trends.latest", lang, month=format_month(last, lang)))
                notes = _trend_notes(ctx, key_prefix, frame)
                # Keyed by what the chart is drawn from: after an upload only the charts whose numbers moved
                # are built again, not every chart of every channel and audience.
                figure = figure_of(
                    ("trend", *view_key, key_prefix, lang, metric, tuple(targets)),
                    trend_figure,
                    frame,
                    series_names,
                    lang,
                    unit=unit,
                    colours=colours,
                    targets=targets,
                    notes=notes,
                )
                st.plotly_chart(
                    figure,
                    key=f"{key_prefix}.chart.{metric}",
                    config=CHART_CONFIG,
                )
                _goal_links(ctx, goals, statuses)


def _trend_notes(ctx: AppContext, key_prefix: str, frame: pd.DataFrame) -> pd.DataFrame:
    # A channel chart shows notes on every channel and on its own lines; an audience chart likewise.
    shown = sorted(set(frame["series"].astype(str))) if len(frame) else []
    if key_prefix.startswith("audience"):
        return chart_notes(ctx, audiences=shown)
    return chart_notes(ctx, channels=shown)


def _progress_by_goal(ctx: AppContext) -> dict[str, Mapping]:
    from views.page_data import goal_progress_list

    return {str(g["id"]): g for g in goal_progress_list(ctx)}


def target_lines(
    ctx: AppContext,
    goals: Sequence[Goal],
    progress: Mapping[str, Mapping],
    unit: str,
    subject: str | None = None,
    colours: Mapping[str, str] | None = None,
) -> list[tuple[float, str, str | None]]:
    """Return (target in the metric's unit, label, colour or None) of each goal with a target.

    A goal on one channel whose line the chart draws gets that line's colour and a short label ("Target
    150 followers"); a goal on several channels has its target on their sum, which no line shows: its label
    names them ("Target 38,500 followers · Facebook + Instagram") in the target colour (None).
    """
    lang = ctx.language
    names = channel_names(ctx.strategy)
    lines = []
    for goal in goals:
        target = (progress.get(goal.id) or {}).get("target")
        if target is None:
            continue
        value = format_value(float(target), lang, unit)
        known = ctx.strategy.goal_channels(goal) if ctx.strategy else []
        channels = list(known or (progress.get(goal.id) or {}).get("channels") or [])
        colour = None
        if len(channels) == 1 and subject is None and channels[0] in (colours or {}):
            colour = (colours or {})[channels[0]]
        if not channels or channels == [subject] or colour is not None:
            label = t("trends.target_line", lang, value=value)
        else:
            scope = " + ".join(names.get(c, c) for c in channels)
            label = t("trends.target_line_scope", lang, value=value, scope=scope)
        lines.append((float(target), label, colour))
    return lines


def _goal_links(ctx: AppContext, goals: Sequence[Goal], statuses: Mapping[str, str]) -> None:
    lang = ctx.language
    if not goals:
        st.caption(t("trends.no_goals", lang))
        return
    st.caption(t("trends.goals", lang))
    for goal in goals:
        status = statuses.get(goal.id, "no_data")
        page_link(
            ctx,
            "goal",
            f"{STATUS_ICONS.get(status, '?')} {status_word(status, lang)}: {literal(goal.title)}",
            query_params={"goal": goal.id},
        )
