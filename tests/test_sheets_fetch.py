"""Fetching tabs with gspread's real client against a local stand-in for Google: tabs, retries, faults."""

from __future__ import annotations

import logging

import pytest
import requests
from fake_sheets_server import FakeCell, FakeSheetsServer, FakeSpreadsheet, FakeTab, new_service_account_key
from google.oauth2.credentials import Credentials

from connectors.sheets import (
    CredentialsInfo,
    GoogleTransport,
    RetryPolicy,
    SheetClient,
    SheetUnavailable,
    TabRef,
    parse_sheet_link,
)
from metrics.errors import SheetError

ACCOUNT = "goalpost@tracker-project.iam.gserviceaccount.com"
SHEET_ID = "1TrackerSheetForGoalpostTests_0123456789abc"
PUBLISHED_ID = "2PACX-1vPublishedTrackerForGoalpostTests0123456789"
TOKEN = "ya29.test-token-that-must-never-be-shown"
DATA_ROWS = [
    ["date", "channel", "metric", "value"],
    ["2025-01-31", "facebook", "reach", FakeCell("1 234,5", 1234.5)],
    ["2025-01-31", "instagram", "engagement_rate", FakeCell("12,5 %", 0.125)],
]


@pytest.fixture
def server():
    with FakeSheetsServer(timeout_delay=1.0) as fake:
        fake.grant_token(TOKEN, ACCOUNT)
        fake.add(
            FakeSpreadsheet(
                SHEET_ID,
                "Somen seuranta 2025",
                [FakeTab("Data", DATA_ROWS, gid=0), FakeTab("Kanavat 'B'", [["x"], ["1"]], gid=1843)],
                readers={ACCOUNT},
                published_id=PUBLISHED_ID,
            )
        )
        yield fake


@pytest.fixture
def waits():
    return []


def client_for(server, waits, credentials=None) -> SheetClient:
    credentials = credentials or CredentialsInfo.from_google_credentials(Credentials(token=TOKEN), ACCOUNT)
    return SheetClient(
        credentials,
        transport=GoogleTransport(server.base_url),
        retry=RetryPolicy(sleep=waits.append, timeout_seconds=(1.0, 0.3)),
    )


LINK = parse_sheet_link(f"https://docs.google.com/spreadsheets/d/{SHEET_ID}/edit#gid=0")


def test_cells_come_as_the_text_the_sheet_shows_in_two_calls(server, waits):
    snapshot = client_for(server, waits).fetch(LINK, ["Data", 1843])
    assert snapshot.title == "Somen seuranta 2025"
    assert [tab.title for tab in snapshot.tabs] == ["Data", "Kanavat 'B'"]
    assert snapshot.tabs[0].rows[1] == ("2025-01-31", "facebook", "reach", "1 234,5")
    assert snapshot.tabs[0].rows[2][3] == "12,5 %"
    assert snapshot.tabs[1].rows == (("x",), ("1",))
    assert server.count() == 2
    batch = next(r for r in server.requests if r.kind == "batch")
    assert batch.query["valueRenderOption"] == ["FORMATTED_VALUE"]
    assert all(r.token == TOKEN for r in server.requests)


def test_a_tab_chosen_by_gid_survives_renaming(server, waits):
    client = client_for(server, waits)
    before = client.fetch(LINK, [TabRef(gid=1843)])
    server.spreadsheets[SHEET_ID].tabs[1].title = "Channels"
    after = client.fetch(LINK, [TabRef(gid=1843)])
    assert after.tabs[0].title == "Channels"
    assert after.tabs[0].rows == before.tabs[0].rows


def test_a_missing_tab_is_named_with_the_tabs_there_are(server, waits):
    with pytest.raises(SheetError) as caught:
        client_for(server, waits).fetch(LINK, ["Tracker"])
    assert "no tab “Tracker”" in caught.value.message
    assert "“Data”, “Kanavat 'B'”" in caught.value.message
    assert server.count("batch") == 0


def test_tab_list_for_the_picker(server, waits):
    title, tabs = client_for(server, waits).tabs(LINK)
    assert title == "Somen seuranta 2025"
    assert [(t.gid, t.title) for t in tabs] == [(0, "Data"), (1843, "Kanavat 'B'")]


def test_rate_limit_and_server_error_are_retried_with_growing_waits(server, waits):
    server.fail("batch", 429, 503)
    snapshot = client_for(server, waits).fetch(LINK, ["Data"])
    assert snapshot.tabs[0].rows[1][3] == "1 234,5"
    assert server.count("batch") == 3
    assert waits == [2.0, 4.0]


def test_an_html_error_page_from_googles_front_end_is_retried(server, waits):
    server.fail("metadata", 502, html=True)
    client_for(server, waits).fetch(LINK, ["Data"])
    assert server.count("metadata") == 2
    assert waits == [2.0]


def test_retry_after_from_google_is_respected(server, waits):
    server.fail("metadata", 429, retry_after="7")
    client_for(server, waits).fetch(LINK, ["Data"])
    assert waits == [7.0]


def test_retries_are_bounded_then_unavailable(server, waits):
    server.fail("metadata", 500, 500, 500, 500)
    with pytest.raises(SheetUnavailable) as caught:
        client_for(server, waits).fetch(LINK, ["Data"])
    assert server.count("metadata") == 3
    assert waits == [2.0, 4.0]
    assert "tried 3 times" in caught.value.message


def test_a_timeout_is_retried(server, waits):
    server.fail("batch", "timeout")
    snapshot = client_for(server, waits).fetch(LINK, ["Data"])
    assert snapshot.tabs[0].rows[0] == ("date", "channel", "metric", "value")
    assert server.count("batch") == 2
    assert waits == [2.0]


