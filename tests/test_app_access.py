"""What each role, a signed-out visitor and a meeting link's guest can see and do, in the real app (AppTest).

OpenID sign-in is faked with AppTest's `user` (as st.login's cookie would give it); password sign-in goes
through the real form and the real store.
"""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path

import pytest
from actors import ADMIN, EDITOR
from sign_in import signed_in
from streamlit import config
from streamlit.testing.v1 import AppTest

from connectors.access import add_account, create_meeting_link, revoke_meeting_link
from connectors.readers import read_upload
from connectors.sample import sample_strategy_text
from connectors.store.store import Store
from metrics.access import Role

ROOT = Path(__file__).resolve().parent.parent
TIDY = b"date,channel,audience,metric,value\n2026-01-05,facebook,,comments,3\n"


@pytest.fixture
def store_path(tmp_path, monkeypatch) -> Path:
    """A store with the sample strategy and one upload, so no demo is loaded and the ledger has a row."""
    path = tmp_path / "goalpost.sqlite3"
    with Store.open(path) as store:
        store.save_strategy(sample_strategy_text(), actor=EDITOR)
        store.ingest(read_upload(io.BytesIO(TIDY), "jan.csv"), actor=EDITOR)
    monkeypatch.setenv("GOALPOST_STORE", str(path))
    monkeypatch.delenv("GOALPOST_OPEN", raising=False)
    return path


def app() -> AppTest:
    return AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=30)


def page_paths(at: AppTest) -> set[str]:
    # The default page (the Overview) is registered under "".
    return {info.get("url_pathname") or "overview" for info in at._registered_pages.values()}


def on_page(at: AppTest, url_path: str) -> AppTest:
    at._page_hash = next(
        h for h, info in at._registered_pages.items() if info.get("url_pathname") == url_path
    )
    return at.run()


def texts(elements) -> str:
    # literal() escapes Markdown punctuation with backslashes and keeps "@" from linking with a word joiner.
    return "\n".join(str(e.value) for e in elements).replace("\\", "").replace("\u2060", "")


def keys(elements) -> set[str]:
    return {e.key for e in elements if e.key}


def test_a_signed_out_visitor_sees_only_the_sign_in_screen(store_path):
    at = signed_in(app(), None).run()
    assert not at.exception
    assert [t.value for t in at.title] == ["Sign in to Goalpost"]
    assert [b.label for b in at.button] == ["Sign in with your organisation's account"]
    assert not at.sidebar.children or not texts(at.sidebar.markdown)
    assert not at.metric and not at.dataframe and "jan.csv" not in texts(at.markdown)


def test_a_signed_in_user_without_a_role_is_told_whom_to_ask(store_path):
    at = signed_in(app(), "stranger@elsewhere.org", None).run()
    assert "no role in Goalpost yet" in texts(at.warning) and "stranger@elsewhere.org" in texts(at.warning)
    assert not at.title


def test_a_viewer_sees_every_page_but_no_control_that_changes_data(store_path):
    at = signed_in(app(), "vera@lyngtind.no", "viewer").run()
    assert not at.exception
    assert page_paths(at) == {"overview", "goal", "channels", "audiences", "strategy", "data"}
    assert "Signed in as vera@lyngtind.no · viewer" in texts(at.sidebar.caption)
    on_page(at, "data")
    assert not at.exception
    assert not at.get("file_uploader")
    assert not {k for k in keys(at.button) if k.startswith(("data.undo", "data.restore", "sheets."))}
    assert "jan.csv" in texts(at.markdown)  # the ledger is there to read
    on_page(at, "strategy")
    assert not at.data_editor and "strategy.save" not in keys(at.button)
    assert "strategy.restore" not in keys(at.button) and not at.get("file_uploader")
    assert "You can read the strategy; editors change it." in texts(at.caption)


def test_an_editor_uploads_and_sees_meeting_links_but_not_people(store_path):
    at = signed_in(app(), "erik@lyngtind.no", "editor").run()
    assert "team" in page_paths(at)
    on_page(at, "data")
    assert at.get("file_uploader") and any(k.startswith("data.undo.") for k in keys(at.button))
    on_page(at, "team")
    assert not at.exception
    assert [t.label for t in at.tabs] == ["Meeting links"]


def test_an_admin_manages_accounts_roles_and_sheets_on_the_team_page(store_path):
    at = on_page(signed_in(app(), "anna@lyngtind.no", "admin").run(), "team")
    assert [t.label for t in at.tabs] == [
        "Meeting links",
        "Accounts",
        "Roles for company sign-in",
        "Google Sheets allowed",
        "Workspaces",
    ]
    at.text_input(key="team.add_email").set_value("ola@lyngtind.no")
    at.selectbox(key="team.add_role").set_value("editor")
    at.text_input(key="team.add_password").set_value("ola's long password")
    next(b for b in at.button if b.label == "Add account").click().run()
    assert not at.exception
    assert "Added ola@lyngtind.no. They can sign in now." in texts(at.success)
    with Store.open(store_path) as store:
        from connectors.access import accounts

        assert [(a.email, a.role, a.created_by) for a in accounts(store)] == [
            ("ola@lyngtind.no", Role.EDITOR, "anna@lyngtind.no")
        ]


