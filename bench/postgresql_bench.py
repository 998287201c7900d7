"""The store on SQLite and on PostgreSQL, side by side: ingest, undo, the reads of a page view, a copy.

    .venv/bin/python bench/postgresql_bench.py                # 200,000-value upload, 20 page reads
    .venv/bin/python bench/postgresql_bench.py --rows 50000   # quicker
    .venv/bin/python bench/postgresql_bench.py --url postgresql+psycopg://user@host/empty_db

Without --url it starts Debian's PostgreSQL (make database) in a throw-away folder on 127.0.0.1:55433,
as the tests do, and stops it at the end. Both stores get the same uploads; every figure is the median of
several runs in this one process, and the PostgreSQL figure is printed as a ratio to SQLite's.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from connectors.store import ParsedUpload, Store, copy_store  # noqa: E402
from metrics.access import SYSTEM as EDITOR  # noqa: E402

DEMO = ROOT / "sample_data" / "demo.goalpost-store"
PORT = 55433


def process_tree_mb(pid: int, *, proportional: bool = False) -> float:
    """Return the resident memory in MB of a process and its children, from /proc: RSS, or with
    `proportional` PSS (memory shared between them, such as PostgreSQL's buffers, counted once in all)."""
    source, label = ("smaps_rollup", "Pss:") if proportional else ("status", "VmRSS:")
    total = 0
    for member in [pid, *_children(pid)]:
        with contextlib.suppress(OSError):
            for line in Path(f"/proc/{member}/{source}").read_text().splitlines():
                if line.startswith(label):
                    total += int(line.split()[1])
    return total / 1024


def _children(pid: int) -> list[int]:
    with contextlib.suppress(OSError):
        return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    return []


class ThrowAwayPostgres:
    """PostgreSQL in a temporary folder on loopback (run as the postgres user when this runs as root)."""

    def __init__(self, port: int = PORT) -> None:
        self.port = port
        found = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"))
        if not found:
            sys.exit("PostgreSQL is not installed: run `make database`, or give --url")
        self.bin = found[-1].parent
        self.folder = Path(tempfile.mkdtemp(prefix="goalpost-pg-bench-"))
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres", "postgres")
        self.data = self.folder / "data"

    def _run(self, *args: str) -> None:
        command = [str(self.bin / args[0]), *args[1:]]
        if os.geteuid() == 0:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True, timeout=120)

    def __enter__(self) -> ThrowAwayPostgres:
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres", "-N", "-E", "UTF8")
        options = f"-h 127.0.0.1 -p {self.port} -k {self.folder}"
        self._run(
            "pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.folder / "log"), "-w", "start"
        )
        return self

    def database(self, name: str) -> str:
        """Create an empty database; return its store URL."""
        self._admin(f'CREATE DATABASE "{name}"')
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{name}"

    def drop(self, name: str) -> None:
        """Drop a database (its store's connections must be closed)."""
        self._admin(f'DROP DATABASE "{name}" WITH (FORCE)')

    def memory_mb(self) -> float:
        """Return the memory in MB of the server and its backends (PSS: shared buffers counted once)."""
        postmaster = int((self.data / "postmaster.pid").read_text().split()[0])
        return process_tree_mb(postmaster, proportional=True)

    def _admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(
            f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres", autocommit=True
        ) as c:
            c.execute(sql)

    def __exit__(self, *_exc) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)


def upload(rows: int, seed: int) -> ParsedUpload:
    """Return a tidy upload of `rows` daily values over 8 channels and 5 metrics."""
    per_series = max(1, rows // 40)
    days = pd.date_range("2015-01-01", periods=per_series, freq="D")
    channels = np.repeat(
        ["facebook", "instagram", "linkedin", "x", "blog", "tiktok", "youtube", "helpdesk"], 5
    )
    metrics = np.tile(["comments", "reach", "shares", "views", "followers_gained"], 8)
    frame = pd.DataFrame(
        {
            "date": np.tile(days, 40),
            "channel": np.repeat(channels, per_series),
            "audience": "all",
            "metric": np.repeat(metrics, per_series),
            "value": np.random.default_rng(seed).integers(0, 1000, per_series * 40).astype("float64"),
        }
    )
    return ParsedUpload(
        file_name=f"bench-{seed}.csv",
        preset="tidy",
        preset_label="Goalpost tidy CSV",
        observations=frame,
        channel=None,
        audience="all",
        period_start=date(2015, 1, 1),
        period_end=days[-1].date(),
        row_count=len(frame),
        metrics=sorted(set(metrics)),
        content=f"bench {seed}".encode() * 1000,
    )


def timed(action) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def page_view(store: Store) -> None:
    """The store reads of one Overview view (version, ledger, months, freshness, a goal's rows)."""
    store.version()
    store.uploads()
    store.strategy_versions()
    store.data_months()
    store.freshness()
    store.month_values()
    store.goal_observations("comments", channels=["facebook"], audiences=["all"])


def measure(location: str, rows: int, views: int) -> dict[str, float]:
    """Return median seconds for each step on the store at `location` (empty on arrival)."""
    figures: dict[str, list[float]] = {"ingest": [], "undo": [], "page view": []}
    with Store.open(location) as store:
        store.import_store_file(DEMO, actor=EDITOR)
        for seed in range(3):
            parsed = upload(rows, seed + 1)
            figures["ingest"].append(timed(lambda p=parsed: store.ingest(p, actor=EDITOR)))
        newest = int(store.uploads()["id"].max())
        figures["undo"].append(timed(lambda: store.undo(newest, actor=EDITOR)))
        figures["undo"].append(timed(lambda: store.restore(newest, actor=EDITOR)))
        page_view(store)  # warm the connection pool
        figures["page view"] = [timed(lambda: page_view(store)) for _ in range(views)]
    return {name: statistics.median(values) for name, values in figures.items()}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--views", type=int, default=20)
    parser.add_argument("--url", help="an empty PostgreSQL database to use instead of a throw-away server")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        sqlite_path = str(Path(folder) / "bench.sqlite3")
        server = None if args.url else ThrowAwayPostgres().__enter__()
        try:
            pg_url = args.url or server.database("bench")
            sqlite = measure(sqlite_path, args.rows, args.views)
            postgres = measure(pg_url, args.rows, args.views)
            copy_target = server.database("copy") if server else None
            if copy_target:
                sqlite["copy (whole store)"] = timed(
                    lambda: copy_store(sqlite_path, Path(folder) / "copy.sqlite3", actor=EDITOR)
                )
                postgres["copy (whole store)"] = timed(
                    lambda: copy_store(sqlite_path, copy_target, actor=EDITOR)
                )
        finally:
            if server:
                server.__exit__(None, None, None)
    print(f"{platform.node()}, {os.cpu_count()} cores, Python {platform.python_version()}, {date.today()}")
    print(f"ingest: one upload of {args.rows:,} values into a store holding the demo (median of 3)")
    print(f"{'step':22} {'SQLite s':>10} {'PostgreSQL s':>13} {'PG / SQLite':>12}")
    for name in sqlite:
        print(f"{name:22} {sqlite[name]:10.3f} {postgres[name]:13.3f} {postgres[name] / sqlite[name]:12.2f}")


if __name__ == "__main__":
    main()
