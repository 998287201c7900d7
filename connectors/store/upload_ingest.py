"""Storing one parsed upload: checks, history rows, restated values and the months it touches."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from sqlalchemy import Connection

from connectors.readers.parsed_upload import ParsedUpload
from connectors.store.day_numbers import dates_from_day_numbers
from connectors.store.ledger import (
    LedgerEntry,
    active_ranges_of_series,
    record_event,
    record_series,
    record_upload,
)
from connectors.store.month_table import MonthRows, aggregate_months, day_values, replace_months, whole_months
from connectors.store.observation_history import current_rows_in_spans, insert_observations, resolve_series
from connectors.store.prepared_observations import PreparedObservations
from metrics.errors import Message, UploadError
from metrics.semantics import MetricSpec, metric_spec
from metrics.words import sentences

RESTATED_LISTED = 1000
"""Restated values listed in an ingest result; the count covers them all."""

RESTATED_COLUMNS = ["date", "channel", "audience", "metric", "old", "new"]


@dataclass(frozen=True)
class IngestResult:
    """What storing one upload did, in numbers and in plain words."""

    upload_id: int  # the new upload, or for a duplicate the earlier upload with the same bytes
    status: str  # "stored" or "duplicate"
    rows: int  # values stored (0 for a duplicate)
    restated: pd.DataFrame  # date, channel, audience, metric, old, new (at most RESTATED_LISTED rows)
    message: str
    restated_count: int = 0  # every value this upload changed, listed or not
    duplicate_of: int | None = None
    attribution: object | None = None  # an AttributionCount: posts counted per audience (per-item exports)

    def __str__(self) -> str:
        return self.message


def store_prepared(
    conn: Connection,
    parsed: ParsedUpload,
    prepared: PreparedObservations,
    *,
    content_hash: str,
    specs: dict[str, MetricSpec] | None,
    uploaded_by: str | None,
    source: str,
) -> IngestResult:
    """Write an upload into the store inside the caller's transaction; return what it did."""
    keys = prepared.keys
    aggregations = [metric_spec(metric, specs).aggregation for metric in keys["metric"]]
    series_ids, stored_aggregations = resolve_series(conn, keys, aggregations)
    metrics = sorted(set(keys["metric"]))
    channels = sorted(set(keys["channel"]))
    days, values, starts, ends = prepared.days, prepared.values, prepared.starts, prepared.ends
    upload_id = record_upload(
        conn,
        parsed,
        content_hash=content_hash,
        channels=channels,
        value_count=len(days),
        metrics=metrics,
        uploaded_by=uploaded_by,
        source=source,
    )
    ranges = pd.DataFrame(
        {
            "series_id": series_ids,
            "first_day": days[starts],
            "last_day": days[ends - 1],
            "value_count": ends - starts,
        }
    )
    record_series(conn, upload_id, ranges)

    spans = whole_months(ranges)
    overlapping = _overlapping(conn, upload_id, spans)
    # Values this upload replaces, read before its own rows are in.
    previous = current_rows_in_spans(conn, spans[overlapping])

    row_series = np.repeat(series_ids.astype(np.int32), ends - starts)
    insert_observations(conn, upload_id, row_series, days, prepared.seqs, values)

    restated_parts, restated_count, unchanged, months = [], 0, 0, []
    for g, (start, stop) in enumerate(zip(starts.tolist(), ends.tolist(), strict=True)):
        sid = int(series_ids[g])
        new_days, new_values = days[start:stop], values[start:stop]
        if overlapping[g]:
            # The upload replaces every earlier value of the days it holds; days compare by their value.
            old = previous.of(sid)
            aggregation = stored_aggregations[g]
            replaced = np.isin(old.days, new_days)
            common, old_day = day_values(old.days[replaced], old.values[replaced], aggregation)
            _, new_day = day_values(*_on_days(new_days, new_values, common), aggregation)
            changed = old_day != new_day
            restated_count += int(changed.sum())
            unchanged += int((~changed).sum())
            if changed.any():
                restated_parts.append((g, common[changed], old_day[changed], new_day[changed]))
            merged_days = np.concatenate([old.days[~replaced], new_days])
            merged_values = np.concatenate([old.values[~replaced], new_values])
            order = np.argsort(merged_days, kind="stable")
            months.append((sid, aggregate_months(merged_days[order], merged_values[order], aggregation)))
        else:
            months.append((sid, aggregate_months(new_days, new_values, stored_aggregations[g])))
        _check_finite(months[-1][1], keys.iloc[g], parsed.file_name)
    replace_months(conn, spans, months)

    record_event(conn, upload_id, "ingested", uploaded_by)
    restated = _restated_frame(restated_parts, keys)
    message = _stored_message(
        parsed, upload_id, len(days), metrics, ", ".join(channels), restated_count, unchanged
    )
    return IngestResult(
        upload_id=upload_id,
        status="stored",
        rows=len(days),
        restated=restated,
        message=message,
        restated_count=restated_count,
    )