def test_password_sign_in_through_the_form_then_a_wrong_password(store_path):
    with Store.open(store_path) as store:
        add_account(store, ADMIN, "kari@lyngtind.no", Role.EDITOR, "correct horse battery")
    at = app().run()
    assert [t.value for t in at.title] == ["Sign in to Goalpost"]
    at.text_input(key="access.email").set_value("kari@lyngtind.no")
    at.text_input(key="access.password_text").set_value("wrong horse battery")
    at.button[0].click().run()
    assert "do not match an account" in texts(at.error)
    assert [t.value for t in at.title] == ["Sign in to Goalpost"]
    at.text_input(key="access.email").set_value("kari@lyngtind.no")
    at.text_input(key="access.password_text").set_value("correct horse battery")
    at.button[0].click().run()
    assert not at.exception
    assert "Signed in as kari@lyngtind.no · editor" in texts(at.sidebar.caption)
    assert "access.password_text" not in at.session_state  # the password does not stay in the session


def test_a_meeting_link_opens_a_read_only_view_and_nothing_once_revoked(store_path):
    with Store.open(store_path) as store:
        link, token = create_meeting_link(
            store, EDITOR, {"lang": "nb"}, date.today() + timedelta(days=7), "Styremøte"
        )
    at = app()
    at.query_params["link"] = token
    at.query_params["lang"] = "nb"
    at.run()
    assert not at.exception
    assert page_paths(at) == {"overview", "goal", "channels", "audiences", "strategy"}
    assert "Skrivebeskyttet møtelenke «Styremøte»" in texts(at.sidebar.caption)
    on_page(at, "strategy")
    assert not at.data_editor and not at.get("file_uploader")
    with Store.open(store_path) as store:
        revoke_meeting_link(store, EDITOR, link.id)
    fresh = app()
    fresh.query_params["link"] = token
    fresh.query_params["lang"] = "nb"
    fresh.run()
    assert "Denne møtelenken er trukket tilbake" in texts(fresh.warning)
    assert not fresh.title and not fresh.sidebar.children and not fresh.button


@pytest.fixture
def listening_everywhere():
    config.set_option("server.address", "0.0.0.0")
    yield
    config.set_option("server.address", "127.0.0.1")


def test_with_no_sign_in_and_a_shared_address_nothing_is_shown(store_path, listening_everywhere):
    at = app().run()
    assert "Goalpost is listening on 0.0.0.0" in texts(at.error)
    assert not at.title and not at.metric and "jan.csv" not in texts(at.markdown)


def test_started_open_on_purpose_every_page_carries_the_red_banner(
    store_path, listening_everywhere, monkeypatch
):
    monkeypatch.setenv("GOALPOST_OPEN", "1")
    at = app().run()
    assert "Open to everyone: nobody signs in here" in texts(at.error)
    on_page(at, "data")
    assert "Open to everyone" in texts(at.error) and at.get("file_uploader")


def test_on_this_computer_only_the_sidebar_says_so(store_path):
    at = app().run()
    assert "Open on this computer only (127.0.0.1)" in texts(at.sidebar.caption)
    assert not at.error


def test_behind_a_proxy_the_open_mode_of_one_computer_is_refused(store_path, monkeypatch):
    # `make run` listens on 127.0.0.1, but a proxy on the same machine brings everyone to it.
    from views import access

    for headers in (
        {"Host": "127.0.0.1:8501", "X-Forwarded-For": "203.0.113.7"},
        {"Host": "goalpost.example.org"},
    ):
        monkeypatch.setattr(access, "_request_headers", lambda headers=headers: headers)
        at = app().run()
        assert "nobody has to sign in, so it shows nothing" in texts(at.error)
        assert not at.title and "jan.csv" not in texts(at.markdown)
    monkeypatch.setattr(access, "_request_headers", lambda: {"Host": "localhost:8501"})
    assert not app().run().error


def test_a_signed_out_visitor_writes_nothing_to_an_empty_store(tmp_path, monkeypatch):
    # The demo organisation is loaded for someone who may look at it: not before sign-in.
    path = tmp_path / "empty.sqlite3"
    with Store.open(path) as store:
        add_account(store, ADMIN, "kari@lyngtind.no", Role.ADMIN, "correct horse battery")
        version = store.version()
    monkeypatch.setenv("GOALPOST_STORE", str(path))
    at = app().run()
    assert [t.value for t in at.title] == ["Sign in to Goalpost"]
    with Store.open(path) as store:
        assert store.version() == version and store.strategy_text() is None and store.uploads().empty
