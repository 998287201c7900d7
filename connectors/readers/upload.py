"""Reading one upload: bytes in, a ParsedUpload out (or a plain-words UploadError / NeedsMapping).

The same path serves the browser upload, the command line, the tests and Google Sheets tabs.
"""

from __future__ import annotations

import contextlib
import csv
import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import BinaryIO

import numpy as np
import pandas as pd

from connectors.readers.budget import too_many_series
from connectors.readers.context import ReadContext, Reading
from connectors.readers.csv_table import csv_tables
from connectors.readers.errors import NeedsMapping
from connectors.readers.item_fields import item_rows
from connectors.readers.layouts import mapping_plan, read_tidy, read_wide, table_from_frame
from connectors.readers.limits import MAX_SERIES_PER_UPLOAD, MAX_UPLOAD_BYTES
from connectors.readers.mapping import ColumnMapping
from connectors.readers.parsed_upload import ParsedUpload
from connectors.readers.registry import Preset, PresetMatch, PresetRegistry, build_registry
from connectors.readers.safety import check_size, file_kind
from connectors.readers.table import Table
from connectors.readers.unsupported import unsupported_file
from connectors.readers.workbook import xls_tables, xlsx_tables
from metrics.errors import Message, UploadError
from metrics.ids import id_problem, normalised_id
from metrics.observations import ALL_AUDIENCES
from metrics.semantics import BUILTIN_METRICS, KNOWN_METRICS, RATIO_METRICS, metric_spec
from metrics.words import quoted_list

MAPPING_PRESET = "column_mapping"
NEGATIVE_ALLOWED = frozenset({"followers_gained"})
"""Known metrics that may be negative (a net change); every other known metric is a count or a duration."""


def read_content(file_obj: BinaryIO, file_name: str, limit: int = MAX_UPLOAD_BYTES) -> bytes:
    """Return the file's bytes, refusing more than the size limit without reading all of it."""
    size = None
    if hasattr(file_obj, "seek"):
        with contextlib.suppress(OSError, ValueError, AttributeError):
            size = file_obj.seek(0, 2)  # the whole size, for a message naming it; nothing is read
        with contextlib.suppress(OSError, ValueError):
            file_obj.seek(0)  # a stream read once already (detect, then read) starts over
    content = file_obj.read(limit + 1)
    if isinstance(content, str):
        content = content.encode("utf-8")
    check_size(content or b"", file_name, limit, size if isinstance(size, int) else None)
    return content


def load_tables(content: bytes, file_name: str) -> list[Table]:
    """Return the tables in a file: one for a CSV, one per non-empty sheet for a workbook."""
    kind = file_kind(content, file_name)
    if kind == "xlsx":
        tables = xlsx_tables(content, file_name)
    elif kind == "xls":
        tables = xls_tables(content, file_name)
    else:
        try:
            tables = csv_tables(content, file_name)
        except csv.Error:  # a damaged file the csv module cannot split (a stray line break, a NUL)
            raise UploadError(
                Message(
                    "readers.unclosed_quote",
                    "the rows cannot be split into columns (a quote is probably not closed); open the file in "
                    "a spreadsheet, check it and save it again",
                ),
                file_name=file_name,
            ) from None
    if not tables:
        raise UploadError(
            Message("readers.workbook_no_table", "the workbook has no sheet with a table in it"),
            file_name=file_name,
        )
    return tables


def detect_presets(
    file_obj: BinaryIO, file_name: str, *, registry: PresetRegistry | None = None
) -> list[PresetMatch]:
    """Return every preset that recognises the file, best first (empty when none does)."""
    content = read_content(file_obj, file_name)
    registry = registry or build_registry()
    return [match for match, _, _ in registry.matches(load_tables(content, file_name))]


