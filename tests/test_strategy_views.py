"""The Strategy page's pure parts: editor tables to YAML and back, version differences, target history, figure."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest

from connectors.exports import neutralise_formulas
from metrics.access import Actor, Role
from metrics.errors import StrategyError
from metrics.strategy import load_strategy
from views.strategy_editor import apply_tables, document_to_yaml, goals_table, tactics_table
from views.strategy_figures import goal_effort, hours_per_goal, hours_progress_figure
from views.strategy_history import StrategyVersion, strategy_changes, strategy_document, target_history

SAMPLE = Path(__file__).resolve().parent.parent / "sample_data" / "strategy.yaml"

SMALL = """\
organisation: Fjordlys AS
mission: We light up the fjord.
channels:
  - id: facebook
    name: Facebook
  - id: linkedin
    name: LinkedIn
  - id: x
    presence: absent
    reason: Not where our customers are.
audiences:
  - id: locals
    name: Locals
    needs: [opening hours]
    assumed_channels: [facebook]
goals:
  - id: fb_followers
    title: More Facebook followers
    kind: communication
    metric: followers
    channels: [facebook]
    start: 2025-01-01
    deadline: 2025-12-31
    baseline: 1000
    target: 1500
    owner: Kari
    description: Kept although the editor does not show it.
  - id: li_comments
    title: More LinkedIn comments
    kind: effect
    metric: comments
    channels: [linkedin]
    start: 2025-01-01
    deadline: 2025-12-31
    target_change: +20%
    owner: Ola
tactics:
  - id: weekly_posts
    present_in: [facebook, linkedin]
    to_do: post twice a week
    to_achieve: [fb_followers, li_comments]
    hours_per_month: 10
    core: true
