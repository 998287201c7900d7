"""Undoing and restoring an upload: flip its status, then recompute only the months it touched."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
from sqlalchemy import Connection, exists, func, literal, select

from connectors.store.ledger import (
    LedgerEntry,
    ledger_entry,
    record_event,
    set_status,
    upload_ranges,
)
from connectors.store.month_table import aggregate_months, replace_months, whole_months
from connectors.store.observation_history import (
    SERIES_PER_QUERY,
    CurrentRows,
    count_upload_keys,
    current_rows_in_spans,
    series_table,
    undone_upload_ids,
)
from connectors.store.schema import UPLOAD_ACTIVE, UPLOAD_UNDONE, observation, upload
from metrics.errors import Message, StoreError
from metrics.words import sentences


@dataclass(frozen=True)
class UndoResult:
    """What undoing (or restoring) an upload did, in numbers and in plain words."""

    upload_id: int
    status: str  # "undone", "already_undone", "restored" or "already_active"
    values_back: int  # undo: earlier values that count again; restore: this upload's values that count again
    values_gone: int  # undo: values no earlier upload had, now gone; restore: 0
    message: str
    values_kept_later: int = 0  # undo: its values later uploads had changed already (they keep those)
    comes_back: tuple[tuple[int, int], ...] = ()  # undo: (earlier upload id, its values that count again)

    @property
    def changed(self) -> bool:
        """Return True when the store changed."""
        return self.status in ("undone", "restored")

    def __str__(self) -> str:
        return self.message


def no_such_upload(upload_id: int) -> Message:
    """Return the message for an upload number the ledger does not hold."""
    return Message(
        "store.no_such_upload",
        "There is no upload #{id}. See the list of uploads for the numbers.",
        id=int(upload_id),
    )


def existing_entry(conn: Connection, upload_id: int) -> LedgerEntry:
    """Return the upload's ledger entry; raise StoreError when there is no such upload."""
    entry = ledger_entry(conn, upload_id)
    if entry is None:
        raise StoreError(no_such_upload(upload_id))
    return entry


def undo_upload(conn: Connection, upload_id: int, by: str | None) -> UndoResult:
    """Take an upload's effect out inside the caller's transaction; older values it replaced come back."""
    entry = existing_entry(conn, upload_id)
    if entry.status == UPLOAD_UNDONE:
        return UndoResult(
            upload_id,
            "already_undone",
            0,
            0,
            Message(
                "store.already_undone",
                "{upload} was already undone. Nothing was changed.",
                upload=entry.describe(start=True),
            ),
        )
    ranges = upload_ranges(conn, upload_id)
    set_status(conn, upload_id, UPLOAD_UNDONE)
    record_event(conn, upload_id, "undone", by)
    _recompute_months(conn, ranges)
    # The days this upload decided; those a later upload restated are not its to give back.
    decided = count_upload_keys(conn, ranges, upload_id, decided=True)
    back = count_upload_keys(conn, ranges, upload_id, decided=True, with_earlier=True)
    gone = decided - back
    back_text = (
        Message("store.undo_back_one", "{count} earlier value counts again", count=f"{back:,}")
        if back == 1
        else Message("store.undo_back", "{count} earlier values count again", count=f"{back:,}")
    )
    gone_text = (
        Message("store.undo_gone_one", "{count} value is gone", count=f"{gone:,}")
        if gone == 1
        else Message("store.undo_gone", "{count} values are gone", count=f"{gone:,}")
    )
    message = Message(
        "store.undone",
        "Undid {upload}: {back} and {gone} (no earlier upload had them).",
        upload=entry.describe(),
        back=back_text,
        gone=gone_text,
    )
    kept_later = count_upload_keys(conn, ranges, upload_id) - decided
    comes_back = earlier_uploads_back(conn, ranges, upload_id)
    if kept_later:
        message = sentences(
            message,
            Message(
                "store.undo_kept_later",
                "{count} of its values had been changed by later uploads; those keep the later numbers.",
                count=f"{kept_later:,}",
            ),
        )
    return UndoResult(upload_id, "undone", back, gone, message, kept_later, comes_back)


def restore_upload(conn: Connection, upload_id: int, by: str | None) -> UndoResult:
    """Make an undone upload count again inside the caller's transaction; later uploads still win."""
    entry = existing_entry(conn, upload_id)
    if entry.status == UPLOAD_ACTIVE:
        return UndoResult(
            upload_id,
            "already_active",
            0,
            0,
            Message(
                "store.already_active",
                "{upload} already counts. Nothing was changed.",
                upload=entry.describe(start=True),
            ),
        )
    ranges = upload_ranges(conn, upload_id)
    set_status(conn, upload_id, UPLOAD_ACTIVE)
    record_event(conn, upload_id, "restored", by)
    _recompute_months(conn, ranges)
    counted = count_upload_keys(conn, ranges, upload_id, decided=True)
    message = (
        Message(
            "store.restored_one",
            "Restored {upload}: {count} of its values counts again.",
            upload=entry.describe(),
            count=f"{counted:,}",
        )
        if counted == 1
        else Message(
            "store.restored",
            "Restored {upload}: {count} of its values count again.",
            upload=entry.describe(),
            count=f"{counted:,}",
        )
    )
    later = count_upload_keys(conn, ranges, upload_id) - counted
    if later:
        message = sentences(
            message,
            Message(
                "store.restored_later_one", "{count} value keeps the numbers of later uploads.", count="1"
            )
            if later == 1
            else Message(
                "store.restored_later",
                "{count} values keep the numbers of later uploads.",
                count=f"{later:,}",
            ),
        )
    return UndoResult(upload_id, "restored", counted, 0, message)


