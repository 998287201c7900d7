"""The Strategy page in the real app (AppTest on dashboard.py): editing, validation, versions, import."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
import yaml
from sign_in import signed_in
from streamlit.testing.v1 import AppTest

from connectors.sample import sample_strategy_text
from connectors.store.store import Store
from metrics.access import Actor, Role
from metrics.strategy import load_strategy

ROOT = Path(__file__).resolve().parent.parent
NO_EDITS = {"edited_rows": {}, "added_rows": [], "deleted_rows": []}


@pytest.fixture
def store_path(tmp_path, monkeypatch) -> Path:
    """A store holding only the sample strategy (no data), so the app does not load the demo."""
    path = tmp_path / "goalpost.sqlite3"
    with Store.open(path) as store:
        store.save_strategy(sample_strategy_text(), actor=Actor("Test", Role.EDITOR), note="first")
    monkeypatch.setenv("GOALPOST_STORE", str(path))
    return path


def open_page(url_path: str, email: str | None = None, role: str = "editor") -> AppTest:
    """Return the real app, run once and switched to one of its pages (signed in when an e-mail is given)."""
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=30)
    if email:
        signed_in(at, email, role)
    at.run()
    # Pages are callables registered by st.navigation; AppTest.switch_page only finds file pages.
    at._page_hash = next(
        h for h, info in at._registered_pages.items() if info.get("url_pathname") == url_path
    )
    return at.run()


def texts(elements) -> str:
    # literal() escapes Markdown punctuation with backslashes; compare on the words.
    return "\n".join(str(e.value) for e in elements).replace("\\", "")


def versions(path: Path) -> list[tuple[int, str | None, str | None]]:
    with Store.open(path) as store:
        frame = store.strategy_versions().sort_values("id")
        return list(frame[["id", "author", "note"]].itertuples(index=False, name=None))


def saved_strategy(path: Path, version: int | None = None):
    with Store.open(path) as store:
        return load_strategy(store.strategy_text(version))


def edit_goals(at: AppTest, edited_rows: dict) -> AppTest:
    # AppTest cannot type into a data editor; a keyed editor takes its edit state from the session.
    at.session_state["strategy.goals_editor"] = {**NO_EDITS, "edited_rows": edited_rows}
    return at.run()


def test_the_strategy_is_shown_on_one_page(store_path):
    at = open_page("strategy")
    assert not at.exception
    assert at.title[0].value == "Lyngtind Friluft AS"
    words = texts(at.markdown) + texts(at.caption)
    assert "Weekend explorers" in words and "Communication goals" in words and "Effect goals" in words
    channels = next(d.value for d in at.dataframe if "presence" in d.value.columns)
    absent = channels.loc[channels["presence"] == "Deliberately absent"]
    assert absent["channel"].tolist() == ["X (Twitter)"]
    assert "Our customers are not looking" in absent["reason"].iloc[0]
    goals = pd.concat(
        [d.value for d in at.dataframe if "deadline" in d.value.columns and "status" in d.value.columns]
    )
    assert len(goals) == len(load_strategy(sample_strategy_text()).goals)
    # A relative target reads as words, not as a "+25%" cell neutralised into "'+25%".
    assert "baseline +25%" in goals["target"].tolist()
    assert set(goals["status"]) == {"? No data"}  # this store holds no data yet
    assert "In all 216 hours per month." in texts(at.caption)


def test_a_target_edit_is_saved_as_a_new_version_and_shows_in_the_comparison(store_path):
    at = open_page("strategy", "ingrid@lyngtind.no")
    goals = at.data_editor[0].value
    assert goals["id"].iloc[0] == "community_followers" and goals["target"].iloc[0] == 38500
    edit_goals(at, {0: {"target": 40000}})
    assert not at.exception
    assert "Goal “community_followers”: target moved from 38,500 to 40,000" in texts(at.markdown)
    assert versions(store_path) == [(1, "Test", "first")]  # nothing saved before the click

    at.text_input(key="strategy.edit_note").set_value("Board raised the bar")
    at.button(key="strategy.save").click().run()
    assert not at.exception
    assert "Saved as version 2." in texts(at.success)
    assert versions(store_path) == [(1, "Test", "first"), (2, "ingrid@lyngtind.no", "Board raised the bar")]
    strategy = saved_strategy(store_path)
    assert strategy.goal("community_followers").target == 40000
    before = {g.id: g for g in saved_strategy(store_path, 1).goals}
    assert [g.id for g in strategy.goals if g != before[g.id]] == ["community_followers"]
    # The editor starts from the saved version again, without the old edits.
    assert at.data_editor[0].value["target"].iloc[0] == 40000
    assert "No changes yet." in texts(at.caption)
    # The versions tab compares the newest with the one before by default.
    assert "From version 1 to version 2:" in texts(at.markdown)


def test_an_invalid_edit_names_goal_and_field_and_saves_nothing(store_path):
    at = open_page("strategy")
    goal_id = at.data_editor[0].value["id"].iloc[1]
    edit_goals(at, {1: {"deadline": "2020-01-31"}, 2: {"owner": ""}})
    assert not at.exception
    problems = texts(at.error)
    assert "Nothing was saved" in problems
    assert f"Goal “{goal_id}”, field “deadline”" in problems
    owner_goal = at.data_editor[0].value["id"].iloc[2]
    assert f"Goal “{owner_goal}”, field “owner”" in problems
    assert at.button(key="strategy.save").disabled
    assert versions(store_path) == [(1, "Test", "first")]


def test_restoring_an_earlier_version_saves_it_as_a_new_version(store_path):
    document = yaml.safe_load(sample_strategy_text())
    document["goals"][0]["target"] = 39000
    with Store.open(store_path) as store:
        store.save_strategy(
            yaml.safe_dump(document, sort_keys=False, allow_unicode=True), actor=Actor("Ola", Role.EDITOR)
        )
    at = open_page("strategy", "kari@lyngtind.no")
    assert "target moved from 38,500 to 39,000" in texts(at.markdown)
    assert [o.split(" · ")[0] for o in at.selectbox(key="strategy.restore_version").options] == ["Version 1"]
    at.selectbox(key="strategy.restore_version").set_value(1)
    at.button(key="strategy.restore").click().run()
    assert not at.exception
    assert "Saved as version 3." in texts(at.success)
    with Store.open(store_path) as store:
        assert store.strategy_text(3) == store.strategy_text(1)
    assert versions(store_path)[-1] == (3, "kari@lyngtind.no", "Restored version 1")


def test_importing_a_strategy_file_validates_then_saves_a_new_version(store_path):
    at = open_page("strategy")
    broken = sample_strategy_text().replace("metric: followers\n", "metric: folowers\n", 1)
    at.file_uploader(key="strategy.import").set_value(
        ("strategy.yaml", broken.encode(), "application/x-yaml")
    )
    at.run()
    assert not at.exception
    assert "folowers" in texts(at.error) and "community_followers" in texts(at.error)
    assert not [b for b in at.button if b.key == "strategy.import_save"]
    assert len(versions(store_path)) == 1

    changed = sample_strategy_text().replace("organisation: Lyngtind Friluft AS", "organisation: Lyngtind AS")
    at.file_uploader(key="strategy.import").set_value(
        ("ny-strategi.yaml", changed.encode(), "application/x-yaml")
    )
    at.run()
    assert "organisation changed from “Lyngtind Friluft AS” to “Lyngtind AS”" in texts(at.markdown)
    at.button(key="strategy.import_save").click().run()
    assert not at.exception
    assert versions(store_path)[-1][2] == "Imported from ny-strategi.yaml"
    assert saved_strategy(store_path).organisation == "Lyngtind AS"


def test_configured_text_is_shown_literally(store_path):
    document = yaml.safe_load(sample_strategy_text())
    document["organisation"] = "**Lyngtind** <img src=x onerror=alert(1)>"
    document["mission"] = "[click](https://evil.example) and :red[alarm]"
    with Store.open(store_path) as store:
        store.save_strategy(
            yaml.safe_dump(document, sort_keys=False, allow_unicode=True), actor=Actor("Ola", Role.EDITOR)
        )
    at = open_page("strategy")
    assert not at.exception
    # Every Markdown character arrives escaped, so the browser shows the text as written.
    assert at.title[0].value.startswith("\\*\\*Lyngtind\\*\\* \\<img")
    mission = next(m.value for m in at.markdown if "click" in m.value)
    assert mission.startswith("\\[click\\]\\(https")
