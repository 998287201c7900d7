"""Workspaces: what is written in one is invisible from another, and only members act in one (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path

import pytest
from actors import ADMIN, EDITOR, VIEWER
from sqlalchemy import inspect
from tidy_uploads import parsed as tidy_upload

from connectors.access import create_meeting_link, meeting_links, open_meeting_link
from connectors.access.role_rules import parse_rule, save_rules, stored_rules
from connectors.readers.parsed_upload import ParsedUpload
from connectors.sheets import allowed_spreadsheets, save_allowed_spreadsheets
from connectors.store import (
    DEFAULT_WORKSPACE,
    Store,
    WorkspaceRefused,
    create_workspace,
    members,
    remove_member,
    set_member,
    workspace_actor,
    workspace_location,
    workspaces,
    workspaces_of,
)
from metrics.access import VIA_ACCOUNT, AccessDenied, Actor, Role
from metrics.errors import StoreError

SAMPLE_STRATEGY = Path(__file__).resolve().parents[2] / "sample_data" / "strategy.yaml"


def of(actor: Actor, workspace: str) -> Actor:
    """Return the actor with its role holding in a workspace (as workspace_actor gives it)."""
    return replace(actor, workspace=workspace)


def parsed(channel: str, value: float, name: str) -> ParsedUpload:
    # The name is part of the bytes: two files with the same value are two uploads, not a duplicate.
    rows = [("2027-01-10", channel, "all", "impressions", value)]
    return tidy_upload(rows, name, content=json.dumps(rows + [name]).encode())


A_EDITOR, A_ADMIN = of(EDITOR, "client-a"), of(ADMIN, "client-a")
MEMBER_OF_A = Actor("mona.member@client-a.no", Role.VIEWER, VIA_ACCOUNT)
"""Signed in with a viewer account of the default workspace, and given roles in workspace a below."""


@pytest.fixture
def home(store_url):
    with Store.open(store_url) as opened:
        create_workspace(opened, ADMIN, "client-a", "Client A")
        create_workspace(opened, ADMIN, "client-b", "Client B")
        yield opened


def test_everything_written_in_one_workspace_is_invisible_from_the_others(home, store_url):
    a = Store.open(store_url, workspace="client-a")
    b = Store.open(store_url, workspace="client-b")
    try:
        stored = a.ingest(parsed("linkedin", 100, "a.csv"), actor=A_EDITOR)
        a.save_strategy(SAMPLE_STRATEGY.read_text(), actor=A_EDITOR, note="A's plan")
        a.save_mapping("a-layout", {"date": "Dag"}, actor=A_EDITOR)
        a.pin_version("2027-01", actor=A_EDITOR, label="A's January")
        a.add_note("A campaign", dt.date(2027, 1, 3), actor=A_EDITOR, kind="campaign")
        create_meeting_link(
            a, A_EDITOR, {"page": "overview"}, dt.date.today() + dt.timedelta(days=3), "A's meeting"
        )
        save_rules(a, A_ADMIN, [parse_rule("@client-a.no", Role.EDITOR)])
        save_allowed_spreadsheets(a, A_ADMIN, ["1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdefg"])

        assert len(a.uploads()) == 1 and a.upload_content(stored.upload_id)
        for other in (b, home):
            assert other.uploads().empty
            assert other.month_values().empty
            assert other.strategy_text() is None
            assert other.strategy_versions().empty
            assert other.mappings() == {}
            assert other.pinned_versions().empty
            assert other.notes().empty
            assert meeting_links(other) == []
            assert stored_rules(other) == []
            assert allowed_spreadsheets(other) == ()
            assert other.version() != a.version() or other.version() == 0
        # And the other way round: the default workspace's upload is not in a or b.
        home.ingest(parsed("facebook", 7, "home.csv"), actor=EDITOR)
        assert set(a.month_values()["channel"]) == {"linkedin"}
        assert b.month_values().empty
    finally:
        a.close()
        b.close()


def test_a_meeting_link_opens_only_in_the_workspace_it_was_made_in(home, store_url):
    with Store.open(store_url, workspace="client-a") as a, Store.open(store_url, workspace="client-b") as b:
        _, token = create_meeting_link(a, A_EDITOR, {"page": "overview"}, dt.date.today(), "A's meeting")
        assert open_meeting_link(a, token).label == "A's meeting"
        for other in (b, home):
            with pytest.raises(Exception) as refused:
                open_meeting_link(other, token)
            assert "link" in str(refused.value).lower()


def test_each_workspace_has_its_own_tables_and_schema_version(home, store_url):
    with Store.open(store_url, workspace="client-a") as a:
        with a.reading() as conn:
            tables = set(inspect(conn).get_table_names())
            revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        assert {"upload", "observation", "alembic_version"} <= tables
        assert revision == "0004"
        assert a.location != home.location
        if a.url.get_backend_name() == "postgresql":
            # Its own schema, and nothing else on the search path: the home's tables are out of reach.
            with a.reading() as conn:
                assert conn.exec_driver_sql("SHOW search_path").scalar() == "ws_client_a"
                assert conn.exec_driver_sql("SELECT current_schema()").scalar() == "ws_client_a"


def test_roles_are_per_workspace_and_a_member_of_one_cannot_act_in_another(home, store_url):
    set_member(home, ADMIN, "client-a", "Mona.Member@client-a.no ", Role.EDITOR)
    assert [(m.email, m.role) for m in members(home, "client-a")] == [
        ("mona.member@client-a.no", Role.EDITOR)
    ]
    assert members(home, "client-b") == []

    in_a = workspace_actor(home, MEMBER_OF_A, "client-a")
    assert in_a.role == Role.EDITOR and in_a.identity == MEMBER_OF_A.identity
    with Store.open(store_url, workspace="client-a") as a:
        assert a.ingest(parsed("linkedin", 1, "a.csv"), actor=in_a).status == "stored"
    # In the default workspace the same person keeps their account's role: a viewer there cannot upload.
    assert workspace_actor(home, MEMBER_OF_A, DEFAULT_WORKSPACE).role == Role.VIEWER
    with pytest.raises(AccessDenied):
        home.ingest(parsed("linkedin", 1, "home.csv"), actor=workspace_actor(home, MEMBER_OF_A, "default"))
    # In b they are nobody: refused in plain words, the same as for a workspace that does not exist.
    with pytest.raises(WorkspaceRefused) as refused:
        workspace_actor(home, MEMBER_OF_A, "client-b")
    assert refused.value.message.key == "workspace.not_member"
    with pytest.raises(WorkspaceRefused) as unknown:
        workspace_actor(home, MEMBER_OF_A, "no-such-client")
    assert unknown.value.message.key == "workspace.not_member"
    assert [w.id for w in workspaces_of(home, MEMBER_OF_A)] == ["default", "client-a"]
    assert [w.id for w in workspaces_of(home, ADMIN)] == ["default", "client-a", "client-b"]
    # An admin of the deployment is admin in every workspace.
    in_b = workspace_actor(home, ADMIN, "client-b")
    assert (in_b.identity, in_b.role, in_b.workspace) == (ADMIN.identity, Role.ADMIN, "client-b")
    # A role in one workspace leads nowhere else, also when it is passed on by mistake.
    with pytest.raises(WorkspaceRefused):
        workspace_actor(home, in_a, "client-b")
    with pytest.raises(WorkspaceRefused):
        workspace_actor(home, in_b, "client-a")

    assert remove_member(home, ADMIN, "client-a", "mona.member@client-a.no")
    with pytest.raises(WorkspaceRefused):
        workspace_actor(home, MEMBER_OF_A, "client-a")


def test_a_role_in_one_workspace_acts_in_no_other_store(home, store_url):
    # The store itself refuses: an editor of a (or of the default workspace) cannot write in b.
    with Store.open(store_url, workspace="client-b") as b:
        for outsider in (A_EDITOR, A_ADMIN, EDITOR, ADMIN):
            with pytest.raises(WorkspaceRefused) as refused:
                b.ingest(parsed("linkedin", 1, "x.csv"), actor=outsider)
            assert refused.value.message.key == "workspace.not_member"
            with pytest.raises(WorkspaceRefused):
                b.save_strategy(SAMPLE_STRATEGY.read_text(), actor=outsider)
            with pytest.raises(WorkspaceRefused):
                create_meeting_link(b, outsider, {"page": "overview"}, dt.date.today(), "x")
            with pytest.raises((WorkspaceRefused, AccessDenied)):  # an editor is refused for the role first
                save_rules(b, outsider, [])
        assert b.uploads().empty and b.strategy_text() is None and meeting_links(b) == []
        # Its own editor, as workspace_actor makes them, may.
        assert (
            b.ingest(parsed("linkedin", 1, "x.csv"), actor=workspace_actor(home, ADMIN, "client-b")).status
            == "stored"
        )
    # And a's admin cannot reach the deployment's accounts or data either.
    from connectors.access import add_account

    with pytest.raises(WorkspaceRefused):
        add_account(home, A_ADMIN, "new-admin@client-a.no", Role.ADMIN, "a long enough password")
    with pytest.raises(WorkspaceRefused):
        home.ingest(parsed("linkedin", 1, "home.csv"), actor=A_EDITOR)


def test_an_admin_of_one_workspace_manages_its_members_only(home):
    set_member(home, ADMIN, "client-a", MEMBER_OF_A.identity, Role.ADMIN)
    admin_of_a = workspace_actor(home, MEMBER_OF_A, "client-a")
    assert admin_of_a.role == Role.ADMIN and admin_of_a.workspace == "client-a"
    set_member(home, admin_of_a, "client-a", "new@client-a.no", Role.VIEWER)
    # Passed as signed in (a viewer of the default workspace): the library finds the admin role in a itself.
    set_member(home, MEMBER_OF_A, "client-a", "other@client-a.no", Role.EDITOR)
    assert {m.email for m in members(home, "client-a")} >= {"new@client-a.no", "other@client-a.no"}
    for actor in (admin_of_a, MEMBER_OF_A):
        with pytest.raises(WorkspaceRefused):
            set_member(home, actor, "client-b", "me@client-a.no", Role.ADMIN)
        with pytest.raises(WorkspaceRefused):
            remove_member(home, actor, "client-b", "x@example.org")
    with pytest.raises(WorkspaceRefused) as refused:
        create_workspace(home, admin_of_a, "client-c", "Client C")
    assert refused.value.message.key == "workspace.only_deployment_admins"
    assert members(home, "client-b") == []


def test_only_admins_add_workspaces_and_members(home):
    for actor in (VIEWER, EDITOR, None):
        with pytest.raises(AccessDenied):
            create_workspace(home, actor, "client-c", "Client C")
        with pytest.raises((AccessDenied, WorkspaceRefused)):
            set_member(home, actor, "client-a", "x@example.org", Role.VIEWER)
        with pytest.raises((AccessDenied, WorkspaceRefused)):
            remove_member(home, actor, "client-a", "x@example.org")
    assert [w.id for w in workspaces(home)] == ["default", "client-a", "client-b"]


def test_an_unknown_or_malformed_workspace_is_a_plain_refusal_and_nothing_is_made(home, store_url, tmp_path):
    with pytest.raises(WorkspaceRefused) as unknown:
        Store.open(store_url, workspace="client-z")
    assert unknown.value.message.key == "workspace.unknown"
    assert "client-z" in str(unknown.value)
    for bad in ("Client A!", "under_score", "", "-a", "x" * 41):
        with pytest.raises(WorkspaceRefused) as malformed:
            Store.open(store_url, workspace=bad)
        assert malformed.value.message.key == "workspace.bad_id"
    with pytest.raises(WorkspaceRefused) as exists:
        create_workspace(home, ADMIN, "client-a", "Again")
    assert exists.value.message.key == "workspace.exists"
    with pytest.raises(WorkspaceRefused):
        set_member(home, ADMIN, "client-z", "x@example.org", Role.VIEWER)
    assert [w.id for w in workspaces(home)] == ["default", "client-a", "client-b"]
    if not store_url.startswith("postgresql"):
        made = {p.name.split(".")[0] for p in (Path(store_url).parent / "workspaces").iterdir()}
        assert made == {"client-a", "client-b"}


def test_a_workspace_without_an_id_is_refused_with_what_to_write(home):
    for blank in ("", "   ", None):
        with pytest.raises(WorkspaceRefused) as refused:
            create_workspace(home, ADMIN, blank, "Client C")
        assert refused.value.message.key == "workspace.no_id"
        assert "lower-case letters, digits and hyphens" in str(refused.value)
    assert [w.id for w in workspaces(home)] == ["default", "client-a", "client-b"]


def test_a_workspace_whose_store_cannot_be_made_is_not_added(tmp_path):
    # A file where the workspaces' folder should be: the store cannot be made, and the id stays free.
    (tmp_path / "workspaces").write_text("in the way", encoding="utf-8")
    with Store.open(tmp_path / "goalpost.sqlite3") as home:
        with pytest.raises(StoreError):
            create_workspace(home, ADMIN, "client-c", "Client C")
        assert [w.id for w in workspaces(home)] == ["default"]
        (tmp_path / "workspaces").unlink()
        assert create_workspace(home, ADMIN, "client-c", "Client C").id == "client-c"
        assert [w.id for w in workspaces(home)] == ["default", "client-c"]


def test_the_workspace_location_opens_the_same_store_as_the_workspace_id(home, store_url):
    with Store.open(store_url, workspace="client-a") as a:
        a.ingest(parsed("linkedin", 5, "a.csv"), actor=A_EDITOR)
    with Store.open(workspace_location(home, "client-a")) as again:
        assert len(again.uploads()) == 1
    assert Store.open(store_url, workspace="default").url == home.url


def test_a_workspace_moves_from_sqlite_to_its_own_postgresql_schema(tmp_path, postgres_url):
    # As docs/postgresql.md says: copy the home store, make the schema, copy each workspace's store into it.
    from sqlalchemy import create_engine

    from connectors.store import copy_store

    home_file = tmp_path / "goalpost.sqlite3"
    with Store.open(home_file) as home:
        create_workspace(home, ADMIN, "client-a", "Client A")
    with Store.open(home_file, workspace="client-a") as a:
        a.ingest(parsed("linkedin", 9, "a.csv"), actor=A_EDITOR)
    copy_store(home_file, postgres_url, actor=ADMIN)
    with create_engine(postgres_url).begin() as conn:
        conn.exec_driver_sql("CREATE SCHEMA ws_client_a")
    copy_store(
        tmp_path / "workspaces" / "client-a.sqlite3",
        postgres_url + "?options=-csearch_path%3Dws_client_a",
        actor=ADMIN,
    )
    with Store.open(postgres_url) as pg_home:
        assert [w.id for w in workspaces(pg_home)] == ["default", "client-a"]
        assert pg_home.uploads().empty
    with Store.open(postgres_url, workspace="client-a") as pg_a:
        assert list(pg_a.uploads()["file_name"]) == ["a.csv"]


def test_a_workspace_store_url_keeps_the_database_and_never_shows_the_password():
    from sqlalchemy import make_url

    from connectors.store.engine import store_label
    from connectors.store.workspaces import workspace_url

    home = make_url("postgresql+psycopg://goalpost:s3cret-pw@db.example.org/goalpost")
    url = workspace_url(home, "client-a")
    assert (url.database, url.password, url.query["options"]) == (
        "goalpost",
        "s3cret-pw",
        "-csearch_path=ws_client_a",
    )
    assert "s3cret-pw" not in store_label(url)
    sqlite = workspace_url(make_url("sqlite:////srv/goalpost/data/goalpost.sqlite3"), "client-a")
    assert sqlite.database == "/srv/goalpost/data/workspaces/client-a.sqlite3"
    with pytest.raises(WorkspaceRefused):
        workspace_url(make_url("sqlite://"), "client-a")
