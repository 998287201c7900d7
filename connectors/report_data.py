"""What a monthly report needs from the store, read once into plain data (the report builder itself is pure)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pandas as pd

from connectors.store import Store
from connectors.store.meeting_record import decisions_of_month
from connectors.store.progress_source import chosen_strategy
from metrics.progress import goal_progress, month_end, recent_values, strategy_month_series
from metrics.semantics import metric_spec
from metrics.strategy import Strategy


@dataclass(frozen=True)
class ReportInputs:
    """The facts of one monthly report: the strategy, each goal now and a month before, and what is in."""

    strategy: Strategy
    as_of_month: str
    """The report's month, YYYY-MM; goals are measured at its last day."""
    goals: list[dict[str, Any]]
    """GoalProgress.to_dict() per goal in strategy order, plus type, recent_months/values, previous and
    status_before (the status at the end of the month before)."""
    series: dict[str, pd.Series]
    """Each goal's month values up to the report's month (index YYYY-MM, metric's unit)."""
    channel_months: pd.DataFrame
    """Which channels hold a value in which month (channel, month YYYY-MM)."""
    decisions: list[dict[str, Any]] | None = field(default=None)
    """The decisions of the month (date, goal, text, decided_by); None when the store keeps none yet."""


def previous_month(month: str) -> str:
    """Return the YYYY-MM month before a YYYY-MM month."""
    first = dt.date(int(month[:4]), int(month[5:7]), 1)
    return (first - dt.timedelta(days=1)).strftime("%Y-%m")


def report_inputs(
    store: Store,
    as_of_month: str,
    strategy: Strategy | None = None,
    strategy_path: Path | None = None,
    ledger_point: int | None = None,
) -> ReportInputs:
    """Return the report's facts for a YYYY-MM month from the store (strategy: given, a file, or the latest).

    With a ledger point (a pinned version's), the values are those that counted at that point.
    """
    strategy = strategy or chosen_strategy(store, strategy_path)
    source = store if ledger_point is None else store.at_ledger_point(ledger_point)
    series = strategy_month_series(strategy, source)
    inputs = inputs_from_series(strategy, series, store.channel_months(), as_of_month)
    return replace(inputs, decisions=month_decisions(store, strategy, as_of_month))


def month_decisions(store: Store, strategy: Strategy, month: str) -> list[dict[str, Any]]:
    """Return the decisions taken in a YYYY-MM month as the report lists them: date, goal, goal_title, decided_by, text."""
    titles = {goal.id: str(goal.title or goal.id) for goal in strategy.goals}
    taken = decisions_of_month(store.decisions(), month)
    return [
        {
            "date": row["decided_on"],
            "goal": str(row["goal"]),
            "goal_title": titles.get(str(row["goal"]), str(row["goal"])),
            "decided_by": str(row["decided_by"]),
            "text": str(row["text"]),
        }
        for row in taken.to_dict("records")
    ]


def inputs_from_series(
    strategy: Strategy, series: dict[str, pd.Series], channel_months: pd.DataFrame, as_of_month: str
) -> ReportInputs:
    """Return the report's facts from every goal's month values (as the dashboard's cache holds them)."""
    as_of = month_end(as_of_month)
    before = month_end(previous_month(as_of_month))
    specs = strategy.metric_specs()
    goals, shown = [], {}
    for goal in strategy.goals:
        values = series.get(goal.id, pd.Series(dtype=float))
        values = values[values.index <= as_of_month]
        spec = metric_spec(goal.metric, specs)
        now = goal_progress(goal, values, as_of, spec)
        earlier = goal_progress(goal, values, before, spec)
        recent = recent_values(values, now.current_month)
        previous = (
            float(recent.iloc[-2])
            if len(recent) >= 2 and recent.index[-2] == previous_month(str(now.current_month))
            else None
        )
        goals.append(
            {
                **now.to_dict(),
                "type": now.type,
                "recent_months": list(recent.index),
                "recent_values": [float(v) for v in recent],
                "previous": previous,
                "status_before": earlier.status,
            }
        )
        shown[goal.id] = values
    months = channel_months if channel_months is not None else pd.DataFrame(columns=["channel", "month"])
    return ReportInputs(strategy, as_of_month, goals, shown, months)
