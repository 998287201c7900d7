"""Notes on the timeline drawn on a chart: a line for a day, a shaded band for a period, a short label on top."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import plotly.graph_objects as go

from views.figures.common import plotly_literal, short_label

NOTE_COLOUR = "#555555"
NOTE_BAND = "rgba(85,85,85,0.10)"
NOTE_LABEL_CHARACTERS = 24
LABEL_ROWS = 3
LABEL_ROW_HEIGHT = 0.07
"""Share of the plot's height between two rows of note labels."""
"""Labels are cut short: several notes side by side on a half-width chart must stay readable."""


def with_note_markers(
    figure: go.Figure, notes: pd.DataFrame, first: dt.date | None = None, last: dt.date | None = None
) -> go.Figure:
    """Return the figure with each note (kind, text, first_day, last_day) drawn as a line or a shaded band.

    Notes outside first..last (the chart's days, when given) are left off, so they never stretch the axis.
    """
    if notes is None or notes.empty:
        return figure
    drawn = 0
    for row in notes.itertuples():
        start, end = pd.Timestamp(row.first_day).date(), pd.Timestamp(row.last_day).date()
        if (first is not None and end < first) or (last is not None and start > last):
            continue
        label = plotly_literal(short_label(row.text, NOTE_LABEL_CHARACTERS))
        if start == end:
            figure.add_shape(
                type="line",
                x0=start,
                x1=start,
                y0=0,
                y1=1,
                yref="paper",
                line={"color": NOTE_COLOUR, "width": 1.5, "dash": "dot"},
                name=f"note-{row.id}",
            )
        else:
            figure.add_shape(
                type="rect",
                x0=start,
                x1=end,
                y0=0,
                y1=1,
                yref="paper",
                fillcolor=NOTE_BAND,
                line={"width": 0},
                layer="below",
                name=f"note-{row.id}",
            )
        # Labels step down in three rows, so notes close together do not write over each other.
        row_of_label = drawn % LABEL_ROWS
        drawn += 1
        figure.add_annotation(
            x=start,
            y=1 - LABEL_ROW_HEIGHT * row_of_label,
            yref="paper",
            text=label,
            showarrow=False,
            xanchor="left",
            yanchor="top",
            font={"size": 11, "color": NOTE_COLOUR},
            bgcolor="rgba(255,255,255,0.75)",
            hovertext=plotly_literal(row.text),
        )
    return figure
