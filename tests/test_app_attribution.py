"""Audience rules on the pages, in the real app (AppTest on dashboard.py): Audiences, Strategy and Goal."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from actors import EDITOR
from sign_in import signed_in
from streamlit.testing.v1 import AppTest
from test_attribution import EXPORT_EN, STRATEGY

from connectors.readers import read_upload
from connectors.store.store import Store

ROOT = Path(__file__).resolve().parent.parent
# Club buyers assumed on LinkedIn only: every one of their posts is on Facebook, a mismatch to point out.
MISMATCHED = (
    STRATEGY.replace("assumed_channels: [linkedin, facebook]", "assumed_channels: [linkedin]")
    + """
goals:
  - id: club_comments
    title: Club buyers comment
    kind: communication
    metric: comments
    channels: [facebook]
    audiences: [club]
    start: 2026-01-01
    deadline: 2026-12-31
    baseline: 5
    target: 20
    owner: Kari
"""
)


@pytest.fixture
def store_path(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "goalpost.sqlite3"
    with Store.open(path) as store:
        store.save_strategy(MISMATCHED, actor=EDITOR, note="first")
        store.ingest(
            read_upload(io.BytesIO(EXPORT_EN.encode()), "Jan-01-2026_Feb-28-2026_111.csv"), actor=EDITOR
        )
    monkeypatch.setenv("GOALPOST_STORE", str(path))
    return path


def open_page(url_path: str, query: dict | None = None) -> AppTest:
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    signed_in(at, EDITOR.identity, "editor")
    for key, value in (query or {}).items():
        at.query_params[key] = value
    at.run()
    at._page_hash = next(
        h for h, info in at._registered_pages.items() if info.get("url_pathname") == url_path
    )
    return at.run()


def texts(elements) -> str:
    return "\n".join(str(e.value) for e in elements).replace("\\", "")


def test_the_audiences_page_counts_posts_per_channel_and_names_the_mismatch(store_path):
    at = open_page("audiences")
    assert not at.exception
    assert "Club buyers: LinkedIn was assumed, but 100% of their comments come from Facebook." in texts(
        at.warning
    )
    club = next(d.value for d in at.dataframe if "Posts" in d.value.columns)
    # LinkedIn assumed without posts; on Facebook posts 1, 3 and 5 with 4 + 10 + 3 comments and 10 + 0 + 5 clicks.
    assert club["Channel"].tolist() == ["LinkedIn", "Facebook"]
    facebook = club.iloc[1]
    assert (facebook["Posts"], facebook["Comments"], facebook["Link clicks"]) == ("3", "17", "15")
    assert facebook["Engagement per post"] == "10.7"  # (17 + 15) / 3


def test_the_strategy_page_previews_edited_rules_and_saving_reattributes(store_path):
    at = open_page("strategy")
    assert not at.exception
    at.session_state["strategy.rules_editor"] = {
        "edited_rows": {0: {"labels": ""}},
        "added_rows": [],
        "deleted_rows": [],
    }
    at.run()
    assert not at.exception
    words = texts(at.markdown) + texts(at.caption)
    assert "Preview on the 2 posts of 2026-02" in words
    assert "2 posts caught, rule by rule:" in words
    assert "0 posts no rule catches" in words
    at.button(key="strategy.rules_save").click().run()
    assert not at.exception
    with Store.open(store_path) as store:
        assert len(store.strategy_versions()) == 2
        club = store.month_values(metric="comments", audience="club")
    # Without the label "klubb", post 3 is still club's by the word "Klubbtur": January stays 4 + 10.
    assert dict(zip(club["month"], club["value"], strict=True)) == {"2026-01": 14.0, "2026-02": 3.0}


def test_the_goal_page_lists_the_posts_that_counted_for_the_audience(store_path):
    at = open_page("goal", {"goal": "club_comments"})
    assert not at.exception
    words = texts(at.markdown) + texts(at.subheader)
    assert "Posts that counted for it this month (1)" in words
    assert "SKOLEKLASSÉ special" in words


MARCH_EXPORT = (
    EXPORT_EN.split("\n", 1)[0]
    + "\n"
    + '"111_7","111","Lyngtind",,"Club day in March #klubbpris","03/04/2026 10:00",'
    + "https://www.facebook.com/111/posts/7,,Lifetime,90,8,4\n"
)


def test_after_an_upload_the_goal_page_reads_only_the_new_export_again(store_path, monkeypatch):
    # Reading every stored export again after each upload took seconds per page under load (bench/README.md).
    import streamlit as st

    reads: list[int] = []
    read_items = Store.upload_items

    def counted(self, row):
        reads.append(int(row.id))
        return read_items(self, row)

    monkeypatch.setattr(Store, "upload_items", counted)
    st.cache_data.clear()  # another test's page may have read this store's first export already
    at = open_page("goal", {"goal": "club_comments"})
    assert not at.exception
    assert reads == [1]
    with Store.open(store_path) as store:
        stored = store.ingest(
            read_upload(io.BytesIO(MARCH_EXPORT.encode()), "Mar-01-2026_Mar-31-2026_111.csv"), actor=EDITOR
        )
    assert stored.status == "stored"
    at.run()
    assert not at.exception
    assert reads == [1, 2]  # the first export's posts are remembered: its bytes cannot have changed
    words = texts(at.markdown) + texts(at.subheader)
    assert "Posts that counted for it this month (1)" in words
    assert "Club day in March" in words
