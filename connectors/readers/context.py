"""What a preset gets besides the table (the upload's choices) and the helpers that turn columns into values.

Every helper names the file, the spreadsheet row and the column header in its errors.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import numpy as np
import pandas as pd

from connectors.readers.aliases import TOTAL_WORDS, normalise_header
from connectors.readers.dates import DateProblem, DateRules, claimed_period, parse_date_texts, years_in_name
from connectors.readers.numbers import (
    MISSING_MARKERS,
    NumberProblem,
    parse_duration_texts,
    parse_number_texts,
)
from connectors.readers.table import Table
from metrics.errors import Message, UploadError

LONG_COLUMNS = ("date", "channel", "audience", "metric", "value", "row", "column")


@dataclass(frozen=True)
class ReadContext:
    """The upload's own choices: file name, channel and audience given, a year for dates without one."""

    file_name: str
    channel: str | None = None
    audience: str | None = None
    year_hint: int | None = None
    today: date = field(default_factory=date.today)

    def date_rules(self, table: Table, order: str | None = None) -> DateRules:
        """Return the date rules for a table: claimed period, years for year-less dates, day/month order."""
        years = (self.year_hint,) if self.year_hint else years_in_name(self.file_name)
        return DateRules(
            today=self.today, claimed=claimed_period(self.file_name, table.preamble), years=years, order=order
        )


@dataclass(frozen=True)
class Reading:
    """What a preset read: long observations (with spreadsheet row and column header) and remarks."""

    observations: pd.DataFrame  # LONG_COLUMNS; channel/audience may be None where the file does not say
    row_count: int
    notes: tuple[str, ...] = ()
    channel: str | None = None  # the channel the preset proposes
    per_item: bool = False  # rows are posts, videos or tickets: a day's values add up
    channel_column: str | None = None
    audience_column: str | None = None
    net_metrics: frozenset[str] = frozenset()  # flows reported net of removals (may be negative)


def header_of(table: Table, position: int) -> str:
    """Return a column's header text, or its spreadsheet letter when the header is blank."""
    text = table.header[position] if position < len(table.header) else ""
    return text or f"column {_letters(position)}"


def _letters(position: int) -> str:
    letters = ""
    number = position + 1
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def distinct(values: pd.Series) -> tuple[np.ndarray, pd.Series]:
    """Return (codes per row, distinct texts in order of first appearance); blank cells are ''."""
    if isinstance(values.dtype, pd.CategoricalDtype):
        return _categorical_distinct(values)
    codes, uniques = pd.factorize(values.fillna(""), sort=False)
    texts = pd.Series(np.asarray(uniques, dtype=object), dtype=object).astype(str)
    return codes, texts


_FIRST_SEEN_BLOCK = 1 << 16


def _narrow_int(count: int) -> np.dtype:
    """Return the narrowest signed integer type holding codes 0..count and -1."""
    return np.min_scalar_type(-count - 1)


def _categorical_distinct(values: pd.Series) -> tuple[np.ndarray, pd.Series]:
    """Return distinct() of a categorical from its narrow codes: no per-row texts, no hash table."""
    codes = values.cat.codes.to_numpy()
    names = [str(c) for c in values.cat.categories] + [""]  # the last slot stands for missing cells
    slots = len(names)
    # Missing (-1) becomes the last slot; codes are small ints, so the shifted copy is narrow too.
    shifted = codes.astype(_narrow_int(slots), copy=True)
    shifted[shifted < 0] = slots - 1
    first = np.full(slots, len(codes), dtype=np.int64)
    unseen = slots
    # Blocks in row order: most columns show every category early, so the scan usually stops at once.
    for start in range(0, len(shifted), _FIRST_SEEN_BLOCK):
        found, at = np.unique(shifted[start : start + _FIRST_SEEN_BLOCK], return_index=True)
        new = first[found] == len(codes)
        first[found[new]] = at[new] + start
        unseen -= int(new.sum())
        if unseen == 0:
            break
    ordered = [slot for slot in np.argsort(first, kind="stable").tolist() if first[slot] < len(codes)]
    positions: dict[str, int] = {}
    remap = np.full(slots, -1, dtype=np.int64)
    for slot in ordered:
        remap[slot] = positions.setdefault(names[slot], len(positions))  # "" and missing share one code
    row_codes = remap.astype(_narrow_int(len(positions)))[shifted]
    return row_codes, pd.Series(list(positions), dtype=object)


