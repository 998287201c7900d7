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
    plotly_literal,
    short_label,
)
from views.figures.goal import number_separators
from views.i18n import format_percent, t

PACE_CAP = 1.25
"""Bars stop a quarter past the target, so one runaway goal does not squash the others."""
ROW_HEIGHT = 44


def pace_figure(goals: Sequence[Mapping[str, Any]], lang: str) -> go.Figure:
    """Return horizontal bars of each goal's progress (share of the way from baseline to target), with a tick

    at the share expected by now; goals without a measurable progress are left out. Goals are drawn in the
    given order, first at the top.
    """
    shown = [g for g in goals if g.get("progress") is not None]
    labels = [plotly_literal(short_label(g["title"])) for g in shown]
    # A goal moving away from its target has no bar; its label still says how far back it is ("-12%").
    progress = [max(min(float(g["progress"]), PACE_CAP), 0.0) for g in shown]
    expected = [float(g.get("expected") or 0.0) for g in shown]
    statuses = [str(g.get("status") or "no_data") for g in shown]
    words = [
        f"{format_percent(float(g['progress']), lang)}  {STATUS_ICONS.get(s, '?')}"
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
            text=words,
            textposition="outside",
            cliponaxis=False,
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
            marker={"symbol": "line-ns", "size": 30, "line": {"width": 4, "color": PATH_COLOUR}},
            name=t("overview.pace_expected", lang),
            hoverinfo="skip",
        )
    )
    base_layout(figure, height=max(160, 90 + ROW_HEIGHT * len(shown)))
    figure.update_layout(separators=number_separators(lang), bargap=0.35)
    figure.update_xaxes(range=[0, PACE_CAP + 0.3], tickformat=".0%", dtick=0.25, zeroline=True)
    figure.update_yaxes(autorange="reversed", categoryorder="array", categoryarray=labels)
    return figure


def wrapped(text: str, width: int = 14) -> str:
    """Return a label escaped for Plotly and broken into lines of about width characters (at most three)."""
    lines: list[str] = []
    for word in short_label(text, 3 * width).split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return "<br>".join(plotly_literal(line) for line in lines[:3])


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
    """
    rows, columns = list(row_names), list(column_names)
    z: list[list[float | None]] = []
    text: list[list[str]] = []
    hover: list[list[str]] = []
    rank = {status: i for i, status in enumerate(STATUS_ORDER)}
    for row in rows:
        z_row, text_row, hover_row = [], [], []
        for column in columns:
            mine = cells[(cells["row"] == row) & (cells["column"] == column)]
            if mine.empty:
                z_row.append(None)
                text_row.append("")
                hover_row.append("")
                continue
            statuses = [str(s) for s in mine["status"]]
            z_row.append(rank[worst_status(statuses)] + 0.5)  # the middle of its colour band
            counts = [(s, statuses.count(s)) for s in STATUS_ORDER if s in statuses]
            text_row.append("  ".join(f"{STATUS_ICONS[s]}{n if n > 1 else ''}" for s, n in counts))
            hover_row.append(
                "<br>".join(
                    f"{STATUS_ICONS.get(s, '?')} {plotly_literal(short_label(title, 60))} ({t('status.' + s, lang)})"
                    for title, s in sorted(
                        zip(mine["title"], statuses, strict=True), key=lambda p: rank[p[1]]
                    )
                )
            )
        z.append(z_row)
        text.append(text_row)
        hover.append(hover_row)
    steps = len(STATUS_ORDER)
    colourscale = []
    for i, status in enumerate(STATUS_ORDER):
        colourscale += [[i / steps, STATUS_COLOURS[status]], [(i + 1) / steps, STATUS_COLOURS[status]]]
    figure = go.Figure(
        go.Heatmap(
            z=z,
            x=[wrapped(column_names[c]) for c in columns],
            y=[plotly_literal(short_label(row_names[r], 28)) for r in rows],
            text=text,
            texttemplate="%{text}",
            textfont={"size": 18, "color": "#111111"},
            customdata=hover,
            hovertemplate="%{y} × %{x}<br>%{customdata}<extra></extra>",
            colorscale=colourscale,
            zmin=0,
            zmax=steps,
            showscale=False,
            xgap=4,
            ygap=4,
        )
    )
    base_layout(figure, height=max(200, 70 + 52 * len(rows)), legend=False)
    figure.update_xaxes(side="top", showgrid=False, tickangle=0)
    figure.update_yaxes(autorange="reversed", showgrid=False)
    return figure
