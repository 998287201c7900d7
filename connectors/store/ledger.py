"""The upload ledger: what was uploaded, when, by whom, its bytes, and what happened to it since."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import pandas as pd
from sqlalchemy import Connection, func, select, update

from connectors.readers.parsed_upload import ParsedUpload
from connectors.store.schema import (
    UPLOAD_ACTIVE,
    upload,
    upload_content,
    upload_event,
    upload_series,
)
from connectors.store.sql_chunks import chunked
from metrics.errors import Message

LEDGER_COLUMNS = [
    "id",
    "file_name",
    "preset",
    "channel",
    "audience",
    "period_start",
    "period_end",
    "rows",
    "content_hash",
    "uploaded_at",
    "uploaded_by",
    "source",
    "status",
    "channels",
    "values",
    "metrics",
    "preset_label",
    "notes",
    "batch",
]
EVENT_COLUMNS = ["upload_id", "event", "at", "by"]
BLOB_CHUNK_BYTES = 1 << 20


@dataclass(frozen=True)
class LedgerEntry:
    """One upload as the ledger records it (without its bytes)."""

    id: int
    file_name: str
    uploaded_at: datetime
    uploaded_by: str | None
    status: str

    def describe(self, *, start: bool = False) -> Message:
        """Return 'upload #3 (“file.csv”, 2025-02-03 10:15 UTC by anna)' for messages ('Upload #3 …' at the start)."""
        named = {"id": int(self.id), "file": str(self.file_name), "at": f"{self.uploaded_at:%Y-%m-%d %H:%M}"}
        if self.uploaded_by and start:
            return Message(
                "store.upload_by_start",
                "Upload #{id} (“{file}”, {at} UTC by {by})",
                by=str(self.uploaded_by),
                **named,
            )
        if self.uploaded_by:
            return Message(
                "store.upload_by",
                "upload #{id} (“{file}”, {at} UTC by {by})",
                by=str(self.uploaded_by),
                **named,
            )
        if start:
            return Message("store.upload_start", "Upload #{id} (“{file}”, {at} UTC)", **named)
        return Message("store.upload", "upload #{id} (“{file}”, {at} UTC)", **named)


def utc_now() -> datetime:
    """Return the current UTC time without a zone (how the store keeps times)."""
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def record_upload(
    conn: Connection,
    parsed: ParsedUpload,
    *,
    content_hash: str,
    channels: list[str],
    value_count: int,
    metrics: list[str],
    uploaded_by: str | None,
    source: str,
) -> int:
    """Add an upload and its bytes to the ledger; return its id."""
    result = conn.execute(
        upload.insert().values(
            content_hash=content_hash,
            file_name=parsed.file_name,
            preset=parsed.preset,
            preset_label=parsed.preset_label,
            channel=parsed.channel,
            channels=", ".join(channels),
            audience=parsed.audience,
            period_start=parsed.period_start,
            period_end=parsed.period_end,
            row_count=int(parsed.row_count),
            value_count=value_count,
            metrics=", ".join(metrics),
            notes="\n".join(parsed.notes),
            uploaded_at=utc_now(),
            uploaded_by=uploaded_by,
            source=source,
            status=UPLOAD_ACTIVE,
        )
    )
    upload_id = int(result.inserted_primary_key[0])
    store_content(conn, upload_id, parsed.content)
    return upload_id


def store_content(conn: Connection, upload_id: int, content: bytes) -> None:
    """Keep an upload's original bytes; on SQLite large files are streamed in, never copied whole."""
    if conn.dialect.name != "sqlite" or len(content) <= BLOB_CHUNK_BYTES:
        conn.execute(upload_content.insert().values(upload_id=upload_id, content=content))
        return
    # Binding the bytes would make SQLite copy the whole file twice (bind, then record) at peak.
    conn.execute(upload_content.insert().values(upload_id=upload_id, content=func.zeroblob(len(content))))
    view = memoryview(content)
    with conn.connection.driver_connection.blobopen(upload_content.name, "content", upload_id) as blob:
        for start in range(0, len(content), BLOB_CHUNK_BYTES):
            blob.write(view[start : start + BLOB_CHUNK_BYTES])


def record_event(conn: Connection, upload_id: int, event: str, by: str | None) -> None:
    """Add an event (ingested, undone, restored) to an upload's history."""
    conn.execute(upload_event.insert().values(upload_id=upload_id, event=event, at=utc_now(), by=by))


def record_series(conn: Connection, upload_id: int, ranges: pd.DataFrame) -> None:
    """Record which series and days an upload touched (ranges: series_id, first_day, last_day, value_count)."""
    conn.execute(
        upload_series.insert(),
        [
            {"upload_id": upload_id, "series_id": sid, "first_day": first, "last_day": last, "value_count": n}
            for sid, first, last, n in ranges[
                ["series_id", "first_day", "last_day", "value_count"]
            ].itertuples(index=False, name=None)
        ],
    )


