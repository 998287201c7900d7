"""Undoing and restoring an upload: flip its status, then recompute only the months it touched."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
from sqlalchemy import Connection

from connectors.month_table import aggregate_months, replace_months, whole_months
from connectors.observation_history import CurrentRows, count_upload_keys, current_rows_in_spans, series_table
from connectors.store_schema import UPLOAD_ACTIVE, UPLOAD_UNDONE
from connectors.upload_ledger import (
    LedgerEntry,
    ledger_entry,
    record_event,
    set_status,
    upload_ranges,
)
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
    if kept_later:
        message = sentences(
            message,
            Message(
                "store.undo_kept_later",
                "{count} of its values had been changed by later uploads; those keep the later numbers.",
                count=f"{kept_later:,}",
            ),
        )
    return UndoResult(upload_id, "undone", back, gone, message)


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
