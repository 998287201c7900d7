"""The compact monthly table: one value per series and month, recomputed only where data changed."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from sqlalchemy import Connection, bindparam, delete

from connectors.store.bulk_insert import bulk_insert
from connectors.store.schema import month_value


@dataclass(frozen=True)
class MonthRows:
    """Month values of one series: parallel arrays, months ascending."""

    months: np.ndarray  # int yyyymm
    values: np.ndarray  # float
    counts: np.ndarray  # int: observations in the month
    last_days: np.ndarray  # int yyyymmdd: latest day with a value in the month


def aggregate_months(days: np.ndarray, values: np.ndarray, aggregation: str) -> MonthRows:
    """Return one value per month from day-sorted observations: sum, last, mean or median of the month."""
    days = np.asarray(days, dtype=np.int64)
    return _aggregate(days // 100, days, values, aggregation)


def day_values(days: np.ndarray, values: np.ndarray, aggregation: str) -> tuple[np.ndarray, np.ndarray]:
    """Return (days, value) with one value per day, for days holding several values (one per ticket)."""
    days = np.asarray(days, dtype=np.int64)
    rows = _aggregate(days, days, values, aggregation)
    return rows.months, rows.values


def _aggregate(groups: np.ndarray, days: np.ndarray, values: np.ndarray, aggregation: str) -> MonthRows:
    """Aggregate runs of equal, ascending group numbers as the engine does (metrics.monthly)."""
    values = np.asarray(values, dtype=np.float64)
    if len(days) == 0:
        empty = np.array([], dtype=np.int64)
        return MonthRows(empty, np.array([], dtype=np.float64), empty, empty)
    starts = np.flatnonzero(np.r_[True, groups[1:] != groups[:-1]])
    ends = np.r_[starts[1:], len(days)]
    counts = ends - starts
    last_days = days[ends - 1]
    with np.errstate(over="ignore", invalid="ignore"):  # an overflow is refused by the caller, not warned
        result = _combined(values, days, starts, ends, counts, last_days, aggregation)
    return MonthRows(groups[starts], result.astype(np.float64), counts, last_days)


def _combined(
    values: np.ndarray,
    days: np.ndarray,
    starts: np.ndarray,
    ends: np.ndarray,
    counts: np.ndarray,
    last_days: np.ndarray,
    aggregation: str,
) -> np.ndarray:
    if aggregation == "sum":
        result = np.add.reduceat(values, starts)
    elif aggregation == "mean":
        result = np.add.reduceat(values, starts) / counts
    elif aggregation == "last":
        # A stock takes its value on the group's last day; the largest when that day holds several.
        on_last_day = days == np.repeat(last_days, counts)
        result = np.maximum.reduceat(np.where(on_last_day, values, -np.inf), starts)
    elif aggregation == "median":
        result = np.array([np.median(values[a:b]) for a, b in zip(starts, ends, strict=True)])
    else:
        raise ValueError(f"unknown aggregation {aggregation!r}")
    return result


def whole_months(ranges: pd.DataFrame) -> pd.DataFrame:
    """Return ranges (series_id, first_day, last_day) widened to the whole months they touch."""
    first = ranges["first_day"].to_numpy(dtype=np.int64)
    last = ranges["last_day"].to_numpy(dtype=np.int64)
    return pd.DataFrame(
        {
            "series_id": ranges["series_id"].to_numpy(dtype=np.int64),
            "first_day": (first // 100) * 100 + 1,
            "last_day": (last // 100) * 100 + 31,
        }
    )


def replace_months(conn: Connection, spans: pd.DataFrame, months: list[tuple[int, MonthRows]]) -> None:
    """Replace monthly rows: for each span (series_id, first_day, last_day) its months, then insert months."""
    if not spans.empty:
        conn.execute(
            delete(month_value).where(
                month_value.c.series_id == bindparam("sid"),
                month_value.c.month >= bindparam("first_month"),
                month_value.c.month <= bindparam("last_month"),
            ),
            [
                {"sid": int(sid), "first_month": int(first) // 100, "last_month": int(last) // 100}
                for sid, first, last in spans[["series_id", "first_day", "last_day"]].itertuples(
                    index=False, name=None
                )
            ],
        )
    if not months:
        return
    counts = [len(rows.months) for _, rows in months]
    bulk_insert(
        conn,
        month_value,
        [
            np.repeat([series_id for series_id, _ in months], counts),
            np.concatenate([rows.months for _, rows in months]),
            np.concatenate([rows.values for _, rows in months]),
            np.concatenate([rows.counts for _, rows in months]),
            np.concatenate([rows.last_days for _, rows in months]),
        ],
        sum(counts),
    )
