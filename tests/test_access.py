"""Roles are checked in the library: every function that changes the store refuses a role that may not,
and changes nothing. Accounts, sign-in limits, role rules, meeting links and the sheet allow-list, on a real
store file."""

from __future__ import annotations

import io
import shutil
import sqlite3
from contextlib import closing
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from actors import ADMIN, EDITOR, VIEWER
from fake_sheets_server import FakeSheetsServer, FakeSpreadsheet, FakeTab

from connectors import access
from connectors.access import (
    LinkRefused,
    SignInRefused,
    SignInSetup,
    add_account,
    check_listening,
    create_meeting_link,
    open_meeting_link,
    parse_rule,
    revoke_meeting_link,
    role_for,
    session_actor,
    sign_in,
)
from connectors.readers import read_upload
from connectors.sheets import (
    CredentialsInfo,
    GoogleTransport,
    auto_sync_sheet,
    connect_sheet,
    disconnect_sheet,
    save_allowed_spreadsheets,
    sync_sheet,
)
from connectors.store.ingest import ingest_file
from connectors.store.schema import SCHEMA_VERSION
from connectors.store.store import Store
from metrics.access import SYSTEM, AccessDenied, Actor, Role
from metrics.errors import GoalpostError, SheetError
from views.demo import clear_demo

ROOT = Path(__file__).resolve().parent.parent
TIDY = (
    b"date,channel,audience,metric,value\n2026-01-05,facebook,,comments,3\n2026-01-06,facebook,,comments,4\n"
)
SHEET_ID = "1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcd"
SHEET_URL = f"https://docs.google.com/spreadsheets/d/{SHEET_ID}/edit#gid=0"
OTHER_EDITOR = Actor("olga.editor@lyngtind.no", Role.EDITOR)


def parsed(name: str = "jan.csv", content: bytes = TIDY):
    return read_upload(io.BytesIO(content), name)


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "goalpost.sqlite3") as opened:
        upload_id = opened.ingest(parsed(), actor=EDITOR).upload_id
        opened.undo(upload_id, actor=EDITOR)
        opened.ingest(parsed("feb.csv", TIDY.replace(b"2026-01", b"2026-02")), actor=EDITOR)
        opened.save_strategy("goals: []\n", actor=EDITOR)
        yield opened


def snapshot(store: Store) -> dict[str, list]:
    """Every row of every table, to show that a refused action wrote nothing."""
    with closing(sqlite3.connect(store.location)) as raw:
        tables = [
            r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        ]
        return {name: sorted(map(repr, raw.execute(f"SELECT * FROM {name}"))) for name in tables}


def store_actions(store: Store, tmp_path: Path):
    """Each function that changes the store, called with the actor given (name -> call)."""
    export = tmp_path / "march.csv"
    export.write_bytes(TIDY.replace(b"2026-01", b"2026-03"))
    undone = int(store.uploads().query("status == 'undone'")["id"].iloc[0])
    active = int(store.uploads().query("status == 'active'")["id"].iloc[0])
    public = CredentialsInfo.public()
    return {
        "ingest": lambda actor: store.ingest(parsed("new.csv", TIDY.replace(b"3\n", b"30\n")), actor=actor),
        "ingest_file": lambda actor: ingest_file(store, export, actor=actor),
        "undo": lambda actor: store.undo(active, actor=actor),
        "restore": lambda actor: store.restore(undone, actor=actor),
        "save_strategy": lambda actor: store.save_strategy("goals: []\n# changed\n", actor=actor),
        "save_mapping": lambda actor: store.save_mapping("weekly", {"date": "Uke"}, actor=actor),
        "clear_demo": lambda actor: clear_demo(store, actor) or store.undo(active, actor=actor),
        "connect_sheet": lambda actor: connect_sheet(store, SHEET_URL, [0], actor=actor),
        "disconnect_sheet": lambda actor: disconnect_sheet(store, 1, actor=actor),
        "sync_sheet": lambda actor: sync_sheet(store, SHEET_URL, [0], credentials=public, actor=actor),
        "auto_sync_sheet": lambda actor: auto_sync_sheet(
            store, SHEET_URL, [0], credentials=public, actor=actor
        ),
        "create_meeting_link": lambda actor: create_meeting_link(
            store, actor, {"lang": "nb"}, date.today() + timedelta(days=7), "Board"
        ),
    }


