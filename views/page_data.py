"""What pages read from the store, computed once per store version and cached (never raw rows per view)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pandas as pd
import streamlit as st

from connectors.store import LedgerPointView, Store, decisions_of_goal, notes_concerning
from metrics.progress import goal_progress, goal_status_history, recent_values, strategy_month_series
from metrics.semantics import MetricSpec, metric_spec
from metrics.strategy import Strategy
from views.audience_fit import FIT_MONTHS, audience_fit
from views.context import AppContext
from views.figures.common import month_range
from views.trend_frames import window


def _source(store: Store, ledger_point: int | None) -> Store | LedgerPointView:
    # A pinned view reads the values as they were at its ledger point; every other view today's.
    return store if ledger_point is None else store.at_ledger_point(ledger_point)


@st.cache_data(show_spinner=False, max_entries=8)
def _goal_series(
    location: str,
    store_version: int,
    strategy_version: int | None,
    ledger_point: int | None,
    _store: Store,
    _strategy: Strategy,
) -> dict[str, pd.Series]:
    # Every month the store holds, once per store and strategy version: choosing another as-of month then
    # only cuts these series (a month's value never depends on later months), it never reads the store.
    return strategy_month_series(_strategy, _source(_store, ledger_point))


@st.cache_data(show_spinner=False, max_entries=64)
def _progress(
    location: str,
    store_version: int,
    strategy_version: int | None,
    as_of: dt.date,
    latest_complete: bool,
    ledger_point: int | None,
    language: str,
    _store: Store,
    _strategy: Strategy,
) -> list[dict[str, Any]]:
    # `language` is in the key because the strategy's words are (the demo's texts come translated): without
    # it, whoever looked first decided the language of every goal title until the store changed.
    series = _goal_series(location, store_version, strategy_version, ledger_point, _store, _strategy)
    specs = _strategy.metric_specs()
    return [
        {**p.to_dict(), "type": p.type, **_recent(series[g.id], p.current_month)}
        for g, p in (
            (
                g,
                goal_progress(
                    g, series[g.id], as_of, metric_spec(g.metric, specs), latest_complete=latest_complete
                ),
            )
            for g in _strategy.goals
        )
    ]


def _recent(month_series: pd.Series, current_month: str | None) -> dict[str, Any]:
    # The card's sparkline and its change against the month before, from the same monthly series.
    recent = recent_values(month_series, current_month)
    previous = None
    if len(recent) >= 2 and current_month is not None:
        before = month_range(recent.index[-2], current_month)
        previous = float(recent.iloc[-2]) if len(before) == 2 else None
    return {
        "recent_months": list(recent.index),
        "recent_values": [float(v) for v in recent],
        "previous": previous,
    }


@st.cache_data(show_spinner=False, max_entries=8)
def _month_values(location: str, store_version: int, ledger_point: int | None, _store: Store) -> pd.DataFrame:
    # The store's monthly table: one row per month and series, small however many raw rows there are.
    return _store.month_values(as_of_ledger=ledger_point)


@st.cache_data(show_spinner=False, max_entries=128)
def _goal_history(
    location: str,
    store_version: int,
    strategy_version: int | None,
    goal_id: str,
    as_of: dt.date,
    ledger_point: int | None,
    _store: Store,
    _strategy: Strategy,
) -> pd.DataFrame:
    goal = _strategy.goal(goal_id)
    series = _goal_series(location, store_version, strategy_version, ledger_point, _store, _strategy)[goal_id]
    if series.dropna().empty or goal.start > as_of:
        return pd.DataFrame(columns=["month", "status", "progress", "expected"])
    months = month_range(goal.start.strftime("%Y-%m"), min(as_of, goal.deadline).strftime("%Y-%m"))
    spec = metric_spec(goal.metric, _strategy.metric_specs())
    return goal_status_history(goal, series, spec, as_of_months=months)


def goal_progress_list(ctx: AppContext) -> list[dict[str, Any]]:
    """Return every goal's progress (GoalProgress.to_dict() plus its type) at the view's as-of date.

    Following the latest month, each goal is measured at its own latest complete month instead.
    """
    if ctx.strategy is None:
        return []
    return _progress(
        ctx.store_location,
        ctx.store_version,
        ctx.strategy_version,
        ctx.as_of,
        ctx.follows_latest,
        ctx.ledger_point,
        ctx.language,
        ctx.store,
        ctx.strategy,
    )


@st.cache_data(show_spinner=False, max_entries=32)
def _month_window(
    location: str,
    store_version: int,
    ledger_point: int | None,
    last_month: str | None,
    period: str,
    _store: Store,
) -> pd.DataFrame:
    # A page reads only its window: unpickling and cutting every month of a long history on each view
    # made the Channels and Audiences pages grow with the history stored.
    return window(_month_values(location, store_version, ledger_point, _store), last_month, period)


@st.cache_data(show_spinner=False, max_entries=8)
def _data_subjects(
    location: str, store_version: int, ledger_point: int | None, _store: Store
) -> dict[str, tuple[str, ...]]:
    values = _month_values(location, store_version, ledger_point, _store)
    return {
        "channel": tuple(sorted(set(values["channel"]))) if len(values) else (),
        "audience": tuple(sorted(set(values["audience"]))) if len(values) else (),
    }


@st.cache_data(show_spinner=False, max_entries=32)
def _audience_fit(
    location: str,
    store_version: int,
    strategy_version: int | None,
    last_month: str | None,
    ledger_point: int | None,
    _store: Store,
    _strategy: Strategy,
) -> pd.DataFrame:
    values = _month_window(location, store_version, ledger_point, last_month, str(FIT_MONTHS), _store)
    return audience_fit(_strategy, values, last_month) if len(values) else pd.DataFrame()


def all_month_values(ctx: AppContext) -> pd.DataFrame:
    """Return the store's month values (month YYYY-MM, channel, audience, metric, value) at its version."""
    return _month_values(ctx.store_location, ctx.store_version, ctx.ledger_point, ctx.store)


