"""The reading budget: what one read of one file may spend (cells, time) before it is stopped and refused.

A workbook is read row by row in openpyxl's streaming mode; each row is paid for as it arrives, so a
small file that expands to millions of cells is refused once the budget's cells are spent.
"""

from __future__ import annotations

import time

from connectors.readers.limits import MAX_READ_SECONDS, MAX_SERIES_PER_UPLOAD, MAX_WORKBOOK_CELLS
from metrics.errors import Message, UploadError

_CLOCK_EVERY_ROWS = 64
"""Rows read between two looks at the clock (a look costs about as much as a cell)."""


class ReadingBudget:
    """Cells and seconds one file may still spend; `spend_row` raises UploadError naming the limit."""

    def __init__(
        self, file_name: str, *, cells: int = MAX_WORKBOOK_CELLS, seconds: float = MAX_READ_SECONDS
    ) -> None:
        self.file_name = file_name
        self.cells = cells
        self.seconds = seconds
        self.cells_spent = 0
        self.rows_spent = 0
        self._started = time.thread_time()

    def spend_row(self, width: int, sheet: str | None = None, row: int | None = None) -> None:
        """Pay for one row of `width` cells (blanks included); raise when a limit is passed."""
        self.cells_spent += max(width, 1)  # an empty row costs a cell's time too
        self.rows_spent += 1
        if self.cells_spent > self.cells:
            raise UploadError(too_many_cells(self.cells, sheet), file_name=self.file_name, row=row)
        if self.rows_spent % _CLOCK_EVERY_ROWS == 0:
            self.check_time()

    def spend_cells(self, cells: int, sheet: str | None = None) -> None:
        """Pay for a whole sheet of `cells` cells at once (its size is known before it is read)."""
        self.cells_spent += cells
        if self.cells_spent > self.cells:
            raise UploadError(too_many_cells(self.cells, sheet), file_name=self.file_name)

    def check_time(self) -> None:
        """Raise when the read has used more than its seconds of CPU time.

        The reading thread's own CPU time, not the wall clock: a server busy with other users' work does
        not make a file that fits the budget fail, and each browser session reads in its own thread.
        """
        if time.thread_time() - self._started > self.seconds:
            raise UploadError(
                Message(
                    "readers.read_too_long",
                    "reading the workbook took more than {limit} seconds of processor time, the most Goalpost "
                    "spends on one file; it was stopped. Export a shorter period or fewer columns, or save it as CSV",
                    limit=f"{self.seconds:g}",
                ),
                file_name=self.file_name,
            )


def too_many_cells(limit: int, sheet: str | None = None) -> Message:
    """Return the refusal of a table larger than `limit` cells (rows x columns, blanks included)."""
    where = Message("readers.in_sheet", " (sheet “{sheet}”)", sheet=sheet) if sheet else ""
    return Message(
        "readers.too_many_cells",
        "the workbook{where} holds more than {limit} cells (rows × columns, blank cells included), the most "
        "Goalpost reads from one workbook; export a shorter period or fewer columns, or save it as CSV",
        where=where,
        limit=f"{limit:,}",
    )


def too_many_series(count: int) -> Message:
    """Return the refusal of an upload holding `count` distinct series, more than MAX_SERIES_PER_UPLOAD."""
    return Message(
        "readers.too_many_series",
        "the file holds {count} different series (channel, audience and metric), more than the {limit} "
        "Goalpost stores from one upload; check that the channel and audience columns hold a few names "
        "each, not one per row",
        count=f"{count:,}",
        limit=f"{MAX_SERIES_PER_UPLOAD:,}",
    )
