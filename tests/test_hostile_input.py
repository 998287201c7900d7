"""Hostile uploads (issue 13): every read has a budget, and no file makes look-alike ids or a wrong value.

Each test fails on the code before issue 13: the refusal, its limit or the id check did not exist.
"""

from __future__ import annotations

import io
import math

import pytest
from actors import EDITOR
from hostile_files import tidy_csv, xlsx_far_row, xlsx_grid, xlsx_shared_strings

from connectors.readers import read_upload
from connectors.readers.budget import ReadingBudget
from connectors.readers.limits import (
    MAX_SERIES_PER_UPLOAD,
    MAX_SHEET_ELEMENTS,
    MAX_TABLE_CELLS,
    MAX_WORKBOOK_CELLS,
    MAX_WORKBOOK_ELEMENTS,
)
from connectors.readers.upload import read_content
from connectors.readers.workbook import xlsx_tables
from connectors.store.store import Store
from metrics.errors import UploadError
from metrics.ids import id_problem


def refusal(content: bytes, name: str, **options) -> UploadError:
    with pytest.raises(UploadError) as caught:
        read_upload(io.BytesIO(content), name, **options)
    return caught.value


# The reading budget


def test_a_file_over_the_size_limit_is_refused_naming_its_real_size():
    # The reader reads only limit + 1 bytes; the message used to name that, not the file's size.
    limit = 1_048_576
    with pytest.raises(UploadError) as caught:
        read_content(io.BytesIO(b"a,b\n" * (limit * 3 // 4)), "big.csv", limit=limit)
    assert "the file is 3 MB, more than the 1 MB" in str(caught.value)
    with pytest.raises(UploadError) as caught:
        read_content(io.BytesIO(b"a,b\n" * (limit // 4 + 1)), "big.csv", limit=limit)
    assert "the file is 1.000 MB, more than the 1 MB" in str(caught.value)  # not "1 MB, more than the 1 MB"


def test_a_small_workbook_that_expands_to_millions_of_cells_is_refused_before_it_is_read():
    content = xlsx_grid(100_000, 10)  # 3.5 MB, a ratio of 9: passed the zip checks
    assert len(content) < 4_000_000
    err = refusal(content, "bomb.xlsx", channel="x")
    assert f"more than {MAX_SHEET_ELEMENTS:,} XML elements" in str(err) and err.file_name == "bomb.xlsx"


def test_a_workbook_over_the_cell_budget_is_refused_naming_the_limit_and_the_row():
    err = refusal(xlsx_grid(11_000, 10), "wide.xlsx", channel="x")
    assert f"more than {MAX_WORKBOOK_CELLS:,} cells" in str(err) and "Sheet1" in str(err)
    assert err.row == MAX_WORKBOOK_CELLS // 10 + 1


def test_empty_rows_between_two_cells_are_paid_for():
    err = refusal(xlsx_far_row(1_000_000), "far.xlsx", channel="x")
    assert f"more than {MAX_WORKBOOK_CELLS:,} cells" in str(err)


def test_shared_texts_are_counted_before_openpyxl_reads_them_whole():
    err = refusal(xlsx_shared_strings(MAX_WORKBOOK_ELEMENTS), "texts.xlsx", channel="x")
    assert f"more than {MAX_WORKBOOK_ELEMENTS:,} XML elements" in str(err)


def test_a_read_that_takes_too_long_is_stopped_naming_the_seconds():
    content = xlsx_grid(500, 4)
    with pytest.raises(UploadError) as caught:
        xlsx_tables(content, "slow.xlsx", ReadingBudget("slow.xlsx", seconds=0.0))
    assert "more than 0 seconds of processor time" in str(caught.value)
    assert xlsx_tables(content, "slow.xlsx")[0].header[0] == "metric0"  # the default budget reads it


def test_an_upload_with_more_series_than_the_cap_is_refused_with_the_count():
    rows = [("2025-01-01", f"channel{i}", "", "comments", 1) for i in range(MAX_SERIES_PER_UPLOAD + 1)]
    err = refusal(tidy_csv(rows), "many.csv")
    assert f"{MAX_SERIES_PER_UPLOAD + 1:,} different series" in str(err)
    assert f"more than the {MAX_SERIES_PER_UPLOAD:,}" in str(err)


# Wrong data without a word


def test_utf8_with_windows_1252_lines_is_refused_naming_the_first_bad_row():
    good = tidy_csv([("2025-01-01", "føl", "", "comments", 1)])
    bad = "2025-01-02,føl,,comments,2\n".encode("cp1252")
    err = refusal(good + bad, "mixed.csv")
    assert "mixes two text encodings" in str(err) and "CSV UTF-8" in str(err)
    assert (err.row, err.column) == (3, "channel")


def test_windows_1252_with_a_utf8_line_is_refused_too():
    first = tidy_csv([("2025-01-01", "føl", "", "comments", 1)], encoding="cp1252")
    err = refusal(first + "2025-01-02,føl,,comments,2\n".encode(), "mixed.csv")
    assert "mixes two text encodings" in str(err) and err.row == 2


def test_a_windows_1252_file_is_still_read_whole():
    parsed = read_upload(io.BytesIO(tidy_csv([("2025-01-01", "føl", "", "comments", 1)], "cp1252")), "w.csv")
    assert list(parsed.observations["channel"]) == ["føl"]


@pytest.mark.parametrize(
    "mojibake", ["fÃ¸l", "fã¸l", "Ã¥rhus", "nyhetsbrev â€“ vår", "nyhetsbrev \u00e2\u20ac\u201c vår"]
)
def test_an_id_with_typical_mojibake_is_refused(mojibake):
    err = refusal(tidy_csv([("2025-01-01", mojibake, "", "comments", 1)]), "moji.csv")
    assert "looks like text saved in one encoding" in str(err) and (err.row, err.column) == (2, "channel")


def test_an_audience_or_metric_with_mojibake_is_refused_naming_its_field():
    err = refusal(tidy_csv([("2025-01-01", "blog", "lÃ¦rere", "comments", 1)]), "moji.csv")
    assert "the audience “lã¦rere”" in str(err)  # ids are read in lower case and err.row == 2


@pytest.mark.parametrize("invisible", ["\u200b", "\u202e", "\u2066", "\u00ad", "\u2060"])
def test_an_id_with_an_invisible_or_control_character_is_refused(invisible):
    err = refusal(tidy_csv([("2025-01-01", f"gr{invisible}ow", "", "comments", 1)]), "ids.csv")
    assert "invisible or control character" in str(err) and f"U+{ord(invisible):04X}" in str(err)
    assert (err.row, err.column) == (2, "channel")


def test_ids_differing_only_by_normalisation_are_one_id():
    decomposed, composed = "fo\u0308l", "f\u00f6l"
    parsed = read_upload(
        io.BytesIO(
            tidy_csv(
                [("2025-01-01", decomposed, "", "comments", 1), ("2025-01-02", composed, "", "comments", 2)]
            )
        ),
        "nfc.csv",
    )
    assert set(parsed.observations["channel"]) == {composed}
    assert math.isclose(parsed.observations["value"].sum(), 3)


@pytest.mark.parametrize("text", ["gr\u200bow", "\ufeffgrow", "gr\x07ow", "grow\u202c", "fÃ¸l", "Ã¥r"])
def test_id_problems_are_found_in_every_kind_of_look_alike(text):
    assert id_problem(text) is not None


@pytest.mark.parametrize("text", ["føl", "ÆØÅ", "Åå", "naïve", "høst—vår", "Ärlig", "café", "grow-linkedin"])
def test_real_nordic_ids_are_not_taken_for_mojibake(text):
    assert id_problem(text) is None


def test_a_month_that_overflows_is_refused_at_ingest_and_nothing_is_stored(tmp_path, recwarn):
    rows = [("2025-01-01", "blog", "", "comments", 1.7e308), ("2025-01-02", "blog", "", "comments", 1.7e308)]
    parsed = read_upload(io.BytesIO(tidy_csv(rows)), "huge.csv")
    with Store.open(tmp_path / "store.sqlite3") as store:
        with pytest.raises(UploadError) as caught:
            store.ingest(parsed, actor=EDITOR)
        assert "comments values of blog (all) in 2025-01 add up to more than" in str(caught.value)
        assert store.uploads().empty and store.month_values().empty and store.version() == 0
    assert not [w for w in recwarn if "overflow" in str(w.message)]  # no NumPy warning either


def test_a_csv_of_more_cells_than_the_limit_is_refused_before_it_is_parsed():
    # 20 MB of separators: 3.4 million rows of 6 empty columns, 20.4 million cells for pandas to make.
    content = (
        b"date,channel,audience,metric,value,note\n2025-01-01,blog,,comments,1,\n" + b",,,,,\n" * 3_400_000
    )
    err = refusal(content, "separators.csv")
    assert f"rows of 6 columns, more than the {MAX_TABLE_CELLS:,} cells" in str(err)
