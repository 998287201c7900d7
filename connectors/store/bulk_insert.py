"""Fast bulk inserts: multi-row statements through the driver on SQLite, COPY on PostgreSQL, batched
SQLAlchemy inserts elsewhere."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from sqlalchemy import Connection, Integer, Table, text

CHUNK_ROWS = 100_000
"""Rows turned into Python objects at a time: bounds memory for million-row uploads."""
ROWS_PER_STATEMENT = 50
"""Rows per SQLite INSERT: halves the per-row cost of executemany, far below SQLite's variable limit."""


def bulk_insert(conn: Connection, table: Table, columns: Sequence, rows: int) -> None:
    """Insert rows given column by column in the table's column order (arrays, lists, or one value for all)."""
    width = len(columns)
    if width != len(table.columns):
        raise ValueError(f"{table.name} has {len(table.columns)} columns, {width} given")
    for start in range(0, rows, CHUNK_ROWS):
        stop = min(rows, start + CHUNK_ROWS)
        values = [_chunk(column, start, stop) for column in columns]
        if conn.dialect.name == "sqlite":
            _insert_sqlite(conn, table, values, stop - start)
        elif conn.dialect.driver == "psycopg":
            _copy_postgresql(conn, table, values)
        else:
            names = [column.name for column in table.columns]
            conn.execute(
                table.insert(), [dict(zip(names, row, strict=True)) for row in zip(*values, strict=True)]
            )


def _chunk(column, start: int, stop: int) -> list:
    if isinstance(column, np.ndarray):
        return column[start:stop].tolist()
    if isinstance(column, list | tuple):
        return list(column[start:stop])
    return [column] * (stop - start)


def _insert_sqlite(conn: Connection, table: Table, values: list[list], count: int) -> None:
    width = len(values)
    flat: list = [None] * (width * count)
    for position, column in enumerate(values):
        flat[position::width] = column
    single = str(table.insert().compile(dialect=conn.dialect))
    head, group = single.rsplit("VALUES", 1)
    group = group.strip()
    driver = conn.connection.driver_connection
    step = ROWS_PER_STATEMENT * width
    whole = count // ROWS_PER_STATEMENT
    # The driver's executemany runs in the same transaction as the SQLAlchemy connection it belongs to.
    if whole:
        statement = f"{head}VALUES {', '.join([group] * ROWS_PER_STATEMENT)}"
        driver.executemany(statement, (flat[k * step : (k + 1) * step] for k in range(whole)))
    rest = count - whole * ROWS_PER_STATEMENT
    if rest:
        driver.execute(f"{head}VALUES {', '.join([group] * rest)}", flat[whole * step :])


def _copy_postgresql(conn: Connection, table: Table, values: list[list]) -> None:
    # COPY streams rows in one command: several times faster than INSERTs, however they are batched.
    names = ", ".join(f'"{column.name}"' for column in table.columns)
    driver = conn.connection.driver_connection
    # The driver's cursor runs in the same transaction as the SQLAlchemy connection it belongs to.
    with driver.cursor() as cursor, cursor.copy(f'COPY "{table.name}" ({names}) FROM STDIN') as copy:
        for row in zip(*values, strict=True):
            copy.write_row(row)


def advance_sequences(conn: Connection, tables: Sequence[Table]) -> None:
    """After rows were inserted with their own ids: PostgreSQL's id sequences go on after the highest id.

    SQLite needs nothing (a new rowid is one more than the largest); PostgreSQL's serial columns would
    otherwise hand out 1 again and the next upload would collide with a copied one.
    """
    if conn.dialect.name != "postgresql":
        return
    for table in tables:
        keys = list(table.primary_key.columns)
        if len(keys) != 1 or not isinstance(keys[0].type, Integer):
            continue
        conn.execute(
            text(
                "SELECT setval(pg_get_serial_sequence(:table, :column), "
                f'COALESCE((SELECT MAX("{keys[0].name}") FROM "{table.name}"), 0) + 1, false)'
            ),
            {"table": f'"{table.name}"', "column": keys[0].name},
        )
