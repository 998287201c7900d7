"""Whether a store's file is sound: SQLite's own checks, run when a store opens and on a backup's copy.

A damaged store is neither read (its numbers may be wrong) nor written (a write into a damaged B-tree
spreads the damage) until a backup is put in its place.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from metrics.errors import Message

QUICK_CHECK_PROBLEMS = 10
"""Problems SQLite lists at most; the first one is enough to refuse writes, a few help whoever repairs it."""


@dataclass(frozen=True)
class StoreHealth:
    """The result of SQLite's quick_check (or the full integrity_check): sound, or the problems found."""

    ok: bool
    problems: tuple[str, ...] = ()
    full: bool = False

    @property
    def first_problem(self) -> str:
        """Return SQLite's first complaint as one short line (empty when the store is sound)."""
        lines = [
            line.strip()
            for problem in self.problems
            for line in problem.splitlines()
            if line.strip() and not line.startswith("*** in database")
        ]
        return lines[0][:160] if lines else ""


SOUND = StoreHealth(ok=True)


def sqlite_health(engine: Engine, *, full: bool = False) -> StoreHealth:
    """Return the health of a SQLite store: PRAGMA quick_check (about 1 s per GB), integrity_check if full.

    quick_check reads every page and checks the B-trees' structure; integrity_check also checks that every
    index matches its table, which takes several times as long.
    """
    pragma = "integrity_check" if full else "quick_check"
    try:
        with engine.connect() as conn:
            rows = conn.exec_driver_sql(f"PRAGMA {pragma}({QUICK_CHECK_PROBLEMS})").fetchall()
    except (DBAPIError, sqlite3.DatabaseError) as err:
        text = str(getattr(err, "orig", None) or err)
        if "malformed" in text or "not a database" in text or "corrupt" in text:
            return StoreHealth(ok=False, problems=(text,), full=full)
        raise  # busy, unreadable: not damage, the caller's usual message says what it is
    problems = tuple(str(row[0]) for row in rows if str(row[0]) != "ok")
    return StoreHealth(ok=not problems, problems=problems, full=full)


def left_unfinished(path: Path) -> bool:
    """Return True when the store's write-ahead log holds pages: after a crash, or while another process
    uses the store. The opening check is then SQLite's full integrity_check (0.2 s of CPU for a million
    values), not only the quick one."""
    wal = path.expanduser().with_name(path.name + "-wal")
    try:
        return wal.stat().st_size > 0
    except OSError:
        return False


def damaged_store_message(store: str, health: StoreHealth) -> Message:
    """Return the refusal to read or write a damaged store, saying how to put a backup in its place."""
    return Message(
        "store.damaged_refused",
        "The store “{store}” is damaged (SQLite reports: {problem}), so Goalpost neither shows nor saves its "
        "data: numbers read from it may be wrong, and a change would spread the damage. Nothing was changed. "
        "Put the last good backup in its place with “python cli.py restore BACKUP-FILE” (the damaged store is "
        "kept beside it), then upload again what came after that backup.",
        store=store,
        problem=health.first_problem,
    )
