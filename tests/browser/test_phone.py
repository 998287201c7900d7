"""On a phone (390 x 844): the Goal chart keeps more than half the width for its plot, and Plotly's toolbar does not
stand over the legends above the charts."""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("first_view_done")]

PHONE = {"width": 390, "height": 844}


@pytest.fixture
def phone(browser, dashboard_server):
    from conftest import DashboardPage

    context = browser.new_context(viewport=PHONE, locale="en-GB", is_mobile=True, has_touch=True)
    context.set_default_timeout(60_000)
    yield DashboardPage(context.new_page(), dashboard_server)
    context.close()


def test_the_goal_chart_keeps_more_than_half_a_phone_for_its_plot_and_months_upright(phone):
    phone.open("goal")
    chart = phone.page.locator('[data-testid="stPlotlyChart"] .js-plotly-plot').first
    chart.locator(".main-svg").first.wait_for()
    width, plot = chart.evaluate("c => [c._fullLayout.width, c._fullLayout.xaxis._length]")
    assert plot > 0.5 * width, (plot, width)  # 130 px of labels left it 45 %
    # Month labels stand upright: turned aslant they ran into each other.
    turns = chart.evaluate(
        "c => Array.from(c.querySelectorAll('.xtick text')).map(t => t.getAttribute('transform') || '')"
    )
    assert turns and not [turn for turn in turns if "rotate" in turn], turns


def test_plotly_toolbar_is_not_shown_over_the_legends_on_a_phone(phone):
    phone.open("channels")
    chart = phone.page.locator('[data-testid="stPlotlyChart"]').first
    chart.locator(".main-svg").first.wait_for()
    toolbar = chart.locator(".modebar-container")
    # A touch on a phone shows Plotly's toolbar wherever it is laid out: it must not be laid out at all.
    assert toolbar.count() >= 1
    assert toolbar.first.evaluate("el => getComputedStyle(el).display") == "none"
