"""The deployment's connected sheets: kept in the store, synced once per interval by whichever session asks."""

from __future__ import annotations

import pytest
from actors import EDITOR
from fake_sheets_server import FakeSheetsServer, FakeSpreadsheet, FakeTab

from connectors.sheets import (
    CredentialsInfo,
    connect_sheet,
    connected_sheets,
    disconnect_sheet,
    sync_connected_sheets,
)
from connectors.store.store import Store
from metrics.access import Actor, Role

SHEET_ID = "1ConnectedSheetsForGoalpost_0123456789abcde"
TRACKER_GID = 555
TIDY_URL = f"https://docs.google.com/spreadsheets/d/{SHEET_ID}/edit#gid=0"
TRACKER_URL = f"https://docs.google.com/spreadsheets/d/{SHEET_ID}/edit#gid={TRACKER_GID}"
MISSING_URL = "https://docs.google.com/spreadsheets/d/1NoSuchSheetAnywhere_0123456789abcdefghij/edit#gid=0"


def tidy_rows():
    return [
        ["date", "channel", "metric", "value"],
        ["2026-01-31", "facebook", "reach", "1 000"],
        ["2026-02-28", "facebook", "reach", "1 100,5"],
    ]


def tracker_rows():
    return [["Month", "Reach"], ["2026-01", "3 210"], ["2026-02", "3 400"]]


class Clock:
    """A clock the test moves by hand (epoch seconds)."""

    def __init__(self) -> None:
        self.now = 1_780_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def server(monkeypatch):
    with FakeSheetsServer(timeout_delay=1.0) as fake:
        fake.add(
            FakeSpreadsheet(
                SHEET_ID,
                "Connected",
                [FakeTab("Data", tidy_rows(), gid=0), FakeTab("LinkedIn", tracker_rows(), gid=TRACKER_GID)],
                anyone_with_link=True,
            )
        )
        monkeypatch.setenv("GOALPOST_GOOGLE_STAND_IN", fake.base_url)
        yield fake


@pytest.fixture
def store_path(store_url):
    return store_url


def test_connect_lists_updates_in_place_and_disconnects_without_touching_the_version(store_path):
    with Store.open(store_path) as store:
        assert connected_sheets(store) == []
        version = store.version()
        first = connect_sheet(
            store,
            TIDY_URL,
            [0],
            layout="tidy",
            goals_tabs=[],
            channel=None,
            audience=None,
            actor=Actor("Ida", Role.EDITOR),
        )
        second = connect_sheet(
            store, TRACKER_URL, [TRACKER_GID], layout="wide", goals_tabs=[7], channel="linkedin",
            audience="students", actor=EDITOR, title="Connected / LinkedIn")  # fmt: skip
        # Connecting the same link and tabs again changes its options, not the number of connections.
        again = connect_sheet(
            store,
            TIDY_URL,
            [0],
            layout=None,
            goals_tabs=[],
            channel="facebook",
            audience=None,
            actor=Actor("Ola", Role.EDITOR),
        )
        assert again == first != second
        assert store.version() == version

    with Store.open(store_path) as other_handle:
        listed = connected_sheets(other_handle)
        assert [c.id for c in listed] == [first, second]
        tidy, tracker = listed
        assert (tidy.sheet_url, tidy.tabs, tidy.layout, tidy.channel, tidy.connected_by) == (
            TIDY_URL, (0,), None, "facebook", "Ola",
        )  # fmt: skip
        assert (tracker.tabs, tracker.goals_tabs, tracker.layout, tracker.audience, tracker.title) == (
            (TRACKER_GID,), (7,), "wide", "students", "Connected / LinkedIn",
        )  # fmt: skip
        assert disconnect_sheet(other_handle, first, actor=EDITOR) is True
        assert disconnect_sheet(other_handle, first, actor=EDITOR) is False
        assert [c.id for c in connected_sheets(other_handle)] == [second]
        assert other_handle.version() == version


def test_connected_sheets_sync_once_per_interval_however_many_store_handles_ask(server, store_path):
    clock = Clock()
    public = CredentialsInfo.public()
    handles = [Store.open(store_path) for _ in range(4)]
    try:
        connect_sheet(
            handles[0], TIDY_URL, [0], layout="tidy", goals_tabs=[], channel=None, audience=None, actor=EDITOR
        )
        connect_sheet(
            handles[0], TRACKER_URL, [TRACKER_GID], layout="wide", goals_tabs=[], channel="linkedin",
            audience=None, actor=EDITOR)  # fmt: skip

        first = [sync_connected_sheets(h, credentials=public, clock=clock) for h in handles]
        assert [r.status for r in first[0]] == ["stored", "stored"]
        assert all(r.status == "skipped" for results in first[1:] for r in results)
        assert server.count("export") == 2  # one fetch per connected sheet, not per handle

        clock.now += 599
        assert all(
            r.status == "skipped"
            for h in handles
            for r in sync_connected_sheets(h, credentials=public, clock=clock)
        )
        assert server.count("export") == 2

        server.spreadsheets[SHEET_ID].tabs[1].rows[2][1] = "3 999"
        clock.now += 2
        later = [sync_connected_sheets(h, credentials=public, clock=clock) for h in reversed(handles)]
        assert [r.status for r in later[0]] == ["unchanged", "stored"]
        assert all(r.status == "skipped" for results in later[1:] for r in results)
        assert server.count("export") == 4

        ledger = handles[2].uploads()
        assert ledger["uploaded_by"].tolist() == ["automatic sheet sync"] * 3
        values = handles[3].month_values(metric="reach", channel="linkedin")
        assert values.loc[values["month"] == "2026-02", "value"].tolist() == [3999.0]
    finally:
        for handle in handles:
            handle.close()


def test_a_broken_connection_is_reported_and_does_not_stop_the_others(server, store_path):
    with Store.open(store_path) as store:
        connect_sheet(
            store, MISSING_URL, [0], layout="tidy", goals_tabs=[], channel=None, audience=None, actor=EDITOR
        )
        connect_sheet(
            store, TIDY_URL, [0], layout="tidy", goals_tabs=[], channel=None, audience=None, actor=EDITOR
        )
        broken, good = sync_connected_sheets(store, credentials=CredentialsInfo.public())
        assert broken.status == "failed"
        assert "Google found no sheet at this link" in broken.message
        assert good.status == "stored"
        assert len(store.uploads()) == 1
