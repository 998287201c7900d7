"""Syncing a Google Sheet into a real store: the same ledger as files, goals into the strategy, faults."""

from __future__ import annotations

import pandas as pd
import pytest
from actors import EDITOR
from fake_sheets_server import FakeCell, FakeSheetsServer, FakeSpreadsheet, FakeTab, new_service_account_key
from google.oauth2.credentials import Credentials

import cli
from connectors.sheets import (
    CredentialsInfo,
    GoogleTransport,
    RetryPolicy,
    SheetUnavailable,
    TabRef,
    read_goals_tab,
    sheet_sync_state,
    sync_sheet,
)
from connectors.store.store import Store
from metrics.access import Actor, Role
from metrics.errors import SheetError, StrategyError, UploadError
from metrics.strategy import load_strategy

ACCOUNT = "goalpost@some-seuranta.iam.gserviceaccount.com"
SHEET_ID = "1SomeSeurantaSheetForGoalpost_0123456789abc"
URL = f"https://docs.google.com/spreadsheets/d/{SHEET_ID}/edit#gid=0"
TOKEN = "ya29.sync-test-token"
WIDE_GID = 555
GOALS_GID = 777

STRATEGY = """\
organisation: Testi Oy
channels:
  - id: facebook
  - id: instagram
  - id: linkedin
audiences:
  - id: students
goals:
  - id: reach_up
    title: More reach on LinkedIn
    kind: communication
    metric: reach
    channels: [linkedin]
    start: 2025-01-01
    deadline: 2025-12-31
    baseline: 3000
    target: 5000
    owner: Aino
    description: kept from the file
"""


def tidy_rows():
    # What a Finnish-locale sheet shows: day-first dates, spaces (also no-break ones) in thousands, decimal commas.
    return [
        ["Seuranta 2025"],
        [],
        ["Dato", "Kanal", "Audience", "Metric", "Value"],
        ["31.1.2025", "Facebook", "", "reach", FakeCell("1\u00a0234,5", 1234.5)],
        ["31.1.2025", "Instagram", "Students", "followers", FakeCell("2 000", 2000)],
        ["", "", "", "", ""],
        ["28.2.2025", "Facebook", "", "reach", FakeCell("1 500,25", 1500.25)],
    ]


def wide_rows():
    return [
        ["Month", "Channel", "Reach", "Engagement rate"],
        ["2025-01", "LinkedIn", "3 210", FakeCell("12,5 %", 0.125)],
        ["2025-02", "LinkedIn", "3 400,5", FakeCell("9,75 %", 0.0975)],
    ]


def goal_rows():
    return [
        ["ID", "Title", "Kind", "Metric", "Channels", "Start", "Deadline", "Baseline", "Target", "Owner"],
        ["reach_up", "More reach on LinkedIn", "Communication", "Reach", "LinkedIn", "1.1.2025", "31.12.2025",
         "3 000", "6 500,5", "Aino"],
        ["community", "Grow the community", "communication", "followers", "Facebook; Instagram", "1.1.2025",
         "31.12.2026", "30 500", "38 500", "Ingrid"],
    ]  # fmt: skip


@pytest.fixture
def server():
    with FakeSheetsServer(timeout_delay=1.0) as fake:
        fake.grant_token(TOKEN, ACCOUNT)
        fake.add(
            FakeSpreadsheet(
                SHEET_ID,
                "Somen seuranta 2025",
                [
                    FakeTab("Data", tidy_rows(), gid=0),
                    FakeTab("Seuranta", wide_rows(), gid=WIDE_GID),
                    FakeTab("Tavoitteet", goal_rows(), gid=GOALS_GID),
                ],
                readers={ACCOUNT},
            )
        )
        yield fake


@pytest.fixture
def store(store_url):
    opened = Store.open(store_url)
    yield opened
    opened.close()


def sync(server, store, tabs=("Data",), **options):
    options.setdefault(
        "credentials", CredentialsInfo.from_google_credentials(Credentials(token=TOKEN), ACCOUNT)
    )
    return sync_sheet(
        store,
        URL,
        list(tabs),
        transport=GoogleTransport(server.base_url),
        retry=RetryPolicy(sleep=lambda seconds: None, timeout_seconds=(1.0, 0.5)),
        **options,
        actor=EDITOR,
    )


def month_value(store, metric, channel, month):
    values = store.month_values(metric=metric, channel=channel)
    return values.loc[values["month"] == month, "value"].tolist()


