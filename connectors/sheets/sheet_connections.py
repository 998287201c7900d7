"""The deployment's connected Google Sheets: kept in the store so automatic sync runs for everyone watching.

A connection is one sheet link read with one choice of tabs, layout, channel and audience. It lives in a
small table of its own on the store's database (not in a browser session), so any open dashboard can keep
it synced; the shared schedule in sheet_schedule.py still lets only one of them ask Google per interval.
Writing a connection is not a change of data: the store's version (which tells viewers "data changed")
stays as it is.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    Column,
    Float,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    delete,
    insert,
    inspect,
    select,
    update,
)
from sqlalchemy.engine import Connection, Engine

from connectors.sheets.credentials import CredentialsInfo
from connectors.sheets.sheet_link import parse_sheet_link
from connectors.sheets.sheet_policy import check_spreadsheet_allowed
from connectors.sheets.sheet_schedule import DEFAULT_TTL_SECONDS
from connectors.sheets.sheet_sync import AUTOMATIC_SYNC, SyncResult, auto_sync_sheet
from connectors.store.engine import WRITE_OPTION, store_errors, store_label
from connectors.store.workspaces import acting_here
from metrics.access import Actor, Role, require
from metrics.errors import GoalpostError

FAILED = "failed"
"""SyncResult.status of a connection whose sync raised; its message says why in plain words."""

_schema = MetaData()
SHEET_CONNECTIONS_TABLE = Table(
    "sheet_connections",
    _schema,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("connection_key", String(64), nullable=False, unique=True),
    Column("sheet_url", Text, nullable=False),
    Column("tabs", Text, nullable=False),
    Column("layout", String(20), nullable=True),
    Column("goals_tabs", Text, nullable=False),
    Column("channel", String(100), nullable=True),
    Column("audience", String(100), nullable=True),
    Column("title", Text, nullable=True),
    Column("connected_at", Float, nullable=False),
    Column("connected_by", String(200), nullable=True),
)


@dataclass(frozen=True)
class SheetConnection:
    """One connected sheet: its link, the tabs and how to read them, and who connected it when."""

    id: int
    sheet_url: str
    tabs: tuple[int | str, ...]
    layout: str | None
    goals_tabs: tuple[int | str, ...]
    channel: str | None
    audience: str | None
    title: str | None
    """How the page names the sheet (its title, or its short id and tab); None when not given."""
    connected_at: datetime
    connected_by: str | None

    def sync_options(self) -> dict[str, Any]:
        """Return the keyword arguments auto_sync_sheet and sheet_sync_state take for this connection."""
        return {
            "layout": self.layout,
            "goals_tabs": list(self.goals_tabs),
            "channel": self.channel,
            "audience": self.audience,
        }


def connect_sheet(
    store: Any,
    sheet_url: str,
    tabs: Sequence[int | str] = (),
    *,
    layout: str | None = None,
    goals_tabs: Sequence[int | str] = (),
    channel: str | None = None,
    audience: str | None = None,
    actor: Actor,
    title: str | None = None,
    clock: Callable[[], float] = time.time,
) -> int:
    """Return the id of the connection for this link and tabs, added or (if there) updated (editor role)."""
    require(actor, Role.EDITOR, "sheets")
    acting_here(store, actor)
    url = sheet_url.strip()
    check_spreadsheet_allowed(store, parse_sheet_link(url).spreadsheet_id)
    engine = _engine(store)
    _ensure_table(engine)
    tab_list = list(tabs)
    key = _connection_key(url, tab_list)
    values = {
        "sheet_url": url,
        "tabs": json.dumps(tab_list),
        "layout": layout,
        "goals_tabs": json.dumps(list(goals_tabs)),
        "channel": channel,
        "audience": audience,
        "title": title,
        "connected_at": clock(),
        "connected_by": actor.identity,
    }
    table = SHEET_CONNECTIONS_TABLE
    with _writing(engine) as connection:
        found = connection.execute(select(table.c.id).where(table.c.connection_key == key)).first()
        if found is not None:
            connection.execute(update(table).where(table.c.id == found.id).values(**values))
            return int(found.id)
        inserted = connection.execute(insert(table).values(connection_key=key, **values))
        return int(inserted.inserted_primary_key[0])


def connected_sheets(store: Any) -> list[SheetConnection]:
    """Return the deployment's connected sheets, oldest first (empty when none was ever connected)."""
    engine = _engine(store)
    table = SHEET_CONNECTIONS_TABLE
    with store_errors(store_label(engine.url)), engine.connect() as connection:
        if not inspect(connection).has_table(table.name):
            return []
        rows = connection.execute(select(table).order_by(table.c.id)).all()
    return [_connection(row) for row in rows]