"""


def test_tables_round_trip_to_the_same_strategy():
    text = SAMPLE.read_text(encoding="utf-8")
    document = strategy_document(text)
    rebuilt = document_to_yaml(apply_tables(document, goals_table(document), tactics_table(document)))
    assert strategy_changes(text, rebuilt) == []
    assert load_strategy(rebuilt) == load_strategy(text)


def test_editing_a_target_changes_only_that_target_and_keeps_hidden_fields():
    document = strategy_document(SMALL)
    goals = goals_table(document)
    goals.loc[goals["id"] == "fb_followers", "target"] = 1800.0
    edited = document_to_yaml(apply_tables(document, goals=goals))
    strategy = load_strategy(edited)
    assert strategy.goal("fb_followers").target == 1800
    assert strategy.goal("fb_followers").description == "Kept although the editor does not show it."
    changes = strategy_changes(SMALL, edited)
    assert [(c.section, c.item, c.field, c.old, c.new) for c in changes] == [
        ("goals", "fb_followers", "target", 1500, 1800)
    ]


def test_an_added_row_becomes_a_goal_and_an_empty_added_row_is_ignored():
    document = strategy_document(SMALL)
    goals = goals_table(document)
    new_goal = {
        "id": "li_followers",
        "title": "LinkedIn followers",
        "kind": "communication",
        "metric": "followers_gained",
        "channels": ["linkedin"],
        "audiences": [],
        "start": dt.date(2025, 1, 1),
        "deadline": dt.date(2025, 6, 30),
        "baseline": None,
        "target": 50.0,
        "target_change": None,
        "type": None,
        "owner": "Ola",
    }
    empty_row = dict.fromkeys(goals.columns)
    goals = pd.DataFrame([*goals.to_dict("records"), new_goal, empty_row], columns=goals.columns)
    strategy = load_strategy(document_to_yaml(apply_tables(document, goals=goals)))
    assert [g.id for g in strategy.goals] == ["fb_followers", "li_comments", "li_followers"]
    assert strategy.goal("li_followers").deadline == dt.date(2025, 6, 30)


def test_an_invalid_edit_is_reported_with_goal_id_and_field():
    document = strategy_document(SMALL)
    goals = goals_table(document)
    goals.loc[goals["id"] == "li_comments", "deadline"] = dt.date(2024, 6, 30)  # before its start
    goals.loc[goals["id"] == "fb_followers", "owner"] = ""
    with pytest.raises(StrategyError) as raised:
        load_strategy(document_to_yaml(apply_tables(document, goals=goals)))
    text = "\n".join(raised.value.problems)
    assert "li_comments" in text and "deadline" in text
    assert "fb_followers" in text and "owner" in text


def test_a_relative_target_is_edited_as_a_percent_number():
    document = strategy_document(SMALL)
    goals = goals_table(document)
    assert goals.loc[goals["id"] == "li_comments", "target_change"].iloc[0] == 20.0
    goals.loc[goals["id"] == "li_comments", "target_change"] = 12.5
    strategy = load_strategy(document_to_yaml(apply_tables(document, goals=goals)))
    assert strategy.goal("li_comments").target_change == "+12.5%"


def test_text_neutralised_for_the_editor_comes_back_unchanged():
    document = strategy_document(SMALL)
    document["goals"][0]["title"] = "=HYPERLINK(1) +more followers"
    document["goals"][0]["owner"] = "@kari"
    shown = neutralise_formulas(goals_table(document))
    assert shown.loc[0, "title"] == "'=HYPERLINK(1) +more followers"
    strategy = load_strategy(document_to_yaml(apply_tables(document, goals=shown)))
    assert strategy.goal("fb_followers").title == "=HYPERLINK(1) +more followers"
    assert strategy.goal("fb_followers").owner == "@kari"
    plain = strategy_document(SMALL)
    rebuilt = document_to_yaml(apply_tables(plain, goals=neutralise_formulas(goals_table(plain))))
    assert strategy_changes(SMALL, rebuilt) == []


def test_tactic_hours_edit_and_list_cells():
    document = strategy_document(SMALL)
    tactics = tactics_table(document)
    assert tactics.loc[0, "present_in"] == ["facebook", "linkedin"]
    tactics.loc[0, "hours_per_month"] = 12.5
    tactics.at[0, "to_achieve"] = ["fb_followers"]
    strategy = load_strategy(document_to_yaml(apply_tables(document, tactics=tactics)))
    assert strategy.tactics[0].hours_per_month == 12.5
    assert strategy.tactics[0].to_achieve == ["fb_followers"]
    assert strategy.tactics[0].core is True


def test_changes_name_added_removed_and_top_level_fields():
    document = strategy_document(SMALL)
    document["mission"] = "We light up every fjord."
    document["goals"] = [g for g in document["goals"] if g["id"] != "li_comments"]
    document["channels"].append({"id": "blog", "name": "Blog"})
    changes = strategy_changes(SMALL, document_to_yaml(document))
    summary = [(c.section, c.item, c.change, c.field) for c in changes]
    assert summary == [
        ("strategy", "", "changed", "mission"),
        ("goals", "li_comments", "removed", ""),
        ("channels", "blog", "added", ""),
    ]


def _version(number: int, text: str, author: str = "Kari") -> StrategyVersion:
    return StrategyVersion(number, dt.datetime(2025, number, 1, 9, 0), author, f"note {number}", text)


def test_target_history_lists_only_versions_where_the_target_moved():
    document = strategy_document(SMALL)
    v1 = SMALL
    document["mission"] = "Other words, same goals."
    v2 = document_to_yaml(document)
    document["goals"][0]["target"] = 1700
    v3 = document_to_yaml(document)
    document["goals"][1]["target_change"] = "+30%"
    v4 = document_to_yaml(document)
    history = target_history([_version(4, v4), _version(1, v1), _version(2, v2), _version(3, v3)])
    fb = history.loc[history["goal"] == "fb_followers"]
    assert fb["version"].tolist() == [1, 3]
    assert fb["target"].tolist() == [1500, 1700]
    assert fb["previous_target"].tolist()[1] == 1500
    li = target_history([_version(1, v1), _version(4, v4)], goal_id="li_comments")
    assert li["version"].tolist() == [1, 4]
    assert li["target_change"].tolist() == ["+20%", "+30%"]
    assert li["previous_target_change"].tolist()[1] == "+20%"


def test_target_history_of_an_unknown_goal_is_empty_with_columns():
    history = target_history([_version(1, SMALL)], goal_id="nope")
    assert history.empty
    assert {"goal", "version", "target", "previous_target"} <= set(history.columns)


def test_hours_are_split_evenly_between_the_goals_a_tactic_serves():
    hours = hours_per_goal([(["a", "b"], 10), (["a"], 4), (["c"], None), ([], 7)])
    assert hours == {"a": 9.0, "b": 5.0}


def test_effort_figure_has_a_bar_per_goal_and_escapes_markup():
    goals = [
        {"id": "a", "title": "<b>Bold</b> goal", "status": "on_track", "progress": 0.5, "expected": 0.4},
        {"id": "b", "title": "No data yet", "status": "no_data", "progress": None, "expected": 0.4},
    ]
    effort = goal_effort(goals, {"a": 9.0})
    assert effort["hours"].tolist() == [0.0, 9.0]  # fewest hours first: plotly draws the list bottom-up
    labels = {
        "hours_axis": "H",
        "progress_axis": "P",
        "expected": "E",
        "on_track": "On track",
        "no_data": "No data",
    }
    figure = hours_progress_figure(effort, labels)
    hours_bars, progress_bars, expected = figure.data
    assert list(hours_bars.y) == ["No data yet", "&lt;b&gt;Bold&lt;/b&gt; goal"]
    assert list(progress_bars.x) == [0, 50.0]
    assert "On track" in progress_bars.text[1] and "No data" in progress_bars.text[0]
    assert list(expected.x) == [None, 40.0]  # no pace mark where there is no progress bar


def test_effort_figure_rounds_progress_once_and_writes_it_in_the_language():
    goals = [{"id": "a", "title": "Grow", "status": "on_track", "progress": 0.7854, "expected": 0.7}]
    labels = {"hours_axis": "H", "progress_axis": "P", "expected": "E", "on_track": "På spåret"}
    _, progress_bars, _ = hours_progress_figure(goal_effort(goals, {}), labels, "sv").data
    assert progress_bars.text[0] == "79\u00a0% · ✓ På spåret"  # 78.54 % -> 79 %, as the Overview says


def test_effort_figure_keeps_goals_behind_their_baseline_in_view():
    goals = [{"id": "a", "title": "Falling", "status": "off_track", "progress": -0.3, "expected": 0.5}]
    labels = {"hours_axis": "H", "progress_axis": "P", "expected": "E", "off_track": "Off track"}
    figure = hours_progress_figure(goal_effort(goals, {}), labels)
    low, high = figure.layout.xaxis2.range
    assert low < -30 and high > 100


def test_keys_the_strategy_page_builds_at_run_time_exist():
    from views.i18n import CATALOGUE
    from views.strategy_history import SECTIONS
    from views.strategy_page import GOAL_KINDS

    built = [f"strategy.presence_{p}" for p in ("active", "planned", "absent")]
    built += [f"strategy.kind_{k}" for k in GOAL_KINDS]
    built += [f"strategy.section_{s}" for s in ("strategy", *SECTIONS)]
    built += [f"strategy.vcol_{c}" for c in ("version", "saved_at", "author", "note")]
    built += [f"strategy.diff_{c}" for c in ("added", "removed")]
    assert [key for key in built if key not in CATALOGUE] == []


def test_target_history_from_the_versions_kept_in_a_real_store(tmp_path):
    from connectors.store.store import Store
    from views.strategy_page import strategy_versions

    document = strategy_document(SMALL)
    with Store.open(tmp_path / "store.sqlite3") as store:
        store.save_strategy(SMALL, actor=Actor("Kari", Role.EDITOR), note="start")
        document["goals"][0]["target"] = 1700
        store.save_strategy(document_to_yaml(document), actor=Actor("Ola", Role.EDITOR), note="raised")
        document["mission"] = "Only the words changed."
        store.save_strategy(document_to_yaml(document), actor=Actor("Kari", Role.EDITOR))
        versions = strategy_versions(store)
    assert [(v.version, v.author, v.note) for v in versions] == [
        (1, "Kari", "start"),
        (2, "Ola", "raised"),
        (3, "Kari", None),
    ]
    history = target_history(versions, goal_id="fb_followers")
    assert history[["version", "author", "target"]].values.tolist() == [[1, "Kari", 1500], [2, "Ola", 1700]]
    assert pd.isna(history["previous_target"].iloc[0]) and history["previous_target"].iloc[1] == 1500
    assert history["saved_at"].notna().all()
