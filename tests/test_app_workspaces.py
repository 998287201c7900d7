"""Workspaces in the real app (AppTest): the switch lists only one's own, the link names the workspace, a
workspace one does not belong to shows a refusal and nothing of it, an admin of the default workspace adds
workspaces on the Team page, and every page of another workspace names it above its title."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from actors import ADMIN, EDITOR, VIEWER
from sign_in import signed_in
from streamlit.testing.v1 import AppTest

from connectors.access import create_meeting_link
from connectors.readers import read_upload
from connectors.sample import sample_strategy_text
from connectors.store import Store, create_workspace, set_member, workspaces
from connectors.store.workspaces import WorkspaceRefused
from metrics.access import AccessDenied, Role

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
    assert workspace_caption(at) == []


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


ADD_BUTTON = "Add the workspace"


def team_tabs(at: AppTest) -> list[str]:
    return [tab.label for tab in at.tabs]


def add_workspace(at: AppTest, workspace_id: str, name: str) -> AppTest:
    """Fill in the Team page's "Add a workspace" form and send it, as an admin would."""
    at.text_input(key="team.workspace_id").set_value(workspace_id)
    at.text_input(key="team.workspace_name").set_value(name)
    return next(b for b in at.button if b.label == ADD_BUTTON).click().run()


def registry(home: Path) -> list[tuple[str, str]]:
    with Store.open(home) as store:
        return [(w.id, w.name) for w in workspaces(store)]


def store_files(home: Path) -> set[str]:
    return {path.name for path in (home.parent / "workspaces").iterdir()}


def workspace_caption(at: AppTest) -> list[str]:
    """Return the main area's captions naming a workspace (the line above every page's title)."""
    lines = [line.removeprefix(":material/domain: ") for line in texts(at.main.caption).splitlines()]
    return [line for line in lines if line.startswith(("Workspace:", "Arbeidsområde:"))]


def test_an_admin_adds_a_workspace_on_the_team_page_and_opens_it(home):
    at = on_page(signed_in(app(), "anna@lyngtind.no", "admin").run(), "team")
    assert not at.exception
    assert team_tabs(at)[-1] == "Workspaces"
    assert "Client A" in ledger(at) and "client-b" in ledger(at)

    add_workspace(at, "client-c", "Client C")
    assert not at.exception and not at.error
    assert "Added the workspace Client C (client-c)." in texts(at.success)
    assert ("client-c", "Client C") in registry(home) and "client-c.sqlite3" in store_files(home)
    with Store.open(home) as store:
        assert next(w for w in workspaces(store) if w.id == "client-c").created_by == "anna@lyngtind.no"
    # The form is empty again for the next one, and the page offers to open the new workspace's Overview.
    assert at.text_input(key="team.workspace_id").value == ""
    (opener,) = at.get("page_link")
    assert opener.value == "Open Client C"
    assert "workspace=client-c" in opener.proto.query_string
    assert switch(at).options[-1] == "Client C"  # and the sidebar lists it at once

    # What the link opens: the new workspace, empty, named above the page.
    opened = signed_in(app(), "anna@lyngtind.no", "admin")
    opened.query_params["workspace"] = "client-c"
    opened.run()
    assert not opened.exception and workspace_in_link(opened) == "client-c"
    assert workspace_caption(opened) == ["Workspace: Client C"]
    with Store.open(home, workspace="client-c") as c:
        assert c.uploads().empty


def test_an_admin_of_the_default_workspace_adds_one_from_inside_another(home):
    at = signed_in(app(), "anna@lyngtind.no", "admin")
    at.query_params["workspace"] = "client-a"
    on_page(at.run(), "team")
    assert team_tabs(at) == ["Meeting links", "Members", "Google Sheets allowed", "Workspaces"]
    add_workspace(at, "client-d", "")
    assert not at.exception and not at.error
    assert ("client-d", "client-d") in registry(home)  # no name given: the id stands for it