ADMIN_ACTIONS = {
    "add_account": lambda store, actor: add_account(
        store, actor, "new@lyngtind.no", Role.VIEWER, "long enough pw"
    ),
    "set_account_role": lambda store, actor: access.set_account_role(
        store, actor, "kari@lyngtind.no", Role.ADMIN
    ),
    "set_password": lambda store, actor: access.set_password(
        store, actor, "kari@lyngtind.no", "another long pw"
    ),
    "remove_account": lambda store, actor: access.remove_account(store, actor, "kari@lyngtind.no"),
    "save_rules": lambda store, actor: access.save_rules(store, actor, [parse_rule("@x.no", Role.EDITOR)]),
    "save_allowed_spreadsheets": lambda store, actor: save_allowed_spreadsheets(store, actor, [SHEET_ID]),
}


@pytest.mark.parametrize(
    "action",
    [
        "ingest",
        "ingest_file",
        "undo",
        "restore",
        "save_strategy",
        "save_mapping",
        "clear_demo",
        "connect_sheet",
        "disconnect_sheet",
        "sync_sheet",
        "auto_sync_sheet",
        "create_meeting_link",
    ],
)
@pytest.mark.parametrize("actor", [VIEWER, None], ids=["viewer", "nobody"])
def test_every_change_to_the_store_refuses_a_viewer_and_writes_nothing(store, tmp_path, action, actor):
    before = snapshot(store)
    with pytest.raises(AccessDenied) as refused:
        store_actions(store, tmp_path)[action](actor)
    assert refused.value.needed == Role.EDITOR
    assert "needs the editor role" in str(refused.value) and "Ask an admin" in str(refused.value)
    assert snapshot(store) == before


@pytest.mark.parametrize("action", sorted(ADMIN_ACTIONS))
@pytest.mark.parametrize("actor", [VIEWER, EDITOR], ids=["viewer", "editor"])
def test_managing_people_and_sheets_refuses_anyone_but_an_admin(store, action, actor):
    add_account(store, ADMIN, "kari@lyngtind.no", Role.EDITOR, "kari's long password")
    add_account(store, ADMIN, "anna@lyngtind.no", Role.ADMIN, "anna's long password")
    before = snapshot(store)
    with pytest.raises(AccessDenied, match="needs the admin role"):
        ADMIN_ACTIONS[action](store, actor)
    assert snapshot(store) == before
    ADMIN_ACTIONS[action](store, ADMIN)  # and an admin may
    assert snapshot(store) != before


def test_the_ledger_strategy_mappings_and_sheets_record_who_acted(store, tmp_path):
    store.save_mapping("weekly", {"date": "Uke"}, actor=OTHER_EDITOR)
    connect_sheet(store, SHEET_URL, [0], actor=OTHER_EDITOR)
    export = tmp_path / "april.csv"
    export.write_bytes(TIDY.replace(b"2026-01", b"2026-04"))
    ingest_file(store, export, actor=OTHER_EDITOR)
    uploads = store.uploads().sort_values("id")
    assert uploads["uploaded_by"].tolist() == [EDITOR.identity, EDITOR.identity, OTHER_EDITOR.identity]
    events = store.upload_events()
    assert events[["event", "by"]].values.tolist()[:2] == [
        ["ingested", EDITOR.identity],
        ["undone", EDITOR.identity],
    ]
    assert store.strategy_versions()["author"].tolist() == [EDITOR.identity]
    with closing(sqlite3.connect(store.location)) as raw:
        assert raw.execute("SELECT saved_by FROM column_mapping").fetchall() == [(OTHER_EDITOR.identity,)]
        assert raw.execute("SELECT connected_by FROM sheet_connections").fetchall() == [
            (OTHER_EDITOR.identity,)
        ]