def month_window(ctx: AppContext, period: str) -> pd.DataFrame:
    """Return the month values of the `period` months ("12", "24", "all") that end with the as-of month."""
    return _month_window(
        ctx.store_location, ctx.store_version, ctx.ledger_point, ctx.as_of_month, str(period), ctx.store
    )


def data_subjects(ctx: AppContext, kind: str) -> tuple[str, ...]:
    """Return the channel or audience ids (kind "channel" or "audience") that hold data, sorted."""
    return _data_subjects(ctx.store_location, ctx.store_version, ctx.ledger_point, ctx.store)[kind]


def audience_fit_frame(ctx: AppContext) -> pd.DataFrame:
    """Return the audience fit of the months up to the as-of month (views.audience_fit; empty without data)."""
    if ctx.strategy is None:
        return pd.DataFrame()
    return _audience_fit(
        ctx.store_location,
        ctx.store_version,
        ctx.strategy_version,
        ctx.as_of_month,
        ctx.ledger_point,
        ctx.store,
        ctx.strategy,
    )


def goal_values(ctx: AppContext, goal_id: str) -> pd.Series:
    """Return one goal's month values up to the as-of month (index YYYY-MM, in the metric's unit)."""
    series = _goal_series(
        ctx.store_location, ctx.store_version, ctx.strategy_version, ctx.ledger_point, ctx.store, ctx.strategy
    )
    values = series[goal_id]
    return values[values.index <= (ctx.as_of_month or "9999-12")]


def goal_history(ctx: AppContext, goal_id: str) -> pd.DataFrame:
    """Return the goal's status at the end of each month from its start to the as-of date (or deadline)."""
    return _goal_history(
        ctx.store_location,
        ctx.store_version,
        ctx.strategy_version,
        goal_id,
        ctx.as_of,
        ctx.ledger_point,
        ctx.store,
        ctx.strategy,
    )


def spec_of(ctx: AppContext, metric: str) -> MetricSpec:
    """Return the metric's spec as the strategy declares it (built-in and known metrics otherwise)."""
    return metric_spec(metric, ctx.strategy.metric_specs() if ctx.strategy else None)


@st.cache_data(show_spinner=False, max_entries=8)
def _notes(location: str, store_version: int, _store: Store) -> pd.DataFrame:
    return _store.notes()


@st.cache_data(show_spinner=False, max_entries=8)
def _decisions(location: str, store_version: int, _store: Store) -> pd.DataFrame:
    return _store.decisions()


def timeline_notes(ctx: AppContext) -> pd.DataFrame:
    """Return every note on the timeline (id, kind, text, first_day, last_day, channel, audience, goal)."""
    return _notes(ctx.store_location, ctx.store_version, ctx.store)


def chart_notes(
    ctx: AppContext,
    *,
    channels: list[str] | None = None,
    audiences: list[str] | None = None,
    goal: str | None = None,
) -> pd.DataFrame:
    """Return the notes a chart concerns (see connectors.store.notes_concerning); None means all of them."""
    return notes_concerning(timeline_notes(ctx), channels=channels, audiences=audiences, goal=goal)


def goal_decisions(ctx: AppContext, goal_id: str) -> pd.DataFrame:
    """Return the decisions taken on one goal, oldest first (id, decided_on, decided_by, text, change, ...)."""
    return decisions_of_goal(_decisions(ctx.store_location, ctx.store_version, ctx.store), goal_id)
