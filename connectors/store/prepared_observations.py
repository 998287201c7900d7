"""An upload's values checked and sorted by series and day, held in compact arrays for bulk storing.

Memory matters here: a million-row upload must be stored within a few times its file size, so every
per-row array is as narrow as it can be and temporaries are dropped as soon as they are used.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from connectors.readers.parsed_upload import ParsedUpload
from connectors.store.day_numbers import (
    FIRST_STORABLE_YEAR,
    LAST_STORABLE_YEAR,
    day_numbers,
)
from connectors.store.observation_history import DAY_FACTOR
from metrics.errors import Message, UploadError
from metrics.observations import ALL_AUDIENCES, OBSERVATION_COLUMNS

FACTORIZE_SIZE_HINT = 1024
"""Distinct channels, audiences or metrics expected in one upload when hashing them (more just grow the table)."""

DENSE_KEY_SPACE = 1 << 22
"""Up to this many (channel, audience, metric) combinations, series codes come from a lookup table."""


@dataclass(frozen=True)
class PreparedObservations:
    """An upload's values checked and sorted by series then day, ready for bulk insert."""

    keys: pd.DataFrame  # channel, audience, metric: one row per series, in group order
    starts: np.ndarray  # index of each series' first row
    ends: np.ndarray  # index after each series' last row
    days: np.ndarray  # int32 yyyymmdd
    values: np.ndarray  # float64
    seqs: np.ndarray | int  # numbers values sharing series and day (0 for all when none do)


def prepare_observations(parsed: ParsedUpload) -> PreparedObservations:
    """Return the upload's values checked and sorted; raise UploadError naming what is wrong."""
    frame = parsed.observations
    name = parsed.file_name
    missing = [column for column in OBSERVATION_COLUMNS if column not in frame.columns]
    if missing:
        raise UploadError(
            Message(
                "ingest.columns_missing",
                "the values read from it lack {columns}. Nothing was stored; report this file to whoever runs "
                "Goalpost.",
                columns=", ".join(missing),
            ),
            file_name=name,
        )
    if len(frame) == 0:
        raise UploadError(
            Message(
                "ingest.no_values",
                "it holds no values to store. Check that it is the right file and that its number columns are "
                "filled in.",
            ),
            file_name=name,
        )
    days = _checked_days(frame, name)
    values = pd.to_numeric(frame["value"], errors="coerce").to_numpy(dtype=np.float64, na_value=np.nan)
    not_finite = ~np.isfinite(values)
    if not_finite.any():
        raise UploadError(
            _where(
                frame,
                int(np.flatnonzero(not_finite)[0]),
                Message("ingest.not_finite", "is not a finite number"),
            ),
            file_name=name,
        )
    del not_finite
    codes, keys = _series_codes(frame, name)

    sort_key = codes.astype(np.int64)
    sort_key *= DAY_FACTOR
    sort_key += days
    if not (sort_key[1:] >= sort_key[:-1]).all():
        order = np.argsort(sort_key)
        del sort_key
        codes, days, values = codes[order], days[order], values[order]
        del order
    else:
        del sort_key

    # Several values of one key (one per ticket in a helpdesk export) are kept apart by a number.
    same_key = (codes[1:] == codes[:-1]) & (days[1:] == days[:-1])
    seqs: np.ndarray | int = 0
    if same_key.any():
        position = np.arange(len(days), dtype=np.int64)
        run_start = np.maximum.accumulate(np.where(np.r_[True, ~same_key], position, 0))
        seqs = (position - run_start).astype(np.int32)
    del same_key
    starts = np.flatnonzero(np.r_[True, codes[1:] != codes[:-1]])
    ends = np.r_[starts[1:], len(codes)]
    return PreparedObservations(keys=keys, starts=starts, ends=ends, days=days, values=values, seqs=seqs)


