"""Goal progress at a date: current value, baseline, target, expected pace, forecast and status."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np
import pandas as pd

from metrics.monthly import goal_month_values, key_of_label, metric_month_table, month_key, month_label
from metrics.semantics import MetricSpec, metric_spec
from metrics.strategy import Goal, Strategy

ON_TRACK_TOLERANCE = 0.05
"""On track while progress is at least the expected share minus 5 percentage points."""
AT_RISK_MARGIN = 0.25
"""At risk (not off track) while progress is at most 25 percentage points behind the expected share."""
WITHIN_REACH = 0.75
"""At risk (not off track) while the forecast covers at least 75% of the way to the target."""
FORECAST_MONTHS = 6
"""The forecast line goes through the last (up to) six month values."""
MIN_FORECAST_MONTHS = 3
"""With fewer month values than this there is no forecast."""
FORECAST_RANGE = 0.8
"""The forecast's range holds the deadline's value with this probability (a prediction interval of the fit)."""
# Student's t quantile for a two-sided 80 % range by degrees of freedom (n - 2 of at most six months).
T_80 = {1: 3.078, 2: 1.886, 3: 1.638, 4: 1.533}
SPARKLINE_MONTHS = 12

STATUSES = ("achieved", "on_track", "at_risk", "off_track", "no_data")
PROGRESS_KEYS = (
    "id",
    "title",
    "kind",
    "metric",
    "channels",
    "audiences",
    "owner",
    "start",
    "deadline",
    "baseline",
    "target",
    "current",
    "progress",
    "expected",
    "forecast",
    "forecast_low",
    "forecast_high",
    "needed_per_month",
    "status",
    "status_basis",
    "unit",
    "current_month",
    "measured_at",
    "counts",
    "baseline_source",
    "better",
)
"""The keys of GoalProgress.to_dict(), in order (the CLI's JSON and the dashboard's tables)."""


@dataclass(frozen=True)
class GoalProgress:
    """Where one goal stands at a date; numbers in the metric's unit, shares as fractions (1.0 = 100%)."""

    id: str
    title: str
    kind: str
    metric: str
    channels: tuple[str, ...]
    audiences: tuple[str, ...]
    owner: str
    start: dt.date
    deadline: dt.date
    baseline: float | None
    target: float | None
    current: float | None
    current_month: str | None
    progress: float | None
    expected: float
    forecast: float | None
    needed_per_month: float | None
    status: str
    unit: str
    better: str
    baseline_source: str
    type: str = "reach"
    measured_at: dt.date | None = None
    """The date the goal is measured at: as_of, or the end of its latest complete month when asked for."""
    counts: bool = False
    """True when the metric counts things (a stock or a flow: followers, comments): shown as whole numbers."""
    forecast_low: float | None = None
    forecast_high: float | None = None
    """The forecast's 80 % range at the deadline, from the same fit (metric's unit); None without a forecast."""
    status_basis: str | None = None
    """Why a reach goal is on track or at risk: "pace" (progress against the expected share) or "forecast"."""

    def to_dict(self) -> dict[str, Any]:
        """Return JSON-ready plain data: numbers as floats, dates as ISO text, None where unknown."""
        result: dict[str, Any] = {}
        for name in PROGRESS_KEYS:
            value = getattr(self, name)
            if isinstance(value, tuple):
                value = list(value)
            elif isinstance(value, bool):
                pass
            elif isinstance(value, dt.date):
                value = value.isoformat()
            elif isinstance(value, int | float | np.number):
                value = float(value)
            result[name] = value
        return result


class ObservationReader(Protocol):
    """A source that hands out the observations one goal needs (the store does)."""

    def goal_observations(
        self, metric: str, spec: MetricSpec, channels: list[str], audiences: list[str]
    ) -> pd.DataFrame: ...


def last_complete_month(as_of: dt.date) -> int:
    """Return the month key of the last calendar month that has ended on or before as_of."""
    last_day = calendar.monthrange(as_of.year, as_of.month)[1]
    return month_key(as_of) - (0 if as_of.day == last_day else 1)


def month_end(label: str) -> dt.date:
    """Return the last day of a YYYY-MM month."""
    key = key_of_label(label)
    year, month = key // 12, key % 12 + 1
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _as_date(value: Any) -> dt.date:
    return pd.Timestamp(value).date()


def _optional(value: Any) -> float | None:
    if value is None:
        return None
    number = float(value)
    return None if np.isnan(number) else number


