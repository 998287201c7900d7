"""CSV text to a Table: `sep=` line, delimiter, preamble and header found in the first rows; rows read in bulk.

The first rows are inspected with Python's csv module; all rows are then parsed once by pandas' C parser
with the settings found, so a million-row file costs about what a bare `pandas.read_csv` costs.
"""

from __future__ import annotations

import csv
import io
import re
import warnings
from collections import Counter
from collections.abc import Mapping
from dataclasses import replace

import pandas as pd

from connectors.readers.encoding import decode_text, detect_encoding, utf8_head
from connectors.readers.limits import CAREFUL_CHECK_BYTES, HEAD_ROWS, MAX_TABLE_CELLS
from connectors.readers.rows import table_from_rows
from connectors.readers.table import (
    PAD_SHORT_ROWS,
    Table,
    cells_filled,
    locate_header,
    sample_frame,
    without_blank_rows,
)
from metrics.errors import Message, UploadError

DELIMITERS = (",", ";", "\t", "|")
_HEAD_CHARS = 256 * 1024
_SEP_LINE = re.compile(r'^\s*"?sep=(.)"?[,;\t]*\s*$', re.IGNORECASE)
_PARSER_ERROR = re.compile(r"Expected (\d+) fields in line (\d+), saw (\d+)")
csv.field_size_limit(16 * 1024 * 1024)


def sniff_delimiter(text: str) -> str:
    """Return the delimiter that splits the most rows into the same number (2 or more) of fields."""
    lines = [line for line in text.split("\n")[: HEAD_ROWS * 2] if not line.lstrip().startswith("#")]
    sample = "\n".join(lines)
    best, best_score = ",", (0, 0)
    for candidate in DELIMITERS:
        widths = [len(r) for r in csv.reader(io.StringIO(sample), delimiter=candidate) if cells_filled(r)]
        wide = [w for w in widths if w >= 2]
        if not wide:
            continue
        width, count = Counter(wide).most_common(1)[0]
        score = (count, width)
        if score > best_score:
            best, best_score = candidate, score
    return best


def _packed_delimiter(cells: list[str]) -> str | None:
    """Return the delimiter that splits (nearly) every packed cell into the same number of fields, if one does."""
    for candidate in DELIMITERS:
        # A line break inside a quoted cell is no packed row (and the csv module refuses it unquoted).
        widths = [len(next(csv.reader([_one_line(cell)], delimiter=candidate), [])) for cell in cells]
        width, count = Counter(widths).most_common(1)[0]
        if width >= 2 and count >= 2 and count >= 0.5 * len(widths):
            return candidate
    return None


def csv_tables(content: bytes, file_name: str) -> list[Table]:
    """Return the tables of a CSV file: one, or one per section when the file repeats its header below a title.

    Meta's daily files can hold a Facebook section and then an Instagram section, each with its own title line
    and its own `Date,Primary` header; each section becomes a table of its own (its title as preamble).
    """
    table = csv_table(content, file_name)
    if len(content) > CAREFUL_CHECK_BYTES or not table.preamble:
        return [table]
    text, _ = decode_text(content, file_name)
    normalised = text.replace("\r\n", "\n").replace("\r", "\n")
    first_line, _, rest = normalised.partition("\n")
    sep_match = _SEP_LINE.match(first_line)
    body = rest if sep_match else normalised
    delimiter = sep_match.group(1) if sep_match else sniff_delimiter(body[:_HEAD_CHARS])
    records = list(csv.reader(io.StringIO(body), delimiter=delimiter))
    keys = [_row_key(r) for r in records]
    header_key = _row_key(list(table.header))
    starts = [
        index - 1
        for index, key in enumerate(keys)
        if key == header_key and index > 0 and cells_filled(records[index - 1]) == 1
    ]
    if len(starts) < 2:
        return [table]
    offset = 1 if sep_match else 0
    tables = []
    for number, (start, end) in enumerate(zip(starts, [*starts[1:], len(records)], strict=True), start=1):
        section = table_from_rows(records[start:end], file_name, row_offset=start + offset, notes=table.notes)
        if section is not None:
            tables.append(replace(section, section=number))
    return tables or [table]


