"""The share box in a real browser: the copy button on a touch screen, pinning the month, and a read-only
meeting link made from the box, opened by a guest, and revoked on the Team page."""

from __future__ import annotations

import re

import pytest
from conftest import RUN_MS

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("first_view_done")]

PHONE = {"width": 390, "height": 844}


def open_share(viewer) -> None:
    sidebar = viewer.page.locator('[data-testid="stSidebar"]')
    if not sidebar.is_visible():
        viewer.page.get_by_test_id("stExpandSidebarButton").click()
    sidebar.get_by_role("button", name="Share this view").click()
    viewer.page.locator('[data-testid="stPopoverBody"] [data-testid="stCode"]').first.wait_for()


def shared_link(viewer, index: int = 0) -> str:
    return (
        viewer.page.locator('[data-testid="stPopoverBody"] [data-testid="stCode"]')
        .nth(index)
        .inner_text()
        .strip()
    )


def test_the_copy_button_shows_and_copies_on_a_touch_screen(browser, dashboard_server):
    from conftest import DashboardPage

    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True, locale="en-GB")
    context.set_default_timeout(RUN_MS)
    try:
        context.grant_permissions(["clipboard-read", "clipboard-write"], origin=dashboard_server.base_url)
        viewer = DashboardPage(context.new_page(), dashboard_server)
        viewer.open()
        open_share(viewer)
        button = viewer.page.locator('[data-testid="stPopoverBody"] [data-testid="stCode"] button').first
        # Without hover (a finger), the toolbar holding the button must be drawn, not faded out.
        assert button.is_visible() and button.bounding_box()["width"] > 10
        faded = viewer.page.evaluate(
            """(button) => { let e = button; const seen = [];
                while (e && e.dataset.testid !== 'stCode') { seen.push(getComputedStyle(e).opacity); e = e.parentElement; }
                return seen.filter(o => o !== '1'); }""",
            button.element_handle(),
        )
        assert faded == []
        button.tap()
        assert viewer.page.evaluate("navigator.clipboard.readText()") == shared_link(viewer)
    finally:
        context.close()


def test_a_link_follows_the_latest_month_unless_pinned(open_dashboard):
    viewer = open_dashboard()
    viewer.open()
    open_share(viewer)
    following = shared_link(viewer)
    assert "as_of=" not in following
    assert "follows the latest month" in viewer.page.locator('[data-testid="stPopoverBody"]').inner_text()
    viewer.page.locator('[data-testid="stPopoverBody"]').get_by_text(re.compile(r"^Pin to ")).click()
    viewer.wait_idle()
    pinned = shared_link(viewer)
    month = re.search(r"as_of=(\d{4}-\d{2})", pinned)
    assert month, pinned
    body = viewer.page.locator('[data-testid="stPopoverBody"]').inner_text()
    assert "also after newer months arrive" in body


def test_a_meeting_link_made_in_the_share_box_is_read_only_and_stops_when_revoked(open_dashboard):
    editor = open_dashboard()
    editor.open("goal")
    open_share(editor)
    popover = editor.page.locator('[data-testid="stPopoverBody"]')
    popover.get_by_label("Name of the link").fill("Board, December")
    popover.get_by_role("button", name="Make read-only link").click()
    editor.wait_idle()
    link = shared_link(editor, 1)
    assert "/goal?" in link and "link=" in link

    guest = open_dashboard()
    guest.page.goto(link, wait_until="domcontentloaded")
    guest.wait_idle()
    assert "Read-only meeting link “Board, December”" in guest.sidebar_text()
    nav = guest.page.locator('[data-testid="stSidebarNav"]').inner_text()
    assert "Goal" in nav and "Data" not in nav and "Team" not in nav
    assert guest.page.locator('[data-testid="stFileUploader"]').count() == 0
    assert guest.exceptions() == []

    editor.open("team")
    editor.page.get_by_role("button", name="Revoke").click()
    editor.wait_idle()
    assert "no longer opens" in editor.main_text()

    # The guest's open page closes by itself within a few seconds; opening the link again shows the same.
    guest.page.get_by_text("This meeting link was withdrawn").wait_for(timeout=15_000)
    guest.page.goto(link, wait_until="domcontentloaded")
    guest.page.get_by_text("This meeting link was withdrawn").wait_for()
    assert guest.page.locator('[data-testid="stSidebar"]').count() == 0
    assert "Goal" not in guest.page.locator('[data-testid="stMain"]').inner_text().replace("Goalpost", "")
