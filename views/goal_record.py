"""The Goal page's record of the meeting: its decisions beside the chart, its notes, and the editors' forms."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

import pandas as pd
import streamlit as st

from connectors.store import NOTE_KINDS
from metrics.errors import GoalpostError
from views.context import AppContext
from views.i18n import format_date, format_date_range, format_number, t
from views.labels import audience_names, channel_names, tactic_name
from views.page_data import chart_notes, goal_decisions
from views.tables import literal, show_error

NO_CHOICE = ""


def goal_chart_notes(ctx: AppContext, goal: Mapping[str, Any]) -> pd.DataFrame:
    """Return the notes the goal's chart concerns: on every channel, on its channels or audiences, or on it."""
    goal_id = str(goal["id"])
    strategy_goal = ctx.strategy.goal(goal_id)
    channels = ctx.strategy.goal_channels(strategy_goal) or None
    audiences = list(strategy_goal.audiences) or None
    return chart_notes(ctx, channels=channels, audiences=audiences, goal=goal_id)


def render_decisions(ctx: AppContext, goal: Mapping[str, Any]) -> None:
    """Show the goal's decisions, newest first: date, who decided, what, and the change it made."""
    lang = ctx.language
    title = t("decisions.title", lang)
    st.markdown(f"**{literal(title)}**")
    decisions = goal_decisions(ctx, str(goal["id"]))
    if decisions.empty:
        st.caption(t("decisions.none", lang))
    for row in decisions.iloc[::-1].itertuples():
        with st.container(border=True, key=f"decision.{row.id}"):
            st.caption(
                literal(
                    t("decisions.when_who", lang, date=format_date(row.decided_on, lang), who=row.decided_by)
                )
            )
            st.markdown(literal(row.text))
            change = _change_text(ctx, row.change, row.strategy_version_id)
            if change:
                st.caption(literal(change))
    if ctx.can_edit:
        _decision_form(ctx, goal)


def _change_text(ctx: AppContext, change: dict | None, version: Any) -> str:
    lang = ctx.language
    if not change:
        return ""
    version_id = int(version) if pd.notna(version) else 0
    if "tactic" in change:
        return t(
            "decisions.changed_hours",
            lang,
            tactic=tactic_name(change["tactic"]),
            hours=format_number(change["hours"], lang),
            version=version_id,
        )
    return t(
        "decisions.changed_target", lang, target=format_number(change["target"], lang), version=version_id
    )


def _decision_form(ctx: AppContext, goal: Mapping[str, Any]) -> None:
    lang = ctx.language
    goal_id = str(goal["id"])
    tactics = [x.id for x in ctx.strategy.tactics if goal_id in x.to_achieve]
    with st.expander(t("decisions.add", lang), icon=":material/gavel:"), st.form("decision.form"):
        text = st.text_area(t("decisions.text", lang), key="decision.text", max_chars=2000)
        who = st.text_input(t("decisions.who", lang), key="decision.who", max_chars=320)
        day = st.date_input(
            t("decisions.date", lang), value=dt.date.today(), key="decision.date", format="YYYY-MM-DD"
        )
        change = st.radio(
            t("decisions.change", lang),
            ["none", "hours", "target"],
            format_func=lambda c: t(f"decisions.change_{c}", lang),
            key="decision.change",
            horizontal=True,
        )
        tactic = st.selectbox(
            t("decisions.tactic", lang), tactics, key="decision.tactic", format_func=tactic_name
        )
        hours = st.number_input(t("decisions.hours", lang), min_value=0.0, step=1.0, key="decision.hours")
        target = st.number_input(t("decisions.target", lang), value=None, key="decision.target")
        if not st.form_submit_button(t("decisions.save", lang)):
            return
    try:
        _, version = ctx.store.record_decision(
            goal_id,
            text,
            actor=ctx.actor,
            decided_by=who or ctx.actor.identity,
            decided_on=day,
            tactic=tactic if change == "hours" else None,
            hours=hours if change == "hours" else None,
            target=target if change == "target" else None,
        )
    except GoalpostError as err:
        show_error(err, lang)
        return
    st.toast(
        t("decisions.saved_version", lang, version=version) if version else t("decisions.saved", lang),
        icon=":material/check:",
    )
    st.rerun()


