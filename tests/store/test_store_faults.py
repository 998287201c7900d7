"""What the store survives: kill -9 mid-ingest, two writers at once, a busy, read-only or full store."""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from contextlib import closing
from pathlib import Path

import pandas as pd
import pytest
from actors import EDITOR
from sqlalchemy import create_engine, event
from tidy_uploads import parsed as tidy_upload

from connectors.readers.parsed_upload import ParsedUpload
from connectors.store.engine import is_sqlite_file, resolve_store_url
from connectors.store.store import Store
from metrics.errors import StoreError
from metrics.monthly import month_values as engine_month_values

ROOT = Path(__file__).resolve().parents[2]

# A child process that stores one large upload; it says "ready" just before ingesting, "done" after.
CHILD = r"""
import sys
import numpy as np
import pandas as pd
from connectors.readers.parsed_upload import ParsedUpload
from connectors.store.engine import is_sqlite_file, resolve_store_url
from connectors.store.store import Store
from metrics.errors import StoreError
from metrics.access import Actor, Role

path, seed, rows, busy = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4])
days = pd.date_range("2015-01-01", periods=rows // 4, freq="D")
frame = pd.DataFrame({
    "date": np.tile(days, 4),
    "channel": np.repeat(["facebook", "linkedin", "x", "blog"], len(days)),
    "audience": "all",
    "metric": "comments",
    "value": np.random.default_rng(seed).integers(0, 1000, len(days) * 4).astype("float64"),
})
parsed = ParsedUpload(
    file_name=f"big-{seed}.csv", preset="tidy", preset_label="Goalpost tidy CSV", observations=frame,
    channel=None, audience="all", period_start=days[0].date(), period_end=days[-1].date(),
    row_count=len(frame), metrics=["comments"], content=f"upload {seed}".encode() * 1000,
)
store = Store.open(path, busy_timeout=busy)
print("ready", flush=True)
if len(sys.argv) > 5:
    sys.stdin.readline()  # wait for the go signal
try:
    result = store.ingest(parsed, actor=Actor(f"child {seed}", Role.EDITOR))
except StoreError as err:
    print("error", err, flush=True)
    sys.exit(0)
print("done", result.upload_id, flush=True)
"""


def parsed(rows, name="export.csv") -> ParsedUpload:
    return tidy_upload(rows, name, content=repr(rows).encode())


