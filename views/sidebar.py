"""The sidebar every page shares: language, the month the view is measured at, the demo mark, the share link."""

from __future__ import annotations

from urllib.parse import urlencode, urlsplit, urlunsplit

import streamlit as st

from metrics.access import VIA_LOCAL
from views.access import Visit, sign_out
from views.context import AS_OF_KEY, LANGUAGE_KEY, LATEST, AppContext, page_link
from views.demo import clear_demo
from views.i18n import LANGUAGES, format_date, format_month, format_number, t
from views.tables import literal

LANGUAGE_LABEL = "Language · Språk · Sprog"
"""The same in every language, so someone who landed in the wrong one still finds the switch."""
DEMO_CLEARED_KEY = "shell.demo_cleared"


def render_visitor(ctx: AppContext, visit: Visit) -> None:
    """Show who is looking and how: signed in (with sign-out), a meeting link, or open mode and its reach."""
    lang = ctx.language
    if visit.open_to_all:
        # Every page, top: whoever reaches this server may change the data, and must know it.
        st.error(t("access.open_banner", lang), icon=":material/lock_open:")
    with st.sidebar:
        if visit.link is not None:
            st.caption(
                literal(
                    t(
                        "access.link_caption",
                        lang,
                        label=visit.link.label,
                        day=format_date(visit.link.expires_on, lang),
                    )
                )
            )
        elif visit.actor.via == VIA_LOCAL:
            if not visit.open_to_all:
                st.caption(t("access.local_caption", lang), help=t("access.local_help", lang))
        else:
            st.caption(
                literal(
                    t(
                        "access.signed_in_as",
                        lang,
                        who=visit.actor.identity,
                        role=t(f"access.role.{visit.actor.role.label}", lang),
                    )
                )
            )
            if st.button(t("access.sign_out", lang), key="access.sign_out", icon=":material/logout:"):
                sign_out(visit)


def render_sidebar(ctx: AppContext) -> None:
    """Show the shared sidebar controls (their values are read by get_context on the next run)."""
    lang = ctx.language
    with st.sidebar:
        if ctx.is_demo:
            _demo_mark(ctx)
        st.selectbox(LANGUAGE_LABEL, list(LANGUAGES), key=LANGUAGE_KEY, format_func=LANGUAGES.__getitem__)
        months = list(ctx.data_months)
        if months:
            st.selectbox(
                t("shell.as_of", lang),
                [LATEST, *months],
                key=AS_OF_KEY,
                format_func=lambda m: t("shell.as_of_latest", lang, month=format_month(months[0], lang))
                if m == LATEST
                else format_month(m, lang),
                help=t("shell.as_of_help", lang),
            )
        else:
            st.caption(t("common.no_data_yet", lang))
    cleared = st.session_state.pop(DEMO_CLEARED_KEY, None)
    if cleared is not None:
        st.toast(t("shell.demo_cleared", lang, count=format_number(cleared, lang)), icon=":material/check:")


def _demo_mark(ctx: AppContext) -> None:
    lang = ctx.language
    with st.container(border=True, key="shell.demo"):
        organisation = (ctx.strategy.organisation if ctx.strategy else "").strip()
        # An unreadable strategy has no name to show: the sentence then leaves the name out.
        if ctx.demo_data:
            st.badge(t("shell.demo_badge", lang), icon=":material/science:", color="violet")
            text = (
                t("shell.demo_text", lang, organisation=organisation)
                if organisation
                else t("shell.demo_text_unnamed", lang)
            )
        else:
            st.badge(t("shell.demo_strategy_badge", lang), icon=":material/science:", color="violet")
            text = (
                t("shell.demo_strategy_text", lang, organisation=organisation)
                if organisation
                else t("shell.demo_strategy_text_unnamed", lang)
            )
        st.caption(literal(text))
        if ctx.demo_data and "data" in ctx.pages and ctx.can_edit:
            if st.button(
                t("shell.start_own", lang),
                key="shell.start_own",
                icon=":material/rocket_launch:",
                type="primary",
                help=t("shell.start_own_help", lang),
                width="stretch",
            ):
                with st.spinner(t("shell.clearing_demo", lang)):
                    st.session_state[DEMO_CLEARED_KEY] = clear_demo(ctx.store, ctx.actor)
                st.switch_page(ctx.pages["data"])
        elif ctx.demo_strategy:
            page_link(ctx, "strategy", t("shell.own_strategy", lang), icon=":material/edit:")


def share_url(base_url: str | None, url_path: str, params: dict[str, str]) -> str:
    """Return the link to this view: the page's address with the view's query parameters."""
    base = base_url or ("/" + url_path if url_path else "/")
    parts = urlsplit(base)
    if not parts.path:
        # The Overview's address is the server's root: "http://host:8501" needs its "/" before the "?".
        base = urlunsplit(parts._replace(path="/"))
    query = urlencode(params)
    return f"{base}?{query}" if query else base


def render_share(ctx: AppContext, url_path: str) -> None:
    """Show a "Share this view" button that opens the link in a code box, whose copy button copies it."""
    params = {name: st.query_params[name] for name in st.query_params}
    params.setdefault("lang", ctx.language)
    # In a popover the code box is drawn only when opened: drawn on every page, it delayed the charts.
    label = t("shell.share_button", ctx.language)
    with st.sidebar, st.popover(label, icon=":material/link:", width="stretch", key="shell.share"):
        st.caption(t("shell.share", ctx.language))
        st.code(share_url(st.context.url, url_path, params), language=None, wrap_lines=True)