def disconnect_sheet(store: Any, connection_id: int, *, actor: Actor) -> bool:
    """Return True if the connection was removed (editor role; its stored data and ledger entries stay)."""
    require(actor, Role.EDITOR, "sheets")
    acting_here(store, actor)
    engine = _engine(store)
    _ensure_table(engine)
    table = SHEET_CONNECTIONS_TABLE
    with _writing(engine) as connection:
        removed = connection.execute(delete(table).where(table.c.id == int(connection_id))).rowcount
    return removed == 1


def sync_connected_sheets(
    store: Any,
    *,
    credentials: CredentialsInfo | None,
    ttl_seconds: float = DEFAULT_TTL_SECONDS,
    connections: Sequence[SheetConnection] | None = None,
    clock: Callable[[], float] | None = None,
) -> list[SyncResult]:
    """Return one result per connected sheet (same order), asking Google only for sheets due in the schedule.

    A sheet whose sync raises gets a result with status "failed" and the plain-words reason as its message,
    so one broken sheet does not keep the others from syncing.
    """
    chosen = connected_sheets(store) if connections is None else list(connections)
    results = []
    for connection in chosen:
        try:
            result = auto_sync_sheet(
                store,
                connection.sheet_url,
                list(connection.tabs),
                ttl_seconds=ttl_seconds,
                credentials=credentials,
                clock=clock,
                # An editor connected it (connect_sheet checked); the schedule re-reads it for everyone.
                actor=AUTOMATIC_SYNC,
                **connection.sync_options(),
            )
        except GoalpostError as problem:
            result = SyncResult(status=FAILED, spreadsheet_id=_sheet_id(connection), message=problem.message)
        results.append(result)
    return results


def _connection(row: Any) -> SheetConnection:
    return SheetConnection(
        id=int(row.id),
        sheet_url=row.sheet_url,
        tabs=tuple(json.loads(row.tabs or "[]")),
        layout=row.layout,
        goals_tabs=tuple(json.loads(row.goals_tabs or "[]")),
        channel=row.channel,
        audience=row.audience,
        title=row.title,
        connected_at=datetime.fromtimestamp(row.connected_at, UTC),
        connected_by=row.connected_by,
    )


def _sheet_id(connection: SheetConnection) -> str:
    try:
        return parse_sheet_link(connection.sheet_url).spreadsheet_id
    except GoalpostError:
        return ""


def _connection_key(url: str, tabs: list[int | str]) -> str:
    # A unique text column of bounded length works in every database; a long URL does not.
    return hashlib.sha256(json.dumps([url, tabs]).encode()).hexdigest()


def _engine(store: Any) -> Engine:
    engine = getattr(store, "engine", None)
    if not isinstance(engine, Engine):
        raise TypeError("the store must expose its SQLAlchemy engine as `store.engine`")
    return engine


@contextmanager
def _writing(engine: Engine) -> Iterator[Connection]:
    """Run statements in one write transaction (SQLite: write lock up front, so writers queue)."""
    writer = engine.execution_options(**{WRITE_OPTION: True})
    with store_errors(store_label(engine.url)), writer.begin() as connection:
        yield connection


def _ensure_table(engine: Engine) -> None:
    label = store_label(engine.url)
    with store_errors(label), engine.connect() as connection:
        if inspect(connection).has_table(SHEET_CONNECTIONS_TABLE.name):
            return
    with _writing(engine) as connection:
        SHEET_CONNECTIONS_TABLE.create(connection, checkfirst=True)