def upload_ranges(conn: Connection, upload_id: int) -> pd.DataFrame:
    """Return the series an upload touched: series_id, first_day, last_day, value_count."""
    rows = conn.execute(
        select(
            upload_series.c.series_id,
            upload_series.c.first_day,
            upload_series.c.last_day,
            upload_series.c.value_count,
        )
        .where(upload_series.c.upload_id == upload_id)
        .order_by(upload_series.c.series_id)
    ).all()
    return pd.DataFrame(rows, columns=["series_id", "first_day", "last_day", "value_count"])


def active_ranges_of_series(conn: Connection, series_ids: list[int], exclude_upload: int) -> pd.DataFrame:
    """Return ranges other active uploads hold in these series: upload_id, series_id, first_day, last_day."""
    if not series_ids:
        return pd.DataFrame(columns=["upload_id", "series_id", "first_day", "last_day"])
    query = (
        select(
            upload_series.c.upload_id,
            upload_series.c.series_id,
            upload_series.c.first_day,
            upload_series.c.last_day,
        )
        .join(upload, upload.c.id == upload_series.c.upload_id)
        .where(upload.c.status == UPLOAD_ACTIVE, upload_series.c.upload_id != exclude_upload)
    )
    rows = [
        row
        for part in chunked(series_ids)
        for row in conn.execute(query.where(upload_series.c.series_id.in_(part))).all()
    ]
    return pd.DataFrame(rows, columns=["upload_id", "series_id", "first_day", "last_day"])


def find_active_duplicate(conn: Connection, content_hash: str) -> LedgerEntry | None:
    """Return the earliest active upload with these exact bytes, or None."""
    row = conn.execute(
        select(upload.c.id, upload.c.file_name, upload.c.uploaded_at, upload.c.uploaded_by, upload.c.status)
        .where(upload.c.content_hash == content_hash, upload.c.status == UPLOAD_ACTIVE)
        .order_by(upload.c.id)
        .limit(1)
    ).first()
    return LedgerEntry(*row) if row else None


def ledger_entry(conn: Connection, upload_id: int) -> LedgerEntry | None:
    """Return one upload's ledger entry, or None when there is no such upload."""
    row = conn.execute(
        select(
            upload.c.id, upload.c.file_name, upload.c.uploaded_at, upload.c.uploaded_by, upload.c.status
        ).where(upload.c.id == upload_id)
    ).first()
    return LedgerEntry(*row) if row else None


def set_status(conn: Connection, upload_id: int, status: str) -> None:
    """Mark an upload active or undone."""
    conn.execute(update(upload).where(upload.c.id == upload_id).values(status=status))


def ledger_frame(conn: Connection) -> pd.DataFrame:
    """Return the ledger, newest upload first (no file bytes)."""
    rows = conn.execute(
        select(
            upload.c.id,
            upload.c.file_name,
            upload.c.preset,
            upload.c.channel,
            upload.c.audience,
            upload.c.period_start,
            upload.c.period_end,
            upload.c.row_count,
            upload.c.content_hash,
            upload.c.uploaded_at,
            upload.c.uploaded_by,
            upload.c.source,
            upload.c.status,
            upload.c.channels,
            upload.c.value_count,
            upload.c.metrics,
            upload.c.preset_label,
            upload.c.notes,
            upload.c.batch,
        ).order_by(upload.c.id.desc())
    ).all()
    frame = pd.DataFrame(rows, columns=LEDGER_COLUMNS)
    frame["uploaded_at"] = pd.to_datetime(frame["uploaded_at"]).dt.tz_localize("UTC")
    return frame


def events_frame(conn: Connection, upload_id: int | None = None) -> pd.DataFrame:
    """Return the ledger's events (ingested, undone, restored), oldest first."""
    query = select(
        upload_event.c.upload_id, upload_event.c.event, upload_event.c.at, upload_event.c.by
    ).order_by(upload_event.c.id)
    if upload_id is not None:
        query = query.where(upload_event.c.upload_id == upload_id)
    frame = pd.DataFrame(conn.execute(query).all(), columns=EVENT_COLUMNS)
    frame["at"] = pd.to_datetime(frame["at"]).dt.tz_localize("UTC")
    return frame


def stored_content(conn: Connection, upload_id: int) -> bytes | None:
    """Return an upload's original bytes, or None when there is no such upload."""
    row = conn.execute(
        select(upload_content.c.content).where(upload_content.c.upload_id == upload_id)
    ).first()
    return bytes(row[0]) if row else None