def read_upload(
    file_obj: BinaryIO,
    file_name: str,
    *,
    channel: str | None = None,
    audience: str | None = None,
    preset: str | None = None,
    mapping: ColumnMapping | None = None,
    year_hint: int | None = None,
    registry: PresetRegistry | None = None,
    today: date | None = None,
) -> ParsedUpload:
    """Return the observations of one uploaded file; raise UploadError (NeedsMapping when no preset fits)."""
    content = read_content(file_obj, file_name)
    tables = load_tables(content, file_name)
    context = ReadContext(file_name, _clean(channel), _clean(audience), year_hint, today or date.today())
    registry = registry or build_registry()
    if mapping is not None:
        table = next((t for t in tables if mapping.fits(t.header)), tables[0])
        reading = read_wide(table, context, mapping_plan(table, mapping))
        name, label = MAPPING_PRESET, "Column mapping"
    elif preset is not None:
        chosen = registry.get(preset)
        if chosen is None:
            names = ", ".join(p.name for p in registry.presets())
            raise UploadError(
                Message(
                    "readers.unknown_preset",
                    "there is no preset called “{preset}”; known presets: {names}",
                    preset=preset,
                    names=names,
                ),
                file_name=file_name,
            )
        scored = [(chosen.matches(t), t) for t in tables]
        fitting = [(s, t) for s, t in scored if s]
        if not fitting:
            missing = chosen.missing_columns(tables[0])
            detail = (
                Message("readers.preset_missing", " (missing: {columns})", columns=", ".join(missing))
                if missing
                else ""
            )
            raise UploadError(
                Message(
                    "readers.preset_does_not_fit",
                    "this file does not look like a {preset}{detail}; choose another preset or map the columns",
                    preset=chosen.label,
                    detail=detail,
                ),
                file_name=file_name,
            )
        table = max(fitting, key=lambda item: item[0])[1]
        reading = read_sections(chosen, table, tables, context)
        name, label = chosen.name, chosen.label
    else:
        found = registry.matches(tables)
        if not found:
            raise unsupported_file(tables, file_name) or _needs_mapping(tables, file_name)
        match, chosen, table = found[0]
        reading = read_sections(chosen, table, tables, context)
        name, label = chosen.name, chosen.label
    return finish(reading, table, context, name, label, content)


def read_sections(chosen: Preset, table: Table, tables: list[Table], context: ReadContext) -> Reading:
    """Return the reading of a table, or of every section of the file the preset recognises, each on its channel.

    A section's observations take the channel its own title names (a Facebook section and an Instagram section
    of one Meta file stay apart); a section that names none takes the channel chosen at upload.
    """
    sections = [t for t in tables if t.section is not None and chosen.matches(t)]
    if table.section is None or len(sections) < 2:
        return chosen.read(table, context)
    readings = [(section, chosen.read(section, context)) for section in sections]
    parts = []
    for _, reading in readings:
        part = reading.observations.copy()
        part["channel"] = part["channel"].astype(object)
        if reading.channel:
            part["channel"] = part["channel"].where(part["channel"].notna(), reading.channel)
        parts.append(part)
    notes: list[str] = []
    for _, reading in readings:
        notes.extend(n for n in reading.notes if n not in notes)
    notes.append(
        Message(
            "readers.note_sections",
            "The file holds {count} sections ({titles}); each was read on its own, under the channel its title "
            "names.",
            count=len(readings),
            titles=quoted_list([section.title() or f"#{section.section}" for section, _ in readings]),
        )
    )
    first = readings[0][1]
    return Reading(
        pd.concat(parts, ignore_index=True),
        sum(reading.row_count for _, reading in readings),
        tuple(notes),
        None,
        first.per_item,
        net_metrics=first.net_metrics,
    )


def _clean(value: str | None) -> str | None:
    return value.strip() or None if isinstance(value, str) else value


def _needs_mapping(tables: list[Table], file_name: str) -> NeedsMapping:
    table = max(tables, key=lambda t: len(t.sample))
    sample = table.sample.head(5).copy()
    sample.columns = [h or f"column {i + 1}" for i, h in enumerate(table.header)][: sample.shape[1]]
    return NeedsMapping(
        Message(
            "readers.needs_mapping",
            "Goalpost does not recognise this layout. Say which column holds the date, which the channel (if any) "
            "and which metric each number column holds; the mapping is kept for next month's file of the same shape",
        ),
        file_name=file_name,
        columns=list(table.header),
        sample=sample,
    )