def render_notes(ctx: AppContext, goal: Mapping[str, Any]) -> None:
    """List the notes on the goal's timeline (kind, period, text), with the editors' form to add or remove one."""
    lang = ctx.language
    st.subheader(t("notes.title", lang), anchor=False)
    notes = goal_chart_notes(ctx, goal)
    if notes.empty:
        st.caption(t("notes.none", lang))
    channels = channel_names(ctx.strategy)
    audiences = audience_names(ctx.strategy, lang)
    for row in notes.itertuples():
        scope = [channels.get(row.channel, row.channel) if row.channel else None]
        scope += [audiences.get(row.audience, row.audience) if row.audience else None]
        scope += [t("notes.this_goal", lang) if row.goal else None]
        line = t(
            "notes.line",
            lang,
            kind=t(f"notes.kind_{row.kind}", lang),
            period=format_date_range(row.first_day, row.last_day, lang),
            text=row.text,
        )
        named = ", ".join(s for s in scope if s)
        columns = st.columns([6, 1]) if ctx.can_edit else [st.container()]
        columns[0].markdown(literal(line + (f" ({named})" if named else "")))
        if len(columns) > 1 and columns[1].button(
            t("notes.remove", lang), key=f"note.remove.{row.id}", icon=":material/delete:"
        ):
            try:
                ctx.store.remove_note(int(row.id), actor=ctx.actor)
            except GoalpostError as err:
                show_error(err, lang)
                return
            st.rerun()
    if ctx.can_edit:
        _note_form(ctx, goal)


def _note_form(ctx: AppContext, goal: Mapping[str, Any]) -> None:
    lang = ctx.language
    goal_id = str(goal["id"])
    channels = channel_names(ctx.strategy)
    audiences = audience_names(ctx.strategy, lang)
    with st.expander(t("notes.add", lang), icon=":material/sticky_note_2:"), st.form("note.form"):
        text = st.text_input(t("notes.text", lang), key="note.text", max_chars=500)
        kind = st.selectbox(
            t("notes.kind", lang),
            NOTE_KINDS,
            key="note.kind",
            format_func=lambda k: t(f"notes.kind_{k}", lang),
        )
        days = st.date_input(
            t("notes.days", lang),
            value=(dt.date.today(),),
            key="note.days",
            format="YYYY-MM-DD",
            help=t("notes.days_help", lang),
        )
        channel = st.selectbox(
            t("notes.channel", lang),
            [NO_CHOICE, *channels],
            key="note.channel",
            format_func=lambda c: channels.get(c, c) if c else t("notes.every_channel", lang),
        )
        audience = st.selectbox(
            t("notes.audience", lang),
            [NO_CHOICE, *audiences],
            key="note.audience",
            format_func=lambda a: audiences.get(a, a) if a else t("notes.every_audience", lang),
        )
        only_goal = st.checkbox(t("notes.only_goal", lang), key="note.only_goal")
        if not st.form_submit_button(t("notes.save", lang)):
            return
    picked = list(days) if isinstance(days, (tuple, list)) else [days]
    if not picked:
        st.warning(t("notes.pick_day", lang), icon=":material/event:")
        return
    try:
        ctx.store.add_note(
            text,
            picked[0],
            picked[-1],
            actor=ctx.actor,
            kind=kind,
            channel=channel or None,
            audience=audience or None,
            goal=goal_id if only_goal else None,
        )
    except GoalpostError as err:
        show_error(err, lang)
        return
    st.toast(t("notes.saved", lang), icon=":material/check:")
    st.rerun()
