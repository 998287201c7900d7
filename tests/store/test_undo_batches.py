"""Undo previews that say exactly what the undo does, and batches that one undo takes out whole."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date

import pandas as pd
import pytest
from actors import EDITOR, VIEWER
from tidy_uploads import parsed, series

from connectors.store.store import Store, new_batch
from metrics.access import AccessDenied
from metrics.errors import StoreError


@pytest.fixture
def store(store_url):
    with Store.open(store_url) as opened:
        yield opened


def test_the_preview_counts_metrics_not_just_channel_and_months(store):
    # Same channel, same months, another metric: nothing of the earlier upload comes back.
    earlier = store.ingest(
        parsed(series("followers", "facebook", {"2026-10-31": 100}), "f.csv"), actor=EDITOR
    )
    later = store.ingest(parsed(series("comments", "facebook", {"2026-10-31": 7}), "c.csv"), actor=EDITOR)
    preview = store.undo_preview(later.upload_id)
    assert preview.values_back == 0 and preview.comes_back == ()
    assert store.uploads().set_index("id").loc[later.upload_id, "status"] == "active"  # nothing changed
    result = store.undo(later.upload_id, actor=EDITOR)
    assert (preview.values_back, preview.values_gone, preview.comes_back) == (
        result.values_back,
        result.values_gone,
        result.comes_back,
    )
    assert earlier.upload_id not in dict(result.comes_back)


def test_the_preview_equals_the_result_with_earlier_later_and_undone_uploads(store):
    first = store.ingest(
        parsed(series("followers", "facebook", {"2026-09-30": 90, "2026-10-31": 100}), "a.csv"), actor=EDITOR
    )
    second = store.ingest(
        parsed(series("followers", "facebook", {"2026-10-31": 101, "2026-11-30": 110}), "b.csv"), actor=EDITOR
    )
    third = store.ingest(
        parsed(
            series("followers", "facebook", {"2026-10-31": 102, "2026-11-30": 111, "2026-12-31": 120}),
            "c.csv",
        ),
        actor=EDITOR,
    )
    later = store.ingest(parsed(series("followers", "facebook", {"2026-12-31": 121}), "d.csv"), actor=EDITOR)
    store.undo(later.upload_id, actor=EDITOR)
    preview = store.undo_preview(third.upload_id)
    # October comes back from b.csv (the newest earlier), November from b.csv; December was c.csv's alone.
    assert preview.comes_back == ((second.upload_id, 2),)
    assert (preview.values_back, preview.values_gone) == (2, 1)
    result = store.undo(third.upload_id, actor=EDITOR)
    assert (result.values_back, result.values_gone, result.values_kept_later, result.comes_back) == (
        preview.values_back,
        preview.values_gone,
        preview.values_kept_later,
        preview.comes_back,
    )
    assert first.upload_id not in dict(result.comes_back)


def test_one_undo_takes_a_whole_batch_out_in_one_transaction(store):
    before = store.ingest(
        parsed(series("followers", "facebook", {"2026-10-31": 100}), "old.csv"), actor=EDITOR
    )
    baseline = store.month_values()
    batch = new_batch()
    files = [
        parsed(series("followers", "facebook", {"2026-10-31": 105, "2026-11-30": 110}), "facebook.csv"),
        parsed(series("followers", "instagram", {"2026-11-30": 50}), "instagram.csv"),
        parsed(series("comments", "linkedin", {"2026-11-30": 9}), "linkedin.csv"),
    ]
    ids = [store.ingest(f, actor=EDITOR, batch=batch).upload_id for f in files]
    ledger = store.uploads().set_index("id")
    assert ledger.loc[ids, "batch"].tolist() == [batch] * 3 and pd.isna(ledger.loc[before.upload_id, "batch"])

    with pytest.raises(AccessDenied):
        store.undo_batch(batch, actor=VIEWER)
    preview = store.undo_batch_preview(batch)
    version = store.version()
    result = store.undo_batch(batch, actor=EDITOR)
    assert store.version() == version + 1  # one change, not three
    assert [r.upload_id for r in result.results] == sorted(ids, reverse=True)
    assert [(r.values_back, r.values_gone, r.comes_back) for r in result.results] == [
        (r.values_back, r.values_gone, r.comes_back) for r in preview.results
    ]
    assert (result.values_back, result.values_gone) == (1, 3)
    assert store.uploads().set_index("id").loc[ids, "status"].tolist() == ["undone"] * 3
    pd.testing.assert_frame_equal(store.month_values(), baseline)
    events = store.upload_events()
    assert set(events.loc[events["event"] == "undone", "by"]) == {EDITOR.identity}


def test_a_batch_undo_that_fails_changes_nothing(store, monkeypatch):
    import connectors.store.undo as upload_undo

    batch = new_batch()
    for name, channel in (("a.csv", "facebook"), ("b.csv", "instagram")):
        store.ingest(parsed(series("followers", channel, {"2026-11-30": 1}), name), actor=EDITOR, batch=batch)
    calls = []
    real = upload_undo.undo_upload

    def fails_second_time(conn, upload_id, by):
        calls.append(upload_id)
        if len(calls) == 2:
            raise StoreError("disk full")
        return real(conn, upload_id, by)

    monkeypatch.setattr(upload_undo, "undo_upload", fails_second_time)
    with pytest.raises(StoreError):
        store.undo_batch(batch, actor=EDITOR)
    assert store.uploads()["status"].tolist() == ["active", "active"]


def test_an_unknown_batch_is_a_plain_error(store):
    with pytest.raises(StoreError, match="no batch"):
        store.undo_batch("nope", actor=EDITOR)


def test_an_older_store_gains_the_batch_column(tmp_path):
    path = tmp_path / "old.sqlite3"
    with Store.open(path) as store:
        store.ingest(parsed(series("followers", "facebook", {"2026-10-31": 1}), "a.csv"), actor=EDITOR)
    with closing(sqlite3.connect(path)) as raw:
        raw.execute("ALTER TABLE upload DROP COLUMN batch")
        raw.execute("UPDATE store_state SET schema_version = 3")
        # As a store from before Alembic: no alembic_version, nor the tables later revisions add.
        raw.executescript(
            "DROP TABLE alembic_version; DROP TABLE last_visit; DROP TABLE pinned_version;"
            "DROP TABLE timeline_note; DROP TABLE decision; DROP TABLE workspace_member; DROP TABLE workspace;"
        )
        raw.commit()
    with Store.open(path) as store:
        assert store.uploads()["batch"].isna().all()
        assert store.uploads()["period_end"].tolist() == [date(2026, 10, 31)]
