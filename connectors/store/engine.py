"""Where the store lives and how it is reached: URL resolution, SQLite settings, plain-words errors."""

from __future__ import annotations

import os
import re
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from sqlalchemy import URL, Connection, Engine, create_engine, event, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, SQLAlchemyError

from metrics.errors import GoalpostError, Message, StoreError

DEFAULT_STORE_PATH = Path("data") / "goalpost.sqlite3"
STORE_ENV_VAR = "GOALPOST_STORE"
DEFAULT_BUSY_TIMEOUT_S = 30.0
WRITE_OPTION = "goalpost_write"
"""Execution option marking a connection that will write: SQLite then takes the write lock up front."""

BUSY_MESSAGE = Message(
    "store.busy",
    "The store is busy: someone else is saving data right now. Try again in a minute. Nothing was changed.",
)


UNREACHABLE_SIGNS = (
    "connection refused",
    "could not connect",
    "connection failed",
    "server closed the connection",
    "terminating connection",
    "the connection is lost",
    "the connection is closed",
    "database system is shutting down",
    "database system is starting up",
    "database system is in recovery mode",
    "no route to host",
    "could not translate host name",
)
"""How a database server that is down, restarting or out of reach shows in its driver's errors (lower case)."""


def resolve_store_url(location: str | os.PathLike | URL | None = None) -> URL:
    """Return the SQLAlchemy URL for a location: a URL, a SQLite file path, or None for the default."""
    if isinstance(location, URL):
        return location  # str() of a URL hides its password: it is taken as it is
    if location is None:
        location = os.environ.get(STORE_ENV_VAR) or DEFAULT_STORE_PATH
    text = os.fspath(location) if isinstance(location, os.PathLike) else str(location)
    if not text.strip():
        raise StoreError(
            Message(
                "store.location_empty", "The store location is empty. Give a file path or a database URL."
            )
        )
    if "://" in text:
        try:
            return make_url(text)
        except (ArgumentError, ValueError):
            raise StoreError(
                Message(
                    "store.location_unreadable",
                    "The store location looks like a database URL but cannot be read. "
                    "Write it like sqlite:///data/goalpost.sqlite3 or postgresql+psycopg://user@host/goalpost.",
                )
            ) from None
    return URL.create("sqlite", database=str(Path(text).expanduser()))


def store_label(url: URL) -> str:
    """Return how messages name the store: the file path, or the URL without its password."""
    if url.get_backend_name() == "sqlite":
        return f"“{url.database or 'in memory'}”"
    return f"“{_without_credentials(url.render_as_string(hide_password=True))}”"


def is_sqlite_file(url: URL) -> bool:
    """Return True when the URL names a SQLite database file (not an in-memory one)."""
    return url.get_backend_name() == "sqlite" and bool(url.database) and url.database != ":memory:"


def create_store_engine(url: URL, busy_timeout_s: float = DEFAULT_BUSY_TIMEOUT_S) -> Engine:
    """Return an engine for the store; SQLite files get WAL, a busy timeout, foreign keys and explicit BEGIN."""
    if is_sqlite_file(url) and url.query.get("mode") != "ro":
        folder = Path(url.database).expanduser().parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise StoreError(
                Message(
                    "store.folder_not_created",
                    "The folder {folder} for the store cannot be created ({reason}). "
                    "Choose another place with --store or the GOALPOST_STORE setting.",
                    folder=str(folder),
                    reason=str(err.strerror),
                )
            ) from err
    try:
        if url.get_backend_name() == "sqlite":
            engine = create_engine(readable_sqlite_url(url), connect_args={"timeout": busy_timeout_s})
            _configure_sqlite(engine, busy_timeout_s)
        else:
            engine = create_engine(url, pool_pre_ping=True)
            _configure_server(engine, busy_timeout_s)
    except (NoSuchModuleError, ImportError) as err:
        raise StoreError(
            Message(
                "store.driver_missing",
                "Goalpost cannot reach a {backend} database: its driver is not installed "
                "({reason}). Install the driver or use a SQLite file.",
                backend=url.get_backend_name(),
                reason=_without_credentials(str(err)),
            )
        ) from err
    return engine


def folder_is_read_only(path: Path) -> bool:
    """Return True when nothing can be created in the folder holding `path` (tried, not guessed from modes)."""
    folder = path.expanduser().parent
    if not folder.is_dir():
        return False
    try:
        # Root ignores file modes but not an immutable folder or a read-only mount: try, do not ask os.access.
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError:
        return True
    return False


