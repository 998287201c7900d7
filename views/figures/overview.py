"""The Overview's charts: every goal's progress against the expected pace, and the channel x audience grid."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from views.figures.common import (
    PATH_COLOUR,
    STATUS_COLOURS,
    STATUS_ICONS,
    STATUS_ORDER,
    base_layout,
    percent_ticks,
    plotly_literal,
    short_label,
)
from views.i18n import format_percent, separators, t

PACE_CAP = 1.25
"""Bars stop a quarter past the target, so one runaway goal does not squash the others."""
ROW_HEIGHT = 86
"""Pixels per goal: a title of up to two lines above a bar."""
BAR_GAP = 0.6
LABEL_WIDTH = 40
"""Goal titles are wrapped at about this many characters (two lines at most): a phone's width."""
LABEL_FONT_SIZE = 16
VALUE_COLUMN = PACE_CAP + 0.06
"""Where (share of the target) the printed values start, right of the longest bar."""
GRID_HEADER_WIDTH = 9
"""Audience headers of the grid are wrapped at about this many characters."""
GRID_GAP = 0.02
"""The white line between two cells of the grid, in cells (on each side of a cell)."""
BEHIND_OFFSET = 0.03
"""How far left of zero (share of the target) the marker of a goal moving away from its target sits."""


def pace_figure(goals: Sequence[Mapping[str, Any]], lang: str) -> go.Figure:
    """Return horizontal bars of each goal's progress (share of the way from baseline to target), with a tick

    at the share expected by now; goals without a measurable progress are left out. Goals are drawn in the
    given order, first at the top.
    """
    shown = [g for g in goals if g.get("progress") is not None]
    # Goals are the categories (ids: unique); each title stands above its bar, across the chart's whole
    # width, so on a phone the bars are not squeezed beside a column of titles.
    labels = [str(g["id"]) for g in shown]
    # A goal moving away from its target has no bar: a marker at 0 and its label say how far back it is.
    progress = [max(min(float(g["progress"]), PACE_CAP), 0.0) for g in shown]
    expected = [float(g.get("expected") or 0.0) for g in shown]
    statuses = [str(g.get("status") or "no_data") for g in shown]
    words = [
        f"{format_percent(float(g['progress']), lang)} {STATUS_ICONS.get(s, '?')}"
        for g, s in zip(shown, statuses, strict=True)
    ]
    hover = [
        [
            plotly_literal(g["title"]),
            f"{STATUS_ICONS.get(str(g.get('status')), '?')} {t('status.' + str(g.get('status') or 'no_data'), lang)}",
            t(
                "overview.pace_hover",
                lang,
                progress=format_percent(float(g["progress"]), lang),
                expected=format_percent(e, lang),
            ),
            str(g["id"]),
        ]
        for g, e in zip(shown, expected, strict=True)
    ]
    figure = go.Figure()
    figure.add_trace(
        go.Bar(
            y=labels,
            x=progress,
            orientation="h",
            marker={"color": [STATUS_COLOURS.get(s, STATUS_COLOURS["no_data"]) for s in statuses]},
            customdata=hover,
            hovertemplate="%{customdata[0]}<br>%{customdata[1]}<br>%{customdata[2]}<extra></extra>",
            name=t("overview.pace_progress", lang),
            showlegend=False,
        )
    )
    figure.add_trace(
        go.Scatter(
            y=labels,
            x=expected,
            mode="markers",
            marker={"symbol": "line-ns", "size": 24, "line": {"width": 4, "color": PATH_COLOUR}},
            name=t("overview.pace_expected", lang),
            hoverinfo="skip",
        )
    )
    # The values stand in their own column right of the bars: the expected-pace tick never covers one,
    # and a goal past the target ("126 % ★") is not cut at the edge.
    figure.add_trace(
        go.Scatter(
            y=labels,
            x=[VALUE_COLUMN] * len(shown),
            mode="text",
            text=words,
            textposition="middle right",
            textfont={"size": LABEL_FONT_SIZE},
            customdata=hover,
            hoverinfo="skip",
            showlegend=False,
            cliponaxis=False,
        )
    )
    behind = [(label, g) for label, g in zip(labels, shown, strict=True) if float(g["progress"]) < 0]
    if behind:
        figure.add_trace(
            go.Scatter(
                y=[label for label, _ in behind],
                # Just left of the zero line: the bar is empty, the value column says how far back it is.
                x=[-BEHIND_OFFSET] * len(behind),
                mode="markers",
                marker={
                    "symbol": "triangle-left",
                    "size": 18,
                    "color": [STATUS_COLOURS.get(str(g.get("status")), PATH_COLOUR) for _, g in behind],
                    "line": {"width": 1, "color": "#333333"},
                },
                cliponaxis=False,
                name=t("overview.pace_behind", lang),
                showlegend=False,
                hoverinfo="skip",
            )
        )
    base_layout(figure, height=max(180, 90 + ROW_HEIGHT * len(shown)))
    figure.update_layout(
        separators=separators(lang),
        bargap=BAR_GAP,
        annotations=[
            {
                "x": 0,
                "xref": "paper",
                "y": label,
                "yref": "y",
                # The title's last line sits right on top of its bar.
                "yshift": ROW_HEIGHT * (1 - BAR_GAP) / 2 + 6,
                "yanchor": "bottom",
                "xanchor": "left",
                "align": "left",
                "showarrow": False,
                "text": wrapped(g["title"], LABEL_WIDTH, lines=2),
                "font": {"size": LABEL_FONT_SIZE},
            }
            for label, g in zip(labels, shown, strict=True)
        ],
    )
    figure.update_xaxes(
        range=[-3 * BEHIND_OFFSET, VALUE_COLUMN + 0.42],
        **percent_ticks(0.0, PACE_CAP, 0.25, lang),
        tickangle=0,
        # No vertical lines: the titles above the bars would be struck through.
        zeroline=False,
        showgrid=False,
        tickfont={"size": 15},
    )
    figure.update_yaxes(
        autorange="reversed",
        categoryorder="array",
        categoryarray=labels,
        showticklabels=False,
    )
    return figure


