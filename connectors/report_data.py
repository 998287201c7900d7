"""What a monthly report needs from the store, read once into plain data (the report builder itself is pure)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from connectors.store import Store
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
    store: Store, as_of_month: str, strategy: Strategy | None = None, strategy_path: Path | None = None
) -> ReportInputs:
    """Return the report's facts for a YYYY-MM month from the store (strategy: given, a file, or the latest)."""
    strategy = strategy or chosen_strategy(store, strategy_path)
    series = strategy_month_series(strategy, store)
    return inputs_from_series(strategy, series, store.channel_months(), as_of_month)


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
