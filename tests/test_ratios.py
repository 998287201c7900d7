"""Ratios (CTR, average position, average view duration) are made each month from their parts, never added up.

Expected values are worked out by hand in the comments, or from the real Search Console file with the csv
module; none comes from Goalpost's own month code.
"""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from actors import EDITOR

from connectors.readers import read_upload
from connectors.store.ingest import ingest_file
from connectors.store.store import Store
from metrics.errors import UploadError
from metrics.monthly import goal_month_values, month_values
from metrics.progress import strategy_progress
from metrics.semantics import metric_spec
from metrics.strategy import load_strategy

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "tests" / "files" / "real"
ZTOKAR = REAL / "ztokar" / "Dates.csv"


class Scope:
    def __init__(self, metric, channels=(), audiences=()):
        self.metric, self.channels, self.audiences = metric, list(channels), list(audiences)


def frame(rows):
    data = pd.DataFrame(rows, columns=["date", "channel", "audience", "metric", "value"])
    data["date"] = pd.to_datetime(data["date"])
    data["audience"] = data["audience"].replace("", "all")
    return data


def hand_march_2025():
    """Return March 2025 of the real ztokar Dates.csv: (CTR %, position, sum of the daily CTRs %), by csv."""
    clicks = impressions = weighted = daily_ctr = 0.0
    with ZTOKAR.open(encoding="utf-8-sig", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["Date"].startswith("2025-03"):
                clicks += float(row["Clicks"])
                impressions += float(row["Impressions"])
                weighted += float(row["Position"]) * float(row["Impressions"])
                daily_ctr += float(row["CTR"].rstrip("%"))
    return 100 * clicks / impressions, weighted / impressions, daily_ctr


def test_ctr_and_position_are_computed_from_their_parts_not_summed():
    data = frame(
        [
            ("2026-01-01", "search", "", "clicks", 30),
            ("2026-01-01", "search", "", "impressions", 100),
            ("2026-01-01", "search", "", "position_weighted", 250),  # position 2.5 × 100
            ("2026-01-02", "search", "", "clicks", 0),
            ("2026-01-02", "search", "", "impressions", 10),
            ("2026-01-02", "search", "", "position_weighted", 90),  # position 9 × 10
        ]
    )
    values = {(r.month, r.metric): r.value for r in month_values(data).itertuples()}
    assert values[("2026-01", "ctr")] == pytest.approx(100 * 30 / 110)  # not 30 % + 0 %
    assert values[("2026-01", "position")] == pytest.approx(340 / 110)  # not (2.5 + 9) / 2
    assert goal_month_values(Scope("ctr"), data).to_dict() == {"2026-01": pytest.approx(100 * 30 / 110)}


def test_a_goal_on_ctr_pools_clicks_and_impressions_over_its_channels():
    data = frame(
        [
            ("2026-01-05", "search", "", "clicks", 10),
            ("2026-01-05", "search", "", "impressions", 100),
            ("2026-01-05", "blog", "", "clicks", 90),
            ("2026-01-05", "blog", "", "impressions", 300),
            # Clicks of a channel without impressions cannot be part of a CTR: they are left out.
            ("2026-01-05", "facebook", "", "clicks", 500),
        ]
    )
    # (10 + 90) ÷ (100 + 300) = 25 %; the mean of 10 % and 30 % would be 20 %.
    series = goal_month_values(Scope("ctr", ["search", "blog", "facebook"]), data)
    assert series.to_dict() == {"2026-01": pytest.approx(25.0)}


def test_a_month_without_impressions_has_no_ctr_and_rows_under_a_ratio_id_are_never_summed():
    data = frame(
        [
            ("2026-01-05", "search", "", "clicks", 0),
            ("2026-01-05", "search", "", "impressions", 0),
            ("2026-02-05", "search", "", "ctr", 30),
            ("2026-02-06", "search", "", "ctr", 40),
        ]
    )
    assert set(month_values(data)["metric"]) == {"clicks", "impressions"}
    assert goal_month_values(Scope("ctr"), data).empty


def test_youtube_average_view_duration_is_watch_time_over_views():
    data = frame(
        [
            ("2026-03-01", "youtube", "", "views", 300),
            ("2026-03-01", "youtube", "", "watch_time_hours", 10),
            ("2026-03-02", "youtube", "", "views", 100),
            ("2026-03-02", "youtube", "", "watch_time_hours", 10),
        ]
    )
    # 20 hours × 60 ÷ 400 views = 3 minutes a view (the mean of the two days' 2 and 6 minutes would be 4).
    assert goal_month_values(Scope("average_view_duration"), data).to_dict() == {
        "2026-03": pytest.approx(3.0)
    }
    assert metric_spec("average_view_duration").unit == "minutes"


def test_the_real_search_console_month_has_its_own_ctr_not_the_sum_of_its_days():
    ctr, position, summed = hand_march_2025()
    assert summed > 300 and 27 < ctr < 28  # the case: 325 % shown for a month whose CTR was 27 %
    with ZTOKAR.open("rb") as handle:
        parsed = read_upload(handle, "Dates.csv", channel="search", today=date(2025, 4, 23))
    values = {(r.month, r.metric): r.value for r in month_values(parsed.observations).itertuples()}
    assert values[("2025-03", "ctr")] == pytest.approx(ctr, rel=1e-12)
    assert values[("2025-03", "position")] == pytest.approx(position, rel=1e-12)


STRATEGY = """
organisation: Lyngtind Friluft AS
channels:
  - id: search
    name: Google Search
goals:
  - id: search_ctr
    title: A search CTR of 30 %
    kind: effect
    metric: ctr
    channels: [search]
    start: 2025-03-01
    deadline: 2025-12-31
    baseline: 20
    target: 30
    owner: Web team
  - id: search_position
    title: Rank in the top 15
    kind: effect
    metric: position
    channels: [search]
    start: 2025-03-01
    deadline: 2025-12-31
    baseline: 25
    target: 15
    owner: Web team
"""


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "store.sqlite3") as opened:
        ingest_file(opened, ZTOKAR, channel="search", actor=EDITOR)
        yield opened


