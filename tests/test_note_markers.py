"""Notes on the timeline drawn on charts: a line for a day, a band for a period, only inside the chart's days."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from connectors.store import notes_concerning
from views.figures import trend_figure, with_note_markers

NOTE_COLUMNS = ["id", "kind", "text", "first_day", "last_day", "channel", "audience", "goal", "saved_by"]


def notes(*rows) -> pd.DataFrame:
    return pd.DataFrame(list(rows), columns=NOTE_COLUMNS)


def trend() -> pd.DataFrame:
    months = ["2026-01", "2026-02", "2026-03", "2026-04"]
    return pd.DataFrame({"month": months, "series": "linkedin", "value": [1.0, 2.0, 3.0, 4.0]})


def test_a_day_is_a_line_a_period_a_band_and_notes_outside_are_left_off():
    shown = notes(
        (1, "outage", "LinkedIn down", dt.date(2026, 2, 3), dt.date(2026, 2, 3), None, None, None, "e"),
        (
            2,
            "campaign",
            "Spring <b>campaign</b>",
            dt.date(2026, 3, 1),
            dt.date(2026, 3, 31),
            None,
            None,
            None,
            "e",
        ),
        (3, "other", "Long before", dt.date(2020, 1, 1), dt.date(2020, 1, 2), None, None, None, "e"),
    )
    figure = trend_figure(trend(), {"linkedin": "LinkedIn"}, "en", notes=shown)
    shapes = figure.layout.shapes
    assert [s.type for s in shapes] == ["line", "rect"]
    assert str(shapes[1].x0)[:10] == "2026-03-01" and str(shapes[1].x1)[:10] == "2026-03-31"
    labels = [a.text for a in figure.layout.annotations]
    assert "LinkedIn down" in labels
    assert any(label.startswith("Spring &lt;b&gt;") for label in labels)  # user text is shown literally
    assert not any("Long before" in label for label in labels)


def test_no_notes_leave_the_figure_as_it_was():
    figure = trend_figure(trend(), {"linkedin": "LinkedIn"}, "en", notes=notes())
    assert len(figure.layout.shapes) == 0
    assert with_note_markers(figure, None) is figure


def test_a_note_on_one_channel_stays_off_other_channels_charts():
    kept = notes(
        (1, "platform", "Everywhere", dt.date(2026, 2, 3), dt.date(2026, 2, 3), None, None, None, "e"),
        (
            2,
            "platform",
            "LinkedIn only",
            dt.date(2026, 2, 3),
            dt.date(2026, 2, 3),
            "linkedin",
            None,
            None,
            "e",
        ),
        (3, "platform", "Young only", dt.date(2026, 2, 3), dt.date(2026, 2, 3), None, "young", None, "e"),
        (4, "platform", "One goal", dt.date(2026, 2, 3), dt.date(2026, 2, 3), None, None, "reach", "e"),
    )
    assert list(notes_concerning(kept, channels=["facebook"])["text"]) == ["Everywhere", "Young only"]
    assert list(notes_concerning(kept, audiences=["seniors"])["text"]) == ["Everywhere", "LinkedIn only"]
    assert list(notes_concerning(kept, channels=["linkedin"], audiences=["young"], goal="reach")["text"]) == [
        "Everywhere",
        "LinkedIn only",
        "Young only",
        "One goal",
    ]