def wrapped(text: str, width: int = 14, lines: int = 3) -> str:
    """Return a label escaped for Plotly and broken into lines of about width characters (at most `lines`)."""
    parts: list[str] = []
    for word in short_label(text, lines * width).split():
        if parts and len(parts[-1]) + 1 + len(word) <= width:
            parts[-1] += " " + word
        else:
            parts.append(word)
    if len(parts) > lines:
        parts = parts[: lines - 1] + [short_label(" ".join(parts[lines - 1 :]), width)]
    return "<br>".join(plotly_literal(line) for line in parts)


def worst_status(statuses: Sequence[str]) -> str:
    """Return the most urgent status of several (off track before at risk before no data, and so on)."""
    ranked = [s for s in STATUS_ORDER if s in set(statuses)]
    return ranked[0] if ranked else "no_data"


def status_grid_figure(
    cells: pd.DataFrame, row_names: Mapping[str, str], column_names: Mapping[str, str], lang: str
) -> go.Figure:
    """Return the channel x audience grid: each cell coloured by its most urgent goal and listing goal icons.

    `cells` has one row per goal in a cell: columns row (channel id), column (audience id), title, status.
    Rows and columns are drawn in the order of row_names and column_names; an empty cell stays blank.
    Each filled cell is a bar one column wide (a heatmap cannot be clicked: Plotly selects no heatmap
    cell), so a click anywhere in a cell selects it and its customdata's last item names the goal to open.
    """
    rows, columns = list(row_names), list(column_names)
    rank = {status: i for i, status in enumerate(STATUS_ORDER)}
    row_labels = [plotly_literal(short_label(row_names[r], 28)) for r in rows]
    headers = [wrapped(column_names[c], GRID_HEADER_WIDTH) for c in columns]
    y: list[str] = []
    base: list[float] = []
    colours: list[str] = []
    text: list[str] = []
    hover: list[list[str]] = []
    for row, row_label in zip(rows, row_labels, strict=True):
        for index, column in enumerate(columns):
            mine = cells[(cells["row"] == row) & (cells["column"] == column)]
            if mine.empty:
                continue
            statuses = [str(s) for s in mine["status"]]
            counts = [(s, statuses.count(s)) for s in STATUS_ORDER if s in statuses]
            ranked = sorted(zip(mine["title"], statuses, mine["goal"], strict=True), key=lambda p: rank[p[1]])
            y.append(row_label)
            base.append(index + GRID_GAP / 2)
            colours.append(STATUS_COLOURS[worst_status(statuses)])
            text.append("  ".join(f"{STATUS_ICONS[s]}{n if n > 1 else ''}" for s, n in counts))
            hover.append(
                [
                    row_label,
                    headers[index].replace("<br>", " "),
                    "<br>".join(
                        f"{STATUS_ICONS.get(s, '?')} {plotly_literal(short_label(title, 60))} ({t('status.' + s, lang)})"
                        for title, s, _ in ranked
                    ),
                    # A click on the cell opens its most urgent goal.
                    str(ranked[0][2]),
                ]
            )
    figure = go.Figure(
        go.Bar(
            y=y,
            x=[1 - GRID_GAP] * len(y),
            base=base,
            orientation="h",
            width=1 - GRID_GAP * 4,
            marker={"color": colours, "line": {"width": 0}},
            text=text,
            textposition="inside",
            insidetextanchor="middle",
            constraintext="none",
            textfont={"size": 18, "color": "#111111"},
            customdata=hover,
            hovertemplate="%{customdata[0]} × %{customdata[1]}<br>%{customdata[2]}<extra></extra>",
            showlegend=False,
        )
    )
    header_lines = max((label.count("<br>") + 1 for label in headers), default=1)
    base_layout(figure, height=max(200, 40 + 22 * header_lines + 52 * len(rows)), legend=False)
    # Streamlit's theme sets small tick labels; the room at the back of a meeting must read them. Headers
    # are wrapped narrow so four audiences fit side by side on a laptop.
    # Plotly turns the headers aslant only when they would overlap (a phone), never otherwise.
    figure.update_xaxes(
        side="top",
        range=[0, max(len(columns), 1)],
        tickmode="array",
        tickvals=[i + 0.5 for i in range(len(columns))],
        ticktext=headers,
        showgrid=False,
        zeroline=False,
        fixedrange=True,
        tickfont={"size": LABEL_FONT_SIZE - 2},
    )
    figure.update_yaxes(
        autorange="reversed",
        categoryorder="array",
        categoryarray=row_labels,
        showgrid=False,
        fixedrange=True,
        tickfont={"size": LABEL_FONT_SIZE - 1},
    )
    return figure


