"""Goal editing for managers on the Strategy page (AppTest on dashboard.py): one form per goal, plain labels."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from actors import VIEWER
from sign_in import signed_in
from streamlit.testing.v1 import AppTest

from connectors.sample import sample_strategy_text
from connectors.store import Store
from metrics.access import Actor, Role
from metrics.errors import GoalpostError
from metrics.strategy import load_strategy
from views.goal_form import open_key, widget_key

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def store_path(tmp_path, monkeypatch) -> Path:
    """A store holding only the sample strategy (no data), so the app does not load the demo."""
    path = tmp_path / "goalpost.sqlite3"
    with Store.open(path) as store:
        store.save_strategy(sample_strategy_text(), actor=Actor("Test", Role.EDITOR), note="first")
    monkeypatch.setenv("GOALPOST_STORE", str(path))
    return path


def open_page(url_path: str, email: str | None = None, role: str = "editor", lang: str = "en") -> AppTest:
    """Return the real app switched to one of its pages, signed in when an e-mail is given."""
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    if email:
        signed_in(at, email, role)
    at.query_params["lang"] = lang
    at.run()
    at._page_hash = next(
        h for h, info in at._registered_pages.items() if info.get("url_pathname") == url_path
    )
    return at.run()


def texts(elements) -> str:
    return "\n".join(str(e.value) for e in elements).replace("\\", "")


def versions(path: Path) -> list[tuple[int, str | None]]:
    with Store.open(path) as store:
        frame = store.strategy_versions().sort_values("id")
        return list(frame[["id", "author"]].itertuples(index=False, name=None))


def saved(path: Path):
    with Store.open(path) as store:
        return load_strategy(store.strategy_text())


def key(goal_id: str, field: str, version: int = 1) -> str:
    return widget_key(version, goal_id, field)


def open_goal(at: AppTest, goal_id: str) -> AppTest:
    # A goal's form is drawn while its line is open; AppTest opens it through the line's session key.
    at.session_state[open_key(goal_id)] = True
    return at.run()


def test_an_editor_changes_target_and_deadline_through_the_goal_form(store_path):
    at = open_page("strategy", "ingrid@lyngtind.no")
    assert not at.exception
    # Target, deadline and owner are on every goal's line, the form has plain labels and the unit.
    titles = [e.label.replace("\\", "").replace("\xa0", " ") for e in at.expander]
    line = next(label for label in titles if "38 500 followers" in label)
    assert "38,500 followers" in line and "31 December 2026" in line and "Ingrid Haugen" in line
    assert not [w for w in at.number_input if str(w.key).startswith("goal_form.")]  # folded: not drawn
    open_goal(at, "community_followers")
    target = at.number_input(key=key("community_followers", "target"))
    assert target.label == "Target (followers)" and target.value == 38500
    metric = at.selectbox(key=key("community_followers", "metric"))
    assert metric.value == "followers" and "Followers" in metric.options and "followers" not in metric.options
    channels = at.multiselect(key=key("community_followers", "channels"))
    assert channels.value == ["facebook", "instagram"] and "Turbloggen (blog)" in channels.options

    target.set_value(41000)
    at.date_input(key=key("community_followers", "deadline")).set_value(dt.date(2027, 6, 30))
    at.button(key=key("community_followers", "save")).click().run()
    assert not at.exception
    assert "Saved as version 2." in texts(at.success)
    assert versions(store_path) == [(1, "Test"), (2, "ingrid@lyngtind.no")]
    goal = saved(store_path).goal("community_followers")
    assert goal.target == 41000 and goal.deadline == dt.date(2027, 6, 30)
    # Nothing else moved: the other goals and the tactics are as they were.
    before = load_strategy(sample_strategy_text())
    after = saved(store_path)
    assert [g.id for g in after.goals if g != before.goal(g.id)] == ["community_followers"]
    assert after.tactics == before.tactics
    # The form now starts from the new version.
    open_goal(at, "community_followers")
    assert at.number_input(key=key("community_followers", "target", 2)).value == 41000


def test_a_wrong_value_gives_a_plain_message_naming_the_field_and_stores_nothing(store_path):
    at = open_page("strategy", "ingrid@lyngtind.no")
    open_goal(at, "blog_comments")
    at.date_input(key=key("blog_comments", "deadline")).set_value(dt.date(2025, 3, 31))
    at.text_input(key=key("blog_comments", "owner")).set_value("  ")
    at.button(key=key("blog_comments", "save")).click().run()
    assert not at.exception
    problems = texts(at.error)
    assert "Nothing was saved: 2 thing(s) to fix first." in problems
    assert "field “Deadline”: the deadline 2025-03-31 is before the start 2025-09-01" in problems
    assert "Goal “145 blog comments a month”, field “Owner”" in problems
    assert versions(store_path) == [(1, "Test")]


def test_a_new_goal_is_added_through_the_form(store_path):
    at = open_page("strategy", "ingrid@lyngtind.no")
    open_goal(at, "new")
    at.text_input(key=key("new", "title")).set_value("Grow TikTok comments")
    at.selectbox(key=key("new", "metric")).set_value("comments")
    at.multiselect(key=key("new", "channels")).set_value(["tiktok"])
    at.date_input(key=key("new", "start")).set_value(dt.date(2026, 1, 1))
    at.date_input(key=key("new", "deadline")).set_value(dt.date(2026, 12, 31))
    at.number_input(key=key("new", "target")).set_value(300)
    at.text_input(key=key("new", "owner")).set_value("Ingrid Haugen")
    at.button(key=key("new", "save")).click().run()
    assert not at.exception
    assert "Saved as version 2." in texts(at.success)
    goal = saved(store_path).goal("grow_tiktok_comments")
    assert (goal.title, goal.metric, goal.channels, goal.target) == (
        "Grow TikTok comments",
        "comments",
        ["tiktok"],
        300,
    )


def test_a_viewer_gets_no_goal_form_and_the_library_refuses_a_viewers_save(store_path):
    at = open_page("strategy", "board@lyngtind.no", role="viewer")
    assert not at.exception
    at.session_state[open_key("community_followers")] = True  # even a forged open draws no form
    at.run()
    assert not [w for w in at.number_input if str(w.key).startswith("goal_form.")]
    assert not [b for b in at.button if str(b.key).startswith("goal_form.")]
    # Reading the strategy shows target, deadline and owner all the same.
    assert any(
        "Ingrid Haugen (social media lead)" in d.value["owner"].tolist()
        for d in at.dataframe
        if "owner" in d.value
    )
    changed = sample_strategy_text().replace("target: 38500", "target: 41000")
    with Store.open(store_path) as store, pytest.raises(GoalpostError):
        store.save_strategy(changed, actor=VIEWER)
    assert versions(store_path) == [(1, "Test")]


def test_the_demo_strategy_reads_in_norwegian_when_nb_is_chosen(store_path):
    at = open_page("strategy", lang="nb")
    assert not at.exception
    words = texts(at.markdown)
    assert "Helgeturfolk" in words and "Weekend explorers" not in words
    goals = [d.value for d in at.dataframe if "deadline" in d.value.columns and "status" in d.value.columns]
    titles = [title for frame in goals for title in frame["goal"]]
    assert "Øke Facebook- og Instagram-fellesskapet vårt til 38 500 følgere" in titles
    assert "Grow our Facebook and Instagram community to 38 500 followers" not in titles
    tactics = next(d.value for d in at.dataframe if "to_do" in d.value.columns)
    assert "Turguider" in tactics["tactic"].tolist()
    # How posts are recognised: audiences by name, not by id.
    rules = next(e.value for e in at.data_editor if "hashtags" in e.value.columns)
    assert rules["audience"].tolist() == ["Helgeturfolk", "Toppturfolk", "Innkjøpere i klubber og skoler"]
    # The stored strategy is still the one English text: the words are shown, not saved.
    assert saved(store_path) == load_strategy(sample_strategy_text())


def test_saving_a_new_target_in_norwegian_keeps_the_stored_title_and_owner_as_written(store_path):
    at = open_page("strategy", "ingrid@lyngtind.no", lang="nb")
    open_goal(at, "community_followers")
    title = at.text_input(key=key("community_followers", "title"))
    assert title.value == "Øke Facebook- og Instagram-fellesskapet vårt til 38 500 følgere"
    assert at.number_input(key=key("community_followers", "target")).label == "Målverdi (følgere)"
    at.number_input(key=key("community_followers", "target")).set_value(40000)
    at.button(key=key("community_followers", "save")).click().run()
    assert not at.exception
    goal = saved(store_path).goal("community_followers")
    assert goal.target == 40000
    assert goal.title == "Grow our Facebook and Instagram community to 38 500 followers"
    assert goal.owner == "Ingrid Haugen (social media lead)"
    # A title the editor types is stored as typed, and shown as typed in every language.
    open_goal(at, "community_followers")
    at.text_input(key=key("community_followers", "title", 2)).set_value("Fellesskapet til 40 000")
    at.button(key=key("community_followers", "save", 2)).click().run()
    assert saved(store_path).goal("community_followers").title == "Fellesskapet til 40 000"
    open_goal(at, "community_followers")
    assert at.text_input(key=key("community_followers", "title", 3)).value == "Fellesskapet til 40 000"