def finish(
    reading: Reading, table: Table, context: ReadContext, preset: str, preset_label: str, content: bytes
) -> ParsedUpload:
    """Return the ParsedUpload of a reading: channel and audience settled, values checked, days combined.

    The reading's observation frame is taken over (left empty): its columns are let go as soon as they
    are used, so a million-row file is finished within a few times its size.
    """
    file_name = context.file_name
    if reading.row_count == 0:
        raise UploadError(
            Message(
                "readers.header_only",
                "the file has a header but no data rows; export it again for a period with data",
            ),
            file_name=file_name,
        )
    long = reading.observations
    if long.empty:
        raise UploadError(
            Message(
                "readers.no_numbers",
                "no numbers were found in the columns Goalpost reads ({columns}); check that the export covers a "
                "period with data",
                columns=", ".join(h for h in table.header if h)[:200],
            ),
            file_name=file_name,
        )
    notes = list(dict.fromkeys(reading.notes))
    long = _without_ratios(long, file_name, notes)
    fallback_channel = context.channel or reading.channel
    if context.channel and reading.channel and context.channel != reading.channel:
        notes.append(
            Message(
                "readers.note_other_channel",
                "The file looks like a {found} export; stored under “{chosen}” as chosen.",
                found=reading.channel,
                chosen=context.channel,
            )
        )
    channels = _as_categorical(long["channel"])
    missing_channel = channels.isna().to_numpy()
    if missing_channel.any():
        if fallback_channel is None:
            row = int(long["row"].to_numpy()[missing_channel][0]) if reading.channel_column else None
            raise UploadError(
                Message(
                    "readers.channel_unknown",
                    "the file does not say which channel it belongs to; choose the channel (for example facebook "
                    "or linkedin) when uploading",
                ),
                file_name=file_name,
                row=row,
                column=reading.channel_column,
            )
        channels = _filled(channels, fallback_channel)
    audiences = _filled(_as_categorical(long["audience"]), context.audience or ALL_AUDIENCES)
    metrics = _as_categorical(long["metric"])
    rows, value_columns = long["row"].to_numpy(), long["column"]
    _check_series_count(channels, audiences, metrics, file_name)
    channels = _checked_ids(
        channels, _ID_FIELDS["channel"], rows, lambda _: reading.channel_column, file_name
    )
    audiences = _checked_ids(
        audiences, _ID_FIELDS["audience"], rows, lambda _: reading.audience_column, file_name
    )
    metrics = _checked_ids(
        metrics, "metric", rows, lambda at, names=value_columns: str(names.iloc[at]), file_name
    )
    del rows, value_columns
    taken = {name: long.pop(name) for name in list(long.columns)}  # the reading keeps no column alive
    long = pd.DataFrame(
        {
            "date": taken.pop("date").to_numpy(),
            "channel": channels.array,
            "audience": audiences.array,
            "metric": metrics.array,
            "value": taken.pop("value").to_numpy(),
            "row": taken.pop("row").to_numpy(),
            "column": taken.pop("column").array,
        },
        copy=False,
    )
    del taken, channels, audiences, metrics
    # Posts and videos keep their text fields for audience rules, unless the whole file was said to be for one.
    whole_file_audience = context.audience not in (None, ALL_AUDIENCES)
    items = (
        item_rows(table, long)
        if reading.per_item and table.section is None and not whole_file_audience
        else None
    )
    notes.extend(_check_signs(long, file_name, reading.net_metrics))
    long, combined_notes, keyed = _combine_same_day(long, reading.per_item, file_name)
    notes.extend(combined_notes)
    del long["row"], long["column"]  # needed only to name rows in messages; del lets go without a copy
    observations, found = _sorted_observations(long, keyed)
    del long, keyed
    _check_finite(observations, file_name)
    found_channels, found_audiences = found["channel"], found["audience"]
    return ParsedUpload(
        file_name=file_name,
        preset=preset,
        preset_label=preset_label,
        observations=observations,
        channel=str(found_channels[0]) if len(found_channels) == 1 else context.channel,
        audience=str(found_audiences[0])
        if len(found_audiences) == 1
        else (context.audience or ALL_AUDIENCES),
        period_start=observations["date"].min().date(),
        period_end=observations["date"].max().date(),
        row_count=int(reading.row_count),
        metrics=sorted(found["metric"].tolist()),
        content=content,
        notes=notes,
        items=items,
    )


