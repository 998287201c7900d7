"""The strategy file: what it accepts, what it rejects, and how it says so."""

from __future__ import annotations

import copy
import datetime as dt

import pytest
import yaml

from metrics.errors import StrategyError
from metrics.strategy import Strategy, load_strategy, strategy_to_yaml

BASE = {
    "organisation": "Fjordlys AS",
    "mission": "Light for long Nordic winters.",
    "purpose": ["marketing", "customer service"],
    "channels": [
        {"id": "linkedin", "name": "LinkedIn", "presence": "active"},
        {"id": "facebook", "name": "Facebook", "presence": "active"},
        {"id": "helpdesk", "name": "Help desk", "presence": "active"},
        {"id": "tiktok", "presence": "planned"},
        {"id": "x", "presence": "absent", "reason": "Our buyers are not there."},
    ],
    "audiences": [
        {
            "id": "buyers",
            "name": "Office buyers",
            "needs": ["delivery they can trust"],
            "assumed_channels": ["linkedin"],
        },
        {"id": "talent", "name": "Future colleagues", "needs": ["what work is like"]},
    ],
    "metrics": [{"id": "newsletter_signups", "aggregation": "sum", "better": "higher", "unit": "people"}],
    "goals": [
        {
            "id": "grow-li-followers",
            "title": "More LinkedIn followers",
            "kind": "communication",
            "metric": "followers",
            "channels": ["linkedin"],
            "start": dt.date(2025, 6, 1),
            "deadline": dt.date(2026, 5, 31),
            "baseline": 1200,
            "target": 1800,
            "owner": "Anna Berg",
        },
        {
            "id": "faster-replies",
            "title": "Faster first replies",
            "kind": "effect",
            "metric": "support_time",
            "channels": ["helpdesk"],
            "audiences": ["buyers"],
            "start": dt.date(2025, 1, 1),
            "deadline": dt.date(2025, 12, 31),
            "target_change": "-20%",
            "owner": "Support lead",
        },
        {
            "id": "replies-below-4h",
            "title": "Replies within four hours",
            "kind": "effect",
            "metric": "support_time",
            "type": "stay_below",
            "start": dt.date(2025, 1, 1),
            "deadline": dt.date(2025, 12, 31),
            "target": 240,
            "owner": "Support lead",
        },
    ],
    "tactics": [
        {
            "id": "customer-stories",
            "present_in": ["linkedin"],
            "to_do": "Two customer stories a month",
            "to_achieve": ["grow-li-followers"],
            "for_audiences": ["buyers"],
            "hours_per_month": 12,
            "core": True,
        }
    ],
}


def text_of(document: dict) -> str:
    return yaml.safe_dump(document, sort_keys=False, allow_unicode=True)


def problems_of(document: dict | str) -> list[str]:
    """Return the problems load_strategy reports for the document (which must have some)."""
    text = document if isinstance(document, str) else text_of(document)
    with pytest.raises(StrategyError) as raised:
        load_strategy(text, "strategy.yaml")
    problems = raised.value.problems
    for problem in problems:
        # Users never see pydantic's wording or its links.
        assert "Input should" not in problem and "pydantic" not in problem and "http" not in problem
        assert "[type=" not in problem
    assert all(problem in str(raised.value) for problem in problems)
    return problems


def changed(path: tuple, value) -> dict:
    """Return a copy of BASE with the value at path (keys and list positions) set; None removes the key."""
    document = copy.deepcopy(BASE)
    holder = document
    for step in path[:-1]:
        holder = holder[step]
    if value is None:
        del holder[path[-1]]
    else:
        holder[path[-1]] = value
    return document


def test_a_complete_strategy_loads_with_its_defaults():
    strategy = load_strategy(text_of(BASE))
    assert strategy.organisation == "Fjordlys AS"
    assert strategy.purpose == ["marketing", "customer service"]
    assert [c.id for c in strategy.channels] == ["linkedin", "facebook", "helpdesk", "tiktok", "x"]
    assert strategy.channel("tiktok").label == "tiktok"
    assert strategy.channel("linkedin").label == "LinkedIn"
    goal = strategy.goal("grow-li-followers")
    assert goal.type == "reach" and goal.audiences == [] and goal.baseline == 1200.0
    assert goal.start == dt.date(2025, 6, 1)
    relative = strategy.goal("faster-replies")
    assert relative.target is None and relative.target_change_fraction == pytest.approx(-0.2)
    assert relative.target_for(100) == pytest.approx(80)
    assert strategy.tactics[0].hours_per_month == 12 and strategy.tactics[0].core is True
    with pytest.raises(KeyError):
        strategy.goal("nope")


