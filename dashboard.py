"""Goalpost's dashboard: `streamlit run dashboard.py`. Wiring only: the pages live in views/."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import streamlit as st

from views import audiences, channels, data_page, goal, overview, strategy_page
from views.context import AppContext, get_context, sync_url
from views.i18n import t
from views.live import announce_changes, watch_store
from views.sidebar import render_share, render_sidebar

PAGES: tuple[tuple[str, Callable[[AppContext], None], str, str], ...] = (
    ("overview", overview.render, "nav.overview", ":material/dashboard:"),
    ("goal", goal.render, "nav.goal", ":material/flag:"),
    ("channels", channels.render, "nav.channels", ":material/hub:"),
    ("audiences", audiences.render, "nav.audiences", ":material/groups:"),
    ("strategy", strategy_page.render, "nav.strategy", ":material/description:"),
    ("data", data_page.render, "nav.data", ":material/upload_file:"),
)


def main() -> None:
    """Build this run's context, the navigation and the shared sidebar, then run the chosen page."""
    st.set_page_config(page_title="Goalpost", page_icon=":material/sports_score:", layout="wide")
    base = get_context()
    views: dict[str, AppContext] = {}

    def page(render: Callable[[AppContext], None]) -> Callable[[], None]:
        def run() -> None:
            render(views["ctx"])

        return run

    pages = {
        url_path: st.Page(
            page(render),
            title=t(title, base.language),
            icon=icon,
            url_path=url_path,
            default=url_path == "overview",
        )
        for url_path, render, title, icon in PAGES
    }
    ctx = views["ctx"] = dataclasses.replace(base, pages=pages)
    current = st.navigation(list(pages.values()))
    render_sidebar(ctx)
    sync_url(ctx)
    current.run()
    # After the page: on a first view it only notes what the viewer has seen, which need not delay the page.
    announce_changes(ctx)
    render_share(ctx, "" if current.url_path == "overview" else current.url_path)
    watch_store(ctx)


main()
