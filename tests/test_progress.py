"""Goal progress: baseline, target, current, expected pace, forecast, needed rate and every status."""

from __future__ import annotations

import datetime as dt
import json

import numpy as np
import pandas as pd
import pytest

from metrics.monthly import month_values, month_values_as_observations
from metrics.observations import normalise_observations
from metrics.progress import (
    PROGRESS_KEYS,
    forecast_range,
    goal_progress,
    goal_status_history,
    last_complete_month,
    recent_values,
    strategy_progress,
)
from metrics.semantics import BUILTIN_METRICS
from metrics.strategy import Goal, load_strategy

FOLLOWERS = BUILTIN_METRICS["followers"]
SUPPORT_TIME = BUILTIN_METRICS["support_time"]
COMMENTS = BUILTIN_METRICS["comments"]
JUNE_END = dt.date(2025, 6, 30)
SEPTEMBER_END = dt.date(2025, 9, 30)
# 2025-01-01 to 2025-12-31 is 364 days; to 30 June 180 days pass, to 30 September 272.
EXPECTED_JUNE = 180 / 364
EXPECTED_SEPTEMBER = 272 / 364


def goal(**fields) -> Goal:
    defaults = dict(
        id="grow",
        title="Grow",
        kind="effect",
        metric="followers",
        start=dt.date(2025, 1, 1),
        deadline=dt.date(2025, 12, 31),
        baseline=1000,
        target=2000,
        owner="Anna",
    )
    return Goal(**{**defaults, **fields})


def months(**values: float) -> pd.Series:
    """Return a month series from keyword arguments like m2025_06=1500."""
    return pd.Series({f"{key[1:5]}-{key[6:8]}": float(v) for key, v in values.items()})


def test_on_track_when_progress_keeps_pace():
    series = months(m2025_01=1000, m2025_02=1100, m2025_03=1200, m2025_04=1300, m2025_05=1400, m2025_06=1500)
    result = goal_progress(goal(), series, JUNE_END, FOLLOWERS)
    assert result.status == "on_track"
    assert result.current == 1500 and result.current_month == "2025-06"
    assert result.progress == pytest.approx(0.5)
    assert result.expected == pytest.approx(EXPECTED_JUNE)
    # 100 a month: the line reaches 1500 + 6 * 100 in December.
    assert result.forecast == pytest.approx(2100)
    # 500 to go over the six months July to December.
    assert result.needed_per_month == pytest.approx(500 / 6)
    assert result.baseline_source == "strategy"
    assert result.target == 2000


def test_on_track_when_behind_pace_but_the_forecast_reaches_the_target():
    series = months(m2025_04=1000, m2025_05=1200, m2025_06=1400)
    result = goal_progress(goal(), series, JUNE_END, FOLLOWERS)
    # 0.4 is more than 5 points behind the expected 0.49, but 200 a month reaches 2600 by December.
    assert result.progress == pytest.approx(0.4)
    assert result.forecast == pytest.approx(2600)
    assert result.status == "on_track"


def test_at_risk_when_a_little_behind_and_no_forecast():
    result = goal_progress(goal(), months(m2025_06=1300), JUNE_END, FOLLOWERS)
    assert result.progress == pytest.approx(0.3)
    assert result.forecast is None  # fewer than three month values
    assert result.status == "at_risk"


def test_at_risk_when_far_behind_but_the_forecast_is_within_reach():
    series = months(m2025_07=1100, m2025_08=1250, m2025_09=1400)
    result = goal_progress(goal(), series, SEPTEMBER_END, FOLLOWERS)
    assert result.expected == pytest.approx(EXPECTED_SEPTEMBER)
    assert result.progress == pytest.approx(0.4)  # 0.35 behind: more than 0.25
    assert result.forecast == pytest.approx(1850)  # 85% of the way: within reach, not there
    assert result.status == "at_risk"


def test_off_track_when_far_behind_and_the_forecast_falls_short():
    series = months(m2025_07=1000, m2025_08=1100, m2025_09=1200)
    result = goal_progress(goal(), series, SEPTEMBER_END, FOLLOWERS)
    assert result.progress == pytest.approx(0.2)
    assert result.forecast == pytest.approx(1500)
    assert result.status == "off_track"
    assert result.needed_per_month == pytest.approx(800 / 3)


