"""One goal in depth: its month values against the expected path, the target and the forecast to the deadline."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from views.figures.common import (
    PATH_COLOUR,
    STATUS_COLOURS,
    STATUS_ICONS,
    TARGET_COLOUR,
    VALUE_COLOUR,
    base_layout,
    month_middle,
    month_ticks,
    plotly_literal,
    value_axis,
)
from views.figures.notes import with_note_markers
from views.i18n import format_date, format_month, format_percent, format_value, separators, t

HISTORY_BEFORE_START = 12
"""Months of history shown before a goal's start, so the baseline is seen in context."""


def _as_date(value: Any) -> dt.date | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


MARGIN_LABEL_WIDTH = 100
"""Pixels right of the plot for the target and baseline labels (wrapped to this width): on a phone the
plot keeps about two thirds of the chart's width."""
MARGIN_LABEL_CHARACTERS = 12
MARGIN_LABEL_FONT_SIZE = 13
FORECAST_SHARE = 0.8
GOAL_MONTH_TICKS = 4


def _margin_label(text: str, y: float) -> dict[str, Any]:
    """Return an annotation's settings for a label in the right margin at height y, wrapped to the margin."""
    words = []
    for word in plotly_literal(text).split(" "):  # a no-break space keeps a number with its unit
        if len(word) > MARGIN_LABEL_CHARACTERS and "\u00a0" in word:
            # Too long for the margin ("30 500 followers"): the unit goes on a line of its own.
            number, unit = word.rsplit("\u00a0", 1)
            words += [number, unit]
        else:
            words.append(word)
    lines: list[str] = []
    for word in words:
        if lines and len(lines[-1]) + 1 + len(word) <= MARGIN_LABEL_CHARACTERS:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return {
        "x": 1,
        "xref": "paper",
        "xanchor": "left",
        "xshift": 6,
        "y": y,
        "yref": "y",
        "text": "<br>".join(lines),
        "showarrow": False,
        "align": "left",
        "font": {"size": MARGIN_LABEL_FONT_SIZE},
    }


def _shown_months(months: list[str], start: dt.date) -> list[str]:
    first_shown = pd.Timestamp(start) - pd.DateOffset(months=HISTORY_BEFORE_START)
    return [m for m in months if m >= first_shown.strftime("%Y-%m")]


