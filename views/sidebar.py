"""The sidebar every page shares: language, the month the view is measured at, the demo mark, the share link."""

from __future__ import annotations

import datetime as dt
import os
from urllib.parse import urlencode, urlsplit, urlunsplit

import streamlit as st

from connectors.access import LINK_PARAMETER, MAX_LINK_DAYS, PUBLIC_URL_ENV_VAR, create_meeting_link
from connectors.store import DEFAULT_WORKSPACE, workspaces_of
from metrics.access import VIA_LOCAL
from metrics.errors import GoalpostError
from views.access import LINK_KEY, Visit, sign_out
from views.context import (
    AS_OF_KEY,
    LANGUAGE_KEY,
    LATEST,
    WORKSPACE_KEY,
    WORKSPACE_PARAMETER,
    AppContext,
    as_of_label,
    page_link,
)
from views.demo import clear_demo
from views.i18n import LANGUAGES, format_date, format_month, format_number, t
from views.messages import error_text
from views.pinned import render_pin_button
from views.present_model import EVERY_PARAMETER, HALL_EVERY_SECONDS, PRESENT_PARAMETER
from views.tables import literal

LANGUAGE_LABEL = "Language · Språk · Sprog · Kieli"
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


WORKSPACE_CHOICE_KEY = "shell.workspace_choice"
"""Session: the sidebar's workspace choice (the workspace itself is WORKSPACE_KEY, set on change)."""
VIEW_PARAMETERS_OF_ONE_WORKSPACE = ("pinned", "goal", "as_of", "channel", "audience")
"""Query parameters naming things of one workspace: left behind when switching to another."""


def render_workspaces(ctx: AppContext, visit: Visit) -> None:
    """Show the workspace switch: only the workspaces the visitor belongs to; none without other workspaces."""
    if not ctx.several_workspaces or visit.link is not None or ctx.home_store is None:
        return
    lang = ctx.language
    try:
        mine = workspaces_of(
            ctx.home_store, visit.signed_in or visit.actor, in_default=visit.signed_in is not None
        )
    except GoalpostError:
        return
    names = {
        w.id: (t("shell.workspace_default", lang) if w.id == DEFAULT_WORKSPACE else w.name) for w in mine
    }
    if ctx.workspace not in names:
        return
    st.session_state[WORKSPACE_CHOICE_KEY] = ctx.workspace

    def switch() -> None:
        chosen = st.session_state[WORKSPACE_CHOICE_KEY]
        st.session_state[WORKSPACE_KEY] = chosen
        st.session_state[AS_OF_KEY] = LATEST  # months are the other workspace's
        for name in VIEW_PARAMETERS_OF_ONE_WORKSPACE:
            if name in st.query_params:
                del st.query_params[name]
        st.query_params[WORKSPACE_PARAMETER] = chosen

    with st.sidebar:
        st.selectbox(
            t("shell.workspace", lang),
            list(names),
            key=WORKSPACE_CHOICE_KEY,
            format_func=names.__getitem__,
            on_change=switch,
            disabled=len(names) < 2,
            help=t("shell.workspace_help", lang),
        )


def render_workspace_name(ctx: AppContext) -> None:
    """Show, above the page, which workspace it is of (nothing in the default workspace)."""
    # The sidebar's choice is folded away on a phone: without this line nobody sees whose numbers these are.
    if ctx.workspace == DEFAULT_WORKSPACE or not ctx.workspace_name:
        return
    text = literal(t("shell.workspace_caption", ctx.language, name=ctx.workspace_name))
    st.caption(f":material/domain: {text}")


