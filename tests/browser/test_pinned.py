"""A pinned version in a real browser: pinned from the share box, opened again after a restatement and an
undo, it shows the numbers as presented under its banner; one click shows today's numbers."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlparse

import pandas as pd
import pytest
from actors import EDITOR
from conftest import FIRST_VIEW_MS, RUN_MS, VIEWPORT, DashboardPage, run_dashboard
from tidy_uploads import parsed

from connectors.store.store import Store
from metrics.strategy import load_strategy

pytestmark = [pytest.mark.browser]

PORT = 8700
"""This test's own server (its own store), on the port range given to this work."""


@pytest.fixture(scope="module")
def pinned_server(tmp_path_factory):
    with run_dashboard(tmp_path_factory.mktemp("pinned"), port=PORT) as server:
        yield server


def viewer_of(browser, server) -> DashboardPage:
    context = browser.new_context(viewport=VIEWPORT, locale="en-GB", timezone_id="Europe/Oslo")
    context.set_default_timeout(RUN_MS)
    return DashboardPage(context.new_page(), server)


def tiles(viewer: DashboardPage) -> list[str]:
    values = viewer.page.locator('[data-testid="stMain"] [data-testid="stMetricValue"]')
    return [values.nth(i).inner_text() for i in range(values.count())]


def test_a_pinned_version_shows_the_numbers_as_presented(browser, pinned_server):
    editor = viewer_of(browser, pinned_server)
    try:
        editor.open(timeout=FIRST_VIEW_MS)  # the first view lays out the demo organisation
        with Store.open(pinned_server.store_path) as store:
            strategy = load_strategy(store.strategy_text())
        goal = next(
            g for g in strategy.goals if g.type == "reach" and g.metric in ("followers", "impressions")
        )
        channel = strategy.goal_channels(goal)[0]
        editor.open("goal", {"goal": goal.id})
        presented = tiles(editor)
        assert presented

        sidebar = editor.page.locator('[data-testid="stSidebar"]')
        sidebar.get_by_role("button", name="Share this view").click()
        popover = editor.page.locator('[data-testid="stPopoverBody"]')
        popover.get_by_label("Name of the pinned version").fill("Board, December")
        popover.get_by_role("button", name="Pin this version").click()
        editor.wait_idle()
        pin = parse_qs(urlparse(editor.page.url).query)["pinned"][0]
        month = re.search(r"as of ([^)]+)\)", editor.main_text()).group(1)
        assert "As presented on" in editor.main_text()

        # After the meeting: a restatement of the goal's latest month, and an undo of another upload.
        with Store.open(pinned_server.store_path) as store:
            latest = str(store.month_values(metric=goal.metric, channel=channel)["month"].max())
            day = (pd.Timestamp(f"{latest}-01") + pd.offsets.MonthEnd(0)).strftime("%Y-%m-%d")
            store.ingest(
                parsed([(day, channel, "all", goal.metric, 9_999_999.0)], "restated.csv"), actor=EDITOR
            )
            uploads = store.uploads()
            other = uploads[(uploads["status"] == "active") & (~uploads["channels"].str.contains(channel))]
            store.undo(int(other["id"].iloc[0]), actor=EDITOR)
    finally:
        editor.page.context.close()

    guest = viewer_of(browser, pinned_server)
    try:
        guest.open("goal", {"goal": goal.id, "pinned": pin})
        text = guest.main_text()
        assert "As presented on" in text and month in text and "Board, December" in text
        assert tiles(guest) == presented
        assert guest.exceptions() == []
        guest.page.get_by_role("button", name="Show today's numbers").click()
        guest.wait_idle()
        assert "As presented on" not in guest.main_text()
        assert "pinned=" not in guest.page.url
        assert tiles(guest) != presented
        guest.open("data")
        assert "Board, December" in guest.main_text()
    finally:
        guest.page.context.close()
