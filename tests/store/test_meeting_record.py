"""Pinned versions show the numbers as presented; notes and decisions are kept, and only editors write them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from actors import EDITOR, VIEWER
from tidy_uploads import parsed, series

from connectors.store import decisions_of_goal, decisions_of_month, notes_concerning
from connectors.store.store import Store
from metrics.access import AccessDenied
from metrics.errors import GoalpostError, StoreError
from metrics.progress import strategy_month_series
from metrics.strategy import load_strategy

SAMPLE_STRATEGY = Path(__file__).resolve().parents[2] / "sample_data" / "strategy.yaml"


def months(frame: pd.DataFrame, metric: str, channel: str) -> dict[str, float]:
    mine = frame[(frame["metric"] == metric) & (frame["channel"] == channel)]
    return dict(zip(mine["month"], mine["value"], strict=True))


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "goalpost.sqlite3") as opened:
        yield opened


def test_a_pin_shows_the_numbers_of_that_day_after_restatements_and_undos(store, tmp_path):
    store.ingest(
        parsed(series("impressions", "linkedin", {"2027-01-10": 100, "2027-02-10": 200}), "a.csv"),
        actor=EDITOR,
    )
    other = store.ingest(parsed(series("impressions", "facebook", {"2027-02-03": 50}), "b.csv"), actor=EDITOR)
    pin = store.pin_version("2027-02", actor=EDITOR, label="February meeting")
    presented = store.month_values()

    # After the meeting: a restatement of February, an undo of something else, a new month.
    store.ingest(parsed(series("impressions", "linkedin", {"2027-02-10": 260}), "restated.csv"), actor=EDITOR)
    store.undo(other.upload_id, actor=EDITOR)
    store.ingest(parsed(series("impressions", "linkedin", {"2027-03-10": 300}), "march.csv"), actor=EDITOR)

    today = store.month_values()
    assert months(today, "impressions", "linkedin") == {"2027-01": 100, "2027-02": 260, "2027-03": 300}
    assert months(today, "impressions", "facebook") == {}

    pinned = store.pinned_version(pin)
    assert (pinned.as_of_month, pinned.label, pinned.made_by) == (
        "2027-02",
        "February meeting",
        EDITOR.identity,
    )
    then = store.month_values(as_of_ledger=pinned.ledger_point)
    pd.testing.assert_frame_equal(then, presented)
    assert months(then, "impressions", "facebook") == {"2027-02": 50}

    # The same holds after the store file is closed and opened again months later.
    store.close()
    with Store.open(tmp_path / "goalpost.sqlite3") as reopened:
        again = reopened.month_values(as_of_ledger=reopened.pinned_version(pin).ledger_point)
        pd.testing.assert_frame_equal(again, presented)
        assert list(reopened.pinned_versions()["id"]) == [pin]


def test_a_restored_upload_counts_from_its_restore_on(store):
    first = store.ingest(parsed(series("clicks", "linkedin", {"2027-01-05": 10}), "a.csv"), actor=EDITOR)
    store.undo(first.upload_id, actor=EDITOR)
    while_undone = store.ledger_point()
    store.restore(first.upload_id, actor=EDITOR)
    assert store.month_values(as_of_ledger=while_undone).empty
    assert months(store.month_values(as_of_ledger=store.ledger_point()), "clicks", "linkedin") == {
        "2027-01": 10
    }
    assert store.month_values(as_of_ledger=0).empty


def test_goal_observations_at_a_ledger_point_feed_the_goal_engine(store):
    strategy = load_strategy(SAMPLE_STRATEGY.read_text(encoding="utf-8"))
    goal = strategy.goals[0]
    channel = (strategy.goal_channels(goal) or [strategy.channels[0].id])[0]
    store.ingest(parsed(series(goal.metric, channel, {"2026-01-10": 100}), "a.csv"), actor=EDITOR)
    point = store.ledger_point()
    store.ingest(parsed(series(goal.metric, channel, {"2026-01-10": 999}), "b.csv"), actor=EDITOR)
    then = strategy_month_series(strategy, store.at_ledger_point(point))[goal.id].dropna()
    now = strategy_month_series(strategy, store)[goal.id].dropna()
    assert then.tolist() == [100.0] and now.tolist() == [999.0]


def test_notes_are_kept_and_cut_to_the_charts_they_concern(store):
    store.save_strategy(SAMPLE_STRATEGY.read_text(encoding="utf-8"), actor=EDITOR)
    everywhere = store.add_note("Algorithm change", date(2026, 3, 1), actor=EDITOR, kind="algorithm")
    store.add_note(
        "Spring campaign",
        date(2026, 4, 1),
        date(2026, 4, 30),
        actor=EDITOR,
        kind="campaign",
        channel="linkedin",
    )
    store.add_note("Outage", date(2026, 5, 2), actor=EDITOR, kind="outage", goal="some-goal")
    notes = store.notes()
    assert list(notes["text"]) == ["Algorithm change", "Spring campaign", "Outage"]
    assert list(notes_concerning(notes, channels=["facebook"])["text"]) == ["Algorithm change"]
    assert list(notes_concerning(notes, channels=["linkedin"], goal="some-goal")["text"]) == [
        "Algorithm change",
        "Spring campaign",
        "Outage",
    ]
    # A new strategy version keeps them: they name ids, not versions.
    store.save_strategy(SAMPLE_STRATEGY.read_text(encoding="utf-8") + "\n# changed\n", actor=EDITOR)
    assert len(store.notes()) == 3
    assert store.remove_note(everywhere, actor=EDITOR)
    assert len(store.notes()) == 2
    with pytest.raises(StoreError):
        store.add_note("Backwards", date(2026, 5, 2), date(2026, 5, 1), actor=EDITOR)


def test_a_decision_that_moves_hours_saves_a_strategy_version_linked_to_it(store):
    store.save_strategy(SAMPLE_STRATEGY.read_text(encoding="utf-8"), actor=EDITOR)
    strategy = load_strategy(store.strategy_text())
    tactic, goal = strategy.tactics[0], strategy.goals[0]
    before = len(store.strategy_versions())
    decision_id, version_id = store.record_decision(
        goal.id,
        "Move 4 hours a month to LinkedIn",
        actor=EDITOR,
        decided_by="The management meeting",
        decided_on=date(2027, 3, 3),
        tactic=tactic.id,
        hours=(tactic.hours_per_month or 0) + 4,
    )
    assert version_id is not None and len(store.strategy_versions()) == before + 1
    changed = load_strategy(store.strategy_text(version_id))
    assert changed.tactics[0].hours_per_month == (tactic.hours_per_month or 0) + 4
    assert "Move 4 hours" in store.strategy_versions()["note"].iloc[0]
    store.record_decision(goal.id, "Keep going", actor=EDITOR, decided_by="Anna", decided_on=date(2027, 4, 7))
    decisions = store.decisions()
    assert list(decisions["id"])[0] == decision_id
    assert decisions["strategy_version_id"].iloc[0] == version_id
    assert decisions["change"].iloc[0] == {"tactic": tactic.id, "hours": (tactic.hours_per_month or 0) + 4}
    assert list(decisions_of_month(decisions, "2027-03")["text"]) == ["Move 4 hours a month to LinkedIn"]
    assert len(decisions_of_goal(decisions, goal.id)) == 2
    assert decisions_of_goal(decisions, "another").empty
    # A strategy change later keeps the decisions.
    store.save_strategy(SAMPLE_STRATEGY.read_text(encoding="utf-8"), actor=EDITOR)
    assert len(store.decisions()) == 2


def test_a_decision_that_sets_a_target_changes_only_that_goal(store):
    store.save_strategy(SAMPLE_STRATEGY.read_text(encoding="utf-8"), actor=EDITOR)
    goal = load_strategy(store.strategy_text()).goals[0]
    _, version_id = store.record_decision(
        goal.id, "Aim higher", actor=EDITOR, decided_by="Anna", decided_on=date(2027, 3, 3), target=99999
    )
    assert load_strategy(store.strategy_text(version_id)).goal(goal.id).target == 99999
    with pytest.raises(GoalpostError):  # below the baseline of a higher-is-better goal: the checks refuse it
        store.record_decision(
            goal.id, "Aim low", actor=EDITOR, decided_by="Anna", decided_on=date(2027, 3, 3), target=1
        )
    with pytest.raises(StoreError):
        store.record_decision(
            goal.id, "Nope", actor=EDITOR, decided_by="Anna", decided_on=date(2027, 3, 3), tactic="x", hours=1
        )
    assert len(store.decisions()) == 1  # the refused one left nothing behind


def test_viewers_read_but_may_not_write(store):
    store.save_strategy(SAMPLE_STRATEGY.read_text(encoding="utf-8"), actor=EDITOR)
    with pytest.raises(AccessDenied):
        store.pin_version("2027-02", actor=VIEWER)
    with pytest.raises(AccessDenied):
        store.add_note("x", date(2027, 1, 1), actor=VIEWER)
    with pytest.raises(AccessDenied):
        store.record_decision("g", "x", actor=VIEWER, decided_by="v", decided_on=date(2027, 1, 1))
    note = store.add_note("x", date(2027, 1, 1), actor=EDITOR)
    with pytest.raises(AccessDenied):
        store.remove_note(note, actor=VIEWER)
    assert store.pinned_versions().empty and len(store.notes()) == 1 and store.decisions().empty


def test_an_older_store_gains_the_meeting_tables(tmp_path):
    import sqlite3
    from contextlib import closing

    location = tmp_path / "old.sqlite3"
    with Store.open(location) as first:
        first.ingest(parsed(series("clicks", "linkedin", {"2027-01-05": 10}), "a.csv"), actor=EDITOR)
    with closing(sqlite3.connect(location)) as raw:
        raw.executescript(
            "DROP TABLE workspace_member; DROP TABLE workspace;"  # and before revision 0004
            "DROP TABLE pinned_version; DROP TABLE timeline_note; DROP TABLE decision;"
            "UPDATE alembic_version SET version_num = '0002';"  # as before revision 0003
        )
        raw.commit()
    with Store.open(location) as upgraded:
        pin = upgraded.pin_version("2027-01", actor=EDITOR)
        assert upgraded.pinned_version(pin).ledger_point == 1
        assert months(upgraded.month_values(), "clicks", "linkedin") == {"2027-01": 10}


def test_pinned_at_the_latest_point_the_demo_numbers_equal_today_s(tmp_path):
    from connectors.sample import DEMO, DEMO_STORE_FILE

    with Store.open(tmp_path / "demo.sqlite3") as store:
        assert store.import_store_file(DEMO_STORE_FILE, actor=DEMO)
        strategy = load_strategy(store.strategy_text())
        point = store.ledger_point()
        pd.testing.assert_frame_equal(store.month_values(as_of_ledger=point), store.month_values())
        today = strategy_month_series(strategy, store)
        then = strategy_month_series(strategy, store.at_ledger_point(point))
        for goal_id, values in today.items():
            pd.testing.assert_series_equal(then[goal_id], values, check_names=False)
    with Store.open(tmp_path / "demo.sqlite3", specs=strategy.metric_specs()) as store:
        # Ratios are made from their parts' pinned values, and the filters cut the same rows.
        for metric, channel in (("ctr", None), ("impression_engagement_rate", None), (None, "facebook")):
            pd.testing.assert_frame_equal(
                store.month_values(metric, channel, as_of_ledger=point), store.month_values(metric, channel)
            )
