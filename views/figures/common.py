"""What every chart shares: status colours and icons, channel colours, literal labels and a month axis."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterable, Sequence
from typing import Any

import plotly.graph_objects as go

from views.i18n import format_month, format_percent, percent_sign

# Okabe-Ito: distinguishable with the common colour-vision deficiencies. Colour never carries the status on
# its own: every chart and card prints the status icon or word next to it.
STATUS_COLOURS = {
    "achieved": "#0072B2",  # blue
    "on_track": "#009E73",  # bluish green
    "at_risk": "#E69F00",  # orange
    "off_track": "#D55E00",  # vermillion
    "no_data": "#999999",  # grey
}
STATUS_ICONS = {"achieved": "★", "on_track": "✓", "at_risk": "!", "off_track": "✗", "no_data": "?"}
STATUS_ORDER = ("off_track", "at_risk", "no_data", "on_track", "achieved")
"""Most urgent first: the order goal cards and grid cells are read in."""

# Paul Tol's "muted" scheme: ten colour-blind-safe colours for channel and audience lines, none of them
# the status colours, so a line is never mistaken for a status.
SERIES_COLOURS = (
    "#332288",
    "#117733",
    "#CC6677",
    "#88CCEE",
    "#882255",
    "#44AA99",
    "#999933",
    "#AA4499",
    "#DDCC77",
    "#6699CC",
)
VALUE_COLOUR = "#0072B2"
PATH_COLOUR = "#7F7F7F"
TARGET_COLOUR = "#CC79A7"

FONT_SIZE = 15
"""Large enough to read on a projector at the back of a meeting room."""
MAX_MONTH_TICKS = 12


def plotly_literal(text: object) -> str:
    """Return text Plotly shows literally: its label markup (<b>, <a href>, <br>) is escaped as entities."""
    return html.escape(str(text), quote=False)


def short_label(text: object, limit: int = 48) -> str:
    """Return text cut to limit characters with an ellipsis, for axis labels that must stay on one line."""
    value = " ".join(str(text).split())
    return value if len(value) <= limit else value[: limit - 1].rstrip() + "…"


def series_colours(series_ids: Iterable[str]) -> dict[str, str]:
    """Return a colour per series id, in the given order, cycling through the ten line colours."""
    return {sid: SERIES_COLOURS[i % len(SERIES_COLOURS)] for i, sid in enumerate(dict.fromkeys(series_ids))}


def month_middle(yyyy_mm: str) -> dt.date:
    """Return the 15th of a YYYY-MM month: where a month's value is drawn, right above its label."""
    year, month = str(yyyy_mm)[:7].split("-")
    return dt.date(int(year), int(month), 15)


def month_range(first: str, last: str) -> list[str]:
    """Return every YYYY-MM month from first to last, both included."""
    year, month = (int(p) for p in first[:7].split("-"))
    end_year, end_month = (int(p) for p in last[:7].split("-"))
    months = []
    while (year, month) <= (end_year, end_month):
        months.append(f"{year:04d}-{month:02d}")
        month += 1
        if month == 13:
            year, month = year + 1, 1
    return months


def month_ticks(
    months: Sequence[str], lang: str, max_ticks: int = MAX_MONTH_TICKS
) -> tuple[list[dt.date], list[str]]:
    """Return tick positions and labels in the language for a month axis, at most max_ticks of them."""
    if not months:
        return [], []
    ordered = sorted(set(months))
    span = month_range(ordered[0], ordered[-1])
    step = next((s for s in (1, 2, 3, 6, 12, 24) if len(span) / s <= max_ticks), 60)
    if step >= 12:
        chosen = [m for m in span if m.endswith("-01")][:: step // 12] or span[:1]
        return [month_middle(m) for m in chosen], [m[:4] for m in chosen]
    chosen = [m for m in span if (int(m[5:7]) - 1) % step == 0] or span[:1]
    return [month_middle(m) for m in chosen], [format_month(m, lang, short=True) for m in chosen]


def percent_ticks(start: float, stop: float, step: float, lang: str) -> dict[str, Any]:
    """Return Plotly axis settings whose tick labels are shares written as format_percent writes them."""
    # Plotly's own ".0%" writes "50%" in every language; Nordic labels elsewhere say "50 %".
    count = int(round((stop - start) / step)) + 1
    values = [round(start + i * step, 6) for i in range(count)]
    return {"tickmode": "array", "tickvals": values, "ticktext": [format_percent(v, lang) for v in values]}


def value_axis(unit: str | None, lang: str) -> dict[str, Any]:
    """Return Plotly y-axis settings for values in a unit: "%" as a suffix written the language's way,

    any other unit as the axis title.
    """
    if unit == "%":
        # "12 %" on a Nordic axis, as format_value writes it beside the chart.
        return {"title": None, "ticksuffix": percent_sign(lang), "tickformat": ",~f"}
    return {"title": {"text": plotly_literal(unit)} if unit else None, "tickformat": ",~f"}


def base_layout(
    figure: go.Figure, *, height: int, title: str | None = None, legend: bool = True
) -> go.Figure:
    """Return the figure with the shared layout: readable fonts, tight margins, legend above the plot."""
    figure.update_layout(
        height=height,
        font={"size": FONT_SIZE},
        margin={"l": 10, "r": 10, "t": 48 if title else 16, "b": 10},
        showlegend=legend,
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.02, "xanchor": "left", "x": 0},
        hoverlabel={"font": {"size": FONT_SIZE}},
        title={"text": plotly_literal(title), "x": 0, "xanchor": "left"} if title else None,
    )
    return figure


def figure_from_spec(spec: dict[str, Any]) -> go.Figure:
    """Return the Figure a dict from Figure.to_dict() describes, without validating it a second time."""
    # Validation already ran when the figure was built; redoing it on every view cost 4-9 ms a chart.
    return go.Figure(spec, _validate=False)
