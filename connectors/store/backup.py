"""Backups of a SQLite store: a consistent copy of a live store, and a checked restore that keeps the old one.

The copy is made with SQLite's online backup API, so the dashboard and an ingest may go on meanwhile: the
copy holds every upload finished before it started and none that was half-way. Both directions check the
copy with SQLite's full integrity_check before anything is put in place.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from connectors.store.engine import (
    DEFAULT_BUSY_TIMEOUT_S,
    folder_is_read_only,
    is_sqlite_file,
    resolve_store_url,
)
from connectors.store.health import StoreHealth
from connectors.store.migrations import VERSION_TABLE, is_known_revision
from connectors.store.schema import SCHEMA_VERSION
from metrics.errors import Message, StoreError

_COUNTED = (
    ("uploads", "SELECT count(*) FROM upload"),
    ("active_uploads", "SELECT count(*) FROM upload WHERE status = 'active'"),
    ("values", "SELECT count(*) FROM observation"),
    ("month_values", "SELECT count(*) FROM month_value"),
    ("series", "SELECT count(*) FROM series"),
    ("strategy_versions", "SELECT count(*) FROM strategy_version"),
)


@dataclass(frozen=True)
class StoreSummary:
    """What a store file holds, after SQLite's integrity_check found it sound."""

    path: Path
    size_bytes: int
    schema_version: int
    version: int
    uploads: int
    active_uploads: int
    values: int
    month_values: int
    series: int
    strategy_versions: int

    def __str__(self) -> str:
        return (
            f"{self.path} ({self.size_bytes / 1_048_576:.1f} MB, checked: sound): {self.uploads} uploads "
            f"({self.active_uploads} active), {self.values:,} values in {self.series:,} series, "
            f"{self.month_values:,} month values, {self.strategy_versions} strategy versions, "
            f"change {self.version}"
        )


@dataclass(frozen=True)
class RestoreResult:
    """A restored store: what it holds now, and where the store it replaced was kept."""

    summary: StoreSummary
    kept: Path | None

    def __str__(self) -> str:
        kept = f"; the store it replaced is kept as {self.kept}" if self.kept else ""
        return f"Restored {self.summary}{kept}"


def store_file(location: str | os.PathLike | None) -> Path:
    """Return the SQLite file of a store location; raise StoreError for a server database."""
    url = resolve_store_url(location)
    if not is_sqlite_file(url):
        raise StoreError(
            Message(
                "store.backup_needs_sqlite",
                "Goalpost backs up and restores SQLite stores only; back up a server database with its own "
                "tools (for PostgreSQL: pg_dump).",
            )
        )
    return Path(url.database).expanduser()


def summarise(path: Path) -> StoreSummary:
    """Return what a store file holds once SQLite's full integrity_check finds it sound; else StoreError."""
    if not path.is_file():
        raise StoreError(
            Message("store.backup_missing", "There is no file “{path}”. Check the name.", path=str(path))
        )
    try:
        # A store in WAL mode needs its -shm file even to be read: in a read-only folder it is read immutable.
        mode = "ro&immutable=1" if folder_is_read_only(path) else "ro"
        with contextlib.closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode={mode}", uri=True)) as conn:
            problems = [row[0] for row in conn.execute("PRAGMA integrity_check(10)") if row[0] != "ok"]
            if problems:
                raise StoreError(_unsound(path, problems[0]))
            state = conn.execute("SELECT version, schema_version FROM store_state WHERE id = 1").fetchone()
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            revision = (
                conn.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchone()
                if VERSION_TABLE in tables
                else None
            )
            counts = {name: int(conn.execute(query).fetchone()[0]) for name, query in _COUNTED}
    except sqlite3.DatabaseError as err:
        raise StoreError(_unsound(path, str(err))) from None
    if state is None or state[1] > SCHEMA_VERSION or (revision and not is_known_revision(revision[0])):
        raise StoreError(_unsound(path, "not a Goalpost store this version can read"))
    return StoreSummary(path, path.stat().st_size, int(state[1]), int(state[0]), **counts)


def backup_store(location: str | os.PathLike | None, target: str | os.PathLike) -> StoreSummary:
    """Return what the backup holds: a consistent, checked copy of the (live) store written to `target`."""
    source = store_file(location)
    target = Path(target).expanduser()
    if target.exists():
        raise StoreError(
            Message(
                "store.backup_exists",
                "“{path}” already exists; Goalpost never overwrites a backup. Choose a new name, for example "
                "with the date in it.",
                path=str(target),
            )
        )
    summarise_live(source)
    partial = target.with_name(f".{target.name}.partial")
    try:
        _copy_sqlite(source, partial)
        summary = summarise(partial)
        os.replace(partial, target)
    except sqlite3.Error as err:
        raise StoreError(_unsound(source, str(err))) from None
    except OSError as err:
        raise StoreError(
            Message(
                "store.backup_not_written",
                "The backup “{path}” could not be written ({reason}). Nothing was changed.",
                path=str(target),
                reason=str(err.strerror or err),
            )
        ) from None
    finally:
        with contextlib.suppress(OSError):
            partial.unlink()
    return dataclasses.replace(summary, path=target)


