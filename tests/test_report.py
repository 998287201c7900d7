"""The monthly report of the sample organisation: its PDF pages and numbers, its HTML, its tables, Chromium use."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import unicodedata
from pathlib import Path

import openpyxl
import pytest
from actors import EDITOR
from pypdf import PdfReader

import reporting
from connectors import report_render
from connectors.store import Store
from connectors.store.progress_source import read_strategy_file
from metrics.errors import GoalpostError
from metrics.strategy import load_strategy

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "sample_data" / "demo.goalpost-store"
STRATEGY = ROOT / "sample_data" / "strategy.yaml"
MONTH = "2026-10"


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Store:
    """A copy of the prebuilt demo store (the sample organisation), opened as Goalpost opens any store."""
    path = tmp_path_factory.mktemp("report") / "demo.sqlite3"
    shutil.copy(DEMO, path)
    return Store.open(str(path))


@pytest.fixture(scope="module")
def report(store):
    """The sample organisation's October 2026 report: (inputs, document, PDF text per page)."""
    inputs, document = reporting.monthly_report(store, MONTH, decisions=[])
    pdf = reporting.report_pdf(document)
    assert pdf.startswith(b"%PDF-")
    # NFKC: the PDF's fonts use ligatures ("ﬁ" for "fi") that text extraction returns as they are drawn.
    pages = [
        " ".join(unicodedata.normalize("NFKC", page.extract_text()).split())
        for page in PdfReader(io.BytesIO(pdf)).pages
    ]
    return inputs, document, pages


def whole(value: float) -> str:
    """Return a count as the English report writes it, made here with Python's own grouping."""
    return f"{round(value):,}"


def test_every_page_is_numbered_and_carries_the_organisation_and_month(report):
    _, _, pages = report
    # Cover, table, two overview charts, then about two goals a page: 12 goals, one without data.
    assert 8 <= len(pages) <= 12
    for number, text in enumerate(pages, start=1):
        assert f"{number} / {len(pages)}" in text
        assert "Lyngtind Friluft AS · Monthly review · October 2026" in text


def test_the_cover_says_what_is_in_and_what_is_missing(report, store):
    _, _, pages = report
    values = store.month_values()
    strategy = read_strategy_file(STRATEGY)
    expected = [c.id for c in strategy.channels if c.presence != "absent"]
    names = {c.id: c.label for c in strategy.channels}
    october = set(values.loc[values["month"] == MONTH, "channel"])
    missing = [names[c] for c in expected if c not in october]
    assert missing == ["YouTube"]  # the sample's October has every channel but YouTube
    cover = pages[0]
    assert cover.startswith("MONTHLY REVIEW Lyngtind Friluft AS Goals measured at the end of October 2026")
    assert f"{len(expected) - len(missing)} of {len(expected)} channels in" in cover
    assert "waiting for YouTube" in cover
    assert "YouTube no numbers for this month yet" in cover


def test_each_goal_has_its_status_value_target_and_forecast_on_its_page(report):
    inputs, document, pages = report
    text = " ".join(pages)
    table_page = next(p for p in pages if "Every goal at a glance" in p)
    goal_pages = " ".join(pages[pages.index(next(p for p in pages if "The goals, most urgent first" in p)) :])
    for goal in inputs.goals:
        title = " ".join(goal["title"].split())
        assert title.replace("-", "- ")[:30] in goal_pages.replace("-", "- ") or title[:30] in goal_pages
        if goal["current"] is not None and goal["counts"]:
            assert whole(goal["current"]) in table_page, goal["id"]
        if goal["target"] is not None and goal["counts"]:
            assert whole(goal["target"]) in table_page, goal["id"]
        if goal["forecast"] is not None and goal["counts"] and goal["type"] == "reach":
            assert whole(goal["forecast"]) in table_page, goal["id"]
    # Figures checked by hand (tests/test_cli.py): the blog's 135 comments against a target of 145.
    assert "135 comments" in table_page and "145 comments" in table_page
    assert "2 ✗ Off track 2 ! At risk 5 ✓ On track 2 ★ Achieved 1 ? No data" in text