def test_achieved_when_the_target_is_reached():
    result = goal_progress(goal(), months(m2025_05=1800, m2025_06=2050), JUNE_END, FOLLOWERS)
    assert result.status == "achieved"
    assert result.progress == pytest.approx(1.05)
    assert result.needed_per_month is None


def test_off_track_once_the_deadline_has_passed_without_the_target():
    result = goal_progress(goal(), months(m2025_12=1900), dt.date(2026, 1, 31), FOLLOWERS)
    assert result.progress == pytest.approx(0.9)
    assert result.expected == 1.0
    assert result.status == "off_track"
    assert result.needed_per_month is None


def test_no_data_without_any_month_value():
    result = goal_progress(goal(), pd.Series(dtype=float), JUNE_END, FOLLOWERS)
    assert result.status == "no_data"
    assert (result.current, result.current_month, result.progress, result.forecast) == (
        None,
        None,
        None,
        None,
    )
    assert result.baseline == 1000 and result.baseline_source == "strategy"


def test_lower_is_better_for_support_time():
    faster = goal(metric="support_time", baseline=120, target=60)
    half_way = goal_progress(faster, months(m2025_06=90), JUNE_END, SUPPORT_TIME)
    assert half_way.progress == pytest.approx(0.5)
    assert half_way.status == "on_track"
    assert half_way.needed_per_month == pytest.approx(-30 / 6)
    assert half_way.better == "lower" and half_way.unit == "minutes"
    assert goal_progress(faster, months(m2025_06=55), JUNE_END, SUPPORT_TIME).status == "achieved"
    slower = goal_progress(faster, months(m2025_06=130), JUNE_END, SUPPORT_TIME)
    assert slower.progress == pytest.approx(-1 / 6)
    assert slower.status == "off_track"


def test_relative_target_from_a_baseline_taken_from_the_start_month():
    relative = goal(start=dt.date(2025, 3, 1), baseline=None, target=None, target_change="+25%")
    series = months(m2025_02=900, m2025_03=1000, m2025_04=1100)
    result = goal_progress(relative, series, dt.date(2025, 4, 30), FOLLOWERS)
    assert (result.baseline, result.baseline_source, result.target) == (1000, "data", 1250)
    assert result.progress == pytest.approx(0.4)
    # 1 March to 30 April is 60 days of the 305 to 31 December.
    assert result.expected == pytest.approx(60 / 305)
    assert result.status == "on_track"


def test_relative_fall_for_a_lower_is_better_metric():
    relative = goal(metric="support_time", baseline=200, target=None, target_change="-25%")
    result = goal_progress(relative, months(m2025_06=175), JUNE_END, SUPPORT_TIME)
    assert result.target == 150
    assert result.progress == pytest.approx(0.5)


def test_baseline_from_the_first_month_with_data_after_the_start():
    later = goal(start=dt.date(2025, 3, 1), baseline=None)
    series = months(m2025_02=900, m2025_04=1100, m2025_05=1150)
    result = goal_progress(later, series, dt.date(2025, 5, 31), FOLLOWERS)
    assert (result.baseline, result.baseline_source) == (1100, "data")
    assert result.progress == pytest.approx(50 / 900)


def test_no_baseline_when_no_data_from_the_start_on():
    later = goal(start=dt.date(2025, 3, 1), baseline=None)
    series = months(m2025_01=800, m2025_02=900)
    result = goal_progress(later, series, dt.date(2025, 2, 28), FOLLOWERS)
    assert (result.baseline, result.baseline_source) == (None, "none")
    assert result.current == 900
    assert result.progress is None
    assert result.status == "no_data"
    relative = goal(start=dt.date(2025, 3, 1), baseline=None, target=None, target_change="+10%")
    assert goal_progress(relative, series, dt.date(2025, 2, 28), FOLLOWERS).target is None


def test_a_data_baseline_that_already_meets_the_target():
    met = goal(baseline=None, target=1000)
    series = months(m2025_01=1200, m2025_02=900)
    result = goal_progress(met, series, dt.date(2025, 2, 28), FOLLOWERS)
    assert result.progress is None
    assert result.status == "off_track"
    assert goal_progress(met, months(m2025_01=1200, m2025_02=1100), dt.date(2025, 2, 28)).status == "achieved"