def render_sidebar(ctx: AppContext) -> None:
    """Show the shared sidebar controls (their values are read by get_context on the next run)."""
    lang = ctx.language
    with st.sidebar:
        if ctx.is_demo:
            _demo_mark(ctx)
        st.selectbox(LANGUAGE_LABEL, list(LANGUAGES), key=LANGUAGE_KEY, format_func=LANGUAGES.__getitem__)
        months = list(ctx.data_months)
        if ctx.pin is not None:
            # A pinned view keeps the month it was presented at; the banner leads back to choosing one.
            st.selectbox(
                t("shell.as_of", lang),
                [ctx.pin.as_of_month],
                key="shell.as_of_pinned",
                format_func=lambda m: format_month(m, lang),
                disabled=True,
            )
        elif months:
            st.selectbox(
                t("shell.as_of", lang),
                [LATEST, *months],
                key=AS_OF_KEY,
                format_func=lambda m: t("shell.as_of_latest", lang, month=as_of_label(ctx, months[0], lang))
                if m == LATEST
                else as_of_label(ctx, m, lang),
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


def public_url() -> str | None:
    """Return the address people reach Goalpost on when GOALPOST_PUBLIC_URL says it (behind a proxy), else None."""
    return os.environ.get(PUBLIC_URL_ENV_VAR, "").strip() or None


def page_address(
    public: str | None, browser_url: str | None, url_path: str, *, own_path: bool = True
) -> str | None:
    """Return a page's address as others reach it: on GOALPOST_PUBLIC_URL when set, else on the browser's.

    own_path: the browser's URL is this very page (the share box); else only its server part is kept.
    """
    if public:
        return public.rstrip("/") + ("/" + url_path if url_path else "/")
    if browser_url and not own_path:
        parts = urlsplit(browser_url)
        return urlunsplit((parts.scheme, parts.netloc, "/" + url_path, "", ""))
    return browser_url


def render_share(ctx: AppContext, url_path: str) -> None:
    """Show "Share this view": the link (pinned to the month or following the latest), and meeting links."""
    lang = ctx.language
    params = {name: st.query_params[name] for name in st.query_params if name != LINK_PARAMETER}
    params.setdefault("lang", lang)
    address = page_address(public_url(), st.context.url, url_path)
    # In a popover the code box is drawn only when opened: drawn on every page, it delayed the charts.
    label = t("shell.share_button", lang)
    with st.sidebar, st.popover(label, icon=":material/link:", width="stretch", key="shell.share"):
        if ctx.as_of_month and ctx.pin is None:
            pinned = st.toggle(
                t("shell.pin_month", lang, month=format_month(ctx.as_of_month, lang)),
                value="as_of" in params,
                key="shell.pin",
            )
            if pinned:
                params["as_of"] = ctx.as_of_month
                st.caption(t("shell.pinned_help", lang, month=format_month(ctx.as_of_month, lang)))
            else:
                params.pop("as_of", None)
                st.caption(t("shell.following_help", lang))
        if ctx.link_view:
            # A meeting link's guest passes on the meeting link itself: without it the view does not open.
            params[LINK_PARAMETER] = st.query_params.get(LINK_PARAMETER) or st.session_state.get(LINK_KEY, "")
        st.caption(t("shell.share", lang))
        st.code(share_url(address, url_path, params), language=None, wrap_lines=True)
        render_pin_button(ctx)
        _present_links(address, url_path, params, lang)
        if ctx.is_editor:  # also from a pinned view: a meeting link then carries the pin
            _meeting_link_form(ctx, address, url_path, params)
    with st.sidebar:
        # Touch screens have no hover, so the code box's copy button is always shown (a fixed rule, no user text).
        st.html(COPY_BUTTON_STYLE)


def _present_links(address: str | None, url_path: str, params: dict[str, str], lang: str) -> None:
    """Show "Present" (the agenda, then one goal a screen) and the same on a timer for a screen in the hall."""
    presented = {**params, PRESENT_PARAMETER: "1"}
    with st.container(horizontal=True, key="shell.present"):
        st.link_button(
            t("shell.present", lang),
            share_url(address, url_path, presented),
            icon=":material/slideshow:",
            help=t("shell.present_help", lang),
        )
        st.link_button(
            t("shell.present_hall", lang, seconds=HALL_EVERY_SECONDS),
            share_url(address, url_path, {**presented, EVERY_PARAMETER: str(HALL_EVERY_SECONDS)}),
            icon=":material/autoplay:",
            help=t("shell.present_hall_help", lang, seconds=HALL_EVERY_SECONDS),
        )


COPY_BUTTON_STYLE = """<style>
[data-testid="stCode"] div:has(> div > [data-testid="stElementToolbarButton"]),
[data-testid="stCode"] div:has(> [data-testid="stElementToolbarButton"]) {
  opacity: 1 !important; visibility: visible !important;
}
</style>"""


def _meeting_link_form(ctx: AppContext, address: str | None, url_path: str, params: dict[str, str]) -> None:
    lang = ctx.language
    st.divider()
    st.markdown(f"**{t('shell.meeting_title', lang)}**")
    st.caption(t("shell.meeting_help", lang))
    today = dt.date.today()
    default_label = t(
        "shell.meeting_default_label",
        lang,
        month=format_month(ctx.as_of_month, lang) if ctx.as_of_month else format_date(today, lang),
    )
    with st.form("shell.meeting", border=False, clear_on_submit=False):
        label = st.text_input(t("shell.meeting_label", lang), value=default_label, key="shell.meeting_label")
        until = st.date_input(
            t("shell.meeting_until", lang),
            value=today + dt.timedelta(days=MEETING_LINK_DAYS),
            min_value=today,
            max_value=today + dt.timedelta(days=MAX_LINK_DAYS),
            key="shell.meeting_until",
            format="YYYY-MM-DD",
        )
        made = st.form_submit_button(t("shell.meeting_make", lang), icon=":material/add_link:")
    if made:
        try:
            link, token = create_meeting_link(
                ctx.store, ctx.actor, {**params, "page": url_path or "overview"}, until, label
            )
        except GoalpostError as problem:
            st.error(literal(error_text(problem, lang)), icon=":material/error:")
            return
        st.session_state[MEETING_LINK_MADE] = (
            link.id,
            share_url(address, url_path, {**params, LINK_PARAMETER: token}),
        )
    made_link = st.session_state.get(MEETING_LINK_MADE)
    if made_link:
        st.caption(t("shell.meeting_made", lang, id=made_link[0]))
        st.code(made_link[1], language=None, wrap_lines=True)


MEETING_LINK_DAYS = 30
"""A meeting link opens for a month by default: long enough for the minutes, short enough to be forgotten."""
MEETING_LINK_MADE = "shell.meeting_made"