def summarise_live(path: Path) -> None:
    """Raise StoreError when the store to back up is missing or damaged (its copy would be damaged too)."""
    if not path.is_file():
        raise StoreError(
            Message("store.backup_missing", "There is no file “{path}”. Check the name.", path=str(path))
        )
    try:
        with contextlib.closing(sqlite3.connect(path, timeout=DEFAULT_BUSY_TIMEOUT_S)) as conn:
            problems = [row[0] for row in conn.execute("PRAGMA quick_check(10)") if row[0] != "ok"]
    except sqlite3.DatabaseError as err:
        problems = [str(err)]
    if problems:
        raise StoreError(
            Message(
                "store.backup_of_damaged",
                "The store “{path}” is damaged (SQLite reports: {problem}), so a backup of it would be damaged "
                "too; none was written. Keep your last good backup and put it in place with “python cli.py "
                "restore BACKUP-FILE”.",
                path=str(path),
                problem=StoreHealth(ok=False, problems=tuple(problems)).first_problem,
            )
        )


def restore_store(location: str | os.PathLike | None, backup: str | os.PathLike) -> RestoreResult:
    """Return the restored store: the checked backup put in place, the store it replaces kept beside it."""
    target = store_file(location)
    backup = Path(backup).expanduser()
    summarise(backup)  # refuse a damaged or foreign file before anything moves
    kept = None
    if target.exists():
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
        kept = target.with_name(f"{target.name}.replaced-{stamp}")
        try:
            summarise_live(target)
            _copy_sqlite(target, kept)  # a consistent copy of a sound store, through SQLite
        except (StoreError, sqlite3.Error):
            _copy_files(target, kept)  # a damaged store is kept byte for byte, with its write-ahead log
    try:
        _put_in_place(backup, target)
    except (sqlite3.Error, OSError) as err:
        raise StoreError(
            Message(
                "store.restore_failed",
                "The backup could not be put in place of “{path}” ({reason}). The store before the restore is "
                "kept as “{kept}”.",
                path=str(target),
                reason=str(err),
                kept=str(kept),
            )
        ) from None
    return RestoreResult(summarise(target), kept)


def _copy_sqlite(source: Path, target: Path) -> None:
    """Copy a SQLite file through SQLite's online backup API (consistent while others read and write)."""
    with (
        contextlib.closing(sqlite3.connect(source, timeout=DEFAULT_BUSY_TIMEOUT_S)) as live,
        contextlib.closing(sqlite3.connect(target)) as copy,
    ):
        live.backup(copy)
        copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, no -wal beside it


def _copy_files(source: Path, target: Path) -> None:
    """Copy a store's file and its write-ahead log as bytes (for a store SQLite cannot copy)."""
    shutil.copy2(source, target)
    for suffix in ("-wal", "-shm"):
        companion = source.with_name(source.name + suffix)
        if companion.exists():
            shutil.copy2(companion, target.with_name(target.name + suffix))


def _put_in_place(backup: Path, target: Path) -> None:
    """Write the backup's pages into the store through SQLite (others see it at their next read).

    When the store is beyond opening, its file is replaced instead (with its -wal and -shm, which belong
    to the damaged file).
    """
    try:
        with (
            contextlib.closing(sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)) as source,
            contextlib.closing(sqlite3.connect(target, timeout=DEFAULT_BUSY_TIMEOUT_S)) as live,
        ):
            source.backup(live)
            live.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return
    except sqlite3.DatabaseError:
        pass  # "file is not a database": nothing of it can be opened, so it is replaced whole
    partial = target.with_name(f".{target.name}.restoring")
    shutil.copyfile(backup, partial)
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            target.with_name(target.name + suffix).unlink()
    os.replace(partial, target)


def _unsound(path: Path, problem: str) -> Message:
    return Message(
        "store.backup_unsound",
        "“{path}” is not a sound Goalpost store (SQLite reports: {problem}); it was not used. Choose another "
        "backup.",
        path=str(path),
        problem=StoreHealth(ok=False, problems=(problem,)).first_problem or problem[:160],
    )
