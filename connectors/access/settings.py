"""Deployment settings kept in the store beside the data: the key meeting links are signed with."""

from __future__ import annotations

import secrets

from sqlalchemy import select

from connectors.store.ledger import utc_now
from connectors.store.schema import setting

LINK_KEY = "meeting_link_key"


def stored_setting(store, name: str) -> str | None:
    """Return a setting's text, or None when it was never saved."""
    with store.reading() as conn:
        row = conn.execute(select(setting.c.value).where(setting.c.name == name)).first()
    return row[0] if row else None


def put_setting(conn, name: str, value: str, saved_by: str | None) -> None:
    """Save a setting inside the caller's write transaction, replacing an earlier value."""
    conn.execute(setting.delete().where(setting.c.name == name))
    conn.execute(setting.insert().values(name=name, value=value, saved_at=utc_now(), saved_by=saved_by))


def link_key(store) -> str:
    """Return the key meeting links are signed with, made once per store (never shown to anyone)."""
    found = stored_setting(store, LINK_KEY)
    if found:
        return found
    with store.writing() as conn:
        # Read again under the write lock: another process may have made the key meanwhile.
        row = conn.execute(select(setting.c.value).where(setting.c.name == LINK_KEY)).first()
        if row:
            return row[0]
        key = secrets.token_urlsafe(32)
        put_setting(conn, LINK_KEY, key, None)
    return key
