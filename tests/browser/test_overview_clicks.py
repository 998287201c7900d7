"""A bar of the pace chart and a cell of the channel x audience grid open their goal, in a real Chromium.

Plotly selections travel from the browser to the script run only for traces Plotly can select: a heatmap's
cells never could, so the grid is drawn as bars. The clicks here are real mouse clicks on the drawn shapes.
"""

from __future__ import annotations

import re

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("first_view_done")]

GOAL_HEADER = '[class*="st-key-goal-header"]'


def _chart(viewer, key: str):
    chart = viewer.page.locator(f'[class*="st-key-overview-{key}"] .js-plotly-plot')
    chart.locator(".main-svg").first.wait_for()
    return chart


def _goal_of_each_bar(chart) -> list[tuple[str, str]]:
    """Return (goal id, first hover line) of each bar of the chart's first trace, in the order Plotly drew them."""
    return chart.evaluate(
        """chart => chart._fullData[0].customdata.map(row => [row[row.length - 1], row[0]])"""
    )


def _click_bar(viewer, chart, index: int, *, at: float = 0.5) -> None:
    """Click the index-th bar of the chart's first trace with the mouse, `at` of the way along it."""
    bar = chart.locator(".trace.bars").first.locator(".point path").nth(index)
    bar.scroll_into_view_if_needed()
    viewer.page.wait_for_timeout(300)  # the page has stopped scrolling
    box = bar.bounding_box()
    assert box is not None
    viewer.page.mouse.click(box["x"] + box["width"] * at, box["y"] + box["height"] / 2)


def _lands_on_goal(viewer, goal_id: str) -> str:
    viewer.page.wait_for_url(re.compile(rf"/goal\?.*goal={re.escape(goal_id)}"))
    viewer.wait_idle()
    return viewer.page.locator(GOAL_HEADER).inner_text()


def test_a_click_on_a_pace_bar_opens_that_goal(open_dashboard):
    viewer = open_dashboard()
    viewer.open()
    chart = _chart(viewer, "pace")
    goals = _goal_of_each_bar(chart)
    # Not the first bar: the Goal page opens the most urgent goal by itself, which would prove nothing.
    index = 2
    goal, title = goals[index]
    _click_bar(viewer, chart, index)

    assert title in _lands_on_goal(viewer, goal)
    assert not viewer.exceptions()

    # Back on the Overview, the earlier click does not send the viewer to the goal again.
    viewer.page.get_by_role("link", name="Overview").first.click()
    viewer.wait_idle()
    assert "/goal" not in viewer.page.url
    assert "Is the strategy working?" in viewer.main_text()


def test_a_click_on_a_grid_cell_opens_its_most_urgent_goal(open_dashboard):
    viewer = open_dashboard()
    viewer.open()
    chart = _chart(viewer, "grid")
    cells = [goal for goal, _ in _goal_of_each_bar(chart)]
    # The last cell (YouTube x Peak chasers in the sample), clicked off its centre, near the right edge.
    index = len(cells) - 1
    _click_bar(viewer, chart, index, at=0.9)

    _lands_on_goal(viewer, cells[index])
    assert not viewer.exceptions()


def test_a_cards_link_opens_that_goal(open_dashboard):
    viewer = open_dashboard()
    viewer.open()
    card = viewer.page.locator('[class*="st-key-overview-card-"]').nth(2)
    goal = (card.get_attribute("class") or "").split("st-key-overview-card-")[1].split()[0]
    card.get_by_role("link").last.click()

    _lands_on_goal(viewer, goal)
    assert not viewer.exceptions()