def test_passwords_are_argon2_hashes_and_sign_in_checks_them(store):
    add_account(store, ADMIN, " Kari@Lyngtind.no ", Role.EDITOR, "correct horse battery")
    with closing(sqlite3.connect(store.location)) as raw:
        (stored,) = raw.execute("SELECT password_hash FROM account").fetchone()
    assert stored.startswith("$argon2id$") and "correct horse" not in stored
    actor = sign_in(store, "kari@lyngtind.no", "correct horse battery", "127.0.0.1")
    assert (actor.identity, actor.role, actor.via) == ("kari@lyngtind.no", Role.EDITOR, "password")
    with pytest.raises(SignInRefused, match="do not match an account"):
        sign_in(store, "kari@lyngtind.no", "wrong horse battery", "127.0.0.1")
    # An unknown address reads exactly like a wrong password: nothing confirms which accounts exist.
    with pytest.raises(SignInRefused) as unknown:
        sign_in(store, "nobody@lyngtind.no", "correct horse battery", "127.0.0.1")
    assert str(unknown.value).startswith("That e-mail address and password do not match")
    with pytest.raises(GoalpostError, match="use at least 10"):
        add_account(store, ADMIN, "ola@lyngtind.no", Role.VIEWER, "short")


def test_failed_sign_ins_lock_an_account_for_fifteen_minutes_even_with_the_right_password(store):
    add_account(store, ADMIN, "kari@lyngtind.no", Role.EDITOR, "correct horse battery")
    start = datetime(2026, 12, 1, 9, 0)
    for minute in range(access.MAX_FAILURES_PER_ACCOUNT):
        with pytest.raises(SignInRefused, match="do not match"):
            sign_in(store, "kari@lyngtind.no", "guess", "10.9.8.7", now=start + timedelta(minutes=minute))
    with pytest.raises(SignInRefused, match="Too many failed sign-ins. Wait 12 minutes"):
        sign_in(
            store, "kari@lyngtind.no", "correct horse battery", "10.9.8.8", now=start + timedelta(minutes=4)
        )
    # The oldest failure ages out after 15 minutes; then the right password works and clears the count.
    later = start + timedelta(minutes=15, seconds=1)
    assert (
        sign_in(store, "kari@lyngtind.no", "correct horse battery", "10.9.8.8", now=later).role == Role.EDITOR
    )


def test_one_address_trying_many_accounts_is_locked_out(store):
    add_account(store, ADMIN, "kari@lyngtind.no", Role.EDITOR, "correct horse battery")
    start = datetime(2026, 12, 1, 9, 0)
    for n in range(access.MAX_FAILURES_PER_ADDRESS):
        with pytest.raises(SignInRefused, match="do not match"):
            sign_in(store, f"user{n}@lyngtind.no", "guess", "203.0.113.9", now=start)
    with pytest.raises(SignInRefused, match="Too many failed sign-ins"):
        sign_in(store, "kari@lyngtind.no", "correct horse battery", "203.0.113.9", now=start)
    assert sign_in(store, "kari@lyngtind.no", "correct horse battery", "198.51.100.1", now=start)


def test_a_session_expires_and_ends_when_the_account_changes(store):
    add_account(store, ADMIN, "kari@lyngtind.no", Role.EDITOR, "correct horse battery")
    signed_in_at = datetime.utcnow().replace(microsecond=0) + timedelta(seconds=1)
    assert session_actor(store, "kari@lyngtind.no", signed_in_at, now=signed_in_at).role == Role.EDITOR
    assert (
        session_actor(store, "kari@lyngtind.no", signed_in_at, now=signed_in_at + timedelta(hours=9)) is None
    )
    with closing(sqlite3.connect(store.location)) as raw, raw:
        raw.execute(
            "UPDATE account SET changed_at = ?", ((signed_in_at + timedelta(minutes=5)).isoformat(" "),)
        )
    assert (
        session_actor(store, "kari@lyngtind.no", signed_in_at, now=signed_in_at + timedelta(minutes=6))
        is None
    )


def test_the_last_admin_account_cannot_be_removed_or_demoted(store):
    add_account(store, ADMIN, "anna@lyngtind.no", Role.ADMIN, "anna's long password")
    with pytest.raises(GoalpostError, match="only admin account"):
        access.remove_account(store, ADMIN, "anna@lyngtind.no")
    with pytest.raises(GoalpostError, match="only admin account"):
        access.set_account_role(store, ADMIN, "anna@lyngtind.no", Role.EDITOR)


