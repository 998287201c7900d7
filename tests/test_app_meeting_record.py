"""Pinned versions, notes and decisions through the dashboard (AppTest) on a real store holding the demo."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pandas as pd
import pytest
from actors import EDITOR
from streamlit.testing.v1 import AppTest
from streamlit.util import calc_hash
from tidy_uploads import parsed

from connectors.sample import DEMO, DEMO_STORE_FILE
from connectors.store.store import Store
from metrics.strategy import load_strategy

TIMEOUT = 90
DASHBOARD = Path(__file__).resolve().parent.parent / "dashboard.py"


def dashboard(page: str, **query: str) -> AppTest:
    app = AppTest.from_file(DASHBOARD, default_timeout=TIMEOUT)
    app.query_params.update(query)
    app._page_hash = calc_hash(page)
    return app


def no_exceptions(app: AppTest) -> None:
    assert [e.value for e in app.exception] == []
    assert [e.value for e in app.error] == []


@pytest.fixture
def demo_store(tmp_path, monkeypatch):
    """A real SQLite store holding the demo organisation, opened by the dashboard through GOALPOST_STORE."""
    path = tmp_path / "goalpost.sqlite3"
    with Store.open(path) as store:
        assert store.import_store_file(DEMO_STORE_FILE, actor=DEMO)
    monkeypatch.setenv("GOALPOST_STORE", str(path))
    return path


def tiles(app: AppTest) -> list[str]:
    return [m.value for m in app.metric]


def test_a_pinned_link_shows_the_numbers_as_presented_and_today_shows_the_new_ones(demo_store):
    with Store.open(demo_store) as store:
        strategy = load_strategy(store.strategy_text())
        goal = next(
            g for g in strategy.goals if g.type == "reach" and g.metric in ("followers", "impressions")
        )
        channel = strategy.goal_channels(goal)[0]
        values = store.month_values(metric=goal.metric, channel=channel, audience="all")
        month = str(values["month"].max())
        # The meeting: the numbers shown on the Goal page at that month, then pinned.
        before = dashboard("goal", goal=goal.id, as_of=month).run()
        no_exceptions(before)
        pin = store.pin_version(month, actor=EDITOR, label="Board meeting")

        # After the meeting: a restatement of that month, and an undo of another upload.
        day = (pd.Timestamp(f"{month}-01") + pd.offsets.MonthEnd(0)).strftime("%Y-%m-%d")
        store.ingest(parsed([(day, channel, "all", goal.metric, 9_999_999.0)], "restated.csv"), actor=EDITOR)
        uploads = store.uploads()
        other = uploads[(uploads["status"] == "active") & (~uploads["channels"].str.contains(channel))]
        store.undo(int(other["id"].iloc[0]), actor=EDITOR)

    pinned = dashboard("goal", goal=goal.id, pinned=str(pin)).run()
    no_exceptions(pinned)
    assert tiles(pinned) == tiles(before)
    # A pinned view is read, not edited: no note or decision forms, no second pin.
    assert not [
        e for e in pinned.expander if "Record a decision" in str(e.label) or "Add a note" in str(e.label)
    ]
    banner = [m.value for m in pinned.markdown if "As presented on" in m.value]
    assert banner and dt.date.today().strftime("%Y") in banner[0]

    today = dashboard("goal", goal=goal.id, as_of=month).run()
    no_exceptions(today)
    assert tiles(today) != tiles(before)

    # One click back to today's numbers.
    pinned.button(key="pinned.today").click().run()
    no_exceptions(pinned)
    assert "pinned" not in pinned.query_params
    assert not [m.value for m in pinned.markdown if "As presented on" in m.value]


def test_an_unknown_pin_says_so_and_shows_today(demo_store):
    app = dashboard("overview", pinned="999").run()
    assert [e.value for e in app.exception] == []
    assert any("pinned version 999" in w.value for w in app.warning)


def test_pins_are_listed_on_the_data_page_and_made_from_the_share_popover(demo_store):
    app = dashboard("overview").run()
    no_exceptions(app)
    app.button(key="pinned.pin").click().run()
    no_exceptions(app)
    pin_id = (
        app.query_params["pinned"][0]
        if isinstance(app.query_params["pinned"], list)
        else app.query_params["pinned"]
    )
    with Store.open(demo_store) as store:
        assert list(store.pinned_versions()["id"]) == [int(pin_id)]
    data = dashboard("data").run()
    no_exceptions(data)
    assert any("Pinned versions" in h.value for h in data.header)


def test_notes_and_decisions_on_the_goal_page(demo_store):
    with Store.open(demo_store) as store:
        strategy = load_strategy(store.strategy_text())
        goal = strategy.goals[0]
        tactic = next(t for t in strategy.tactics if goal.id in t.to_achieve)
        month = str(store.month_values()["month"].max())
        day = dt.date.fromisoformat(f"{month}-10")
        store.add_note("Spring campaign", day - dt.timedelta(days=40), day, actor=EDITOR, kind="campaign")
        store.add_note(
            "Outage on a channel nobody reads", day, actor=EDITOR, kind="outage", channel="nowhere"
        )
        _, version = store.record_decision(
            goal.id,
            "Move 4 hours a month to this tactic",
            actor=EDITOR,
            decided_by="Management meeting",
            decided_on=day,
            tactic=tactic.id,
            hours=(tactic.hours_per_month or 0) + 4,
        )
    app = dashboard("goal", goal=goal.id).run()
    no_exceptions(app)
    chart = next(c for c in app.get("plotly_chart") if c.proto.id and "goal.path" in str(c.key or c.proto.id))
    spec = json.loads(chart.proto.spec)
    labels = [a.get("text") for a in spec["layout"].get("annotations", [])]
    assert "Spring campaign" in labels
    assert not any("nobody reads" in str(text) for text in labels)  # another channel's note stays off
    assert any(s.get("type") == "rect" for s in spec["layout"].get("shapes", []))
    labels_of_forms = [str(e.label) for e in app.expander]
    assert "Record a decision" in labels_of_forms and "Add a note on the timeline" in labels_of_forms
    texts = " ".join(m.value for m in app.markdown)
    assert "Move 4 hours a month to this tactic" in texts
    captions = " ".join(c.value for c in app.caption)
    assert f"strategy version {version}" in captions


def test_an_editor_adds_a_note_and_a_decision_through_the_goal_page(demo_store):
    with Store.open(demo_store) as store:
        strategy = load_strategy(store.strategy_text())
        goal = strategy.goals[0]
        versions = len(store.strategy_versions())
    app = dashboard("goal", goal=goal.id).run()
    no_exceptions(app)
    app.text_input(key="note.text").input("Newsletter campaign")
    app.selectbox(key="note.kind").select("campaign")
    app.date_input(key="note.days").set_value((dt.date(2026, 9, 1), dt.date(2026, 9, 30)))
    app.button(key="FormSubmitter:note.form-Save the note").click().run()
    no_exceptions(app)
    app.text_area(key="decision.text").input("Two more hours for this tactic")
    app.text_input(key="decision.who").input("Management meeting")
    app.radio(key="decision.change").set_value("hours")
    app.number_input(key="decision.hours").set_value(12)
    app.button(key="FormSubmitter:decision.form-Save the decision").click().run()
    no_exceptions(app)
    with Store.open(demo_store) as store:
        notes = store.notes()
        assert list(notes["text"]) == ["Newsletter campaign"]
        assert (notes["first_day"].iloc[0], notes["last_day"].iloc[0]) == (
            dt.date(2026, 9, 1),
            dt.date(2026, 9, 30),
        )
        decisions = store.decisions()
        assert list(decisions["decided_by"]) == ["Management meeting"]
        assert decisions["change"].iloc[0]["hours"] == 12
        assert len(store.strategy_versions()) == versions + 1
    assert "Two more hours for this tactic" in " ".join(m.value for m in app.markdown)
