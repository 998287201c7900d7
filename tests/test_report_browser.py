"""The HTML report opens offline in Chromium and draws every chart: nothing is fetched from the network."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import reporting
from connectors.store import Store

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "sample_data" / "demo.goalpost-store"


def test_the_html_report_draws_every_chart_offline(browser, tmp_path):
    path = tmp_path / "demo.sqlite3"
    shutil.copy(DEMO, path)
    _, document = reporting.monthly_report(Store.open(str(path)), "2026-10", decisions=[])
    report = tmp_path / "report.html"
    report.write_text(document.html, encoding="utf-8")

    context = browser.new_context(offline=True, viewport={"width": 1000, "height": 900})
    asked_for = []

    def block_network(route):
        # Only the file itself may load: a script, font or style from anywhere else would fail offline.
        if route.request.url == report.as_uri():
            route.continue_()
        else:
            asked_for.append(route.request.url)
            route.abort()

    context.route("**/*", block_network)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        page.goto(report.as_uri())
        page.wait_for_function("document.body.dataset.chartsDrawn === 'yes'", timeout=60_000)
        drawn = page.eval_on_selector_all(
            ".plotly-graph-div",
            "charts => charts.map(c => c.querySelectorAll('.cartesianlayer .trace, .cartesianlayer .hm').length)",
        )
        title = page.title()
        page.screenshot(path=str(tmp_path / "report.png"), full_page=False)
    finally:
        context.close()
    assert asked_for == []
    assert errors == []
    assert len(drawn) == len(document.charts) == 13
    assert all(count > 0 for count in drawn), drawn  # each chart has marks in its plot area, not just axes
    assert title == "Lyngtind Friluft AS: monthly review, October 2026"