def test_a_goal_without_channels_covers_every_channel_that_is_not_absent():
    strategy = load_strategy(text_of(BASE))
    assert strategy.goal_channels(strategy.goal("replies-below-4h")) == [
        "linkedin",
        "facebook",
        "helpdesk",
        "tiktok",
    ]
    assert strategy.goal_channels(strategy.goal("grow-li-followers")) == ["linkedin"]


def test_single_ids_and_all_are_read_as_lists():
    document = changed(("goals", 0, "channels"), "linkedin")
    document["goals"][1]["audiences"] = ["all"]
    document["purpose"] = "marketing"
    strategy = load_strategy(text_of(document))
    assert strategy.goals[0].channels == ["linkedin"]
    assert strategy.goals[1].audiences == []
    assert strategy.purpose == ["marketing"]


def test_metrics_may_be_written_as_a_mapping_keyed_by_id():
    document = changed(("metrics",), {"newsletter_signups": {"aggregation": "sum", "better": "higher"}})
    strategy = load_strategy(text_of(document))
    assert strategy.metrics[0].id == "newsletter_signups"


def test_metric_specs_hold_builtin_known_and_declared_metrics():
    document = copy.deepcopy(BASE)
    document["metrics"].append(
        {"id": "comments", "aggregation": "mean", "better": "higher", "unit": "per post"}
    )
    specs = load_strategy(text_of(document)).metric_specs()
    assert specs["followers"].aggregation == "last"
    assert specs["support_time"].better == "lower"
    assert specs["reach"].aggregation == "sum"  # a known metric the presets produce
    assert specs["newsletter_signups"].unit == "people" and not specs["newsletter_signups"].builtin
    assert specs["newsletter_signups"].label == "Newsletter signups"
    assert specs["comments"].aggregation == "mean"  # a declaration wins over the built-in


@pytest.mark.parametrize(
    ("index", "written", "canonical", "fraction"),
    [
        (0, "+25%", "+25%", 0.25),
        (0, "+25 %", "+25%", 0.25),
        (0, "+12,5%", "+12.5%", 0.125),
        (1, "-10%", "-10%", -0.10),
    ],
)
def test_target_change_formats(index, written, canonical, fraction):
    document = copy.deepcopy(BASE)
    document["goals"][index].pop("target", None)
    document["goals"][index]["target_change"] = written
    goal = load_strategy(text_of(document)).goals[index]
    assert goal.target_change == canonical
    assert goal.target_change_fraction == pytest.approx(fraction)


def test_strategy_to_yaml_round_trips():
    strategy = load_strategy(text_of(BASE))
    text = strategy_to_yaml(strategy)
    assert load_strategy(text) == strategy
    assert "start: 2025-06-01" in text and "baseline: 1200\n" in text
    assert isinstance(strategy, Strategy)


def test_nordic_text_survives_the_round_trip():
    document = changed(("organisation",), "Økoløft Sørøst AS")
    strategy = load_strategy(text_of(document))
    assert "Økoløft Sørøst AS" in strategy_to_yaml(strategy)
    assert load_strategy(strategy_to_yaml(strategy)).organisation == "Økoløft Sørøst AS"


def one_problem(document) -> str:
    problems = problems_of(document)
    assert len(problems) == 1, problems
    return problems[0]


def test_deadline_before_start():
    message = one_problem(changed(("goals", 0, "deadline"), dt.date(2025, 1, 1)))
    assert message == (
        "Goal “grow-li-followers”, field “deadline”: the deadline 2025-01-01 is before the start 2025-06-01. "
        "Put the deadline after the start."
    )


