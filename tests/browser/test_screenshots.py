"""`make screenshots` keeps working: its drawing step saves the Overview at 1440×900 from a real server."""

from __future__ import annotations

import pytest
from PIL import Image

from docs.screenshots import VIEWPORT, draw_overview

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("first_view_done")]


def test_the_readme_picture_is_the_overview_at_1440_by_900(open_dashboard, tmp_path):
    viewer = open_dashboard()
    viewer.page.set_viewport_size(VIEWPORT)
    output = tmp_path / "overview.png"
    draw_overview(viewer, output, timeout_ms=60_000)
    assert "Is the strategy working?" in viewer.main_text()
    with Image.open(output) as picture:
        assert picture.size == (VIEWPORT["width"], VIEWPORT["height"])
