"""The presentation's view model: when a link presents, the timer it asks for, the agenda's order, the screens."""

from __future__ import annotations

import pandas as pd
import pytest

from views.present_model import (
    AGENDA_ORDER,
    agenda,
    by_channel,
    channel_agenda,
    every_seconds,
    goal_screen,
    moved,
    presenting,
    status_change_text,
    value_change_text,
)


def goal(goal_id: str, status: str, **more) -> dict:
    return {
        "id": goal_id,
        "title": f"Goal {goal_id}",
        "status": status,
        "type": "reach",
        "target": 400.0,
        "deadline": "2026-12-31",
        "counts": True,
        **more,
    }


@pytest.mark.parametrize(
    ("value", "expected"), [("1", True), ("true", True), ("Yes", True), ("0", False), ("", False)]
)
def test_a_link_presents_when_it_says_so(value, expected):
    assert presenting({"present": value}) is expected
    assert presenting({}) is False


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("30", 30),
        ("30s", 30),
        ("2.4", 2),
        ("1", 2),
        ("99999", 3600),
        ("0", None),
        ("-5", None),
        ("soon", None),
    ],
)
def test_the_timer_is_whole_seconds_between_two_and_an_hour(value, expected):
    assert every_seconds({"every": value}) == expected
    assert every_seconds({}) is None


def test_the_agenda_puts_off_track_and_at_risk_first_and_no_data_last():
    goals = [
        goal("a", "achieved"),
        goal("n", "no_data"),
        goal("o", "on_track"),
        goal("r", "at_risk"),
        goal("f1", "off_track", progress=0.5, expected=0.6),
        goal("f2", "off_track", progress=0.1, expected=0.6),
    ]
    ordered = [g["id"] for g in agenda(goals)]
    # Furthest behind first among the off-track goals, as on the Overview.
    assert ordered == ["f2", "f1", "r", "o", "a", "n"]
    assert AGENDA_ORDER[-1] == "no_data"


def test_moving_goes_round_from_the_last_screen_to_the_agenda_and_back():
    assert moved(0, 1, 4) == 1
    assert moved(3, 1, 4) == 0
    assert moved(0, -1, 4) == 3
    assert moved(0, 1, 0) == 0


def test_a_goal_screen_says_the_value_against_last_month_and_how_the_status_moved():
    history = pd.DataFrame({"month": ["2026-09", "2026-10"], "status": ["on_track", "at_risk"]})
    progress = goal(
        "g",
        "at_risk",
        current=320.0,
        previous=300.0,
        current_month="2026-10",
        recent_months=["2026-09", "2026-10"],
        progress=0.5,
        expected=0.6,
    )
    screen = goal_screen(progress, history, "en", "followers", number=2, total=9)
    assert screen.value == "320\u00a0followers"
    assert screen.value_change == "+20 since Sept 2026"
    assert screen.status_change == "On track in September 2026, at risk now"
    assert screen.position == "Goal 2 of 9"
    assert screen.target.replace("\u00a0", " ") == "Target: 400 followers by 31 December 2026"
    assert screen.decisions == ()


def test_an_unchanged_status_and_no_month_before_are_said_plainly():
    same = pd.DataFrame({"month": ["2026-09", "2026-10"], "status": ["off_track", "off_track"]})
    progress = goal("g", "off_track", current_month="2026-10")
    assert status_change_text(progress, same, "en") == "Off track in September 2026 too"
    assert status_change_text(progress, same.iloc[1:], "en") is None
    assert status_change_text(progress, pd.DataFrame(columns=["month", "status"]), "en") is None
    assert value_change_text(progress, "en") is None


def test_decisions_noted_on_a_goal_are_kept_as_written_and_blank_ones_dropped():
    screen = goal_screen(
        goal("g", "no_data"),
        pd.DataFrame(columns=["month", "status"]),
        "nb",
        "",
        number=1,
        total=1,
        decisions=["Flytt 4 timer i måneden fra X til LinkedIn", "  ", ""],
    )
    assert screen.decisions == ("Flytt 4 timer i måneden fra X til LinkedIn",)
    assert screen.position == "Mål 1 av 1"


def test_by_channel_puts_the_channel_with_the_most_urgent_goal_first():
    from metrics.strategy import load_strategy

    strategy = load_strategy(
        """
organisation: Test
channels:
  - {id: facebook, name: Facebook}
  - {id: linkedin, name: LinkedIn}
  - {id: tiktok, name: TikTok}
goals:
  - {id: a, title: A, metric: followers, channels: [facebook], kind: effect, start: 2026-01-01, baseline: 1, target: 2, deadline: 2026-12-31, owner: X}
  - {id: b, title: B, metric: followers, channels: [linkedin], kind: effect, start: 2026-01-01, baseline: 1, target: 2, deadline: 2026-12-31, owner: X}
  - {id: c, title: C, metric: followers, channels: [linkedin, tiktok], kind: effect, start: 2026-01-01, baseline: 1, target: 2, deadline: 2026-12-31, owner: X}
"""
    )
    goals = [goal("a", "on_track"), goal("b", "at_risk"), goal("c", "achieved")]
    names = {"facebook": "Facebook", "linkedin": "LinkedIn", "tiktok": "TikTok"}
    items = channel_agenda(strategy, goals, names)
    assert [(i.name, i.status) for i in items] == [
        ("LinkedIn", "at_risk"),
        ("Facebook", "on_track"),
        ("TikTok", "achieved"),
    ]
    assert [g["id"] for g in items[0].goals] == ["b", "c"]
    assert by_channel({"by": "channel"}) and not by_channel({})


def test_a_presentation_opens_on_the_goal_the_link_was_made_on():
    from views.present_model import first_screen

    assert first_screen(["a", "b", "c"], "b") == 2
    assert first_screen(["a", "b"], None) == 0
    assert first_screen(["a", "b"], "gone") == 0
