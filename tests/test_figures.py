"""Figure builders: the goal chart's lines, trends that stay small and SVG, the Overview's pace bars and grid."""

from __future__ import annotations

import datetime as dt
import json

import pandas as pd
import plotly.io as pio
import pytest

from views.figures import (
    STATUS_COLOURS,
    figure_from_spec,
    goal_path_figure,
    pace_figure,
    sparkline_svg,
    status_grid_figure,
    status_history_figure,
    trend_figure,
)
from views.figures.common import MAX_MONTH_TICKS, month_range, month_ticks

HOSTILE = '<b>Bold</b> <a href="https://evil.example">link</a>'


def reach_goal(**overrides):
    goal = {
        "id": "community",
        "title": "Grow the community",
        "type": "reach",
        "start": "2025-01-01",
        "deadline": "2026-12-31",
        "baseline": 30500.0,
        "target": 38500.0,
        "forecast": 38900.0,
        "status": "on_track",
        "unit": "followers",
        "progress": 0.7,
        "expected": 0.8,
    }
    return {**goal, **overrides}


def months_series(first: str, last: str, start: float = 30500.0, step: float = 300.0) -> pd.Series:
    months = month_range(first, last)
    return pd.Series([start + step * i for i in range(len(months))], index=months, dtype=float)


def all_points(figure) -> int:
    return sum(len(trace.x) for trace in figure.data if trace.x is not None)


def test_goal_chart_draws_values_expected_path_target_forecast_and_deadline():
    values = months_series("2025-01", "2026-10")
    figure = goal_path_figure(reach_goal(), values, "en")
    by_name = {trace.name: trace for trace in figure.data}

    month_values = by_name["Month values"]
    assert len(month_values.x) == 22 and list(month_values.y) == values.to_list()
    expected = by_name["Expected path"]
    assert list(expected.x) == [dt.date(2025, 1, 1), dt.date(2026, 12, 31)]
    assert list(expected.y) == [30500.0, 38500.0]
    forecast = by_name["Forecast"]
    assert forecast.x[-1] == dt.date(2026, 12, 31) and forecast.y[-1] == 38900.0
    assert forecast.line.color == STATUS_COLOURS["on_track"]

    horizontal = {shape.y0 for shape in figure.layout.shapes if shape.y0 == shape.y1}
    assert {30500.0, 38500.0} <= horizontal  # baseline and target lines
    deadline = [s for s in figure.layout.shapes if s.x0 == s.x1 == dt.date(2026, 12, 31)]
    assert len(deadline) == 1
    texts = " ".join(a.text for a in figure.layout.annotations).replace("<br>", " ").replace("\u00a0", " ")
    assert "Target 38,500 followers" in texts and "Deadline 31 December 2026" in texts
    assert {trace.type for trace in figure.data} == {"scatter"}


def test_goal_chart_shows_the_forecast_range_and_labels_its_lines_where_no_value_is_drawn():
    goal = reach_goal(forecast_low=36000.0, forecast_high=41800.0)
    figure = goal_path_figure(goal, months_series("2025-01", "2026-10"), "nb")
    (band,) = [trace for trace in figure.data if trace.fill == "toself"]
    assert band.name == "Prognose, 80\u00a0%-intervall"
    assert max(band.y) == 41800.0 and min(band.y[1:3]) == 36000.0 and band.x[1] == dt.date(2026, 12, 31)
    # Target and baseline are named right of the plot (no month value runs through them), wrapped to fit.
    labels = [a for a in figure.layout.annotations if a.xref == "paper" and a.x == 1]
    assert len(labels) == 2 and all(a.xanchor == "left" for a in labels)
    assert figure.layout.margin.r >= max(len(line) for a in labels for line in a.text.split("<br>")) * 7
    assert not [
        t for t in goal_path_figure(reach_goal(), months_series("2025-01", "2026-10"), "en").data if t.fill
    ]


