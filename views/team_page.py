"""Team: the meeting links handed out (editors), and who may sign in with which role, and which Google Sheets
may be read (admins). Every change goes through the library, which checks the role again."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pandas as pd
import streamlit as st

from connectors.access import (
    LINK_PARAMETER,
    accounts,
    add_account,
    link_token,
    meeting_links,
    parse_rule,
    remove_account,
    revoke_meeting_link,
    set_account_role,
    set_password,
    sign_in_setup,
    stored_rules,
)
from connectors.access.role_rules import save_rules
from connectors.sheets import allowed_spreadsheets, save_allowed_spreadsheets
from connectors.store import (
    DEFAULT_WORKSPACE,
    create_workspace,
    is_deployment_admin,
    members,
    remove_member,
    set_member,
    workspaces,
)
from metrics.access import ROLE_NAMES, Role, parse_role
from metrics.errors import GoalpostError
from views.access import deployment_secrets
from views.context import WORKSPACE_PARAMETER, AppContext
from views.i18n import format_date, t
from views.messages import error_text
from views.sidebar import page_address, public_url, share_url
from views.tables import literal, safe_table

DONE = "team.done"
"""Session: the sentence saying what the last action on this page did, shown once after the rerun."""
ADDED_WORKSPACE = "team.workspace_added"
"""Session: the id and name of the workspace just added on this page, offered to open once after the rerun."""
WORKSPACE_FIELDS = ("team.workspace_id", "team.workspace_name")
"""The add-a-workspace form's fields: kept on a refusal to be corrected, emptied once the workspace is added."""


def render(ctx: AppContext) -> None:
    """Show the Team page (editors see the meeting links; admins also manage accounts, roles and sheets)."""
    lang = ctx.language
    st.title(t("nav.team", lang), anchor=False)
    done = st.session_state.pop(DONE, None)
    if done:
        st.success(literal(done), icon=":material/check:")
    _open_added_workspace(ctx)
    is_admin = ctx.actor is not None and ctx.actor.may(Role.ADMIN)
    # Only an admin of the default workspace adds workspaces, from whichever workspace they are in.
    adds_workspaces = is_deployment_admin(ctx.signed_in)
    sections = [(t("team.links", lang), _links)]
    if is_admin and ctx.workspace != DEFAULT_WORKSPACE:
        # Accounts and role rules are the deployment's (sign-in); a workspace has its members instead.
        sections += [(t("team.members", lang), _members), (t("team.sheets", lang), _sheets)]
    elif is_admin:
        sections += [
            (t("team.accounts", lang), _accounts),
            (t("team.rules", lang), _rules),
            (t("team.sheets", lang), _sheets),
        ]
    if adds_workspaces:
        sections.append((t("team.workspaces", lang), _workspaces))
    tabs = st.tabs([title for title, _ in sections])
    for tab, (_, draw) in zip(tabs, sections, strict=True):
        with tab:
            draw(ctx)


def _act(ctx: AppContext, action, done_text: str) -> None:
    """Run one change through the library; on success keep the sentence for the rerun, else show why."""
    try:
        action()
    except GoalpostError as problem:
        st.error(literal(error_text(problem, ctx.language)), icon=":material/error:")
        return
    st.session_state[DONE] = done_text
    st.rerun()


def _links(ctx: AppContext) -> None:
    lang = ctx.language
    is_admin = ctx.actor is not None and ctx.actor.may(Role.ADMIN)
    st.caption(t("team.links_help", lang))
    found = meeting_links(ctx.store)
    if not found:
        st.info(t("team.no_links", lang), icon=":material/link:")
        return
    today = dt.date.today()
    table = pd.DataFrame(
        [
            {
                t("team.col_no", lang): link.id,
                t("team.col_name", lang): link.label,
                t("team.col_page", lang): t(f"nav.{link.view.get('page', 'overview')}", lang),
                t("team.col_by", lang): link.created_by,
                t("team.col_until", lang): format_date(link.expires_on, lang),
                t("team.col_status", lang): t(f"team.status.{link.status(today)}", lang),
            }
            for link in found
        ]
    )
    st.dataframe(safe_table(table), hide_index=True, width="stretch", key="team.links_table")
    mine = [
        link
        for link in found
        if link.status(today) == "open" and (is_admin or link.created_by == ctx.actor.identity)
    ]
    if not mine:
        return
    chosen = st.selectbox(
        t("team.link_choose", lang),
        [link.id for link in mine],
        format_func=lambda i: next(f"{link.id} · {link.label}" for link in mine if link.id == i),
        key="team.link_choice",
    )
    show, revoke = st.columns(2)
    if show.button(t("team.link_show", lang), key="team.link_show", icon=":material/visibility:"):
        link = next(link for link in mine if link.id == chosen)
        page = link.view.get("page", "overview")
        page = "" if page == "overview" else page
        view = {k: v for k, v in link.view.items() if k != "page"}
        url = share_url(page_address(public_url(), st.context.url, page, own_path=False), page, view)
        st.code(f"{url}&{LINK_PARAMETER}={link_token(ctx.store, link.id)}", language=None, wrap_lines=True)
    if revoke.button(t("team.link_revoke", lang), key="team.link_revoke", icon=":material/link_off:"):
        _act(
            ctx,
            lambda: revoke_meeting_link(ctx.store, ctx.actor, chosen),
            t("team.link_revoked", lang, id=chosen),
        )


