"""A metric's monthly trend, one line per channel or per audience."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

import pandas as pd
import plotly.graph_objects as go

from views.figures.common import (
    TARGET_COLOUR,
    base_layout,
    month_middle,
    month_ticks,
    plotly_literal,
    series_colours,
    short_label,
    value_axis,
)
from views.figures.notes import with_note_markers
from views.i18n import format_value, separators

MONTH_TICKS = 4
TARGET_LABEL_CHARACTERS = 40
"""A target's label is cut to this many characters: about half of a half-width chart."""
LABEL_PIXELS = 22
"""Height of a target's label; two labels closer than this on one side would be drawn over each other."""
PLOT_SHARE = 0.6
"""About how much of a trend chart's height the plot takes (the legend and month labels take the rest)."""


def _label_sides(
    targets: Sequence[tuple[float, str]], top: float, height: int
) -> list[tuple[float, str, str]]:
    """Return (value, label, "left" or "right") for each target, lowest first, so labels do not overlap.

    The chart's scale is estimated from its height and the highest value (the axis starts at zero): a label
    goes to the left unless the last label there is too close below it, then to the right.
    """
    pixels_per_unit = height * PLOT_SHARE / top if top > 0 else 0.0
    last: dict[str, float | None] = {"left": None, "right": None}
    placed = []
    for value, label, colour in sorted(targets, key=lambda target: target[0]):
        side = "left"
        for candidate in ("left", "right"):
            below = last[candidate]
            if below is None or (value - below) * pixels_per_unit >= LABEL_PIXELS:
                side = candidate
                break
        else:
            side = "left" if (last["left"] or 0.0) <= (last["right"] or 0.0) else "right"
        last[side] = value
        placed.append((value, label, colour, side))
    return placed


def trend_figure(
    month_values: pd.DataFrame,
    series_names: Mapping[str, str],
    lang: str,
    unit: str = "",
    height: int = 360,
    colours: Mapping[str, str] | None = None,
    targets: Sequence[tuple[float, str, str | None]] = (),
    notes: pd.DataFrame | None = None,
) -> go.Figure:
    """Return one line per series over the months: columns month (YYYY-MM), series (id), value (metric unit).

    Lines are SVG scatter traces (never WebGL) with one point per month, so five years of ten channels is
    600 points; series are drawn in the order of series_names, then any others. Each of `targets` (value in
    the metric's unit, label, colour or None for the target colour) is a dash-dot line across the chart,
    named just above it at the left (or the right, when another label is close below).
    """
    figure = go.Figure()
    present = list(dict.fromkeys(month_values["series"].astype(str)))
    order = [s for s in series_names if s in present] + [s for s in present if s not in series_names]
    palette = dict(colours or series_colours(order))
    palette.update({s: c for s, c in series_colours(order).items() if s not in palette})
    for series_id in order:
        rows = month_values[month_values["series"].astype(str) == series_id].sort_values("month")
        name = plotly_literal(short_label(series_names.get(series_id, series_id), 32))
        figure.add_trace(
            go.Scatter(
                x=[month_middle(m) for m in rows["month"]],
                y=rows["value"].to_list(),
                name=name,
                mode="lines+markers" if len(rows) <= 36 else "lines",
                line={"color": palette[series_id], "width": 2.5},
                marker={"size": 5},
                # The series name once per line (meta), not once per point: pages copy these figures on
                # every view, and per-point lists of texts were most of that work.
                meta=[name],
                text=[format_value(v, lang, unit) for v in rows["value"]],
                hovertemplate="%{meta[0]}: %{text}<extra></extra>",
            )
        )
    top = max([*(float(v) for v in month_values["value"].dropna()), *(target[0] for target in targets), 0.0])
    for value, label, colour, side in _label_sides(targets, top, height):
        # A line across the whole chart (not a trace): the legend keeps to the series it explains.
        colour = colour or TARGET_COLOUR
        figure.add_hline(y=value, line={"color": colour, "width": 2, "dash": "dashdot"})
        figure.add_annotation(
            x=0 if side == "left" else 1,
            xref="paper",
            y=value,
            yref="y",
            xanchor=side,
            yanchor="bottom",
            showarrow=False,
            text=plotly_literal(short_label(label, TARGET_LABEL_CHARACTERS)),
            font={"color": colour, "size": 13},
        )
    # Half-width charts on a laptop (about 250 px of plot): four month labels fit side by side unturned.
    tick_values, tick_text = month_ticks([str(m) for m in month_values["month"]], lang, max_ticks=MONTH_TICKS)
    base_layout(figure, height=height, legend=len(order) > 1 or bool(order))
    figure.update_layout(separators=separators(lang), hovermode="x unified")
    figure.update_xaxes(tickvals=tick_values, ticktext=tick_text, showgrid=False)
    figure.update_yaxes(**value_axis(unit, lang), rangemode="tozero")
    if notes is not None and len(month_values):
        months = sorted(str(m) for m in month_values["month"])
        first = dt.date.fromisoformat(f"{months[0]}-01")
        last = (pd.Timestamp(f"{months[-1]}-01") + pd.offsets.MonthEnd(0)).date()
        figure = with_note_markers(figure, notes, first, last)
    return figure