def _checked_days(frame: pd.DataFrame, name: str) -> np.ndarray:
    """Return int32 yyyymmdd per row; raise UploadError for a missing or unstorable date."""
    dates = frame["date"]
    if not pd.api.types.is_datetime64_any_dtype(dates):
        dates = pd.to_datetime(dates, errors="coerce")
    if getattr(dates.dt, "tz", None) is not None:
        dates = dates.dt.tz_localize(None)
    missing = dates.isna().to_numpy()
    if missing.any():
        raise UploadError(
            _where(frame, int(np.flatnonzero(missing)[0]), Message("ingest.no_date", "has no date")),
            file_name=name,
        )
    days = day_numbers(dates.to_numpy())
    outside = (days < FIRST_STORABLE_YEAR * 10000) | (days > LAST_STORABLE_YEAR * 10000 + 1231)
    if outside.any():
        problem = Message(
            "ingest.date_unstorable",
            "has a date outside the years {first}–{last}",
            first=FIRST_STORABLE_YEAR,
            last=LAST_STORABLE_YEAR,
        )
        raise UploadError(_where(frame, int(np.flatnonzero(outside)[0]), problem), file_name=name)
    return days


def _where(frame: pd.DataFrame, position: int, problem: Message) -> Message:
    row = frame.iloc[position]
    return Message(
        "ingest.bad_value",
        "the value for {metric} on {channel} dated {date} {problem}. Correct that row and upload again.",
        metric=f"{row['metric']}",
        channel=f"{row['channel']}",
        date=f"{row['date']}",
        problem=problem,
    )


def _column_codes(column: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Return a small int code per row and the distinct values (missing values included as None)."""
    if isinstance(column.dtype, pd.CategoricalDtype):
        codes = column.cat.codes.to_numpy()
        names = np.asarray(column.cat.categories, dtype=object)
        if (codes < 0).any():
            codes = np.where(codes < 0, len(names), codes)
            names = np.append(names, None)
        return codes, names
    # An array and a small size hint: a Series would size the hash table for every row (tens of MB for a
    # million rows of a few ids); the table grows when a column does hold many values.
    codes, names = pd.factorize(column.to_numpy(), use_na_sentinel=False, size_hint=FACTORIZE_SIZE_HINT)
    return codes.astype(np.int32), np.asarray(names, dtype=object)


def _series_codes(frame: pd.DataFrame, name: str) -> tuple[np.ndarray, pd.DataFrame]:
    """Return one int32 code per row for its (channel, audience, metric) and the key of each code."""
    channel_codes, channels = _column_codes(frame["channel"])
    audience_codes, audiences = _column_codes(frame["audience"])
    metric_codes, metrics = _column_codes(frame["metric"])
    combined = channel_codes.astype(np.int64)
    combined *= len(audiences)
    combined += audience_codes
    combined *= len(metrics)
    combined += metric_codes
    del channel_codes, audience_codes, metric_codes
    space = len(channels) * len(audiences) * len(metrics)
    if space <= DENSE_KEY_SPACE:
        # A lookup table over every possible combination: no hashing of a million keys.
        present = np.zeros(space, dtype=bool)
        present[combined] = True
        combined_keys = np.flatnonzero(present)
        lookup = np.cumsum(present, dtype=np.int32) - 1
        codes = lookup[combined]
    else:
        codes, combined_keys = pd.factorize(combined)
        codes = codes.astype(np.int32)
    del combined
    metric_of = combined_keys % len(metrics)
    audience_of = (combined_keys // len(metrics)) % len(audiences)
    channel_of = combined_keys // (len(metrics) * len(audiences))
    keys = pd.DataFrame(
        {
            "channel": [_text(v) for v in channels[channel_of]],
            "audience": [_text(v) or ALL_AUDIENCES for v in audiences[audience_of]],
            "metric": [_text(v) for v in metrics[metric_of]],
        }
    )
    for column in ("channel", "metric"):
        if (keys[column] == "").any():
            raise UploadError(
                Message(
                    "ingest.no_channel",
                    "some values have no channel. Say which channel the file is for and upload again.",
                )
                if column == "channel"
                else Message(
                    "ingest.no_metric",
                    "some values have no metric. Say which metric the file is for and upload again.",
                ),
                file_name=name,
            )
    # Blank and "all" audiences (or names differing only in spaces) collapse into one series.
    key_codes, unique_keys = pd.MultiIndex.from_frame(keys).factorize()
    if len(unique_keys) < len(keys):
        keys = unique_keys.to_frame(index=False)
        codes = key_codes.astype(np.int32)[codes]
    return codes, keys.reset_index(drop=True)


def _text(value) -> str:
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return ""
    return str(value).strip()
