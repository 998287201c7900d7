"""Workspaces in a real browser: an admin switches workspaces in the sidebar and the link follows; a person who
is not a member of a workspace gets a plain refusal and nothing of it.

One `streamlit run dashboard.py` server on a store with password accounts, and two workspaces with data of
their own (each upload's file name says whose it is).
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from connectors.access import add_account
from connectors.readers import read_upload
from connectors.sample import sample_strategy_text
from connectors.store import Store, create_workspace, set_member
from metrics.access import VIA_CLI, Actor, Role
from tests.browser.conftest import FIRST_VIEW_MS, DashboardPage, DashboardServer, fresh_viewers, run_dashboard
from tests.browser.test_dashboard import choose
from tests.browser.test_sign_in import password_sign_in

pytestmark = pytest.mark.browser

PORT = 8611
SETUP = Actor("test setup (command line)", Role.ADMIN, VIA_CLI)
ADMIN_EMAIL, ADMIN_PASSWORD = "anna@agency.no", "the agency runs it all"
MEMBER_EMAIL, MEMBER_PASSWORD = "vera@client-b.no", "only client b for me"


def tidy(channel: str) -> bytes:
    return f"date,channel,audience,metric,value\n2026-01-05,{channel},,comments,3\n".encode()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, browser) -> Iterator[DashboardServer]:
    folder: Path = tmp_path_factory.mktemp("workspaces")
    store_path = folder / "goalpost.sqlite3"
    with Store.open(store_path) as home:
        home.save_strategy(sample_strategy_text(), actor=SETUP)
        home.ingest(read_upload(io.BytesIO(tidy("facebook")), "home-only.csv"), actor=SETUP)
        add_account(home, SETUP, ADMIN_EMAIL, Role.ADMIN, ADMIN_PASSWORD)
        add_account(home, SETUP, MEMBER_EMAIL, Role.VIEWER, MEMBER_PASSWORD)
        create_workspace(home, SETUP, "client-a", "Client A")
        create_workspace(home, SETUP, "client-b", "Client B")
        set_member(home, SETUP, "client-b", MEMBER_EMAIL, Role.EDITOR)
    for workspace, channel in (("client-a", "linkedin"), ("client-b", "instagram")):
        with Store.open(store_path, workspace=workspace) as store:
            there = replace(SETUP, workspace=workspace)
            store.save_strategy(sample_strategy_text(), actor=there)
            store.ingest(read_upload(io.BytesIO(tidy(channel)), f"{workspace}-only.csv"), actor=there)
    env = {k: v for k, v in os.environ.items() if not k.startswith("GOALPOST_")}
    with run_dashboard(folder, env=env, port=PORT) as running:
        yield running


@pytest.fixture
def visitor(browser, server) -> Iterator:
    with fresh_viewers(browser, server, {"width": 1440, "height": 900}) as new:
        yield new


def workspace_in_address(page: DashboardPage) -> str | None:
    return (parse_qs(urlsplit(page.page.url).query).get("workspace") or [None])[0]


def test_an_admin_switches_workspaces_in_the_sidebar_and_the_link_follows(visitor):
    page = visitor()
    page.open("data", timeout=FIRST_VIEW_MS)
    password_sign_in(page, ADMIN_EMAIL, ADMIN_PASSWORD)
    assert "home-only.csv" in page.main_text()
    assert workspace_in_address(page) == "default"
    assert "Workspace: " not in page.main_text()  # the default workspace's pages name none

    assert choose(page, "Workspace", "Client A") == "Client A"
    page.page.wait_for_function("() => location.search.includes('workspace=client-a')")
    page.wait_idle()
    text = page.main_text()
    assert "client-a-only.csv" in text and "home-only.csv" not in text and "client-b-only.csv" not in text
    assert "Workspace: Client A" in text  # named in the page itself, for a phone whose sidebar is folded
    assert workspace_in_address(page) == "client-a"
    assert not page.exceptions()

    # The address is the view: a colleague who opens it (and signs in) lands in the same workspace.
    colleague = visitor()
    colleague.page.goto(page.page.url, wait_until="domcontentloaded")
    colleague.wait_idle()
    password_sign_in(colleague, ADMIN_EMAIL, ADMIN_PASSWORD)
    assert "client-a-only.csv" in colleague.main_text() and "home-only.csv" not in colleague.main_text()

    assert choose(page, "Workspace", "Client B") == "Client B"
    page.page.wait_for_function("() => location.search.includes('workspace=client-b')")
    assert workspace_in_address(page) == "client-b"


def test_a_member_of_one_workspace_is_refused_another_and_sees_nothing_of_it(visitor):
    page = visitor()
    page.open("data", {"workspace": "client-a"}, timeout=FIRST_VIEW_MS)
    password_sign_in(page, MEMBER_EMAIL, MEMBER_PASSWORD)
    # literal() keeps "@" from linking with a word joiner.
    text = page.page.locator('[data-testid="stApp"]').inner_text().replace("\u2060", "")
    assert f"{MEMBER_EMAIL} is not a member of a workspace “client-a”" in text
    for of_a in ("client-a-only.csv", "Client A", "home-only.csv"):
        assert of_a not in text
    assert page.page.locator('[data-testid="stSidebarNav"]').count() == 0
    assert not page.exceptions()

    # Her own workspace opens, and the switch lists only where she belongs.
    page = visitor()
    page.open("data", {"workspace": "client-b"})
    password_sign_in(page, MEMBER_EMAIL, MEMBER_PASSWORD)
    assert "client-b-only.csv" in page.main_text() and "client-a-only.csv" not in page.main_text()
    page.page.get_by_role("combobox", name="Workspace").click()
    options = [o.inner_text().strip() for o in page.page.get_by_role("option").all()]
    assert options == ["Default workspace", "Client B"]