def _accounts(ctx: AppContext) -> None:
    lang = ctx.language
    st.caption(t("team.accounts_help", lang))
    found = accounts(ctx.store)
    if found:
        table = pd.DataFrame(
            [
                {
                    t("team.col_email", lang): account.email,
                    t("team.col_role", lang): t(f"access.role.{account.role.label}", lang),
                    t("team.col_by", lang): account.created_by or "",
                    t("team.col_since", lang): format_date(account.created_at.date(), lang),
                }
                for account in found
            ]
        )
        st.dataframe(safe_table(table), hide_index=True, width="stretch", key="team.accounts_table")
    with st.form("team.add", clear_on_submit=True):
        st.markdown(f"**{t('team.add_title', lang)}**")
        if not found:
            # The first account turns password sign-in on for everyone, this browser included.
            st.warning(t("team.first_account", lang), icon=":material/lock:")
        email = st.text_input(t("access.email", lang), key="team.add_email")
        role = _role_picker(st, lang, "team.add_role")
        password = st.text_input(t("team.first_password", lang), type="password", key="team.add_password")
        st.caption(t("team.first_password_help", lang))
        if st.form_submit_button(t("team.add_button", lang), icon=":material/person_add:"):
            _act(
                ctx,
                lambda: add_account(ctx.store, ctx.actor, email, parse_role(role), password),
                t("team.added", lang, email=email.strip().lower()),
            )
    if not found:
        return
    st.markdown(f"**{t('team.change_title', lang)}**")
    who = st.selectbox(t("team.col_email", lang), [a.email for a in found], key="team.change_who")
    role_column, role_button = st.columns([2, 1], vertical_alignment="bottom")
    new_role = _role_picker(role_column, lang, "team.change_role")
    if role_button.button(t("team.change_role_button", lang), key="team.change_role_button"):
        _act(
            ctx,
            lambda: set_account_role(ctx.store, ctx.actor, who, parse_role(new_role)),
            t("team.role_changed", lang, email=who, role=t(f"access.role.{new_role}", lang)),
        )
    password_column, password_button = st.columns([2, 1], vertical_alignment="bottom")
    new_password = password_column.text_input(
        t("team.new_password", lang), type="password", key="team.new_password"
    )
    if password_button.button(t("team.password_button", lang), key="team.password_button"):
        _act(
            ctx,
            lambda: set_password(ctx.store, ctx.actor, who, new_password),
            t("team.password_set", lang, email=who),
        )
    if st.button(
        t("team.remove_button", lang, email=who), key="team.remove", icon=":material/person_remove:"
    ):
        _act(ctx, lambda: remove_account(ctx.store, ctx.actor, who), t("team.removed", lang, email=who))


def _members(ctx: AppContext) -> None:
    lang = ctx.language
    st.caption(t("team.members_help", lang))
    found = members(ctx.home_store, ctx.workspace)
    if found:
        table = pd.DataFrame(
            [
                {
                    t("team.col_email", lang): member.email,
                    t("team.col_role", lang): t(f"access.role.{member.role.label}", lang),
                }
                for member in found
            ]
        )
        st.dataframe(safe_table(table), hide_index=True, width="stretch", key="team.members_table")
    with st.form("team.member_add", clear_on_submit=True):
        email = st.text_input(t("access.email", lang), key="team.member_email")
        role = _role_picker(st, lang, "team.member_role")
        if st.form_submit_button(t("team.member_add_button", lang), icon=":material/person_add:"):
            _act(
                ctx,
                lambda: set_member(ctx.home_store, ctx.actor, ctx.workspace, email, parse_role(role)),
                t(
                    "team.member_added",
                    lang,
                    email=email.strip().lower(),
                    role=t(f"access.role.{role}", lang),
                ),
            )
    if not found:
        return
    who = st.selectbox(t("team.col_email", lang), [m.email for m in found], key="team.member_who")
    if st.button(
        t("team.remove_button", lang, email=who), key="team.member_remove", icon=":material/person_remove:"
    ):
        _act(
            ctx,
            lambda: remove_member(ctx.home_store, ctx.actor, ctx.workspace, who),
            t("team.removed", lang, email=who),
        )