@pytest.mark.parametrize(
    ("goal_type", "value", "status"),
    [("stay_above", 300, "on_track"), ("stay_above", 250, "on_track"), ("stay_above", 249, "off_track")],
)
def test_stay_above_holds_the_threshold(goal_type, value, status):
    hold = goal(metric="comments", type=goal_type, baseline=None, target=250)
    result = goal_progress(hold, months(m2025_05=280, m2025_06=value), JUNE_END, COMMENTS)
    assert result.status == status
    assert result.progress is None and result.needed_per_month is None
    assert result.target == 250 and result.current == value


def test_stay_below_for_support_time():
    hold = goal(metric="support_time", type="stay_below", baseline=None, target=240)
    assert goal_progress(hold, months(m2025_06=200), JUNE_END, SUPPORT_TIME).status == "on_track"
    assert goal_progress(hold, months(m2025_06=241), JUNE_END, SUPPORT_TIME).status == "off_track"
    assert goal_progress(hold, pd.Series(dtype=float), JUNE_END, SUPPORT_TIME).status == "no_data"


def test_only_months_that_have_ended_count():
    series = months(m2025_05=1400, m2025_06=1500)
    assert goal_progress(goal(), series, dt.date(2025, 6, 15), FOLLOWERS).current_month == "2025-05"
    assert goal_progress(goal(), series, dt.date(2025, 6, 30), FOLLOWERS).current_month == "2025-06"
    assert last_complete_month(dt.date(2024, 2, 29)) == 2024 * 12 + 1
    assert last_complete_month(dt.date(2024, 2, 28)) == 2024 * 12


def test_forecast_uses_only_the_last_six_months():
    series = months(
        m2025_01=9000, m2025_02=0, m2025_03=1000, m2025_04=1100, m2025_05=1200, m2025_06=1300, m2025_07=1400,
        m2025_08=1500,
    )  # fmt: skip
    result = goal_progress(goal(), series, dt.date(2025, 8, 31), FOLLOWERS)
    assert result.forecast == pytest.approx(1900)


def test_expected_is_clipped_to_the_goal_period():
    before = goal_progress(goal(), months(m2024_11=900), dt.date(2024, 11, 30), FOLLOWERS)
    assert before.expected == 0.0
    after = goal_progress(goal(), months(m2025_12=2500), dt.date(2026, 3, 31), FOLLOWERS)
    assert after.expected == 1.0 and after.status == "achieved"


def test_to_dict_gives_plain_json_ready_data():
    series = months(m2025_04=1000, m2025_05=1200, m2025_06=1400)
    data = goal_progress(goal(channels=["linkedin"]), series, JUNE_END, FOLLOWERS).to_dict()
    assert tuple(data) == PROGRESS_KEYS
    assert data["start"] == "2025-01-01" and data["deadline"] == "2025-12-31"
    assert data["channels"] == ["linkedin"] and data["audiences"] == []
    assert data["current"] == 1400.0 and isinstance(data["current"], float)
    assert data["current_month"] == "2025-06"
    assert data["status"] == "on_track" and data["unit"] == "followers" and data["better"] == "higher"
    assert json.loads(json.dumps(data)) == data
    empty = goal_progress(goal(), pd.Series(dtype=float), JUNE_END, FOLLOWERS).to_dict()
    assert empty["current"] is None and empty["forecast"] is None and empty["progress"] is None


STRATEGY = """
organisation: Fjordlys AS
channels:
  - {id: linkedin, presence: active}
  - {id: facebook, presence: active}
  - {id: helpdesk, presence: active}
  - {id: x, presence: absent, reason: Our customers are not there}
audiences:
  - {id: buyers, name: Office buyers}
  - {id: talent, name: Future colleagues}
goals:
  - id: followers
    title: More followers everywhere
    kind: communication
    metric: followers
    start: 2025-01-01
    deadline: 2025-12-31
    target_change: "+50%"
    owner: Social media lead
  - id: buyer-comments
    title: Buyers talk to us
    kind: effect
    metric: comments
    audiences: [buyers]
    start: 2025-01-01
    deadline: 2025-12-31
    baseline: 10
    target: 30
    owner: Sales
  - id: replies
    title: Fast replies
    kind: effect
    metric: support_time
    channels: [helpdesk, facebook]
    type: stay_below
    start: 2025-01-01
    deadline: 2025-12-31
    target: 60
    owner: Support lead
  - id: links
    title: Clicks
    kind: effect
    metric: links
    start: 2025-01-01
    deadline: 2025-12-31
    target: 500
    owner: Web editor
"""


