"""When each Google Sheet was last asked for: one shared row per sheet so that every session agrees.

The rows live in the store's own database, next to the data they keep fresh, so several dashboard
sessions, threads and processes (a dashboard and a scheduled `cli.py sync`) see the same state. A
sync claims its turn with one conditional UPDATE: of all the sessions that find a sheet due, exactly
one changes the row, and only that one calls Google.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    insert,
    inspect,
    or_,
    select,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, Engine

from connectors.store.engine import WRITE_OPTION, store_errors, store_label
from metrics.errors import Message

DEFAULT_TTL_SECONDS = 600
"""Automatic sync asks Google at most once per this many seconds per sheet (10 minutes)."""
"""A programmer's mistake (a store without a database engine), never shown to a user."""
_STORED_MESSAGE = "goalpost_message"
"""The one key of the JSON object a translatable last_error is kept as (its text, catalogue key and values)."""

_schema = MetaData()
SHEET_SYNC_TABLE = Table(
    "sheet_sync_schedule",
    _schema,
    Column("sync_key", String(100), primary_key=True),
    Column("spreadsheet_id", String(200), nullable=False),
    Column("last_attempt_at", Float, nullable=True),
    Column("last_success_at", Float, nullable=True),
    Column("last_error", Text, nullable=True),
    Column("last_error_transient", Boolean, nullable=False, default=False),
    Column("last_upload_id", Integer, nullable=True),
)


@dataclass(frozen=True)
class SheetSyncState:
    """What the shared schedule knows about one sheet: last attempt, last success, last problem."""

    sync_key: str
    spreadsheet_id: str
    last_attempt_at: datetime | None
    last_success_at: datetime | None
    last_error: str | None
    last_error_transient: bool
    last_upload_id: int | None

    @property
    def stale_since(self) -> datetime | None:
        """Return when the stored data was last refreshed, if the latest attempt since then failed."""
        if self.last_error is None:
            return None
        return self.last_success_at


def sync_key(spreadsheet_id: str, selection: str) -> str:
    """Return the schedule key of one spreadsheet read with one choice of tabs and layout."""
    digest = hashlib.sha256(f"{spreadsheet_id}\n{selection}".encode()).hexdigest()[:24]
    return f"{spreadsheet_id[:60]}:{digest}"


class SheetSyncSchedule:
    """The shared "when did we last ask Google" table on a store's database engine."""

    def __init__(self, engine: Engine, *, clock: Callable[[], float] = time.time):
        self.engine = engine
        self._clock = clock
        self._label = store_label(engine.url)
        _ensure_table(engine)

    @classmethod
    def for_store(cls, store: Any, *, clock: Callable[[], float] = time.time) -> SheetSyncSchedule:
        """Return the schedule kept in the given store's database."""
        engine = getattr(store, "engine", None)
        if not isinstance(engine, Engine):
            raise TypeError("the store must expose its SQLAlchemy engine as `store.engine`")
        return cls(engine, clock=clock)

    def now(self) -> float:
        """Return the schedule's current time in epoch seconds."""
        return self._clock()

    def claim(self, key: str, spreadsheet_id: str, *, ttl_seconds: float) -> bool:
        """Return True for exactly one caller per interval: the one that may now ask Google."""
        now = self._clock()
        last = SHEET_SYNC_TABLE.c.last_attempt_at
        due = or_(last.is_(None), last <= now - ttl_seconds, last > now + ttl_seconds)
        # Most page runs find the sheet not due: a plain read then, so viewers never queue for the write lock.
        with store_errors(self._label), self.engine.connect() as connection:
            row = connection.execute(select(last).where(SHEET_SYNC_TABLE.c.sync_key == key)).first()
        if (
            row is not None
            and row.last_attempt_at is not None
            and not _is_due(row.last_attempt_at, now, ttl_seconds)
        ):
            return False
        with self._writing() as connection:
            _insert_missing_row(connection, key, spreadsheet_id)
            changed = connection.execute(
                update(SHEET_SYNC_TABLE)
                .where(SHEET_SYNC_TABLE.c.sync_key == key, due)
                .values(last_attempt_at=now)
            ).rowcount
        return changed == 1

    def record_attempt(self, key: str, spreadsheet_id: str) -> None:
        """Note that Google is being asked now (a sync started by hand), so automatic sync waits its turn."""
        with self._writing() as connection:
            _insert_missing_row(connection, key, spreadsheet_id)
            connection.execute(
                update(SHEET_SYNC_TABLE)
                .where(SHEET_SYNC_TABLE.c.sync_key == key)
                .values(last_attempt_at=self._clock())
            )

    def record_success(self, key: str, *, upload_id: int | None) -> None:
        """Note a complete sync: the data is fresh as of now and the last problem is gone."""
        values: dict[str, Any] = {
            "last_success_at": self._clock(),
            "last_error": None,
            "last_error_transient": False,
        }
        if upload_id is not None:
            values["last_upload_id"] = upload_id
        with self._writing() as connection:
            connection.execute(
                update(SHEET_SYNC_TABLE).where(SHEET_SYNC_TABLE.c.sync_key == key).values(**values)
            )

    def record_failure(self, key: str, message: str, *, transient: bool) -> None:
        """Note a failed sync with its plain-words message (never anything secret) for other sessions."""
        with self._writing() as connection:
            connection.execute(
                update(SHEET_SYNC_TABLE)
                .where(SHEET_SYNC_TABLE.c.sync_key == key)
                .values(last_error=_stored_text(message), last_error_transient=transient)
            )

    def state(self, key: str) -> SheetSyncState | None:
        """Return what is known about this sheet's syncs, or None if it was never synced."""
        with store_errors(self._label), self.engine.connect() as connection:
            row = connection.execute(
                select(SHEET_SYNC_TABLE).where(SHEET_SYNC_TABLE.c.sync_key == key)
            ).first()
        if row is None:
            return None
        return SheetSyncState(
            sync_key=row.sync_key,
            spreadsheet_id=row.spreadsheet_id,
            last_attempt_at=_as_datetime(row.last_attempt_at),
            last_success_at=_as_datetime(row.last_success_at),
            last_error=_read_text(row.last_error),
            last_error_transient=bool(row.last_error_transient),
            last_upload_id=row.last_upload_id,
        )

    @contextmanager
    def _writing(self) -> Iterator[Connection]:
        """Run statements in one write transaction (SQLite: write lock up front, so writers queue)."""
        writer = self.engine.execution_options(**{WRITE_OPTION: True})
        with store_errors(self._label), writer.begin() as connection:
            yield connection


