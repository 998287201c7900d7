"""The Audiences page: where the strategy assumes each audience is against where it engages, and the trends."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from metrics.observations import ALL_AUDIENCES
from metrics.strategy import Strategy
from views.audience_fit import FIT_MONTHS
from views.audience_posts import render_measured_posts
from views.context import AppContext
from views.figures.common import series_colours
from views.i18n import format_list, format_number, format_percent, t
from views.labels import audience_names, channel_names
from views.no_strategy import show_missing_strategy
from views.page_data import audience_fit_frame, data_subjects, month_window, spec_of
from views.tables import literal, safe_table
from views.trend_frames import audience_trends, metric_order
from views.trend_section import ALL_SUBJECTS, metric_charts, metric_picker, subject_and_period

ALL = ALL_SUBJECTS
AUDIENCE_KEY = "audiences.audience"
PERIOD_KEY = "audiences.period"
METRICS_KEY = "audiences.metrics"
FINDING_ICONS = {
    "not_measured": ":material/visibility_off:",
    "no_engagement": ":material/block:",
    "low_share": ":material/trending_down:",
    "not_assumed": ":material/lightbulb:",
    "fits": ":material/check_circle:",
}


def render(ctx: AppContext) -> None:
    """Show the Audiences page: every audience's channel fit, then trends for ?audience= over ?period=."""
    lang = ctx.language
    st.title(t("audiences.title", lang), anchor=False)
    if ctx.strategy is None:
        show_missing_strategy(ctx)
        return
    audiences_in_data = data_subjects(ctx, "audience")
    audience_ids = [a.id for a in ctx.strategy.audiences]
    in_data = sorted(set(audiences_in_data) - {ALL_AUDIENCES} - set(audience_ids))
    names = audience_names(ctx.strategy, lang, in_data)
    chosen, period = subject_and_period(
        "audience",
        AUDIENCE_KEY,
        PERIOD_KEY,
        t("audiences.choose", lang),
        t("audiences.all", lang),
        names,
        lang,
    )

    st.subheader(t("audiences.fit_title", lang, months=FIT_MONTHS), anchor=False)
    st.caption(t("audiences.fit_caption", lang))
    fit = audience_fit_frame(ctx)
    shown_audiences = [a for a in ctx.strategy.audiences if chosen in (ALL, a.id)]
    if not shown_audiences:
        st.info(t("audiences.none", lang))
    columns = st.columns(min(max(len(shown_audiences), 1), 3), gap="medium")
    for index, audience in enumerate(shown_audiences):
        with columns[index % len(columns)]:
            mine = fit[fit["audience"] == audience.id] if len(fit) else fit
            _fit_card(ctx.strategy, audience.id, mine, lang)
    render_measured_posts(ctx, shown_audiences, FIT_MONTHS)

    st.divider()
    st.subheader(t("audiences.trends_title", lang), anchor=False)
    if not audiences_in_data:
        st.info(t("common.no_data", lang), icon=":material/hourglass_empty:")
        return
    shown = month_window(ctx, period)
    shown = shown[shown["audience"] != ALL_AUDIENCES]
    if chosen != ALL:
        shown = shown[shown["audience"] == chosen]
    metrics = metric_order(ctx.strategy, set(shown["metric"]))
    if not metrics:
        st.info(t("audiences.no_audience_data", lang), icon=":material/hourglass_empty:")
        return
    picked = metric_picker(ctx, METRICS_KEY, t("channels.metrics", lang), metrics, metrics[:4])
    if chosen == ALL:
        st.caption(t("audiences.caption_all", lang))
        series_names = names
        trends = {m: audience_trends(shown, spec_of(ctx, m)) for m in picked}
    else:
        st.caption(t("audiences.caption_one", lang))
        series_names = channel_names(ctx.strategy, sorted(set(shown["channel"])))
        trends = {
            m: shown[shown["metric"] == m]
            .rename(columns={"channel": "series"})
            .loc[:, ["month", "series", "value"]]
            for m in picked
        }
    goals = {
        m: [
            g
            for g in ctx.strategy.goals
            if g.metric == m and g.audiences and (chosen == ALL or chosen in g.audiences)
        ]
        for m in picked
    }
    metric_charts(
        ctx,
        trends,
        series_names,
        goals,
        "audiences",
        colours=series_colours(series_names),
        view_key=ctx.view_key(ctx.as_of_month, period, chosen),
    )


def findings(fit: pd.DataFrame) -> list[tuple[str, list[str], object]]:
    """Return (finding, channel ids, first row) per line to show: channels without numbers share one line."""
    lines: list[tuple[str, list[str], object]] = []
    grouped: dict[str, int] = {}
    for row in fit.itertuples():
        if row.finding in ("not_measured", "no_engagement") and row.finding in grouped:
            lines[grouped[row.finding]][1].append(row.channel)
            continue
        grouped.setdefault(row.finding, len(lines))
        lines.append((row.finding, [row.channel], row))
    return lines


def _fit_card(strategy: Strategy, audience_id: str, fit: pd.DataFrame, lang: str) -> None:
    audience = next(a for a in strategy.audiences if a.id == audience_id)
    channels = channel_names(strategy, list(fit["channel"]) if len(fit) else [])
    with st.container(border=True, key=f"audiences.fit.{audience_id}"):
        st.markdown("**" + literal(audience.label) + "**")
        assumed = ", ".join(channels.get(c, c) for c in audience.assumed_channels) or t(
            "audiences.assumed_none", lang
        )
        st.caption(literal(t("audiences.assumed", lang, channels=assumed)))
        if fit.empty:
            st.caption(t("audiences.nothing", lang))
            return
        for finding, channel_ids, row in findings(fit):
            names = format_list((channels.get(c, c) for c in channel_ids), lang, conjunction=False)
            text = t(
                f"audiences.finding_{finding}",
                lang,
                channel=names,
                months=FIT_MONTHS,
                value=format_number(row.engagement, lang),
                share=format_percent(row.share, lang)
                if row.share is not None and row.share == row.share
                else "–",
            )
            # Missing audience numbers are no mismatch (the platform simply does not split them): a neutral note.
            box = {"not_measured": st.info, "not_assumed": st.info, "fits": st.success}.get(
                finding, st.warning
            )
            box(literal(text), icon=FINDING_ICONS[finding])
        table = pd.DataFrame(
            {
                t("audiences.col_channel", lang): [channels.get(c, c) for c in fit["channel"]],
                t("audiences.col_assumed", lang): [
                    t("common.yes", lang) if a else t("common.no", lang) for a in fit["assumed"]
                ],
                t("audiences.col_engagement", lang): [
                    format_number(v, lang) if m else "–"
                    for v, m in zip(fit["engagement"], fit["measured"], strict=True)
                ],
                t("audiences.col_share", lang): [
                    format_percent(s, lang) if s is not None and s == s else "–" for s in fit["share"]
                ],
            }
        )
        with st.expander(t("audiences.fit_table", lang), key=f"audiences.fit_table.{audience_id}"):
            st.dataframe(safe_table(table), hide_index=True, key=f"audiences.fit_rows.{audience_id}")
