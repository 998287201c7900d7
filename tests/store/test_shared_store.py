"""Several server processes share one store: what one stores, the others see at their next look.

Each Store here has its own engine and connections, as another server process would; one test also stores
through a real second process (the command line). The store's version lives in the database, not in a
process, so the dashboard's live watch (views/live.py) notices changes made anywhere.
"""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest
from actors import EDITOR
from sqlalchemy import create_engine, text
from test_store import daily, month_map, parsed

from connectors.store import Store
from metrics.errors import StoreError

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def two_servers(store_url):
    """Two handles on one store, as two server processes hold them."""
    with Store.open(store_url) as first, Store.open(store_url) as second:
        yield first, second


def test_an_upload_through_one_is_seen_by_the_other(two_servers):
    first, second = two_servers
    seen = second.version()
    stored = first.ingest(parsed(daily("comments", {"2026-01-05": 3, "2026-01-06": 4})), actor=EDITOR)
    assert second.version() > seen
    assert month_map(second, "comments") == {"2026-01": 7.0}
    assert second.uploads()["id"].tolist() == [stored.upload_id]
    # And back: an undo in the second is seen by the first.
    seen = first.version()
    assert second.undo(stored.upload_id, actor=EDITOR).changed
    assert first.version() > seen and month_map(first, "comments") == {}
    assert first.upload_events()["event"].tolist() == ["ingested", "undone"]


def test_uploads_at_the_same_moment_through_both_are_all_kept(two_servers):
    first, second = two_servers
    start = threading.Barrier(2)
    results: list = []

    def upload(store: Store, metric: str) -> None:
        start.wait()
        for day in range(1, 6):
            rows = daily(metric, {f"2026-03-{day:02d}": day})
            results.append(store.ingest(parsed(rows, name=f"{metric}-{day}.csv"), actor=EDITOR))

    threads = [
        threading.Thread(target=upload, args=(first, "comments")),
        threading.Thread(target=upload, args=(second, "shares")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert [r.status for r in results] == ["stored"] * 10
    assert sorted(r.upload_id for r in results) == list(range(1, 11))
    assert first.version() == second.version() == 10  # every change counted once, none lost
    assert month_map(second, "comments") == month_map(first, "comments") == {"2026-03": 15.0}
    assert month_map(first, "shares") == {"2026-03": 15.0}


def test_an_upload_from_another_process_is_seen(store_url, tmp_path):
    export = tmp_path / "tidy.csv"
    export.write_text("date,channel,audience,metric,value\n2026-01-31,facebook,all,followers,1200\n")
    with Store.open(store_url) as watching:
        seen = watching.version()
        done = subprocess.run(
            [sys.executable, "cli.py", "--store", store_url, "ingest", str(export)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        assert watching.version() > seen
        assert month_map(watching, "followers") == {"2026-01": 1200.0}


def test_a_writer_held_up_on_postgresql_waits_then_says_busy_and_changes_nothing(postgres_url):
    with Store.open(postgres_url) as store:
        store.ingest(parsed(daily("comments", {"2024-01-05": 3}), name="first.csv"), actor=EDITOR)
    holder = create_engine(postgres_url).connect()
    holder.begin()
    holder.execute(text("SELECT version FROM store_state WHERE id = 1 FOR UPDATE"))  # another server writes
    try:
        with Store.open(postgres_url, busy_timeout=0.3) as store:
            with pytest.raises(StoreError) as raised:
                store.ingest(parsed(daily("comments", {"2024-01-06": 4}), name="second.csv"), actor=EDITOR)
            assert raised.value.message.key == "store.busy"
            assert month_map(store, "comments") == {"2024-01": 3.0}  # readers are not held up
    finally:
        holder.rollback()
        holder.close()
    with Store.open(postgres_url) as store:
        assert store.uploads()["file_name"].tolist() == ["first.csv"] and store.version() == 1
