"""Figures built once and shared: building and validating a Plotly figure is most of a chart's server time,
and copying one back out of a data cache (a dict turned into a Figure again) was the rest."""

from __future__ import annotations

import dataclasses
import datetime as dt
import decimal
import enum
import hashlib
import pickle
from collections.abc import Callable, Mapping
from functools import partial

import numpy as np
import pandas as pd
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


def figure_of(
    view_key: tuple, builder: Callable[..., go.Figure | None], *args: object, **kwargs: object
) -> go.Figure | None:
    """Return `builder(*args, **kwargs)`, built once per distinct content of its arguments; never change it.

    The figure's key is the builder and a digest of everything passed to it, not the store's version: an
    upload changes a few series, and the charts of every other channel, audience or goal are drawn from the
    same figures as before it. The builder must be pure (figure builders are), so equal arguments make an
    equal figure. `view_key` names everything the arguments were made from (store and strategy versions,
    month, choices, language): the digest is computed once per view key, not on every view.
    """
    digest = _digest_at((view_key, builder.__module__, builder.__qualname__), (args, kwargs))
    if digest is None:
        return builder(*args, **kwargs)  # arguments without a stable content: built every time, never wrong
    return _figure(
        ("content", builder.__module__, builder.__qualname__, digest), partial(builder, *args, **kwargs)
    )


@st.cache_resource(show_spinner=False, max_entries=2048)
def _digest_at(view_key: tuple, _arguments: tuple) -> str | None:
    # Hashing a chart's frames on every view of every session cost more than drawing from the cache.
    return content_digest(_arguments)


def content_digest(value: object) -> str | None:
    """Return a hex digest of a value's content (frames, mappings, sequences, scalars); None when it has none."""
    sink = hashlib.blake2b(digest_size=20)
    try:
        _feed(sink, value)
    except _NoStableContent:
        return None
    return sink.hexdigest()


class _NoStableContent(Exception):
    """A value whose content cannot be told from its identity (a function, an open store, ...)."""


def _feed(sink, value: object) -> None:
    # Every value is fed with its type name first, so 1, 1.0, "1" and (1,) give different digests.
    sink.update(type(value).__qualname__.encode() + b"\0")
    scalars = (bool, int, float, complex, str, bytes, decimal.Decimal, dt.date, dt.time, dt.timedelta)
    if value is None or isinstance(value, (*scalars, pd.Timestamp, pd.Period, pd.Timedelta, np.generic)):
        sink.update(repr(value).encode() + b"\0")
    elif isinstance(value, enum.Enum):
        sink.update(f"{type(value).__qualname__}.{value.name}".encode() + b"\0")
    elif isinstance(value, pd.DataFrame):
        _feed(sink, [str(c) for c in value.columns])
        _feed(sink, [str(d) for d in value.dtypes])
        _feed_rows(sink, value)
    elif isinstance(value, (pd.Series, pd.Index)):
        _feed(sink, (str(value.name), str(value.dtype)))
        _feed_rows(sink, value)
    elif isinstance(value, np.ndarray):
        sink.update(f"{value.dtype}{value.shape}".encode())
        sink.update(pickle.dumps(value, protocol=5))
    elif isinstance(value, Mapping):
        sink.update(f"{len(value)}{{".encode())
        for key, item in value.items():  # in order: a legend or colour order follows it
            _feed(sink, key)
            _feed(sink, item)
        sink.update(b"}")
    elif isinstance(value, (list, tuple)):
        sink.update(f"{len(value)}[".encode())
        for item in value:
            _feed(sink, item)
        sink.update(b"]")
    elif isinstance(value, (set, frozenset)):
        _feed(sink, sorted(repr(item) for item in value))
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        _feed(sink, {f.name: getattr(value, f.name) for f in dataclasses.fields(value)})
    else:
        raise _NoStableContent


def _feed_rows(sink, value: pd.DataFrame | pd.Series | pd.Index) -> None:
    try:
        hashed = pd.util.hash_pandas_object(value, index=not isinstance(value, pd.Index))
    except TypeError:  # cells pandas cannot hash (lists, dicts): their pickled bytes stand for them
        sink.update(pickle.dumps(value, protocol=5))
        return
    sink.update(hashed.to_numpy().tobytes())
    if not isinstance(value, pd.Index):
        _feed(sink, value.index.dtype.name)
