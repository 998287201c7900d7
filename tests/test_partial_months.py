"""Partial months: a goal is measured at its latest complete month, so missing data never moves its numbers."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pandas as pd
import pytest
from actors import EDITOR

from connectors.readers.parsed_upload import ParsedUpload
from connectors.store.progress_source import progress_from_store
from connectors.store.store import Store
from metrics.monthly import channels_reported, complete_months, goal_month_values
from metrics.observations import OBSERVATION_COLUMNS
from metrics.progress import goal_progress, latest_complete_month, strategy_progress
from metrics.semantics import BUILTIN_METRICS
from metrics.strategy import load_strategy

COMMENTS = BUILTIN_METRICS["comments"]
NOVEMBER_END = dt.date(2026, 11, 30)
OCTOBER_END = dt.date(2026, 10, 31)
MEASURED = ("current", "current_month", "expected", "forecast", "needed_per_month", "status", "progress")

STRATEGY = """
organisation: Lyngtind
channels:
  - {id: facebook, name: Facebook}
  - {id: linkedin, name: LinkedIn}
goals:
  - id: comments
    title: More comments
    kind: effect
    metric: comments
    channels: [facebook, linkedin]
    start: 2026-01-01
    deadline: 2027-06-30
    baseline: 200
    target: 1000
    owner: Anna
"""


def rows(months: range, channels: tuple[str, ...], year: int = 2026) -> list[tuple]:
    """Return one comments value a month per channel: 100 + 10 a month on Facebook, 150 + 5 on LinkedIn."""
    out = []
    for month in months:
        for channel in channels:
            value = 100 + 10 * month if channel == "facebook" else 150 + 5 * month
            out.append((pd.Timestamp(year, month, 15), channel, "all", "comments", float(value)))
    return out


def frame(data: list[tuple]) -> pd.DataFrame:
    result = pd.DataFrame(data, columns=list(OBSERVATION_COLUMNS))
    result["date"] = pd.to_datetime(result["date"])
    return result


def with_partial_november() -> pd.DataFrame:
    # January to October both channels are in; in November only Facebook has reported.
    return frame(rows(range(1, 11), ("facebook", "linkedin")) + rows(range(11, 12), ("facebook",)))


def strategy():
    return load_strategy(STRATEGY, source="test")


def test_a_month_with_a_channel_missing_is_not_complete():
    observations = with_partial_november()
    assert complete_months(observations)[-1] == "2026-10"
    series = goal_month_values(strategy().goals[0], observations)
    assert series.index[-1] == "2026-10"
    assert latest_complete_month(series, NOVEMBER_END) == "2026-10"


def test_pooled_metrics_leave_a_partial_month_out_too():
    observations = with_partial_november().assign(metric="support_time")
    goal = strategy().goals[0].model_copy(update={"metric": "support_time"})
    series = goal_month_values(goal, observations)
    assert series.index[-1] == "2026-10"


def test_missing_data_does_not_move_pace_forecast_needed_or_status():
    plan = strategy()
    goal = plan.goals[0]
    complete = frame(rows(range(1, 11), ("facebook", "linkedin")))
    at_october = strategy_progress(plan, complete, OCTOBER_END)[0]
    # Facebook's November arrives, LinkedIn's has not: the goal still stands where it stood in October.
    at_november = strategy_progress(plan, with_partial_november(), NOVEMBER_END, latest_complete=True)[0]
    for name in MEASURED:
        assert getattr(at_november, name) == getattr(at_october, name), name
    assert at_november.measured_at == OCTOBER_END
    # Measured at the end of November on October's numbers, the needed pace would have jumped.
    naive = goal_progress(goal, goal_month_values(goal, with_partial_november()), NOVEMBER_END, COMMENTS)
    assert naive.needed_per_month != pytest.approx(at_october.needed_per_month)


def test_once_every_channel_is_in_the_goal_moves_to_that_month():
    plan = strategy()
    whole = frame(rows(range(1, 12), ("facebook", "linkedin")))
    result = strategy_progress(plan, whole, NOVEMBER_END, latest_complete=True)[0]
    assert result.current_month == "2026-11" and result.measured_at == NOVEMBER_END


def test_channels_reported_names_who_is_in_and_who_is_missing():
    values = pd.DataFrame(
        {
            "month": ["2026-11", "2026-11", "2026-10"],
            "channel": ["instagram", "facebook", "linkedin"],
            "audience": "all",
            "metric": "comments",
            "value": 1.0,
        }
    )
    reported, waiting = channels_reported(values, "2026-11", ["facebook", "instagram", "linkedin", "tiktok"])
    assert reported == ["facebook", "instagram"] and waiting == ["linkedin", "tiktok"]


def parsed(data: list[tuple], name: str) -> ParsedUpload:
    observations = frame(data)
    return ParsedUpload(
        file_name=name,
        preset="tidy",
        preset_label="Goalpost tidy CSV",
        observations=observations,
        channel=None,
        audience="all",
        period_start=observations["date"].min().date(),
        period_end=observations["date"].max().date(),
        row_count=len(observations),
        metrics=["comments"],
        content=json.dumps(data, default=str).encode(),
    )


def test_cli_progress_without_as_of_measures_each_goal_at_its_latest_complete_month(tmp_path: Path):
    with Store.open(tmp_path / "goalpost.sqlite3") as store:
        store.save_strategy(STRATEGY, actor=EDITOR)
        store.ingest(parsed(rows(range(1, 11), ("facebook", "linkedin")), "jan-oct.csv"), actor=EDITOR)
        october = progress_from_store(store, None, as_of=OCTOBER_END)["goals"][0]
        store.ingest(parsed(rows(range(11, 12), ("facebook",)), "facebook-nov.csv"), actor=EDITOR)
        from connectors.store.progress_source import progress_report

        report = progress_report(strategy(), store, None, today=dt.date(2026, 12, 7))
    goal = report["goals"][0]
    assert goal["measured_at"] == "2026-10-31" and goal["current_month"] == "2026-10"
    for name in MEASURED:
        assert goal[name] == october[name], name


def test_a_month_is_partial_while_a_channel_that_reported_before_is_missing():
    from metrics.monthly import partial_months

    channel_months = pd.DataFrame(
        {
            "channel": ["facebook", "facebook", "linkedin", "facebook", "tiktok"],
            "month": ["2026-09", "2026-10", "2026-10", "2026-11", "2026-11"],
        }
    )
    # TikTok's first month makes no earlier month partial; LinkedIn missing in November does.
    assert partial_months(channel_months, ["facebook", "linkedin", "tiktok"]) == ["2026-11"]
    assert partial_months(channel_months, ["facebook"]) == []