@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [
        (
            ("goals", 0, "deadline"),
            dt.date(2025, 6, 1),
            ["Goal “grow-li-followers”, field “deadline”", "same day"],
        ),
        (
            ("goals", 0, "metric"),
            "folowers",
            ["Goal “grow-li-followers”, field “metric”", "Did you mean “followers”"],
        ),
        (("goals", 0, "channels"), ["linkdin"], ["Goal “grow-li-followers”, field “channels”", "“linkedin”"]),
        (
            ("goals", 0, "channels"),
            ["x"],
            ["Goal “grow-li-followers”, field “channels”", "“x” is marked absent"],
        ),
        (("goals", 1, "audiences"), ["byers"], ["Goal “faster-replies”, field “audiences”", "“buyers”"]),
        (
            ("goals", 0, "target"),
            1200,
            ["Goal “grow-li-followers”, field “target”", "equals the baseline 1200"],
        ),
        (
            ("goals", 0, "target"),
            900,
            ["Goal “grow-li-followers”, field “target”", "below the baseline 1200"],
        ),
        (
            ("goals", 1, "target_change"),
            "+20%",
            ["Goal “faster-replies”, field “target_change”", "lower is better"],
        ),
        (
            ("goals", 1, "target_change"),
            "+0%",
            ["Goal “faster-replies”, field “target_change”", "nothing to achieve"],
        ),
        (
            ("goals", 1, "target_change"),
            "25%",
            ["Goal “faster-replies”, field “target_change”", "like +25% or -10%"],
        ),
        (("goals", 1, "target_change"), "-20", ["Goal “faster-replies”, field “target_change”", "percent"]),
        (("goals", 1, "target_change"), None, ["Goal “faster-replies”, field “target”", "has no target"]),
        (("goals", 2, "target"), None, ["Goal “replies-below-4h”, field “target”", "level to stay below"]),
        (("goals", 0, "owner"), None, ["Goal “grow-li-followers”, field “owner”", "missing", "responsible"]),
        (
            ("goals", 0, "kind"),
            "efect",
            ["Goal “grow-li-followers”, field “kind”", "communication or effect"],
        ),
        (
            ("goals", 0, "type"),
            "stay_abov",
            ["field “type”", "reach, stay_above or stay_below", "“stay_above”"],
        ),
        (("goals", 0, "start"), "2025-13-01", ["Goal “grow-li-followers”, field “start”", "YYYY-MM-DD"]),
        (("goals", 0, "start"), "1 June 2025", ["Goal “grow-li-followers”, field “start”", "not a date"]),
        (("goals", 0, "baseline"), "1 200", ["Goal “grow-li-followers”, field “baseline”", "not a number"]),
        (("goals", 0, "deadline"), "", ["Goal “grow-li-followers”, field “deadline”", "no value"]),
        (("goals", 2, "id"), "faster-replies", ["Goal “faster-replies”, field “id”", "2 goals use this id"]),
        (("channels", 1, "id"), "linkedin", ["Channel “linkedin”, field “id”", "2 channels use this id"]),
        (("channels", 4, "reason"), None, ["Channel “x”, field “reason”", "absent", "no reason"]),
        (("channels", 3, "presence"), "planed", ["Channel “tiktok”, field “presence”", "“planned”"]),
        (("audiences", 1, "id"), "all", ["Audience “all”, field “id”", "reserved"]),
        (("audiences", 0, "assumed_channels"), ["lnkedin"], ["Audience “buyers”, field “assumed_channels”"]),
        (
            ("metrics", 0, "aggregation"),
            "total",
            ["Metric “newsletter_signups”, field “aggregation”", "median"],
        ),
        (("tactics", 0, "to_achieve"), ["grow-followers"], ["Tactic “customer-stories”, field “to_achieve”"]),
        (("tactics", 0, "present_in"), ["instagram"], ["Tactic “customer-stories”, field “present_in”"]),
        (("tactics", 0, "present_in"), ["x"], ["Tactic “customer-stories”, field “present_in”", "absent"]),
        (("tactics", 0, "for_audiences"), ["press"], ["Tactic “customer-stories”, field “for_audiences”"]),
        (
            ("tactics", 0, "hours_per_month"),
            -4,
            ["Tactic “customer-stories”, field “hours_per_month”", "0 or more"],
        ),
        (("tactics", 0, "core"), "maybe", ["Tactic “customer-stories”, field “core”", "true or false"]),
        (("tactics", 0, "to_do"), None, ["Tactic “customer-stories”, field “to_do”", "missing"]),
        (("organisation",), None, ["Field “organisation”", "missing"]),
        (("goals",), "grow", ["Field “goals”", "list"]),
    ],
)
def test_each_mistake_is_named_with_its_item_and_field(path, value, expected):
    message = one_problem(changed(path, value))
    for fragment in expected:
        assert fragment in message, message


