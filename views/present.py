"""The presentation view for the meeting's big screen: the agenda, then one goal a screen, in large type.

Opened by the link itself (`?present=1`, with the link's language and as-of month, `&every=30` for a screen in
the hall that moves on by itself and loops). It only reads: a viewer or a read-only meeting link opens it.
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from functools import partial
from typing import Any

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from metrics.observations import ALL_AUDIENCES
from views import page_data
from views.context import AppContext, as_of_label
from views.figure_cache import cached_figure
from views.figures import STATUS_ICONS, goal_path_figure, trend_figure
from views.figures.common import VALUE_COLOUR
from views.goal_text import STATUS_BADGES, no_data_text, stale_text
from views.i18n import format_date, t
from views.labels import audience_names, channel_names, metric_label, status_word, unit_label
from views.no_strategy import show_missing_strategy
from views.overview_model import summary_parts
from views.page_data import goal_history, goal_progress_list, goal_values, month_window, spec_of
from views.present_model import (
    BY_PARAMETER,
    EVERY_PARAMETER,
    PRESENT_PARAMETER,
    ChannelItem,
    GoalScreen,
    agenda,
    by_channel,
    channel_agenda,
    every_seconds,
    first_screen,
    goal_screen,
    moved,
)
from views.tables import literal

INDEX_KEY = "present.index"
"""Session: the screen shown (0 the agenda, 1… the goals in the agenda's order)."""
SHOWN_AT_KEY = "present.shown_at"
"""Session: when the screen shown was put up (time.monotonic()), for the timer."""
TIMER_SLACK = 0.9
"""A timer tick a little early still moves on: fragment ticks are not exactly on time."""
CHART_HEIGHT = 430
"""Pixels: the chart and the numbers beside it fit a 1440 × 900 screen without scrolling."""
CHART_FONT_SIZE = 17
CHANNEL_MONTHS = "24"
"""A channel's screen shows its last two years."""
CHART_CONFIG = {"displaylogo": False, "displayModeBar": False}

PRESENT_STYLE = """<style>
[data-testid="stMainBlockContainer"]:has(.st-key-present-screen) { padding-top: 2.75rem; padding-bottom: 2rem; }
.st-key-present-screen h1 { font-size: clamp(1.9rem, 3.4vw, 3rem); line-height: 1.15; padding: 0.25rem 0 0.5rem; }
.st-key-present-screen [data-testid="stMetricValue"] [data-testid="stMarkdownContainer"] p {
  font-size: clamp(2.4rem, 5vw, 4.2rem); line-height: 1.15; }
.st-key-present-screen [data-testid="stMetricLabel"] [data-testid="stMarkdownContainer"] p {
  font-size: clamp(1rem, 1.4vw, 1.3rem); }
.st-key-present-screen [data-testid="stMetricDelta"] [data-testid="stMarkdownContainer"] p {
  font-size: clamp(1.05rem, 1.5vw, 1.4rem); }
.st-key-present-screen [data-testid="stMarkdownContainer"] p,
.st-key-present-screen [data-testid="stMarkdownContainer"] li { font-size: clamp(1.1rem, 1.6vw, 1.5rem); }
.st-key-present-screen [data-testid="stCaptionContainer"] p { font-size: clamp(0.95rem, 1.3vw, 1.2rem); }
.st-key-present-list { display: grid !important; grid-template-columns: repeat(auto-fill, minmax(min(100%, 36rem), 1fr)); }
.st-key-present-list button, .st-key-present-list button * { justify-content: flex-start; text-align: left; }
.st-key-present-list button { min-height: 3rem; }
.st-key-present-list button p { font-size: clamp(1.05rem, 1.4vw, 1.3rem); }
</style>"""
"""Fixed CSS (no user text): large type that still fits, from a phone to a hall screen."""

KEYS_SCRIPT = """<script>
(() => {
  // One listener per tab, on the app's own document; it acts only while a presentation is on the page.
  if (window.__goalpostPresentKeys) return;
  const typing = (el) => !!el && el.nodeType === 1 && (el.isContentEditable
    || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName)
    || !!el.closest('[role="textbox"],[role="combobox"],[role="listbox"],[role="slider"],[role="menu"],[role="dialog"]'));
  const press = (name) => {
    const button = document.querySelector('.st-key-present-' + name + ' button');
    if (button && !button.disabled) button.click();
  };
  window.__goalpostPresentKeys = (event) => {
    if (!document.querySelector('.st-key-present-screen')) return;
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return;
    if (typing(event.target) || typing(document.activeElement)) return;
    let name = null;
    if (event.key === 'ArrowRight' || event.key === 'PageDown') name = 'next';
    else if (event.key === 'ArrowLeft' || event.key === 'PageUp') name = 'previous';
    else if (event.key === 'Home') name = 'agenda';
    else if (event.key === ' ' || event.key === 'Spacebar') {
      // Space on a focused button or link presses that button, as everywhere else.
      if (event.target.closest && event.target.closest('button, a, [role="button"]')) return;
      name = event.shiftKey ? 'previous' : 'next';
    }
    if (name === null) return;
    event.preventDefault();
    press(name);
  };
  document.addEventListener('keydown', window.__goalpostPresentKeys);
})();
</script>"""
"""Streamlit has no key events: this presses the Previous, Next and Agenda buttons for the arrow keys,
Page Up/Down (what presenter clickers send), space and Home. Keys typed into a field are left alone."""


def goal_decisions(ctx: AppContext, goal_id: str) -> list[str]:
    """Return the decisions taken on a goal as one line each ("14 October 2026 · Ingrid: text"), newest first."""
    decisions = page_data.goal_decisions(ctx, goal_id)
    lines = [
        f"{format_date(row['decided_on'], ctx.language)} · {row['decided_by']}: {row['text']}"
        for row in decisions.to_dict("records")
    ]
    return lines[::-1]


def render(ctx: AppContext) -> None:
    """Show the presentation view: the agenda or one goal, with Previous/Next, the keys and the link's timer."""
    lang = ctx.language
    st.html(PRESENT_STYLE)
    st.html(KEYS_SCRIPT, unsafe_allow_javascript=True)
    if ctx.strategy is None:
        with st.container(key="present.screen"):
            st.title(t("present.agenda_title", lang), anchor=False)
            show_missing_strategy(ctx)
        return
    goals = agenda(goal_progress_list(ctx))
    every = every_seconds(st.query_params)
    channels = (
        channel_agenda(ctx.strategy, goals, channel_names(ctx.strategy))
        if by_channel(st.query_params)
        else None
    )

    @st.fragment(run_every=every)
    def screens() -> None:
        _screens(ctx, goals, channels, every)

    screens()


def _go(index: int) -> None:
    """Show screen `index` (a button's callback, before the run it starts)."""
    st.session_state[INDEX_KEY] = index
    st.session_state[SHOWN_AT_KEY] = time.monotonic()


def _leave() -> None:
    """Go back to the page the presentation was opened on, with the same language and month."""
    for name in (PRESENT_PARAMETER, EVERY_PARAMETER, BY_PARAMETER):
        if name in st.query_params:
            del st.query_params[name]
    st.rerun(scope="app")


def _screens(
    ctx: AppContext,
    goals: Sequence[Mapping[str, Any]],
    channels: Sequence[ChannelItem] | None,
    every: int | None,
) -> None:
    """Show the bar (Agenda, Previous, Next, Leave) and the screen: the agenda, a goal, or a channel."""
    lang = ctx.language
    total = (len(goals) if channels is None else len(channels)) + 1
    if channels is None:
        start = first_screen([str(g["id"]) for g in goals], st.query_params.get("goal"))
    else:
        start = first_screen([c.channel for c in channels], st.query_params.get("channel"))
    # A link made on a goal's page opens on that goal's screen; the agenda is one step back.
    index = min(max(int(st.session_state.get(INDEX_KEY, start)), 0), total - 1)
    now = time.monotonic()
    shown_at = st.session_state.setdefault(SHOWN_AT_KEY, now)
    if every is not None and now - shown_at >= every * TIMER_SLACK:
        # The timer's tick: on to the next screen, from the last goal round to the agenda.
        index, shown_at = moved(index, 1, total), now
        st.session_state[SHOWN_AT_KEY] = shown_at
    st.session_state[INDEX_KEY] = index

    with st.container(horizontal=True, vertical_alignment="center", key="present.bar"):
        st.button(
            t("present.agenda_button", lang),
            key="present.agenda",
            icon=":material/list:",
            on_click=_go,
            args=(0,),
            disabled=index == 0,
        )
        st.button(
            t("present.previous", lang),
            key="present.previous",
            icon=":material/arrow_back:",
            on_click=_go,
            args=(moved(index, -1, total),),
        )
        st.button(
            t("present.next", lang),
            key="present.next",
            icon=":material/arrow_forward:",
            on_click=_go,
            args=(moved(index, 1, total),),
            type="primary",
        )
        st.space("stretch")
        if every is not None:
            st.caption(t("present.every", lang, seconds=every))
        if st.button(t("present.leave", lang), key="present.leave", icon=":material/close:", type="tertiary"):
            _leave()

    with st.container(key="present.screen"):
        if index == 0:
            _agenda(ctx, goals, channels)
        elif channels is None:
            _goal(ctx, goals[index - 1], index, len(goals))
        else:
            _channel(ctx, channels[index - 1], index, len(channels))


def _agenda(
    ctx: AppContext, goals: Sequence[Mapping[str, Any]], channels: Sequence[ChannelItem] | None
) -> None:
    lang = ctx.language
    st.title(t("present.agenda_title", lang), anchor=False)
    month = as_of_label(ctx, ctx.as_of_month, lang) if ctx.as_of_month else t("common.no_data_yet", lang)
    st.caption(
        literal(t("present.agenda_caption", lang, organisation=ctx.strategy.organisation, month=month))
    )
    if not goals:
        st.info(t("overview.no_goals", lang), icon=":material/flag:")
        return
    first, *rest = summary_parts(goals, lang)
    st.markdown(literal(first) + ".")
    entries = (
        [(str(g["title"]), str(g["status"])) for g in goals]
        if channels is None
        else [(c.name, c.status) for c in channels]
    )
    with st.container(key="present.list", gap="small"):
        for number, (name, status) in enumerate(entries, start=1):
            colour = STATUS_BADGES.get(status, STATUS_BADGES["no_data"])[0]
            st.button(
                # The status mark in the status's colour; the title as written.
                f"{number}\\.  :{colour}[**{STATUS_ICONS.get(status, '?')}**]  "
                + literal(f"{name} · {status_word(status, lang)}"),
                key=f"present.goal.{number}",
                on_click=_go,
                args=(number,),
                width="stretch",
            )
    if rest:
        st.caption(literal("; ".join(rest) + "."))


def _goal(ctx: AppContext, goal: Mapping[str, Any], number: int, total: int) -> None:
    lang = ctx.language
    goal_id = str(goal["id"])
    unit = unit_label(spec_of(ctx, str(goal["metric"])), lang)
    screen = goal_screen(
        goal,
        goal_history(ctx, goal_id),
        lang,
        unit,
        number=number,
        total=total,
        decisions=goal_decisions(ctx, goal_id),
    )
    colour, icon = STATUS_BADGES.get(screen.status, STATUS_BADGES["no_data"])
    # A badge in Markdown takes the screen's large type; st.badge stays small.
    st.markdown(f":{colour}-badge[{icon} {literal(screen.status_label)}]  :gray[{literal(screen.position)}]")
    st.title(literal(screen.title), anchor=False)
    numbers, chart = st.columns([2, 3], gap="large")
    with numbers:
        _numbers(screen, goal)
        for note in (stale_text(goal, ctx.as_of_month, lang), no_data_text(goal, ctx.as_of, lang)):
            if note:
                st.caption(literal(note))
    with chart:
        values = goal_values(ctx, goal_id)
        if not values.dropna().empty:
            key = (
                "present.path",
                ctx.store_location,
                ctx.store_version,
                ctx.strategy_version,
                goal_id,
                ctx.as_of,
                lang,
            )
            figure = cached_figure(key, partial(_large_chart, goal, values, lang, unit))
            st.plotly_chart(figure, key="present.chart", config=CHART_CONFIG)
    _decisions(screen, lang)


def _channel(ctx: AppContext, item: ChannelItem, number: int, total: int) -> None:
    lang = ctx.language
    colour, icon = STATUS_BADGES.get(item.status, STATUS_BADGES["no_data"])
    position = t("present.channel_position", lang, number=number, total=total)
    st.markdown(
        f":{colour}-badge[{icon} {literal(status_word(item.status, lang))}]  :gray[{literal(position)}]"
    )
    st.title(literal(item.name), anchor=False)
    goals, chart = st.columns([2, 3], gap="large")
    with goals:
        lines = []
        for goal in item.goals:
            status = str(goal["status"])
            unit = unit_label(spec_of(ctx, str(goal["metric"])), lang)
            screen = goal_screen(goal, pd.DataFrame(), lang, unit, number=number, total=total)
            change = f" ({screen.value_change})" if screen.value_change else ""
            lines.append(
                f"- :{STATUS_BADGES.get(status, STATUS_BADGES['no_data'])[0]}[**{STATUS_ICONS.get(status, '?')}**] "
                + f"**{literal(screen.title)}**  \n"
                + literal(f"{screen.value_label}: {screen.value}{change} · {screen.status_label}")
            )
        st.markdown("\n".join(lines))
    with chart:
        # The trend of the most urgent goal's metric on this channel, one line per audience.
        metric = str(item.goals[0]["metric"])
        spec = spec_of(ctx, metric)
        key = (
            "present.channel",
            ctx.store_location,
            ctx.store_version,
            ctx.strategy_version,
            ctx.as_of_month,
            item.channel,
            metric,
            lang,
        )
        figure = cached_figure(key, partial(_channel_chart, ctx, item.channel, spec, lang))
        if figure is not None:
            st.caption(literal(metric_label(spec, lang)))
            st.plotly_chart(figure, key="present.channel_chart", config=CHART_CONFIG)


def _channel_chart(ctx: AppContext, channel: str, spec, lang: str) -> go.Figure | None:
    window = month_window(ctx, CHANNEL_MONTHS)
    rows = window[(window["channel"] == channel) & (window["metric"] == spec.id)]
    if rows.empty:
        return None
    audience_ids = sorted(set(rows["audience"]), key=lambda a: (a != ALL_AUDIENCES, a))
    names = audience_names(ctx.strategy, lang, audience_ids, include_all=True)
    names[ALL_AUDIENCES] = t("channels.whole_channel", lang)
    lines = rows.rename(columns={"audience": "series"}).loc[:, ["month", "series", "value"]]
    # The whole channel in the goal chart's value colour: the first series colour is too dark on a dark theme.
    figure = trend_figure(
        lines,
        names,
        lang,
        unit=unit_label(spec, lang),
        height=CHART_HEIGHT,
        colours={ALL_AUDIENCES: VALUE_COLOUR},
    )
    return _larger(figure)


def _numbers(screen: GoalScreen, goal: Mapping[str, Any]) -> None:
    st.metric(
        literal(screen.value_label),
        screen.value,
        delta=screen.value_change,
        delta_color="normal" if goal.get("better", "higher") == "higher" else "inverse",
    )
    lines = [screen.target, screen.pace, screen.status_change or ""]
    st.markdown("\n".join(f"- {literal(line)}" for line in lines if line))


def _decisions(screen: GoalScreen, lang: str) -> None:
    if not screen.decisions:
        return
    with st.container(key="present.decisions"):
        st.subheader(t("present.decisions", lang), anchor=False)
        st.markdown("\n".join(f"- {literal(text)}" for text in screen.decisions))


def _large_chart(goal: Mapping[str, Any], values, lang: str, unit: str) -> go.Figure:
    return _larger(goal_path_figure(goal, values, lang, unit=unit, height=CHART_HEIGHT))


def _larger(figure: go.Figure) -> go.Figure:
    """Return the figure with text large enough to read from the back of a meeting room."""
    # Streamlit's chart theme sets the axes' and legend's own sizes, so each is set here, not only the default.
    figure.update_layout(
        font={"size": CHART_FONT_SIZE},
        hoverlabel={"font": {"size": CHART_FONT_SIZE}},
        legend={"font": {"size": CHART_FONT_SIZE}},
    )
    figure.update_xaxes(tickfont={"size": CHART_FONT_SIZE})
    figure.update_yaxes(tickfont={"size": CHART_FONT_SIZE}, title={"font": {"size": CHART_FONT_SIZE}})
    figure.update_annotations(font={"size": CHART_FONT_SIZE})
    return figure
