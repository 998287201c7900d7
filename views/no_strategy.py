"""What a page says when there is no strategy to measure against yet (or the saved one cannot be read)."""

from __future__ import annotations

import streamlit as st

from views.context import AppContext, page_link
from views.i18n import t
from views.tables import literal


def show_missing_strategy(ctx: AppContext) -> None:
    """Show why there are no goals to show, and a link to the Strategy page to add or fix the strategy."""
    lang = ctx.language
    if ctx.strategy_problem:
        st.error(t("common.strategy_unreadable", lang), icon=":material/error:")
        st.caption(literal(ctx.strategy_problem))
    else:
        st.info(t("common.no_strategy", lang), icon=":material/flag:")
    page_link(ctx, "strategy", t("common.to_strategy", lang), icon=":material/edit:")