def test_the_report_says_what_changed_and_which_decisions_were_taken(report):
    _, document, pages = report
    text = " ".join(pages)
    assert "What changed since September 2026" in text
    assert "“Keep Instagram conversation above 250 comments a month”: On track → Off track" in text
    assert pages[-1].startswith("Decisions of the month") or "Decisions of the month" in pages[-1]
    assert "No decisions recorded for October 2026." in pages[-1]
    assert "Off track: Keep Instagram conversation above 250 comments a month" in document.summary


def test_decisions_given_are_listed_and_shown_literally(store):
    decisions = [
        {
            "date": "2026-11-03",
            "goal": "linkedin_followers",
            "goal_title": "4 000 LinkedIn followers",
            "decided_by": "Management group",
            "text": "Move 4 hours a month from X to LinkedIn <b>now</b>",
        }
    ]
    _, document = reporting.monthly_report(store, MONTH, decisions=decisions)
    assert (
        "3 November 2026 · Management group: Move 4 hours a month from X to LinkedIn &lt;b&gt;now&lt;/b&gt;"
        in (document.html)
    )
    assert "No decisions recorded" not in document.html


def test_strategy_text_is_escaped_in_the_html(store):
    text = (
        STRATEGY.read_text(encoding="utf-8")
        .replace("organisation: Lyngtind Friluft AS", "organisation: \"<script>alert('x')</script> AS\"")
        .replace("title: 145 blog comments a month", "title: \"</script><script>alert('y')</script>\"")
    )
    strategy = load_strategy(text, source="strategy.yaml")
    _, document = reporting.monthly_report(store, MONTH, strategy=strategy, decisions=[])
    assert "<script>alert(" not in document.html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)" in document.html
    assert "&lt;/script&gt;&lt;script&gt;alert(&#x27;y&#x27;)" in document.html  # the goal's heading
    assert document.html.count("</script>") == document.html.count("<script>")


def goal_values(inputs) -> dict[str, object]:
    """Return each goal's current value in a report's facts (metric's unit)."""
    return {goal["id"]: goal["current"] for goal in inputs.goals}


def test_a_pinned_report_shows_the_numbers_as_presented_after_an_undo(tmp_path):
    path = tmp_path / "pinned.sqlite3"
    shutil.copy(DEMO, path)
    with Store.open(str(path)) as store:
        presented, _ = reporting.monthly_report(store, MONTH, decisions=[])
        pin = store.pin_version(MONTH, actor=EDITOR, label="October meeting")
        # Undo uploads, newest first, until a goal's October value changes (the demo's latest files are October's).
        for upload_id in store.uploads()["id"].tolist():
            store.undo(int(upload_id), actor=EDITOR)
            today, _ = reporting.monthly_report(store, MONTH, decisions=[])
            if goal_values(today) != goal_values(presented):
                break
        assert goal_values(today) != goal_values(presented)
        pinned, document = reporting.monthly_report(store, MONTH, pinned=str(pin))
        assert goal_values(pinned) == goal_values(presented)


def test_an_unknown_pinned_version_is_refused_plainly(store):
    with pytest.raises(GoalpostError) as refused:
        reporting.monthly_report(store, MONTH, pinned="9999")
    assert "9999" in str(refused.value)


def test_the_months_decisions_come_from_the_store_into_the_report(tmp_path):
    path = tmp_path / "decided.sqlite3"
    shutil.copy(DEMO, path)
    with Store.open(str(path)) as store:
        goal = load_strategy(store.strategy_text()).goals[0]
        store.record_decision(
            goal.id,
            "Move 4 hours a month from the blog to LinkedIn",
            actor=EDITOR,
            decided_by="Ingrid Haugen",
            decided_on=dt.date(2026, 10, 14),
        )
        store.record_decision(
            goal.id, "A September decision", actor=EDITOR, decided_by="Ingrid", decided_on=dt.date(2026, 9, 2)
        )
        inputs, document = reporting.monthly_report(store, MONTH)
    assert [d["text"] for d in inputs.decisions] == ["Move 4 hours a month from the blog to LinkedIn"]
    assert inputs.decisions[0]["goal_title"] == str(goal.title)
    assert "Move 4 hours a month from the blog to LinkedIn" in document.html
    assert "A September decision" not in document.html


