"""A table found in a file: its header, a few sample rows for recognising it, and a loader for all rows.

Presets see only this: "is this file mine?" looks at the header, the preamble and the sample; reading asks
for the full rows, so a big file is parsed once, in bulk, with the column types the preset wants.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from connectors.readers.aliases import normalise_header

Loader = Callable[[Mapping[int, str]], pd.DataFrame]
PAD_SHORT_ROWS = -1
"""A key of the kinds a loader gets: present when rows lacking only trailing cells are to be padded."""


@dataclass(frozen=True)
class Table:
    """One header-and-rows block of a file (a CSV, or one sheet of a workbook)."""

    file_name: str
    header: tuple[str, ...]
    sample: pd.DataFrame  # first data rows as text, columns numbered like the header
    first_row: int  # spreadsheet row number of the first data row
    loader: Loader = field(repr=False, compare=False)
    preamble: tuple[str, ...] = ()  # title, comment and note lines above the header
    sheet: str | None = None
    notes: tuple[str, ...] = ()  # repairs made while reading, in plain words
    decimal_hint: str | None = None  # "," when the file's own layout suggests decimal commas
    section: int | None = None  # 1, 2, ... when the file holds several sections, each with a title and header

    @property
    def keys(self) -> tuple[str, ...]:
        """Return the headers normalised for alias matching."""
        return tuple(normalise_header(h) for h in self.header)

    def find(self, aliases: tuple[str, ...] | frozenset[str] | set[str]) -> int | None:
        """Return the position of the first column whose normalised header is one of the aliases."""
        wanted = {normalise_header(a) for a in aliases}
        for position, key in enumerate(self.keys):
            if key in wanted:
                return position
        return None

    def has(self, aliases) -> bool:
        """Return True when some column header is one of the aliases."""
        return self.find(aliases) is not None

    def rows(self, kinds: Mapping[int, str] | None = None, *, pad_short_rows: bool = False) -> pd.DataFrame:
        """Return all data rows (blank rows left out); index = offset from the first data row.

        `kinds` maps a column position to "category" or "float" for a bulk fast path, or to "filled" for a
        column the reader never looks at (then only True where a cell holds something); other columns are text.
        `pad_short_rows`: a row lacking only its trailing cells is padded (Meta leaves them off some rows of its
        post and video exports) instead of refused; a row lacking cells in the middle still fails, because its
        values land under the wrong headers and are refused there (a date that is not a date, text in a number).
        """
        wanted = dict(kinds or {})
        if pad_short_rows:
            wanted[PAD_SHORT_ROWS] = "pad"
        return self.loader(wanted)

    def row_number(self, offset: int) -> int:
        """Return the spreadsheet row number of a data row offset."""
        return self.first_row + int(offset)

    def title(self) -> str:
        """Return the preamble as one line of text (the title a platform put above the header)."""
        return " ".join(line.strip() for line in self.preamble if line.strip())


def without_blank_rows(frame: pd.DataFrame) -> pd.DataFrame:
    """Return the frame without rows whose every cell is empty."""
    if frame.empty:
        return frame
    blank = pd.Series(True, index=frame.index)
    for column in frame.columns:
        values = frame[column]
        if pd.api.types.is_bool_dtype(values):
            blank &= ~values  # a "filled" column
        elif pd.api.types.is_float_dtype(values):
            blank &= values.isna()
        elif isinstance(values.dtype, pd.CategoricalDtype):
            empty = [i for i, c in enumerate(values.cat.categories) if str(c).strip() == ""]
            blank &= np.isin(values.cat.codes.to_numpy(), [-1, *empty])
        else:
            blank &= values.isna() | (values == "")
    return frame[~blank] if blank.any() else frame


def cells_filled(row: list[str]) -> int:
    """Return how many cells of a row hold something other than spaces."""
    return sum(1 for cell in row if str(cell).strip())


def trimmed_width(row: list[str]) -> int:
    """Return the number of cells up to the last filled one."""
    width = len(row)
    while width and not str(row[width - 1]).strip():
        width -= 1
    return width


def locate_header(rows: list[list[str]]) -> int:
    """Return the index of the header row: the first row as wide as the data under it, past any preamble."""
    for index, row in enumerate(rows):
        if not row or str(row[0]).lstrip().startswith("#"):
            continue
        if cells_filled(row) < 2:
            continue
        below = [trimmed_width(r) for r in rows[index + 1 : index + 11] if cells_filled(r)]
        widest = max(below, default=0)
        if trimmed_width(row) >= 0.6 * widest:
            return index
    for index, row in enumerate(rows):
        if cells_filled(row) and not str(row[0]).lstrip().startswith("#"):
            return index
    return 0


def sample_frame(rows: list[list[str]], width: int, limit: int = 50) -> pd.DataFrame:
    """Return up to `limit` rows as a text frame with `width` numbered columns (short rows padded)."""
    shaped = [(list(r) + [""] * width)[:width] for r in rows[:limit] if cells_filled(r)]
    return (
        pd.DataFrame(shaped, columns=range(width), dtype=object)
        if shaped
        else pd.DataFrame(columns=range(width), dtype=object)
    )
