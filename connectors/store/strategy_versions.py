"""Every saved version of the strategy file, so an edit can be looked back on and the last good one kept."""

from __future__ import annotations

import hashlib

import pandas as pd
from sqlalchemy import Connection, select

from connectors.store.ledger import utc_now
from connectors.store.schema import strategy_version
from metrics.errors import Message, StoreError

VERSION_COLUMNS = ["id", "saved_at", "author", "note", "content_hash"]


def latest_strategy(conn: Connection) -> tuple[int, str, str] | None:
    """Return (id, yaml_text, content_hash) of the newest saved strategy, or None."""
    row = conn.execute(
        select(strategy_version.c.id, strategy_version.c.yaml_text, strategy_version.c.content_hash)
        .order_by(strategy_version.c.id.desc())
        .limit(1)
    ).first()
    return (int(row[0]), row[1], row[2]) if row else None


def add_strategy_version(
    conn: Connection, yaml_text: str, author: str | None, note: str | None
) -> int | None:
    """Store a new version and return its id; None when the text equals the latest version (nothing saved)."""
    digest = hashlib.sha256(yaml_text.encode("utf-8")).hexdigest()
    latest = latest_strategy(conn)
    if latest is not None and latest[2] == digest:
        return None
    result = conn.execute(
        strategy_version.insert().values(
            yaml_text=yaml_text, content_hash=digest, saved_at=utc_now(), author=author, note=note
        )
    )
    return int(result.inserted_primary_key[0])


def strategy_version_frame(conn: Connection) -> pd.DataFrame:
    """Return saved strategy versions, newest first: id, saved_at (UTC), author, note, content_hash."""
    rows = conn.execute(
        select(
            strategy_version.c.id,
            strategy_version.c.saved_at,
            strategy_version.c.author,
            strategy_version.c.note,
            strategy_version.c.content_hash,
        ).order_by(strategy_version.c.id.desc())
    ).all()
    frame = pd.DataFrame(rows, columns=VERSION_COLUMNS)
    frame["saved_at"] = pd.to_datetime(frame["saved_at"]).dt.tz_localize("UTC")
    return frame


def stored_strategy_text(conn: Connection, version_id: int | None) -> str | None:
    """Return one version's YAML text (the newest when version_id is None; None when none was saved)."""
    if version_id is None:
        latest = latest_strategy(conn)
        return latest[1] if latest else None
    row = conn.execute(
        select(strategy_version.c.yaml_text).where(strategy_version.c.id == version_id)
    ).first()
    if row is None:
        raise StoreError(
            Message(
                "store.no_strategy_version",
                "There is no saved strategy version {version}. See the list of versions for the numbers.",
                version=int(version_id),
            )
        )
    return row[0]
