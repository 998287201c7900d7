"""The numbers as presented: the banner of a pinned view, the switch back to today, and "Pin this version"."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from metrics.errors import GoalpostError
from views.context import PINNED_PARAMETER, AppContext, page_link
from views.i18n import format_date, format_month, t
from views.tables import literal, show_error


def render_pinned_banner(ctx: AppContext) -> None:
    """Show "As presented on 3 March 2027" above a pinned view, with one click back to today's numbers."""
    lang = ctx.language
    if ctx.pin_problem:
        st.warning(literal(ctx.pin_problem), icon=":material/push_pin:")
    pin = ctx.pin
    if pin is None:
        return
    with st.container(border=True, key="pinned.banner"):
        text = t(
            "pinned.banner",
            lang,
            date=format_date(pin.made_at.date(), lang),
            month=format_month(pin.as_of_month, lang),
        )
        st.markdown(f":material/push_pin: **{literal(text)}**")
        if pin.label:
            st.caption(literal(pin.label))
        if st.button(t("pinned.show_today", lang), key="pinned.today", icon=":material/update:"):
            del st.query_params[PINNED_PARAMETER]
            st.rerun()


def render_pin_button(ctx: AppContext) -> None:
    """Show "Pin this version" (editors): keeps today's ledger point and as-of month under a link."""
    lang = ctx.language
    if not ctx.can_edit or not ctx.as_of_month or ctx.pin is not None:
        return
    st.caption(t("pinned.help", lang))
    label = st.text_input(
        t("pinned.label", lang),
        value=t("pinned.default_label", lang, month=format_month(ctx.as_of_month, lang)),
        key="pinned.label",
        max_chars=200,
    )
    if st.button(t("pinned.pin", lang), key="pinned.pin", icon=":material/push_pin:"):
        try:
            pin_id = ctx.store.pin_version(ctx.as_of_month, actor=ctx.actor, label=label)
        except GoalpostError as err:
            show_error(err, lang)
            return
        st.query_params[PINNED_PARAMETER] = str(pin_id)
        st.rerun()


PINS_SHOWN = 12
"""Pinned versions linked on the Data page, newest first (the rest stay in the table)."""


@st.cache_data(show_spinner=False, max_entries=8)
def _pins_at(location: str, store_version: int, _store) -> pd.DataFrame:
    return _store.pinned_versions()


def render_pinned_list(ctx: AppContext) -> None:
    """Show the pinned versions on the Data page: what each keeps, who pinned it, and a link that opens it."""
    lang = ctx.language
    st.header(t("pinned.list_title", lang))
    pins = _pins_at(ctx.store_location, ctx.store_version, ctx.store)
    if pins.empty:
        st.caption(t("pinned.none", lang))
        return
    st.caption(t("pinned.list_help", lang))
    for row in pins.head(PINS_SHOWN).itertuples():
        label = t(
            "pinned.list_line",
            lang,
            label=row.label or format_month(row.as_of_month, lang),
            date=format_date(row.made_at.date(), lang),
            month=format_month(row.as_of_month, lang),
            who=row.made_by,
        )
        page_link(
            ctx,
            "overview",
            literal(label),
            key=f"pinned.open.{row.id}",
            icon=":material/push_pin:",
            query_params={PINNED_PARAMETER: str(row.id)},
        )