def _insert_missing_row(connection: Connection, key: str, spreadsheet_id: str) -> None:
    """Add the sheet's row unless it is there; atomic, so two first syncs at once do not collide."""
    values = {"sync_key": key, "spreadsheet_id": spreadsheet_id}
    dialect = connection.dialect.name
    if dialect in ("sqlite", "postgresql"):
        module = sqlite if dialect == "sqlite" else postgresql
        statement = module.insert(SHEET_SYNC_TABLE).values(**values).on_conflict_do_nothing()
        connection.execute(statement)
        return
    exists = connection.execute(
        select(SHEET_SYNC_TABLE.c.sync_key).where(SHEET_SYNC_TABLE.c.sync_key == key)
    ).first()
    if exists is None:
        connection.execute(insert(SHEET_SYNC_TABLE).values(**values))


def _ensure_table(engine: Engine) -> None:
    label = store_label(engine.url)
    with store_errors(label), engine.connect() as connection:
        if inspect(connection).has_table(SHEET_SYNC_TABLE.name):
            return
    writer = engine.execution_options(**{WRITE_OPTION: True})
    with store_errors(label), writer.begin() as connection:
        SHEET_SYNC_TABLE.create(connection, checkfirst=True)


def _is_due(last_attempt_at: float, now: float, ttl_seconds: float) -> bool:
    # A clock set back by more than an interval would otherwise freeze syncing until it caught up.
    return last_attempt_at <= now - ttl_seconds or last_attempt_at > now + ttl_seconds


def _stored_text(message: str) -> str:
    """Return the text to keep in last_error: a Message as JSON (so other sessions can translate it), else as is."""
    if not isinstance(message, Message):
        return str(message)
    return json.dumps({_STORED_MESSAGE: _message_fields(message)}, ensure_ascii=False)


def _message_fields(message: Message) -> dict[str, Any]:
    params = {
        name: _message_fields(value) if isinstance(value, Message) else value
        for name, value in message.params.items()
    }
    return {"text": str(message), "key": message.key, "params": params}


def _read_text(stored: str | None) -> str | None:
    """Return last_error as written: a Message again when it was kept as one, else the plain text."""
    if stored is None or not stored.startswith(f'{{"{_STORED_MESSAGE}"'):
        return stored
    try:
        return _message_from(json.loads(stored)[_STORED_MESSAGE])
    except (ValueError, KeyError, TypeError, AttributeError):
        return stored


def _message_from(fields: dict[str, Any]) -> Message:
    params = {
        name: _message_from(value) if isinstance(value, dict) else value
        for name, value in fields["params"].items()
    }
    # The English text was filled in when the message was made; keep it, with its key and values, as made.
    message = str.__new__(Message, str(fields["text"]))
    message.key = str(fields["key"])
    message.params = params
    return message


def _as_datetime(epoch_seconds: float | None) -> datetime | None:
    return None if epoch_seconds is None else datetime.fromtimestamp(epoch_seconds, UTC)
