"""The Channels page: each metric's monthly trend per channel, with the goals that concern it."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from metrics.observations import ALL_AUDIENCES
from metrics.semantics import MetricSpec
from views.context import AppContext
from views.figures.common import series_colours
from views.i18n import t
from views.labels import audience_names, channel_names
from views.page_data import data_subjects, month_window, spec_of
from views.trend_frames import channel_trends, goals_for, metric_order
from views.trend_section import ALL_SUBJECTS, metric_charts, metric_picker, subject_and_period

ALL = ALL_SUBJECTS
CHANNEL_KEY = "channels.channel"
PERIOD_KEY = "channels.period"
METRICS_KEY = "channels.metrics"


def render(ctx: AppContext) -> None:
    """Show the Channels page for ?channel= (every channel when none) over ?period= months."""
    lang = ctx.language
    st.title(t("channels.title", lang), anchor=False)
    in_data = data_subjects(ctx, "channel")
    if not in_data:
        st.info(t("common.no_data", lang), icon=":material/hourglass_empty:")
        return
    names = channel_names(ctx.strategy, list(in_data))
    shown_names = {c: name for c, name in names.items() if c in in_data}
    chosen, period = subject_and_period(
        "channel",
        CHANNEL_KEY,
        PERIOD_KEY,
        t("channels.choose", lang),
        t("channels.all", lang),
        shown_names,
        lang,
    )

    shown = month_window(ctx, period)
    if chosen != ALL:
        shown = shown[shown["channel"] == chosen]
    metrics = metric_order(ctx.strategy, set(shown["metric"]))
    goal_metrics = [m for m in metrics if goals_for(ctx.strategy, m, None if chosen == ALL else chosen)]
    picked = metric_picker(
        ctx, METRICS_KEY, t("channels.metrics", lang), metrics, goal_metrics or metrics[:4]
    )
    view_key = ctx.view_key(ctx.as_of_month, period, chosen)
    if chosen == ALL:
        st.caption(t("channels.caption_all", lang))
        series_names = names
        trends = _channel_trends(view_key, tuple(picked), shown, {m: spec_of(ctx, m) for m in picked})
        colours = series_colours(names)
    else:
        st.caption(t("channels.caption_one", lang))
        audience_ids = sorted(set(shown["audience"]), key=lambda a: (a != ALL_AUDIENCES, a))
        series_names = audience_names(ctx.strategy, lang, audience_ids, include_all=True)
        series_names[ALL_AUDIENCES] = t("channels.whole_channel", lang)
        trends = {m: _audience_lines(shown, m) for m in picked}
        colours = series_colours(series_names)
    goals = {m: goals_for(ctx.strategy, m, None if chosen == ALL else chosen) for m in picked}
    if not picked:
        st.info(t("channels.pick_metric", lang))
        return
    metric_charts(
        ctx,
        trends,
        series_names,
        goals,
        "channels",
        colours=colours,
        view_key=view_key,
        subject=None if chosen == ALL else chosen,
    )


@st.cache_data(show_spinner=False, max_entries=64)
def _channel_trends(
    view_key: tuple, metrics: tuple[str, ...], _shown: pd.DataFrame, _specs: dict[str, MetricSpec]
) -> dict[str, pd.DataFrame]:
    # The view key holds what `_shown` was cut from: store and strategy versions, month, period, channel.
    return {m: channel_trends(_shown, _specs[m]) for m in metrics}


def _audience_lines(shown, metric: str):
    rows = shown[shown["metric"] == metric]
    return rows.rename(columns={"audience": "series"}).loc[:, ["month", "series", "value"]]