def _check_finite(rows: MonthRows, key: pd.Series, file_name: str) -> None:
    """Raise when a month value overflows (1.7e308 twice is inf): the transaction then stores nothing."""
    finite = np.isfinite(rows.values)
    if finite.all():
        return
    month = int(rows.months[np.flatnonzero(~finite)[0]])
    raise UploadError(
        Message(
            "ingest.month_overflow",
            "the {metric} values of {channel} ({audience}) in {month} add up to more than Goalpost can hold "
            "(about 1.8 × 10^308), so the month would have no value; check that month's numbers",
            metric=str(key["metric"]),
            channel=str(key["channel"]),
            audience=str(key["audience"]),
            month=f"{month // 100}-{month % 100:02d}",
        ),
        file_name=file_name,
    )


def _on_days(days: np.ndarray, values: np.ndarray, wanted: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    keep = np.isin(days, wanted)
    return days[keep], values[keep]


def _overlapping(conn: Connection, upload_id: int, spans: pd.DataFrame) -> np.ndarray:
    """Return, per series, whether another active upload holds values in the months this upload touches."""
    others = active_ranges_of_series(conn, [int(s) for s in spans["series_id"]], upload_id)
    if others.empty:
        return np.zeros(len(spans), dtype=bool)
    both = others.merge(spans, on="series_id", suffixes=("", "_new"))
    hit = both[(both["first_day"] <= both["last_day_new"]) & (both["last_day"] >= both["first_day_new"])]
    return spans["series_id"].isin(hit["series_id"]).to_numpy()


def _restated_frame(parts: list[tuple], keys: pd.DataFrame) -> pd.DataFrame:
    if not parts:
        return pd.DataFrame(
            {
                name: pd.Series(dtype=dtype)
                for name, dtype in zip(
                    RESTATED_COLUMNS,
                    ["datetime64[ns]", object, object, object, "float64", "float64"],
                    strict=True,
                )
            }
        )
    groups = np.concatenate([np.full(len(day), g) for g, day, _, _ in parts])
    days = np.concatenate([day for _, day, _, _ in parts])
    # Ordered by date, then names, on numbers: only the rows listed ever become a frame.
    name_rank = np.empty(len(keys), dtype=np.int64)
    name_rank[keys.sort_values(["channel", "audience", "metric"]).index.to_numpy()] = np.arange(len(keys))
    listed = np.lexsort((name_rank[groups], days))[:RESTATED_LISTED]
    groups = groups[listed]
    return pd.DataFrame(
        {
            "date": dates_from_day_numbers(days[listed]),
            "channel": keys["channel"].to_numpy(dtype=object)[groups],
            "audience": keys["audience"].to_numpy(dtype=object)[groups],
            "metric": keys["metric"].to_numpy(dtype=object)[groups],
            "old": np.concatenate([old for _, _, old, _ in parts])[listed],
            "new": np.concatenate([new for _, _, _, new in parts])[listed],
        }
    )


def _stored_message(
    parsed: ParsedUpload,
    upload_id: int,
    count: int,
    metrics: list[str],
    channel: str,
    restated: int,
    unchanged: int,
) -> Message:
    values = (
        Message("store.value_count_one", "{count} value", count=f"{count:,}")
        if count == 1
        else Message("store.value_count", "{count} values", count=f"{count:,}")
    )
    message = Message(
        "store.stored",
        "Stored “{file}” as upload #{id}: {values} of {metrics} for {channel}, {start} to {end}.",
        file=str(parsed.file_name),
        id=int(upload_id),
        values=values,
        metrics=", ".join(metrics),
        channel=channel,
        start=f"{parsed.period_start:%Y-%m-%d}",
        end=f"{parsed.period_end:%Y-%m-%d}",
    )
    if restated == 1:
        message = sentences(
            message,
            Message(
                "store.restated_one",
                "It changes {count} value that was already stored: the new values now count and the earlier "
                "ones stay in the upload history. Undo upload #{id} to go back.",
                count="1",
                id=int(upload_id),
            ),
        )
    elif restated > RESTATED_LISTED:
        message = sentences(
            message,
            Message(
                "store.restated_listed",
                "It changes {count} values that were already stored: the new values now count and the earlier "
                "ones stay in the upload history. The first {listed} are listed. Undo upload #{id} to go back.",
                count=f"{restated:,}",
                listed=f"{RESTATED_LISTED:,}",
                id=int(upload_id),
            ),
        )
    elif restated:
        message = sentences(
            message,
            Message(
                "store.restated",
                "It changes {count} values that were already stored: the new values now count and the earlier "
                "ones stay in the upload history. Undo upload #{id} to go back.",
                count=f"{restated:,}",
                id=int(upload_id),
            ),
        )
    if unchanged:
        message = sentences(
            message,
            Message(
                "store.unchanged_one",
                "{count} value was already stored with the same numbers.",
                count="1",
            )
            if unchanged == 1
            else Message(
                "store.unchanged",
                "{count} values were already stored with the same numbers.",
                count=f"{unchanged:,}",
            ),
        )
    return message


def duplicate_result(parsed: ParsedUpload, earlier: LedgerEntry) -> IngestResult:
    """Return the result for bytes already stored: nothing changes, and the earlier upload is named."""
    return IngestResult(
        upload_id=earlier.id,
        status="duplicate",
        rows=0,
        restated=_restated_frame([], pd.DataFrame()),
        message=Message(
            "store.duplicate",
            "“{file}” is already stored: it is exactly the same file as {upload}. Nothing was changed.",
            file=str(parsed.file_name),
            upload=earlier.describe(),
        ),
        duplicate_of=earlier.id,
    )
