"""Figures built once per view key and shared: building and validating a Plotly figure is most of a chart's
server time, and copying one back out of a data cache (a dict turned into a Figure again) was the rest."""

from __future__ import annotations

from collections.abc import Callable

import plotly.graph_objects as go
import streamlit as st


@st.cache_resource(show_spinner=False, max_entries=512)
def _figure(view_key: tuple, _build: Callable[[], go.Figure | None]) -> go.Figure | None:
    # A shared object, not a copy per session: pages only hand it to st.plotly_chart, which reads it
    # (to_dict copies it), and no page changes a figure after it is built.
    return _build()


def cached_figure(view_key: tuple, build: Callable[[], go.Figure | None]) -> go.Figure | None:
    """Return the figure `build` makes (None when it makes none), built once per `view_key`; never change it.

    The key must name the chart and everything it is made from: store and strategy versions, the goal or
    subject, the month, the period, the language.
    """
    return _figure(view_key, build)
