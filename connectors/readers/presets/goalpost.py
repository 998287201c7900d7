"""Goalpost's own layouts as presets: the tidy layout and the wide tracker."""

from __future__ import annotations

from connectors.readers.context import ReadContext, Reading
from connectors.readers.layouts import read_tidy, read_wide, tidy_positions, wide_plan
from connectors.readers.registry import Preset
from connectors.readers.table import Table


class TidyPreset(Preset):
    """date,channel,audience,metric,value: one value per row, channel carried per row."""

    name = "goalpost_tidy"
    label = "Goalpost tidy layout (date, channel, audience, metric, value)"
    description = (
        "One value per row: date, channel, audience (may be empty), metric id, value. Headers may be in "
        "English, Norwegian, Swedish, Danish, German or Dutch (dato, kanal, målgruppe, ...)."
    )
    languages = ("en", "nb", "sv", "da", "de", "nl")

    def matches(self, table: Table) -> float | None:
        """Return 0.95 when the date, channel, metric and value columns are there."""
        return 0.95 if tidy_positions(table) is not None else None

    def read(self, table: Table, context: ReadContext) -> Reading:
        """Return one observation per row."""
        return read_tidy(table, context)


class WideTrackerPreset(Preset):
    """A hand-made tracker: a date (or month) column, optional channel and audience columns, metric columns."""

    name = "wide_tracker"
    label = "Tracker (one row per month or day, metrics as columns)"
    description = (
        "A date or month column, optionally a channel and an audience column, and one column per metric whose "
        "header is a known metric name in English, Norwegian, Swedish, Danish, German or Dutch; other number "
        "columns are kept under an id made from their header."
    )
    languages = ("en", "nb", "sv", "da", "de", "nl")

    def matches(self, table: Table) -> float | None:
        """Return a low score (any preset made for the file wins) when a date and a known metric column exist."""
        plan = wide_plan(table)
        if plan is None:
            return None
        return 0.3 + 0.1 * min(len(plan.metrics), 5) / 5

    def read(self, table: Table, context: ReadContext) -> Reading:
        """Return every metric column's values per row."""
        return read_wide(table, context)


def register_presets(registry) -> None:
    """Register Goalpost's own layouts."""
    registry.register(TidyPreset())
    registry.register(WideTrackerPreset())
