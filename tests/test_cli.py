"""The command line, run as a user runs it: a real process, a real store file, plain messages."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from actors import EDITOR

ROOT = Path(__file__).resolve().parent.parent
STRATEGY = ROOT / "sample_data" / "strategy.yaml"
BLOG_OCTOBER = ROOT / "sample_data" / "exports" / "2026-10" / "tracker" / "bloggkommentarer-2026-10.csv"
BLOG_SEPTEMBER = ROOT / "sample_data" / "exports" / "2026-09" / "tracker" / "bloggkommentarer-2026-09.csv"


def goalpost(*args: str, store: Path | str | None = None) -> subprocess.CompletedProcess:
    """Run cli.py with the project's Python and return the finished process."""
    env = {k: v for k, v in os.environ.items() if k != "GOALPOST_DEBUG"}
    if store is not None:
        env["GOALPOST_STORE"] = str(store)
    return subprocess.run(
        [sys.executable, str(ROOT / "cli.py"), *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )


def test_progress_json_from_data_files_matches_hand_figures():
    run = goalpost(
        "progress",
        "--strategy",
        str(STRATEGY),
        "--data",
        str(BLOG_OCTOBER),
        "--as-of",
        "2026-10-31",
        "--format",
        "json",
    )
    assert run.returncode == 0, run.stderr
    report = json.loads(run.stdout)
    assert report["as_of"] == "2026-10-31"
    goals = {goal["id"]: goal for goal in report["goals"]}
    blog = goals["blog_comments"]
    # The file's total row says 135; its audience rows (74 + 28 + 3) must not be added on top.
    assert blog["current"] == 135
    assert blog["progress"] == pytest.approx((135 - 100) / (145 - 100))
    # 2025-09-01 to 2026-10-31 is 425 of the 576 days to 2027-03-31.
    assert blog["expected"] == pytest.approx(425 / 576, abs=0.002)
    assert blog["status"] == "on_track"
    assert goals["weekend_explorer_comments"]["current"] == 74
    assert goals["weekend_explorer_comments"]["status"] == "achieved"
    assert goals["youtube_subscribers"]["status"] == "no_data"
    assert goals["youtube_subscribers"]["current"] is None
    expected_keys = {
        "id", "title", "kind", "metric", "channels", "audiences", "owner", "start", "deadline", "baseline",
        "target", "current", "progress", "expected", "forecast", "needed_per_month", "status",
    }  # fmt: skip
    assert expected_keys <= set(blog)


def test_ingest_uploads_data_undo_round_trip(store_url):
    store = store_url
    first = goalpost("ingest", str(BLOG_SEPTEMBER), str(BLOG_OCTOBER), store=store)
    assert first.returncode == 0, first.stderr
    assert "bloggkommentarer-2026-10.csv" in first.stdout
    assert "2026-10-01" in first.stdout or "2026-10-31" in first.stdout

    again = goalpost("ingest", str(BLOG_OCTOBER), store=store)
    assert again.returncode == 0
    assert "already" in again.stdout.lower()

    ledger = json.loads(goalpost("uploads", "--format", "json", store=store).stdout)
    assert sorted((row["file_name"], row["status"]) for row in ledger) == [
        ("bloggkommentarer-2026-09.csv", "active"),
        ("bloggkommentarer-2026-10.csv", "active"),
    ]

    data = list(csv.DictReader(io.StringIO(goalpost("data", "--metric", "comments", store=store).stdout)))
    october_total = [r for r in data if r["month"] == "2026-10" and r["audience"] == "all"]
    assert [float(r["value"]) for r in october_total] == [135.0]

    october_id = next(r["id"] for r in ledger if r["file_name"] == "bloggkommentarer-2026-10.csv")
    undone = goalpost("undo", str(october_id), store=store)
    assert undone.returncode == 0, undone.stderr
    months = {r["month"] for r in csv.DictReader(io.StringIO(goalpost("data", store=store).stdout))}
    assert months == {"2026-09"}


def test_progress_reads_the_store(tmp_path):
    store = tmp_path / "store.sqlite3"
    assert goalpost("ingest", str(BLOG_OCTOBER), store=store).returncode == 0
    run = goalpost(
        "progress", "--strategy", str(STRATEGY), "--as-of", "2026-10", "--format", "json", store=store
    )
    assert run.returncode == 0, run.stderr
    goals = {goal["id"]: goal for goal in json.loads(run.stdout)["goals"]}
    assert goals["blog_comments"]["current"] == 135


def test_bad_file_is_a_plain_message_and_stores_nothing(tmp_path, store_url):
    store = store_url
    bad = tmp_path / "tracker.csv"
    bad.write_text(
        "date,channel,audience,metric,value\n2026-10-31,blog,,comments,12\n2026-10-31,blog,,comments,lots\n"
    )
    run = goalpost("ingest", str(bad), store=store)
    assert run.returncode != 0
    assert "Traceback" not in run.stderr
    assert "tracker.csv" in run.stderr and "row 3" in run.stderr and "value" in run.stderr
    assert json.loads(goalpost("uploads", "--format", "json", store=store).stdout) == []


def test_strategy_mistake_names_goal_and_field(tmp_path):
    broken = tmp_path / "strategy.yaml"
    broken.write_text(
        STRATEGY.read_text(encoding="utf-8").replace("target: 145", "target: 100"), encoding="utf-8"
    )
    run = goalpost("progress", "--strategy", str(broken), "--data", str(BLOG_OCTOBER), "--format", "json")
    assert run.returncode == 2
    assert "Traceback" not in run.stderr
    assert "blog_comments" in run.stderr and "target" in run.stderr


def test_unknown_upload_id_is_a_plain_message(tmp_path):
    run = goalpost("undo", "999", store=tmp_path / "store.sqlite3")
    assert run.returncode == 2
    assert "999" in run.stderr and "Traceback" not in run.stderr


def test_unknown_layout_uses_a_mapping_saved_in_the_dashboard(tmp_path):
    from connectors.readers import ColumnMapping
    from connectors.store.store import Store

    store_path = tmp_path / "store.sqlite3"
    tracker = tmp_path / "kommentarer.csv"
    tracker.write_text("Uke slutt,Kommentarer\n2026-10-04,12\n2026-10-11,30\n", encoding="utf-8")

    refused = goalpost("ingest", str(tracker), "--channel", "blog", store=store_path)
    assert refused.returncode == 2
    assert "kommentarer.csv" in refused.stderr and "Data page" in refused.stderr

    mapping = ColumnMapping(
        date_column="Uke slutt",
        metrics={"Kommentarer": "comments"},
        signature=ColumnMapping.signature_of(["Uke slutt", "Kommentarer"]),
    )
    with Store.open(store_path) as store:
        store.save_mapping("blog comments tracker", mapping.to_dict(), actor=EDITOR)

    stored = goalpost("ingest", str(tracker), "--channel", "blog", store=store_path)
    assert stored.returncode == 0, stored.stderr
    rows = list(
        csv.DictReader(io.StringIO(goalpost("data", "--metric", "comments", store=store_path).stdout))
    )
    assert [(r["month"], r["channel"], float(r["value"])) for r in rows] == [("2026-10", "blog", 42.0)]


def goalpost_with_input(text: str, *args: str, store: Path) -> subprocess.CompletedProcess:
    """Run cli.py with text on standard input (how a script gives a password)."""
    env = {k: v for k, v in os.environ.items() if k != "GOALPOST_DEBUG"} | {"GOALPOST_STORE": str(store)}
    return subprocess.run(
        [sys.executable, str(ROOT / "cli.py"), *args],
        input=text,
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )


def test_users_are_added_with_a_password_from_input_and_listed_without_it(tmp_path):
    store = tmp_path / "store.sqlite3"
    added = goalpost_with_input(
        "correct horse battery\n", "users", "add", "Kari@Lyngtind.no", "--role", "admin", store=store
    )
    assert added.returncode == 0, added.stderr
    assert "Added kari@lyngtind.no as admin" in added.stdout and "correct horse" not in added.stdout
    short = goalpost_with_input("short\n", "users", "add", "ola@lyngtind.no", "--role", "viewer", store=store)
    assert short.returncode == 2 and "use at least 10" in short.stderr and "Traceback" not in short.stderr
    assert (
        goalpost_with_input(
            "vera's long password\n", "users", "add", "vera@lyngtind.no", "--role", "viewer", store=store
        ).returncode
        == 0
    )
    listing = goalpost("users", "list", "--format", "json", store=store)
    rows = json.loads(listing.stdout)
    assert [(r["email"], r["role"]) for r in rows] == [
        ("kari@lyngtind.no", "admin"),
        ("vera@lyngtind.no", "viewer"),
    ]
    assert rows[0]["created_by"].endswith("(command line)")
    assert "argon2" not in listing.stdout and "password" not in listing.stdout
    # A viewer may not manage accounts, from the command line either.
    refused = goalpost_with_input(
        "another long pw\n",
        "--as",
        "vera@lyngtind.no",
        "users",
        "add",
        "x@lyngtind.no",
        "--role",
        "admin",
        store=store,
    )
    assert refused.returncode == 2 and "needs the admin role" in refused.stderr


def test_acting_as_an_account_applies_its_role_and_names_it_in_the_ledger(tmp_path):
    store = tmp_path / "store.sqlite3"
    for email, role in (("erik@lyngtind.no", "editor"), ("vera@lyngtind.no", "viewer")):
        assert (
            goalpost_with_input(
                "a long enough password\n", "users", "add", email, "--role", role, store=store
            ).returncode
            == 0
        )
    refused = goalpost("--as", "vera@lyngtind.no", "ingest", str(BLOG_OCTOBER), store=store)
    assert refused.returncode == 2
    assert "vera@lyngtind.no may not store uploads: that needs the editor role" in refused.stderr
    assert json.loads(goalpost("uploads", "--format", "json", store=store).stdout) == []
    stored = goalpost("--as", "erik@lyngtind.no", "ingest", str(BLOG_OCTOBER), store=store)
    assert stored.returncode == 0, stored.stderr
    mine = goalpost("ingest", str(BLOG_SEPTEMBER), store=store)
    assert mine.returncode == 0
    ledger = {
        r["file_name"]: r["uploaded_by"]
        for r in json.loads(goalpost("uploads", "--format", "json", store=store).stdout)
    }
    assert ledger["bloggkommentarer-2026-10.csv"] == "erik@lyngtind.no"
    assert ledger["bloggkommentarer-2026-09.csv"].endswith("(command line)")
    assert "uploaded_by" in goalpost("uploads", store=store).stdout
    unknown = goalpost("--as", "nobody@elsewhere.org", "uploads", store=store)
    assert unknown.returncode == 2 and "has no account and no role rule" in unknown.stderr
