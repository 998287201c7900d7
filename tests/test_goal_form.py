"""The goal form's pure parts: a goal from the form's values, new ids, and the demo's words in a language."""

from __future__ import annotations

import datetime as dt

import yaml

from connectors.sample import sample_strategy_text, sample_strategy_words
from metrics.strategy import load_strategy
from views.demo_text import tactic_names, translated_strategy
from views.goal_form import document_with_goal, goal_from_form, new_goal_id
from views.strategy_editor import document_to_yaml


def form_values(stored: dict, **changes) -> dict:
    values = {
        "title": stored.get("title"),
        "kind": stored.get("kind"),
        "metric": stored.get("metric"),
        "channels": stored.get("channels", []),
        "audiences": stored.get("audiences", []),
        "start": stored.get("start"),
        "deadline": stored.get("deadline"),
        "type": stored.get("type", "reach"),
        "baseline": stored.get("baseline"),
        "target": stored.get("target"),
        "target_change": None,
        "owner": stored.get("owner"),
    }
    return {**values, **changes}


def test_an_unchanged_form_gives_back_the_stored_goal_field_for_field():
    document = yaml.safe_load(sample_strategy_text())
    for stored in document["goals"]:
        change = stored.get("target_change")
        values = form_values(stored, target_change=float(change.rstrip("%")) if change else None)
        assert goal_from_form(values, stored) == stored, stored["id"]
        assert list(goal_from_form(values, stored)) == list(stored), stored["id"]  # the file's order kept


def test_a_title_shown_in_another_language_is_not_stored_unless_changed():
    stored = yaml.safe_load(sample_strategy_text())["goals"][0]
    shown = {"title": "Øke fellesskapet", "owner": "Ingrid (leder)"}
    kept = goal_from_form(
        form_values(stored, title="Øke fellesskapet", owner="Ingrid (leder)"), stored, shown
    )
    assert kept["title"] == stored["title"] and kept["owner"] == stored["owner"]
    typed = goal_from_form(form_values(stored, title="Nytt mål", owner="Ingrid (leder)"), stored, shown)
    assert typed["title"] == "Nytt mål" and typed["owner"] == stored["owner"]


def test_a_relative_target_and_a_new_goal_are_written_as_the_file_writes_them():
    document = yaml.safe_load(sample_strategy_text())
    values = form_values(
        {
            "kind": "effect",
            "metric": "links",
            "start": dt.date(2026, 1, 1),
            "deadline": dt.date(2026, 12, 31),
        },
        title="Flere klikk!",
        owner="Amir",
        channels=["blog"],
        baseline=2000.0,
        target_change=12.5,
        id=new_goal_id("Flere klikk!", {g["id"] for g in document["goals"]}),
    )
    goal = goal_from_form(values, None)
    assert goal["id"] == "flere_klikk" and goal["target_change"] == "+12.5%" and goal["baseline"] == 2000
    strategy = load_strategy(document_to_yaml(document_with_goal(document, goal, None)))
    assert strategy.goals[-1].target_for(2000) == 2250


def test_new_ids_are_short_plain_and_unique():
    assert new_goal_id("Grow LinkedIn to 4 000!", set()) == "grow_linkedin_to_4_000"
    assert new_goal_id("Økt rekkevidde på TikTok", set()) == "økt_rekkevidde_på_tiktok"
    assert new_goal_id("Grow", {"grow", "grow_2"}) == "grow_3"
    assert new_goal_id("!!!", set()) == "goal"


def test_the_demos_words_replace_only_texts_that_are_still_the_demos_own():
    original = load_strategy(sample_strategy_text())
    document = yaml.safe_load(sample_strategy_text())
    document["goals"][1]["title"] = "Our own TikTok title"
    edited = load_strategy(yaml.safe_dump(document, allow_unicode=True, sort_keys=False))
    shown = translated_strategy(edited, original, sample_strategy_words("sv"))
    assert shown.goals[0].title == "Öka vår Facebook- och Instagram-gemenskap till 38 500 följare"
    assert shown.goals[1].title == "Our own TikTok title"
    assert shown.audiences[0].label == "Helgutflyktare" and shown.goals[0].target == 38500
    assert tactic_names(edited, original, sample_strategy_words("da"))["trip_guides"] == "Turguider"
    assert translated_strategy(edited, original, sample_strategy_words("en")) is edited
    other = edited.model_copy(update={"organisation": "Another AS"})
    assert translated_strategy(other, original, sample_strategy_words("nb")) is other


def test_every_language_translates_every_goal_audience_and_tactic_of_the_demo():
    original = load_strategy(sample_strategy_text())
    for lang in ("nb", "sv", "da"):
        words = sample_strategy_words(lang)
        assert set(words["goals"]) == {g.id for g in original.goals}, lang
        assert set(words["audiences"]) == {a.id for a in original.audiences}, lang
        assert set(words["tactics"]) == {t.id for t in original.tactics}, lang
        shown = translated_strategy(original, original, words)
        assert all(g.title != o.title for g, o in zip(shown.goals, original.goals, strict=True)), lang
