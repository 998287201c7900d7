"""The first start: the demo organisation is laid out all or nothing, and a half demo is finished, never shown."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from actors import EDITOR
from streamlit.runtime.scriptrunner_utils.exceptions import StopException
from streamlit.testing.v1 import AppTest

import connectors.sample as sample
import connectors.store.file_copy as store_copy
from connectors.store.store import Store

ROOT = Path(__file__).resolve().parent.parent
FEW = 8


@pytest.fixture
def few_files(monkeypatch):
    """Make the demo the first few exports and read them (the stored demo stands for all of them)."""
    files = sample.sample_uploads()[:FEW]
    monkeypatch.setattr(sample, "sample_uploads", lambda: files)
    monkeypatch.setattr(sample, "sample_files", lambda: [f.path for f in files])
    monkeypatch.setattr(sample, "stored_demo_is_current", lambda: False)
    return files


def counts(path: Path) -> tuple[int, int]:
    with Store.open(path) as store:
        return len(store.uploads()), len(store.strategy_versions())


def test_the_stored_demo_is_built_from_todays_exports_strategy_and_ingest_code():
    assert sample.stored_demo_is_current(), (
        "sample_data/demo.goalpost-store is older than the exports, the strategy or the ingest code: "
        "rebuild it with .venv/bin/python sample_data/build_demo_store.py"
    )


def test_a_first_start_copies_the_whole_stored_demo_in_one_change(tmp_path):
    with Store.open(tmp_path / "goalpost.sqlite3") as store:
        assert sample.demo_state(store) == "empty"
        assert sample.load_demo(store) == "copied"
        assert store.version() == 1
        uploads = store.uploads()
        assert len(uploads) == len(sample.sample_files())
        assert set(uploads["source"]) == {"sample"} and set(uploads["status"]) == {"active"}
        assert store.strategy_text() == sample.sample_strategy_text()
        assert sample.demo_state(store) == "in_use"
        # The stored demo already aggregates its declared metrics as its strategy says: the first page
        # recomputes nothing, so the store's version does not move under the first viewer.
        assert sample.apply_demo_metric_specs(store) == [] and store.version() == 1
        values = store.month_values()
    built_copy = tmp_path / "built.sqlite3"
    built_copy.write_bytes(sample.DEMO_STORE_FILE.read_bytes())  # opening a store may write to it
    with Store.open(built_copy) as built:
        pd.testing.assert_frame_equal(values, built.month_values())
    # Loading again is refused by the store itself: it is no longer empty.
    with Store.open(tmp_path / "goalpost.sqlite3") as store:
        assert not store.import_store_file(sample.DEMO_STORE_FILE, actor=EDITOR)


def test_a_stop_during_the_copy_leaves_the_store_empty_and_the_next_start_finishes(tmp_path, monkeypatch):
    path = tmp_path / "goalpost.sqlite3"
    real = store_copy.copy_table
    copied = []

    def stop_at_observations(reader, conn, table, now):
        if table is store_copy.observation:
            raise StopException()  # the ledger, its bytes and series are in by now
        copied.append(table.name)
        real(reader, conn, table, now)

    monkeypatch.setattr(store_copy, "copy_table", stop_at_observations)
    with Store.open(path) as store, pytest.raises(StopException):
        sample.load_demo(store)
    assert "upload" in copied and "upload_content" in copied
    assert counts(path) == (0, 0)
    monkeypatch.setattr(store_copy, "copy_table", real)
    with Store.open(path) as store:
        assert sample.load_demo(store) == "copied"
    assert counts(path) == (len(sample.sample_files()), 1)


def test_a_stop_while_storing_read_exports_stores_nothing(tmp_path, monkeypatch, few_files):
    path = tmp_path / "goalpost.sqlite3"
    real = Store._ingest_in
    calls = []

    def stops_half_way(self, *args):
        calls.append(1)
        if len(calls) == FEW // 2:
            raise StopException()
        return real(self, *args)

    monkeypatch.setattr(Store, "_ingest_in", stops_half_way)
    with Store.open(path) as store, pytest.raises(StopException):
        sample.load_demo(store)
    assert counts(path) == (0, 0)  # not even the strategy: a half demo cannot look whole
    monkeypatch.setattr(Store, "_ingest_in", real)
    with Store.open(path) as store:
        assert sample.load_demo(store) == "read"
    assert counts(path) == (FEW, 1)


def test_a_half_demo_left_by_an_older_goalpost_is_finished(tmp_path, few_files):
    path = tmp_path / "goalpost.sqlite3"
    with Store.open(path) as store:
        # What the old first start left after a reload: the strategy and the first three exports.
        store.save_strategy(sample.sample_strategy_text(), actor=sample.DEMO, note="Demo organisation")
        for parsed in sample.read_sample()[:3]:
            store.ingest(parsed, actor=sample.DEMO, source=sample.SAMPLE_SOURCE)
        assert sample.demo_state(store) == "partial"
        sample.load_demo(store)
        assert sample.demo_state(store) == "in_use"
        assert len(store.uploads()) == FEW and len(store.strategy_versions()) == 1


def test_a_cleared_demo_or_a_teams_own_data_is_never_loaded_again(tmp_path, few_files):
    with Store.open(tmp_path / "goalpost.sqlite3") as store:
        sample.load_demo(store)
        newest = int(store.uploads()["id"].max())
        store.undo(newest, actor=EDITOR)
        assert sample.demo_state(store) == "in_use"


def test_a_reload_during_the_first_start_never_leaves_a_half_demo(tmp_path, monkeypatch, few_files):
    path = tmp_path / "goalpost.sqlite3"
    monkeypatch.setenv("GOALPOST_STORE", str(path))
    real_read = sample.read_sample

    def reload_half_way(on_file=None):
        def stop(done, total, name):
            if done == FEW // 2:
                raise StopException()  # what Streamlit raises in the script when the page is reloaded
            on_file(done, total, name)

        return real_read(stop)

    monkeypatch.setattr(sample, "read_sample", reload_half_way)
    AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120).run()
    assert counts(path) == (0, 0)

    monkeypatch.setattr(sample, "read_sample", real_read)
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120).run()
    assert not at.exception
    assert counts(path) == (FEW, 1)
    assert any("Welcome to Goalpost" in str(i.value) for i in at.info)