def _without_ratios(long: pd.DataFrame, file_name: str, notes: list) -> pd.DataFrame:
    """Return the observations less those under a ratio's id (CTR, position), noting them; refuse when none is left.

    A ratio's daily values cannot make a month value (neither their sum nor their mean is the month's CTR):
    Goalpost computes it from its parts, so the parts are what to upload.
    """
    ratios = long["metric"].isin(list(RATIO_METRICS)).to_numpy()
    if not ratios.any():
        return long
    names = sorted({str(m) for m in long.loc[ratios, "metric"]})
    parts = [
        f"{n} = {RATIO_METRICS[n].ratio.numerator} ÷ {RATIO_METRICS[n].ratio.denominator}" for n in names
    ]
    message = Message(
        "readers.ratio_values_not_stored",
        "{metrics}: a ratio's daily values are not stored, because no sum or mean of them is the month's value; "
        "Goalpost computes it each month from its parts ({parts}), so upload those",
        metrics=quoted_list(names),
        parts="; ".join(parts),
    )
    if ratios.all():
        raise UploadError(message, file_name=file_name)
    notes.append(message)
    return long[~ratios].reset_index(drop=True)


@dataclass
class _Keyed:
    """Rows ranked by (date, channel, audience, metric): narrow per-column codes, labels and the sort order.

    Used up by _sorted_observations, which lets go of its per-row arrays (see let_go).
    """

    codes: dict[str, np.ndarray]  # per row, the rank of its id among the column's ids sorted by text
    labels: dict[str, np.ndarray]  # per column, its ids sorted by text (object array)
    order: np.ndarray | None  # row positions in key order; None when the rows are in key order already
    repeats: np.ndarray  # places in key order whose key equals the key just before
    values: np.ndarray | None = None  # the values in key order when rows were added up (else the rows' own)

    def rows(self, places: np.ndarray) -> np.ndarray:
        """Return the row positions at these places in key order."""
        return places if self.order is None else self.order[places]

    def let_go(self) -> None:
        """Drop the per-row arrays (the caller may still hold the ranking while the output is built)."""
        self.codes, self.order, self.values = {}, None, None
        self.repeats = np.empty(0, dtype=np.int64)


def _keyed(long: pd.DataFrame) -> _Keyed:
    """Return the rows' ranking by (date, channel, audience, metric), built from narrow codes."""
    labels, codes = {}, {}
    for column in ("channel", "audience", "metric"):
        values = _as_categorical(long[column])
        categories = values.cat.categories
        order = np.argsort(np.asarray(categories.astype(str)), kind="stable")
        rank = np.empty(len(categories), dtype=np.min_scalar_type(-len(categories) - 1))
        rank[order] = np.arange(len(categories))
        codes[column] = rank[values.cat.codes.to_numpy()]
        labels[column] = np.asarray(categories, dtype=object)[order]
    key = _day_numbers(long["date"])
    width = math.prod(len(labels[column]) + 1 for column in codes)
    if len(key) and int(key.max()) - int(key.min()) < (2**31 - 1) // width:
        # Days counted from the first one: the whole key fits in 4 bytes a row (the sorts need half the memory).
        key -= key.min()
        key = key.astype(np.int32)
    for column in ("channel", "audience", "metric"):
        key *= len(labels[column]) + 1
        key += codes[column]
    order = None
    if len(key) > 1 and not bool(np.all(key[1:] >= key[:-1])):
        order = np.argsort(key, kind="stable")
        key = key[order]
    repeats = np.flatnonzero(key[1:] == key[:-1]) + 1
    return _Keyed(codes, labels, order, repeats)


def _day_numbers(dates: pd.Series) -> np.ndarray:
    """Return each date's day number (days since 1970) as int64, straight from the nanoseconds."""
    return dates.to_numpy().astype("datetime64[ns]", copy=False).view("int64") // 86_400_000_000_000


def _sorted_observations(
    long: pd.DataFrame, keyed: _Keyed | None
) -> tuple[pd.DataFrame, dict[str, np.ndarray]]:
    """Return the observation frame sorted by date, channel, audience and metric, and each column's ids found.

    Each column is built once, straight into the frame: a million rows make one array per column.
    """
    keyed = keyed or _keyed(long)
    order = keyed.order
    columns: dict[str, object] = {}
    # Each input column is taken out of `long` and let go once its sorted copy exists.
    for name, dtype in (("date", "datetime64[ns]"), ("value", "float64")):
        values = long.pop(name).to_numpy().astype(dtype, copy=False)
        if name == "value" and keyed.values is not None:
            values = keyed.values  # added up already, in key order
        elif order is not None:
            values = values[order]
        columns[name] = values
        del values
    codes = {column: c if order is None else c[order] for column, c in keyed.codes.items()}
    keyed_labels = keyed.labels
    keyed.let_go()
    del order, keyed
    found = {}
    for column in ("channel", "audience", "metric"):
        labels = keyed_labels[column]
        found[column] = labels[np.bincount(codes[column], minlength=len(labels)) > 0]
        # A Series of dtype object takes the array as it is (a bare object array would be inspected per cell).
        columns[column] = pd.Series(labels[codes.pop(column)], dtype=object, copy=False)
    observations = pd.DataFrame(
        {name: columns[name] for name in ("date", "channel", "audience", "metric", "value")}, copy=False
    )
    return observations, found