def first_offset(frame: pd.DataFrame, codes: np.ndarray, position: int) -> int:
    """Return the frame index of the first row whose code is `position`."""
    return int(frame.index[int(np.flatnonzero(codes == position)[0])])


def check_duplicate_columns(table: Table, frame: pd.DataFrame, position: int, notes: list[str]) -> None:
    """Raise when another column has the same header but different values; note it when they are equal."""
    key = table.keys[position]
    for other, other_key in enumerate(table.keys):
        if other == position or other_key != key or not key:
            continue
        same = frame[position].astype(str).fillna("").equals(frame[other].astype(str).fillna(""))
        if not same:
            raise UploadError(
                Message(
                    "readers.duplicate_column_differs",
                    "two columns are headed “{column}” and hold different values; delete or rename one so "
                    "Goalpost knows which to read",
                    column=table.header[position],
                ),
                file_name=table.file_name,
                column=table.header[position],
            )
        note = Message(
            "readers.note_duplicate_column",
            "The column “{column}” appears twice with the same values; it was read once.",
            column=table.header[position],
        )
        if note not in notes:
            notes.append(note)


def _cells_matching(values: pd.Series, *word_sets: frozenset[str]) -> list[np.ndarray]:
    """Return per-row masks of cells that, normalised like a header, are one of each set's words.

    Each distinct text is normalised once; a mask is one byte per row.
    """
    codes, texts = distinct(values)
    keys = [normalise_header(t) for t in texts]
    masks = []
    for words in word_sets:
        hits = np.array([key in words for key in keys], dtype=bool)
        masks.append(hits[codes] if len(hits) else np.zeros(len(values), dtype=bool))
    return masks


def drop_total_rows(table: Table, frame: pd.DataFrame, date_position: int, notes: list[str]) -> pd.DataFrame:
    """Return the frame without totals rows ('Total', 'Totalt', 'Gesamt', 'Summa'...), noting the drop."""
    if frame.empty:
        return frame
    total, blank_date = _cells_matching(frame[date_position], TOTAL_WORDS, frozenset({""}))
    if blank_date.any():
        candidates = frame[blank_date]
        for position in range(min(TOTAL_CHECK_COLUMNS, frame.shape[1])):
            if position == date_position:
                continue
            (named,) = _cells_matching(candidates[position], TOTAL_WORDS)
            total[frame.index.get_indexer(candidates.index[named])] = True
    if total.any():
        rows = ", ".join(str(table.row_number(i)) for i in frame.index[total][:3])
        notes.append(
            Message(
                "readers.note_totals_dropped",
                "Totals row dropped (row {rows}); Goalpost adds up the days itself.",
                rows=rows,
            )
        )
        return frame[~total]
    return frame


def cell_error(table: Table, frame: pd.DataFrame, codes, problem, position: int) -> UploadError:
    """Return the UploadError for a cell problem, naming the spreadsheet row and the column header."""
    return UploadError(
        problem.message,
        file_name=table.file_name,
        row=table.row_number(first_offset(frame, codes, problem.position)),
        column=header_of(table, position),
    )


def parse_dates(
    table: Table,
    frame: pd.DataFrame,
    position: int,
    context: ReadContext,
    notes: list[str],
    order: str | None = None,
) -> pd.Series:
    """Return the column's dates (NaT where blank), aligned with the frame; raise naming row and column."""
    codes, texts = distinct(frame[position])
    try:
        parsed, remarks = parse_date_texts(texts, context.date_rules(table, order), sequence=codes)
    except DateProblem as problem:
        raise cell_error(table, frame, codes, problem, position) from None
    notes.extend(r for r in remarks if r not in notes)
    values = parsed.to_numpy()[codes]
    values[codes < 0] = np.datetime64("NaT")
    return pd.Series(values, index=frame.index, dtype="datetime64[ns]")


