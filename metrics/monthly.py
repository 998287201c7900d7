"""Calendar-month values: one per series (channel, audience, metric) and one per goal, combining series."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Protocol

import numpy as np
import pandas as pd

from metrics.errors import Message
from metrics.observations import ALL_AUDIENCES
from metrics.semantics import RATIO_METRICS, MetricSpec, metric_spec

MONTH_VALUE_COLUMNS = ("month", "channel", "audience", "metric", "value")
POOLED_AGGREGATIONS = ("median", "mean")
"""Aggregations that cannot be combined from month values: a goal pools the raw observations instead."""


class GoalScope(Protocol):
    """What the combination needs from a goal: its metric and which channels and audiences it covers."""

    metric: str
    channels: Sequence[str]
    audiences: Sequence[str]


def month_key(day: dt.date | pd.Timestamp) -> int:
    """Return the month as a whole number of months since year 0 (consecutive months differ by 1)."""
    return day.year * 12 + day.month - 1


def month_label(key: int) -> str:
    """Return the YYYY-MM text of a month key."""
    return f"{key // 12:04d}-{key % 12 + 1:02d}"


def key_of_label(label: str) -> int:
    """Return the month key of a YYYY-MM text."""
    year, month = label[:7].split("-")
    return int(year) * 12 + int(month) - 1


def month_start(label: str) -> dt.date:
    """Return the first day of a YYYY-MM month."""
    key = key_of_label(label)
    return dt.date(key // 12, key % 12 + 1, 1)


def _month_keys(dates: pd.Series) -> np.ndarray:
    values = pd.DatetimeIndex(dates)
    return np.asarray(values.year, dtype=np.int64) * 12 + np.asarray(values.month, dtype=np.int64) - 1


def month_values(observations: pd.DataFrame, specs: Mapping[str, MetricSpec] | None = None) -> pd.DataFrame:
    """Return one value per month, channel, audience and metric, aggregated as each metric's spec says.

    Columns month (YYYY-MM text), channel, audience, metric, value (in the metric's unit), sorted by
    metric, channel, audience and month. Flows are summed, stocks take the last total of the month (the
    largest when several share the last date), durations the median and levels the mean. Ratios (CTR,
    average position, ...) are added, made from their parts' month values (with_ratio_values).
    """
    table = _month_table(observations, specs)
    labels = {key: month_label(int(key)) for key in np.unique(table["mkey"].to_numpy())}
    table.insert(0, "month", table.pop("mkey").map(labels).astype(object))
    return with_ratio_values(table, specs)


def ratio_specs(specs: Mapping[str, MetricSpec] | None = None) -> dict[str, MetricSpec]:
    """Return the ratio metrics in force: the built-in ones, less any a strategy declares otherwise."""
    chosen = {**RATIO_METRICS, **dict(specs or {})}
    return {metric: spec for metric, spec in chosen.items() if spec.ratio is not None}


def with_ratio_values(values: pd.DataFrame, specs: Mapping[str, MetricSpec] | None = None) -> pd.DataFrame:
    """Return month values (month, channel, audience, metric, value) with every ratio made from its parts.

    A ratio's month value is its numerator's month value ÷ its denominator's × the ratio's scale, for each
    month, channel and audience holding both parts and a denominator above zero (a month's CTR is its clicks
    ÷ its impressions, never a sum or a mean of daily CTRs). Rows stored under a ratio's id are dropped:
    they cannot be combined into a month. Sorted by metric, channel, audience and month.
    """
    ratios = ratio_specs(specs)
    kept = values[~values["metric"].isin(list(ratios))]
    keys = ["month", "channel", "audience"]
    made = [kept]
    for metric, spec in sorted(ratios.items()):
        numerator = kept[kept["metric"] == spec.ratio.numerator]
        denominator = kept[kept["metric"] == spec.ratio.denominator]
        if numerator.empty or denominator.empty:
            continue
        pairs = numerator[[*keys, "value"]].merge(
            denominator[[*keys, "value"]], on=keys, suffixes=("_part", "_whole")
        )
        pairs = pairs[pairs["value_whole"] > 0]
        if pairs.empty:
            continue
        made.append(
            pd.DataFrame(
                {
                    "month": pairs["month"].to_numpy(dtype=object),
                    "channel": pairs["channel"].to_numpy(dtype=object),
                    "audience": pairs["audience"].to_numpy(dtype=object),
                    "metric": metric,
                    "value": pairs["value_part"].to_numpy(dtype=float)
                    / pairs["value_whole"].to_numpy(dtype=float)
                    * spec.ratio.scale,
                }
            )
        )
    if len(made) == 1 and len(kept) == len(values):
        return values
    combined = pd.concat(made, ignore_index=True)
    return combined.sort_values(["metric", "channel", "audience", "month"], kind="stable").reset_index(
        drop=True
    )


def _month_table(observations: pd.DataFrame, specs: Mapping[str, MetricSpec] | None) -> pd.DataFrame:
    """Return month values with the month as an integer key (column mkey) instead of YYYY-MM text."""
    if observations.empty:
        return pd.DataFrame(
            {
                "mkey": pd.Series([], dtype=np.int64),
                "channel": pd.Series([], dtype=object),
                "audience": pd.Series([], dtype=object),
                "metric": pd.Series([], dtype=object),
                "value": pd.Series([], dtype="float64"),
            }
        )
    mkeys = _month_keys(observations["date"])
    # Sorted codes make the result's order depend on the names only, never on the row order.
    channel_codes, channels = pd.factorize(observations["channel"], sort=True)
    audience_codes, audiences = pd.factorize(observations["audience"], sort=True)
    metric_codes, metrics = pd.factorize(observations["metric"], sort=True)
    first_month = int(mkeys.min())
    n_months = int(mkeys.max()) - first_month + 1
    n_channels, n_audiences = len(channels), len(audiences)
    group_key = ((metric_codes * n_channels + channel_codes) * n_audiences + audience_codes) * n_months + (
        mkeys - first_month
    )
    values = observations["value"].to_numpy(dtype="float64")
    days = observations["date"].to_numpy(dtype="datetime64[ns]").astype(np.int64)
    # Within a group: by date, then value; sums then add in one fixed order whatever the input order.
    order = np.lexsort((values, days, group_key))
    sorted_keys, sorted_values = group_key[order], values[order]
    starts = np.flatnonzero(np.r_[True, sorted_keys[1:] != sorted_keys[:-1]])
    ends = np.r_[starts[1:], len(sorted_keys)] - 1
    counts = ends - starts + 1
    keys = sorted_keys[starts]

    metric_of_group = keys // (n_months * n_audiences * n_channels)
    aggregation = np.array([metric_spec(m, dict(specs or {})).aggregation for m in metrics], dtype=object)
    how = aggregation[metric_of_group]
    result = np.add.reduceat(sorted_values, starts)
    mean = how == "mean"
    result[mean] = result[mean] / counts[mean]
    last = how == "last"
    result[last] = sorted_values[ends[last]]
    median = how == "median"
    if median.any():
        by_value = np.lexsort((values, group_key))
        ordered = values[by_value]
        low = starts[median] + (counts[median] - 1) // 2
        high = starts[median] + counts[median] // 2
        result[median] = (ordered[low] + ordered[high]) / 2.0

    rest, month_offset = np.divmod(keys, n_months)
    rest, audience_code = np.divmod(rest, n_audiences)
    metric_code, channel_code = np.divmod(rest, n_channels)
    return pd.DataFrame(
        {
            "mkey": month_offset + first_month,
            "channel": np.asarray(channels, dtype=object)[channel_code],
            "audience": np.asarray(audiences, dtype=object)[audience_code],
            "metric": np.asarray(metrics, dtype=object)[metric_code],
            "value": result,
        }
    )


def month_values_as_observations(values: pd.DataFrame) -> pd.DataFrame:
    """Return month values as an observation frame dated on the first day of each month."""
    frame = values.rename(columns={"month": "date"}).copy()
    frame["date"] = pd.to_datetime(frame["date"].astype(str) + "-01")
    return frame.loc[:, ["date", "channel", "audience", "metric", "value"]]


def metric_month_table(observations: pd.DataFrame, metric: str, spec: MetricSpec) -> pd.DataFrame | None:
    """Return the month table (mkey, channel, audience, metric, value) of one metric's observations, to hand
    to goal_month_values for many goals of that metric; None for a metric whose raw rows are pooled or a
    ratio (made from its parts' rows)."""
    if spec.aggregation in POOLED_AGGREGATIONS or spec.ratio is not None:
        return None
    rows = observations[observations["metric"] == metric]
    return _month_table(rows, {metric: spec})


def goal_month_values(
    goal: GoalScope,
    observations: pd.DataFrame,
    specs: Mapping[str, MetricSpec] | None = None,
    *,
    month_table: pd.DataFrame | None = None,
) -> pd.Series:
    """Return the goal's value per month (index YYYY-MM text, sorted; in the metric's unit).

    Per channel, an all-audiences goal uses the channel's `all` series where it has one and otherwise the
    sum of its per-audience series; a goal naming audiences uses just those. Channels are then summed
    (stocks and flows) or their raw observations pooled (median, mean). A month a summed goal cannot
    count whole (a channel or audience that has reported before is missing) is left out, not shown low.
    A month_table of the metric (metric_month_table) saves making it again for each of many goals. A ratio
    (CTR, average position) is its numerator's goal value ÷ its denominator's, both counted over the same
    channels and audiences (those holding both parts that month): never a sum or mean of daily ratios.
    """
    spec = metric_spec(goal.metric, dict(specs or {}))
    if spec.ratio is not None:
        return _ratio_goal(goal, observations, spec, specs)
    if month_table is not None and spec.aggregation not in POOLED_AGGREGATIONS:
        # Month values are per channel and audience: choosing rows of the metric's table gives the table
        # of the chosen observations.
        table = month_table
        if goal.channels:
            table = table[table["channel"].isin(list(goal.channels))]
        if goal.audiences:
            table = table[table["audience"].isin(list(goal.audiences))]
        if table.empty:
            return _month_series(np.array([], dtype=np.int64), np.array([], dtype=float), goal.metric)
        return _summed(table, explicit_audiences=bool(goal.audiences), metric=goal.metric)
    rows = observations[observations["metric"] == goal.metric]
    if goal.channels:
        rows = rows[rows["channel"].isin(list(goal.channels))]
    if goal.audiences:
        rows = rows[rows["audience"].isin(list(goal.audiences))]
    if rows.empty:
        return _month_series(np.array([], dtype=np.int64), np.array([], dtype=float), goal.metric)
    if spec.aggregation in POOLED_AGGREGATIONS:
        pooled = _pooled(rows, spec, explicit_audiences=bool(goal.audiences))
        complete = complete_months(rows)
        return pooled[pooled.index.isin(complete)]
    table = _month_table(rows, {goal.metric: spec})
    return _summed(table, explicit_audiences=bool(goal.audiences), metric=goal.metric)


def _ratio_goal(
    goal: GoalScope, observations: pd.DataFrame, spec: MetricSpec, specs: Mapping[str, MetricSpec] | None
) -> pd.Series:
    ratio = spec.ratio
    rows = observations[observations["metric"].isin(list(ratio.parts))]
    if goal.channels:
        rows = rows[rows["channel"].isin(list(goal.channels))]
    if goal.audiences:
        rows = rows[rows["audience"].isin(list(goal.audiences))]
    part_specs = {part: metric_spec(part, dict(specs or {})) for part in ratio.parts}
    if rows.empty or any(s.aggregation in POOLED_AGGREGATIONS or s.ratio for s in part_specs.values()):
        return _month_series(np.array([], dtype=np.int64), np.array([], dtype=float), goal.metric)
    table = _month_table(rows, part_specs)
    keys = ["mkey", "channel", "audience"]
    numerator = table[table["metric"] == ratio.numerator]
    denominator = table[table["metric"] == ratio.denominator]
    # Only series holding both parts in a month count: clicks of a channel without impressions would
    # otherwise raise the CTR.
    both = numerator[keys].merge(denominator[keys], on=keys)
    if both.empty:
        return _month_series(np.array([], dtype=np.int64), np.array([], dtype=float), goal.metric)
    explicit = bool(goal.audiences)
    top = _summed(numerator.merge(both, on=keys), explicit_audiences=explicit, metric=goal.metric)
    bottom = _summed(denominator.merge(both, on=keys), explicit_audiences=explicit, metric=goal.metric)
    top, bottom = top.align(bottom, join="inner")
    keep = (bottom > 0).to_numpy()
    values = top.to_numpy()[keep] / bottom.to_numpy()[keep] * ratio.scale
    months = np.array([key_of_label(str(m)) for m in top.index[keep]], dtype=np.int64)
    return _month_series(months, values, goal.metric)


def complete_months(rows: pd.DataFrame) -> list[str]:
    """Return the months (YYYY-MM, sorted) in which every channel that has reported before reported again.

    A channel counts from its first month with a value: a month where one of them is still missing is
    partial, so a goal is never measured on part of its channels.
    """
    if rows.empty:
        return []
    keys = _month_keys(rows["date"])
    channel_codes, channels = pd.factorize(rows["channel"])
    months = np.unique(keys)
    present = np.zeros((len(months), len(channels)), dtype=bool)
    present[np.searchsorted(months, keys), channel_codes] = True
    started = np.maximum.accumulate(present, axis=0)
    complete = ~(started & ~present).any(axis=1)
    return [month_label(int(k)) for k in months[complete]]


def channels_reported(
    month_values_frame: pd.DataFrame, month: str, channels: Sequence[str]
) -> tuple[list[str], list[str]]:
    """Return (channels with at least one value in the month, channels without), each in the given order."""
    if month_values_frame is None or month_values_frame.empty:
        return [], list(channels)
    months = month_values_frame["month"].astype(str).str[:7]
    reported = set(month_values_frame.loc[months == month[:7], "channel"].astype(str))
    return [c for c in channels if c in reported], [c for c in channels if c not in reported]


def _month_series(keys: np.ndarray, values: np.ndarray, metric: str) -> pd.Series:
    index = pd.Index([month_label(int(k)) for k in keys], name="month", dtype=object)
    return pd.Series(np.asarray(values, dtype="float64"), index=index, name=metric)


def _complete_sum(grid: np.ndarray, present: np.ndarray | None = None) -> np.ndarray:
    """Return row sums of a months x series grid, NaN where a series that already started is missing."""
    has_value = ~np.isnan(grid)
    present = has_value if present is None else present
    started = np.maximum.accumulate(present, axis=0)
    incomplete = (started & ~has_value).any(axis=1)
    total = np.where(has_value, grid, 0.0).sum(axis=1)
    return np.where(incomplete | ~has_value.any(axis=1), np.nan, total)


def _summed(series: pd.DataFrame, *, explicit_audiences: bool, metric: str) -> pd.Series:
    months, month_index = np.unique(series["mkey"].to_numpy(), return_inverse=True)
    channel_codes, channels = pd.factorize(series["channel"])
    audiences = series["audience"].to_numpy()
    n_months, n_channels = len(months), len(channels)
    channel_values = np.full((n_months, n_channels), np.nan)
    channel_present = np.zeros((n_months, n_channels), dtype=bool)
    values = series["value"].to_numpy(dtype=float)
    for code in range(n_channels):
        mine = channel_codes == code
        audience_codes, names = pd.factorize(audiences[mine])
        grid = np.full((n_months, len(names)), np.nan)
        grid[month_index[mine], audience_codes] = values[mine]
        is_total = np.asarray(names) == ALL_AUDIENCES
        if explicit_audiences or not is_total.any():
            value = _complete_sum(grid)
        else:
            # The total row already counts every audience: use it, and the per-audience sum only without it.
            total = grid[:, is_total][:, 0]
            parts = _complete_sum(grid[:, ~is_total]) if (~is_total).any() else np.full(n_months, np.nan)
            value = np.where(np.isnan(total), parts, total)
        channel_values[:, code] = value
        channel_present[:, code] = ~np.isnan(grid).all(axis=1)
    combined = _complete_sum(channel_values, channel_present)
    keep = ~np.isnan(combined)
    return _month_series(months[keep], combined[keep], metric)


def _pooled(rows: pd.DataFrame, spec: MetricSpec, *, explicit_audiences: bool) -> pd.Series:
    frame = pd.DataFrame({"mkey": _month_keys(rows["date"]), "channel": rows["channel"].to_numpy()})
    frame["audience"] = rows["audience"].to_numpy()
    frame["value"] = rows["value"].to_numpy(dtype=float)
    if not explicit_audiences:
        is_total = frame["audience"] == ALL_AUDIENCES
        has_total = is_total.groupby([frame["channel"], frame["mkey"]]).transform("any")
        # Where a channel has total rows in a month they already hold every audience's observations.
        frame = frame[is_total == has_total]
    # Sorted values make a mean add up in one fixed order, whatever order the rows came in.
    frame = frame.sort_values(["mkey", "value"], kind="stable")
    pooled = frame.groupby("mkey", sort=True)["value"].agg(spec.aggregation)
    return _month_series(pooled.index.to_numpy(), pooled.to_numpy(), spec.id)


def followers_from_gains(
    gains: pd.Series, anchor_date: dt.date, anchor_total: float
) -> tuple[pd.Series, Message]:
    """Return follower totals per month (index YYYY-MM) derived from monthly gains and one known total.

    The anchor total is taken as the total at the end of the anchor date's month. Totals run forwards
    (adding later gains) and backwards (removing the anchor month's and later gains) only across
    consecutive months with a known gain. The note says in plain words that these are derived figures.
    """
    known = gains.dropna()
    anchor = month_key(anchor_date)
    keys = np.array([key_of_label(str(label)) for label in known.index], dtype=np.int64)
    by_key = dict(zip(keys.tolist(), known.to_numpy(dtype=float).tolist(), strict=True))
    totals = {anchor: float(anchor_total)}
    month, total = anchor, float(anchor_total)
    while month + 1 in by_key:
        month += 1
        total += by_key[month]
        totals[month] = total
    month, total = anchor, float(anchor_total)
    while month in by_key:
        total -= by_key[month]
        month -= 1
        totals[month] = total
    ordered = sorted(totals)
    series = _month_series(
        np.array(ordered, dtype=np.int64), np.array([totals[k] for k in ordered]), "followers"
    )
    skipped = sorted(set(keys.tolist()) - set(ordered))
    total_text, month_text = f"{anchor_total:,.0f}", month_label(anchor)
    if skipped:
        note = Message(
            "progress.followers_derived_with_gap",
            "Follower totals derived from monthly follower gains, anchored at {total} followers at the end of "
            "{month} (a total you gave); the platform did not report these totals. {count} month(s) with gains "
            "(from {first}) have no total: a month's gain is missing between them and the anchor.",
            total=total_text,
            month=month_text,
            count=len(skipped),
            first=month_label(skipped[0]),
        )
    else:
        note = Message(
            "progress.followers_derived",
            "Follower totals derived from monthly follower gains, anchored at {total} followers at the end of "
            "{month} (a total you gave); the platform did not report these totals.",
            total=total_text,
            month=month_text,
        )
    return series, note


def partial_months(channel_months: pd.DataFrame, channels: Sequence[str]) -> list[str]:
    """Return the months (YYYY-MM, sorted) in which a channel that had reported before has not reported yet.

    `channel_months` has columns channel and month (one row per channel with a value in a month); only the
    given channels count, each from its first month with a value.
    """
    if channel_months is None or channel_months.empty or not channels:
        return []
    mine = channel_months[channel_months["channel"].isin(list(channels))]
    if mine.empty:
        return []
    present = pd.crosstab(mine["month"].astype(str).str[:7], mine["channel"]).sort_index() > 0
    started = np.maximum.accumulate(present.to_numpy(), axis=0)
    partial = (started & ~present.to_numpy()).any(axis=1)
    return [str(m) for m in present.index[partial]]