def start_child(path: Path, seed: int, rows: int, *, busy: float = 30.0, wait_for_go: bool = False):
    args = [sys.executable, "-c", CHILD, str(path), str(seed), str(rows), str(busy)]
    if wait_for_go:
        args.append("wait")
    child = subprocess.Popen(
        args, cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    line = child.stdout.readline()
    assert line.strip() == "ready", line + child.stderr.read()
    return child


def assert_consistent(location) -> pd.DataFrame:
    """Check the store (a SQLite file or a database URL) with plain SQL and the engine's own month rule;
    return its ledger."""
    url = resolve_store_url(location)
    if is_sqlite_file(url):
        with closing(sqlite3.connect(url.database)) as raw:
            assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
    engine = create_engine(url)
    try:
        with engine.connect() as raw:
            ledger = pd.read_sql("SELECT id, value_count, status FROM upload", raw)
            counts = pd.read_sql(
                "SELECT upload_id AS id, COUNT(*) AS stored FROM observation GROUP BY upload_id", raw
            )
            contents = raw.exec_driver_sql("SELECT COUNT(*) FROM upload_content").scalar()
            history = pd.read_sql(
                "SELECT o.series_id, o.day, o.value, o.upload_id, s.channel, s.audience, s.metric "
                "FROM observation o JOIN series s ON s.id = o.series_id JOIN upload u ON u.id = o.upload_id "
                "WHERE u.status = 'active'",
                raw,
            )
            months = pd.read_sql(
                "SELECT m.month, s.channel, s.audience, s.metric, m.value FROM month_value m "
                "JOIN series s ON s.id = m.series_id",
                raw,
            )
    finally:
        engine.dispose()
    # Every upload is whole: all its values, its bytes.
    merged = ledger.merge(counts, on="id", how="left").fillna({"stored": 0})
    assert (merged["stored"] == merged["value_count"]).all(), merged
    assert contents == len(ledger)
    # The monthly table equals the engine's month values of the newest active value per key.
    current = history.sort_values("upload_id").drop_duplicates(["series_id", "day"], keep="last")
    observations = pd.DataFrame(
        {
            "date": pd.to_datetime(current["day"].astype(str), format="%Y%m%d"),
            "channel": current["channel"],
            "audience": current["audience"],
            "metric": current["metric"],
            "value": current["value"].astype("float64"),
        }
    )
    expected = engine_month_values(observations)
    expected["month"] = expected["month"].str.replace("-", "").astype(int)
    key = ["month", "channel", "audience", "metric"]
    both = expected.merge(months, on=key, how="outer", suffixes=("_engine", "_store"), indicator=True)
    assert (both["_merge"] == "both").all(), both[both["_merge"] != "both"]
    assert ((both["value_engine"] - both["value_store"]).abs() < 1e-6).all()
    return ledger


def test_kill_9_during_an_ingest_leaves_the_upload_whole_or_absent(store_url):
    path = store_url
    rows = 120_000
    Store.open(path).close()
    # Calibrate: how long does one ingest take here, from "ready" to "done"?
    child = start_child(path, 0, rows)
    started = time.perf_counter()
    assert child.stdout.readline().startswith("done"), child.stderr.read()
    duration = time.perf_counter() - started
    child.wait()

    killed_midway = 0
    randomness = random.Random(20240501)
    for seed in range(1, 5):
        child = start_child(path, seed, rows)
        # Mostly inside the ingest's transaction, now and then just after it.
        time.sleep(randomness.uniform(0.05, 1.3) * duration)
        child.send_signal(signal.SIGKILL)
        output, _ = child.communicate()
        killed_midway += "done" not in output
        ledger = assert_consistent(path)  # opens cleanly (WAL recovery), whole or absent
        with Store.open(path) as store:
            assert store.version() == len(ledger)
            names = set(store.uploads()["file_name"])
        assert ("done" in output) <= (f"big-{seed}.csv" in names)
    assert killed_midway >= 1, "every kill landed after the ingest finished: the test proved nothing"


def test_two_processes_ingesting_at_once_both_succeed(store_url):
    path = store_url
    Store.open(path).close()
    children = [start_child(path, seed, 100_000, wait_for_go=True) for seed in (11, 12)]
    for child in children:
        child.stdin.write("go\n")
        child.stdin.flush()
    outputs = [child.communicate()[0] for child in children]
    assert all(output.startswith("done") for output in outputs), outputs
    ledger = assert_consistent(path)
    assert len(ledger) == 2 and set(ledger["status"]) == {"active"}
    # Both wrote the same keys: the one that committed second (the higher id) decides them.
    with Store.open(path) as store:
        assert len(store.uploads()) == 2


def test_a_busy_store_makes_the_second_writer_wait_then_say_so_and_change_nothing(tmp_path):
    path = tmp_path / "store.sqlite3"
    with Store.open(path) as store:
        store.ingest(parsed([("2024-01-05", "facebook", "all", "comments", 3.0)], "first.csv"), actor=EDITOR)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another process is writing
    holder.execute("UPDATE store_state SET version = version")
    try:
        with Store.open(path, busy_timeout=0.3) as store:
            started = time.perf_counter()
            with pytest.raises(StoreError) as raised:
                store.ingest(
                    parsed([("2024-01-06", "facebook", "all", "comments", 4.0)], "second.csv"), actor=EDITOR
                )
            assert time.perf_counter() - started >= 0.25  # it waited before giving up
            assert "busy" in str(raised.value) and "Try again in a minute" in str(raised.value)
            with pytest.raises(StoreError, match="busy"):
                store.save_strategy("goals: []\n", actor=EDITOR)
            # Readers are not blocked by a writer (WAL).
            assert store.month_values()["value"].tolist() == [3.0]
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    with Store.open(path) as store:
        assert store.uploads()["file_name"].tolist() == ["first.csv"] and store.version() == 1


def test_a_writer_waits_for_a_short_lock_and_then_succeeds(tmp_path):
    path = tmp_path / "store.sqlite3"
    Store.open(path).close()
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    release = threading.Timer(0.5, lambda: holder.execute("COMMIT"))
    release.start()
    try:
        with Store.open(path, busy_timeout=10) as store:
            result = store.ingest(parsed([("2024-01-06", "facebook", "all", "comments", 4.0)]), actor=EDITOR)
            assert result.status == "stored"
    finally:
        release.join()
        holder.close()


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_read_only_store_gives_a_plain_error_and_stays_intact(tmp_path):
    folder = tmp_path / "shared"
    path = folder / "store.sqlite3"
    with Store.open(path) as store:
        store.ingest(parsed([("2024-01-05", "facebook", "all", "comments", 3.0)]), actor=EDITOR)
    before = file_digest(path)
    os.chmod(path, 0o444)
    immutable = False
    if os.geteuid() == 0:  # root ignores file modes: make the file immutable instead
        if shutil.which("chattr") is None or subprocess.run(["chattr", "+i", str(path)]).returncode != 0:
            os.chmod(path, 0o644)
            pytest.skip("running as root without chattr: cannot make a file read-only")
        immutable = True
    try:
        with pytest.raises(StoreError) as raised, Store.open(path) as store:
            assert store.month_values()["value"].tolist() == [3.0]  # reading still works
            store.ingest(parsed([("2024-01-06", "facebook", "all", "comments", 4.0)]), actor=EDITOR)
        assert "read-only" in str(raised.value) and "Nothing was changed" in str(raised.value)
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", str(path)], check=True)
        os.chmod(path, 0o644)
    assert file_digest(path) == before
    with Store.open(path) as store:
        assert store.version() == 1 and len(store.uploads()) == 1


def snapshot(store: Store) -> tuple:
    """Return what a user sees of a store: its ledger, its month values and its version."""
    ledger = store.uploads()[["id", "file_name", "status"]].to_dict("records")
    months = store.month_values().sort_values(["month", "channel", "audience", "metric"])
    return ledger, months.to_dict("records"), store.version()


def big_upload() -> ParsedUpload:
    days = pd.date_range("2020-01-01", periods=5000, freq="D")
    return parsed([(d, "facebook", "all", "reach", float(i)) for i, d in enumerate(days)], "big.csv")


def assert_refused_as_full(store: Store, path: Path) -> None:
    """Ingest a big upload into a full store: the user is told to free space and nothing changes."""
    before = snapshot(store)
    with pytest.raises(StoreError) as raised:
        store.ingest(big_upload(), actor=EDITOR)
    message = str(raised.value)
    assert "disk holding the store" in message and "is full" in message, message
    assert "Free some space and try again" in message and "Nothing was changed" in message
    assert getattr(raised.value.message, "key", None) == "store.disk_full"  # translated on the page
    assert snapshot(store) == before
    with closing(sqlite3.connect(path)) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_full_disk_gives_a_plain_error_and_the_store_stays_intact(tmp_path):
    # Deterministic: SQLite's max_page_count makes the store full at a set size on any machine.
    path = tmp_path / "store.sqlite3"
    store = Store.open(path)
    store.ingest(parsed([("2024-01-05", "facebook", "all", "comments", 3.0)], "small.csv"), actor=EDITOR)
    with closing(sqlite3.connect(path)) as raw:
        pages = raw.execute("PRAGMA page_count").fetchone()[0]

    def tiny_disk(dbapi_connection, _record):
        # SQLite answers SQLITE_FULL ("database or disk is full") beyond this size, as on a full disk.
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 5}")

    event.listen(store.engine, "connect", tiny_disk)
    store.engine.dispose()
    assert_refused_as_full(store, path)
    event.remove(store.engine, "connect", tiny_disk)
    store.engine.dispose()
    assert store.uploads()["file_name"].tolist() == ["small.csv"] and store.version() == 1
    assert store.ingest(big_upload(), actor=EDITOR).status == "stored"
    store.close()
    assert_consistent(path)


