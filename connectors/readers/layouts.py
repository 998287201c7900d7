"""Goalpost's own layouts, shared by files and Google Sheets tabs: tidy rows and wide trackers.

Tidy: `date,channel,audience,metric,value`, one value per row (headers may be translated).
Wide: one row per month or day (optionally per channel and audience), one metric per column.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from connectors.readers.aliases import (
    FIELD_ALIASES,
    LIFETIME_WORDS,
    METRIC_ALIASES,
    RATIO_WORDS,
    alias_index,
    aliases_of,
    lookup_channel,
    normalise_header,
    slug,
)
from connectors.readers.budget import too_many_series
from connectors.readers.context import (
    ReadContext,
    Reading,
    check_duplicate_columns,
    distinct,
    drop_total_rows,
    header_of,
    observations_from_columns,
    parse_dates,
    parse_numbers,
    plain_number_columns,
    unread_columns,
)
from connectors.readers.limits import MAX_SERIES_PER_UPLOAD
from connectors.readers.mapping import ColumnMapping
from connectors.readers.numbers import NumberProblem, parse_number_texts
from connectors.readers.table import Table, sample_frame, without_blank_rows
from metrics.errors import Message, UploadError
from metrics.semantics import BUILTIN_METRICS, KNOWN_METRICS
from metrics.words import quoted_list

DATE = aliases_of(FIELD_ALIASES, "date")
CHANNEL = aliases_of(FIELD_ALIASES, "channel")
AUDIENCE = aliases_of(FIELD_ALIASES, "audience")
METRIC = aliases_of(FIELD_ALIASES, "metric")
VALUE = aliases_of(FIELD_ALIASES, "value")
NOT_METRICS = frozenset(
    normalise_header(w)
    for w in (
        "year",
        "år",
        "jahr",
        "jaar",
        "week",
        "uke",
        "vecka",
        "uge",
        "woche",
        "week number",
        "ukenummer",
        "notes",
        "note",
        "comment",
        "kommentar",
        "notat",
        "anteckning",
        "bemerkung",
        "opmerking",
        "id",
        "source",
        "kilde",
        "källa",
    )
)


def tidy_positions(table: Table) -> dict[str, int] | None:
    """Return the tidy layout's column positions (audience optional), or None when it is not tidy."""
    found = {
        "date": table.find(DATE),
        "channel": table.find(CHANNEL),
        "metric": table.find(METRIC),
        "value": table.find(VALUE),
        "audience": table.find(AUDIENCE),
    }
    if any(found[k] is None for k in ("date", "channel", "metric", "value")):
        return None
    return found


def _ids(
    table: Table, frame: pd.DataFrame, position: int | None, convert
) -> tuple[pd.Series | None, str | None]:
    """Return per-row ids from a text column as a categorical (missing where blank), converting each text once."""
    if position is None:
        return None, None
    codes, texts = distinct(frame[position])
    if len(texts) > MAX_SERIES_PER_UPLOAD:  # refused before a million names are each converted
        raise UploadError(
            too_many_series(len(texts)), file_name=table.file_name, column=header_of(table, position)
        )
    converted = [convert(t) if t.strip() else None for t in texts]
    categories = list(dict.fromkeys(c for c in converted if c is not None))
    number = {c: i for i, c in enumerate(categories)}
    lookup = np.array(
        [number[c] if c is not None else -1 for c in converted] or [-1],
        dtype=np.min_scalar_type(-len(categories) - 1),  # a million rows of a few ids: one byte each
    )
    row_codes = lookup[codes] if len(converted) else np.full(len(frame), -1, dtype=lookup.dtype)
    negative = codes < 0
    if negative.any():
        row_codes[negative] = -1
    values = pd.Categorical.from_codes(row_codes, categories=pd.Index(categories, dtype=object))
    return pd.Series(values, index=frame.index), header_of(table, position)


def audience_id(text: str) -> str:
    """Return the audience id a cell names (lower case, spaces as underscores)."""
    return "_".join(normalise_header(text).split())


def metric_id(text: str, index: dict[str, str] | None = None) -> str:
    """Return the metric id a cell or header names: a known alias's id, else a stable id made from the text."""
    index = index if index is not None else alias_index(METRIC_ALIASES)
    key = normalise_header(text)
    if key in index:
        return index[key]
    if key in BUILTIN_METRICS or key in KNOWN_METRICS:
        return key
    return slug(text)