def _as_categorical(values: pd.Series) -> pd.Series:
    """Return a text column as a categorical Series (cheap for a million rows of a few ids)."""
    if isinstance(values.dtype, pd.CategoricalDtype):
        return values
    return pd.Series(pd.Categorical(values.to_numpy(dtype=object)), index=values.index)


def _check_series_count(
    channels: pd.Series, audiences: pd.Series, metrics: pd.Series, file_name: str
) -> None:
    """Raise when the upload holds more distinct (channel, audience, metric) series than one upload may."""
    sizes = [len(values.cat.categories) for values in (channels, audiences, metrics)]
    if math.prod(sizes) <= MAX_SERIES_PER_UPLOAD:
        return
    count = max(sizes)
    if count <= MAX_SERIES_PER_UPLOAD:  # many ids each, but perhaps few combinations: count those
        key = channels.cat.codes.to_numpy().astype(np.int64)
        for values, size in ((audiences, sizes[1]), (metrics, sizes[2])):
            key = key * (size + 1) + values.cat.codes.to_numpy()
        count = len(np.unique(key))
    if count > MAX_SERIES_PER_UPLOAD:
        raise UploadError(too_many_series(count), file_name=file_name)


_ID_FIELDS = {
    "channel": Message("readers.id_channel", "channel"),
    "audience": Message("readers.id_audience", "audience"),
    "metric": Message("readers.id_metric", "metric"),
}


def _checked_ids(
    values: pd.Series, field: str, rows: np.ndarray, column_at: Callable[[int], str | None], file_name: str
) -> pd.Series:
    """Return a categorical column of ids in NFC; raise naming the first row holding an id that is not one.

    An id with an invisible or control character, or one that is UTF-8 read as Windows-1252, would be
    stored as a second id that looks like (or should be) an existing one.
    """
    labels = [str(label) for label in values.cat.categories]
    for position, label in enumerate(labels):
        problem = id_problem(label)
        if problem is None:
            continue
        at = int(np.flatnonzero(values.cat.codes.to_numpy() == position)[0])
        if problem == "mojibake":
            message = Message(
                "readers.mojibake_id",
                "the {field} “{value}” looks like text saved in one encoding and read in another (“Ã¸” for "
                "“ø”); correct it, or in Excel choose “Save as… CSV UTF-8” and upload that file",
                field=field,
                value=label,
            )
        else:
            message = Message(
                "readers.invisible_in_id",
                "the {field} “{value}” holds an invisible or control character ({character}), so it would "
                "look like another name but be stored as a different one; delete the name and type it again",
                field=field,
                value=label.encode("unicode_escape").decode("ascii"),  # the invisible made visible
                character=problem,
            )
        raise UploadError(message, file_name=file_name, row=int(rows[at]), column=column_at(at))
    normal = [normalised_id(label) for label in labels]
    if normal == labels:
        return values
    # Two spellings of one id (composed and decomposed "ø") become one category.
    codes = values.cat.codes.to_numpy()
    mapped = np.asarray(normal, dtype=object)[codes]
    if (codes < 0).any():
        mapped[codes < 0] = None
    return pd.Series(pd.Categorical(mapped), index=values.index)


def _filled(values: pd.Series, fallback: str) -> pd.Series:
    """Return a categorical Series with missing entries set to the fallback id."""
    if not values.isna().any():
        return values
    if fallback not in values.cat.categories:
        values = values.cat.add_categories([fallback])
    return values.fillna(fallback)


def _check_finite(observations: pd.DataFrame, file_name: str) -> None:
    """Raise when values of one day added up overflow (two posts of 1.7e308 make inf)."""
    finite = np.isfinite(observations["value"].to_numpy())
    if finite.all():
        return
    first = observations[~finite].iloc[0]
    raise UploadError(
        Message(
            "readers.day_overflow",
            "the {metric} values of {day} add up to more than Goalpost can hold (about 1.8 × 10^308); check "
            "that day's numbers",
            metric=str(first["metric"]),
            day=str(first["date"].date()),
        ),
        file_name=file_name,
    )


