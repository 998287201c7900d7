"""Bringing a store up to this Goalpost's schema with Alembic, in one transaction, data kept.

The revisions live in connectors/store/alembic/versions/ (how to add one: the README there). A store made
before Alembic (no alembic_version table) runs them from the first, which keeps its tables and data.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Connection, inspect

SCRIPTS = Path(__file__).resolve().parent / "alembic"
VERSION_TABLE = "alembic_version"
FIRST_REVISION = "0001"
"""The baseline: hand-numbered schema 4, which a store made before Alembic holds."""
LEGACY_SCHEMA_VERSION = 4
"""The last hand-numbered schema (store_state.schema_version); a higher one was written by a newer Goalpost."""


def _config(conn: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(SCRIPTS))
    config.attributes["connection"] = conn
    return config


@cache
def _scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(_config())


def head_revision() -> str:
    """Return the newest revision id this Goalpost knows (the schema it writes)."""
    return _scripts().get_current_head()


def stored_revision(conn: Connection) -> str | None:
    """Return the store's Alembic revision id, or None for an empty store or one made before Alembic."""
    if not inspect(conn).has_table(VERSION_TABLE):
        return None
    return MigrationContext.configure(conn).get_current_revision()


def is_known_revision(revision: str) -> bool:
    """Return True when this Goalpost has the revision (False: the store was written by a newer one)."""
    try:
        return _scripts().get_revision(revision) is not None
    except CommandError:
        return False


def upgrade(conn: Connection) -> None:
    """Run every revision the store lacks, inside the caller's transaction."""
    if conn.dialect.name == "postgresql":
        # Two servers opening a new store at once: the second waits here, then finds it up to date.
        conn.exec_driver_sql("SELECT pg_advisory_xact_lock(7160)")
        if stored_revision(conn) == head_revision():
            return
    command.upgrade(_config(conn), "head")
