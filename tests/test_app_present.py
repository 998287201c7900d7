"""The presentation view in the real app (AppTest) on the demo organisation: the agenda, moving between
screens, no sidebar, and who may open it (a viewer, a read-only meeting link) without anything changing."""

from __future__ import annotations

import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest
from actors import EDITOR
from sign_in import signed_in
from streamlit.testing.v1 import AppTest

from connectors.access import create_meeting_link
from connectors.store.store import Store
from views.present_model import AGENDA_ORDER

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT = 60
STATUS_WORDS = {"Off track": 0, "At risk": 1, "On track": 2, "Achieved": 3, "No data": 4}


def app() -> AppTest:
    return AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=TIMEOUT)


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory) -> Path:
    """A store holding the demo organisation, loaded the way a first start loads it."""
    path = tmp_path_factory.mktemp("present") / "goalpost.sqlite3"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("GOALPOST_STORE", str(path))
        patch.delenv("GOALPOST_OPEN", raising=False)
        app().run(timeout=300)
    return path


@pytest.fixture
def store_path(demo_store, tmp_path, monkeypatch) -> Path:
    copy = tmp_path / "goalpost.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        source = demo_store.with_name(demo_store.name + suffix)
        if source.exists():
            shutil.copy(source, copy.with_name(copy.name + suffix))
    monkeypatch.setenv("GOALPOST_STORE", str(copy))
    monkeypatch.delenv("GOALPOST_OPEN", raising=False)
    return copy


def presented(at: AppTest, **params: str) -> AppTest:
    at.query_params["present"] = "1"
    for name, value in params.items():
        at.query_params[name] = value
    return at.run()


def plain(text: str) -> str:
    # literal() escapes Markdown punctuation with backslashes.
    return str(text).replace("\\", "")


def agenda_labels(at: AppTest) -> list[str]:
    return [plain(b.label) for b in at.button if (b.key or "").startswith("present.goal.")]


def click(at: AppTest, key: str) -> AppTest:
    return next(b for b in at.button if b.key == key).click().run()


def check_read_only_screens(at: AppTest) -> None:
    """Open the agenda, then each goal in turn with Next, and come round to the agenda again."""
    assert not at.exception
    assert [t.value for t in at.title] == ["Agenda"]
    # Nothing to read or press in the sidebar (OpenID's invisible return-address keeper may sit there).
    assert not (at.sidebar.markdown or at.sidebar.caption or at.sidebar.button or at.sidebar.selectbox)
    labels = agenda_labels(at)
    assert len(labels) == 12
    for _ in labels:
        at = click(at, "present.next")
        assert not at.exception
        assert at.metric, "every goal screen shows its number"
    at = click(at, "present.next")
    assert agenda_labels(at) == labels


def test_the_agenda_lists_every_goal_most_urgent_first_and_no_data_last(store_path):
    at = presented(app())
    assert not at.exception
    assert [t.value for t in at.title] == ["Agenda"]
    assert not at.sidebar.children, "the presentation has no sidebar"
    labels = agenda_labels(at)
    ranks = [STATUS_WORDS[label.rsplit(" · ", 1)[1]] for label in labels]
    assert ranks == sorted(ranks) and ranks[0] == 0 and ranks[-1] == 4
    assert list(STATUS_WORDS) == [w.replace("_", " ").capitalize() for w in AGENDA_ORDER]


def test_the_agenda_is_in_the_viewers_language_after_someone_looked_in_another(store_path):
    from connectors.sample import sample_strategy_words

    english = presented(app())
    assert any("LinkedIn followers" in label for label in agenda_labels(english))
    norwegian = presented(app(), lang="nb")  # the same process, so the same caches
    titles = {g["title"] for g in sample_strategy_words("nb")["goals"].values() if "title" in g}
    labels = agenda_labels(norwegian)
    assert labels and all(any(title in label for title in titles) for label in labels), labels