def _series_arrays(month_series: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Return (month keys, values) sorted by month, without missing values."""
    known = month_series.dropna()
    keys = np.array([key_of_label(str(label)) for label in known.index], dtype=np.int64)
    values = known.to_numpy(dtype=float)
    order = np.argsort(keys, kind="stable")
    return keys[order], values[order]


def _forecast(keys: np.ndarray, values: np.ndarray, at_key: int) -> float | None:
    """Return the least-squares line through the last month values, evaluated at a month key."""
    fit = forecast_range(keys, values, at_key)
    return None if fit is None else fit[0]


def forecast_range(keys: np.ndarray, values: np.ndarray, at_key: int) -> tuple[float, float, float] | None:
    """Return (forecast, low, high) at a month key: the least-squares line through the last month values

    and its 80 % prediction range from the same fit (metric's unit); None with fewer than three months.
    """
    keys, values = keys[-FORECAST_MONTHS:], values[-FORECAST_MONTHS:]
    if len(keys) < MIN_FORECAST_MONTHS:
        return None
    x = keys.astype(float) - keys.mean()
    sxx = float((x * x).sum())
    slope = float((x * (values - values.mean())).sum() / sxx)
    distance = at_key - keys.mean()
    forecast = float(values.mean() + slope * distance)
    residuals = values - (values.mean() + slope * x)
    degrees = len(keys) - 2
    spread = float(np.sqrt((residuals * residuals).sum() / degrees))
    half = T_80[degrees] * spread * float(np.sqrt(1 + 1 / len(keys) + distance * distance / sxx))
    return forecast, forecast - half, forecast + half


def recent_values(
    month_series: pd.Series, last_month: str | None, months: int = SPARKLINE_MONTHS
) -> pd.Series:
    """Return the goal's month values (metric's unit, index YYYY-MM) of the `months` months up to last_month."""
    if last_month is None:
        return pd.Series(dtype=float)
    keys, values = _series_arrays(month_series)
    last = key_of_label(last_month)
    chosen = (keys <= last) & (keys > last - months)
    return pd.Series(values[chosen], index=[month_label(int(k)) for k in keys[chosen]], dtype=float)


def _reached(value: float, target: float, better: str) -> bool:
    return value >= target if better == "higher" else value <= target


def latest_complete_month(month_series: pd.Series, as_of: dt.date) -> str | None:
    """Return the goal's latest month (YYYY-MM) with a value that has ended by as_of; None without one.

    The goal's month values hold only complete months (every channel in), so this is its latest complete month.
    """
    keys, _ = _series_arrays(month_series)
    keys = keys[keys <= last_complete_month(_as_date(as_of))]
    return month_label(int(keys[-1])) if len(keys) else None


def measuring_date(month_series: pd.Series, as_of: dt.date) -> dt.date:
    """Return the date a goal is measured at by default: the end of its latest complete month by as_of.

    Without any value by then it is as_of itself. Missing data thus never moves the expected pace on.
    """
    as_of = _as_date(as_of)
    latest = latest_complete_month(month_series, as_of)
    return min(month_end(latest), as_of) if latest else as_of


def goal_progress(
    goal: Goal,
    month_series: pd.Series,
    as_of: dt.date,
    spec: MetricSpec | None = None,
    *,
    latest_complete: bool = False,
) -> GoalProgress:
    """Return the goal's progress at as_of from its month values (index YYYY-MM; see docs/goal-status.md).

    Only calendar months that have ended on or before as_of count. With latest_complete the goal is measured
    at the end of its latest complete month by as_of instead (current value, pace, forecast, needed, status).
    """
    as_of = measuring_date(month_series, as_of) if latest_complete else _as_date(as_of)
    spec = spec or metric_spec(goal.metric)
    keys, values = _series_arrays(month_series)
    cutoff = last_complete_month(as_of)
    within = keys <= cutoff
    keys, values = keys[within], values[within]

    span = (goal.deadline - goal.start).days
    expected = float(np.clip((as_of - goal.start).days / span, 0.0, 1.0)) if span > 0 else 1.0
    current = float(values[-1]) if len(values) else None
    current_month = month_label(int(keys[-1])) if len(keys) else None

    if goal.baseline is not None:
        baseline, baseline_source = float(goal.baseline), "strategy"
    else:
        from_start = np.flatnonzero(keys >= month_key(goal.start))
        if len(from_start):
            baseline, baseline_source = float(values[from_start[0]]), "data"
        else:
            baseline, baseline_source = None, "none"
    target = _optional(goal.target_for(baseline))
    deadline_key = month_key(goal.deadline)
    fit = forecast_range(keys, values, deadline_key)
    forecast, low, high = fit if fit is not None else (None, None, None)

    progress: float | None = None
    needed: float | None = None
    basis: str | None = None
    if goal.type != "reach":
        if current is None or target is None:
            status = "no_data"
        else:
            holds = current >= target if goal.type == "stay_above" else current <= target
            status = "on_track" if holds else "off_track"
    else:
        status, progress, basis = _reach_status(goal, spec, as_of, baseline, target, current, expected, fit)
        if status not in ("achieved", "no_data") and as_of < goal.deadline and target is not None:
            needed = (target - current) / max(deadline_key - cutoff, 1)

    return GoalProgress(
        id=goal.id,
        title=goal.title,
        kind=goal.kind,
        metric=goal.metric,
        channels=tuple(goal.channels),
        audiences=tuple(goal.audiences),
        owner=goal.owner,
        start=goal.start,
        deadline=goal.deadline,
        baseline=baseline,
        target=target,
        current=current,
        current_month=current_month,
        progress=progress,
        expected=expected,
        forecast=forecast,
        forecast_low=low,
        forecast_high=high,
        needed_per_month=needed,
        status=status,
        status_basis=basis,
        unit=spec.unit,
        better=spec.better,
        baseline_source=baseline_source,
        type=goal.type,
        measured_at=as_of,
        counts=spec.kind in ("stock", "flow"),
    )


def _reach_status(
    goal: Goal,
    spec: MetricSpec,
    as_of: dt.date,
    baseline: float | None,
    target: float | None,
    current: float | None,
    expected: float,
    fit: tuple[float, float, float] | None,
) -> tuple[str, float | None, str | None]:
    """Return (status, progress, basis) of a reach goal; progress is None when it cannot be measured.

    The basis says whether the pace ("pace") or the forecast ("forecast") earned an on-track or at-risk status.
    """
    if current is None or target is None:
        return "no_data", None, None
    gap = None if baseline is None else target - baseline
    measurable = gap is not None and (gap > 0 if spec.better == "higher" else gap < 0)
    progress = (current - baseline) / gap if measurable else None
    if _reached(current, target, spec.better):
        return "achieved", progress, None
    if baseline is None:
        return "no_data", None, None
    if not measurable or as_of > goal.deadline:
        # The baseline already met the target and the value slipped back, or time ran out.
        return "off_track", progress, None
    forecast_share = None if fit is None else (fit[0] - baseline) / gap
    # A forecast whose 80 % range is wider than the way still to go cannot vouch for the goal on its own.
    sure = fit is not None and (fit[2] - fit[1]) <= abs(target - current)
    if progress >= expected - ON_TRACK_TOLERANCE:
        return "on_track", progress, "pace"
    if forecast_share is not None and forecast_share >= 1.0 and sure:
        return "on_track", progress, "forecast"
    if progress >= expected - AT_RISK_MARGIN:
        return "at_risk", progress, "pace"
    if forecast_share is not None and forecast_share >= WITHIN_REACH:
        return "at_risk", progress, "forecast"
    return "off_track", progress, None


def goal_month_series(
    strategy: Strategy,
    goal: Goal,
    source: pd.DataFrame | ObservationReader,
    as_of: dt.date | None = None,
) -> pd.Series:
    """Return the goal's month values (index YYYY-MM, metric's unit) from a frame or a store reader.

    A goal without channels covers the strategy's channels that are not absent. With as_of, only months
    that have ended by then are read.
    """
    specs = strategy.metric_specs()
    spec = metric_spec(goal.metric, specs)
    channels = strategy.goal_channels(goal)
    if isinstance(source, pd.DataFrame):
        observations = source
    else:
        observations = source.goal_observations(goal.metric, spec, channels, list(goal.audiences))
    if as_of is not None:
        cutoff = last_complete_month(_as_date(as_of))
        first_after = pd.Timestamp(year=(cutoff + 1) // 12, month=(cutoff + 1) % 12 + 1, day=1)
        observations = observations[observations["date"] < first_after]
    scope = goal.model_copy(update={"channels": channels})
    return goal_month_values(scope, observations, specs)


def strategy_month_series(
    strategy: Strategy, source: pd.DataFrame | ObservationReader, as_of: dt.date | None = None
) -> dict[str, pd.Series]:
    """Return every goal's month values by goal id (as goal_month_series), read and computed together.

    A store is asked once per metric, for the channels and audiences of all its goals together; each
    metric's month table is made once, and goals of the same metric, channels and audiences share one
    series: 500 goals cost about what their different metrics and scopes cost.
    """
    specs = strategy.metric_specs()
    first_after = None
    if as_of is not None:
        cutoff = last_complete_month(_as_date(as_of))
        first_after = pd.Timestamp(year=(cutoff + 1) // 12, month=(cutoff + 1) % 12 + 1, day=1)
    by_metric: dict[str, pd.DataFrame] = {}
    if isinstance(source, pd.DataFrame):
        known = source if first_after is None else source[source["date"] < first_after]
        by_metric = {metric: rows for metric, rows in known.groupby("metric", sort=False)}
        empty = known.iloc[0:0]

    def metric_rows(metric: str, spec: MetricSpec) -> pd.DataFrame:
        if metric not in by_metric:
            if isinstance(source, pd.DataFrame):
                # A ratio is made from its parts' rows (CTR from clicks and impressions).
                parts = [by_metric[p] for p in (spec.ratio.parts if spec.ratio else ()) if p in by_metric]
                return pd.concat(parts, ignore_index=True) if parts else empty
            goals = [g for g in strategy.goals if g.metric == metric]
            scopes = [strategy.goal_channels(g) for g in goals]
            channels = [] if not all(scopes) else list(dict.fromkeys(c for scope in scopes for c in scope))
            named = all(g.audiences for g in goals)
            audiences = list(dict.fromkeys(a for g in goals for a in g.audiences)) if named else []
            rows = source.goal_observations(metric, spec, channels, audiences)
            by_metric[metric] = rows if first_after is None else rows[rows["date"] < first_after]
        return by_metric[metric]

    tables: dict[str, pd.DataFrame | None] = {}
    computed: dict[tuple, pd.Series] = {}
    series = {}
    for goal in strategy.goals:
        spec = metric_spec(goal.metric, specs)
        channels = strategy.goal_channels(goal)
        scope = (goal.metric, tuple(channels), tuple(goal.audiences))
        if scope not in computed:
            rows = metric_rows(goal.metric, spec)
            if goal.metric not in tables:
                tables[goal.metric] = metric_month_table(rows, goal.metric, spec)
            computed[scope] = goal_month_values(
                goal.model_copy(update={"channels": channels}), rows, specs, month_table=tables[goal.metric]
            )
        series[goal.id] = computed[scope]
    return series


def strategy_progress(
    strategy: Strategy,
    source: pd.DataFrame | ObservationReader,
    as_of: dt.date,
    *,
    latest_complete: bool = False,
) -> list[GoalProgress]:
    """Return every goal's progress at as_of, in the strategy's order, from observations or a store reader.

    With latest_complete each goal is measured at its own latest complete month by as_of.
    """
    as_of = _as_date(as_of)
    specs = strategy.metric_specs()
    series = strategy_month_series(strategy, source, as_of)
    return [
        goal_progress(
            goal, series[goal.id], as_of, metric_spec(goal.metric, specs), latest_complete=latest_complete
        )
        for goal in strategy.goals
    ]


def goal_status_history(
    goal: Goal,
    month_series: pd.Series,
    spec: MetricSpec | None = None,
    as_of_months: Iterable[str] | None = None,
) -> pd.DataFrame:
    """Return the goal's status at the end of each month (default: from its start month to the latest data).

    Columns month (YYYY-MM), as_of (month end), status, current, current_month, baseline, target, progress,
    expected, forecast; numbers in the metric's unit, shares as fractions.
    """
    if as_of_months is None:
        keys, _ = _series_arrays(month_series)
        first = month_key(goal.start)
        months = [month_label(k) for k in range(first, int(keys.max()) + 1)] if len(keys) else []
    else:
        months = [str(m)[:7] for m in as_of_months]
    columns = ["status", "current", "current_month", "baseline", "target", "progress", "expected", "forecast"]
    rows = []
    for month in months:
        as_of = month_end(month)
        result = goal_progress(goal, month_series, as_of, spec)
        rows.append({"month": month, "as_of": as_of, **{name: getattr(result, name) for name in columns}})
    return pd.DataFrame(rows, columns=["month", "as_of", *columns])