def _row_key(row: list[str]) -> tuple[str, ...]:
    """Return a row's filled cells, trimmed and lower case, for recognising a repeated header."""
    return tuple(str(c).replace("\ufeff", "").strip().casefold() for c in row if str(c).strip())


def _one_line(cell: str) -> str:
    """Return a cell's text with line breaks as spaces, so the csv module can split it as one line."""
    return cell.replace("\r", " ").replace("\n", " ")


def csv_table(content: bytes, file_name: str) -> Table:
    """Return the table in a CSV file's bytes; raises UploadError for text that holds no table."""
    # A big UTF-8 file is only checked, never decoded whole: its bytes go to the parser as they are (a byte
    # order mark sits in a skipped line, the header's). Other encodings are decoded and re-encoded.
    text: str | None = None
    head = utf8_head(content, file_name, _HEAD_CHARS + 1) if len(content) > CAREFUL_CHECK_BYTES else None
    if head is not None:
        encoding_label, payload = "UTF-8", content
    else:
        text, encoding_label = decode_text(content, file_name)
        encoding, _ = detect_encoding(content)
        payload = (
            content if encoding.startswith("utf-8") and encoding_label == "UTF-8" else text.encode("utf-8")
        )
        head = text[: _HEAD_CHARS + 1]
    truncated = len(head) > _HEAD_CHARS
    head = head[:_HEAD_CHARS].replace("\r\n", "\n").replace("\r", "\n")
    first_line, _, after_first = head.partition("\n")
    sep_match = _SEP_LINE.match(first_line)
    sep_lines = 1 if sep_match else 0
    body_head = after_first if sep_match else head
    delimiter = sep_match.group(1) if sep_match else sniff_delimiter(body_head)
    records = list(csv.reader(io.StringIO(body_head), delimiter=delimiter))
    if truncated and records:
        records = records[:-1]  # the head may end inside a row
    header_index = locate_header(records[: HEAD_ROWS * 4])
    decimal_hint = "," if delimiter == ";" else None
    notes: list[str] = []
    if encoding_label == "Windows-1252":
        notes.append(
            Message(
                "readers.note_windows_1252",
                "The file was saved by Excel as Windows-1252 text; read with that encoding.",
            )
        )

    data_records = [r for r in records[header_index:] if cells_filled(r)]
    if data_records and all(cells_filled(r) == 1 and str(r[0]).strip() for r in data_records[:HEAD_ROWS]):
        first_cells = [next(c for c in r if c.strip()) for r in data_records[:HEAD_ROWS]]
        inner = _packed_delimiter(first_cells)
        if inner is not None:
            whole = text if text is not None else decode_text(content, file_name)[0]
            return _repair_packed(whole, sep_lines, delimiter, inner, file_name, decimal_hint)

    header_record = records[header_index] if records else []
    header = tuple(str(c).replace("\ufeff", "").strip() for c in header_record)
    width = len(header)
    skip = sep_lines + header_index + 1
    preamble = tuple(
        " ".join(c.strip() for c in r if c.strip()) for r in records[:header_index] if cells_filled(r)
    )
    if width < 2:
        raise UploadError(
            Message(
                "readers.single_column",
                "no table found: the file has a single column. Export it again as a table with one column per "
                "value (a date column and at least one number column)",
            ),
            file_name=file_name,
        )
    _check_cells(payload, width, file_name)
    short_rows: list[tuple[int, int]] = []
    if len(payload) <= CAREFUL_CHECK_BYTES and text is not None:
        normalised = text.replace("\r\n", "\n").replace("\r", "\n")
        if sep_lines:
            normalised = normalised.partition("\n")[2]
        reader = csv.reader(io.StringIO(normalised), delimiter=delimiter)
        for offset, record in enumerate(reader):
            position = offset - header_index - 1
            if position >= 0 and 0 < len(record) < width and cells_filled(record):
                short_rows.append((position, len(record)))
    first_row = header_index + 2

    def load(kinds: Mapping[int, str]) -> pd.DataFrame:
        kinds = dict(kinds)
        pad = kinds.pop(PAD_SHORT_ROWS, None) is not None
        if short_rows:  # the short-row check reads every column's texts (only small files are checked)
            kinds = {position: kind for position, kind in kinds.items() if kind != "filled"}
        frame = _bulk_read(payload, delimiter, skip, width, kinds, file_name, sep_lines)
        frame = _drop_extra_columns(frame, width, file_name, first_row)
        frame = without_blank_rows(frame)
        if not pad:
            _check_short_rows(frame, short_rows, width, header, file_name, first_row)
        return frame

    return Table(
        file_name=file_name,
        header=header,
        sample=sample_frame(records[header_index + 1 :], width),
        first_row=first_row,
        loader=load,
        preamble=preamble,
        notes=tuple(notes),
        decimal_hint=decimal_hint,
    )


