"""Exports never hand a spreadsheet a formula to run."""

from __future__ import annotations

import io

import openpyxl
import pandas as pd
import pytest

from connectors.exports import frame_to_csv, frame_to_xlsx, neutralise_formulas


@pytest.mark.parametrize("dangerous", ['=HYPERLINK("x")', "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"])
def test_formula_text_is_quoted(dangerous):
    frame = pd.DataFrame({"channel": [dangerous], "value": [1.0]})
    assert neutralise_formulas(frame)["channel"].iloc[0] == "'" + dangerous


def test_numbers_and_plain_text_are_untouched():
    frame = pd.DataFrame({"channel": ["linkedin"], "value": [-5.0]})
    safe = neutralise_formulas(frame)
    assert safe["channel"].iloc[0] == "linkedin"
    assert safe["value"].iloc[0] == -5.0


def test_headers_are_neutralised_in_csv():
    csv_text = frame_to_csv(pd.DataFrame({"=cmd": ["@x"]}))
    assert csv_text.splitlines() == ["'=cmd", "'@x"]


def test_xlsx_cells_are_text_not_formulas():
    workbook = openpyxl.load_workbook(io.BytesIO(frame_to_xlsx(pd.DataFrame({"goal": ["=1+1"]}))))
    cell = workbook.active["A2"]
    assert cell.value == "'=1+1"
    assert cell.data_type == "s"
