"""Moving a whole store to another database (SQLite to PostgreSQL and back): every table, counts checked.

`cli.py store copy FROM TO`. The target is brought to this Goalpost's schema first and must be empty; the
rows go across in one transaction on the target, so a failure or a count that differs leaves it empty.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from sqlalchemy import Connection, MetaData, Table, delete, func, select

from connectors.store.bulk_insert import advance_sequences
from connectors.store.engine import WRITE_OPTION, store_errors
from connectors.store.migrations import VERSION_TABLE
from connectors.store.store import Store
from metrics.access import Actor, Role, require
from metrics.errors import Message, StoreError

ROWS_PER_BATCH = 5000
"""Rows read and written at a time: bounds memory for stores with millions of values or large file bytes."""
STATE_TABLE = "store_state"
"""The one-row table with the change counter: the target's row is replaced by the source's."""


@dataclass(frozen=True)
class StoreCopy:
    """What a whole-store copy moved: rows per table (checked equal on both sides)."""

    source: str
    target: str
    rows: dict[str, int]

    @property
    def message(self) -> str:
        """Return a one-paragraph summary for the command line."""
        total = sum(self.rows.values())
        return (
            f"Copied {total} rows in {len(self.rows)} tables from {self.source} to {self.target}; "
            "the counts match on both sides."
        )


def copy_store(
    source_location: str | os.PathLike, target_location: str | os.PathLike, *, actor: Actor
) -> StoreCopy:
    """Return what copying every table of one store into another, empty store did (admin role)."""
    require(actor, Role.ADMIN, "copy_store")
    with Store.open(source_location) as source, Store.open(target_location) as target:
        if source.engine.url.render_as_string() == target.engine.url.render_as_string():
            raise StoreError(
                Message(
                    "store.copy_same_store",
                    "The store “{store}” cannot be copied onto itself. Give another store to copy to.",
                    store=source.location,
                )
            )
        reading = source.engine
        if reading.dialect.name == "postgresql":
            # One snapshot for every table, so a copy taken while others write is consistent.
            reading = reading.execution_options(isolation_level="REPEATABLE READ")
        writer = target.engine.execution_options(**{WRITE_OPTION: True})
        with (
            store_errors(f"“{source.location}”"),
            reading.connect() as reader,
            store_errors(f"“{target.location}”"),
            writer.begin() as conn,
        ):
            return StoreCopy(source.location, target.location, _copy_tables(reader, conn, target.location))


def _copy_tables(reader: Connection, conn: Connection, target_label: str) -> dict[str, int]:
    """Return rows copied per table, after checking the target is empty and the counts match."""
    found, made = MetaData(), MetaData()
    found.reflect(reader)
    made.reflect(conn)
    tables = [table for table in found.sorted_tables if table.name != VERSION_TABLE]
    filled = sorted(
        name
        for name, table in made.tables.items()
        if name not in (VERSION_TABLE, STATE_TABLE) and _count(conn, table)
    )
    if filled:
        raise StoreError(
            Message(
                "store.copy_target_not_empty",
                "The store “{store}” already holds data (in {tables}), so nothing was copied into it. "
                "Copy into a new, empty database or file.",
                store=target_label,
                tables=", ".join(filled),
            )
        )
    for table in tables:
        into = made.tables.get(table.name)
        if into is None:  # same Goalpost, same revisions: only a table Goalpost does not know is missing
            into = table.to_metadata(made)
            into.create(conn)
        if table.name == STATE_TABLE:
            conn.execute(delete(into))
        columns = [column.name for column in table.columns if column.name in into.columns]
        result = reader.execution_options(yield_per=ROWS_PER_BATCH).execute(
            select(*(table.c[name] for name in columns))
        )
        for batch in result.partitions():
            conn.execute(into.insert(), [dict(row._mapping) for row in batch])
    advance_sequences(conn, [made.tables[table.name] for table in tables])
    counts = {table.name: _count(reader, table) for table in tables}
    copied = {table.name: _count(conn, made.tables[table.name]) for table in tables}
    differing = [
        f"{name}: {counts[name]} → {copied[name]}" for name in counts if counts[name] != copied[name]
    ]
    if differing:
        raise StoreError(
            Message(
                "store.copy_mismatch",
                "The copy into “{store}” did not hold the same number of rows as the original ({tables}), so "
                "it was undone and nothing was kept. Make sure nothing else writes to the target, then try again.",
                store=target_label,
                tables="; ".join(differing),
            )
        )
    return counts


def _count(conn: Connection, table: Table) -> int:
    return int(conn.execute(select(func.count()).select_from(table)).scalar_one())