def _check_signs(long: pd.DataFrame, file_name: str, net_metrics: frozenset[str] = frozenset()) -> list:
    """Raise for a negative value of a metric that cannot be negative (followers, reach, views, durations).

    Return notes naming the net flows (as the preset declares them) that hold negative days: stored as they are.
    """
    negative = long["value"].to_numpy() < 0
    if not negative.any():
        return []
    allowed = NEGATIVE_ALLOWED | net_metrics
    known = long["metric"].isin(list((set(BUILTIN_METRICS) | set(KNOWN_METRICS)) - allowed)).to_numpy()
    bad = negative & known
    if bad.any():
        first = long[bad].sort_values("row").iloc[0]
        label = metric_spec(first["metric"]).label.lower()
        raise UploadError(
            Message(
                "readers.negative_value",
                "{value} {metric} is impossible (it cannot be negative); check the value",
                value=f"{first['value']:g}",
                metric=label,
            ),
            file_name=file_name,
            row=int(first["row"]),
            column=str(first["column"]),
        )
    notes = []
    net = negative & long["metric"].isin(list(net_metrics)).to_numpy()
    for metric in sorted({str(m) for m in long.loc[net, "metric"]}):
        rows = long[net & (long["metric"] == metric).to_numpy()]
        first = rows.sort_values("row").iloc[0]
        notes.append(
            Message(
                "readers.note_net_negative",
                "{metric} is reported net of removals (deleted comments, unlikes): {count} days are negative, "
                "the first {value} in row {row}; stored as they are.",
                metric=str(first["column"]),
                count=len(rows),
                value=f"{float(first['value']):g}",
                row=int(first["row"]),
            )
        )
    return notes


def _key_duplicates(long: pd.DataFrame) -> np.ndarray:
    """Return a mask of rows sharing (date, channel, audience, metric) with another row."""
    keyed = _keyed(long)
    duplicated = np.zeros(len(long), dtype=bool)
    duplicated[keyed.rows(keyed.repeats)] = True
    duplicated[keyed.rows(keyed.repeats - 1)] = True
    return duplicated


_SUM, _LAST, _POOLED = 0, 1, 2
"""How a metric's values of one day and key combine: added up, the last one counts, or all kept (pooled)."""


def _added_up(long: pd.DataFrame, keyed: _Keyed, kind_of_rank: np.ndarray) -> _Keyed:
    """Return the ranking of one row per day and key: sums added up, the last row of a stock, pooled rows kept.

    Works on the key order already found (runs of one key are neighbours): no grouping of a big frame.
    """
    count = len(long)
    order = keyed.order if keyed.order is not None else np.arange(count)
    first = np.ones(count, dtype=bool)
    first[keyed.repeats] = False  # the first place of each run of one key
    starts = np.flatnonzero(first)
    kind = kind_of_rank[keyed.codes["metric"][order]]  # per place; a run's rows share their metric
    summed = first & (kind == _SUM)
    keep = summed | (kind == _POOLED)
    stock = kind == _LAST
    if stock.any():
        # A stock (last metric): the row furthest down the file counts; of rows tied there, the last read.
        run = np.cumsum(first, dtype=np.int32)
        run -= 1
        rows = long["row"].to_numpy()[order]
        latest = np.flatnonzero((rows == np.maximum.reduceat(rows, starts)[run]) & stock)
        keep[latest[np.r_[run[latest[1:]] != run[latest[:-1]], True]]] = True
        del run, rows, latest
    take = np.flatnonzero(keep)
    values = long["value"].to_numpy(dtype="float64")
    # Each run's sum, added in file order (the stable key order keeps a run's rows in it).
    with np.errstate(over="ignore"):  # an overflowing day is refused in finish, with a message
        sums = np.add.reduceat(values[order], starts)[kind[starts] == _SUM]
    taken = values[order[take]]
    taken[summed[take]] = sums  # the kept first places of summed runs, in the same (key) order
    return _Keyed(keyed.codes, keyed.labels, order[take], np.empty(0, dtype=np.int64), taken)


