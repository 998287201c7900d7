"""Figures built once per view and kept as plain dicts: Plotly's validation is most of a chart's server time."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import plotly.graph_objects as go
import streamlit as st

from views.figures import figure_from_spec


@st.cache_data(show_spinner=False, max_entries=512)
def _figure_spec(view_key: tuple, _build: Callable[[], go.Figure | None]) -> dict[str, Any] | None:
    figure = _build()
    return None if figure is None else figure.to_dict()


def cached_figure(view_key: tuple, build: Callable[[], go.Figure | None]) -> go.Figure | None:
    """Return the figure `build` makes (None when it makes none), built once per `view_key`.

    The key must name the chart and everything it is made from: store and strategy versions, the goal or
    subject, the month, the period, the language.
    """
    spec = _figure_spec(view_key, build)
    return None if spec is None else figure_from_spec(spec)
