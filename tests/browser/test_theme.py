"""The dark theme chosen in the app menu stays chosen when a link to another page is opened (a new load)."""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("first_view_done")]

DARK_BACKGROUND = "rgb(23, 22, 20)"


def test_the_dark_theme_stays_chosen_on_a_link_to_another_page(browser, dashboard_server):
    context = browser.new_context(viewport={"width": 1440, "height": 900})
    page = context.new_page()
    page.goto(dashboard_server.base_url + "/", timeout=180_000)
    page.get_by_text("Is the strategy working?").wait_for(timeout=180_000)
    page.locator("[data-testid='stMainMenu']").click()
    page.locator("[data-testid='stMainMenuItem-theme-Dark']").click()
    page.keyboard.press("Escape")
    # Streamlit keeps the choice under the address the tab opened; Goalpost copies it to every page's.
    page.wait_for_function("localStorage.getItem('stActiveTheme-/goal-v2') === '\"Dark\"'", timeout=10_000)
    other = context.new_page()
    other.goto(dashboard_server.base_url + "/goal", timeout=180_000)
    other.locator("[data-testid='stApp']").wait_for(timeout=180_000)
    background = other.evaluate(
        "getComputedStyle(document.querySelector('[data-testid=stApp]')).backgroundColor"
    )
    assert background == DARK_BACKGROUND
    context.close()
