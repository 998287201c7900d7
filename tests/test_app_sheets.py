"""The Google Sheets section of the Data page (AppTest on dashboard.py) and `cli.py sync`, against a fake Google.

gspread's real client talks to tests/fake_sheets_server.py through GOALPOST_GOOGLE_STAND_IN; the store is a
real SQLite file. Time passing is simulated by moving the shared sync schedule's last attempt back.
"""

from __future__ import annotations

import functools
from pathlib import Path

import pandas as pd
import pytest
import rsa
from fake_sheets_server import FakeCell, FakeSheetsServer, FakeSpreadsheet, FakeTab, new_service_account_key
from sign_in import signed_in
from sqlalchemy import update
from streamlit.testing.v1 import AppTest

import cli
from connectors.sample import sample_strategy_text
from connectors.sheets import SECRETS_SECTION, RetryPolicy, connected_sheets, sheet_client
from connectors.sheets.sheet_schedule import SHEET_SYNC_TABLE
from connectors.store.store import Store
from metrics.access import Actor, Role

ROOT = Path(__file__).resolve().parent.parent
ACCOUNT = "goalpost@lyngtind-friluft.iam.gserviceaccount.com"
PRIVATE_ID = "1LyngtindSomeTrackerPrivate_0123456789abcd"
PUBLIC_ID = "1LyngtindSomeTrackerPublic_0123456789abcde"
PRIVATE_URL = f"https://docs.google.com/spreadsheets/d/{PRIVATE_ID}/edit#gid=0"
WIDE_GID = 555
PUBLIC_WIDE_URL = f"https://docs.google.com/spreadsheets/d/{PUBLIC_ID}/edit#gid={WIDE_GID}"


def tidy_rows():
    # What a Norwegian-locale sheet shows: day-first dates, no-break spaces in thousands, decimal commas.
    return [
        ["Dato", "Kanal", "Målgruppe", "Metric", "Value"],
        ["31.1.2026", "Facebook", "", "reach", FakeCell("1\u00a0234,5", 1234.5)],
        ["31.1.2026", "Instagram", "", "followers", FakeCell("2 000", 2000)],
        ["28.2.2026", "Facebook", "", "reach", FakeCell("1 500,25", 1500.25)],
    ]


def tracker_rows():
    # A tracker tab for one channel: no channel column, so the page must be told the channel.
    return [
        ["Month", "Reach", "Comments"],
        ["2026-01", "3 210", "12"],
        ["2026-02", "3 400,5", "15"],
    ]


@pytest.fixture(scope="module")
def service_account_key():
    """A service-account key made once per module (RSA key generation is the slow part)."""
    return new_service_account_key(None, ACCOUNT, register=False)


@pytest.fixture
def server(service_account_key):
    with FakeSheetsServer(timeout_delay=1.0) as fake:
        private = rsa.PrivateKey.load_pkcs1(service_account_key["private_key"].encode("ascii"))
        fake.register_service_account(ACCOUNT, rsa.PublicKey(private.n, private.e))
        fake.add(
            FakeSpreadsheet(
                PRIVATE_ID,
                "Lyngtind some 2026",
                [FakeTab("Data", tidy_rows(), gid=0), FakeTab("Sporing", tracker_rows(), gid=WIDE_GID)],
                readers={ACCOUNT},
            )
        )
        fake.add(
            FakeSpreadsheet(
                PUBLIC_ID,
                "Lyngtind LinkedIn",
                [FakeTab("LinkedIn", tracker_rows(), gid=WIDE_GID)],
                anyone_with_link=True,
            )
        )
        yield fake


@pytest.fixture
def no_retry_waits(monkeypatch):
    """Retries still happen (three tries), but without the real seconds-long waits between them."""
    waits: list[float] = []
    monkeypatch.setattr(sheet_client, "RetryPolicy", functools.partial(RetryPolicy, sleep=waits.append))
    return waits


@pytest.fixture
def store_path(tmp_path, monkeypatch, server) -> Path:
    """A store holding the sample strategy (no data, so no demo load), Google replaced by the fake."""
    path = tmp_path / "goalpost.sqlite3"
    with Store.open(path) as store:
        store.save_strategy(sample_strategy_text(), actor=Actor("Test", Role.EDITOR))
    monkeypatch.setenv("GOALPOST_STORE", str(path))
    monkeypatch.setenv("GOALPOST_GOOGLE_STAND_IN", server.base_url)
    monkeypatch.delenv("GOALPOST_GOOGLE_KEY_FILE", raising=False)
    return path


EDITOR_EMAIL = "ida.editor@lyngtind.no"


def open_data_page(secrets: dict | None = None) -> AppTest:
    """Return the real app on its Data page (with these secrets, as .streamlit/secrets.toml would give)."""
    at = signed_in(AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=30), EDITOR_EMAIL, "editor")
    at.secrets.update(secrets or {})
    at.run()
    # Pages are callables registered by st.navigation; choose the Data page by its url_path.
    at._page_hash = next(h for h, info in at._registered_pages.items() if info.get("url_pathname") == "data")
    return at.run()