def test_role_rules_give_the_highest_matching_role_and_nothing_to_strangers():
    rules = [
        parse_rule("kari@lyngtind.no", Role.ADMIN),
        parse_rule("@lyngtind.no", Role.EDITOR),
        parse_rule("group:board", Role.VIEWER),
        parse_rule("@partner.no", Role.VIEWER),
    ]
    assert role_for("Kari@Lyngtind.no", [], rules) == Role.ADMIN
    assert role_for("ola@lyngtind.no", ["board"], rules) == Role.EDITOR
    assert role_for("someone@elsewhere.org", ["board"], rules) == Role.VIEWER
    assert role_for("someone@elsewhere.org", [], rules) is None
    assert role_for("eve@lyngtind.no.evil.org", [], rules) is None  # a domain matches whole, not as a prefix
    with pytest.raises(GoalpostError, match="is not an e-mail address"):
        parse_rule("lyngtind", Role.EDITOR)


def test_secrets_rules_are_fixed_and_stored_rules_are_the_admins(store):
    setup = access.sign_in_setup(
        {"goalpost": {"roles": {"admin": ["kari@lyngtind.no"], "editor": "@lyngtind.no"}}}, store
    )
    assert [(r.written, r.role, r.fixed) for r in setup.fixed_rules] == [
        ("kari@lyngtind.no", Role.ADMIN, True),
        ("@lyngtind.no", Role.EDITOR, True),
    ]
    access.save_rules(store, ADMIN, [parse_rule("group:comms", Role.EDITOR), *setup.fixed_rules])
    assert [r.written for r in access.stored_rules(store)] == ["group:comms"]


def test_a_meeting_link_opens_as_a_viewer_until_revoked_or_expired(store):
    link, token = create_meeting_link(
        store, EDITOR, {"lang": "nb", "as_of": "2026-02"}, date(2027, 1, 7), "Board"
    )
    opened = open_meeting_link(store, token, today=date(2027, 1, 7))
    assert opened.view == {"lang": "nb", "as_of": "2026-02"} and opened.actor.role == Role.VIEWER
    with pytest.raises(LinkRefused, match="stopped working after 2027-01-07"):
        open_meeting_link(store, token, today=date(2027, 1, 8))
    # Another editor may not revoke it; its maker and an admin may.
    with pytest.raises(AccessDenied):
        revoke_meeting_link(store, OTHER_EDITOR, link.id)
    assert revoke_meeting_link(store, EDITOR, link.id) is True
    with pytest.raises(LinkRefused, match="was withdrawn"):
        open_meeting_link(store, token, today=date(2027, 1, 1))
    second, second_token = create_meeting_link(store, EDITOR, {}, date(2027, 1, 7), "Partners")
    assert revoke_meeting_link(store, ADMIN, second.id) is True


def test_a_made_up_or_altered_token_opens_nothing(store):
    _, token = create_meeting_link(store, EDITOR, {}, date.today() + timedelta(days=3), "Board")
    forged = access.link_token(store, 1)[:-2] + "xx"
    for bad in (forged, "1", "", token.replace(token.split(".")[0], "Mg")):
        with pytest.raises(LinkRefused, match="does not open anything"):
            open_meeting_link(store, bad)
    # Another store's key does not open this store's links.
    with Store.open(Path(store.location).with_name("other.sqlite3")) as other, pytest.raises(LinkRefused):
        open_meeting_link(other, token)


def test_a_meeting_link_lasts_a_year_at_most(store):
    today = date(2026, 12, 7)
    with pytest.raises(GoalpostError, match="from today to 2027-12-08"):
        create_meeting_link(store, EDITOR, {}, today + timedelta(days=400), "Board", today=today)
    with pytest.raises(GoalpostError):
        create_meeting_link(store, EDITOR, {}, today - timedelta(days=1), "Board", today=today)


def test_listening_beyond_this_computer_needs_sign_in_or_open():
    nobody = SignInSetup()
    for address in ("127.0.0.1", "localhost", "::1", "127.0.0.2"):
        check_listening(address, nobody, open_to_all=False)
    for address in ("0.0.0.0", "", "::", "192.0.2.10"):
        with pytest.raises(GoalpostError, match="Set up sign-in first"):
            check_listening(address, nobody, open_to_all=False)
        check_listening(address, nobody, open_to_all=True)
        check_listening(address, SignInSetup(passwords=True), open_to_all=False)
        check_listening(address, SignInSetup(oidc_providers=("",)), open_to_all=False)


