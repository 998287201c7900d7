"""Hostile strategy files (issue 13): limits far above any real strategy, ids that only look alike, dates nobody means.

Each test fails on the code before issue 13 (it accepted them, or raised RecursionError).
"""

from __future__ import annotations

import pytest
from hostile_files import strategy_yaml

from metrics.errors import StrategyError
from metrics.strategy import MAX_ITEMS, MAX_STRATEGY_BYTES, MAX_YAML_DEPTH, load_strategy


def problems(text: str) -> list[str]:
    with pytest.raises(StrategyError) as caught:
        load_strategy(text, "strategi.yaml")
    return [str(p) for p in caught.value.problems]


def test_yaml_nested_100000_levels_gets_a_plain_message():
    found = problems("organisation: X\ngoals: " + "[" * 100_000 + "]" * 100_000 + "\n")
    assert len(found) == 1 and f"nested more than {MAX_YAML_DEPTH} levels deep" in found[0]


def test_block_yaml_nested_too_deep_too():
    text = "organisation: X\nmission:\n" + "".join(f"{'  ' * i}- \n" for i in range(1, 40))
    assert f"more than {MAX_YAML_DEPTH} levels" in problems(text)[0]


def test_a_strategy_with_more_goals_than_the_limit_is_refused_naming_it():
    found = problems(strategy_yaml(MAX_ITEMS["goals"] + 1))
    assert found == [
        f"“goals” lists 501 items, more than the {MAX_ITEMS['goals']} Goalpost reads. "
        "Keep the strategy to what the team works on; split it by team if it is really this large."
    ]


def test_too_many_channels_are_refused_too():
    found = problems(strategy_yaml(1, channels=MAX_ITEMS["channels"] + 1))
    assert "“channels” lists 201 items, more than the 200" in found[0]


def test_the_largest_strategy_allowed_is_read():
    strategy = load_strategy(strategy_yaml(MAX_ITEMS["goals"]))
    assert len(strategy.goals) == MAX_ITEMS["goals"]


def test_a_strategy_file_over_the_size_limit_is_refused_before_it_is_parsed():
    text = strategy_yaml(1) + "mission: " + "x" * MAX_STRATEGY_BYTES + "\n"
    assert "more than the 1,000 kB Goalpost reads" in problems(text)[0]


@pytest.mark.parametrize("invisible", ["\u200b", "\u202e", "\u2066", "\u00ad", "\x07"])
def test_an_id_with_an_invisible_character_is_refused_naming_the_field(invisible):
    # Written as a YAML escape ("\u200b"), as a copy from a web page would carry it in.
    text = strategy_yaml(1).replace("  - id: goal0", f'  - id: "gr\\u{ord(invisible):04x}ow"')
    found = problems(text)
    assert any("field “id”" in p and f"U+{ord(invisible):04X}" in p for p in found), found


def test_ids_that_differ_only_by_normalisation_are_one_id():
    decomposed, composed = "fo\u0308l", "f\u00f6l"
    text = (
        strategy_yaml(1)
        .replace("  - id: channel0", f"  - id: {composed}")
        .replace("channels: [channel0]", f"channels: [{decomposed}]")
    )
    strategy = load_strategy(text)
    assert strategy.goals[0].channels == [composed] == [strategy.channels[0].id]
    # The same id written both ways is one id written twice.
    twice = strategy_yaml(1).replace("  - id: channel1", f"  - id: {composed}\n  - id: {decomposed}")
    assert any("2 channels use this id" in p for p in problems(twice))


@pytest.mark.parametrize(
    ("field", "date", "words"),
    [
        ("start", "1970-01-01", "before 1990-01-01"),
        ("start", "1989-12-31", "before 1990-01-01"),
        ("deadline", "9999-12-31", "more than 20 years ahead"),
    ],
)
def test_dates_nobody_means_are_refused_naming_the_goal(field, date, words):
    text = strategy_yaml(1).replace(
        f"    {field}: {'2025-01-01' if field == 'start' else '2025-12-31'}", f"    {field}: {date}"
    )
    found = problems(text)
    assert any("“goal0”" in p and f"field “{field}”" in p and words in p for p in found), found
