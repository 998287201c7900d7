"""PostgreSQL restarted in the middle of an ingest or a page view: a plain message, nothing half-stored,
and the store works again by itself once the server is back (pool_pre_ping replaces dead connections)."""

from __future__ import annotations

from pathlib import Path

import pytest
from actors import EDITOR
from sqlalchemy import func, select
from streamlit.testing.v1 import AppTest
from test_store import daily, month_map, parsed

import connectors.store.observation_history as observation_history
from connectors.store import Store
from metrics.errors import StoreError

ROOT = Path(__file__).resolve().parents[2]
DASHBOARD = ROOT / "dashboard.py"
DEMO = ROOT / "sample_data" / "demo.goalpost-store"


@pytest.fixture
def restart(postgres_server):
    """Restart the session's PostgreSQL (fast shutdown: open connections are cut); started again after."""

    def again() -> None:
        postgres_server.stop("fast")
        postgres_server.start()

    yield again
    if not (postgres_server.data / "postmaster.pid").exists():  # a failed test must not leave it down
        postgres_server.start()


def observation_count(store: Store) -> int:
    with store.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(observation_history.observation)).scalar_one()


def test_a_restart_in_the_middle_of_an_ingest_stores_nothing_and_says_so(postgres_url, restart, monkeypatch):
    with Store.open(postgres_url) as store:
        store.ingest(parsed(daily("comments", {"2026-01-05": 3}), name="jan.csv"), actor=EDITOR)
        before = (store.version(), observation_count(store))
        insert = observation_history.bulk_insert

        def insert_across_a_restart(*args, **kwargs):
            restart()  # the upload row is written, its values not yet: the server goes away now
            return insert(*args, **kwargs)

        monkeypatch.setattr(observation_history, "bulk_insert", insert_across_a_restart)
        feb = parsed(daily("comments", {"2026-02-05": 9, "2026-02-06": 1}), name="feb.csv")
        with pytest.raises(StoreError) as failed:
            store.ingest(feb, actor=EDITOR)
        assert failed.value.message.key == "store.unreachable"
        assert "cannot be reached right now. Nothing was changed" in str(failed.value)
        assert "postgres@" in str(failed.value) and "Traceback" not in str(failed.value)
        monkeypatch.setattr(observation_history, "bulk_insert", insert)
        # Back by itself: the same store object reads and writes again, and no half upload is left.
        assert (store.version(), observation_count(store)) == before
        assert store.uploads()["file_name"].tolist() == ["jan.csv"]
        assert store.ingest(feb, actor=EDITOR).status == "stored"
        assert month_map(store, "comments") == {"2026-01": 3.0, "2026-02": 10.0}


def test_a_page_read_while_the_server_is_down_says_so_and_recovers(postgres_url, postgres_server):
    with Store.open(postgres_url) as store:
        store.ingest(parsed(daily("comments", {"2026-01-05": 3})), actor=EDITOR)
        assert month_map(store, "comments") == {"2026-01": 3.0}
        postgres_server.stop("fast")
        try:
            with pytest.raises(StoreError) as failed:
                store.month_values()
            assert failed.value.message.key == "store.unreachable"
        finally:
            postgres_server.start()
        assert month_map(store, "comments") == {"2026-01": 3.0}


def test_the_dashboard_says_the_database_is_away_and_comes_back_by_itself(
    postgres_url, postgres_server, monkeypatch
):
    with Store.open(postgres_url) as store:
        assert store.import_store_file(DEMO, actor=EDITOR)
    monkeypatch.setenv("GOALPOST_STORE", postgres_url)
    app = AppTest.from_file(DASHBOARD, default_timeout=90).run()
    assert [e.value for e in app.exception] == []
    cards = [n for n in app.main if str(getattr(n, "key", "")).startswith("overview.card.")]
    assert cards and not app.error
    postgres_server.stop("fast")
    try:
        app.run()
        assert [e.value for e in app.exception] == []
        assert any("cannot be reached right now" in e.value for e in app.error)
    finally:
        postgres_server.start()
    app.run()
    assert [e.value for e in app.exception] == [] and not app.error
    assert [n.key for n in app.main if str(getattr(n, "key", "")).startswith("overview.card.")] == [
        n.key for n in cards
    ]
