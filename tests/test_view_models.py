"""What the pages compute before drawing: reading order, summary, grid cells, audience fit, trends, literal text."""

from __future__ import annotations

import pandas as pd

from metrics.strategy import load_strategy
from views.audience_fit import audience_fit
from views.overview_model import grid_axes, grid_cells, ordered_goals, summary_line
from views.sidebar import share_url
from views.tables import literal
from views.trend_frames import channel_trends, window

STRATEGY = load_strategy(
    """
organisation: Test AS
channels:
  - {id: facebook, name: Facebook}
  - {id: blog, name: The blog}
  - {id: linkedin, name: LinkedIn}
  - {id: x, name: X, presence: absent, reason: Not our people}
audiences:
  - {id: clubs, name: Clubs, assumed_channels: [linkedin, blog]}
  - {id: hikers, name: Hikers, assumed_channels: [blog]}
goals:
  - {id: reach, title: Reach, kind: communication, metric: followers, start: 2025-01-01, deadline: 2026-12-31,
     baseline: 10, target: 20, owner: A}
  - {id: club_talk, title: Club talk, kind: effect, metric: comments, channels: [blog], audiences: [clubs],
     start: 2025-01-01, deadline: 2026-12-31, baseline: 1, target: 9, owner: B}
"""
)


def progress(goal_id: str, status: str, progress: float | None = None, expected: float = 0.5, title=None):
    return {
        "id": goal_id,
        "title": title or goal_id,
        "status": status,
        "progress": progress,
        "expected": expected,
    }


def test_goals_are_read_most_urgent_first_and_furthest_behind_first():
    goals = [
        progress("a", "achieved", 1.2),
        progress("b", "at_risk", 0.40),
        progress("c", "off_track", 0.30),
        progress("d", "on_track", 0.6),
        progress("e", "at_risk", 0.20),
        progress("f", "no_data"),
        progress("g", "off_track", 0.10),
    ]
    assert [g["id"] for g in ordered_goals(goals)] == ["g", "c", "e", "b", "f", "d", "a"]


def test_summary_counts_achieved_as_on_track_and_names_the_goals_needing_attention():
    goals = [
        progress("a", "achieved", title="Grow"),
        progress("b", "on_track", title="Talk"),
        progress("c", "off_track", title="Clicks"),
        progress("d", "at_risk", title="Replies"),
    ]
    assert (
        summary_line(goals, "en")
        == "2 of 4 goals on track or achieved; 1 off track: “Clicks”; 1 at risk: “Replies”."
    )
    assert summary_line(goals, "nb").startswith("2 av 4 mål i rute eller nådd; 1 ikke i rute: «Clicks»")


def test_grid_puts_an_all_channel_goal_on_every_present_channel_and_an_audience_goal_in_its_column():
    goals = [progress("reach", "on_track"), progress("club_talk", "off_track")]
    cells = grid_cells(STRATEGY, goals)
    reach = cells[cells["goal"] == "reach"]
    assert sorted(reach["row"]) == ["blog", "facebook", "linkedin"]  # not X: it is absent on purpose
    assert set(reach["column"]) == {"all"}
    club = cells[cells["goal"] == "club_talk"]
    assert list(zip(club["row"], club["column"], strict=True)) == [("blog", "clubs")]
    rows, columns = grid_axes(
        STRATEGY,
        cells,
        {"facebook": "Facebook", "blog": "The blog", "linkedin": "LinkedIn"},
        {"all": "All", "clubs": "Clubs", "hikers": "Hikers"},
    )
    assert list(rows) == ["facebook", "blog", "linkedin"] and list(columns) == ["all", "clubs"]


def month_rows(rows):
    return pd.DataFrame(rows, columns=["month", "channel", "audience", "metric", "value"])


def test_audience_fit_points_out_assumed_channels_without_engagement_and_unassumed_ones():
    values = month_rows(
        [
            ("2026-09", "blog", "all", "comments", 200.0),
            ("2026-10", "blog", "all", "comments", 200.0),
            ("2026-10", "blog", "clubs", "comments", 4.0),  # 1% of the blog's comments
            ("2026-10", "blog", "hikers", "comments", 150.0),
            ("2026-10", "facebook", "hikers", "reactions", 90.0),
            ("2026-10", "facebook", "hikers", "reach", 9000.0),  # shown, not engaged: does not count
            ("2026-01", "linkedin", "clubs", "comments", 30.0),  # older than six months
        ]
    )
    fit = audience_fit(STRATEGY, values, "2026-10")
    clubs = fit[fit["audience"] == "clubs"].set_index("channel")
    assert clubs.loc["linkedin", "finding"] == "not_measured"
    assert clubs.loc["blog", "finding"] == "low_share" and clubs.loc["blog", "share"] == 0.01
    hikers = fit[fit["audience"] == "hikers"].set_index("channel")
    assert hikers.loc["blog", "finding"] == "fits"
    assert hikers.loc["facebook", "finding"] == "not_assumed" and hikers.loc["facebook", "engagement"] == 90.0
    assert list(fit["audience"]) == ["clubs", "clubs", "hikers", "hikers"]


