"""Counts (followers, comments) are written as whole numbers: "37 comments", never "37.3 comments"."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from metrics.progress import goal_progress
from metrics.semantics import BUILTIN_METRICS
from metrics.strategy import Goal
from views.goal_text import outlook_text, target_text


def goal(metric: str) -> Goal:
    return Goal(
        id="g",
        title="G",
        kind="effect",
        metric=metric,
        start=dt.date(2026, 1, 1),
        deadline=dt.date(2026, 12, 31),
        baseline=10,
        target=80,
        owner="Anna",
    )


def progress(metric: str) -> dict:
    # 10, 13.1, 16.4, …: the line's forecast and the needed pace are not whole.
    series = pd.Series({f"2026-{m:02d}": 10 + 3.1 * (m - 1) + (0.2 if m % 2 else 0) for m in range(1, 7)})
    return goal_progress(goal(metric), series, dt.date(2026, 6, 30), BUILTIN_METRICS[metric]).to_dict()


def test_a_count_metrics_forecast_and_needed_pace_are_whole_numbers():
    comments = progress("comments")
    assert comments["counts"] is True
    assert (
        comments["forecast"] % 1 and comments["needed_per_month"] % 1
    )  # the numbers themselves are not whole
    line = outlook_text(comments, "en", "comments")
    assert f"{round(comments['forecast'])}\u00a0comments" in line
    assert "." not in line.replace("Forecast for December 2026", "")
    assert target_text(comments, "en", "comments") == "Target: 80\u00a0comments by 31 December 2026"


def test_a_duration_keeps_its_decimal():
    minutes = progress("support_time")
    assert minutes["counts"] is False
    assert f"{minutes['forecast']:.1f}" in outlook_text(minutes, "en", "minutes")