def read_tidy(table: Table, context: ReadContext) -> Reading:
    """Return the observations of a tidy table: one value per row with its date, channel, audience, metric."""
    positions = tidy_positions(table)
    if positions is None:
        raise UploadError(
            Message(
                "readers.tidy_columns_missing",
                "the tidy layout needs the columns date, channel, metric and value (audience is optional)",
            ),
            file_name=table.file_name,
        )
    value_at = positions["value"]
    kinds = {
        positions[k]: "category"
        for k in ("date", "channel", "metric", "audience")
        if positions[k] is not None
    }
    kinds.update(plain_number_columns(table, [value_at]))
    kinds.update(unread_columns(table, list(positions.values())))
    frame = table.rows(kinds)
    notes: list[str] = list(table.notes)
    for position in positions.values():
        if position is not None:
            check_duplicate_columns(table, frame, position, notes)
    frame = drop_total_rows(table, frame, positions["date"], notes)
    dates = parse_dates(table, frame, positions["date"], context, notes)
    values = parse_numbers(table, frame, value_at)
    index = alias_index(METRIC_ALIASES)
    metrics, metric_header = _ids(table, frame, positions["metric"], lambda t: metric_id(t, index))
    channels, channel_header = _ids(table, frame, positions["channel"], lookup_channel)
    audiences, audience_header = _ids(table, frame, positions["audience"], audience_id)
    present = values.notna()
    nameless = present & metrics.isna()
    if nameless.any():
        offset = int(frame.index[nameless.to_numpy()][0])
        raise UploadError(
            Message(
                "readers.value_without_metric",
                "this row has a value but no metric; fill in the metric or delete the row",
            ),
            file_name=table.file_name,
            row=table.row_number(offset),
            column=metric_header,
        )
    observations = observations_from_columns(
        table, frame, dates, positions["date"], [("", value_at, values)], channel=channels, audience=audiences
    )
    observations["metric"] = pd.Categorical.from_codes(
        metrics.cat.codes.to_numpy()[present.to_numpy()], categories=metrics.cat.categories
    )
    return Reading(
        observations,
        len(frame),
        tuple(notes),
        None,
        False,
        channel_column=channel_header,
        audience_column=audience_header,
    )


@dataclass(frozen=True)
class WidePlan:
    """Which columns of a wide tracker hold the date, channel, audience and each metric."""

    date: int
    channel: int | None = None
    audience: int | None = None
    metrics: dict[int, str] = field(default_factory=dict)
    others: tuple[int, ...] = ()  # unknown headers, read as metrics of their own when they hold numbers


def wide_plan(table: Table) -> WidePlan | None:
    """Return the plan of a wide tracker (a date column and at least one known metric), or None."""
    date_at = table.find(DATE)
    if date_at is None or _lifetime_column(table, date_at):
        return None
    channel_at, audience_at = table.find(CHANNEL), table.find(AUDIENCE)
    index = alias_index(METRIC_ALIASES)
    metrics: dict[int, str] = {}
    others = []
    taken = {date_at, channel_at, audience_at}
    for position, key in enumerate(table.keys):
        if position in taken or not key:
            continue
        if key in index and index[key] not in metrics.values():
            metrics[position] = index[key]
        elif key in BUILTIN_METRICS or key in KNOWN_METRICS:
            metrics[position] = key
        elif key not in NOT_METRICS and key not in index:
            others.append(position)
    if not metrics:
        return None
    return WidePlan(date_at, channel_at, audience_at, metrics, tuple(others))


def _lifetime_column(table: Table, position: int) -> bool:
    """Return True when a "date" column holds Meta's "Lifetime" (in any language): it is never the date."""
    if table.sample.empty or position not in table.sample.columns:
        return False
    cells = {normalise_header(c) for c in table.sample[position].astype(str)} - {""}
    return bool(cells) and cells <= LIFETIME_WORDS


def is_ratio_header(header: str) -> bool:
    """Return True for a header naming a ratio or an average (CTR, Position, Engagement rate, Average ...)."""
    key = f" {normalise_header(header)} "
    return any(word in key for word in RATIO_WORDS)


