"""A damaged store is never read or written; backups and restores; a store in a read-only folder (issue 13).

Real store files: pages overwritten with random bytes, a backup taken while another process ingests.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pandas as pd
import pytest
from actors import EDITOR
from sqlalchemy import event
from test_store_faults import assert_consistent, parsed, start_child

import cli
from connectors.store.backup import backup_store, restore_store, summarise
from connectors.store.store import Store
from metrics.errors import StoreError


def filled_store(path: Path, uploads: int = 6) -> None:
    with Store.open(path) as store:
        for i in range(uploads):
            days = pd.date_range("2020-01-01", periods=400)
            rows = [(str(d.date()), c, "all", "comments", float(i)) for d in days for c in ("facebook", "x")]
            store.ingest(parsed(rows, f"export-{i}.csv"), actor=EDITOR)


def overwrite_middle(path: Path, seed: int, size: int = 40 * 1024) -> None:
    data = bytearray(path.read_bytes())
    rng = random.Random(seed)
    start = len(data) // 2 + rng.randrange(-len(data) // 4, len(data) // 4)
    data[start : start + size] = rng.randbytes(size)
    path.write_bytes(data)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_a_damaged_store_is_found_on_opening_and_neither_read_nor_written(tmp_path, seed):
    path = tmp_path / "store.sqlite3"
    filled_store(path)
    overwrite_middle(path, seed)
    before = digest(path)
    with Store.open(path) as store:
        assert not store.health().ok and store.health().first_problem
        for attempt in (
            lambda: store.ingest(
                parsed([("2024-01-05", "facebook", "all", "comments", 3.0)], "new.csv"), actor=EDITOR
            ),
            lambda: store.undo(1, actor=EDITOR),
            lambda: store.save_mapping("m", {}, actor=EDITOR),
            lambda: store.month_values(),
        ):
            with pytest.raises(StoreError) as raised:
                attempt()
            assert "is damaged" in str(raised.value) and "python cli.py restore" in str(raised.value)
    assert digest(path) == before  # nothing spread into it


def test_the_cli_says_the_store_is_damaged_and_how_to_restore(tmp_path, capsys):
    path = tmp_path / "store.sqlite3"
    filled_store(path)
    overwrite_middle(path, 0)
    assert cli.main(["--store", str(path), "data"]) == cli.EXIT_USER_ERROR
    assert "python cli.py restore BACKUP-FILE" in capsys.readouterr().err


def test_a_backup_taken_during_an_ingest_restores_an_intact_store(tmp_path):
    path = tmp_path / "store.sqlite3"
    filled_store(path, uploads=1)
    child = start_child(path, seed=7, rows=200_000, wait_for_go=True)
    child.stdin.write("go\n")
    child.stdin.flush()
    backup = backup_store(path, tmp_path / "backup.sqlite3")
    out, err = child.communicate(timeout=300)
    assert "done" in out, err
    assert backup.uploads in (1, 2)  # before or after the ingest, never half of it
    assert_consistent(backup.path)
    with Store.open(path) as store:
        assert len(store.uploads()) == 2
        store.ingest(parsed([("2024-02-05", "x", "all", "comments", 9.0)], "after-backup.csv"), actor=EDITOR)
    result = restore_store(path, backup.path)
    assert result.summary.uploads == backup.uploads and result.kept.exists()
    assert_consistent(path)
    assert len(assert_consistent(result.kept)) == 3  # the replaced store is kept whole beside it
    with Store.open(path) as store:
        assert store.health(full=True).ok and len(store.uploads()) == backup.uploads
        store.ingest(parsed([("2024-03-05", "x", "all", "comments", 1.0)], "after-restore.csv"), actor=EDITOR)


def test_a_damaged_store_is_restored_from_its_backup_and_kept_beside_it(tmp_path, capsys):
    path, copy = tmp_path / "store.sqlite3", tmp_path / "nightly.sqlite3"
    filled_store(path)
    assert cli.main(["--store", str(path), "backup", str(copy)]) == 0
    assert "6 uploads" in capsys.readouterr().out
    overwrite_middle(path, 1)
    damaged = digest(path)
    assert cli.main(["--store", str(path), "backup", str(tmp_path / "again.sqlite3")]) == cli.EXIT_USER_ERROR
    assert "a backup of it would be damaged too" in capsys.readouterr().err
    assert cli.main(["--store", str(path), "restore", str(copy)]) == 0
    kept = next(tmp_path.glob("store.sqlite3.replaced-*"))
    assert digest(kept) == damaged and "kept as" in capsys.readouterr().out
    with Store.open(path) as store:
        assert store.health(full=True).ok and len(store.uploads()) == 6


def test_a_damaged_or_foreign_backup_is_not_restored(tmp_path):
    path, copy = tmp_path / "store.sqlite3", tmp_path / "nightly.sqlite3"
    filled_store(path)
    backup_store(path, copy)
    with pytest.raises(StoreError, match="never overwrites"):
        backup_store(path, copy)
    overwrite_middle(copy, 2)
    (tmp_path / "notes.sqlite3").write_bytes(b"not a database at all" * 100)
    before = digest(path)
    for bad in (copy, tmp_path / "notes.sqlite3", tmp_path / "missing.sqlite3"):
        with pytest.raises(StoreError):
            restore_store(path, bad)
    assert digest(path) == before and not list(tmp_path.glob("*.replaced-*"))


def make_read_only(folder: Path) -> bool:
    if os.geteuid() != 0:
        folder.chmod(0o555)
        return True
    return (
        shutil.which("chattr") is not None and subprocess.run(["chattr", "+i", str(folder)]).returncode == 0
    )


def test_a_store_in_a_read_only_folder_can_be_read(tmp_path):
    folder = tmp_path / "shared"
    path = folder / "store.sqlite3"
    with Store.open(path) as store:
        store.ingest(parsed([("2024-01-05", "facebook", "all", "comments", 3.0)]), actor=EDITOR)
    before = digest(path)
    if not make_read_only(folder):
        pytest.skip("cannot make a folder read-only here")
    try:
        with Store.open(path) as store:
            assert store.month_values()["value"].tolist() == [3.0]
            with pytest.raises(StoreError, match="read-only"):
                store.ingest(parsed([("2024-01-06", "facebook", "all", "comments", 4.0)]), actor=EDITOR)
        assert summarise(path).uploads == 1  # and a backup's check reads it too
    finally:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
        folder.chmod(0o755)
    assert digest(path) == before


def test_no_query_binds_more_values_than_the_database_allows(tmp_path):
    # SQLite's oldest default: 999 variables a statement. Uploads with more series than that, and a goal
    # naming more channels, are stored, read, undone and restored in chunks.
    store = Store.open(tmp_path / "store.sqlite3")
    event.listen(
        store.engine,
        "connect",
        lambda connection, _record: connection.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 999),
    )
    store.engine.dispose()
    for upload in range(2):
        rows = [("2025-01-05", f"channel-{i}", "all", "comments", 1.0 + upload) for i in range(1_500)]
        store.ingest(parsed(rows, f"many-{upload}.csv"), actor=EDITOR)
    channels = [f"channel-{i}" for i in range(2_000)]
    assert store.goal_observations("comments", channels=channels)["value"].tolist() == [2.0] * 1_500
    store.undo(2, actor=EDITOR)
    assert store.goal_observations("comments", channels=channels)["value"].tolist() == [1.0] * 1_500
    store.restore(2, actor=EDITOR)
    assert len(store.month_values()) == 1_500
    store.close()


def test_a_store_left_by_a_killed_ingest_gets_the_full_check_on_opening(tmp_path):
    path, wal = tmp_path / "store.sqlite3", tmp_path / "store.sqlite3-wal"
    filled_store(path, uploads=1)
    with Store.open(path) as store:
        assert store.health().ok and not store.health().full  # closed cleanly: the quick check
    child = start_child(path, seed=5, rows=200_000)
    deadline = time.monotonic() + 60
    while not (wal.exists() and wal.stat().st_size > 0) and time.monotonic() < deadline:
        time.sleep(0.01)  # until the ingest has written pages into the write-ahead log
    child.send_signal(signal.SIGKILL)
    child.communicate()
    assert wal.stat().st_size > 0
    with Store.open(path) as store:
        assert store.health().ok and store.health().full
