"""Who is looking: sign-in (OpenID Connect through st.login, or Goalpost's own accounts), meeting links,
and the open mode of a Goalpost on one computer. Every page view starts here and gets an Actor, or stops.

The role checks themselves are in the library (metrics.access.require): this only finds out who it is.
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import NoReturn

import streamlit as st

from connectors.access import (
    LINK_PARAMETER,
    OPEN_ENV_VAR,
    UNKNOWN_ADDRESS,
    LinkRefused,
    MeetingLink,
    SignInRefused,
    SignInSetup,
    is_loopback,
    open_meeting_link,
    role_for,
    session_actor,
    sign_in,
    sign_in_setup,
    stored_rules,
)
from connectors.store import (
    DEFAULT_WORKSPACE,
    Store,
    WorkspaceRefused,
    utc_now,
    workspace_actor,
    workspaces_of,
)
from metrics.access import VIA_LOCAL, VIA_OIDC, Actor, Role
from metrics.errors import GoalpostError
from views.i18n import t
from views.messages import error_text
from views.return_to import keep_address, restore_address
from views.tables import literal, show_error

SESSION_KEY = "access.session"
"""Session: (e-mail, signed-in time UTC) of a password sign-in."""
LINK_KEY = "access.link"
"""Session: the token of the meeting link this browser tab opened (kept when the URL loses it)."""


@dataclass(frozen=True)
class Visit:
    """Who is looking and how: the actor, the sign-in setup, and the meeting link when one was opened."""

    actor: Actor
    setup: SignInSetup
    link: MeetingLink | None = None
    open_to_all: bool = False
    """True when started with --open: anyone who reaches the server may change data (a red banner says so)."""
    signed_in: Actor | None = None
    """Who signed in, with their role in the default workspace (None: a meeting link, or members only)."""
    workspace: str = DEFAULT_WORKSPACE
    """The workspace the visitor was let into; `actor` carries their role there."""


def deployment_secrets() -> dict:
    """Return the secrets as a plain mapping ({} when there is no secrets file)."""
    if not st.secrets.load_if_toml_exists():
        return {}
    return {name: st.secrets[name] for name in st.secrets}


def current_visit(
    store: Store,
    lang: str,
    url_paths: Sequence[str] = (),
    workspace: str = DEFAULT_WORKSPACE,
    workspace_store: Callable[[str], Store] | None = None,
) -> Visit:
    """Return who is looking at this page view; shows the sign-in screen (or a refusal) and stops when nobody is.

    `store` is the deployment's own; in another workspace the visitor must be a member of it, else a plain
    refusal is all the page shows. A meeting link is opened in the store of its workspace (`workspace_store`).
    A store that cannot be read (busy, damaged) stops the page with its plain message, before any sign-in.
    """
    visit = None
    try:
        visit = _visit(store, lang, url_paths, workspace, workspace_store)
        if visit.link is not None:
            return replace(
                visit, workspace=workspace
            )  # checked in its own workspace's store: opens there only
        if workspace == DEFAULT_WORKSPACE and visit.signed_in is None:
            # Someone with roles in other workspaces only: open the first of theirs.
            mine = workspaces_of(store, visit.actor, in_default=False)
            if mine:
                workspace = mine[0].id
                st.query_params["workspace"] = workspace
        return replace(visit, actor=workspace_actor(store, visit.actor, workspace), workspace=workspace)
    except WorkspaceRefused as refused:
        text = literal(error_text(refused, lang))
        _only(lambda: _refusal(text, lang, visit), url_paths)
    except GoalpostError as problem:
        unreadable = problem
    _only(lambda: show_error(unreadable, lang), url_paths)


def _refusal(text: str, lang: str, visit: Visit | None) -> None:
    st.warning(text, icon=":material/domain_disabled:")
    signed = visit is not None and visit.actor.via != VIA_LOCAL and visit.link is None
    if signed and st.button(
        t("access.sign_out", lang), key="access.sign_out_workspace", icon=":material/logout:"
    ):
        sign_out(visit)


def _visit(
    store: Store,
    lang: str,
    url_paths: Sequence[str],
    workspace: str = DEFAULT_WORKSPACE,
    workspace_store: Callable[[str], Store] | None = None,
) -> Visit:
    """Return who is looking, as current_visit (see there); store errors are left to it.

    url_paths are the dashboard's page addresses (the default page first): a screen shown instead of a page
    keeps the address the visitor came with (a shared deep link survives the password form), and hides the
    navigation, also one a signed-out session still had from before.
    """
    setup = sign_in_setup(deployment_secrets(), store)
    token = st.query_params.get(LINK_PARAMETER) or st.session_state.get(LINK_KEY)
    if token:
        links = (
            store if workspace == DEFAULT_WORKSPACE or workspace_store is None else workspace_store(workspace)
        )
        return _link_visit(links, setup, token, lang, url_paths)
    if not setup.configured:
        return _open_visit(setup, lang, url_paths)
    if setup.oidc_providers and st.user.is_logged_in:
        actor, in_default = _oidc_actor(store, setup, lang, url_paths, workspace)
        # The provider sent the browser to the root: back to the shared view it was opened on, once.
        restore_address()
        return Visit(actor, setup, signed_in=actor if in_default else None)
    signed = st.session_state.get(SESSION_KEY)
    ended = False
    if signed:
        actor = session_actor(store, signed[0], signed[1])
        if actor is not None:
            return Visit(actor, setup, signed_in=actor)
        st.session_state.pop(SESSION_KEY, None)
        ended = True

    def screen() -> None:
        if ended:
            st.info(t("access.session_ended", lang), icon=":material/schedule:")
        _sign_in_screen(store, setup, lang)

    _only(screen, url_paths)


def _only(draw: Callable[[], None], url_paths: Sequence[str]) -> NoReturn:
    """Show draw() as the whole page, with no navigation and no sidebar, and stop the run.

    Drawn as every page of a hidden navigation, so the address (page and query) stays as it came, and the
    navigation a session drew before (signed in, then signed out) is replaced by none.
    """

    def centred() -> None:
        # The same narrow middle column as the sign-in form: a long line across a wide screen is hard to read.
        with st.columns([1, 2, 1])[1]:
            draw()

    if url_paths:
        pages = [
            st.Page(centred, title="Goalpost", url_path=path, default=index == 0)
            for index, path in enumerate(url_paths)
        ]
        st.navigation(pages, position="hidden").run()
    else:
        centred()
    st.stop()


def visit_ended(store: Store, link_store: Store | None = None) -> bool:
    """Return True when this tab's meeting link or password sign-in no longer holds (revoked, expired, changed).

    `store` keeps the accounts (the deployment's own); `link_store` the meeting links (the workspace's).
    """
    token = st.session_state.get(LINK_KEY)
    if token:
        try:
            open_meeting_link(link_store or store, token)
        except LinkRefused:
            return True
        return False
    signed = st.session_state.get(SESSION_KEY)
    return bool(signed) and session_actor(store, signed[0], signed[1]) is None


def sign_out(visit: Visit) -> None:
    """End this browser's sign-in: the provider's cookie for OpenID, the session for a password."""
    st.session_state.pop(SESSION_KEY, None)
    if visit.actor.via == VIA_OIDC:
        # st.logout() sends the browser to /auth/logout, which clears the identity cookie. A rerun here would
        # start a new run that drops that message, and the cookie would sign the browser in again: stop.
        st.logout()
        st.stop()
    st.rerun()


def _link_visit(store: Store, setup: SignInSetup, token: str, lang: str, url_paths: Sequence[str]) -> Visit:
    try:
        link = open_meeting_link(store, token)
    except LinkRefused as refused:
        # A withdrawn or expired link shows its plain message and nothing else: no page, no sidebar.
        st.session_state.pop(LINK_KEY, None)
        text = literal(error_text(refused, lang))
        _only(lambda: st.warning(text, icon=":material/link_off:"), url_paths)
    st.session_state[LINK_KEY] = token
    return Visit(link.actor, setup, link=link)


def _open_visit(setup: SignInSetup, lang: str, url_paths: Sequence[str]) -> Visit:
    address = st.get_option("server.address")
    open_to_all = os.environ.get(OPEN_ENV_VAR) == "1"
    # Listening on 127.0.0.1 is not enough: a proxy on this machine brings the whole network to it.
    reached_as = _reached_from_afar()
    if (not is_loopback(address) or reached_as) and not open_to_all:
        text = t("access.refuse_open", lang, address=reached_as or address or "0.0.0.0")
        _only(lambda: st.error(text, icon=":material/lock:"), url_paths)
    # On one computer the person at it runs the server: the ledger names them by their account there.
    who = t("access.open_identity", lang) if open_to_all else _local_user()
    actor = Actor(who, Role.ADMIN, VIA_LOCAL)
    return Visit(actor, setup, open_to_all=open_to_all, signed_in=actor)


def _request_headers() -> Mapping[str, str]:
    """Return the headers of the request that opened this session ({} where there are none, as in tests)."""
    headers = st.context.headers
    return headers if isinstance(headers, Mapping) or hasattr(headers, "to_dict") else {}


def _reached_from_afar() -> str | None:
    """Return the name this page was reached by when that is not this computer (a proxy, a network name)."""
    headers = _request_headers()
    forwarded = headers.get("X-Forwarded-For") or headers.get("Forwarded") or headers.get("X-Forwarded-Host")
    host = str(headers.get("Host") or "")
    name = host.rsplit("]", 1)[0].lstrip("[") if host.startswith("[") else host.rsplit(":", 1)[0]
    if forwarded or (name and not is_loopback(name)):
        return str(headers.get("X-Forwarded-Host") or name or "a proxy")
    return None


def _local_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "local user"


def _oidc_actor(
    store: Store, setup: SignInSetup, lang: str, url_paths: Sequence[str], workspace: str = DEFAULT_WORKSPACE
) -> tuple[Actor, bool]:
    """Return the provider's user with their role in the default workspace, and whether they have one there."""
    email = str(st.user.get("email") or "").strip().lower()
    groups = st.user.get(setup.groups_claim) or []
    if isinstance(groups, str):
        groups = [groups]
    role = role_for(email, list(groups), [*setup.fixed_rules, *stored_rules(store)])
    member_only = Actor(email, Role.VIEWER, VIA_OIDC)
    if (
        role is None
        and email
        and (workspace != DEFAULT_WORKSPACE or workspaces_of(store, member_only, in_default=False))
    ):
        # No role in the default workspace, but perhaps in others: their membership decides, next.
        return member_only, False
    if role is None:

        def no_role() -> None:
            st.warning(literal(t("access.no_role", lang, email=email or "?")), icon=":material/person_off:")
            if st.button(t("access.sign_out", lang), key="access.sign_out_norole", icon=":material/logout:"):
                st.logout()

        _only(no_role, url_paths)
    return Actor(email, role, VIA_OIDC), True


