"""Workspaces in the real app (AppTest): the switch lists only one's own, the link names the workspace, and a
workspace one does not belong to shows a refusal and nothing of it."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from actors import ADMIN, EDITOR
from sign_in import signed_in
from streamlit.testing.v1 import AppTest

from connectors.access import create_meeting_link
from connectors.readers import read_upload
from connectors.sample import sample_strategy_text
from connectors.store import Store, create_workspace, set_member
from metrics.access import Role

ROOT = Path(__file__).resolve().parent.parent
TIDY = b"date,channel,audience,metric,value\n2026-01-05,facebook,,comments,3\n"
TIDY_A = b"date,channel,audience,metric,value\n2026-01-05,linkedin,,comments,11\n"
SWITCH = "shell.workspace_choice"
A_EDITOR = replace(EDITOR, workspace="client-a")


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    """A deployment with its own data, and a workspace client-a with other data, and an empty client-b."""
    path = tmp_path / "goalpost.sqlite3"
    with Store.open(path) as store:
        store.save_strategy(sample_strategy_text(), actor=EDITOR)
        store.ingest(read_upload(io.BytesIO(TIDY), "home-only.csv"), actor=EDITOR)
        create_workspace(store, ADMIN, "client-a", "Client A")
        create_workspace(store, ADMIN, "client-b", "Client B")
        set_member(store, ADMIN, "client-a", "mona@client-a.no", Role.EDITOR)
    with Store.open(path, workspace="client-a") as a:
        a.save_strategy(sample_strategy_text(), actor=A_EDITOR)
        a.ingest(read_upload(io.BytesIO(TIDY_A), "a-only.csv"), actor=A_EDITOR)
    monkeypatch.setenv("GOALPOST_STORE", str(path))
    monkeypatch.delenv("GOALPOST_OPEN", raising=False)
    return path


def app() -> AppTest:
    return AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)


def on_page(at: AppTest, url_path: str) -> AppTest:
    at._page_hash = next(
        h for h, info in at._registered_pages.items() if info.get("url_pathname") == url_path
    )
    return at.run()


def texts(elements) -> str:
    return "\n".join(str(e.value) for e in elements).replace("\\", "").replace("\u2060", "")


def ledger(at: AppTest) -> str:
    return "\n".join(frame.value.to_string() for frame in at.dataframe)


def workspace_in_link(at: AppTest) -> str | None:
    value = at.query_params.get("workspace")
    return value[0] if isinstance(value, list) else value


def switch(at: AppTest):
    return next((box for box in at.sidebar.selectbox if box.key == SWITCH), None)


def test_an_admin_switches_between_all_workspaces_and_each_shows_only_its_data(home):
    at = signed_in(app(), "anna@lyngtind.no", "admin")
    at.query_params["workspace"] = "client-a"
    at.run()
    assert not at.exception
    assert switch(at).options == ["Default workspace", "Client A", "Client B"]
    assert switch(at).value == "client-a"
    on_page(at, "data")
    assert "a-only.csv" in ledger(at) and "home-only.csv" not in ledger(at)
    assert workspace_in_link(at) == "client-a"
    # "Share this view" hands on the workspace with the view.
    shared = [str(code.value) for code in at.sidebar.code]
    assert any("workspace=client-a" in link for link in shared)
    assert not any("workspace=" in link and "workspace=client-a" not in link for link in shared)

    switch(at).set_value("client-b").run()
    assert not at.exception
    assert workspace_in_link(at) == "client-b"
    on_page(at, "data")
    assert "a-only.csv" not in ledger(at) and "home-only.csv" not in ledger(at)
    # A new workspace starts empty, without the demo organisation, and every page says so plainly.
    for page in ("strategy", "team"):
        on_page(at, page)
        assert not at.exception, page
    assert "Members" in [tab.label for tab in at.tabs]
    empty = signed_in(app(), "anna@lyngtind.no", "admin")
    empty.query_params["workspace"] = "client-b"
    empty.run()  # the Overview
    assert not empty.exception and workspace_in_link(empty) == "client-b"
    with Store.open(home, workspace="client-b") as b:
        assert b.uploads().empty

    switch(at).set_value("default").run()
    on_page(at, "data")
    assert "home-only.csv" in ledger(at) and "a-only.csv" not in ledger(at)
    assert workspace_in_link(at) == "default"


def test_a_member_of_one_workspace_sees_it_only_and_is_refused_another(home):
    at = signed_in(app(), "mona@client-a.no")  # no role in the default workspace: a member of client-a only
    at.run()
    assert not at.exception
    assert workspace_in_link(at) == "client-a"
    assert switch(at).options == ["Client A"]
    on_page(at, "data")
    assert "a-only.csv" in ledger(at)

    other = signed_in(app(), "mona@client-a.no")
    other.query_params["workspace"] = "client-b"
    other.run()
    assert not other.exception
    assert "not a member of a workspace “client-b”" in texts(other.warning)
    assert not other.title and not other.dataframe and not other.metric and switch(other) is None
    for name in ("Client B", "home-only.csv", "a-only.csv"):
        assert name not in texts(other.markdown) + texts(other.warning)


def test_a_deployment_without_workspaces_shows_no_switch(tmp_path, monkeypatch):
    path = tmp_path / "goalpost.sqlite3"
    with Store.open(path) as store:
        store.save_strategy(sample_strategy_text(), actor=EDITOR)
    monkeypatch.setenv("GOALPOST_STORE", str(path))
    at = signed_in(app(), "anna@lyngtind.no", "admin").run()
    assert not at.exception
    assert switch(at) is None and "workspace" not in at.query_params


def test_a_meeting_link_opens_only_in_its_own_workspace(home):
    with Store.open(home, workspace="client-a") as a:
        _, token = create_meeting_link(
            a, A_EDITOR, {"page": "overview"}, date.today() + timedelta(days=2), "A"
        )
    guest = app()
    guest.query_params["workspace"] = "client-a"
    guest.query_params["link"] = token
    guest.run()
    assert not guest.exception and "“A”" in texts(guest.sidebar.caption)
    assert switch(guest) is None  # a guest stays in the link's workspace

    for workspace in ("client-b", "default"):
        elsewhere = app()
        elsewhere.query_params["workspace"] = workspace
        elsewhere.query_params["link"] = token
        elsewhere.run()
        assert not elsewhere.exception and elsewhere.warning
        assert not elsewhere.title and not elsewhere.sidebar.children