def _check_cells(payload: bytes, width: int, file_name: str) -> None:
    """Raise when the file's lines times the header's columns pass the cells one CSV may hold.

    Counted before pandas parses anything (a count of line ends runs in C): 100 MB of separators alone
    would otherwise become 50 million cells in memory.
    """
    lines = payload.count(b"\n") + 1
    if lines * width <= MAX_TABLE_CELLS:
        return
    raise UploadError(
        Message(
            "readers.too_many_csv_cells",
            "the file holds about {rows} rows of {columns} columns, more than the {limit} cells (rows × columns) "
            "Goalpost reads from one file; export a shorter period or fewer columns",
            rows=f"{lines:,}",
            columns=f"{width:,}",
            limit=f"{MAX_TABLE_CELLS:,}",
        ),
        file_name=file_name,
    )


def _bulk_read(
    payload: bytes,
    delimiter: str,
    skip: int,
    width: int,
    kinds: Mapping[int, str],
    file_name: str,
    sep_lines: int,
) -> pd.DataFrame:
    """Return all rows below the header as parsed by pandas' C parser (text unless `kinds` says otherwise)."""
    columns = width
    floats = {i for i, kind in kinds.items() if kind == "float"}
    # Columns no reader looks at: only whether each cell holds something (for blank rows), never the texts.
    presence = {i: _cell_filled for i, kind in kinds.items() if kind == "filled"}
    for _attempt in range(8):
        dtype = {
            i: ("category" if kinds.get(i) == "category" else "float64" if i in floats else object)
            for i in range(columns)
            if i not in presence
        }
        try:
            with warnings.catch_warnings():
                # pandas cuts a first row wider than the names with only a warning (a silent wrong value):
                # as an error it makes the row read whole, so that _drop_extra_columns judges it like any other.
                warnings.simplefilter("error", pd.errors.ParserWarning)
                return pd.read_csv(
                    io.BytesIO(payload),
                    sep=delimiter,
                    header=None,
                    names=list(range(columns)),
                    index_col=False,
                    skiprows=skip,
                    dtype=dtype,
                    converters=presence,
                    keep_default_na=False,
                    na_values={i: [""] for i in floats},
                    skip_blank_lines=False,
                    encoding="utf-8",
                    engine="c",
                    quotechar='"',
                )
        except pd.errors.ParserWarning:
            columns = max(columns + 1, _first_row_width(payload, delimiter, skip))
        except pd.errors.ParserError as error:
            match = _PARSER_ERROR.search(str(error))
            if not match:
                raise UploadError(
                    Message(
                        "readers.unclosed_quote",
                        "the rows cannot be split into columns (a quote is probably not closed); open the file in "
                        "a spreadsheet, check it and save it again",
                    ),
                    file_name=file_name,
                ) from None
            columns = int(match.group(3))  # read the wider row too; _drop_extra_columns judges it
        except (ValueError, TypeError):
            if not floats:
                raise
            floats = set()  # the fast number path met a text like "1 234,5": read text, parse carefully
    raise UploadError(
        Message("readers.ragged_rows", "rows have very different numbers of fields; export the file again"),
        file_name=file_name,
    )


