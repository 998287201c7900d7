"""Goalpost's dashboard: `streamlit run dashboard.py`. Wiring only: the pages live in views/."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import streamlit as st

from metrics.access import Role
from views import audiences, channels, data_page, goal, overview, present, strategy_page, team_page
from views.access import current_visit
from views.context import (
    AppContext,
    current_language,
    get_context,
    keep_workspace,
    opened_store,
    requested_workspace,
    sync_url,
    workspace_store,
)
from views.i18n import t
from views.live import announce_changes, watch_store
from views.pinned import render_pinned_banner
from views.present_model import presenting
from views.sidebar import (
    render_share,
    render_sidebar,
    render_visitor,
    render_workspace_name,
    render_workspaces,
)
from views.theme import keep_theme_across_pages

# url_path, render, title key, icon, the role a page needs, and whether a meeting link may open it.
PAGES: tuple[tuple[str, Callable[[AppContext], None], str, str, Role, bool], ...] = (
    ("overview", overview.render, "nav.overview", ":material/dashboard:", Role.VIEWER, True),
    ("goal", goal.render, "nav.goal", ":material/flag:", Role.VIEWER, True),
    ("channels", channels.render, "nav.channels", ":material/hub:", Role.VIEWER, True),
    ("audiences", audiences.render, "nav.audiences", ":material/groups:", Role.VIEWER, True),
    ("strategy", strategy_page.render, "nav.strategy", ":material/description:", Role.VIEWER, True),
    # The ledger names colleagues and files: for the team, not for a meeting link's guests.
    ("data", data_page.render, "nav.data", ":material/upload_file:", Role.VIEWER, False),
    ("team", team_page.render, "nav.team", ":material/admin_panel_settings:", Role.EDITOR, False),
)


def main() -> None:
    """Build this run's context, the navigation and the shared sidebar, then run the chosen page."""
    st.set_page_config(page_title="Goalpost", page_icon=":material/sports_score:", layout="wide")
    # Who is looking comes first: nothing is loaded or written for a visitor who has not signed in.
    language = current_language()
    home = opened_store(language)
    # The workspace is checked with the visitor: nothing of one they do not belong to is opened.
    visit = current_visit(
        home,
        language,
        [url_path for url_path, *_ in PAGES],
        requested_workspace(),
        lambda workspace: workspace_store(home, workspace),
    )
    keep_workspace(visit.workspace)
    base = get_context(workspace=visit.workspace, home=home)
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
        for url_path, render, title, icon, needed, for_links in PAGES
        if visit.actor.may(needed) and (for_links or visit.link is None)
    }
    ctx = views["ctx"] = dataclasses.replace(
        base, pages=pages, actor=visit.actor, link_view=visit.link is not None, signed_in=visit.signed_in
    )
    if presenting(st.query_params):
        # The presentation view: no navigation and no sidebar, only the agenda and one goal a screen.
        st.navigation(list(pages.values()), position="hidden")
        if visit.open_to_all:
            st.error(t("access.open_banner", ctx.language), icon=":material/lock_open:")
        sync_url(ctx)
        present.render(ctx)
        watch_store(ctx)
        return
    current = st.navigation(list(pages.values()))
    render_visitor(ctx, visit)
    render_workspaces(ctx, visit)
    render_sidebar(ctx)
    keep_theme_across_pages(pages)
    sync_url(ctx)
    render_workspace_name(ctx)
    render_pinned_banner(ctx)
    current.run()
    # After the page: on a first view it only notes what the viewer has seen, which need not delay the page.
    announce_changes(ctx)
    render_share(ctx, "" if current.url_path == "overview" else current.url_path)
    watch_store(ctx)


main()