SPARKLINE_HEIGHT = 56
SPARKLINE_WIDTH = 320
"""The sparkline's drawing size (SVG units); it is scaled to the card's width, keeping this shape."""
SPARKLINE_PAD = 5


def sparkline_svg(values: Sequence[float], colour: str) -> str:
    """Return an SVG (text) of a goal's month values as a line, the latest month marked: no axes, no text.

    An image instead of a Plotly chart: a card's sparkline is never hovered or zoomed (it was a static
    plot), and twelve Plotly charts were a third of the Overview's server time and as many charts to mount.
    `colour` is one of the fixed status colours; the SVG holds numbers only, never user text.
    """
    numbers = [float(v) for v in values]
    low, high = min(numbers), max(numbers)
    span = (high - low) or 1.0
    step = (SPARKLINE_WIDTH - 2 * SPARKLINE_PAD) / max(len(numbers) - 1, 1)
    inner = SPARKLINE_HEIGHT - 2 * SPARKLINE_PAD
    points = [
        (
            SPARKLINE_PAD + i * step,
            SPARKLINE_PAD + (high - v) / span * inner if high > low else SPARKLINE_HEIGHT / 2,
        )
        for i, v in enumerate(numbers)
    ]
    line = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
    last_x, last_y = points[-1]
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {SPARKLINE_WIDTH} {SPARKLINE_HEIGHT}"'
        f' width="{SPARKLINE_WIDTH}" height="{SPARKLINE_HEIGHT}">'
        f'<polyline points="{line}" fill="none" stroke="{colour}" stroke-width="2.5"'
        ' stroke-linejoin="round" stroke-linecap="round" vector-effect="non-scaling-stroke"/>'
        f'<circle cx="{last_x:.1f}" cy="{last_y:.1f}" r="4" fill="{colour}"/>'
        "</svg>"
    )
