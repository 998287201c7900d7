"""Days as integers yyyymmdd and months as yyyymm: how the store keeps dates, converted in bulk."""

from __future__ import annotations

import numpy as np

FIRST_STORABLE_YEAR = 1900
LAST_STORABLE_YEAR = 2199


CHUNK_ROWS = 200_000
"""Dates converted at a time: keeps the temporaries of a million-row conversion small."""


def day_numbers(dates) -> np.ndarray:
    """Return int32 yyyymmdd for each date (a datetime64 array or Series); the time of day is dropped."""
    dates = np.asarray(dates)
    result = np.empty(len(dates), dtype=np.int32)
    for start in range(0, len(dates), CHUNK_ROWS):
        days = dates[start : start + CHUNK_ROWS].astype("datetime64[D]")
        months = days.astype("datetime64[M]")
        years, month_index = np.divmod(months.astype(np.int64), 12)
        day_of_month = (days - months.astype("datetime64[D]")).astype(np.int64) + 1
        result[start : start + CHUNK_ROWS] = (years + 1970) * 10000 + (month_index + 1) * 100 + day_of_month
    return result


def dates_from_day_numbers(day_number: np.ndarray) -> np.ndarray:
    """Return datetime64[ns] dates for int yyyymmdd day numbers."""
    day_number = np.asarray(day_number, dtype=np.int64)
    months = (day_number // 10000 - 1970) * 12 + (day_number // 100) % 100 - 1
    first_of_month = months.astype("datetime64[M]").astype("datetime64[D]")
    return (first_of_month + (day_number % 100 - 1).astype("timedelta64[D]")).astype("datetime64[ns]")


def month_texts(month_number: np.ndarray) -> list[str]:
    """Return 'YYYY-MM' strings for int yyyymm month numbers."""
    return [f"{m // 100:04d}-{m % 100:02d}" for m in np.asarray(month_number, dtype=np.int64).tolist()]


def first_days_of_months(month_number: np.ndarray) -> np.ndarray:
    """Return datetime64[ns] first days for int yyyymm month numbers."""
    return dates_from_day_numbers(np.asarray(month_number, dtype=np.int64) * 100 + 1)