def paste(at: AppTest, url: str) -> AppTest:
    at.text_input(key="sheets.url").set_value(url)
    return at.run()


def sync_now(at: AppTest) -> AppTest:
    at.button(key="sheets.sync_now").click()
    at.run()
    assert not at.exception, at.exception
    return at


def texts(elements) -> str:
    # literal() escapes Markdown punctuation with backslashes; compare on the words.
    return "\n".join(str(e.value) for e in elements).replace("\\", "").replace("\u2060", "")


def everything_shown(at: AppTest) -> str:
    kinds = (at.markdown, at.caption, at.code, at.info, at.success, at.warning, at.error, at.text_input)
    return "\n".join(texts(kind) for kind in kinds)


def ledger(path: Path) -> pd.DataFrame:
    with Store.open(path) as store:
        return store.uploads().sort_values("id").reset_index(drop=True)


def month_value(path: Path, metric: str, channel: str, month: str) -> list[float]:
    with Store.open(path) as store:
        values = store.month_values(metric=metric, channel=channel)
    return values.loc[values["month"] == month, "value"].tolist()


def let_time_pass(path: Path, seconds: float) -> None:
    """Move every sheet's last attempt back, as if that many seconds had passed since."""
    with Store.open(path) as store, store.engine.begin() as connection:
        connection.execute(
            update(SHEET_SYNC_TABLE).values(last_attempt_at=SHEET_SYNC_TABLE.c.last_attempt_at - seconds)
        )


def test_a_shared_sheet_syncs_into_the_ledger_and_unchanged_stores_nothing(
    store_path, server, service_account_key
):
    at = open_data_page({SECRETS_SECTION: service_account_key})
    # The page names the account to share with, and never shows its key.
    assert ACCOUNT in texts(at.code)
    assert "PRIVATE KEY" not in everything_shown(at)
    assert service_account_key["private_key"].splitlines()[1] not in everything_shown(at)

    paste(at, PRIVATE_URL)
    tabs = at.multiselect(key="sheets.tabs")
    assert tabs.value == [0]  # the tab in the link
    assert tabs.options == ["Data", "Sporing"]
    sync_now(at)
    assert "Stored 3 values from Lyngtind some 2026 / Data (upload #1)." in texts(at.success)
    entries = ledger(store_path)
    assert entries[["source", "preset", "status"]].values.tolist() == [["sheet", "sheet-tidy", "active"]]
    assert entries["file_name"].iloc[0] == "Google Sheet Lyngtind some 2026 / Data"
    assert month_value(store_path, "reach", "facebook", "2026-01") == [1234.5]
    assert month_value(store_path, "reach", "facebook", "2026-02") == [1500.25]
    assert "Connected: Lyngtind some 2026. Last good sync:" in texts(at.markdown)
    assert server.count("metadata") == 2 and server.count("batch") == 1  # the tab list, then the sync

    # A second click at once asks Google nothing: a burst of clicks costs one call.
    sync_now(at)
    assert "a moment ago" in texts(at.info)
    assert server.count("batch") == 1

    let_time_pass(store_path, 60)
    with Store.open(store_path) as store:
        version = store.version()
    sync_now(at)
    assert server.count("batch") == 2
    assert "has not changed since it was stored as upload #1; nothing was stored." in texts(at.info)
    assert len(ledger(store_path)) == 1
    with Store.open(store_path) as store:
        assert store.version() == version


def test_a_sheet_not_shared_with_the_account_says_whom_to_share_it_with_then_syncs_a_picked_tab(
    store_path, server, service_account_key
):
    server.spreadsheets[PRIVATE_ID].readers.clear()
    at = paste(open_data_page({SECRETS_SECTION: service_account_key}), PRIVATE_URL)
    assert not at.exception
    problem = texts(at.error)
    assert f"share the sheet with {ACCOUNT} as Viewer" in problem
    assert at.button(key="sheets.sync_now").disabled
    assert server.count("batch") == 0

    # Shared now: reading the tab list again lets the manager go on.
    server.spreadsheets[PRIVATE_ID].readers.add(ACCOUNT)
    at.button(key="sheets.reload_tabs").click().run()
    assert not at.error
    assert at.multiselect(key="sheets.tabs").value == [0]
    at.multiselect(key="sheets.tabs").set_value([WIDE_GID]).run()
    at.selectbox(key="sheets.channel").set_value("linkedin")
    sync_now(at)
    assert "Stored 4 values from Lyngtind some 2026 / Sporing (upload #1)." in texts(at.success)
    assert month_value(store_path, "comments", "linkedin", "2026-02") == [15.0]


