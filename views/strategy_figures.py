"""The strategy page's figure: hours spent per goal next to how far that goal has come (pure, no Streamlit)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from views.figures.common import FONT_SIZE, STATUS_COLOURS, STATUS_ICONS, plotly_literal
from views.figures.overview import wrapped
from views.i18n import format_number, format_percent, percent_sign, separators


def hours_per_goal(tactics: Iterable[tuple[Iterable[str], float | None]]) -> dict[str, float]:
    """Return hours per month per goal id; a tactic serving several goals splits its hours evenly."""
    hours: dict[str, float] = {}
    for goal_ids, tactic_hours in tactics:
        goals = [g for g in dict.fromkeys(goal_ids) if g]
        if not goals or not tactic_hours:
            continue
        share = float(tactic_hours) / len(goals)
        for goal in goals:
            hours[goal] = hours.get(goal, 0.0) + share
    return hours


def goal_effort(goals: Iterable[Mapping[str, Any]], hours: Mapping[str, float]) -> pd.DataFrame:
    """Return one row per goal: goal, title, hours (per month), progress and expected (0..1 or None), status.

    `goals` are dicts with at least id, title, status, progress, expected (GoalProgress.to_dict() works).
    """
    rows = [
        {
            "goal": str(g["id"]),
            "title": str(g.get("title") or g["id"]),
            "hours": float(hours.get(str(g["id"]), 0.0)),
            "progress": g.get("progress"),
            "expected": g.get("expected"),
            "status": g.get("status") or "no_data",
        }
        for g in goals
    ]
    frame = pd.DataFrame(rows, columns=["goal", "title", "hours", "progress", "expected", "status"])
    return frame.sort_values(["hours", "goal"], ascending=[True, True], kind="stable").reset_index(drop=True)


def hours_progress_figure(effort: pd.DataFrame, labels: Mapping[str, str], lang: str = "en") -> go.Figure:
    """Return a two-panel bar figure: hours per month per goal (left) and progress in % with the expected pace.

    `labels` holds the translated texts: hours_axis, progress_axis, expected, and one per status id.
    """
    figure = make_subplots(
        rows=1,
        cols=2,
        shared_yaxes=True,
        horizontal_spacing=0.04,
        subplot_titles=(labels["hours_axis"], labels["progress_axis"]),
    )
    full_names = [plotly_literal(title) for title in effort["title"]]
    # Wrapped, not cut: a title that ends in "…" on a projector is a title nobody can read.
    names = [wrapped(title, 30, lines=3) for title in effort["title"]]
    colours = [STATUS_COLOURS.get(s, STATUS_COLOURS["no_data"]) for s in effort["status"]]
    status_words = [f"{STATUS_ICONS.get(s, '?')} {labels.get(s, s)}" for s in effort["status"]]
    figure.add_trace(
        go.Bar(
            x=effort["hours"],
            y=names,
            orientation="h",
            marker_color=colours,
            text=[format_number(h, lang) for h in effort["hours"]],
            textposition="outside",
            cliponaxis=False,
            customdata=full_names,
            hovertemplate="%{customdata}: %{text}<extra></extra>",
            showlegend=False,
        ),
        row=1,
        col=1,
    )
    fractions = [None if p is None or pd.isna(p) else float(p) for p in effort["progress"]]
    progress = [None if p is None else p * 100 for p in fractions]
    figure.add_trace(
        go.Bar(
            x=[0 if p is None else p for p in progress],
            y=names,
            orientation="h",
            marker_color=colours,
            # Rounded once, written as the language writes it: the same "79 %" as on the Overview.
            text=[
                w if p is None else f"{format_percent(p, lang)} · {w}"
                for p, w in zip(fractions, status_words, strict=True)
            ],
            textposition="outside",
            cliponaxis=False,
            customdata=full_names,
            hovertemplate="%{customdata}: %{text}<extra></extra>",
            showlegend=False,
        ),
        row=1,
        col=2,
    )
    # The even-pace mark only means something next to a progress bar (thresholds have no progress).
    expected = [
        None if e is None or pd.isna(e) or p is None else round(float(e) * 100, 1)
        for e, p in zip(effort["expected"], progress, strict=True)
    ]
    figure.add_trace(
        go.Scatter(
            x=expected,
            y=names,
            mode="markers",
            marker={"symbol": "line-ns-open", "size": 18, "line": {"width": 3}, "color": "#000000"},
            name=labels["expected"],
            hovertemplate=f"%{{y}}: {labels['expected']} %{{x:.0f}}{percent_sign(lang)}<extra></extra>",
        ),
        row=1,
        col=2,
    )
    figure.update_layout(
        height=max(260, 72 * len(effort) + 110),
        margin={"l": 10, "r": 10, "t": 40, "b": 10},
        font={"size": FONT_SIZE},
        bargap=0.3,
        legend={"orientation": "h", "y": -0.08},
        separators=separators(lang),
    )
    figure.update_yaxes(tickfont={"size": FONT_SIZE})
    figure.update_annotations(font={"size": FONT_SIZE + 1})  # the two panel titles
    hours_top = max([*effort["hours"], 1.0])
    figure.update_xaxes(range=[0, hours_top * 1.25], row=1, col=1)
    # Room on the right for the status words printed after each bar; negative progress stays visible.
    known = [p for p in progress if p is not None] + [e for e in expected if e is not None]
    low, high = min([0.0, *known]), max([100.0, *known])
    figure.update_xaxes(range=[low - 0.05 * (high - low), high + 0.6 * (high - low)], row=1, col=2)
    # "50 %" on a Nordic axis, as the bars' labels write it.
    figure.update_xaxes(ticksuffix=percent_sign(lang), row=1, col=2)
    return figure