def test_oidc_settings_need_every_part_to_count_as_set_up():
    complete = {
        "redirect_uri": "https://goalpost.example.org/oauth2callback",
        "cookie_secret": "x" * 32,
        "client_id": "goalpost",
        "client_secret": "s",
        "server_metadata_url": "https://login.example.org/.well-known/openid-configuration",
    }
    assert access.sign_in_setup({"auth": complete}, None).oidc_providers == ("",)
    named = {"redirect_uri": complete["redirect_uri"], "cookie_secret": "c", "microsoft": dict(complete)}
    assert access.sign_in_setup({"auth": named}, None).oidc_providers == ("microsoft",)
    assert not access.sign_in_setup({"auth": {**complete, "client_secret": ""}}, None).configured


def test_a_sheet_not_on_the_admins_list_is_refused_before_google_is_asked(store):
    server = FakeSheetsServer()
    server.spreadsheets[SHEET_ID] = FakeSpreadsheet(
        SHEET_ID,
        "HR payroll",
        [FakeTab("Salaries", [["Name", "Salary"], ["Kari", "1"]])],
        anyone_with_link=True,
    )
    with server:
        save_allowed_spreadsheets(
            store, ADMIN, ["https://docs.google.com/spreadsheets/d/" + "Z" * 44 + "/edit"]
        )
        before = snapshot(store)
        for call in (
            lambda: connect_sheet(store, SHEET_URL, [0], actor=EDITOR),
            lambda: sync_sheet(
                store,
                SHEET_URL,
                [0],
                credentials=CredentialsInfo.public(),
                transport=GoogleTransport(server.base_url),
                actor=EDITOR,
            ),
        ):
            with pytest.raises(SheetError, match="not on the list of sheets Goalpost may read"):
                call()
        assert server.count() == 0
        assert snapshot(store) == before


def test_the_system_actors_may_change_data_but_are_named_in_the_ledger(store):
    result = store.ingest(parsed("sys.csv", TIDY.replace(b"2026-01", b"2025-01")), actor=SYSTEM)
    assert result.status == "stored"
    assert store.uploads().sort_values("id")["uploaded_by"].iloc[-1] == "Goalpost"


def test_a_store_from_schema_2_is_upgraded_in_place_with_its_history(tmp_path):
    # Made with the Goalpost of commit 184eec7 (schema 2): a strategy, one upload undone and restored, a mapping.
    path = tmp_path / "old.sqlite3"
    shutil.copy(ROOT / "tests" / "files" / "stores" / "schema-2.goalpost-store", path)
    with Store.open(path) as store:
        assert store.uploads()[["uploaded_by", "status"]].values.tolist() == [["Kari", "active"]]
        assert store.upload_events()["by"].tolist() == ["Kari", "Ola", "Ola"]
        assert store.strategy_versions()["author"].tolist() == ["Kari"]
        assert store.mappings() == {"weekly": {"date": "Uke"}}
        assert access.account_count(store) == 0
        add_account(store, ADMIN, "kari@lyngtind.no", Role.ADMIN, "kari's long password")
        store.save_mapping("weekly", {"date": "Veke"}, actor=EDITOR)
    with closing(sqlite3.connect(path)) as raw:
        assert raw.execute("SELECT schema_version FROM store_state").fetchone()[0] == SCHEMA_VERSION
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_without_a_visitor_address_only_the_account_limit_counts(store):
    # Every visitor would share "unknown": twenty wrong passwords from anyone must not lock everyone out.
    add_account(store, ADMIN, "kari@lyngtind.no", Role.EDITOR, "correct horse battery")
    start = datetime(2026, 12, 1, 9, 0)
    for n in range(access.MAX_FAILURES_PER_ADDRESS + 5):
        with pytest.raises(SignInRefused, match="do not match"):
            sign_in(store, f"user{n}@lyngtind.no", "guess", access.UNKNOWN_ADDRESS, now=start)
    assert sign_in(store, "kari@lyngtind.no", "correct horse battery", access.UNKNOWN_ADDRESS, now=start)
