"""Month values per series and per goal: stocks, flows, durations, custom metrics, combining series."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from metrics.monthly import (
    followers_from_gains,
    goal_month_values,
    month_values,
    month_values_as_observations,
)
from metrics.observations import normalise_observations
from metrics.semantics import MetricSpec
from metrics.strategy import Goal


def observations(rows: list[tuple]) -> pd.DataFrame:
    """Return an observation frame from (date, channel, audience, metric, value) tuples."""
    return normalise_observations(
        pd.DataFrame(rows, columns=["date", "channel", "audience", "metric", "value"])
    )


def scope(metric: str, channels: list[str] | None = None, audiences: list[str] | None = None) -> Goal:
    return Goal(
        id="g",
        title="A goal",
        kind="effect",
        metric=metric,
        channels=channels or [],
        audiences=audiences or [],
        start=dt.date(2025, 1, 1),
        deadline=dt.date(2025, 12, 31),
        target=1,
        owner="Someone",
    )


def values_of(frame: pd.DataFrame, **where: str) -> dict[str, float]:
    rows = frame
    for column, value in where.items():
        rows = rows[rows[column] == value]
    return dict(zip(rows["month"], rows["value"], strict=True))


def test_flows_sum_the_month():
    frame = observations(
        [
            ("2025-01-03", "facebook", "", "comments", 10),
            ("2025-01-20", "facebook", "", "comments", 5),
            ("2025-01-31", "facebook", "", "comments", 1),
            ("2025-02-01", "facebook", "", "comments", 7),
        ]
    )
    result = month_values(frame)
    assert list(result.columns) == ["month", "channel", "audience", "metric", "value"]
    assert values_of(result) == {"2025-01": 16.0, "2025-02": 7.0}
    assert set(result["audience"]) == {"all"}


def test_stock_takes_the_last_total_of_the_month_not_the_largest():
    frame = observations(
        [
            ("2025-01-05", "linkedin", "", "followers", 100),
            ("2025-01-20", "linkedin", "", "followers", 150),
            ("2025-01-31", "linkedin", "", "followers", 130),
            ("2025-02-10", "linkedin", "", "followers", 140),
        ]
    )
    assert values_of(month_values(frame)) == {"2025-01": 130.0, "2025-02": 140.0}


def test_stock_with_two_totals_on_the_last_day_takes_the_larger():
    frame = observations(
        [
            ("2025-01-31", "linkedin", "", "followers", 120),
            ("2025-01-31", "linkedin", "", "followers", 125),
            ("2025-01-02", "linkedin", "", "followers", 900),
        ]
    )
    assert values_of(month_values(frame)) == {"2025-01": 125.0}


def test_support_time_is_the_median_of_the_month():
    frame = observations(
        [
            ("2025-03-01", "helpdesk", "", "support_time", 30),
            ("2025-03-02", "helpdesk", "", "support_time", 10),
            ("2025-03-03", "helpdesk", "", "support_time", 50),
            ("2025-03-04", "helpdesk", "", "support_time", 20),
            ("2025-04-01", "helpdesk", "", "support_time", 7),
            ("2025-04-02", "helpdesk", "", "support_time", 9),
            ("2025-04-03", "helpdesk", "", "support_time", 500),
        ]
    )
    assert values_of(month_values(frame)) == {"2025-03": 25.0, "2025-04": 9.0}


def test_custom_metrics_follow_their_declared_aggregation():
    specs = {
        "nps": MetricSpec("nps", "NPS", "mean", "higher", "points", builtin=False),
        "members": MetricSpec("members", "Members", "last", "higher", "people", builtin=False),
    }
    frame = observations(
        [
            ("2025-01-01", "blog", "", "nps", 10),
            ("2025-01-15", "blog", "", "nps", 20),
            ("2025-01-30", "blog", "", "nps", 60),
            ("2025-01-01", "blog", "", "members", 400),
            ("2025-01-30", "blog", "", "members", 380),
            ("2025-01-01", "blog", "", "newsletter_signups", 4),
            ("2025-01-02", "blog", "", "newsletter_signups", 6),
        ]
    )
    result = month_values(frame, specs)
    assert values_of(result, metric="nps") == {"2025-01": 30.0}
    assert values_of(result, metric="members") == {"2025-01": 380.0}
    # Undeclared, unknown metrics are counts: summed.
    assert values_of(result, metric="newsletter_signups") == {"2025-01": 10.0}


def test_month_values_of_nothing_is_an_empty_frame_with_the_columns():
    result = month_values(observations([]))
    assert result.empty
    assert list(result.columns) == ["month", "channel", "audience", "metric", "value"]


def test_a_goal_over_several_channels_sums_their_stocks():
    frame = observations(
        [
            ("2025-01-31", "linkedin", "", "followers", 1000),
            ("2025-01-31", "facebook", "", "followers", 500),
            ("2025-02-28", "linkedin", "", "followers", 1100),
            ("2025-02-28", "facebook", "", "followers", 520),
            ("2025-02-28", "tiktok", "", "followers", 99),
        ]
    )
    series = goal_month_values(scope("followers", ["linkedin", "facebook"]), frame)
    assert series.to_dict() == {"2025-01": 1500.0, "2025-02": 1620.0}
    assert list(series.index) == ["2025-01", "2025-02"]


def test_total_rows_and_per_audience_rows_are_not_counted_twice():
    frame = observations(
        [
            ("2025-01-31", "facebook", "", "comments", 800),
            ("2025-01-31", "facebook", "buyers", "comments", 300),
            ("2025-01-31", "facebook", "talent", "comments", 500),
            # Instagram has no total row: its audiences add up to the channel.
            ("2025-01-31", "instagram", "buyers", "comments", 100),
            ("2025-01-31", "instagram", "talent", "comments", 50),
        ]
    )
    assert goal_month_values(scope("comments", ["facebook"]), frame).to_dict() == {"2025-01": 800.0}
    assert goal_month_values(scope("comments"), frame).to_dict() == {"2025-01": 950.0}
    assert goal_month_values(scope("comments", audiences=["buyers"]), frame).to_dict() == {"2025-01": 400.0}
    both = scope("comments", ["facebook"], ["buyers", "talent"])
    assert goal_month_values(both, frame).to_dict() == {"2025-01": 800.0}


def test_a_channel_with_only_a_total_has_no_value_for_an_audience_goal():
    frame = observations([("2025-01-31", "facebook", "", "comments", 800)])
    assert goal_month_values(scope("comments", audiences=["buyers"]), frame).empty


def test_a_month_missing_a_channel_that_has_reported_before_is_left_out_not_shown_low():
    frame = observations(
        [
            ("2025-01-15", "linkedin", "", "comments", 40),
            ("2025-02-15", "linkedin", "", "comments", 45),
            ("2025-02-15", "facebook", "", "comments", 100),
            ("2025-03-15", "linkedin", "", "comments", 50),  # Facebook's March export is not in yet
            ("2025-04-15", "linkedin", "", "comments", 55),
            ("2025-04-15", "facebook", "", "comments", 110),
        ]
    )
    series = goal_month_values(scope("comments"), frame)
    # January: Facebook had not started reporting, so LinkedIn alone is the whole.
    assert series.to_dict() == {"2025-01": 40.0, "2025-02": 145.0, "2025-04": 165.0}


def test_a_month_missing_an_audience_that_has_reported_before_is_left_out():
    frame = observations(
        [
            ("2025-01-15", "blog", "buyers", "comments", 10),
            ("2025-01-15", "blog", "talent", "comments", 5),
            ("2025-02-15", "blog", "buyers", "comments", 12),
        ]
    )
    assert goal_month_values(scope("comments"), frame).to_dict() == {"2025-01": 15.0}


def test_durations_pool_the_raw_observations_across_channels():
    frame = observations(
        [
            ("2025-01-02", "helpdesk", "", "support_time", 10),
            ("2025-01-03", "helpdesk", "", "support_time", 20),
            ("2025-01-04", "helpdesk", "", "support_time", 30),
            ("2025-01-05", "facebook", "", "support_time", 100),
        ]
    )
    # Pooled median of 10, 20, 30, 100 is 25 (not the sum, nor the median of medians, (20 + 100) / 2).
    assert goal_month_values(scope("support_time"), frame).to_dict() == {"2025-01": 25.0}


def test_pooled_durations_use_a_channels_total_rows_when_it_has_them():
    frame = observations(
        [
            ("2025-01-02", "helpdesk", "", "support_time", 10),
            ("2025-01-03", "helpdesk", "", "support_time", 30),
            ("2025-01-02", "helpdesk", "buyers", "support_time", 10),
            ("2025-01-04", "helpdesk", "buyers", "support_time", 90),
            ("2025-02-02", "helpdesk", "buyers", "support_time", 40),
            ("2025-02-03", "helpdesk", "talent", "support_time", 60),
        ]
    )
    series = goal_month_values(scope("support_time"), frame)
    assert series.to_dict() == {"2025-01": 20.0, "2025-02": 50.0}
    buyers = goal_month_values(scope("support_time", audiences=["buyers"]), frame)
    assert buyers.to_dict() == {"2025-01": 50.0, "2025-02": 40.0}


def test_levels_take_the_mean_of_the_pooled_observations():
    frame = observations(
        [
            ("2025-01-02", "instagram", "", "engagement_rate", 1.0),
            ("2025-01-09", "instagram", "", "engagement_rate", 2.0),
            ("2025-01-16", "instagram", "", "engagement_rate", 3.0),
            ("2025-01-20", "facebook", "", "engagement_rate", 10.0),
        ]
    )
    assert goal_month_values(scope("engagement_rate"), frame).to_dict() == {"2025-01": 4.0}


def test_a_goal_without_data_has_an_empty_series():
    frame = observations([("2025-01-31", "linkedin", "", "followers", 1000)])
    assert goal_month_values(scope("comments"), frame).empty
    assert goal_month_values(scope("followers", ["tiktok"]), frame).empty


def test_month_values_fed_back_as_observations_give_the_same_goal_values():
    frame = observations(
        [
            ("2025-01-03", "facebook", "", "comments", 10),
            ("2025-01-20", "facebook", "buyers", "comments", 4),
            ("2025-01-21", "facebook", "talent", "comments", 6),
            ("2025-02-20", "facebook", "buyers", "comments", 9),
            ("2025-02-21", "facebook", "talent", "comments", 1),
            ("2025-01-09", "instagram", "buyers", "comments", 3),
            ("2025-02-09", "instagram", "buyers", "comments", 2),
            ("2025-01-10", "linkedin", "", "followers", 50),
            ("2025-01-30", "linkedin", "", "followers", 70),
            ("2025-02-10", "linkedin", "", "followers", 80),
        ]
    )
    stored = month_values_as_observations(month_values(frame))
    assert stored["date"].min() == pd.Timestamp("2025-01-01")
    for goal in (scope("comments"), scope("comments", audiences=["buyers"]), scope("followers")):
        pd.testing.assert_series_equal(goal_month_values(goal, stored), goal_month_values(goal, frame))
    assert goal_month_values(scope("comments"), stored).to_dict() == {"2025-01": 13.0, "2025-02": 12.0}


def test_follower_totals_from_gains_run_both_ways_from_the_anchor():
    gains = pd.Series({"2025-01": 10.0, "2025-02": 20.0, "2025-03": 30.0})
    totals, note = followers_from_gains(gains, dt.date(2025, 2, 28), 1000)
    # End of Feb is 1000; end of Jan = 1000 - 20; end of Dec = 980 - 10; end of Mar = 1000 + 30.
    assert totals.to_dict() == {"2024-12": 970.0, "2025-01": 980.0, "2025-02": 1000.0, "2025-03": 1030.0}
    assert "derived from monthly follower gains" in note
    assert "1,000" in note and "2025-02" in note


def test_follower_totals_stop_at_a_month_without_a_known_gain():
    gains = pd.Series({"2025-01": 10.0, "2025-02": 20.0, "2025-04": 40.0})
    totals, note = followers_from_gains(gains, dt.date(2025, 1, 15), 500)
    assert totals.to_dict() == {"2024-12": 490.0, "2025-01": 500.0, "2025-02": 520.0}
    assert "2025-04" in note and "missing" in note


@pytest.mark.parametrize("metric", ["followers", "comments"])
def test_rows_outside_the_goals_channels_and_metric_are_ignored(metric):
    frame = observations(
        [
            ("2025-01-31", "linkedin", "", metric, 10),
            ("2025-01-31", "facebook", "", metric, 1000),
            ("2025-01-31", "linkedin", "", "links", 7),
        ]
    )
    assert goal_month_values(scope(metric, ["linkedin"]), frame).to_dict() == {"2025-01": 10.0}
