"""`cli.py store copy` moves a whole store between SQLite and PostgreSQL, every table, counts checked."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from actors import ADMIN, EDITOR, VIEWER
from sqlalchemy import MetaData, select
from test_store import daily, parsed

import cli
from connectors.access import add_account
from connectors.sheets.sheet_schedule import SheetSyncSchedule
from connectors.store import Store, copy_store
from metrics.access import AccessDenied, Role
from metrics.errors import StoreError

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "sample_data" / "demo.goalpost-store"


def every_row(store: Store) -> dict[str, list[tuple]]:
    """Return each table's rows, sorted, as plain values (alembic's own table left out)."""
    found = MetaData()
    with store.engine.connect() as conn:
        found.reflect(conn)
        return {
            name: sorted((tuple(row) for row in conn.execute(select(table))), key=repr)
            for name, table in found.tables.items()
            if name != "alembic_version"
        }


@pytest.fixture
def full_store(tmp_path) -> Path:
    """A SQLite store with something in every kind of table: uploads, bytes, undo, strategies, users, sheets."""
    path = tmp_path / "full.goalpost-store"
    shutil.copy(DEMO, path)
    with Store.open(path) as store:
        first = store.ingest(parsed(daily("comments", {"2026-01-05": 3})), actor=EDITOR)
        store.undo(first.upload_id, actor=EDITOR)
        store.save_mapping("weekly", {"date": "Uke"}, actor=EDITOR)
        add_account(store, ADMIN, "kari@lyngtind.no", Role.EDITOR, "kari's long password")
        schedule = SheetSyncSchedule.for_store(store)
        assert schedule.claim("sheet-1:abc", "sheet-1", ttl_seconds=600)
    return path


def test_a_store_goes_to_postgresql_and_back_with_every_row(full_store, postgres_url, tmp_path):
    with Store.open(full_store) as original:
        rows = every_row(original)
    assert all(
        rows[name] for name in ("upload", "upload_content", "observation", "account", "sheet_sync_schedule")
    )
    moved = copy_store(full_store, postgres_url, actor=ADMIN)
    assert moved.rows == {name: len(found) for name, found in rows.items()}
    with Store.open(postgres_url) as on_server:
        assert every_row(on_server) == rows
        # It lives on: new uploads get new numbers, and undo and restore work as on SQLite.
        later = on_server.ingest(parsed(daily("comments", {"2026-02-05": 9}), name="feb.csv"), actor=EDITOR)
        assert later.upload_id == max(r[0] for r in rows["upload"]) + 1
        assert on_server.undo(later.upload_id, actor=EDITOR).changed
        assert on_server.restore(later.upload_id, actor=EDITOR).changed
        rows_after = every_row(on_server)
    back = tmp_path / "back.goalpost-store"
    copy_store(postgres_url, back, actor=ADMIN)
    with Store.open(back) as returned:
        assert every_row(returned) == rows_after
        assert (
            returned.upload_content(later.upload_id) == parsed(daily("comments", {"2026-02-05": 9})).content
        )
    with closing(sqlite3.connect(back)) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_the_command_line_copies_and_says_so(full_store, postgres_url, capsys):
    assert cli.main(["store", "copy", str(full_store), postgres_url]) == 0
    said = capsys.readouterr().out
    assert "the counts match" in said and "Copied" in said
    assert "postgres@" in said and "password" not in said


def test_a_target_that_holds_data_is_refused_and_left_alone(full_store, store_url):
    with Store.open(store_url) as target:
        target.save_mapping("mine", {"date": "Dato"}, actor=EDITOR)
        before = every_row(target)
    with pytest.raises(StoreError) as refused:
        copy_store(full_store, store_url, actor=ADMIN)
    assert refused.value.message.key == "store.copy_target_not_empty"
    assert "column_mapping" in str(refused.value)
    with Store.open(store_url) as target:
        assert every_row(target) == before


def test_counts_that_differ_undo_the_whole_copy(full_store, tmp_path):
    target = tmp_path / "target.goalpost-store"
    Store.open(target).close()
    with closing(sqlite3.connect(target)) as raw, raw:
        # Something else at work in the target (here a trigger) loses rows: the copy must notice.
        raw.execute("CREATE TRIGGER lose AFTER INSERT ON upload_event BEGIN DELETE FROM upload_event; END")
    with pytest.raises(StoreError) as refused:
        copy_store(full_store, target, actor=ADMIN)
    assert refused.value.message.key == "store.copy_mismatch"
    assert "upload_event" in str(refused.value)
    with Store.open(target) as left:
        assert left.uploads().empty and left.strategy_versions().empty


def test_copying_a_store_needs_the_admin_role_and_another_target(full_store, tmp_path):
    with pytest.raises(AccessDenied):
        copy_store(full_store, tmp_path / "x.goalpost-store", actor=EDITOR)
    with pytest.raises(AccessDenied):
        copy_store(full_store, tmp_path / "x.goalpost-store", actor=VIEWER)
    with pytest.raises(StoreError) as refused:
        copy_store(full_store, full_store, actor=ADMIN)
    assert refused.value.message.key == "store.copy_same_store"


def test_the_demo_is_laid_out_by_copy_on_postgresql_too(postgres_url):
    with Store.open(postgres_url) as store:
        assert store.import_store_file(DEMO, actor=EDITOR)
        ledger = store.uploads()
        assert len(ledger) > 10
        later = store.ingest(parsed(daily("comments", {"2026-02-05": 9}), name="feb.csv"), actor=EDITOR)
        assert later.upload_id == ledger["id"].max() + 1


def test_backup_and_restore_of_a_postgresql_store_are_refused_in_plain_words(postgres_url, tmp_path):
    from connectors.store import backup_store, restore_store

    Store.open(postgres_url).close()
    for attempt in (
        lambda: backup_store(postgres_url, tmp_path / "b.sqlite3"),
        lambda: restore_store(postgres_url, DEMO),
    ):
        with pytest.raises(StoreError) as refused:
            attempt()
        assert refused.value.message.key == "store.backup_needs_sqlite"
    assert not (tmp_path / "b.sqlite3").exists()