def parse_numbers(
    table: Table,
    frame: pd.DataFrame,
    position: int,
    *,
    missing: frozenset[str] = MISSING_MARKERS,
    fraction_to_percent: bool = False,
) -> pd.Series:
    """Return the column's numbers (NaN where blank) aligned with the frame; raise naming row and column."""
    column = frame[position]
    percent = False
    if pd.api.types.is_float_dtype(column) and _finite_or_blank(column):
        values = column.astype("float64", copy=False)  # read as numbers by the bulk parser already
    else:
        if pd.api.types.is_float_dtype(column):
            column = column.astype(object).astype(str)  # "inf" and the like: let the text rules name it
        codes, texts = distinct(column)
        try:
            parsed, style = parse_number_texts(texts, missing=missing, decimal_hint=table.decimal_hint)
        except NumberProblem as problem:
            raise cell_error(table, frame, codes, problem, position) from None
        values = pd.Series(parsed.to_numpy()[codes], index=frame.index, dtype="float64")
        percent = style.percent
    if fraction_to_percent and not percent:
        # The platform writes rates as fractions (0.034); Goalpost keeps percent numbers (3.4).
        values = values * 100.0
    return values


def _finite_or_blank(column: pd.Series) -> bool:
    """Return True when a float column holds only finite numbers and blanks."""
    values = column.to_numpy()
    return bool((np.isfinite(values) | np.isnan(values)).all())


_PLAIN_NUMBER = r"^\s*-?\d+(\.\d+)?\s*$"


def plain_number_columns(table: Table, positions: list[int | None]) -> dict[int, str]:
    """Return {position: "float"} for columns whose sample cells are plain numbers or blank.

    The bulk parser then reads them straight into floats (a text cell further down makes it read the file
    as text again), so a big file never holds these columns as text. A header that appears twice stays
    text: the two columns are compared cell by cell.
    """
    kinds = {}
    keys = table.keys
    for position in positions:
        if position is None or position >= len(keys) or keys.count(keys[position]) > 1:
            continue
        if not len(table.sample) or position not in table.sample.columns:
            continue
        cells = table.sample[position].astype(str)
        if (cells.str.match(_PLAIN_NUMBER) | (cells.str.strip() == "")).all():
            kinds[position] = "float"
    return kinds


TOTAL_CHECK_COLUMNS = 3
"""A totals row with a blank date says "Total" in one of the first columns (see drop_total_rows)."""


def unread_columns(table: Table, read: list[int | None]) -> dict[int, str]:
    """Return {position: "filled"} for the columns a reader leaves alone, so a big file never holds their texts.

    Kept as text: the columns read, the first columns (a totals row may be named there) and any column
    headed like one that is read (compared cell by cell).
    """
    read_keys = {table.keys[p] for p in read if p is not None}
    return {
        position: "filled"
        for position, key in enumerate(table.keys)
        if position >= TOTAL_CHECK_COLUMNS and position not in read and key not in read_keys
    }


def parse_durations(table: Table, frame: pd.DataFrame, position: int, unit: str) -> pd.Series:
    """Return the column's durations in minutes; unit is 'minutes', 'seconds', 'hours' or 'clock' (HH:MM:SS)."""
    if unit == "clock":
        codes, texts = distinct(frame[position])
        minutes, failed = parse_duration_texts(texts)
        if failed.any():
            unique = int(np.flatnonzero(failed.to_numpy())[0])
            offset = first_offset(frame, codes, unique)
            raise UploadError(
                Message(
                    "readers.not_a_duration",
                    "“{text}” is not a duration; write it as hours:minutes:seconds (for example 1:30:00)",
                    text=str(texts.iloc[unique]),
                ),
                file_name=table.file_name,
                row=table.row_number(offset),
                column=header_of(table, position),
            )
        return pd.Series(minutes.to_numpy()[codes], index=frame.index, dtype="float64")
    values = parse_numbers(table, frame, position)
    factor = {"minutes": 1.0, "seconds": 1 / 60, "hours": 60.0}[unit]
    return values * factor


def categorical(values: np.ndarray | list, categories: list | None = None) -> pd.Categorical:
    """Return text values as a Categorical (missing stays missing): one copy of each id however many rows."""
    return pd.Categorical(values, categories=categories)


def _label_codes(value, size: int) -> tuple[np.ndarray, pd.Index]:
    """Return per-row codes and the ids of a channel or audience given per row, for every row, or not at all."""
    if isinstance(value, pd.Series):
        if not isinstance(value.dtype, pd.CategoricalDtype):
            value = pd.Series(pd.Categorical(value.to_numpy(dtype=object)), index=value.index)
        return value.cat.codes.to_numpy(), value.cat.categories
    if value is None:
        return np.full(size, -1, dtype=np.int8), pd.Index([], dtype=object)
    return np.zeros(size, dtype=np.int8), pd.Index([value], dtype=object)


