"""What only a browser can show: the first start, the drop zone, shared links, live updates, every page drawn.

Runs against one real `streamlit run dashboard.py` server (see conftest.py). The tests that change the store
(an upload, a live ingest) come last in this file and touch series no other test looks at.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pandas as pd
import pytest

from connectors.readers import read_upload
from connectors.sample import SAMPLE_SOURCE
from connectors.store.store import Store
from metrics.access import Actor, Role
from metrics.strategy import load_strategy

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("first_view_done")]

LANGUAGE_BOX = "Language · Språk · Sprog · Kieli"
PAGES = ("overview", "goal", "channels", "audiences", "strategy", "data")
CARD = '[class*="st-key-overview-card-"]'
LIVE_WAIT_MS = 30_000  # a tick (3 s) after the page is 10 s old (views.live.LIVE_QUIET_SECONDS)


def choose(viewer, label: str, option: str | None = None, *, index: int | None = None) -> str:
    """Pick an option of a select box by its visible text (or position); return the option's text."""
    page = viewer.page
    page.get_by_role("combobox", name=label).click()
    options = page.get_by_role("option")
    options.first.wait_for()
    chosen = options.filter(has_text=option).first if option is not None else options.nth(index or 0)
    text = chosen.inner_text().strip()
    chosen.click()
    viewer.wait_idle()
    return text


def wait_for_charts(viewer) -> int:
    """Wait until every Plotly chart on the page has drawn its SVG; return how many charts there are."""
    page = viewer.page
    # Charts are loaded lazily: a skeleton stands in for each until Plotly's code has arrived.
    page.locator('[data-testid="stMain"] [data-testid="stSkeleton"]').first.wait_for(state="detached")
    charts = page.locator('[data-testid="stPlotlyChart"]').count()
    page.wait_for_function(
        """(expected) => {
            const drawn = Array.from(document.querySelectorAll('[data-testid="stPlotlyChart"]'))
                .filter(chart => chart.querySelector('.js-plotly-plot .main-svg'));
            return drawn.length === expected;
        }""",
        arg=charts,
    )
    return charts


def tidy_csv(rows: list[tuple[str, str, str, str, float]]) -> bytes:
    """Return a tidy-layout CSV (date,channel,audience,metric,value) as bytes."""
    frame = pd.DataFrame(rows, columns=["date", "channel", "audience", "metric", "value"])
    return frame.to_csv(index=False).encode("utf-8")


def test_first_start_shows_the_sample_organisation_with_demo_mark_and_goal_cards(
    open_dashboard, dashboard_server
):
    viewer = open_dashboard()
    viewer.open()

    sidebar = viewer.sidebar_text()
    assert "Demo data" in sidebar
    assert "Lyngtind Friluft AS" in sidebar
    assert viewer.page.get_by_role("button", name="Start with your own data").is_visible()

    with Store.open(dashboard_server.store_path) as store:
        uploads = store.uploads()
        strategy = load_strategy(store.strategy_text() or "")
    assert strategy.organisation == "Lyngtind Friluft AS"
    assert (uploads["source"] == SAMPLE_SOURCE).sum() > 100  # the demo came in through the upload path

    cards = viewer.page.locator(CARD)
    assert cards.count() == len(strategy.goals), viewer.main_text()[:2000]
    first_card = cards.first.inner_text()
    assert "Owner:" in first_card and "Open the goal" in first_card
    assert "Off track" in first_card  # the goals that need attention come first
    assert "Lyngtind Friluft AS" in viewer.main_text()
    assert viewer.exceptions() == []


