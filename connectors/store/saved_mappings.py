"""Column mappings saved by name, so next month's file of the same shape is read without asking again."""

from __future__ import annotations

import json

from sqlalchemy import Connection, delete, select

from connectors.store.ledger import utc_now
from connectors.store.schema import column_mapping
from metrics.errors import Message, StoreError


def put_mapping(conn: Connection, name: str, mapping: dict, saved_by: str | None = None) -> None:
    """Save (or replace) a named column mapping given as JSON-ready plain data."""
    if not name or not name.strip():
        raise StoreError(
            Message(
                "ingest.mapping_needs_name",
                "A saved column mapping needs a name. Give it one and save again.",
            )
        )
    try:
        text = json.dumps(mapping, ensure_ascii=False, sort_keys=True)
    except (TypeError, ValueError) as err:
        raise StoreError(
            Message(
                "ingest.mapping_unsaveable",
                "The column mapping “{name}” cannot be saved: it holds {problem}.",
                name=name,
                problem=str(err),
            )
        ) from err
    conn.execute(delete(column_mapping).where(column_mapping.c.name == name.strip()))
    conn.execute(
        column_mapping.insert().values(
            name=name.strip(), mapping_json=text, saved_at=utc_now(), saved_by=saved_by
        )
    )


def all_mappings(conn: Connection) -> dict[str, dict]:
    """Return every saved mapping by name."""
    rows = conn.execute(
        select(column_mapping.c.name, column_mapping.c.mapping_json).order_by(column_mapping.c.name)
    )
    return {name: json.loads(text) for name, text in rows}
