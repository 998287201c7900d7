"""Two `streamlit run` servers on one PostgreSQL store: a file stored through one shows up live on the other.

This is what several server processes behind a proxy with sticky sessions do (docs/postgresql.md): each
viewer stays on one process, and the store's version in the database tells every process about changes.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import RUN_MS, VIEWPORT, DashboardPage, run_dashboard

from connectors.store import Store
from metrics.access import SYSTEM

pytestmark = pytest.mark.browser

DEMO = Path(__file__).resolve().parents[2] / "sample_data" / "demo.goalpost-store"
PORTS = (8680, 8681)
LIVE_WAIT_MS = 30_000  # a tick (3 s) after the page is 10 s old (views.live.LIVE_QUIET_SECONDS)


def tidy_csv(rows) -> bytes:
    lines = ["date,channel,audience,metric,value", *(",".join(str(v) for v in row) for row in rows)]
    return ("\n".join(lines) + "\n").encode()


def test_a_file_stored_through_one_server_shows_live_on_the_other(browser, postgres_url, tmp_path):
    with Store.open(postgres_url) as store:
        assert store.import_store_file(DEMO, actor=SYSTEM)  # the demo, so the first view is quick
    export = tmp_path / "two-servers-youtube-subscribers.csv"
    export.write_bytes(
        tidy_csv(
            [
                ("2026-09-30", "youtube", "peak_chasers", "followers", 40.0),
                ("2026-10-31", "youtube", "peak_chasers", "followers", 120.0),
            ]
        )
    )
    contexts = []
    env = {"GOALPOST_STORE": postgres_url}
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    with (
        run_dashboard(tmp_path / "a", env=env, port=PORTS[0]) as first,
        run_dashboard(tmp_path / "b", env=env, port=PORTS[1]) as second,
    ):
        try:

            def viewer_on(server) -> DashboardPage:
                context = browser.new_context(viewport=VIEWPORT, locale="en-GB", timezone_id="Europe/Oslo")
                context.set_default_timeout(RUN_MS)
                contexts.append(context)
                return DashboardPage(context.new_page(), server)

            watcher = viewer_on(second)
            watcher.open(timeout=120_000)
            card = watcher.page.locator('[class*="st-key-overview-card-youtube_subscribers"]')
            assert "No data" in card.inner_text()
            watcher.page.evaluate("window.goalpostSameDocument = 'still here'")

            editor = viewer_on(first)
            editor.open("data", timeout=120_000)
            editor.page.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(
                str(export)
            )
            editor.wait_idle()
            editor.page.get_by_role("button", name="Store this file").click()
            editor.wait_idle()
            editor.page.get_by_text(re.compile(r"Stored 2 values")).wait_for()

            toast = watcher.page.locator('[data-testid="stToast"]').filter(has_text=export.name)
            toast.wait_for(timeout=LIVE_WAIT_MS)
            watcher.page.wait_for_function(
                """() => {
                    const card = document.querySelector('[class*="st-key-overview-card-youtube_subscribers"]');
                    return card && !card.innerText.includes('No data') && card.innerText.includes('120');
                }""",
                timeout=LIVE_WAIT_MS,
            )
            assert watcher.page.evaluate("window.goalpostSameDocument") == "still here", (
                "the page was reloaded"
            )
            assert watcher.exceptions() == [] and editor.exceptions() == []
        finally:
            for context in contexts:
                context.close()
    with Store.open(postgres_url) as store:
        assert export.name in set(store.uploads()["file_name"])