def test_the_store_serves_ratios_made_from_stored_parts(store):
    ctr, position, _ = hand_march_2025()
    months = store.month_values()
    march = months[(months["month"] == "2025-03") & (months["channel"] == "search")]
    served = dict(zip(march["metric"], march["value"], strict=True))
    assert served["ctr"] == pytest.approx(ctr) and served["position"] == pytest.approx(position)
    only = store.month_values(metric="ctr")
    assert set(only["metric"]) == {"ctr"} and set(only["month"]) == {"2025-03", "2025-04"}
    assert only.loc[only["month"] == "2025-03", "value"].item() == pytest.approx(ctr)


def test_a_goal_on_ctr_and_position_measures_the_months_ratio(store):
    ctr, position, _ = hand_march_2025()
    strategy = load_strategy(STRATEGY)
    goals = {p.id: p for p in strategy_progress(strategy, store, date(2025, 3, 31))}
    assert goals["search_ctr"].current == pytest.approx(ctr)
    assert goals["search_position"].current == pytest.approx(position)
    assert goals["search_position"].better == "lower"


def test_a_tidy_file_of_daily_ctr_is_not_stored_and_says_why():
    tidy = (
        "date,channel,metric,value\n2026-01-01,web,ctr,10\n2026-01-02,web,ctr,50\n2026-01-02,web,clicks,4\n"
    )
    parsed = read_upload(io.BytesIO(tidy.encode()), "tidy.csv")
    assert set(parsed.observations["metric"]) == {"clicks"}
    assert any("clicks ÷ impressions" in str(note) for note in parsed.notes)
    with pytest.raises(UploadError, match="upload those"):
        read_upload(io.BytesIO(tidy.replace("clicks", "ctr").encode()), "tidy.csv")


def goalpost(*args: str, store: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "GOALPOST_DEBUG"}
    env["GOALPOST_STORE"] = str(store)
    return subprocess.run(
        [sys.executable, str(ROOT / "cli.py"), *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )


def test_cli_data_serves_the_months_ctr_and_ingest_takes_the_year_of_tiktok_dates(tmp_path):
    path = tmp_path / "store.sqlite3"
    run = goalpost("ingest", str(ZTOKAR), "--channel", "search", store=path)
    assert run.returncode == 0, run.stderr
    rows = list(csv.DictReader(io.StringIO(goalpost("data", "--metric", "ctr", store=path).stdout)))
    ctr, _, _ = hand_march_2025()
    assert {r["month"]: float(r["value"]) for r in rows}["2025-03"] == pytest.approx(ctr)

    # The real TikTok Overview.csv writes "April 12" ... "April 18" with no year; --year 2024 places them.
    tiktok = REAL / "bosszy" / "Overview.csv"
    run = goalpost("ingest", str(tiktok), "--year", "2024", store=path)
    assert run.returncode == 0, run.stderr
    assert "2024-04-12" in run.stdout and "2024-04-18" in run.stdout
    rows = list(csv.DictReader(io.StringIO(goalpost("data", "--metric", "views", store=path).stdout)))
    # By hand from the file: 1591 + 1154 + 1737 + 1082 + 561 + 310 + 1484 video views.
    assert [(r["month"], r["channel"], float(r["value"])) for r in rows] == [("2024-04", "tiktok", 7919.0)]


def test_channel_and_audience_trends_of_a_ratio_divide_summed_parts():
    from views.trend_frames import audience_trends, channel_trends

    months = pd.DataFrame(
        [
            ("2026-01", "search", "brand", "clicks", 10.0),
            ("2026-01", "search", "brand", "impressions", 100.0),
            ("2026-01", "search", "other", "clicks", 90.0),
            ("2026-01", "search", "other", "impressions", 300.0),
        ],
        columns=["month", "channel", "audience", "metric", "value"],
    )
    spec = metric_spec("ctr")
    # (10 + 90) ÷ (100 + 300) = 25 % for the channel; the mean of the audiences' 10 % and 30 % would be 20 %.
    assert channel_trends(months, spec)["value"].tolist() == [pytest.approx(25.0)]
    by_audience = audience_trends(months, spec).set_index("series")["value"].to_dict()
    assert by_audience == {"brand": pytest.approx(10.0), "other": pytest.approx(30.0)}


def test_a_month_of_post_reach_says_it_is_not_the_months_unique_reach():
    post = REAL / "oigetit" / "Mar-18-2025_Apr-14-2025_553302954456165.csv"
    with post.open("rb") as handle:
        parsed = read_upload(handle, post.name, today=date(2025, 4, 15))
    assert "reach" in set(parsed.observations["metric"])
    assert any("counted per post" in str(note) for note in parsed.notes)


def test_progress_from_data_files_measures_a_ratio_goal():
    ctr, position, _ = hand_march_2025()
    with ZTOKAR.open("rb") as handle:
        observations = read_upload(
            handle, "Dates.csv", channel="search", today=date(2025, 4, 23)
        ).observations
    goals = {p.id: p for p in strategy_progress(load_strategy(STRATEGY), observations, date(2025, 3, 31))}
    assert goals["search_ctr"].current == pytest.approx(ctr)
    assert goals["search_position"].current == pytest.approx(position)
