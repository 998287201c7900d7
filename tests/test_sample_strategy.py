"""The demo strategy in sample_data/ is valid, round-trips, and has what the issue asks of it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from metrics.observations import empty_observations
from metrics.progress import strategy_progress
from metrics.semantics import BUILTIN_METRICS
from metrics.strategy import load_strategy, strategy_to_yaml

SAMPLE = Path(__file__).resolve().parent.parent / "sample_data" / "strategy.yaml"


def sample_strategy():
    return load_strategy(SAMPLE.read_text(encoding="utf-8"), "sample_data/strategy.yaml")


def test_the_sample_strategy_loads_and_round_trips():
    strategy = sample_strategy()
    assert load_strategy(strategy_to_yaml(strategy)) == strategy


def test_the_sample_strategy_has_what_the_demo_needs():
    strategy = sample_strategy()
    presences = {channel.presence for channel in strategy.channels}
    assert "absent" in presences  # one channel deliberately not used, with its reason
    assert 2 <= len(strategy.audiences) <= 3
    assert {goal.kind for goal in strategy.goals} == {"communication", "effect"}
    assert set(BUILTIN_METRICS) <= {goal.metric for goal in strategy.goals}
    assert all(goal.owner for goal in strategy.goals)
    assert all(tactic.hours_per_month is not None for tactic in strategy.tactics)


def test_every_sample_goal_has_no_data_without_observations():
    results = strategy_progress(sample_strategy(), empty_observations(), dt.date(2025, 12, 31))
    assert [r.id for r in results] == [g.id for g in sample_strategy().goals]
    assert {r.status for r in results} == {"no_data"}
