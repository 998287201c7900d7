"""Lists bound into a query (`IN (...)`) asked in chunks, so no query binds more values than a database allows."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar

Value = TypeVar("Value")

MAX_BOUND_VALUES = 900
"""Most values one query binds in a list: under SQLite's oldest limit (999 variables per statement), so
every SQLite build and every server database takes it; a longer list is asked in several queries."""


def chunked(values: Sequence[Value], size: int = MAX_BOUND_VALUES) -> Iterator[list[Value]]:
    """Return the values in order, in lists of at most `size` (nothing for no values)."""
    for start in range(0, len(values), size):
        yield list(values[start : start + size])