def test_tidy_and_wide_tabs_become_one_upload_with_nordic_numbers(server, store):
    result = sync(server, store, tabs=("Data", WIDE_GID))
    assert result.status == "stored"
    assert result.rows == 5
    assert month_value(store, "reach", "facebook", "2025-01") == [1234.5]
    assert month_value(store, "reach", "facebook", "2025-02") == [1500.25]
    assert month_value(store, "followers", "instagram", "2025-01") == [2000.0]
    assert month_value(store, "reach", "linkedin", "2025-02") == [3400.5]
    assert month_value(store, "engagement_rate", "linkedin", "2025-01") == [12.5]
    ledger = store.uploads()
    assert len(ledger) == 1
    entry = ledger.iloc[0]
    assert entry["source"] == "sheet"
    assert entry["file_name"] == "Google Sheet Somen seuranta 2025 / Data + Seuranta"
    assert entry["preset"] == "sheet-mixed"
    assert SHEET_ID in result.notes[0] and "(gid 555)" in result.notes[0]
    assert server.count() == 2


def test_audience_from_the_tab_is_kept(server, store):
    sync(server, store)
    students = store.month_values(metric="followers", channel="instagram")
    assert students["audience"].tolist() == ["students"]


def test_a_tracker_without_channel_column_needs_a_channel(server, store):
    for row in server.spreadsheets[SHEET_ID].tabs[1].rows:
        del row[1]
    with pytest.raises(SheetError, match="does not say which channel"):
        sync(server, store, tabs=(WIDE_GID,))
    result = sync(server, store, tabs=(WIDE_GID,), channel="linkedin")
    assert result.status == "stored"
    assert month_value(store, "reach", "linkedin", "2025-01") == [3210.0]


def test_an_unchanged_sheet_changes_nothing(server, store):
    first = sync(server, store)
    version = store.version()
    again = sync(server, store)
    assert again.status == "unchanged"
    assert again.upload_id == first.upload_id
    assert "has not changed" in again.message
    assert len(store.uploads()) == 1
    assert store.version() == version


def test_renaming_the_tab_is_no_change_when_it_is_chosen_by_gid(server, store):
    sync(server, store, tabs=(TabRef(gid=0),))
    server.spreadsheets[SHEET_ID].tabs[0].title = "Data 2025"
    again = sync(server, store, tabs=(TabRef(gid=0),))
    assert again.status == "unchanged"


def test_a_changed_cell_is_a_new_upload_and_the_old_one_stays(server, store):
    first = sync(server, store)
    server.spreadsheets[SHEET_ID].tabs[0].rows[3][4] = "1 300"
    second = sync(server, store)
    assert second.status == "stored"
    assert second.upload_id != first.upload_id
    assert month_value(store, "reach", "facebook", "2025-01") == [1300.0]
    assert second.restated is not None and second.restated["old"].tolist() == [1234.5]
    assert len(store.uploads()) == 2
    store.undo(second.upload_id, actor=EDITOR)
    assert month_value(store, "reach", "facebook", "2025-01") == [1234.5]


def test_a_renamed_column_is_named(server, store):
    sync(server, store)
    server.spreadsheets[SHEET_ID].tabs[0].rows[2][4] = "Luku"
    with pytest.raises(SheetError) as caught:
        sync(server, store)
    message = caught.value.message
    assert "Google Sheet Somen seuranta 2025 / Data" in message
    assert "needs the column(s) value" in message
    assert "“Luku”" in message
    assert len(store.uploads()) == 1


def test_a_bad_cell_names_tab_row_and_column(server, store):
    server.spreadsheets[SHEET_ID].tabs[0].rows[6][4] = "1,5k"
    with pytest.raises(UploadError) as caught:
        sync(server, store)
    assert caught.value.row == 7 and caught.value.column == "Value"
    text = str(caught.value)
    assert "Data" in text and "row 7" in text and "“Value”" in text and "1,5k" in text
    assert store.uploads().empty


def test_goals_tab_is_merged_into_the_strategy(server, store):
    store.save_strategy(STRATEGY, actor=Actor("test", Role.EDITOR))
    result = sync(server, store, tabs=(), goals_tabs=(GOALS_GID,))
    assert result.strategy_version is not None
    assert result.upload_id is None and store.uploads().empty
    strategy = load_strategy(store.strategy_text())
    updated = strategy.goal("reach_up")
    assert updated.target == 6500.5
    assert updated.baseline == 3000.0
    assert updated.description == "kept from the file"
    added = strategy.goal("community")
    assert added.channels == ["facebook", "instagram"]
    assert str(added.deadline) == "2026-12-31"
    assert added.type == "reach"
    versions = len(store.strategy_versions())
    again = sync(server, store, tabs=(), goals_tabs=(GOALS_GID,))
    assert again.strategy_version is None
    assert "match the strategy" in again.message
    assert len(store.strategy_versions()) == versions