def readable_sqlite_url(url: URL) -> URL:
    """Return the URL to open a SQLite file with: read-only and immutable when its folder is read-only.

    In WAL mode even a reader creates the -wal and -shm files beside the store; in a read-only folder
    that fails, so the store is opened as an immutable file that no one can be writing to.
    """
    if not is_sqlite_file(url) or url.database.startswith("file:"):
        return url
    path = Path(url.database)
    if not path.is_file() or not folder_is_read_only(path):
        return url
    return url.set(database=f"{path.resolve().as_uri()}?mode=ro&immutable=1", query={"uri": "true"})


def _configure_sqlite(engine: Engine, busy_timeout_s: float) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        # Transactions are begun explicitly below; the driver's own implicit BEGIN would start them late
        # (after the first read), which lets two writers deadlock instead of one waiting.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_s * 1000)}")
            cursor.execute("PRAGMA foreign_keys = ON")
            # A read-only store cannot switch modes; reading still works and writing says why not.
            with suppress(sqlite3.OperationalError):
                cursor.execute("PRAGMA journal_mode = WAL")
            # FULL: a stored upload survives a power cut too, not just a killed process; it costs one fsync
            # per commit, next to nothing beside the writes themselves.
            cursor.execute("PRAGMA synchronous = FULL")
            # After a big upload the WAL is cut back to 64 MB instead of keeping its largest size on disk.
            cursor.execute("PRAGMA journal_size_limit = 67108864")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection):
        # IMMEDIATE takes the write lock at the start, so a second writer waits (busy timeout) right away.
        writes = connection.get_execution_options().get(WRITE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")


def _configure_server(engine: Engine, busy_timeout_s: float) -> None:
    if engine.dialect.name != "postgresql":
        return

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection):
        if connection.get_execution_options().get(WRITE_OPTION, False):
            connection.exec_driver_sql(f"SET LOCAL lock_timeout = '{int(busy_timeout_s * 1000)}ms'")


def plain_store_message(err: BaseException, label: str) -> Message:
    """Return the user's message for a database failure: busy, read-only, full, damaged or other."""
    text = str(getattr(err, "orig", None) or err).lower()
    store = label.strip("“”")
    if getattr(err, "connection_invalidated", False) or any(sign in text for sign in UNREACHABLE_SIGNS):
        return Message(
            "store.unreachable",
            "The database server of the store “{store}” cannot be reached right now. Nothing was changed. "
            "Try again in a minute; if it lasts, ask whoever runs Goalpost whether the database server is running.",
            store=store,
        )
    if "locked" in text or "busy" in text or "lock timeout" in text:
        return BUSY_MESSAGE
    if "readonly" in text or "read-only" in text or "read only" in text or "permission denied" in text:
        return Message(
            "store.read_only",
            "The store “{store}” is read-only, so nothing can be saved. Ask whoever runs Goalpost to make the "
            "file and its folder writable. Nothing was changed.",
            store=store,
        )
    if "disk is full" in text or "no space" in text or "disk full" in text:
        return Message(
            "store.disk_full",
            "The disk holding the store “{store}” is full. Free some space and try again. Nothing was changed.",
            store=store,
        )
    if "unable to open" in text:
        return Message(
            "store.cannot_open",
            "The store “{store}” cannot be opened: the file or its folder may be read-only. Ask whoever runs "
            "Goalpost to let it read and write both. Nothing was changed.",
            store=store,
        )
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return Message(
            "store.damaged",
            "The store “{store}” is damaged or is not a Goalpost store. Restore it from a backup, or point "
            "Goalpost at another store with --store or GOALPOST_STORE.",
            store=store,
        )
    reason = _without_credentials((str(getattr(err, "orig", None) or err).splitlines() or [""])[0][:200])
    return Message(
        "store.failed",
        "The store “{store}” could not be read or written ({reason}). Nothing was changed.",
        store=store,
        reason=reason,
    )


def _without_credentials(text: str) -> str:
    """Return a driver's text with any password in a URL or connection string replaced by ***."""
    text = re.sub(r"(\w[\w+.-]*://[^:/@\s]*):[^@\s]*@", r"\1:***@", text)
    return re.sub(r"(password\s*=\s*)\S+", r"\1***", text, flags=re.IGNORECASE)


@contextmanager
def store_errors(label: str) -> Iterator[None]:
    """Turn database and file-system failures inside the block into a StoreError in plain words."""
    try:
        yield
    except GoalpostError:
        raise
    except (DBAPIError, sqlite3.Error, OSError) as err:
        raise StoreError(plain_store_message(err, label)) from err
    except SQLAlchemyError as err:
        raise StoreError(plain_store_message(err, label)) from err