def _combine_same_day(
    long: pd.DataFrame, per_item: bool, file_name: str
) -> tuple[pd.DataFrame, list[str], _Keyed | None]:
    """Return one value per day and key for sum/last metrics; median/mean metrics keep every row (pooled later).

    Also returns the ranking to build the observations from: the rows' own when none repeat a key, the
    added-up rows' for a per-item file; None when repeated rows were read once (the frame is new then).
    """
    keys = ["date", "channel", "audience", "metric"]
    keyed = _keyed(long)
    metric_labels = keyed.labels["metric"]
    aggregation = {m: metric_spec(m).aggregation for m in metric_labels}
    pooled_metrics = [m for m, how in aggregation.items() if how in ("median", "mean")]
    kind_of_rank = np.array(
        [
            _POOLED if aggregation[m] in ("median", "mean") else _LAST if aggregation[m] == "last" else _SUM
            for m in metric_labels
        ],
        dtype=np.int8,
    )
    # Rows sharing a key share its metric, so one repeat of a sum or last metric means combining is needed.
    if (kind_of_rank[keyed.codes["metric"][keyed.rows(keyed.repeats)]] == _POOLED).all():
        return long, [], keyed
    if per_item:
        notes = [
            Message(
                "readers.note_items_added_up",
                "Values of the same day were added up (one row per post, video or ticket).",
            )
        ]
        return long, notes, _added_up(long, keyed, kind_of_rank)
    del keyed
    pooled = long["metric"].isin(pooled_metrics).to_numpy()
    raw = long[pooled]
    rest = long[~pooled] if pooled.any() else long
    duplicated = _key_duplicates(rest)
    notes = []
    clashes = rest[duplicated].copy()
    for column in ("channel", "audience", "metric"):
        clashes[column] = clashes[column].astype(object)
    differing = clashes.groupby(keys, sort=False, observed=True)["value"].nunique()
    if (differing > 1).any():
        key = differing[differing > 1].index[0]
        same = np.ones(len(clashes), dtype=bool)
        for name, part in zip(keys, key, strict=True):
            same &= (clashes[name] == part).to_numpy()
        rows = clashes.loc[same, "row"].sort_values()
        first, second = int(rows.iloc[0]), int(rows.iloc[1])
        column = str(clashes[clashes["row"] == second]["column"].iloc[0])
        raise UploadError(
            Message(
                "readers.conflicting_rows",
                "row {row} repeats the date, channel, audience and metric of row {first} with a different value; "
                "delete the wrong row",
                row=second,
                first=first,
            ),
            file_name=file_name,
            row=second,
            column=column,
        )
    notes.append(
        Message("readers.note_repeats_read_once", "Rows repeated with the same value were read once.")
    )
    deduplicated = rest.drop_duplicates(keys, keep="first")
    return pd.concat([deduplicated, raw], ignore_index=True), notes, None


def read_tidy_frame(
    frame_of_strings: pd.DataFrame,
    source_name: str,
    *,
    channel: str | None = None,
    audience: str | None = None,
    year_hint: int | None = None,
    first_row: int = 2,
    today: date | None = None,
) -> ParsedUpload:
    """Return the observations of a tidy table given as a DataFrame of cell texts (header as columns)."""
    table = table_from_frame(frame_of_strings, source_name, first_row)
    context = ReadContext(source_name, _clean(channel), _clean(audience), year_hint, today or date.today())
    reading = read_tidy(table, context)
    content = frame_of_strings.to_csv(index=False).encode("utf-8")
    return finish(reading, table, context, "goalpost_tidy", "Goalpost tidy layout", content)


def read_wide_frame(
    frame_of_strings: pd.DataFrame,
    source_name: str,
    *,
    channel: str | None = None,
    audience: str | None = None,
    mapping: ColumnMapping | None = None,
    year_hint: int | None = None,
    first_row: int = 2,
    today: date | None = None,
) -> ParsedUpload:
    """Return the observations of a wide tracker given as a DataFrame of cell texts (header as columns)."""
    table = table_from_frame(frame_of_strings, source_name, first_row)
    context = ReadContext(source_name, _clean(channel), _clean(audience), year_hint, today or date.today())
    plan = mapping_plan(table, mapping) if mapping is not None else None
    reading = read_wide(table, context, plan)
    content = frame_of_strings.to_csv(index=False).encode("utf-8")
    name, label = (MAPPING_PRESET, "Column mapping") if mapping else ("wide_tracker", "Tracker")
    return finish(reading, table, context, name, label, content)
