"""Charts are kept by what they are drawn from: an upload rebuilds the charts whose numbers moved, no others."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from actors import EDITOR
from streamlit.testing.v1 import AppTest
from streamlit.util import calc_hash

from connectors.readers import read_upload
from connectors.store import Store
from views.figure_cache import content_digest

ROOT = Path(__file__).resolve().parent.parent


def test_equal_content_gives_equal_digests_and_any_change_another():
    frame = pd.DataFrame({"month": ["2026-01", "2026-02"], "value": [1.0, 2.0]})
    same = pd.DataFrame({"month": ["2026-01", "2026-02"], "value": [1.0, 2.0]})
    assert content_digest((frame, {"a": "x"}, 3)) == content_digest((same, {"a": "x"}, 3))
    changed = [
        (frame.assign(value=[1.0, 2.5]), {"a": "x"}, 3),  # one number
        (frame.rename(columns={"value": "other"}), {"a": "x"}, 3),  # a column's name
        (frame.astype({"value": "int64"}), {"a": "x"}, 3),  # a type
        (frame.iloc[::-1], {"a": "x"}, 3),  # the order of rows
        (frame, {"a": "y"}, 3),  # a name
        (frame, {"a": "x"}, 3.0),  # 3 and 3.0
        (frame, {"a": "x"}, "3"),
        (frame, {"a": "x"}, (3,)),
        (frame, {"a": "x", "b": "x"}, 3),
    ]
    digests = {content_digest(value) for value in changed}
    assert len(digests) == len(changed)
    assert content_digest((frame, {"a": "x"}, 3)) not in digests
    assert content_digest({"b": 1, "a": 2}) != content_digest({"a": 2, "b": 1})  # a legend follows the order
    assert content_digest(np.array([1, 2])) != content_digest(np.array([1.0, 2.0]))


def test_a_value_without_a_stable_content_gives_no_digest_so_its_figure_is_never_shared():
    assert content_digest((lambda: 1,)) is None
    assert content_digest({"store": object()}) is None


@pytest.fixture
def demo_store(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "goalpost.sqlite3"
    shutil.copyfile(ROOT / "sample_data" / "demo.goalpost-store", path)
    monkeypatch.setenv("GOALPOST_STORE", str(path))
    return path


def test_after_an_upload_the_channels_page_rebuilds_only_the_chart_whose_numbers_moved(
    demo_store, monkeypatch
):
    import streamlit as st

    import views.trend_section as trend_section

    built: list[str] = []
    draw = trend_section.trend_figure

    def counted(frame, *args, **kwargs):
        built.append(str(frame["month"].max()))
        return draw(frame, *args, **kwargs)

    counted.__qualname__ = draw.__qualname__
    monkeypatch.setattr(trend_section, "trend_figure", counted)
    st.cache_resource.clear()  # figures another test drew stay out of this count

    app = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    app._page_hash = calc_hash("channels")
    app.run()
    assert not app.exception
    before = [chart.proto.spec for chart in app.get("plotly_chart")]
    charts = len(before)
    assert charts >= 3 and len(built) == charts

    # Comments on LinkedIn in the month on view: one chart's numbers move.
    month = pd.Period(str(built[0]), "M")
    tidy = f"date,channel,audience,metric,value\n{month.start_time.date()},linkedin,,comments,999\n"
    with Store.open(demo_store) as store:
        assert store.ingest(
            read_upload(io.BytesIO(tidy.encode()), "more-comments.csv"), actor=EDITOR
        ).status == ("stored")
    app.run()
    assert not app.exception
    assert len(app.get("plotly_chart")) == charts
    assert len(built) == charts + 1  # the comments chart; the other charts are the figures drawn before
    after = [chart.proto.spec for chart in app.get("plotly_chart")]
    assert sum(old != new for old, new in zip(before, after, strict=True)) == 1  # and it shows the new number