def test_shared_link_opens_the_same_view_for_a_colleague(open_dashboard):
    presenter = open_dashboard()
    presenter.open()
    choose(presenter, LANGUAGE_BOX, "Norsk bokmål")
    assert "Oversikt" in presenter.sidebar_text()
    month = choose(presenter, "Målt ved utgangen av", index=3)  # a month before the latest
    assert "Siste" not in month

    card = presenter.page.locator(CARD).nth(1)
    title = card.locator("strong").first.inner_text().strip()
    card.locator('[data-testid="stPageLink"] a').click()
    presenter.page.wait_for_url(re.compile(r"/goal\?"))
    presenter.wait_idle()
    header = presenter.page.locator('[class*="st-key-goal-header"]')
    assert title in header.inner_text()
    assert (
        "lang=nb" in presenter.page.url and "as_of=" in presenter.page.url and "goal=" in presenter.page.url
    )

    # The link sits behind the sidebar's "Share this view" button; its code box is drawn once that opens.
    presenter.page.locator('[data-testid="stSidebar"]').get_by_role(
        "button", name="Del denne visningen"
    ).click()
    link = presenter.page.locator('[data-testid="stPopoverBody"] [data-testid="stCode"]').inner_text().strip()
    assert link.startswith(presenter.server.base_url) and "/goal" in link

    colleague = open_dashboard()
    colleague.page.goto(link, wait_until="domcontentloaded")
    colleague.wait_idle()
    assert title in colleague.page.locator('[class*="st-key-goal-header"]').inner_text()
    assert colleague.page.get_by_role("combobox", name=LANGUAGE_BOX).input_value() == "Norsk bokmål"
    assert colleague.page.get_by_role("combobox", name="Målt ved utgangen av").input_value() == month
    assert "Oversikt" in colleague.sidebar_text()
    assert colleague.exceptions() == []


def test_every_page_draws_without_an_error_and_is_saved_as_a_screenshot(open_dashboard):
    viewer = open_dashboard()
    for path in PAGES:
        viewer.open("" if path == "overview" else path)
        charts = wait_for_charts(viewer)
        shot = viewer.screenshot(path)
        assert shot.stat().st_size > 10_000
        assert viewer.exceptions() == [], f"{path}: {viewer.exceptions()}\n{viewer.server.log_tail()}"
        if path == "overview":
            assert charts > 0
            plots = viewer.page.locator(".js-plotly-plot").count()
            assert plots == charts


def test_an_export_dropped_on_the_data_page_is_stored_and_listed(
    open_dashboard, dashboard_server, tmp_path: Path
):
    file_name = "browser-linkedin-comments-2023-05.csv"
    export = tmp_path / file_name
    export.write_bytes(
        tidy_csv([(f"2023-05-{day:02d}", "linkedin", "", "comments", day % 7) for day in range(1, 32)])
    )

    viewer = open_dashboard()
    viewer.open("data")
    viewer.page.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(str(export))
    viewer.wait_idle()
    confirm = viewer.page.get_by_role("button", name="Store this file")
    confirm.wait_for()
    preview = viewer.main_text()
    assert "1–31 May 2023" in preview  # the period Goalpost read, before storing (a CLDR date range)
    assert "tidy layout" in preview
    viewer.screenshot("data-upload-preview")
    confirm.click()
    viewer.wait_idle()

    viewer.page.get_by_text(re.compile(r"Stored 31 values")).wait_for()
    assert viewer.page.locator('[data-testid="stMain"]').get_by_text(file_name).count() >= 1
    with Store.open(dashboard_server.store_path) as store:
        uploads = store.uploads()
    mine = uploads[uploads["file_name"] == file_name]
    assert len(mine) == 1 and mine["status"].iloc[0] == "active" and int(mine["rows"].iloc[0]) == 31

    viewer.open("data")  # a fresh page view lists it too
    assert file_name in viewer.main_text()


def test_a_second_viewer_sees_new_data_without_reloading(open_dashboard, dashboard_server):
    file_name = "browser-youtube-subscribers.csv"
    viewer = open_dashboard()
    viewer.open()
    card = viewer.page.locator('[class*="st-key-overview-card-youtube_subscribers"]')
    assert "No data" in card.inner_text()
    viewer.page.evaluate("window.goalpostSameDocument = 'still here'")

    content = tidy_csv(
        [
            ("2026-09-30", "youtube", "peak_chasers", "followers", 40.0),
            ("2026-10-31", "youtube", "peak_chasers", "followers", 120.0),
        ]
    )
    parsed = read_upload(io.BytesIO(content), file_name)
    with Store.open(dashboard_server.store_path) as store:
        assert store.ingest(parsed, actor=Actor("browser test", Role.EDITOR)).status == "stored"

    toast = viewer.page.locator('[data-testid="stToast"]').filter(has_text=file_name)
    toast.wait_for(timeout=LIVE_WAIT_MS)
    viewer.page.wait_for_function(
        """() => {
            const card = document.querySelector('[class*="st-key-overview-card-youtube_subscribers"]');
            return card && !card.innerText.includes('No data') && card.innerText.includes('120');
        }""",
        timeout=LIVE_WAIT_MS,
    )
    assert viewer.page.evaluate("window.goalpostSameDocument") == "still here", "the page was reloaded"
    assert viewer.exceptions() == []