def test_channel_trend_uses_a_channel_total_where_there_is_one_else_adds_its_audiences():
    values = month_rows(
        [
            ("2026-10", "blog", "all", "comments", 200.0),
            ("2026-10", "blog", "clubs", "comments", 4.0),
            ("2026-10", "facebook", "clubs", "comments", 5.0),
            ("2026-10", "facebook", "hikers", "comments", 6.0),
        ]
    )
    spec = STRATEGY.metric_specs()["comments"]
    trend = channel_trends(values, spec).set_index("series")["value"]
    assert trend.to_dict() == {"blog": 200.0, "facebook": 11.0}


def test_window_keeps_the_period_ending_at_the_as_of_month():
    values = month_rows([(f"2026-{m:02d}", "blog", "all", "comments", 1.0) for m in range(1, 13)])
    kept = window(values, "2026-10", "3")
    assert sorted(kept["month"]) == ["2026-08", "2026-09", "2026-10"]
    assert len(window(values, "2026-10", "all")) == 10


def test_literal_text_cannot_format_link_or_run_html():
    text = "<script>x</script> **b** [a](http://e.example) :red[r] $m$ # h\nnext www.e.example a@b.example"
    escaped = literal(text)
    assert "\\<script\\>" in escaped and "\\*\\*b\\*\\*" in escaped and "\\[a\\]\\(http" in escaped
    assert "\\:red\\[r\\]" in escaped and "\\$m\\$" in escaped and "\\# h" in escaped
    assert "http://" not in escaped and "www." not in escaped  # no bare address left to turn into a link
    assert escaped.count("  \n") == 1  # the line break stays a line break


def test_share_url_carries_the_view():
    assert share_url("https://goalpost.example/goal", "goal", {"goal": "reach", "lang": "nb"}) == (
        "https://goalpost.example/goal?goal=reach&lang=nb"
    )
    assert share_url(None, "channels", {"lang": "da"}) == "/channels?lang=da"
    # The Overview lives at the server's root, which the browser reports without a trailing slash.
    assert share_url("http://127.0.0.1:8501", "", {"lang": "en"}) == "http://127.0.0.1:8501/?lang=en"


def test_tactic_ids_read_as_words():
    from views.labels import tactic_name

    assert tactic_name("trip_guides") == "Trip guides"
    assert tactic_name("ask-the-expert") == "Ask the expert"


def test_a_clicked_pace_bar_or_grid_cell_names_its_goal():
    from views.overview_model import chosen_goal

    bar = {
        "selection": {"points": [{"point_index": 1, "customdata": ["Title", "✗ Off track", "…", "blog_q"]}]}
    }
    cell = {"selection": {"points": [{"customdata": ["✗ Title (Off track)", "ig_comments"]}]}}
    assert chosen_goal(bar) == "blog_q" and chosen_goal(cell) == "ig_comments"
    assert chosen_goal({"selection": {"points": []}}) is None
    assert chosen_goal({"selection": {"points": [{"customdata": ["", ""]}]}}) is None  # an empty cell
    assert chosen_goal(None) is None


def test_the_tactics_table_shows_its_hours_right_after_the_tactic_and_names_not_ids():
    from connectors.sample import sample_strategy_text
    from metrics.strategy import load_strategy
    from views.goal import tactic_table

    strategy = load_strategy(sample_strategy_text())
    goal_id = next(g for tactic in strategy.tactics for g in tactic.to_achieve)
    table = tactic_table(strategy, goal_id, "nb")
    # At the far right a laptop's width cut the hours off.
    assert list(table.columns[:2]) == ["Tiltak", "Timer i måneden"]
    assert table["Timer i måneden"].notna().any()
    assert not set(table["Tiltak"]) & {t.id for t in strategy.tactics if "_" in t.id}


def test_card_and_phone_styles_colour_each_status_bar_and_put_tiles_two_a_row():
    from views.figures.common import STATUS_COLOURS
    from views.overview import CARD_STYLE
    from views.theme import PHONE_STYLE

    for status, colour in STATUS_COLOURS.items():
        assert (
            f'[class*="st-key-overview-bar-{status}-"] [data-testid="stProgressBarTrack"] > div' in CARD_STYLE
        )
        assert colour in CARD_STYLE
    assert "height: 100%" in CARD_STYLE  # cards of a row equally tall
    assert "max-width: 640px" in PHONE_STYLE and "calc(50% - 0.5rem)" in PHONE_STYLE
