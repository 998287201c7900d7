"""Monthly trends for the Channels and Audiences pages, cut from the store's month values (never raw rows)."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from metrics.observations import ALL_AUDIENCES
from metrics.semantics import MetricSpec, metric_spec
from metrics.strategy import Strategy

PERIODS = ("12", "24", "36", "all")
"""How many months a trend shows, as the `period` URL parameter writes it."""
DEFAULT_PERIOD = "24"
TREND_COLUMNS = ["month", "series", "value"]


def window(month_values: pd.DataFrame, last_month: str | None, period: str) -> pd.DataFrame:
    """Return the rows of the period's months ("12", "6", "all") ending with last_month (None = the latest)."""
    if month_values.empty:
        return month_values
    last = last_month or str(month_values["month"].max())
    rows = month_values[month_values["month"] <= last]
    if str(period).isdigit():
        first = (pd.Period(last, freq="M") - (int(period) - 1)).strftime("%Y-%m")
        rows = rows[rows["month"] >= first]
    return rows


def _combine(spec: MetricSpec) -> str:
    # Stocks and flows of disjoint parts add up; a median or mean of parts can only be averaged.
    return "sum" if spec.aggregation in ("sum", "last") else "mean"


def _ratio_trends(trends, month_values: pd.DataFrame, spec: MetricSpec, *args) -> pd.DataFrame:
    """Return a ratio's trend made from its parts' trends (CTR: clicks ÷ impressions), never a mean of ratios."""
    numerator, denominator = (trends(month_values, metric_spec(part), *args) for part in spec.ratio.parts)
    pairs = numerator.merge(denominator, on=["month", "series"], suffixes=("_part", "_whole"))
    pairs = pairs[pairs["value_whole"] > 0]
    pairs["value"] = pairs["value_part"] / pairs["value_whole"] * spec.ratio.scale
    return pairs.loc[:, TREND_COLUMNS].reset_index(drop=True)


def channel_trends(month_values: pd.DataFrame, spec: MetricSpec) -> pd.DataFrame:
    """Return one value per month and channel (columns month, series, value) for one metric.

    A channel's own total ('all' audience) is used where it has one; otherwise its audiences are combined.
    """
    if spec.ratio is not None:
        return _ratio_trends(channel_trends, month_values, spec)
    rows = month_values[month_values["metric"] == spec.id]
    if rows.empty:
        return pd.DataFrame(columns=TREND_COLUMNS)
    totals = rows[rows["audience"] == ALL_AUDIENCES].groupby(["month", "channel"])["value"].sum()
    parts = rows[rows["audience"] != ALL_AUDIENCES].groupby(["month", "channel"])["value"].agg(_combine(spec))
    combined = totals.combine_first(parts).rename("value").reset_index()
    return combined.rename(columns={"channel": "series"}).loc[:, TREND_COLUMNS]


def audience_trends(
    month_values: pd.DataFrame, spec: MetricSpec, channels: Iterable[str] | None = None
) -> pd.DataFrame:
    """Return one value per month and audience (columns month, series, value), over the given channels."""
    if spec.ratio is not None:
        return _ratio_trends(audience_trends, month_values, spec, channels)
    rows = month_values[(month_values["metric"] == spec.id) & (month_values["audience"] != ALL_AUDIENCES)]
    wanted = list(channels or [])
    if wanted:
        rows = rows[rows["channel"].isin(wanted)]
    if rows.empty:
        return pd.DataFrame(columns=TREND_COLUMNS)
    combined = rows.groupby(["month", "audience"])["value"].agg(_combine(spec)).reset_index()
    return combined.rename(columns={"audience": "series"}).loc[:, TREND_COLUMNS]


def metric_order(strategy: Strategy | None, metrics: Iterable[str]) -> list[str]:
    """Return metric ids with the ones goals use first (in goal order), then the others alphabetically."""
    present = set(metrics)
    used = [g.metric for g in (strategy.goals if strategy else []) if g.metric in present]
    return list(dict.fromkeys(used)) + sorted(present - set(used))


def goals_for(
    strategy: Strategy | None, metric: str, channel: str | None = None, audience: str | None = None
):
    """Return the strategy's goals on a metric that cover the channel and audience (None = any)."""
    chosen = []
    for goal in strategy.goals if strategy else []:
        if goal.metric != metric:
            continue
        if channel is not None and channel not in (strategy.goal_channels(goal) or [channel]):
            continue
        if audience is not None and goal.audiences and audience not in goal.audiences:
            continue
        chosen.append(goal)
    return chosen