def test_read_goals_tab_gives_goal_dicts_for_a_preview(server):
    goals = read_goals_tab(
        f"https://docs.google.com/spreadsheets/d/{SHEET_ID}/edit#gid={GOALS_GID}",
        credentials=CredentialsInfo.from_google_credentials(Credentials(token=TOKEN), ACCOUNT),
        transport=GoogleTransport(server.base_url),
    )
    assert [goal["id"] for goal in goals] == ["reach_up", "community"]
    assert goals[1]["baseline"] == 30500.0 and goals[1]["owner"] == "Ingrid"


def test_goals_tab_is_recognised_among_data_tabs(server, store):
    store.save_strategy(STRATEGY, actor=Actor("test", Role.EDITOR))
    result = sync(server, store, tabs=("Data", "Tavoitteet"))
    assert result.status == "stored"
    assert {goal["id"] for goal in result.goals} == {"reach_up", "community"}
    assert len(store.uploads()) == 1
    assert load_strategy(store.strategy_text()).goal("community").owner == "Ingrid"


def test_an_invalid_goal_stores_nothing_at_all(server, store):
    store.save_strategy(STRATEGY, actor=Actor("test", Role.EDITOR))
    server.spreadsheets[SHEET_ID].tabs[2].rows[2][6] = "1.1.2024"  # deadline before start
    versions = len(store.strategy_versions())
    with pytest.raises(StrategyError) as caught:
        sync(server, store, tabs=("Data", "Tavoitteet"))
    assert any("community" in problem and "deadline" in problem for problem in caught.value.problems)
    assert store.uploads().empty
    assert len(store.strategy_versions()) == versions


def test_goals_tab_missing_columns_are_named(server, store):
    store.save_strategy(STRATEGY, actor=Actor("test", Role.EDITOR))
    for row in server.spreadsheets[SHEET_ID].tabs[2].rows:
        del row[6]  # the deadline column
    server.spreadsheets[SHEET_ID].tabs[2].rows[0][0] = "Tunnus"
    with pytest.raises(SheetError) as caught:
        sync(server, store, tabs=(), goals_tabs=(GOALS_GID,))
    assert "lacks the column(s) id, deadline" in caught.value.message
    assert "“Tunnus”" in caught.value.message


def test_google_down_after_a_good_sync_keeps_the_data_and_says_since_when(server, store):
    good = sync(server, store)
    server.fail("batch", 503, 503, 503)
    result = sync(server, store)
    assert result.status == "stale"
    assert result.stale_since is not None
    assert abs((result.stale_since - good.fetched_at).total_seconds()) < 5
    assert "stale since" in result.message
    assert result.upload_id == good.upload_id
    assert len(store.uploads()) == 1
    state = sheet_sync_state(store, URL, ["Data"])
    assert state.stale_since == result.stale_since and state.last_error_transient


def test_google_down_before_any_good_sync_stores_nothing(server, store):
    server.fail("batch", 500, 500, 500)
    with pytest.raises(SheetUnavailable):
        sync(server, store, tabs=("Data", WIDE_GID))
    assert server.count("metadata") == 1 and server.count("batch") == 3
    assert store.uploads().empty


def test_access_revoked_is_an_error_not_stale_data(server, store):
    sync(server, store)
    server.spreadsheets[SHEET_ID].readers.clear()
    with pytest.raises(SheetError, match=ACCOUNT):
        sync(server, store)
    assert len(store.uploads()) == 1
    assert sheet_sync_state(store, URL, ["Data"]).last_error_transient is False


def test_public_sheet_syncs_without_credentials(server, store):
    server.spreadsheets[SHEET_ID].anyone_with_link = True
    result = sync(server, store, tabs=(), credentials=CredentialsInfo.public())
    assert result.status == "stored"
    assert store.uploads().iloc[0]["preset"] == "sheet-tidy"
    assert month_value(store, "reach", "facebook", "2025-02") == [1500.25]
    assert [r.kind for r in server.requests] == ["export"]


def test_cli_sync_reads_the_key_file_and_the_tab(server, tmp_path, monkeypatch, capsys):
    key = new_service_account_key(server, ACCOUNT)
    key_file = tmp_path / "service-account.json"
    key_file.write_text(pd.Series(key).to_json(), encoding="utf-8")
    monkeypatch.setenv("GOALPOST_GOOGLE_KEY_FILE", str(key_file))
    monkeypatch.setenv("GOALPOST_GOOGLE_STAND_IN", server.base_url)
    store_path = tmp_path / "cli.sqlite3"
    code = cli.main(["--store", str(store_path), "sync", URL, "--tab", "Seuranta"])
    output = capsys.readouterr()
    assert code == 0, output.err
    assert "Google Sheet Somen seuranta 2025 / Seuranta" in output.out
    with Store.open(store_path) as stored:
        assert month_value(stored, "reach", "linkedin", "2025-01") == [3210.0]
    assert server.count("token") == 1
