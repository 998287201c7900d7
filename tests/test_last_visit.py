"""Each viewer's last visit is kept in the store (Alembic revision 0002), and the Overview says what changed since."""

from __future__ import annotations

import datetime as dt
import sqlite3
from contextlib import closing

import pytest
from actors import ADMIN, EDITOR, VIEWER

from connectors.store import Store
from connectors.store.last_visit import THIS_COMPUTER, previous_visit, record_visit, visitor
from connectors.store.migrations import head_revision
from metrics.access import VIA_LINK, VIA_LOCAL, VIA_OIDC, AccessDenied, Actor, Role
from views.overview_model import since_visit_text, status_changes, was_text

GOALS = [
    {"id": "reach", "title": "Followers on LinkedIn", "status": "at_risk"},
    {"id": "talk", "title": "Comments", "status": "on_track"},
    {"id": "new", "title": "A new goal", "status": "off_track"},
]


def test_a_viewer_records_their_own_visit_and_reads_it_back(tmp_path):
    with Store.open(tmp_path / "goalpost.sqlite3") as store:
        assert previous_visit(store, VIEWER) is None
        before = store.version()
        at = dt.datetime(2026, 11, 3, 9, 30)
        record_visit(store, {"reach": "on_track"}, actor=VIEWER, at=at)
        # A visit is no data change: open dashboards are not redrawn and caches stay.
        assert store.version() == before
        visit = previous_visit(store, VIEWER)
        assert visit is not None and visit.at == at and dict(visit.statuses) == {"reach": "on_track"}
        # The next visit replaces it; other people's visits are their own.
        record_visit(store, {"reach": "at_risk"}, actor=VIEWER)
        assert dict(previous_visit(store, VIEWER).statuses) == {"reach": "at_risk"}
        assert previous_visit(store, EDITOR) is None


def test_open_mode_is_one_visitor_whatever_name_the_computer_gives():
    by_account = Actor("kari", Role.ADMIN, VIA_LOCAL)
    by_word = Actor("Denne datamaskinen", Role.ADMIN, VIA_LOCAL)
    assert visitor(by_account) == visitor(by_word) == THIS_COMPUTER
    assert visitor(Actor("Kari@Lyngtind.no", Role.VIEWER, VIA_OIDC)) == "kari@lyngtind.no"


def test_a_meeting_link_records_nothing_and_nobody_unknown_records_at_all(tmp_path):
    link = Actor("Meeting link “Board”", Role.VIEWER, VIA_LINK)
    with Store.open(tmp_path / "goalpost.sqlite3") as store:
        assert record_visit(store, {"reach": "on_track"}, actor=link) is None
        assert previous_visit(store, link) is None
        with pytest.raises(AccessDenied):
            record_visit(store, {"reach": "on_track"}, actor=None)
        with closing(sqlite3.connect(tmp_path / "goalpost.sqlite3")) as raw:
            assert raw.execute("SELECT count(*) FROM last_visit").fetchone()[0] == 0


def test_a_store_at_the_first_revision_gains_the_visit_table_and_keeps_its_data(tmp_path):
    path = tmp_path / "goalpost.sqlite3"
    with Store.open(path) as store:
        store.save_strategy("organisation: Kept\n", actor=ADMIN)
    with closing(sqlite3.connect(path)) as raw, raw:
        # As a store made before revision 0002 is: its later tables absent, Alembic at 0001.
        raw.executescript(
            "DROP TABLE last_visit; DROP TABLE pinned_version; DROP TABLE timeline_note; DROP TABLE decision;"
            "DROP TABLE workspace_member; DROP TABLE workspace;"
            "UPDATE alembic_version SET version_num = '0001';"
        )
    with Store.open(path) as store:
        assert "Kept" in (store.strategy_text() or "")
        record_visit(store, {"reach": "on_track"}, actor=VIEWER)
        assert previous_visit(store, VIEWER) is not None
    with closing(sqlite3.connect(path)) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()


def test_the_change_since_the_last_visit_names_each_goal_with_its_old_and_new_status():
    previous = {"reach": "on_track", "talk": "on_track"}
    changes = status_changes(previous, GOALS)
    assert [(goal["id"], old) for goal, old in changes] == [("reach", "on_track")]  # a new goal is no change
    text = since_visit_text(dt.date(2026, 11, 3), changes, "en")
    assert (
        text
        == "Since your last visit on 3 November 2026: “Followers on LinkedIn” went from on track to at risk."
    )
    assert "3. november 2026" in since_visit_text(dt.date(2026, 11, 3), changes, "nb")
    assert since_visit_text(dt.date(2026, 11, 3), [], "en").startswith("No goal has changed status")
    assert was_text("on_track", "en") == "Was on track at your last visit"