def test_goal_chart_leaves_a_phone_most_of_its_width_for_the_plot():
    figure = goal_path_figure(reach_goal(), months_series("2025-01", "2026-10"), "nb", unit="følgere")
    # A phone's chart is about 358 px wide: 100 px of labels (not 130) leave the plot more than half of it.
    assert figure.layout.margin.r <= 100
    labels = [a for a in figure.layout.annotations if a.xref == "paper" and a.x == 1]
    assert max(len(line) for a in labels for line in a.text.split("<br>")) <= 12
    # Four month labels fit that plot side by side; six were turned aslant and ran into each other.
    assert len(figure.layout.xaxis.tickvals) <= 4


def test_goal_chart_in_norwegian_uses_nordic_numbers_and_labels():
    figure = goal_path_figure(reach_goal(), months_series("2025-01", "2026-10"), "nb", unit="følgere")
    assert figure.layout.separators == ",\u00a0"
    texts = " ".join(a.text for a in figure.layout.annotations).replace("<br>", " ")
    assert "Mål 38\u00a0500 følgere" in texts and "Frist 31. desember 2026" in texts  # 38 500 unbroken
    assert "Månedstall" in {trace.name for trace in figure.data}


def test_a_level_goal_has_no_expected_path_and_only_its_limit():
    goal = reach_goal(type="stay_above", baseline=None, target=250.0, forecast=None, progress=None)
    figure = goal_path_figure(goal, months_series("2025-01", "2026-10", 260, -1), "en")
    assert [trace.name for trace in figure.data] == ["Month values"]
    assert [shape.y0 for shape in figure.layout.shapes if shape.y0 == shape.y1] == [250.0]


def test_goal_chart_shows_only_a_year_before_the_start():
    values = months_series("2020-01", "2026-10")
    figure = goal_path_figure(reach_goal(start="2025-01-01"), values, "en")
    month_values = next(trace for trace in figure.data if trace.name == "Month values")
    assert month_values.x[0] == dt.date(2024, 1, 15)
    assert len(month_values.x) == 34


def test_trends_of_five_years_and_ten_channels_stay_small_svg_and_readable():
    months = month_range("2021-11", "2026-10")
    channels = [f"channel_{i}" for i in range(10)]
    frame = pd.DataFrame(
        [(m, c, float(i * j)) for i, m in enumerate(months) for j, c in enumerate(channels)],
        columns=["month", "series", "value"],
    )
    figure = trend_figure(frame, {c: c.upper() for c in channels}, "en", unit="followers")
    assert len(figure.data) == 10
    assert {trace.type for trace in figure.data} == {"scatter"}  # never scattergl (WebGL)
    assert all(len(trace.x) == 60 for trace in figure.data)
    assert all_points(figure) == 600
    assert len(figure.layout.xaxis.tickvals) <= 8
    assert len({trace.line.color for trace in figure.data}) == 10
    assert {trace["type"] for trace in figure.to_plotly_json()["data"]} == {"scatter"}


def test_trend_labels_from_the_strategy_are_shown_literally():
    frame = pd.DataFrame({"month": ["2026-01", "2026-02"], "series": ["blog", "blog"], "value": [1.0, 2.0]})
    figure = trend_figure(frame, {"blog": HOSTILE}, "en")
    assert "<b>" not in figure.data[0].name and "&lt;b&gt;Bold&lt;/b&gt;" in figure.data[0].name


def test_trend_targets_are_dash_dot_lines_named_literally_at_the_left():
    frame = pd.DataFrame({"month": ["2026-01", "2026-02"], "series": ["blog", "blog"], "value": [1.0, 2.0]})
    figure = trend_figure(frame, {"blog": "Blog"}, "en", targets=[(150.0, "Target 150 " + HOSTILE, None)])
    (line,) = figure.layout.shapes
    assert line.y0 == line.y1 == 150.0 and line.line.dash == "dashdot"
    assert line.xref == "x domain" and (line.x0, line.x1) == (0, 1)  # across the whole chart
    (label,) = figure.layout.annotations
    assert label.y == 150.0 and label.x == 0 and label.xanchor == "left"
    assert "<b>" not in label.text and "Target 150" in label.text
    assert len(figure.data) == 1  # no legend entry: the legend keeps to the series