def test_next_previous_and_an_agenda_entry_move_between_screens(store_path):
    at = presented(app())
    first = agenda_labels(at)[0]
    at = click(at, "present.next")
    assert "Goal 1 of 12" in "\n".join(str(m.value) for m in at.markdown)
    assert plain(at.title[0].value) in first
    assert at.get("plotly_chart"), "the goal's chart is drawn"
    at = click(at, "present.previous")
    assert [t.value for t in at.title] == ["Agenda"]
    at = click(at, "present.previous")
    assert "Goal 12 of 12" in "\n".join(str(m.value) for m in at.markdown)
    at = click(at, "present.agenda")
    assert [t.value for t in at.title] == ["Agenda"]
    at = click(at, "present.goal.3")
    assert "Goal 3 of 12" in "\n".join(str(m.value) for m in at.markdown)
    at = click(at, "present.leave")
    assert "present" not in at.query_params and at.sidebar.selectbox
    assert [t.value for t in at.title] == ["Is the strategy working?"]


def test_the_link_keeps_its_language_and_month(store_path):
    at = presented(app(), lang="nb", as_of="2026-06")
    assert not at.exception
    assert [t.value for t in at.title] == ["Agenda"]
    assert "juni 2026" in "\n".join(str(c.value) for c in at.caption)
    at = click(at, "present.next")
    assert "Mål 1 av 12" in "\n".join(str(m.value) for m in at.markdown)
    assert at.query_params["present"] == "1" and at.query_params["as_of"] == "2026-06"


def test_a_read_only_meeting_link_presents_and_nothing_changes(store_path):
    with Store.open(store_path) as store:
        _, token = create_meeting_link(
            store, EDITOR, {"lang": "en"}, date.today() + timedelta(days=7), "Board"
        )
        version = store.version()
    at = presented(app(), link=token)
    check_read_only_screens(at)
    with Store.open(store_path) as store:
        assert store.version() == version


def test_a_viewer_presents_too(store_path):
    at = presented(signed_in(app(), "vera@lyngtind.no", "viewer"))
    check_read_only_screens(at)


def test_by_channel_one_channel_a_screen_with_its_goals_and_trend(store_path):
    at = presented(app(), by="channel")
    assert not at.exception
    labels = agenda_labels(at)
    assert labels[0].endswith("· Off track") and labels[-1].endswith("· No data")
    at = click(at, "present.next")
    assert not at.exception
    assert "Channel 1 of" in "\n".join(str(m.value) for m in at.markdown)
    assert plain(at.title[0].value) in labels[0]
    assert at.get("plotly_chart"), "the channel's trend is drawn"
    at = click(at, "present.leave")
    assert "by" not in at.query_params and "present" not in at.query_params


def test_a_link_made_on_a_goals_page_opens_on_that_goal(store_path):
    at = presented(app(), goal="linkedin_followers")
    assert not at.exception
    assert "Goal " in "\n".join(str(m.value) for m in at.markdown)
    assert "LinkedIn" in plain(at.title[0].value)
    at = click(at, "present.agenda")
    assert [t.value for t in at.title] == ["Agenda"]


def test_decisions_noted_on_a_goal_are_shown_on_its_screen_and_none_means_nothing(store_path):
    at = presented(app(), goal="linkedin_followers")
    assert not any(s.value == "Decisions" for s in at.subheader)
    with Store.open(str(store_path)) as store:
        store.record_decision(
            "linkedin_followers",
            "Move 4 hours a month from X to LinkedIn",
            actor=EDITOR,
            decided_by="Ingrid Haugen",
            decided_on=date(2026, 10, 14),
        )
    at = presented(app(), goal="linkedin_followers")
    assert [s.value for s in at.subheader] == ["Decisions"]
    shown = "\n".join(plain(m.value) for m in at.markdown)
    assert "Ingrid Haugen: Move 4 hours a month from X to LinkedIn" in shown
    assert "14 October 2026" in shown
