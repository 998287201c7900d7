"""A goals tab read with the same rules as files, and merged into the strategy without losing fields."""

from __future__ import annotations

import pytest

from connectors.sheets import TabValues, goals_from_tab, merge_goals_into_strategy
from metrics.errors import SheetError, UploadError
from metrics.strategy import load_strategy

STRATEGY = """\
organisation: Testi Oy
channels: [{id: facebook}, {id: instagram}, {id: x, presence: absent, reason: not our audience}]
audiences: [{id: young_adults}]
goals:
  - id: grow
    title: Grow followers
    kind: communication
    metric: followers
    start: 2025-01-01
    deadline: 2025-12-31
    baseline: 100
    target_change: +10%
    owner: Aino
    description: from the file
"""


def tab(*rows):
    return TabValues(gid=9, title="Goals", rows=tuple(tuple(row) for row in rows))


HEADER = (
    "Id",
    "Title",
    "Kind",
    "Metric",
    "Audiences",
    "Start",
    "Deadline",
    "Baseline",
    "Target change",
    "Owner",
)


def test_goal_cells_become_strategy_fields():
    goals = goals_from_tab(
        tab(
            HEADER,
            (
                "grow",
                "Grow followers",
                "Communication",
                "Følgere",
                "Young adults",
                "1.1.2025",
                "31.12.2025",
                "1 200,5",
                "25 %",
                "Aino",
            ),
            ("", "", "", "", "", "", "", "", "", ""),
            (
                "cut",
                "Faster answers",
                "effect",
                "support_time",
                "",
                "1.3.2025",
                "31.3.2026",
                "",
                "-15 %",
                "Ola",
            ),
        ),  # fmt: skip
        "Google Sheet Plan / Goals",
    )
    assert [g["id"] for g in goals] == ["grow", "cut"]
    grow = goals[0]
    assert grow["metric"] == "followers"
    assert grow["kind"] == "communication"
    assert grow["audiences"] == ["young_adults"]
    assert grow["baseline"] == 1200.5
    assert grow["target_change"] == "+25 %"
    assert str(grow["deadline"]) == "2025-12-31"
    assert goals[1]["baseline"] is None
    assert goals[1]["target_change"] == "-15 %"


def test_a_cleared_cell_clears_the_field_and_absent_columns_keep_theirs():
    goals = goals_from_tab(
        tab(("id", "title", "metric", "deadline", "target_change", "target"), ("grow", "Grow", "followers",
            "2025-12-31", "", "150")),
        "Google Sheet Plan / Goals",
    )  # fmt: skip
    merged = load_strategy(merge_goals_into_strategy(STRATEGY, goals))
    goal = merged.goal("grow")
    assert goal.target == 150 and goal.target_change is None
    assert goal.owner == "Aino" and goal.description == "from the file"


def test_a_bad_number_names_row_and_column():
    with pytest.raises(UploadError) as caught:
        goals_from_tab(
            tab(
                ("id", "title", "metric", "deadline", "baseline"),
                ("grow", "G", "followers", "2025-12-31", "lots"),
            ),
            "Google Sheet Plan / Goals",
        )
    assert caught.value.row == 2 and caught.value.column == "baseline"


def test_a_goal_without_id_is_refused_with_its_row():
    with pytest.raises(SheetError, match="row 3: this goal has no id"):
        goals_from_tab(
            tab(
                ("id", "title", "metric", "deadline"),
                ("a", "A", "reach", "2025-12-31"),
                ("", "B", "reach", ""),
            ),
            "Google Sheet Plan / Goals",
        )


def test_duplicate_ids_are_refused():
    with pytest.raises(SheetError, match="“a” twice"):
        goals_from_tab(
            tab(
                ("id", "title", "metric", "deadline"),
                ("a", "A", "reach", "2025-12-31"),
                ("a", "B", "reach", ""),
            ),
            "Google Sheet Plan / Goals",
        )


def test_merging_needs_a_strategy_first():
    with pytest.raises(SheetError, match="no strategy yet"):
        merge_goals_into_strategy(None, [{"id": "a"}])
