"""XLSX and old binary XLS workbooks to Tables, one per sheet; cells become the text a CSV would hold.

Formulas are never evaluated: an XLSX gives the value Excel cached when it saved the file.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import warnings

from connectors.readers.budget import ReadingBudget
from connectors.readers.rows import table_from_rows
from connectors.readers.safety import check_workbook_archive
from connectors.readers.table import Table
from metrics.errors import GoalpostError, Message, UploadError


def cell_text(value: object, number_format: str | None = None) -> str:
    """Return a cell's value as CSV-like text: ISO dates, plain numbers, percent cells as '12.5%'."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime):
        if (value.hour, value.minute, value.second) == (0, 0, 0):
            return value.strftime("%Y-%m-%d")
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.strftime("%H:%M:%S")
    if isinstance(value, dt.timedelta):
        seconds = int(value.total_seconds())
        return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if number_format and "%" in number_format:
            return f"{round(value * 100, 10)!r}%"
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    return str(value)


def xlsx_tables(content: bytes, file_name: str, budget: ReadingBudget | None = None) -> list[Table]:
    """Return a table per non-empty sheet of an XLSX workbook (checked against zip bombs and DTDs first).

    The sheets are streamed (openpyxl's read-only mode) and every row is paid for from the reading budget,
    so a workbook that expands beyond the budget is refused as soon as it is spent.
    """
    check_workbook_archive(content, file_name)
    budget = budget or ReadingBudget(file_name)
    import openpyxl

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            book = openpyxl.load_workbook(
                io.BytesIO(content), read_only=True, data_only=True, keep_links=False
            )
    except GoalpostError:
        raise
    except Exception:  # openpyxl, zipfile and zlib raise many kinds for a damaged file
        raise UploadError(damaged_workbook("xlsx"), file_name=file_name) from None
    tables = []
    try:
        for sheet in book.worksheets:
            rows = []
            for number, row in enumerate(sheet.iter_rows(), start=1):
                budget.spend_row(len(row), sheet.title, number)
                rows.append([cell_text(cell.value, getattr(cell, "number_format", None)) for cell in row])
            table = table_from_rows(rows, file_name, sheet=sheet.title)
            if table is not None:
                tables.append(table)
    except GoalpostError:
        raise
    except Exception:  # a damaged part shows only when its rows are streamed
        raise UploadError(damaged_workbook("xlsx"), file_name=file_name) from None
    finally:
        with contextlib.suppress(Exception):
            book.close()
    return tables


def xls_tables(content: bytes, file_name: str, budget: ReadingBudget | None = None) -> list[Table]:
    """Return a table per non-empty sheet of an old binary .xls workbook."""
    import xlrd

    budget = budget or ReadingBudget(file_name)
    try:
        book = xlrd.open_workbook(file_contents=content, formatting_info=True, on_demand=True, logfile=_QUIET)
    except Exception:  # xlrd raises its own, struct, index and assertion errors for damaged files
        raise UploadError(damaged_workbook("xls"), file_name=file_name) from None
    tables = []
    try:
        for index in range(book.nsheets):
            sheet = book.sheet_by_index(index)
            # The sheet is in memory already: its size is paid before a padded grid is made of it.
            budget.spend_cells(sheet.nrows * sheet.ncols, sheet.name)
            rows = []
            for r in range(sheet.nrows):
                row = []
                for c in range(sheet.ncols):
                    cell = sheet.cell(r, c)
                    row.append(_xls_text(book, cell))
                rows.append(row)
                if r % 64 == 0:
                    budget.check_time()
            table = table_from_rows(rows, file_name, sheet=sheet.name)
            if table is not None:
                tables.append(table)
    except GoalpostError:
        raise
    except Exception:  # a damaged sheet shows only when it is read (on_demand)
        raise UploadError(damaged_workbook("xls"), file_name=file_name) from None
    finally:
        with contextlib.suppress(Exception):
            book.release_resources()
    return tables


def damaged_workbook(kind: str) -> Message:
    """Return the refusal of a workbook that cannot be read: damaged, or not an .xlsx / .xls at all."""
    if kind == "xls":
        return Message(
            "readers.damaged_xls",
            "the workbook is damaged or not a .xls file; open it in Excel and save it again as .xlsx",
        )
    return Message(
        "readers.damaged_xlsx",
        "the workbook is damaged (not a readable .xlsx); open it in Excel and save it again",
    )


class _Quiet:
    """A log that drops xlrd's warnings about damaged files (they would reach the server's output)."""

    def write(self, _text: str) -> int:
        return 0


_QUIET = _Quiet()


def _xls_text(book, cell) -> str:
    """Return an .xls cell as text, dates as ISO and percent-formatted numbers with a % sign."""
    import xlrd

    if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
        return ""
    if cell.ctype == xlrd.XL_CELL_DATE:
        try:
            return cell_text(xlrd.xldate_as_datetime(cell.value, book.datemode))
        except (ValueError, OverflowError):
            return str(cell.value)
    if cell.ctype == xlrd.XL_CELL_BOOLEAN:
        return cell_text(bool(cell.value))
    if cell.ctype == xlrd.XL_CELL_NUMBER:
        number_format = None
        try:
            xf = book.xf_list[cell.xf_index]
            number_format = book.format_map[xf.format_key].format_str
        except (IndexError, KeyError, AttributeError, TypeError):
            pass
        return cell_text(float(cell.value), number_format)
    return str(cell.value)
