"""Copying a whole store file into an empty store in one transaction: how the demo is laid out in a blink."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection, create_engine, func, select

from connectors.store.bulk_insert import advance_sequences
from connectors.store.ledger import utc_now
from connectors.store.migrations import FIRST_REVISION, head_revision, stored_revision
from connectors.store.schema import (
    month_value,
    observation,
    series,
    store_state,
    strategy_version,
    upload,
    upload_content,
    upload_event,
    upload_series,
)

COPIED_TABLES = (
    series,
    strategy_version,
    upload,
    upload_content,
    upload_event,
    upload_series,
    observation,
    month_value,
)
"""The data tables, parents before the tables that refer to them; accounts and settings are never copied."""
ROWS_PER_INSERT = 5000
STAMPED = {upload: "uploaded_at", upload_event: "at", strategy_version: "saved_at"}
"""Times that say when something entered the store: set to the moment of the copy."""


def copy_store_file(conn: Connection, path: str, schema_version: int) -> bool:
    """Return True when the store file's data tables were copied into the caller's empty store (its transaction).

    False, and nothing copied, when the target already holds an upload or a strategy, or the file is missing
    or of another schema version or Alembic revision (a file from before Alembic counts as the first).
    """
    if not Path(path).is_file():
        return False
    held = (
        conn.execute(select(func.count()).select_from(upload)).scalar_one()
        + conn.execute(select(func.count()).select_from(strategy_version)).scalar_one()
    )
    if held:
        return False
    source = create_engine(f"sqlite:///file:{Path(path).as_posix()}?mode=ro&uri=true")
    try:
        with source.connect() as reader:
            version = reader.execute(select(store_state.c.schema_version)).scalar_one_or_none()
            if version != schema_version:
                return False
            # Tables of another revision may differ in shape: such a file is ingested from its exports instead.
            if (stored_revision(reader) or FIRST_REVISION) != head_revision():
                return False
            now = utc_now()
            for table in COPIED_TABLES:
                copy_table(reader, conn, table, now)
            advance_sequences(conn, COPIED_TABLES)
    finally:
        source.dispose()
    return True


def copy_table(reader: Connection, conn: Connection, table, now) -> None:
    """Copy every row of one table from the reader's store into the caller's, stamping entry times with now."""
    rows = [dict(row._mapping) for row in reader.execute(select(table))]
    stamp = STAMPED.get(table)
    for row in rows if stamp else ():
        row[stamp] = now
    for start in range(0, len(rows), ROWS_PER_INSERT):
        conn.execute(table.insert(), rows[start : start + ROWS_PER_INSERT])