def sample_observations() -> pd.DataFrame:
    rows = []
    for month in range(1, 8):
        day = f"2025-{month:02d}-28"
        rows += [
            (day, "linkedin", "", "followers", 1000 + 100 * month),
            (day, "facebook", "buyers", "followers", 500 + 10 * month),
            (day, "facebook", "talent", "followers", 300),
            (day, "x", "", "followers", 99_999),  # absent channel: an old account nobody runs
            (day, "facebook", "", "comments", 50),
            (day, "facebook", "buyers", "comments", 10 + 2 * month),
            (day, "facebook", "talent", "comments", 40 - 2 * month),
            (day, "linkedin", "buyers", "comments", 3),
            (f"2025-{month:02d}-05", "helpdesk", "", "support_time", 50),
            (f"2025-{month:02d}-06", "helpdesk", "", "support_time", 70),
            (f"2025-{month:02d}-07", "facebook", "", "support_time", 40 + month),
        ]
    return normalise_observations(
        pd.DataFrame(rows, columns=["date", "channel", "audience", "metric", "value"])
    )


def test_strategy_progress_from_observations():
    strategy = load_strategy(STRATEGY)
    results = {p.id: p for p in strategy_progress(strategy, sample_observations(), JUNE_END)}
    assert list(results) == ["followers", "buyer-comments", "replies", "links"]

    followers = results["followers"]
    # January: LinkedIn 1100 + Facebook buyers 510 + talent 300 (the absent X account is left out).
    assert (followers.baseline, followers.baseline_source) == (1910, "data")
    assert followers.target == pytest.approx(2865)
    assert (followers.current, followers.current_month) == (2460, "2025-06")  # July is after as_of
    assert followers.progress == pytest.approx(550 / 955)
    assert followers.forecast == pytest.approx(2460 + 6 * 110)
    assert followers.needed_per_month == pytest.approx(405 / 6)
    assert followers.status == "on_track"

    buyers = results["buyer-comments"]
    # June: Facebook buyers 22 + LinkedIn buyers 3; the Facebook total row is not about buyers alone.
    assert buyers.current == 25
    assert buyers.progress == pytest.approx(0.75)
    assert buyers.status == "on_track"

    replies = results["replies"]
    # June pooled: 50, 70 (helpdesk) and 46 (Facebook): the median is 50.
    assert (replies.current, replies.status, replies.progress) == (50, "on_track", None)

    assert results["links"].status == "no_data"
    assert results["links"].current is None


class MonthlyReader:
    """Hands out what the store hands out: month rows for sums and stocks, raw rows for medians."""

    def __init__(self, observations: pd.DataFrame):
        self.observations = observations
        self.calls: list[tuple] = []

    def goal_observations(self, metric, spec, channels, audiences):
        self.calls.append((metric, tuple(channels), tuple(audiences)))
        rows = self.observations[self.observations["metric"] == metric]
        if spec.aggregation in ("sum", "last"):
            return month_values_as_observations(month_values(rows, {metric: spec}))
        return rows


def test_strategy_progress_from_a_store_reader_matches_the_frame():
    strategy = load_strategy(STRATEGY)
    reader = MonthlyReader(sample_observations())
    from_reader = strategy_progress(strategy, reader, JUNE_END)
    assert from_reader == strategy_progress(strategy, sample_observations(), JUNE_END)
    # A goal without channels asks for the strategy's channels that are not absent.
    assert reader.calls[0] == ("followers", ("linkedin", "facebook", "helpdesk"), ())
    assert reader.calls[2] == ("support_time", ("helpdesk", "facebook"), ())


