"""Automatic sync stays under Google's quota: one call per interval however many sessions are watching.

Each session opens its own store (its own engine and connections), as another server process would; the
tests run on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import sqlite3
import threading
import time

import pytest
from actors import EDITOR
from fake_sheets_server import FakeSheetsServer, FakeSpreadsheet, FakeTab
from google.oauth2.credentials import Credentials

from connectors.sheets import (
    CredentialsInfo,
    GoogleTransport,
    RetryPolicy,
    SheetSyncSchedule,
    auto_sync_sheet,
    sync_sheet,
)
from connectors.store.store import Store

ACCOUNT = "goalpost@quota.iam.gserviceaccount.com"
SHEET_ID = "1QuotaSheetForGoalpostTests_0123456789abcdef"
URL = f"https://docs.google.com/spreadsheets/d/{SHEET_ID}/edit#gid=0"
TOKEN = "ya29.quota-token"
SESSIONS = 24
ROWS = [
    ["date", "channel", "metric", "value"],
    ["2025-01-31", "facebook", "reach", "1 000"],
    ["2025-02-28", "facebook", "reach", "1 100"],
]


class Clock:
    """A shared clock the test moves by hand (epoch seconds)."""

    def __init__(self) -> None:
        self.now = 1_750_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def server():
    with FakeSheetsServer(timeout_delay=1.0) as fake:
        fake.grant_token(TOKEN, ACCOUNT)
        fake.add(FakeSpreadsheet(SHEET_ID, "Quota", [FakeTab("Data", ROWS, gid=0)], readers={ACCOUNT}))
        yield fake


def watch(server, store_path, clock, results, start, ttl=600):
    """One dashboard session: its own store connection, asking for a sync when its page runs."""
    store = Store.open(store_path)
    try:
        start.wait()
        results.append(
            auto_sync_sheet(
                store,
                URL,
                ttl_seconds=ttl,
                credentials=CredentialsInfo.from_google_credentials(Credentials(token=TOKEN), ACCOUNT),
                transport=GoogleTransport(server.base_url),
                # Patient sockets: on a busy machine a 0.5 s read timeout retried a request, which these tests
                # would count as a second call to Google although only one session had claimed the interval.
                retry=RetryPolicy(sleep=lambda seconds: None, timeout_seconds=(5.0, 10.0)),
                clock=clock,
                actor=EDITOR,
            )
        )
    finally:
        store.close()


def watch_all(server, store_path, clock, sessions=SESSIONS):
    results: list = []
    start = threading.Barrier(sessions)
    threads = [
        threading.Thread(target=watch, args=(server, store_path, clock, results, start))
        for _ in range(sessions)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert len(results) == sessions
    return results


def test_many_sessions_make_one_call_per_interval(server, store_url):
    store_path = store_url
    Store.open(store_path).close()
    clock = Clock()
    server.latency = 0.2  # Google takes a moment, so the sessions really overlap

    first = watch_all(server, store_path, clock)
    assert server.count("metadata") == 1 and server.count("batch") == 1
    assert sorted(r.status for r in first).count("stored") == 1
    assert {r.status for r in first} == {"stored", "skipped"}

    clock.now += 599
    watch_all(server, store_path, clock)
    assert server.count() == 2

    clock.now += 1
    after_interval = watch_all(server, store_path, clock)
    assert server.count("metadata") == 2 and server.count("batch") == 2
    assert [r.status for r in after_interval].count("unchanged") == 1
    with Store.open(store_path) as store:
        assert len(store.uploads()) == 1


def test_sessions_after_a_failed_call_see_that_the_data_is_stale(server, store_url):
    store_path = store_url
    clock = Clock()
    with Store.open(store_path) as store:
        watch(server, store_path, clock, [], threading.Barrier(1))
        clock.now += 600
        server.fail("batch", 503, 503, 503)
        failed: list = []
        watch(server, store_path, clock, failed, threading.Barrier(1))
        assert failed[0].status == "stale"
        calls = server.count()
        later = watch_all(server, store_path, clock, sessions=6)
        assert server.count() == calls
        assert {r.status for r in later} == {"skipped"}
        assert all(r.stale_since == failed[0].stale_since for r in later)
        assert all("The last check failed: Google Sheets had a server error" in r.message for r in later)
        assert len(store.uploads()) == 1


def test_a_sync_by_hand_counts_as_the_intervals_call(server, store_url):
    clock = Clock()
    with Store.open(store_url) as store:
        sync_sheet(
            store,
            URL,
            credentials=CredentialsInfo.from_google_credentials(Credentials(token=TOKEN), ACCOUNT),
            transport=GoogleTransport(server.base_url),
            clock=clock,
            actor=EDITOR,
        )
        calls = server.count()
        watch(server, store_url, clock, [], threading.Barrier(1))
        assert server.count() == calls


def test_schedule_claims_are_exclusive_across_connections(store_url):
    clock = Clock()
    stores = [Store.open(store_url) for _ in range(8)]
    try:
        schedules = [SheetSyncSchedule.for_store(store, clock=clock) for store in stores]
        winners: list[bool] = []
        start = threading.Barrier(len(schedules))

        def claim(schedule):
            start.wait()
            winners.append(schedule.claim("sheet:key", SHEET_ID, ttl_seconds=600))

        threads = [threading.Thread(target=claim, args=(schedule,)) for schedule in schedules]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
        assert sorted(winners) == [False] * 7 + [True]
        clock.now -= 10_000  # a clock set back must not freeze syncing for good
        assert schedules[0].claim("sheet:key", SHEET_ID, ttl_seconds=600) is True
    finally:
        for store in stores:
            store.close()


def test_a_page_run_between_syncs_does_not_wait_for_a_busy_store(tmp_path):
    clock = Clock()
    path = tmp_path / "goalpost.sqlite3"
    with Store.open(path) as store:
        schedule = SheetSyncSchedule.for_store(store, clock=clock)
        assert schedule.claim("sheet:key", SHEET_ID, ttl_seconds=600) is True
        writer = sqlite3.connect(path, isolation_level=None)
        writer.execute("BEGIN IMMEDIATE")  # an upload being stored holds the write lock
        try:
            started = time.monotonic()
            assert schedule.claim("sheet:key", SHEET_ID, ttl_seconds=600) is False
            assert time.monotonic() - started < 2.0
        finally:
            writer.execute("ROLLBACK")
            writer.close()