def _first_row_width(payload: bytes, delimiter: str, skip: int) -> int:
    """Return how many fields the first row below the header holds (quotes respected)."""
    first = pd.read_csv(
        io.BytesIO(payload),
        sep=delimiter,
        header=None,
        skiprows=skip,
        nrows=1,
        dtype=object,
        keep_default_na=False,
        skip_blank_lines=False,
        encoding="utf-8",
        engine="c",
        quotechar='"',
    )
    return first.shape[1]


def _cell_filled(cell: str) -> bool:
    """Return True when a cell holds anything (the "filled" column kind)."""
    return cell != ""


def _drop_extra_columns(frame: pd.DataFrame, width: int, file_name: str, first_row: int) -> pd.DataFrame:
    """Return the frame cut to the header's width, or raise when a cell beyond the header holds a value."""
    if frame.shape[1] <= width:
        return frame
    extra = frame.iloc[:, width:]
    filled = pd.Series(False, index=frame.index)
    for column in extra.columns:
        values = extra[column]
        filled |= values.notna() & (values.astype(str).str.strip() != "")
    if filled.any():
        offset = int(filled[filled].index[0])
        raise UploadError(
            Message(
                "readers.row_too_long",
                "this row has more values than the header has columns ({width}); a separator is probably inside "
                "a value that is not in quotes. Fix the row or export the file again",
                width=width,
            ),
            file_name=file_name,
            row=first_row + offset,
        )
    return frame.iloc[:, :width]


def _check_short_rows(
    frame: pd.DataFrame,
    short_rows: list[tuple[int, int]],
    width: int,
    header: tuple[str, ...],
    file_name: str,
    first_row: int,
) -> None:
    """Raise for a row with fewer values than the header, unless the missing columns are empty everywhere."""
    for position, length in short_rows:
        for column in range(length, width):
            values = frame[column]
            if (values.notna() & (values.astype(str).str.strip() != "")).any():
                raise UploadError(
                    Message(
                        "readers.row_too_short",
                        "this row has {length} values but the header has {width} columns, so the values would "
                        "land in the wrong columns; fix the row or export the file again",
                        length=length,
                        width=width,
                    ),
                    file_name=file_name,
                    row=first_row + position,
                    column=header[column] or None,
                )


def _repair_packed(
    text: str, sep_lines: int, delimiter: str, inner: str, file_name: str, decimal_hint: str | None
) -> Table:
    """Return the table of a file whose every row Excel packed into one quoted cell, split again."""
    normalised = text.replace("\r\n", "\n").replace("\r", "\n")
    if sep_lines:
        normalised = normalised.partition("\n")[2]
    rows: list[list[str]] = []
    for number, record in enumerate(csv.reader(io.StringIO(normalised), delimiter=delimiter), start=1):
        filled = [c for c in record if c.strip()]
        if len(filled) > 1:
            raise UploadError(
                Message(
                    "readers.packed_row_unpacked",
                    "most rows were packed into one cell (Excel does this when a file is opened with the wrong "
                    "separator) but this row was not, so the file cannot be repaired with certainty; upload the "
                    "original export instead",
                ),
                file_name=file_name,
                row=number,
            )
        rows.append(next(csv.reader([_one_line(filled[0])], delimiter=inner), []) if filled else [])
    width = Counter(len(r) for r in rows if r).most_common(1)[0][0]
    header_at = next(i for i, r in enumerate(rows) if len(r) == width)
    for number, split in enumerate(rows[header_at:], start=header_at + 1):
        if split and len(split) != width:
            raise UploadError(
                Message(
                    "readers.packed_row_width",
                    "each row was packed into one cell (Excel does this when a file is opened with the wrong "
                    "separator) and this row splits into {count} values instead of {width}, so it cannot be "
                    "repaired with certainty; upload the original export instead",
                    count=len(split),
                    width=width,
                ),
                file_name=file_name,
                row=number,
            )
    table = table_from_rows(
        rows,
        file_name,
        notes=(
            Message(
                "readers.note_packed_rows_split",
                "Every row had been packed into one cell (by Excel); the rows were split again.",
            ),
        ),
        decimal_hint=decimal_hint,
    )
    if table is None:
        raise UploadError(Message("readers.no_table", "the file holds no table"), file_name=file_name)
    return table