def test_target_on_the_wrong_side_for_lower_is_better():
    document = changed(("goals", 2, "type"), "reach")
    document["goals"][2]["baseline"] = 200
    message = one_problem(document)
    assert message.startswith(
        "Goal “replies-below-4h”, field “target”: the target 240 is above the baseline 200"
    )
    assert "lower is better" in message


def test_both_target_and_target_change():
    message = one_problem(changed(("goals", 0, "target_change"), "+50%"))
    assert message.startswith(
        "Goal “grow-li-followers”, field “target_change”: the goal has both a target (1800)"
    )


def test_a_threshold_goal_takes_an_absolute_target_only():
    document = changed(("goals", 2, "target"), None)
    document["goals"][2]["target_change"] = "-10%"
    message = one_problem(document)
    assert message.startswith("Goal “replies-below-4h”, field “target_change”: a stay_below goal needs")


def test_unknown_keys_are_named_with_the_nearest_valid_key():
    document = changed(("goals", 0, "dedline"), dt.date(2026, 1, 1))
    document["goal"] = []
    problems = problems_of(document)
    assert "Field “goal”: a strategy file has no field of this name. Did you mean “goals”?" in problems
    assert any(
        p.startswith("Goal “grow-li-followers”, field “dedline”") and "Did you mean “deadline”?" in p
        for p in problems
    )


def test_a_goal_without_an_id_is_named_by_its_position():
    message = one_problem(changed(("goals", 2, "id"), None))
    assert message.startswith("Goal number 3 (it has no id), field “id”: this field is missing.")


def test_every_mistake_is_reported_at_once():
    document = copy.deepcopy(BASE)
    first, second, third = document["goals"]
    first["start"] = "2025-13-01"  # not a date ...
    first["channels"] = ["linkdin"]  # ... and an unknown channel in the same goal
    first["colour"] = "blue"
    second["deadline"] = dt.date(2024, 1, 1)
    third["metric"] = "reply_speed"
    document["tactics"][0]["to_achieve"] = ["grow-li-followers", "more-sales"]
    problems = problems_of(document)
    assert len(problems) == 6, problems
    expected_starts = [
        "Goal “grow-li-followers”, field “start”",
        "Goal “grow-li-followers”, field “colour”",
        "Goal “grow-li-followers”, field “channels”",
        "Goal “faster-replies”, field “deadline”",
        "Goal “replies-below-4h”, field “metric”",
        "Tactic “customer-stories”, field “to_achieve”",
    ]
    for problem, start in zip(problems, expected_starts, strict=True):
        assert problem.startswith(start), problems


def test_yaml_syntax_errors_give_the_line():
    text = text_of(BASE).replace("title: More LinkedIn followers", "title: Followers: more of them", 1)
    line = text.splitlines().index("  title: Followers: more of them") + 1
    message = one_problem(text)
    assert message.startswith(f"Line {line}, column ")
    assert "not valid YAML" in message and "quotes" in message


def test_tabs_in_yaml_are_explained():
    message = one_problem("organisation: Fjordlys\n\tgoals: []\n")
    assert message.startswith("Line 2") and "tab" in message


def test_yaml_references_are_refused():
    message = one_problem("organisation: &name Fjordlys\nmission: *name\n")
    assert message.startswith("Line 2, column 10") and "*name" in message


def test_a_field_written_twice_is_reported_with_both_lines():
    text = text_of(BASE).replace("  target: 1800\n", "  target: 1800\n  target: 2000\n", 1)
    line = text.splitlines().index("  target: 2000") + 1
    assert one_problem(text) == (
        f"Line {line}: the field “target” is written twice in the same block (first on line {line - 1}). "
        "Keep one of them."
    )


@pytest.mark.parametrize(
    ("text", "fragment"), [("", "empty"), ("# only a comment\n", "empty"), ("- a\n- b\n", "list")]
)
def test_a_file_that_is_not_a_strategy(text, fragment):
    assert fragment in one_problem(text)


def test_the_error_names_the_file():
    with pytest.raises(StrategyError) as raised:
        load_strategy("organisation: [", "strategies/fjordlys.yaml")
    assert raised.value.source == "strategies/fjordlys.yaml"
    assert str(raised.value).startswith("strategies/fjordlys.yaml")
