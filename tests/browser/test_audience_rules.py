"""Audience rules in a real browser: the Audiences page of the sample organisation names its mismatch."""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("first_view_done")]


def test_the_audiences_page_points_out_where_peak_chasers_really_comment(open_dashboard):
    viewer = open_dashboard()
    viewer.open("audiences")
    text = viewer.main_text()
    # The sample's gear tests are posted on Facebook and recognised by "lettvektstelt": about half of the peak
    # chasers' comments of the last six months come from there, a channel the strategy did not assume.
    assert "Peak chasers: Instagram, Turbloggen (blog) and TikTok were assumed, but" in text, text[:3000]
    assert "of their comments come from Facebook." in text
    assert "Measured from posts made for each audience" in text
    assert viewer.exceptions() == []
    viewer.screenshot("audiences_rules")