def _sign_in_screen(store: Store, setup: SignInSetup, lang: str) -> None:
    st.title(t("access.title", lang), anchor=False)
    st.caption(t("access.intro", lang))
    for provider in setup.oidc_providers:
        name = provider.replace("_", " ").title() if provider else t("access.your_organisation", lang)
        if st.button(
            t("access.oidc_button", lang, provider=name),
            key=f"access.oidc.{provider or 'default'}",
            icon=":material/login:",
            type="primary",
            width="stretch",
        ):
            st.login(provider) if provider else st.login()
    if setup.passwords:
        if setup.oidc_providers:
            st.divider()
        _password_form(store, lang)
    if setup.oidc_providers:
        # Last, as it draws nothing: st.login returns to the root, and this keeps the view to go back to.
        keep_address()


def _password_form(store: Store, lang: str) -> None:
    # Cleared on submit: the password does not stay in the session once it has been checked.
    with st.form("access.password", border=True, enter_to_submit=True, clear_on_submit=True):
        email = st.text_input(t("access.email", lang), key="access.email", autocomplete="username")
        password = st.text_input(
            t("access.password", lang),
            type="password",
            key="access.password_text",
            autocomplete="current-password",
        )
        submitted = st.form_submit_button(t("access.sign_in", lang), type="primary", width="stretch")
    if not submitted:
        return
    try:
        address = st.context.ip_address
        actor = sign_in(
            store, email, password, address if isinstance(address, str) and address else UNKNOWN_ADDRESS
        )
    except SignInRefused as refused:
        st.error(literal(error_text(refused, lang)), icon=":material/error:")
        return
    except GoalpostError as problem:
        st.error(literal(error_text(problem, lang)), icon=":material/error:")
        return
    st.session_state[SESSION_KEY] = (actor.identity, utc_now())
    st.rerun()
