"""A preset described by data: which columns identify the layout and which column holds which metric.

Most exports are "a date column plus metric columns"; a preset for one is a ColumnPreset subclass listing
its columns per language. Presets with a twist (a metric named in a title line, a layout per row) override
matches() or read().
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from connectors.readers.aliases import normalise_header
from connectors.readers.context import (
    ReadContext,
    Reading,
    check_duplicate_columns,
    distinct,
    drop_total_rows,
    observations_from_columns,
    parse_dates,
    parse_durations,
    parse_numbers,
    plain_number_columns,
    unread_columns,
)
from connectors.readers.numbers import MISSING_MARKERS
from connectors.readers.registry import Preset
from connectors.readers.table import Table
from metrics.errors import Message, UploadError


def words(**languages: tuple[str, ...] | str) -> tuple[str, ...]:
    """Return the aliases given per language (en=..., nb=..., sv=..., da=..., de=..., nl=...) as one tuple."""
    found: list[str] = []
    for aliases in languages.values():
        for alias in (aliases,) if isinstance(aliases, str) else aliases:
            if normalise_header(alias) not in found:
                found.append(normalise_header(alias))
    return tuple(found)


@dataclass(frozen=True)
class MetricColumn:
    """A column of an export and the metric it holds; unit says how to read it."""

    metric: str
    aliases: tuple[str, ...]
    unit: str = "count"  # count | fraction (0.034 = 3.4%) | minutes | seconds | hours | clock (HH:MM:SS)
    # | seconds_as_hours | minutes_as_hours (a watched-time total stored in hours)


class ColumnPreset(Preset):
    """A layout of one date column and metric columns, recognised by a few required columns."""

    date_aliases: tuple[str, ...] = ()
    date_prefixes: tuple[str, ...] = ()  # a date header that carries more, e.g. a time zone
    required: tuple[tuple[str, ...], ...] = ()  # each: aliases of one column that must be there
    forbidden: tuple[tuple[str, ...], ...] = ()  # columns whose presence means another layout
    metric_columns: tuple[MetricColumn, ...] = ()
    date_order: str | None = None
    per_item: bool = False
    missing: frozenset[str] = MISSING_MARKERS
    sheet_names: tuple[str, ...] = ()
    count_metric: str | None = None  # a metric counting rows (tickets), one per row
    net_metrics: frozenset[str] = frozenset()  # flows the platform reports net of removals: may be negative
    base_score: float = 0.6
    notes: tuple[str, ...] = ()

    def date_position(self, table: Table) -> int | None:
        """Return the date column's position, by alias or by header prefix."""
        position = table.find(self.date_aliases)
        if position is None and self.date_prefixes:
            for index, key in enumerate(table.keys):
                if key.startswith(self.date_prefixes):
                    return index
        return position

    def matches(self, table: Table) -> float | None:
        """Return a score when the date and required columns are there, higher with more known columns."""
        if self.date_position(table) is None:
            return None
        if any(not table.has(aliases) for aliases in self.required):
            return None
        if any(table.has(aliases) for aliases in self.forbidden):
            return None
        known = sum(1 for column in self.metric_columns if table.has(column.aliases))
        if not known and not self.count_metric:  # a ticket export still gives its count without time columns
            return None
        score = self.base_score + 0.3 * known / max(len(self.metric_columns), 1)
        if self.sheet_names and table.sheet and normalise_header(table.sheet) in self.sheet_names:
            score += 0.05
        return min(score, 1.0)

    def missing_columns(self, table: Table) -> list[str]:
        """Return the required headers (first alias of each) the table lacks."""
        missing = [aliases[0] for aliases in self.required if not table.has(aliases)]
        if self.date_position(table) is None:
            missing.insert(0, self.date_aliases[0] if self.date_aliases else "date")
        return missing

    def proposed_channel(self, table: Table, context: ReadContext) -> str | None:
        """Return the channel this file belongs to, as far as the layout tells."""
        return self.channel

    def read(
        self, table: Table, context: ReadContext, metric_columns: tuple[MetricColumn, ...] | None = None
    ) -> Reading:
        """Return the observations of every known metric column, dated by the date column."""
        notes: list[str] = list(table.notes)
        chosen = metric_columns or self.metric_columns
        date_at = self.date_position(table)
        positions = [(column, table.find(column.aliases)) for column in chosen]
        twins = {
            position: self.twins(table, column, position)
            for column, position in positions
            if position is not None
        }
        kinds = unread_columns(
            table, [date_at, *(p for _, p in positions), *(t for ts in twins.values() for t in ts)]
        )
        kinds.update(plain_number_columns(table, [p for c, p in positions if c.unit != "clock"]))
        frame = table.rows(kinds)
        check_duplicate_columns(table, frame, date_at, notes)
        frame = drop_total_rows(table, frame, date_at, notes)
        dates = parse_dates(table, frame, date_at, context, notes, order=self.date_order)
        columns = []
        for column, position in positions:
            if position is None:
                continue
            check_duplicate_columns(table, frame, position, notes)
            note_placeholders(table, frame, position, notes)
            values = self.values(table, frame, position, column)
            for twin in twins[position]:
                values = self._merged(table, frame, values, position, twin, column, notes)
            columns.append((column.metric, position, values))
        if self.count_metric:
            columns.append(
                (self.count_metric, date_at, pd.Series(1.0, index=frame.index).where(dates.notna()))
            )
        observations = observations_from_columns(table, frame, dates, date_at, columns)
        notes.extend(self.notes)
        channel = self.proposed_channel(table, context)
        return Reading(
            observations, len(frame), tuple(notes), channel, self.per_item, net_metrics=self.net_metrics
        )

    @staticmethod
    def twins(table: Table, column: MetricColumn, position: int | None) -> list[int]:
        """Return the other columns holding the same metric under another header (Meta's "Visningar" and "Views")."""
        if position is None:
            return []
        wanted = set(column.aliases) - {table.keys[position]}
        return [i for i, key in enumerate(table.keys) if key in wanted]

    def _merged(
        self,
        table: Table,
        frame: pd.DataFrame,
        values: pd.Series,
        position: int,
        twin: int,
        column: MetricColumn,
        notes: list[str],
    ) -> pd.Series:
        """Return one metric from two columns, taking whichever cell holds a value; refuse two different values."""
        other = self.values(table, frame, twin, column)
        clash = values.notna() & other.notna() & (values != other)
        if clash.any():
            raise UploadError(
                Message(
                    "readers.twin_columns_differ",
                    "the columns “{first}” and “{second}” hold the same metric with different values; delete the "
                    "wrong one so Goalpost knows which to read",
                    first=table.header[position],
                    second=table.header[twin],
                ),
                file_name=table.file_name,
                row=table.row_number(int(frame.index[clash.to_numpy()][0])),
                column=table.header[twin],
            )
        notes.append(
            Message(
                "readers.note_twin_columns",
                "“{first}” and “{second}” hold the same metric (Meta writes it in two languages): read as one, "
                "taking whichever cell holds a value.",
                first=table.header[position],
                second=table.header[twin],
            )
        )
        return values.fillna(other)

    def values(self, table: Table, frame: pd.DataFrame, position: int, column: MetricColumn) -> pd.Series:
        """Return one metric column's values, read according to its unit."""
        if column.unit in ("minutes", "seconds", "hours", "clock"):
            return parse_durations(table, frame, position, column.unit)
        if column.unit in ("seconds_as_hours", "minutes_as_hours"):
            values = parse_numbers(table, frame, position, missing=self.missing | PLACEHOLDERS)
            return values / (3600.0 if column.unit == "seconds_as_hours" else 60.0)
        return parse_numbers(
            table,
            frame,
            position,
            missing=self.missing | PLACEHOLDERS,
            fraction_to_percent=column.unit == "fraction",
        )


PLACEHOLDERS = frozenset({"undefined", "Undefined", "UNDEFINED", "nan", "NaN", "NAN", "N/A", "n/a", "-"})
"""Words platforms write into a cell that has no value (TikTok's "undefined", "NaN"): read as empty, with a note."""
_NOTED_PLACEHOLDERS = frozenset(p.casefold() for p in PLACEHOLDERS) - {"-"}


def note_placeholders(table: Table, frame: pd.DataFrame, position: int, notes: list[str]) -> None:
    """Add a note naming the column when some of its cells hold a placeholder word such as "undefined"."""
    column = frame[position]
    if pd.api.types.is_float_dtype(column):
        return
    codes, texts = distinct(column)
    words = [t.strip() for t in texts if t.strip().casefold() in _NOTED_PLACEHOLDERS]
    if not words:
        return
    counts = np.bincount(codes[codes >= 0], minlength=len(texts))
    count = int(sum(counts[i] for i, t in enumerate(texts) if t.strip() in words))
    notes.append(
        Message(
            "readers.note_placeholders",
            "{count} cells of the column “{column}” say “{word}”: read as empty (no value), not as zero.",
            count=count,
            column=table.header[position],
            word=words[0],
        )
    )
