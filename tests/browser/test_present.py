"""The presentation view in a real browser: the agenda's order, moving with the keys a keyboard and a
presenter's clicker send (and not while typing), the hall timer that moves on by itself, and the Present link."""

from __future__ import annotations

import re

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("first_view_done")]

ORDER = ("Off track", "At risk", "On track", "Achieved", "No data")
WAIT_MS = 30_000


def screen(viewer):
    return viewer.page.locator(".st-key-present-screen")


def shows(viewer, text: str) -> None:
    """Wait until the screen says the text (a goal's position, or the agenda's title)."""
    screen(viewer).get_by_text(text, exact=True).first.wait_for(timeout=WAIT_MS)


def position(viewer, number: int) -> None:
    shows(viewer, f"Goal {number} of 12")


def agenda(viewer) -> None:
    viewer.page.locator(".st-key-present-list button").first.wait_for(timeout=WAIT_MS)


def test_the_agenda_puts_off_track_and_at_risk_first_and_has_no_sidebar(open_dashboard):
    viewer = open_dashboard()
    viewer.open(params={"present": "1"})
    agenda(viewer)
    entries = viewer.page.locator(".st-key-present-list button").all_inner_texts()
    assert len(entries) == 12
    statuses = [entry.rsplit("·", 1)[1].strip() for entry in entries]
    ranks = [ORDER.index(status) for status in statuses]
    assert ranks == sorted(ranks), statuses
    # The browser tests share one store, so which statuses occur depends on what earlier tests uploaded.
    assert statuses[0] == "Off track"
    assert [e.split(".", 1)[0] for e in entries] == [str(n) for n in range(1, 13)]
    sidebar = viewer.page.locator('[data-testid="stSidebar"]')
    assert sidebar.count() == 0 or not sidebar.is_visible()
    # Clicking an entry opens that goal.
    title = entries[2].split("·")[0].split(maxsplit=2)[2].strip()
    viewer.page.locator(".st-key-present-list button").nth(2).click()
    position(viewer, 3)
    assert title in screen(viewer).locator("h1").inner_text()
    assert viewer.exceptions() == []


def test_the_arrow_keys_and_a_clickers_keys_move_between_screens_but_not_while_typing(open_dashboard):
    viewer = open_dashboard()
    viewer.open(params={"present": "1"})
    agenda(viewer)
    keyboard = viewer.page.keyboard
    keyboard.press("ArrowRight")
    position(viewer, 1)
    screen(viewer).locator('[data-testid="stPlotlyChart"]').first.wait_for(timeout=WAIT_MS)
    keyboard.press("PageDown")  # what a presenter's clicker sends for "next"
    position(viewer, 2)
    keyboard.press("ArrowLeft")
    position(viewer, 1)
    keyboard.press("Space")
    position(viewer, 2)
    keyboard.press("PageUp")
    position(viewer, 1)
    keyboard.press("ArrowLeft")
    agenda(viewer)
    keyboard.press("ArrowLeft")  # round from the agenda to the last goal
    position(viewer, 12)

    # A key typed into a field belongs to the field, not to the presentation.
    viewer.page.evaluate(
        """() => { const field = document.createElement('input'); field.id = 'typing-here';
                   document.querySelector('.st-key-present-screen').appendChild(field); }"""
    )
    viewer.page.locator("#typing-here").fill("abc")
    viewer.page.locator("#typing-here").press("ArrowLeft")
    viewer.page.locator("#typing-here").press("PageUp")
    viewer.page.wait_for_timeout(1500)
    position(viewer, 12)
    assert viewer.exceptions() == []


def test_on_a_timer_the_presentation_moves_on_by_itself(open_dashboard):
    viewer = open_dashboard()
    # The fragment's timer reruns every 2 s: wait for drawn screens, not for an idle app.
    viewer.page.goto(viewer.url(params={"present": "1", "every": "2"}), wait_until="domcontentloaded")
    agenda(viewer)
    assert "Moves on every 2 s" in viewer.page.locator(".st-key-present-bar").inner_text()
    position(viewer, 1)
    position(viewer, 2)
    assert viewer.exceptions() == []


def test_the_share_box_offers_present_links(open_dashboard):
    viewer = open_dashboard()
    viewer.open()
    viewer.page.locator('[data-testid="stSidebar"]').get_by_role("button", name="Share this view").click()
    box = viewer.page.locator('[data-testid="stPopoverBody"]')
    present = box.get_by_role("link", name="Present", exact=True)
    present.wait_for()
    assert re.search(r"[?&]present=1\b", present.get_attribute("href"))
    hall = box.get_by_role("link", name=re.compile(r"^Loop every 30"))
    assert "every=30" in hall.get_attribute("href")