def test_a_public_tracker_tab_gets_its_channel_then_syncs_automatically_and_goes_stale(
    store_path, server, no_retry_waits
):
    at = open_data_page()
    assert "Anyone with the link" in texts(at.info)
    paste(at, PUBLIC_WIDE_URL)
    assert "Goalpost reads the tab in the link (tab id 555)" in texts(at.caption)

    sync_now(at)
    assert "does not say which channel its numbers belong to" in texts(at.error)
    assert ledger(store_path).empty

    at.selectbox(key="sheets.channel").set_value("linkedin")
    let_time_pass(store_path, 60)
    sync_now(at)
    assert "Stored 4 values from the sheet …9abcde, tab id 555 (upload #1)." in texts(at.success)
    assert month_value(store_path, "reach", "linkedin", "2026-02") == [3400.5]

    # Ten minutes later the open page finds the changed sheet by itself.
    server.spreadsheets[PUBLIC_ID].tabs[0].rows[2][1] = "3 999"
    let_time_pass(store_path, 601)
    at.run()
    assert not at.exception
    assert "The automatic check found changes in" in texts(at.success)
    entries = ledger(store_path)
    assert entries["uploaded_by"].tolist() == [EDITOR_EMAIL, "automatic sheet sync"]
    assert month_value(store_path, "reach", "linkedin", "2026-02") == [3999.0]
    exports = server.count("export")

    # Within the interval a rerun asks Google nothing.
    at.run()
    assert server.count("export") == exports

    # Google down: the last good data stays and the page says since when it is stale.
    server.fail("export", 503, 503, 503)
    let_time_pass(store_path, 601)
    at.run()
    assert server.count("export") == exports + 3
    assert "Google Sheets did not answer, so the numbers from" in texts(at.warning)
    assert "are stale since" in texts(at.warning)
    assert len(ledger(store_path)) == 2
    assert month_value(store_path, "reach", "linkedin", "2026-02") == [3999.0]


def test_cli_sync_takes_channel_and_audience_and_fails_when_stale(
    server, tmp_path, monkeypatch, capsys, no_retry_waits
):
    monkeypatch.setenv("GOALPOST_GOOGLE_STAND_IN", server.base_url)
    monkeypatch.delenv("GOALPOST_GOOGLE_KEY_FILE", raising=False)
    store_file = str(tmp_path / "cli.sqlite3")
    arguments = ["--store", store_file, "sync", PUBLIC_WIDE_URL, "--channel", "linkedin"]
    code = cli.main([*arguments, "--audience", "students"])
    output = capsys.readouterr()
    assert code == 0, output.err
    assert "Stored" in output.out
    with Store.open(store_file) as store:
        values = store.month_values(metric="reach")
    assert values[["month", "channel", "audience", "value"]].values.tolist() == [
        ["2026-01", "linkedin", "students", 3210.0],
        ["2026-02", "linkedin", "students", 3400.5],
    ]

    server.fail("export", 503, 503, 503)
    code = cli.main([*arguments, "--audience", "students"])
    output = capsys.readouterr()
    assert code == 2
    assert output.err.startswith("Stale since ")
    assert "last good sync" in output.err
    assert output.out == ""
    assert len(ledger(Path(store_file))) == 1


def open_dashboard(secrets: dict | None = None) -> AppTest:
    """Return a fresh browser session on the dashboard's first page (it never opens the Data page)."""
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=30)
    at.secrets.update(secrets or {})
    at.run()
    assert not at.exception, at.exception
    return at


def test_a_connected_sheet_syncs_for_any_session_once_per_interval_until_disconnected(
    store_path, server, service_account_key
):
    secrets = {SECRETS_SECTION: service_account_key}
    manager = paste(open_data_page(secrets), PRIVATE_URL)
    sync_now(manager)
    assert "Stored 3 values from Lyngtind some 2026 / Data (upload #1)." in texts(manager.success)
    with Store.open(store_path) as store:
        (connection,) = connected_sheets(store)
    assert (connection.sheet_url, connection.tabs, connection.title) == (
        PRIVATE_URL,
        (0,),
        "Lyngtind some 2026",
    )
    assert "Connected: Lyngtind some 2026. Last good sync:" in texts(manager.markdown)
    batches = server.count("batch")

    # Another viewer arriving within the interval costs Google nothing.
    open_dashboard(secrets)
    assert server.count("batch") == batches

    # Ten minutes on, a viewer who never saw the Data page keeps the sheet synced with the private account.
    server.spreadsheets[PRIVATE_ID].tabs[0].rows[3][4] = FakeCell("1 600", 1600)
    let_time_pass(store_path, 601)
    open_dashboard(secrets)
    assert server.count("batch") == batches + 1
    entries = ledger(store_path)
    assert entries["uploaded_by"].tolist() == [EDITOR_EMAIL, "automatic sheet sync"]
    assert month_value(store_path, "reach", "facebook", "2026-02") == [1600.0]
    for _ in range(3):
        open_dashboard(secrets)
    assert server.count("batch") == batches + 1

    # Disconnected, the sheet is left alone by everyone; its stored data stays.
    manager.run()
    manager.button(key=f"sheets.disconnect.{connection.id}").click().run()
    assert not manager.exception
    with Store.open(store_path) as store:
        assert connected_sheets(store) == []
    let_time_pass(store_path, 601)
    open_dashboard(secrets)
    assert server.count("batch") == batches + 1
    assert len(ledger(store_path)) == 2