@pytest.mark.parametrize("role", ["editor", "viewer"])
def test_editors_and_viewers_see_no_form_and_the_library_refuses_them(home, role):
    at = signed_in(app(), "erik@lyngtind.no", role).run()
    assert not at.exception
    if role == "editor":
        on_page(at, "team")
        assert team_tabs(at) == ["Meeting links"]
    else:
        assert "team" not in [info.get("url_pathname") for info in at._registered_pages.values()]
    assert not [box for box in at.text_input if box.key == "team.workspace_id"]
    assert ADD_BUTTON not in [b.label for b in at.button]
    for actor in (EDITOR, VIEWER):
        with pytest.raises(AccessDenied):
            create_workspace(Store.open(home), actor, "client-e", "Client E")
    assert [w for w, _ in registry(home)] == ["default", "client-a", "client-b"]


def test_an_admin_of_one_workspace_manages_its_members_but_adds_no_workspace(home):
    with Store.open(home) as store:
        set_member(store, ADMIN, "client-a", "mona@client-a.no", Role.ADMIN)
    at = signed_in(app(), "mona@client-a.no").run()  # admin of client-a only
    on_page(at, "team")
    assert not at.exception
    assert team_tabs(at) == ["Meeting links", "Members", "Google Sheets allowed"]
    with Store.open(home) as store, pytest.raises(WorkspaceRefused) as refused:
        create_workspace(store, replace(ADMIN, identity="mona@client-a.no", workspace="client-a"), "x", "X")
    assert refused.value.message.key == "workspace.only_deployment_admins"
    assert [w for w, _ in registry(home)] == ["default", "client-a", "client-b"]


@pytest.mark.parametrize(
    ("workspace_id", "says"),
    [
        (
            "Client C",
            "“Client C” cannot be a workspace id. Use up to 40 lower-case letters, digits and hyphens",
        ),
        ("", "Give the workspace an id: up to 40 lower-case letters, digits and hyphens"),
        ("client-a", "There is already a workspace “client-a”. Choose another id."),
        ("default", "There is already a workspace “default”. Choose another id."),
    ],
)
def test_a_refused_id_is_said_in_plain_words_and_nothing_is_stored(home, workspace_id, says):
    before, files = registry(home), store_files(home)
    at = on_page(signed_in(app(), "anna@lyngtind.no", "admin").run(), "team")
    add_workspace(at, workspace_id, "Client C")
    assert not at.exception and not at.success
    assert says in texts(at.error)
    assert registry(home) == before and store_files(home) == files
    # What was typed stays, to be corrected rather than typed again.
    assert at.text_input(key="team.workspace_id").value == workspace_id
    assert not at.get("page_link")


def test_the_norwegian_form_refuses_in_norwegian(home):
    at = signed_in(app(), "anna@lyngtind.no", "admin")
    at.query_params["lang"] = "nb"
    on_page(at.run(), "team")
    assert team_tabs(at)[-1] == "Arbeidsområder"
    at.text_input(key="team.workspace_id").set_value("kunde a")
    next(b for b in at.button if b.label == "Legg til arbeidsområdet").click().run()
    assert "«kunde a» kan ikke være id for et arbeidsområde" in texts(at.error)


def test_every_page_of_another_workspace_names_it_and_the_default_names_none(home):
    at = signed_in(app(), "anna@lyngtind.no", "admin")
    at.query_params["workspace"] = "client-a"
    at.run()
    assert not at.exception
    assert workspace_caption(at) == ["Workspace: Client A"]
    # Above the title, in the main area: a phone folds the sidebar (and its workspace choice) away.
    first = next(e for e in at.main if e.type in ("caption", "title"))
    assert "Workspace: Client A" in texts([first])
    for page in ("goal", "channels", "audiences", "strategy", "data", "team"):
        on_page(at, page)
        assert not at.exception, page
        assert workspace_caption(at) == ["Workspace: Client A"], page

    norwegian = signed_in(app(), "anna@lyngtind.no", "admin")
    norwegian.query_params["workspace"] = "client-a"
    norwegian.query_params["lang"] = "nb"
    norwegian.run()
    assert workspace_caption(norwegian) == ["Arbeidsområde: Client A"]

    switch(at).set_value("default").run()
    assert not at.exception and workspace_in_link(at) == "default"
    assert workspace_caption(at) == []
    default = signed_in(app(), "anna@lyngtind.no", "admin").run()  # the Overview
    assert not default.exception and default.title and workspace_caption(default) == []
    assert not [c for c in texts(default.main.caption).splitlines() if "Default workspace" in c]
