"""Alembic keeps every store's tables up to date: new ones, stores from before Alembic, and newer ones refused."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from actors import EDITOR
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import MetaData, text

from connectors.sheets.sheet_connections import SHEET_CONNECTIONS_TABLE
from connectors.sheets.sheet_schedule import SHEET_SYNC_TABLE
from connectors.store import Store
from connectors.store.migrations import head_revision
from connectors.store.schema import metadata
from metrics.errors import StoreError

ROOT = Path(__file__).resolve().parents[2]
BEFORE_ALEMBIC = ROOT / "tests" / "files" / "stores" / "schema-4.goalpost-store"
"""The demo store as the Goalpost before Alembic wrote it (hand-numbered schema 4, no alembic_version)."""


def every_table() -> MetaData:
    """Return the tables the code expects: the store's and the Google Sheets ones kept beside them."""
    combined = MetaData()
    for table in (*metadata.sorted_tables, SHEET_SYNC_TABLE, SHEET_CONNECTIONS_TABLE):
        table.to_metadata(combined)
    return combined


def row_counts(path: Path) -> dict[str, int]:
    with closing(sqlite3.connect(path)) as raw:
        names = [row[0] for row in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {name: raw.execute(f'SELECT COUNT(*) FROM "{name}"').fetchone()[0] for name in names}


def test_a_store_from_before_alembic_upgrades_in_place_with_its_data(tmp_path):
    path = tmp_path / "old.goalpost-store"
    shutil.copy(BEFORE_ALEMBIC, path)
    before = row_counts(path)
    assert "alembic_version" not in before and before["observation"] > 1000
    with Store.open(path) as store:
        ledger = store.uploads()
        months = store.month_values()
        version = store.version()
        assert len(ledger) == before["upload"] and len(months) > 0
        assert len(store.strategy_versions()) == before["strategy_version"]
        # It writes as usual after the upgrade.
        store.save_mapping("weekly", {"date": "Uke"}, actor=EDITOR)
        assert store.version() == version + 1
    after = row_counts(path)
    assert {name: after[name] for name in before} == {
        **before,
        "column_mapping": before["column_mapping"] + 1,
    }
    with closing(sqlite3.connect(path)) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchall() == [(head_revision(),)]
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    with Store.open(path) as again:  # opening an up-to-date store changes nothing
        assert again.uploads().equals(ledger) and again.month_values().equals(months)


def test_the_migrated_tables_are_those_the_code_expects(store_url):
    with Store.open(store_url) as store, store.engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), every_table())
    assert differences == []


def test_a_store_from_before_alembic_matches_the_code_after_its_upgrade(tmp_path):
    path = tmp_path / "old.goalpost-store"
    shutil.copy(BEFORE_ALEMBIC, path)
    with Store.open(path) as store, store.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), every_table()) == []


def test_a_store_from_a_newer_goalpost_is_refused_and_left_alone(store_url):
    with Store.open(store_url) as store, store.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    with pytest.raises(StoreError) as refused:
        Store.open(store_url)
    assert refused.value.message.key == "store.newer_schema"
    assert "newer Goalpost" in str(refused.value)
    with _raw(store_url) as conn:
        assert (
            conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "9999_from_the_future"
        )


def test_a_store_from_before_alembic_with_a_newer_schema_number_is_refused(tmp_path):
    path = tmp_path / "newer.goalpost-store"
    shutil.copy(BEFORE_ALEMBIC, path)
    with closing(sqlite3.connect(path)) as raw, raw:
        raw.execute("UPDATE store_state SET schema_version = 5")
    with pytest.raises(StoreError) as refused:
        Store.open(path)
    assert refused.value.message.key == "store.newer_schema"
    assert "alembic_version" not in row_counts(path)


def _raw(store_url: str):
    from sqlalchemy import create_engine

    from connectors.store.engine import resolve_store_url

    return create_engine(resolve_store_url(store_url)).connect()


def test_a_backup_from_a_newer_goalpost_is_not_restored(tmp_path):
    from connectors.store import restore_store

    backup = tmp_path / "newer.goalpost-store"
    shutil.copy(BEFORE_ALEMBIC, backup)
    Store.open(backup).close()
    with closing(sqlite3.connect(backup)) as raw, raw:
        raw.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    live = tmp_path / "live.goalpost-store"
    Store.open(live).close()
    with pytest.raises(StoreError, match="not a Goalpost store this version can read"):
        restore_store(live, backup)
    assert row_counts(live)["upload"] == 0