def test_status_history_month_by_month():
    series = months(m2025_01=1000, m2025_02=1000, m2025_03=1000, m2025_04=1000, m2025_05=1000, m2025_06=1500)
    history = goal_status_history(goal(), series, FOLLOWERS)
    assert list(history["month"]) == ["2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06"]
    assert history["as_of"].iloc[1] == dt.date(2025, 2, 28)
    # Progress 0 against an expected 30/364, 58/364 and 89/364 (less than 25 points behind): at risk.
    # April (119/364) and May (150/364) are further behind, on a flat line: off track. June: 0.5 vs 0.49.
    assert list(history["status"]) == ["at_risk", "at_risk", "at_risk", "off_track", "off_track", "on_track"]
    assert history["forecast"].iloc[3] == pytest.approx(1000)
    assert history["progress"].iloc[5] == pytest.approx(0.5)
    chosen = goal_status_history(goal(), series, FOLLOWERS, ["2025-06", "2025-04"])
    assert list(chosen["status"]) == ["on_track", "off_track"]


def test_the_forecast_has_an_80_percent_range_from_the_same_fit():
    # A straight line has no spread: the range is the forecast itself; a noisy one gets a wide range.
    straight = months(
        m2025_01=1000, m2025_02=1100, m2025_03=1200, m2025_04=1300, m2025_05=1400, m2025_06=1500
    )
    result = goal_progress(goal(), straight, JUNE_END, FOLLOWERS)
    assert result.forecast_low == pytest.approx(result.forecast) == pytest.approx(result.forecast_high)
    noisy = months(m2025_01=1000, m2025_02=1300, m2025_03=1100, m2025_04=1500, m2025_05=1200, m2025_06=1500)
    wide = goal_progress(goal(), noisy, JUNE_END, FOLLOWERS)
    assert wide.forecast_low < wide.forecast < wide.forecast_high
    keys = np.array([2025 * 12 + m for m in range(6)])
    values = noisy.to_numpy()
    forecast, low, high = forecast_range(keys, values, 2025 * 12 + 11)
    # Reference: the textbook prediction interval, t(0.9, 4 df) = 1.533.
    x = keys - keys.mean()
    slope, intercept = np.polyfit(keys, values, 1)
    residuals = values - (slope * keys + intercept)
    s = np.sqrt((residuals**2).sum() / 4)
    half = 1.533 * s * np.sqrt(1 + 1 / 6 + (2025 * 12 + 11 - keys.mean()) ** 2 / (x * x).sum())
    assert high - low == pytest.approx(2 * half)
    assert forecast == pytest.approx(slope * (2025 * 12 + 11) + intercept)


def test_a_forecast_too_uncertain_for_the_distance_left_never_makes_a_goal_on_track():
    # Behind the pace; the line reaches the target, but its range is wider than the way still to go.
    noisy = months(m2025_04=900, m2025_05=1500, m2025_06=1300)
    result = goal_progress(goal(), noisy, JUNE_END, FOLLOWERS)
    assert result.forecast >= 2000 and result.progress < result.expected - 0.05
    assert result.forecast_high - result.forecast_low > 2000 - result.current
    assert result.status != "on_track"
    assert (result.status, result.status_basis) == ("at_risk", "pace")
    # Behind the pace, with a sure forecast that reaches the target: on track, and the card says why.
    steady = months(m2025_04=1000, m2025_05=1200, m2025_06=1400)
    sure = goal_progress(goal(), steady, JUNE_END, FOLLOWERS)
    assert (sure.status, sure.status_basis) == ("on_track", "forecast")
    on_pace = months(m2025_04=1300, m2025_05=1400, m2025_06=1500)
    assert goal_progress(goal(), on_pace, JUNE_END, FOLLOWERS).status_basis == "pace"


def test_recent_values_are_the_last_twelve_months_up_to_the_current_one():
    series = pd.Series({f"2024-{m:02d}": float(m) for m in range(1, 13)} | {"2025-01": 13.0, "2025-02": 14.0})
    recent = recent_values(series, "2025-01")
    assert list(recent.index) == [f"2024-{m:02d}" for m in range(2, 13)] + ["2025-01"]
    assert recent.iloc[-1] == 13.0
    assert recent_values(series, None).empty
