"""Team: who may sign in with which role, the meeting links handed out, and which Google Sheets may be read."""

from __future__ import annotations

import streamlit as st

from views.context import AppContext
from views.i18n import t


def render(ctx: AppContext) -> None:
    """Show the Team page (editors see the meeting links; admins also manage accounts, roles and sheets)."""
    st.title(t("nav.team", ctx.language), anchor=False)
