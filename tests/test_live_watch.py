"""The live watch: a page run finishes even when the store moves while it is drawn; the next tick reruns it."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest


def watched_page(location: str) -> None:
    """A page that stores an upload while it is drawn (as a colleague uploading at that moment), then watches."""
    import io
    from types import SimpleNamespace

    import streamlit as st
    from actors import EDITOR

    from connectors.readers import read_upload
    from connectors.store import Store
    from views.live import watch_store

    runs = st.session_state["runs"] = st.session_state.get("runs", 0) + 1
    store = Store.open(location)
    ctx = SimpleNamespace(store=store, home_store=None, store_version=store.version(), language="en")
    tidy = f"date,channel,audience,metric,value\n2026-01-{runs % 28 + 1:02d},linkedin,,comments,{runs}\n"
    store.ingest(read_upload(io.BytesIO(tidy.encode()), f"during-run-{runs}.csv"), actor=EDITOR)
    st.write(f"page drawn at store version {ctx.store_version}")
    watch_store(ctx)


def test_a_page_run_finishes_when_the_store_moves_while_it_is_drawn(tmp_path):
    app = AppTest.from_function(watched_page, args=(str(tmp_path / "goalpost.sqlite3"),), default_timeout=60)
    app.run()
    assert [e.value for e in app.exception] == []
    # One run, not a rerun after every upload that landed meanwhile (which never ends while uploads keep coming).
    assert app.session_state["runs"] == 1
    assert app.markdown[0].value == "page drawn at store version 0"
    app.run()  # the next look (a tick or a click) draws the moved store
    assert app.session_state["runs"] == 2
    assert app.markdown[0].value == "page drawn at store version 1"


def test_news_redraws_a_page_at_once_after_a_quiet_spell_and_at_most_every_ten_seconds_while_it_keeps_coming():
    from views.live import LIVE_QUIET_SECONDS, redraw_due

    assert LIVE_QUIET_SECONDS == 10.0
    assert not redraw_due(False, False, 3600.0)  # nothing new
    assert redraw_due(True, False, 60.0)  # the first upload in a while: at the next tick
    assert redraw_due(True, False, None)
    assert not redraw_due(True, False, 4.0)  # drawn 4 s ago: the news waits for the page to be read
    assert redraw_due(True, False, 10.0)
    assert redraw_due(False, True, 0.5)  # an ended visit closes the page at once