def _workspaces(ctx: AppContext) -> None:
    lang = ctx.language
    st.caption(t("team.workspaces_help", lang))
    found = workspaces(ctx.home_store)
    table = pd.DataFrame(
        [
            {
                t("team.col_workspace_id", lang): w.id,
                t("team.col_name", lang): t("shell.workspace_default", lang)
                if w.id == DEFAULT_WORKSPACE
                else w.name,
                t("team.col_by", lang): w.created_by or "",
                t("team.col_since", lang): format_date(w.created_at.date(), lang) if w.created_at else "",
            }
            for w in found
        ]
    )
    st.dataframe(safe_table(table), hide_index=True, width="stretch", key="team.workspaces_table")
    # Not cleared on submit: a refused id stays in the field, to be corrected rather than typed again.
    with st.form("team.workspace_add"):
        title = t("team.workspace_add_title", lang)
        st.markdown(f"**{title}**")
        # Side by side on a wide screen (a short id does not need the page's width); stacked on a phone.
        id_column, name_column = st.columns(2)
        workspace_id = id_column.text_input(
            t("team.workspace_id", lang),
            key="team.workspace_id",
            placeholder=t("team.workspace_id_example", lang),
            help=t("team.workspace_id_help", lang),
        )
        name = name_column.text_input(
            t("team.workspace_name", lang),
            key="team.workspace_name",
            placeholder=t("team.workspace_name_example", lang),
            help=t("team.workspace_name_help", lang),
        )
        if st.form_submit_button(t("team.workspace_add_button", lang), icon=":material/domain_add:"):
            _add_workspace(ctx, workspace_id, name)


def _add_workspace(ctx: AppContext, workspace_id: str, name: str) -> None:
    """Add the workspace through the library (which checks the role again); say what happened."""
    lang = ctx.language
    try:
        made = create_workspace(ctx.home_store, ctx.signed_in, workspace_id, name)
    except GoalpostError as problem:
        st.error(literal(error_text(problem, lang)), icon=":material/error:")
        return
    for field_key in WORKSPACE_FIELDS:
        st.session_state.pop(field_key, None)
    st.session_state[DONE] = t("team.workspace_added", lang, name=made.name, workspace=made.id)
    st.session_state[ADDED_WORKSPACE] = (made.id, made.name)
    st.rerun()


def _open_added_workspace(ctx: AppContext) -> None:
    """Offer, once, to open the workspace just added: its Overview, in this tab."""
    added = st.session_state.pop(ADDED_WORKSPACE, None)
    overview = ctx.pages.get("overview")
    if not added or overview is None:
        return
    workspace_id, name = added
    st.page_link(
        overview,
        label=literal(t("team.workspace_open", ctx.language, name=name)),
        icon=":material/arrow_forward:",
        query_params={WORKSPACE_PARAMETER: workspace_id, "lang": ctx.language},
    )


def _rules(ctx: AppContext) -> None:
    lang = ctx.language
    st.caption(t("team.rules_help", lang))
    setup = sign_in_setup(deployment_secrets(), None)
    if setup.fixed_rules:
        st.markdown(f"**{t('team.fixed_rules', lang)}**")
        fixed = pd.DataFrame(
            [
                {
                    t("team.col_rule", lang): r.written,
                    t("team.col_role", lang): t(f"access.role.{r.role.label}", lang),
                }
                for r in setup.fixed_rules
            ]
        )
        st.dataframe(safe_table(fixed), hide_index=True, width="stretch", key="team.fixed_rules")
    rows = pd.DataFrame(
        [{"rule": r.written, "role": r.role.label} for r in stored_rules(ctx.store)], columns=["rule", "role"]
    )
    edited = st.data_editor(
        rows,
        num_rows="dynamic",
        hide_index=True,
        width="stretch",
        key="team.rules_editor",
        column_config={
            "rule": st.column_config.TextColumn(t("team.col_rule", lang), help=t("team.rule_help", lang)),
            "role": st.column_config.SelectboxColumn(t("team.col_role", lang), options=list(ROLE_NAMES)),
        },
    )
    if st.button(t("team.rules_save", lang), key="team.rules_save", type="primary"):

        def save() -> None:
            rules = [
                parse_rule(str(row["rule"]), parse_role(str(row["role"] or "viewer")))
                for row in edited.to_dict("records")
                if str(row.get("rule") or "").strip()
            ]
            save_rules(ctx.store, ctx.actor, rules)

        _act(ctx, save, t("team.rules_saved", lang))


def _sheets(ctx: AppContext) -> None:
    lang = ctx.language
    st.caption(t("team.sheets_help", lang))
    current = "\n".join(allowed_spreadsheets(ctx.store))
    text = st.text_area(t("team.sheets_label", lang), value=current, key="team.sheets_text", height=120)
    if st.button(t("team.sheets_save", lang), key="team.sheets_save", type="primary"):
        _act(
            ctx,
            lambda: save_allowed_spreadsheets(ctx.store, ctx.actor, text.splitlines()),
            t("team.sheets_saved", lang),
        )


def _role_picker(place: Any, lang: str, key: str) -> str:
    """Return the role name chosen in a role list drawn in the place (the page, or one of its columns)."""
    return place.selectbox(
        t("team.col_role", lang), ROLE_NAMES, format_func=lambda r: t(f"access.role.{r}", lang), key=key
    )
