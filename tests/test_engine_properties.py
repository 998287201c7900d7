"""Properties of the goal engine that must hold for any data (hypothesis generates the data)."""

from __future__ import annotations

import datetime as dt

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from metrics.monthly import goal_month_values, month_values, month_values_as_observations
from metrics.observations import normalise_observations
from metrics.progress import goal_progress
from metrics.strategy import Goal

CHANNELS = ("facebook", "linkedin", "blog")
AUDIENCES = ("all", "buyers", "talent")
METRICS = ("comments", "followers", "support_time", "links")
SUMMED_OR_LAST = ("comments", "followers", "links")
FIRST_DAY = dt.date(2025, 1, 1)

row = st.tuples(
    st.integers(min_value=0, max_value=150),  # days after 1 January 2025: five or six months
    st.sampled_from(CHANNELS),
    st.sampled_from(AUDIENCES),
    st.sampled_from(METRICS),
    st.integers(min_value=0, max_value=5000),  # whole numbers: sums are exact in any order
)
rows = st.lists(row, min_size=1, max_size=60)
scopes = st.tuples(
    st.sampled_from(METRICS),
    st.lists(st.sampled_from(CHANNELS), unique=True, max_size=2),
    st.lists(st.sampled_from(AUDIENCES[1:]), unique=True, max_size=2),
)
SETTINGS = settings(max_examples=60, deadline=None)


def frame_of(data: list[tuple]) -> pd.DataFrame:
    records = [(FIRST_DAY + dt.timedelta(days=d), c, a, m, float(v)) for d, c, a, m, v in data]
    return normalise_observations(
        pd.DataFrame(records, columns=["date", "channel", "audience", "metric", "value"])
    )


def goal_for(metric: str, channels: list[str], audiences: list[str]) -> Goal:
    return Goal(
        id="g",
        title="Goal",
        kind="effect",
        metric=metric,
        channels=channels,
        audiences=audiences,
        start=dt.date(2025, 2, 1),
        deadline=dt.date(2025, 12, 31),
        target=10_000 if metric != "support_time" else 1,
        owner="Owner",
    )


@SETTINGS
@given(data=rows, seed=st.integers(min_value=0, max_value=2**32 - 1), scope=scopes)
def test_results_do_not_depend_on_row_order(data, seed, scope):
    frame = frame_of(data)
    shuffled = frame.sample(frac=1.0, random_state=seed).reset_index(drop=True)
    pd.testing.assert_frame_equal(month_values(shuffled), month_values(frame))
    goal = goal_for(*scope)
    series = goal_month_values(goal, frame)
    pd.testing.assert_series_equal(goal_month_values(goal, shuffled), series)
    as_of = dt.date(2025, 5, 31)
    assert goal_progress(goal, goal_month_values(goal, shuffled), as_of) == goal_progress(goal, series, as_of)


@SETTINGS
@given(data=rows, pick=st.integers(min_value=0), parts=st.lists(st.integers(0, 1000), min_size=1, max_size=5))
def test_splitting_a_flow_into_rows_that_sum_to_it_keeps_its_month_value(data, pick, parts):
    flows = [r for r in data if r[3] in ("comments", "links")]
    if not flows:
        data = [*data, (10, "blog", "all", "comments", 7)]
        flows = [data[-1]]
    chosen = flows[pick % len(flows)]
    day, channel, audience, metric, _ = chosen
    # Replace the chosen observation with parts on days of the same month that add up to one value.
    whole = sum(parts)
    month_start = (FIRST_DAY + dt.timedelta(days=day)).replace(day=1)
    offsets = [(month_start + dt.timedelta(days=i * 3) - FIRST_DAY).days for i in range(len(parts))]
    original = [r for r in data if r != chosen] + [(day, channel, audience, metric, whole)] * data.count(
        chosen
    )
    split = [r for r in data if r != chosen]
    for _ in range(data.count(chosen)):
        split += [
            (offset, channel, audience, metric, part) for offset, part in zip(offsets, parts, strict=True)
        ]
    before, after = frame_of(original), frame_of(split)
    pd.testing.assert_frame_equal(month_values(after), month_values(before))
    goal = goal_for(metric, [channel], [] if audience == "all" else [audience])
    pd.testing.assert_series_equal(goal_month_values(goal, after), goal_month_values(goal, before))


@SETTINGS
@given(data=rows, scope=scopes)
def test_month_values_fed_back_as_observations_give_the_same_goal_values(data, scope):
    metric, channels, audiences = scope
    if metric not in SUMMED_OR_LAST:
        metric = "comments"
    frame = frame_of(data)
    stored = month_values_as_observations(month_values(frame))
    goal = goal_for(metric, channels, audiences)
    pd.testing.assert_series_equal(goal_month_values(goal, stored), goal_month_values(goal, frame))
    pd.testing.assert_frame_equal(month_values(stored), month_values(frame))