def goal_path_figure(
    goal: Mapping[str, Any],
    month_values: pd.Series,
    lang: str,
    unit: str | None = None,
    height: int = 440,
    notes: pd.DataFrame | None = None,
) -> go.Figure:
    """Return the goal chart: month values, baseline, target, expected path, forecast and deadline.

    `goal` is GoalProgress.to_dict() (dates as ISO text or dates); `month_values` is indexed by YYYY-MM with
    values in the metric's unit, named by `unit` (the goal's own unit when None). Only months from a year before
    the start are drawn.
    """
    start, deadline = _as_date(goal["start"]), _as_date(goal["deadline"])
    unit = str(goal.get("unit") or "") if unit is None else unit
    status = str(goal.get("status") or "no_data")
    baseline, target, forecast = goal.get("baseline"), goal.get("target"), goal.get("forecast")
    values = month_values.dropna().sort_index()
    months = _shown_months([str(m) for m in values.index], start)
    values = values.loc[months] if months else values.iloc[0:0]

    figure = go.Figure()
    if len(values):
        figure.add_trace(
            go.Scatter(
                x=[month_middle(m) for m in months],
                y=values.to_list(),
                name=t("goal.fig_values", lang),
                mode="lines+markers",
                line={"color": VALUE_COLOUR, "width": 3},
                marker={"size": 7},
                customdata=[[format_month(m, lang), format_value(v, lang, unit)] for m, v in values.items()],
                hovertemplate="%{customdata[0]}: %{customdata[1]}<extra></extra>",
            )
        )
    kind = str(goal.get("type") or "reach")
    if kind == "reach" and baseline is not None and target is not None:
        figure.add_trace(
            go.Scatter(
                x=[start, deadline],
                y=[baseline, target],
                name=t("goal.fig_expected", lang),
                mode="lines",
                line={"color": PATH_COLOUR, "width": 2, "dash": "dash"},
                hoverinfo="skip",
            )
        )
    # The baseline and target are named in the right margin, where no month value is ever drawn over them.
    if baseline is not None and kind == "reach":
        figure.add_hline(y=baseline, line={"color": PATH_COLOUR, "width": 1, "dash": "dot"})
        figure.add_annotation(
            **_margin_label(t("goal.fig_baseline", lang, value=format_value(baseline, lang, unit)), baseline),
            yanchor="top" if target is not None and target > baseline else "bottom",
        )
    if target is not None:
        figure.add_hline(y=target, line={"color": TARGET_COLOUR, "width": 2, "dash": "dashdot"})
        figure.add_annotation(
            **{
                **_margin_label(t("goal.fig_target", lang, value=format_value(target, lang, unit)), target),
                "font": {"color": TARGET_COLOUR, "size": MARGIN_LABEL_FONT_SIZE},
            },
            yanchor="bottom" if baseline is None or target >= baseline else "top",
        )
    if forecast is not None and len(values) and kind == "reach":
        last_month, last_value = months[-1], float(values.iloc[-1])
        low, high = goal.get("forecast_low"), goal.get("forecast_high")
        if low is not None and high is not None:
            # The 80 % range of the same fit, widening from the last month to the deadline.
            share = format_percent(FORECAST_SHARE, lang)
            figure.add_trace(
                go.Scatter(
                    x=[month_middle(last_month), deadline, deadline, month_middle(last_month)],
                    y=[last_value, float(high), float(low), last_value],
                    fill="toself",
                    mode="lines",
                    line={"width": 0},
                    fillcolor="rgba(127,127,127,0.22)",
                    name=t("goal.fig_forecast_range", lang, share=share),
                    customdata=[[format_value(float(low), lang, unit), format_value(float(high), lang, unit)]]
                    * 4,
                    hovertemplate="%{customdata[0]} – %{customdata[1]}<extra></extra>",
                )
            )
        figure.add_trace(
            go.Scatter(
                x=[month_middle(last_month), deadline],
                y=[last_value, forecast],
                name=t("goal.fig_forecast", lang),
                mode="lines+markers",
                line={"color": STATUS_COLOURS.get(status, PATH_COLOUR), "width": 2, "dash": "dot"},
                marker={"size": [0, 9], "symbol": "diamond"},
                customdata=[["", ""], [format_date(deadline, lang), format_value(forecast, lang, unit)]],
                hovertemplate="%{customdata[0]}: %{customdata[1]}<extra></extra>",
            )
        )
    figure.add_shape(
        type="line",
        x0=deadline,
        x1=deadline,
        y0=0,
        y1=1,
        yref="paper",
        line={"width": 2, "color": PATH_COLOUR},
    )
    figure.add_annotation(
        x=deadline,
        y=1,
        yref="paper",
        text=plotly_literal(t("goal.fig_deadline", lang, date=format_date(deadline, lang))),
        showarrow=False,
        xanchor="right",
        yanchor="bottom",
    )
    tick_months = months + [deadline.strftime("%Y-%m")]
    # Four month labels fit a phone's plot (about 220 px) unturned; six were turned aslant and ran together.
    tick_values, tick_text = month_ticks(tick_months, lang, max_ticks=GOAL_MONTH_TICKS)
    base_layout(figure, height=height)
    figure.update_layout(separators=separators(lang), hovermode="x unified")
    # The legend goes under the months: above the plot it ran into the deadline's label and the toolbar.
    figure.update_layout(
        margin={"r": MARGIN_LABEL_WIDTH, "t": 36},
        legend={"orientation": "h", "yanchor": "top", "y": -0.12, "xanchor": "left", "x": 0},
    )
    figure.update_xaxes(tickvals=tick_values, ticktext=tick_text, showgrid=False)
    figure.update_yaxes(**value_axis(unit, lang), rangemode="normal")
    first_shown = dt.date.fromisoformat(f"{months[0]}-01") if months else start
    # Notes on the timeline (campaigns, outages, ...) that fall on the drawn months or up to the deadline.
    return with_note_markers(figure, notes, first_shown, deadline)


def status_history_figure(history: pd.DataFrame, lang: str, height: int = 110) -> go.Figure:
    """Return a strip with one coloured block per month, carrying the status icon, word and progress on hover.

    `history` has columns month (YYYY-MM), status and optionally progress and expected (fractions).
    """
    months = [str(m) for m in history["month"]]
    statuses = [str(s) for s in history["status"]]
    progress = history["progress"].to_list() if "progress" in history else [None] * len(months)
    expected = history["expected"].to_list() if "expected" in history else [None] * len(months)
    hover = [
        [
            format_month(m, lang),
            f"{STATUS_ICONS.get(s, '?')} {t('status.' + s, lang)}",
            t(
                "goal.history_pace",
                lang,
                progress=format_percent(_number(p), lang),
                expected=format_percent(_number(e), lang),
            )
            if _number(p) is not None
            else "",
        ]
        for m, s, p, e in zip(months, statuses, progress, expected, strict=True)
    ]
    # Bars, not markers: they share the width evenly however many months there are.
    figure = go.Figure(
        go.Bar(
            x=[month_middle(m) for m in months],
            y=[1] * len(months),
            marker={
                "color": [STATUS_COLOURS.get(s, STATUS_COLOURS["no_data"]) for s in statuses],
                "line": {"width": 0},
            },
            text=[STATUS_ICONS.get(s, "?") for s in statuses],
            textposition="inside",
            insidetextanchor="middle",
            # Near-black reads on all five status colours (contrast 4:1 or more), in light and dark themes.
            textfont={"color": "#111111", "size": 15},
            customdata=hover,
            hovertemplate="%{customdata[0]}<br>%{customdata[1]}<br>%{customdata[2]}<extra></extra>",
            showlegend=False,
        )
    )
    tick_values, tick_text = month_ticks(months, lang, max_ticks=6)
    base_layout(figure, height=height, legend=False)
    figure.update_layout(bargap=0.08)
    figure.update_xaxes(tickvals=tick_values, ticktext=tick_text, showgrid=False, fixedrange=True)
    figure.update_yaxes(visible=False, range=[0, 1], fixedrange=True)
    return figure


def _number(value: Any) -> float | None:
    if value is None:
        return None
    number = float(value)
    return None if number != number else number