def test_trend_target_labels_close_together_stand_on_opposite_sides():
    frame = pd.DataFrame(
        {"month": ["2026-01", "2026-02"], "series": ["blog", "blog"], "value": [480.0, 500.0]}
    )
    targets = [(250.0, "Target 250", None), (40.0, "Target 40", "#123456"), (70.0, "Target 70", None)]
    targets.append((145.0, "Target 145", None))
    figure = trend_figure(frame, {"blog": "Blog"}, "en", targets=targets)
    sides = {a.text: a.xanchor for a in figure.layout.annotations}
    assert sides["Target 40"] != sides["Target 70"]  # 30 of 500 apart: about 14 px on a 360 px chart
    assert sides["Target 145"] == sides["Target 250"] == "left"  # far enough apart to share the left
    # A goal on one channel is drawn in its line's colour; others in the target colour.
    colours = {s.y0: s.line.color for s in figure.layout.shapes}
    assert colours[40.0] == "#123456" and colours[250.0] == STATUS_COLOURS.get("target", "#CC79A7")


def test_sparkline_is_a_small_svg_line_ending_at_the_latest_value_marked():
    svg = sparkline_svg([10.0, 30.0, 20.0], "#009E73")
    points = [tuple(map(float, p.split(","))) for p in svg.split('points="')[1].split('"')[0].split()]
    assert len(points) == 3 and points[0][0] < points[1][0] < points[2][0]
    assert points[1][1] < points[2][1] < points[0][1]  # higher values are drawn higher up
    assert f'cx="{points[2][0]:.1f}"' in svg and 'stroke="#009E73"' in svg
    assert "<text" not in svg and "script" not in svg
    flat = sparkline_svg([5.0, 5.0], "#999999")  # a level line stays in the middle, not on an edge
    assert "28.0" in flat


def test_month_ticks_are_bounded_and_in_the_language():
    assert len(month_ticks(month_range("2000-01", "2026-12"), "en")[0]) <= MAX_MONTH_TICKS
    values, labels = month_ticks(month_range("2026-01", "2026-06"), "da")
    assert labels[0] == "jan. 2026" and len(values) == 6  # CLDR's abbreviated Danish month
    values, labels = month_ticks(month_range("2019-01", "2026-12"), "sv")
    assert labels[:2] == ["2019", "2020"]


def test_pace_bars_keep_the_given_order_leave_out_level_goals_and_mark_the_expected_share():
    goals = [
        reach_goal(id="a", title="Behind", status="off_track", progress=0.2, expected=0.8),
        reach_goal(id="b", title="Keep comments up", status="on_track", progress=None, type="stay_above"),
        reach_goal(id="c", title="Far ahead", status="achieved", progress=3.0, expected=0.8),
    ]
    figure = pace_figure(goals, "en")
    bars, ticks, values = figure.data
    assert list(bars.y) == ["a", "c"]
    assert [a.text for a in figure.layout.annotations] == ["Behind", "Far ahead"]
    assert list(bars.marker.color) == [STATUS_COLOURS["off_track"], STATUS_COLOURS["achieved"]]
    assert bars.x[1] == pytest.approx(1.25)  # capped so one runaway goal does not squash the rest
    assert list(values.text) == ["20% ✗", "300% ★"]
    assert "Off track" in bars.customdata[0][1]
    assert [row[3] for row in bars.customdata] == ["a", "c"]  # a bar opens its goal
    assert list(ticks.x) == [0.8, 0.8]