def mapping_plan(table: Table, mapping: ColumnMapping) -> WidePlan:
    """Return the plan a user's column mapping gives for this table; raise naming missing columns."""
    missing = mapping.missing(table.header)
    if missing:
        raise UploadError(
            Message(
                "readers.mapping_does_not_fit",
                "the saved column mapping does not fit this file; it lacks the column(s) {columns}. Map the columns "
                "again",
                columns=quoted_list(missing),
            ),
            file_name=table.file_name,
        )

    def position(name: str | None) -> int | None:
        return table.find({name}) if name else None

    metrics = {position(header): slug(metric) for header, metric in mapping.metrics.items()}
    return WidePlan(
        position(mapping.date_column),
        position(mapping.channel_column),
        position(mapping.audience_column),
        metrics,
    )


def read_wide(table: Table, context: ReadContext, plan: WidePlan | None = None) -> Reading:
    """Return the observations of a wide tracker: every metric column of every row."""
    plan = plan or wide_plan(table)
    if plan is None:
        raise UploadError(
            Message(
                "readers.tracker_columns_missing",
                "the tracker layout needs a date column and at least one metric column",
            ),
            file_name=table.file_name,
        )
    frame = table.rows()
    notes: list[str] = list(table.notes)
    for position in (plan.date, plan.channel, plan.audience, *plan.metrics):
        if position is not None:
            check_duplicate_columns(table, frame, position, notes)
    frame = drop_total_rows(table, frame, plan.date, notes)
    dates = parse_dates(table, frame, plan.date, context, notes)
    columns = [
        (metric, position, parse_numbers(table, frame, position)) for position, metric in plan.metrics.items()
    ]
    skipped = []
    ratios = [table.header[p] for p in plan.others if is_ratio_header(table.header[p])]
    if ratios:
        notes.append(
            Message(
                "readers.note_ratio_columns_skipped",
                "Not stored, because they are ratios or averages and adding them up over a month would be "
                "wrong: {columns}. Store the counts they are made of (for CTR: clicks and impressions).",
                columns=quoted_list(ratios),
            )
        )
    for position in plan.others:
        if table.header[position] in ratios:
            continue
        codes, texts = distinct(frame[position])
        try:
            values, _ = parse_number_texts(texts, decimal_hint=table.decimal_hint)
        except NumberProblem:
            skipped.append(header_of(table, position))
            continue
        series = pd.Series(values.to_numpy()[codes], index=frame.index, dtype="float64")
        if series.notna().any():
            metric = slug(table.header[position])
            columns.append((metric, position, series))
            notes.append(
                Message(
                    "readers.note_column_as_metric",
                    "The column “{column}” was read as the metric “{metric}”.",
                    column=table.header[position],
                    metric=metric,
                )
            )
    if skipped:
        notes.append(
            Message(
                "readers.note_text_columns_skipped",
                "Columns not read (they hold text, not numbers): {columns}.",
                columns=quoted_list(skipped),
            )
        )
    channels, channel_header = _ids(table, frame, plan.channel, lookup_channel)
    audiences, audience_header = _ids(table, frame, plan.audience, audience_id)
    observations = observations_from_columns(
        table, frame, dates, plan.date, columns, channel=channels, audience=audiences
    )
    return Reading(
        observations,
        len(frame),
        tuple(notes),
        None,
        False,
        channel_column=channel_header,
        audience_column=audience_header,
    )


def table_from_frame(frame: pd.DataFrame, source_name: str, first_row: int = 2) -> Table:
    """Return a Table over a DataFrame of cell texts whose columns are the header (a Google Sheets tab)."""
    header = tuple("" if c is None else str(c).strip() for c in frame.columns)
    data = frame.copy()
    data.columns = range(len(header))
    data = data.astype(object).where(data.notna(), "").astype(str)
    data.index = range(len(data))
    rows = data.values.tolist()

    def load(kinds) -> pd.DataFrame:
        return without_blank_rows(data)

    return Table(
        file_name=source_name,
        header=header,
        sample=sample_frame(rows, len(header)),
        first_row=first_row,
        loader=load,
    )