def test_access_revoked_is_not_retried_and_names_the_account(server, waits):
    server.spreadsheets[SHEET_ID].readers.clear()
    with pytest.raises(SheetError) as caught:
        client_for(server, waits).fetch(LINK, ["Data"])
    assert not isinstance(caught.value, SheetUnavailable)
    assert f"share the sheet with {ACCOUNT}" in caught.value.message
    assert server.count() == 1
    assert waits == []


def test_deleted_sheet_is_not_retried(server, waits):
    del server.spreadsheets[SHEET_ID]
    with pytest.raises(SheetError, match="found no spreadsheet") as caught:
        client_for(server, waits).fetch(LINK, ["Data"])
    assert "deleted" in caught.value.message
    assert server.count() == 1


def test_sheets_api_switched_off_says_how_to_switch_it_on(server, waits):
    server.fail(
        "metadata",
        403,
        message="Google Sheets API has not been used in project 123 before or it is disabled. SERVICE_DISABLED",
    )
    with pytest.raises(SheetError, match="Google Sheets API → Enable"):
        client_for(server, waits).fetch(LINK, ["Data"])
    assert server.count() == 1


def test_expired_credentials_name_no_secret(server, waits, caplog):
    caplog.set_level(logging.DEBUG)
    expired = "ya29.expired-token-secret-123"
    credentials = CredentialsInfo.from_google_credentials(
        Credentials(token=expired), ACCOUNT, "the test secrets"
    )
    with pytest.raises(SheetError) as caught:
        client_for(server, waits, credentials).fetch(LINK, ["Data"])
    message = caught.value.message
    assert "did not accept the credentials" in message
    assert ACCOUNT in message
    assert expired not in message
    assert expired not in caplog.text
    assert caught.value.__cause__ is None and caught.value.__suppress_context__


def test_service_account_key_signs_in_offline(server, waits):
    key = new_service_account_key(server, ACCOUNT)
    credentials = CredentialsInfo.from_service_account_info(key, source="a key made for the test")
    snapshot = client_for(server, waits, credentials).fetch(LINK, ["Data"])
    assert snapshot.tabs[0].rows[1][2] == "reach"
    assert server.count("token") == 1
    api_calls = [r for r in server.requests if r.kind in ("metadata", "batch")]
    assert all(r.token and r.token.startswith("ya29.fake-access-token-") for r in api_calls)
    token_request = next(r for r in server.requests if r.kind == "token")
    assert token_request.original_host == "oauth2.googleapis.com"


def test_a_revoked_key_gets_a_message_that_names_no_secret(server, waits, caplog):
    caplog.set_level(logging.DEBUG)
    key = new_service_account_key(server, ACCOUNT, register=False)
    credentials = CredentialsInfo.from_service_account_info(
        key, source="the [google_service_account] section"
    )
    with pytest.raises(SheetError) as caught:
        client_for(server, waits, credentials).fetch(LINK, ["Data"])
    message = caught.value.message
    assert "did not accept the credentials" in message and "new JSON key" in message
    key_body = key["private_key"].splitlines()[2]
    for secret in (key_body, key["private_key_id"], "PRIVATE KEY"):
        assert secret not in message
        assert secret not in caplog.text
    assert server.count("metadata", "batch") == 0


def test_public_sheet_is_read_from_its_csv_export(server, waits):
    server.spreadsheets[SHEET_ID].anyone_with_link = True
    snapshot = client_for(server, waits, CredentialsInfo.public()).fetch(LINK, [])
    assert snapshot.mode == "public"
    assert snapshot.tabs[0].rows[1] == ("2025-01-31", "facebook", "reach", "1 234,5")
    assert [r.kind for r in server.requests] == ["export"]
    assert server.requests[0].query["gid"] == ["0"] and server.requests[0].token is None


def test_published_link_is_read_without_credentials(server, waits):
    link = parse_sheet_link(f"https://docs.google.com/spreadsheets/d/e/{PUBLISHED_ID}/pubhtml?gid=1843")
    snapshot = client_for(server, waits).fetch(link, [])
    assert snapshot.tabs[0].rows == (("x",), ("1",))
    assert [r.kind for r in server.requests] == ["published"]


def test_private_sheet_in_public_mode_says_to_share_it(server, waits):
    with pytest.raises(SheetError) as caught:
        client_for(server, waits, CredentialsInfo.public()).fetch(LINK, [])
    assert "Anyone with the link" in caught.value.message
    assert [r.kind for r in server.requests] == ["export", "signin"]
    assert waits == []


def test_public_mode_needs_the_tab_link_not_its_name(server, waits):
    server.spreadsheets[SHEET_ID].anyone_with_link = True
    with pytest.raises(SheetError, match="paste its link"):
        client_for(server, waits, CredentialsInfo.public()).fetch(LINK, ["Data"])
    assert server.count() == 0


def test_public_export_rate_limit_is_retried(server, waits):
    server.spreadsheets[SHEET_ID].anyone_with_link = True
    server.fail("export", 429)
    client_for(server, waits, CredentialsInfo.public()).fetch(LINK, [TabRef(gid=1843)])
    assert server.count("export") == 2
    assert waits == [2.0]


def test_public_unknown_tab_is_named(server, waits):
    server.spreadsheets[SHEET_ID].anyone_with_link = True
    with pytest.raises(SheetError, match=r"no tab with id \(gid\) 999"):
        client_for(server, waits, CredentialsInfo.public()).fetch(LINK, [TabRef(gid=999)])


def test_the_test_transport_cannot_reach_the_internet(server):
    session = GoogleTransport(server.base_url).session()
    with pytest.raises(requests.ConnectionError, match="no route to example.com"):
        session.get("https://example.com/")