def test_pace_values_stand_clear_of_the_bars_and_ticks_and_inside_the_chart():
    goals = [
        reach_goal(id="a", title="Past the target", status="achieved", progress=1.26, expected=1.0),
        reach_goal(id="b", title="On pace", status="on_track", progress=0.6, expected=0.62),
    ]
    figure = pace_figure(goals, "nb")
    bars, ticks, values = figure.data
    low, high = figure.layout.xaxis.range
    # Every value is printed right of the longest bar and of every expected-pace tick, with room to its right.
    assert min(values.x) > max(max(bars.x), max(ticks.x))
    assert high - max(values.x) >= 0.35
    assert figure.layout.xaxis.tickangle == 0
    # The axis writes shares as the bars do: "50 %" in Norwegian, never Plotly's "50%".
    assert "50\u00a0%" in figure.layout.xaxis.ticktext and values.text[0] == "126\u00a0% ★"
    assert all(text.endswith("\u00a0%") for text in figure.layout.xaxis.ticktext)
    english = pace_figure(goals, "en").layout.xaxis.ticktext
    assert "50%" in english


def test_pace_bars_mark_a_goal_moving_away_from_its_target_and_wrap_long_titles():
    long_title = "Club and school buyers ask us on the blog, forty comments a month"
    goals = [
        reach_goal(id="a", title=long_title, status="off_track", progress=-0.16, expected=0.9),
        reach_goal(id="b", title="Fine", status="on_track", progress=0.8, expected=0.7),
    ]
    figure = pace_figure(goals, "nb")
    bars, ticks, values, behind = figure.data
    titles = [a.text for a in figure.layout.annotations]
    assert bars.x[0] == 0.0 and values.text[0].startswith("-16\u00a0%")
    assert list(behind.y) == [bars.y[0]] and -0.1 < behind.x[0] <= 0.0  # a visible mark where no bar is
    assert behind.marker.color[0] == STATUS_COLOURS["off_track"]
    assert "<br>" in titles[0] and "…" not in titles[0]  # wrapped, not cut short
    # Titles stand above their bars from the left edge: no column of labels squeezes the bars.
    assert figure.layout.yaxis.showticklabels is False
    assert all(a.xref == "paper" and a.x == 0 and a.yshift > 0 for a in figure.layout.annotations)


def test_status_grid_colours_each_cell_by_its_most_urgent_goal_and_lists_icons():
    cells = pd.DataFrame(
        [
            ("facebook", "all", "g1", "Grow", "on_track"),
            ("facebook", "all", "g2", HOSTILE, "off_track"),
            ("blog", "club", "g3", "Questions", "achieved"),
        ],
        columns=["row", "column", "goal", "title", "status"],
    )
    figure = status_grid_figure(
        cells, {"facebook": "Facebook", "blog": "Blog"}, {"all": "All", "club": "Clubs"}, "en"
    )
    cells_drawn = figure.data[0]
    # A bar per filled cell (Plotly selects no heatmap cell, so a heatmap could not be clicked).
    assert cells_drawn.type == "bar" and len(cells_drawn.y) == 2  # facebook x clubs stays empty
    by_cell = {(y, round(b)): i for i, (y, b) in enumerate(zip(cells_drawn.y, cells_drawn.base, strict=True))}
    facebook_all, blog_clubs = by_cell[("Facebook", 0)], by_cell[("Blog", 1)]
    assert cells_drawn.text[facebook_all] == "✗  ✓" and cells_drawn.text[blog_clubs] == "★"
    colours = cells_drawn.marker.color
    assert colours[facebook_all] == STATUS_COLOURS["off_track"]  # the most urgent goal colours the cell
    assert colours[blog_clubs] == STATUS_COLOURS["achieved"]
    hover = cells_drawn.customdata
    assert "<b>" not in hover[facebook_all][2] and "&lt;b&gt;" in hover[facebook_all][2]
    # A cell opens its most urgent goal.
    assert hover[facebook_all][-1] == "g2" and hover[blog_clubs][-1] == "g3"
    assert list(figure.layout.yaxis.categoryarray) == ["Facebook", "Blog"]