def test_table_exports_neutralise_formula_cells(store):
    text = STRATEGY.read_text(encoding="utf-8").replace(
        "title: 145 blog comments a month", 'title: "=HYPERLINK(\\"http://evil.example\\",\\"145\\")"'
    )
    assert "=HYPERLINK" in text
    strategy = load_strategy(text, source="strategy.yaml")
    inputs, _ = reporting.monthly_report(store, MONTH, strategy=strategy, decisions=[])
    tables = reporting.report_tables(store, inputs, "en", "csv")
    assert set(tables) == {"goalpost-2026-10-month-values.csv", "goalpost-2026-10-goal-progress.csv"}
    progress_csv = tables["goalpost-2026-10-goal-progress.csv"].decode("utf-8")
    assert "'=HYPERLINK" in progress_csv and ",=HYPERLINK" not in progress_csv
    months = re.findall(
        r"^(\d{4}-\d{2}),", tables["goalpost-2026-10-month-values.csv"].decode(), re.MULTILINE
    )
    assert months and max(months) == MONTH  # nothing after the report's month
    tables = reporting.report_tables(store, inputs, "en", "xlsx")
    workbook = openpyxl.load_workbook(io.BytesIO(tables["goalpost-2026-10-tables.xlsx"]))
    assert workbook.sheetnames == ["month-values", "goal-progress"]
    titles = [row[1] for row in workbook["goal-progress"].iter_rows(min_row=2, values_only=True)]
    assert '\'=HYPERLINK("http://evil.example","145")' in titles
    assert not any(str(title).startswith("=") for title in titles)


def test_charts_render_as_pngs_in_one_browser_without_any_download(store, monkeypatch):
    import choreographer.browsers.chromium as chromium
    import kaleido

    def no_download(*args, **kwargs):
        raise AssertionError("a browser download was attempted")

    def no_search(*args, **kwargs):
        raise AssertionError("Kaleido looked for a browser instead of using the one given")

    for name in ("get_chrome", "get_chrome_sync"):
        monkeypatch.setattr(kaleido, name, no_download)
    monkeypatch.setattr(chromium.Chromium, "find_browser", classmethod(no_search))
    opened = []
    original_open = kaleido.Kaleido.open

    async def counted_open(self):
        opened.append(self)
        return await original_open(self)

    monkeypatch.setattr(kaleido.Kaleido, "open", counted_open)
    monkeypatch.delenv("BROWSER_PATH", raising=False)
    _, document = reporting.monthly_report(store, MONTH, decisions=[])
    charts = document.charts[:3]
    rendered = report_render.render(
        "<html><body data-charts-drawn='yes'>x</body></html>", [c.figure for c in charts]
    )
    assert len(opened) == 1  # one Chromium for every chart and the PDF
    assert rendered.pdf.startswith(b"%PDF-")
    assert [png[:8] for png in rendered.pngs] == [b"\x89PNG\r\n\x1a\n"] * 3
    assert report_render.browser_path() == "/usr/bin/chromium"


def test_a_missing_browser_is_a_plain_message_not_a_download(monkeypatch, tmp_path):
    import kaleido

    monkeypatch.setattr(kaleido, "get_chrome_sync", lambda *a, **k: pytest.fail("download attempted"))
    monkeypatch.setenv("BROWSER_PATH", str(tmp_path / "no-chromium"))
    with pytest.raises(GoalpostError) as refused:
        report_render.render("<html></html>")
    assert refused.value.message.key == "report.no_browser"
    assert str(tmp_path / "no-chromium") in str(refused.value)


def test_the_png_archive_holds_every_chart(store):
    _, document = reporting.monthly_report(store, MONTH, decisions=[])
    import zipfile

    archive = zipfile.ZipFile(io.BytesIO(reporting.chart_pngs(document)))
    names = archive.namelist()
    assert len(names) == len(document.charts) == 13  # pace, grid, 11 goals with data
    assert names[0] == "01-pace.png" and names[1] == "02-grid.png"
    assert all(archive.read(n).startswith(b"\x89PNG") for n in names)


def test_a_store_without_numbers_still_makes_a_report_saying_so(tmp_path):
    empty = Store.open(str(tmp_path / "empty.sqlite3"))
    inputs, document = reporting.monthly_report(empty, MONTH, strategy_path=STRATEGY, decisions=[])
    assert [c.name for c in document.charts] == ["grid"]  # where the goals are; nothing to draw over time
    assert "October 2026: 0 of 7 channels in (–); waiting for Facebook" in document.html
    assert document.html.count("No numbers reach this goal yet, so there is no chart.") == len(inputs.goals)
    assert "No goal is off track or at risk." in document.summary