@pytest.fixture
def small_file_system(tmp_path):
    """Yield a folder on a real 8 MB tmpfs; skip when this process may not mount one (root, CAP_SYS_ADMIN)."""
    folder = tmp_path / "small-disk"
    folder.mkdir()
    if shutil.which("mount") is None:
        pytest.skip("no mount command: cannot make a small file system")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=8m,mode=0700", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here (needs root): {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def test_a_really_full_file_system_gives_a_plain_error_and_the_next_ingest_works(small_file_system):
    path = small_file_system / "store.sqlite3"
    filler = small_file_system / "other-files"
    store = Store.open(path)
    store.ingest(parsed([("2024-01-05", "facebook", "all", "comments", 3.0)], "small.csv"), actor=EDITOR)
    # Someone else's files take all but 64 KB of the disk.
    free = os.statvfs(small_file_system).f_bavail * os.statvfs(small_file_system).f_frsize
    with filler.open("wb") as handle:
        handle.write(b"\0" * max(0, free - 65_536))
    assert_refused_as_full(store, path)
    store.close()
    with Store.open(path) as reopened:  # a new process finds the same store
        assert reopened.uploads()["file_name"].tolist() == ["small.csv"] and reopened.version() == 1
        filler.unlink()  # the user freed some space
        assert reopened.ingest(big_upload(), actor=EDITOR).status == "stored"
        assert reopened.version() == 2
    assert_consistent(path)