def test_status_grid_headers_are_wrapped_narrow_and_the_grid_grows_to_hold_them():
    cells = pd.DataFrame(
        [("blog", a, "g", "Goal", "on_track") for a in ("all", "weekend", "peak", "club")],
        columns=["row", "column", "goal", "title", "status"],
    )
    names = {
        "all": "All audiences",
        "weekend": "Weekend explorers",
        "peak": "Peak chasers",
        "club": "Club and school buyers",
    }
    figure = status_grid_figure(cells, {"blog": "Blog"}, names, "en")
    headers = list(figure.layout.xaxis.ticktext)
    # No header line longer than about a cell's width, so four headers side by side never overlap.
    assert max(len(line) for h in headers for line in h.split("<br>")) <= 10
    assert (
        figure.layout.xaxis.tickangle is None
    )  # Plotly's auto: aslant only where they would overlap (a phone)
    assert figure.layout.height >= 40 + 22 * 3 + 52


def test_status_history_has_one_coloured_square_per_month():
    history = pd.DataFrame(
        {
            "month": ["2026-08", "2026-09", "2026-10"],
            "status": ["on_track", "at_risk", "off_track"],
            "progress": [0.5, 0.5, 0.4],
            "expected": [0.5, 0.6, 0.7],
        }
    )
    figure = status_history_figure(history, "sv")
    trace = figure.data[0]
    assert len(trace.x) == 3
    assert list(trace.marker.color) == [STATUS_COLOURS[s] for s in history["status"]]
    assert list(trace.text) == ["✓", "!", "✗"]
    assert "I riskzonen" in trace.customdata[1][1]


def test_a_cached_figure_spec_draws_the_same_chart_as_the_figure_it_came_from():
    goals = [
        reach_goal(id="a", title=HOSTILE, status="off_track", progress=-0.16, expected=0.9),
        reach_goal(id="b", title="Fine", status="on_track", progress=0.8, expected=0.7),
    ]
    built = pace_figure(goals, "nb")
    restored = figure_from_spec(built.to_dict())
    assert json.loads(pio.to_json(restored, validate=False)) == json.loads(pio.to_json(built, validate=False))
    assert restored.layout.separators == built.layout.separators and len(restored.data) == 4


def test_trend_hover_names_the_line_and_writes_the_value_the_language_way():
    frame = pd.DataFrame(
        {"month": ["2026-01", "2026-02"], "series": ["blog", "blog"], "value": [1234.5, 2.0]}
    )
    line = trend_figure(frame, {"blog": "Turbloggen"}, "nb", unit="kommentarer").data[0]
    assert line.meta == ("Turbloggen",) and line.text == ("1\u00a0234\u00a0kommentarer", "2\u00a0kommentarer")
    assert line.hovertemplate == "%{meta[0]}: %{text}<extra></extra>"


def test_percent_values_are_written_the_same_way_on_axes_and_labels():
    from views.figures.common import percent_ticks, value_axis
    from views.i18n import format_percent, format_value

    for lang in ("en", "nb", "sv", "da"):
        suffix = value_axis("%", lang)["ticksuffix"]
        # The axis's "12 %" is the labels' "12 %": same number, same space (or none) before the sign.
        assert "12" + suffix == format_value(12.0, lang, "%") == format_percent(0.12, lang)
        assert percent_ticks(0.0, 1.0, 0.5, lang)["ticktext"] == [
            format_percent(v, lang) for v in (0, 0.5, 1)
        ]
    rates = pd.DataFrame({"month": ["2026-01", "2026-02"], "series": ["ig", "ig"], "value": [3.1, 3.4]})
    figure = trend_figure(rates, {"ig": "Instagram"}, "nb", unit="%")
    assert figure.layout.yaxis.ticksuffix == "\u00a0%" and figure.layout.yaxis.title.text is None


def test_trend_month_labels_fit_a_half_width_chart_unturned():
    frame = pd.DataFrame({"month": month_range("2024-11", "2026-10"), "series": "fb", "value": 1.0})
    figure = trend_figure(frame, {"fb": "Facebook"}, "en")
    # Two years of months in about 250 px: four labels ("Jan 2025") side by side, not eight turned aslant.
    assert len(figure.layout.xaxis.ticktext) <= 4
