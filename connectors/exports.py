"""Data out: CSV, JSON and XLSX exports whose text cells cannot run as spreadsheet formulas."""

from __future__ import annotations

import io
import json

import pandas as pd

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
"""Characters that make Excel, LibreOffice or Sheets treat a cell as a formula (OWASP CSV injection)."""


def neutralise_cell(value: object) -> object:
    """Return the value, with text that a spreadsheet would run as a formula prefixed by a quote."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def neutralise_formulas(frame: pd.DataFrame) -> pd.DataFrame:
    """Return a copy whose text cells and headers can no longer start a spreadsheet formula."""
    safe = frame.copy()
    safe.columns = [neutralise_cell(str(c)) for c in safe.columns]
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            safe[column] = safe[column].map(neutralise_cell)
    return safe


def frame_to_csv(frame: pd.DataFrame) -> str:
    """Return the frame as CSV text (UTF-8, comma, point decimals) with formula cells neutralised."""
    return neutralise_formulas(frame).to_csv(index=False)


def frame_to_xlsx(frame: pd.DataFrame, sheet_name: str = "Goalpost") -> bytes:
    """Return the frame as XLSX bytes with formula cells neutralised and stored as text."""
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        neutralise_formulas(frame).to_excel(writer, sheet_name=sheet_name, index=False)
    return buffer.getvalue()


def frames_to_xlsx(frames: dict[str, pd.DataFrame]) -> bytes:
    """Return one XLSX workbook with a sheet per frame (sheet name -> frame), formula cells neutralised."""
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        for sheet_name, frame in frames.items():
            neutralise_formulas(frame).to_excel(writer, sheet_name=sheet_name[:31], index=False)
    return buffer.getvalue()


def frame_to_json(frame: pd.DataFrame) -> str:
    """Return the frame as a JSON list of records, numbers as numbers and null where missing."""
    records = json.loads(frame.to_json(orient="records", date_format="iso"))
    return json.dumps(records, ensure_ascii=False, indent=2)