def _offsets(index: pd.Index) -> np.ndarray:
    """Return the frame's row offsets as int32 (a file under the size limit has far fewer rows)."""
    if isinstance(index, pd.RangeIndex):
        return np.arange(index.start, index.stop, index.step, dtype=np.int32)  # no int64 copy first
    return index.to_numpy().astype(np.int32)


def observations_from_columns(
    table: Table,
    frame: pd.DataFrame,
    dates: pd.Series,
    date_position: int,
    columns: list[tuple[str, int, pd.Series]],
    *,
    channel: pd.Series | str | None = None,
    audience: pd.Series | str | None = None,
) -> pd.DataFrame:
    """Return long observations from (metric id, column position, values) triples; blank values dropped.

    Text columns come back as Categoricals so a million rows hold each id once. Each output column is
    allocated once and filled column by column (no pieces to concatenate); a single full column is
    used as it is.
    """
    metrics = list(dict.fromkeys(metric for metric, _, _ in columns))
    headers = list(dict.fromkeys(header_of(table, position) for _, position, _ in columns))
    undated_mask = dates.isna().to_numpy()
    offsets = _offsets(frame.index)
    kept = []
    for metric, position, values in columns:
        present = values.notna().to_numpy()
        undated = present & undated_mask
        if undated.any():
            raise UploadError(
                Message(
                    "readers.values_without_date",
                    "this row has values but no date; fill in the date or delete the row",
                ),
                file_name=table.file_name,
                row=table.row_number(int(offsets[undated][0])),
                column=header_of(table, date_position),
            )
        if present.any():
            kept.append((metric, position, values, present, int(present.sum())))
    if not kept:
        return empty_long()
    total = sum(size for *_, size in kept)
    channel_codes, channels = _label_codes(channel, len(frame))
    audience_codes, audiences = _label_codes(audience, len(frame))
    whole = len(kept) == 1 and total == len(frame)
    out = {
        "date": dates.to_numpy() if whole else np.empty(total, dtype="datetime64[ns]"),
        "channel": channel_codes if whole else np.empty(total, dtype=channel_codes.dtype),
        "audience": audience_codes if whole else np.empty(total, dtype=audience_codes.dtype),
        "metric": np.empty(total, dtype=np.int16),
        "value": kept[0][2].to_numpy(dtype="float64") if whole else np.empty(total, dtype="float64"),
        "row": offsets + np.int32(table.first_row) if whole else np.empty(total, dtype=np.int32),
        "column": np.empty(total, dtype=np.int16),
    }
    at = 0
    for metric, position, values, present, size in kept:
        part = slice(at, at + size)
        if not whole:
            for name, source in (
                ("date", dates.to_numpy()),
                ("channel", channel_codes),
                ("audience", audience_codes),
                ("value", values.to_numpy(dtype="float64")),
                ("row", offsets),
            ):
                np.compress(present, source, out=out[name][part])  # straight into place, no temporary
            out["row"][part] += np.int32(table.first_row)
        out["metric"][part] = metrics.index(metric)
        out["column"][part] = headers.index(header_of(table, position))
        at += size
    return pd.DataFrame(
        {
            "date": out["date"],
            "channel": pd.Categorical.from_codes(out["channel"], categories=channels),
            "audience": pd.Categorical.from_codes(out["audience"], categories=audiences),
            "metric": pd.Categorical.from_codes(out["metric"], categories=metrics),
            "value": out["value"],
            "row": out["row"],
            "column": pd.Categorical.from_codes(out["column"], categories=headers),
        },
        copy=False,
    )


def empty_long() -> pd.DataFrame:
    """Return a long observation frame with no rows."""
    return pd.DataFrame(
        {
            "date": pd.Series([], dtype="datetime64[ns]"),
            "channel": pd.Series([], dtype=object),
            "audience": pd.Series([], dtype=object),
            "metric": pd.Series([], dtype=object),
            "value": pd.Series([], dtype="float64"),
            "row": pd.Series([], dtype="int64"),
            "column": pd.Series([], dtype=object),
        }
    )