def _recompute_months(conn: Connection, ranges: pd.DataFrame) -> CurrentRows:
    """Recompute the months the ranges touch from current values; return those current values."""
    aggregation = dict(series_table(conn)[["id", "aggregation"]].itertuples(index=False, name=None))
    spans = whole_months(ranges)
    after = current_rows_in_spans(conn, spans)
    months = []
    for sid in spans["series_id"].tolist():
        rows = after.of(sid)
        months.append((sid, aggregate_months(rows.days, rows.values, aggregation[sid])))
    replace_months(conn, spans, months)
    return after


def earlier_uploads_back(
    conn: Connection, spans: pd.DataFrame, upload_id: int
) -> tuple[tuple[int, int], ...]:
    """Return (upload id, number of values) of the earlier uploads that decide the upload's keys once it is undone.

    Counted in the database for the keys no newer active upload overrides, newest earlier upload first.
    """
    undone = undone_upload_ids(conn)
    mine, newer, earlier = (observation.alias(name) for name in ("mine", "newer", "earlier"))
    newer_active = select(literal(1)).where(
        newer.c.series_id == mine.c.series_id, newer.c.day == mine.c.day, newer.c.upload_id > mine.c.upload_id
    )
    newest_earlier = select(func.max(earlier.c.upload_id)).where(
        earlier.c.series_id == mine.c.series_id,
        earlier.c.day == mine.c.day,
        earlier.c.upload_id < mine.c.upload_id,
    )
    if undone:
        newer_active = newer_active.where(newer.c.upload_id.not_in(undone))
        newest_earlier = newest_earlier.where(earlier.c.upload_id.not_in(undone))
    counts: dict[int, int] = {}
    spans = spans.sort_values("series_id")
    for start in range(0, len(spans), SERIES_PER_QUERY):
        part = spans.iloc[start : start + SERIES_PER_QUERY]
        keys = (
            select(mine.c.series_id, mine.c.day, newest_earlier.scalar_subquery().label("back_from"))
            .distinct()
            .where(
                mine.c.upload_id == upload_id,
                ~exists(newer_active),
                mine.c.series_id.in_([int(s) for s in part["series_id"]]),
                mine.c.day >= int(part["first_day"].min()),
                mine.c.day <= int(part["last_day"].max()),
            )
            .subquery()
        )
        query = (
            select(keys.c.back_from, func.count())
            .where(keys.c.back_from.is_not(None))
            .group_by(keys.c.back_from)
        )
        for back_from, count in conn.execute(query):
            counts[int(back_from)] = counts.get(int(back_from), 0) + int(count)
    return tuple(sorted(counts.items(), reverse=True))


@dataclass(frozen=True)
class BatchUndoResult:
    """What undoing a batch of uploads did: one result per upload (newest first) and the totals."""

    batch: str
    results: tuple[UndoResult, ...]
    message: str

    @property
    def changed(self) -> bool:
        """Return True when the store changed."""
        return any(result.changed for result in self.results)

    @property
    def values_back(self) -> int:
        """Return how many earlier values count again, over the batch's uploads."""
        return sum(result.values_back for result in self.results)

    @property
    def values_gone(self) -> int:
        """Return how many values no earlier upload had are gone, over the batch's uploads."""
        return sum(result.values_gone for result in self.results)

    def __str__(self) -> str:
        return self.message


def batch_upload_ids(conn: Connection, batch: str) -> list[int]:
    """Return the ids of the uploads stored in a batch, newest first."""
    query = select(upload.c.id).where(upload.c.batch == str(batch)).order_by(upload.c.id.desc())
    return [int(i) for i in conn.execute(query).scalars()]


def undo_batch(conn: Connection, batch: str, by: str | None) -> BatchUndoResult:
    """Take every upload of a batch out inside the caller's transaction, newest first; one result for all."""
    ids = batch_upload_ids(conn, batch)
    if not ids:
        raise StoreError(
            Message(
                "store.no_such_batch",
                "There is no batch “{batch}”. See the list of uploads for the batches.",
                batch=str(batch),
            )
        )
    results = tuple(undo_upload(conn, upload_id, by) for upload_id in ids)
    undone = [r for r in results if r.status == "undone"]
    if not undone:
        message = Message(
            "store.batch_already_undone",
            "The {count} uploads of this batch were already undone. Nothing was changed.",
            count=len(ids),
        )
    else:
        message = Message(
            "store.batch_undone",
            "Undid {count} uploads ({ids}): {back} earlier values count again and {gone} values are gone.",
            count=len(undone),
            ids=", ".join(f"#{r.upload_id}" for r in undone),
            back=f"{sum(r.values_back for r in undone):,}",
            gone=f"{sum(r.values_gone for r in undone):,}",
        )
    return BatchUndoResult(str(batch), results, message)
