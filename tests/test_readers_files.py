"""The reliability checklist's "Files" cases: each is read correctly or refused with a message naming file,
row and column."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import openpyxl
import pandas as pd
import pytest

from connectors.readers import (
    ColumnMapping,
    NeedsMapping,
    PresetRegistry,
    build_registry,
    parse_number,
    read_tidy_frame,
    read_upload,
    read_wide_frame,
)
from connectors.readers.presets.base import ColumnPreset, MetricColumn
from connectors.readers.upload import read_content
from metrics.errors import UploadError

TIDY = "date,channel,audience,metric,value\n2025-01-30,facebook,ungdom_æøå,reach,10\n2025-01-31,facebook,,reach,5\n"


def read(content: bytes | str, name: str = "upload.csv", **options):
    data = content.encode("utf-8") if isinstance(content, str) else content
    return read_upload(io.BytesIO(data), name, **options)


def refused(content: bytes | str, name: str = "upload.csv", **options) -> UploadError:
    with pytest.raises(UploadError) as caught:
        read(content, name, **options)
    error = caught.value
    assert error.file_name == name and f"“{name}”" in str(error)
    assert "Traceback" not in str(error)
    return error


def values(parsed) -> dict:
    frame = parsed.observations
    return {
        (str(r.date.date()), r.channel, r.audience, r.metric): r.value for r in frame.itertuples(index=False)
    }


# Encodings, BOMs and line endings -------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-be-bom", "cp1252"])
@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r", "mixed"])
def test_encodings_and_line_endings_are_read_correctly(encoding, newline):
    text = (
        TIDY.replace("\n", "\r\n", 1).replace("\n", "\r", 1)
        if newline == "mixed"
        else TIDY.replace("\n", newline)
    )
    data = b"\xfe\xff" + text.encode("utf-16-be") if encoding == "utf-16-be-bom" else text.encode(encoding)
    parsed = read(data)
    assert values(parsed) == {
        ("2025-01-30", "facebook", "ungdom_æøå", "reach"): 10.0,
        ("2025-01-31", "facebook", "all", "reach"): 5.0,
    }


def test_undecodable_text_is_refused_naming_the_encoding():
    error = refused(b"date,channel,metric,value\n2025-01-01,facebook,reach,\x81\x8d\x8f\x90\n")
    assert "encoding" in error.detail and "UTF-8" in error.detail


# Delimiters and number formats ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content, expected",
    [
        ("date;channel;metric;value\n2025-01-31;x;reach;1 234,5\n", 1234.5),
        ("date;channel;metric;value\n2025-01-31;x;reach;1\u00a0234,5\n", 1234.5),
        ("date;channel;metric;value\n2025-01-31;x;reach;1\u202f234,5\n", 1234.5),
        ("date;channel;metric;value\n2025-01-31;x;reach;1.234,5\n", 1234.5),
        ('date,channel,metric,value\n2025-01-31,x,reach,"1,240"\n', 1240.0),
        ("date\tchannel\tmetric\tvalue\n2025-01-31\tx\treach\t1240\n", 1240.0),
        ("date|channel|metric|value\n2025-01-31|x|reach|12.5\n", 12.5),
        ("sep=;\ndate;channel;metric;value\n2025-01-31;x;engagement_rate;12%\n", 12.0),
    ],
)
def test_delimiters_decimal_commas_and_thousands_separators(content, expected):
    parsed = read(content)
    assert list(parsed.observations["value"]) == [expected]


def test_decimal_mark_is_decided_per_column_not_per_cell():
    parsed = read("date;channel;metric;value\n2025-01-30;x;reach;1.234\n2025-01-31;x;reach;2,5\n")
    assert list(parsed.observations["value"]) == [1234.0, 2.5]


def test_parse_number_reads_nordic_and_english_numbers():
    assert parse_number("1 234,5") == 1234.5
    assert parse_number("1,240") == 1240.0
    assert parse_number("12%") == 12.0
    assert parse_number("-") is None and parse_number("") is None
    with pytest.raises(ValueError, match="shortened"):
        parse_number("1.2k")


# Headers ----------------------------------------------------------------------------------------------------


def test_duplicate_headers_with_different_values_are_named():
    error = refused("Date,Channel,Reach,Reach \n2025-01-31,facebook,10,11\n")
    assert error.column == "Reach" and "two columns" in error.detail


def test_duplicate_headers_with_equal_values_are_read_once():
    parsed = read("Date,Channel,Reach,reach\n2025-01-31,facebook,10,10\n")
    assert values(parsed) == {("2025-01-31", "facebook", "all", "reach"): 10.0}
    assert any("twice" in note for note in parsed.notes)


def test_a_forced_preset_names_the_missing_required_columns():
    error = refused("Date,Impressions\n2025-01-31,5\n", preset="x_overview")
    assert "unfollows" in error.detail.lower()


def test_an_unknown_preset_name_is_refused():
    assert "no preset called" in refused(TIDY, preset="myspace").detail


# Rows -------------------------------------------------------------------------------------------------------


def test_a_row_with_too_many_fields_is_named():
    error = refused("date,channel,metric,value\n2025-01-30,x,reach,1\n2025-01-31,x,reach,1,5\n")
    assert error.row == 3 and "more values" in error.detail


def test_a_row_with_too_few_fields_is_named():
    error = refused("date,channel,metric,value\n2025-01-30,x,reach,1\n2025-01-31,x,5\n")
    assert error.row == 3 and "3 values" in error.detail


def test_blank_rows_are_skipped_and_row_numbers_stay_as_the_user_sees_them():
    error = refused("date,channel,metric,value\n\n2025-01-30,x,reach,1\n,,,\n2025-01-31,x,reach,abc\n")
    assert (error.row, error.column) == (5, "value")


def test_a_whole_row_packed_into_one_cell_is_repaired():
    packed = '"date,channel,metric,value";;\n"2025-01-30,x,reach,4";;\n"2025-01-31,x,reach,6";;\n'
    parsed = read(packed)
    assert list(parsed.observations["value"]) == [4.0, 6.0]
    assert any("packed" in note for note in parsed.notes)


def test_packed_rows_that_split_unevenly_are_refused_naming_the_row():
    error = refused('"date,channel,metric,value"\n"2025-01-30,x,reach,4"\n"2025-01-31,x,reach"\n')
    assert error.row == 3 and "packed" in error.detail


def test_a_totals_row_is_dropped_and_said_so():
    parsed = read("Month,Channel,Reach\n2025-01,x,10\n2025-02,x,20\nTotalt,,30\n")
    assert sorted(parsed.observations["value"]) == [10.0, 20.0]
    assert any("Totals row dropped" in note for note in parsed.notes)


def test_the_same_key_twice_with_different_values_is_named():
    error = refused("date,channel,metric,value\n2025-01-30,x,reach,1\n2025-01-30,x,reach,2\n")
    assert error.row == 3 and "row 2" in error.detail


# Values -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value, words",
    [
        ("-5", "cannot be negative"),
        ("NaN", "not a real number"),
        ("inf", "not a real number"),
        ("1e400", "too large"),
        ("1.2k", "shortened"),
        ("$120", "currency"),
        ("120 kr", "currency"),
        ("lots", "not a number"),
        ("3.apr", "Excel turned into a date"),
    ],
)
def test_bad_values_are_named_by_row_and_column(value, words):
    error = refused(f"date,channel,metric,value\n2025-01-30,x,followers,10\n2025-01-31,x,followers,{value}\n")
    assert (error.row, error.column) == (3, "value")
    assert words in error.detail


def test_percentages_mixed_with_plain_numbers_are_named():
    error = refused("Date,Channel,Engagement rate\n2025-01-30,x,12%\n2025-01-31,x,0.12\n")
    assert (error.row, error.column) == (3, "Engagement rate") and "%" in error.detail


def test_follower_gains_may_be_negative():
    parsed = read("date,channel,metric,value\n2025-01-31,youtube,followers_gained,-3\n")
    assert list(parsed.observations["value"]) == [-3.0]


# Dates ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "day, words",
    [
        ("2024-02-30", "not a real date"),
        ("1899-12-31", "before 1990"),
        ("2999-01-01", "in the future"),
        ("someday", "not a date"),
    ],
)
def test_bad_dates_are_named_by_row_and_column(day, words):
    error = refused(f"date,channel,metric,value\n2025-01-30,x,reach,1\n{day},x,reach,2\n")
    assert (error.row, error.column) == (3, "date") and words in error.detail


def test_dates_without_a_year_take_it_from_the_upload_day_with_a_note_and_a_chosen_year_wins():
    overview = '"Date","Video Views","Profile Views"\n"December 30","1","2"\n"January 2","3","4"\n'
    parsed = read(overview, "overview.csv", today=dt.date(2026, 1, 5))
    assert (parsed.period_start, parsed.period_end) == (dt.date(2025, 12, 30), dt.date(2026, 1, 2))
    assert any("upload day (2026-01-05)" in note for note in parsed.notes)
    # The newest date can never be after the upload day: April 12 uploaded in March is last year's.
    parsed = read(
        '"Date","Video Views","Profile Views"\n"April 12","1","2"\n',
        "overview.csv",
        today=dt.date(2026, 3, 1),
    )
    assert parsed.period_start == dt.date(2025, 4, 12)
    parsed = read(
        '"Date","Video Views","Profile Views"\n"April 12","1","2"\n', "overview.csv", year_hint=2024
    )
    assert parsed.period_start == dt.date(2024, 4, 12)
    parsed = read('"Date","Video Views","Profile Views"\n"April 12","1","2"\n', "overview_2023.csv")
    assert parsed.period_start == dt.date(2023, 4, 12)


@pytest.mark.parametrize(
    "text, month",
    [
        ("8 de marzo", 3),  # es
        ("12. huhtikuuta", 4),  # fi
        ("12 avril", 4),  # fr
        ("12 kwietnia", 4),  # pl
        ("12 de abril", 4),  # pt
        ("12 aprile", 4),  # it
        ("12. april", 4),  # nb
        ("12 maj", 5),  # sv, da, pl
    ],
)
def test_month_names_in_every_language_tiktok_writes(text, month):
    parsed = read(
        f'"Date","Video Views","Profile Views"\n"{text}","1","2"\n', "overview.csv", today=dt.date(2026, 6, 1)
    )
    assert parsed.period_start.month == month


def test_dates_outside_the_period_the_file_claims_are_named():
    error = refused(TIDY.replace("2025-01-31", "2025-03-31"), "tidy_2025-01-01_2025-01-31.csv")
    assert error.row == 3 and "outside the period" in error.detail


def test_day_month_order_is_decided_per_file():
    parsed = read("Date,Channel,Reach\n13/01/2025,x,1\n02/01/2025,x,2\n")
    assert sorted(parsed.observations["date"].dt.strftime("%Y-%m-%d")) == ["2025-01-02", "2025-01-13"]
    error = refused("Date,Channel,Reach\n13/01/2025,x,1\n01/13/2025,x,2\n")
    assert "day-first and month-first" in error.detail


# Not a table ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content, words",
    [
        (b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 64, "program"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "PNG image"),
        (b"date,value\n2025-01-01,\x00\x00\x01\x02\n", "binary"),
        (b"", "empty"),
        (b"\xef\xbb\xbf\r\n", "empty"),
        (b"date,channel,metric,value\n", "no data rows"),
        (b"PK\x05\x06" + b"\x00" * 18, "zip archive"),
    ],
)
def test_files_that_are_no_table_are_refused(content, words):
    assert words in refused(content).detail


def test_a_file_over_the_size_limit_is_refused_without_reading_it_all():
    stream = io.BytesIO(b"x" * 1000)
    with pytest.raises(UploadError, match="more than"):
        read_content(stream, "big.csv", limit=100)
    assert stream.tell() == 101


# Workbooks --------------------------------------------------------------------------------------------------


def workbook_bytes(rows: list[list]) -> bytes:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def with_part(content: bytes, name: str, data: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(content))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            target.writestr(item, data if item.filename == name else source.read(item.filename))
        if name not in source.namelist():
            target.writestr(name, data)
    return buffer.getvalue()


def test_a_workbook_is_read_with_percent_cells_as_percentages():
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Date", "Channel", "Engagement rate"])
    sheet.append([dt.datetime(2025, 1, 31), "linkedin", 0.034])
    sheet["C2"].number_format = "0.0%"
    buffer = io.BytesIO()
    book.save(buffer)
    parsed = read(buffer.getvalue(), "tracker.xlsx")
    assert list(parsed.observations["value"]) == [pytest.approx(3.4)]


@pytest.mark.parametrize(
    "declaration",
    [
        b'<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
        b'<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>',
    ],
)
def test_a_workbook_with_a_dtd_or_entities_is_refused(declaration):
    content = workbook_bytes([["Date", "Channel", "Reach"], ["2025-01-31", "x", 1]])
    sheet = zipfile.ZipFile(io.BytesIO(content)).read("xl/worksheets/sheet1.xml")
    poisoned = (
        declaration + sheet
        if not sheet.startswith(b"<?xml")
        else sheet.replace(b"?>", b"?>" + declaration, 1)
    )
    error = refused(with_part(content, "xl/worksheets/sheet1.xml", poisoned), "tracker.xlsx")
    assert "DTD" in error.detail


def test_a_workbook_zip_bomb_is_refused_before_it_is_expanded():
    content = workbook_bytes([["Date", "Channel", "Reach"], ["2025-01-31", "x", 1]])
    bomb = with_part(content, "xl/media/padding.xml", b"\x00" * 20_000_000)
    error = refused(bomb, "tracker.xlsx")
    assert "zip bomb" in error.detail


def test_a_file_named_xlsx_that_is_not_a_workbook_is_refused():
    assert "not one" in refused(TIDY, "tracker.xlsx").detail


def test_the_old_xls_format_is_read():
    from pathlib import Path

    sample = Path(__file__).parent / "files" / "presets" / "linkedin_followers_old.xls"
    assert sample.read_bytes().startswith(b"\xd0\xcf\x11\xe0")  # the OLE2 container of .xls, not a zip
    parsed = read(sample.read_bytes(), sample.name)
    assert parsed.preset == "linkedin_followers" and parsed.channel == "linkedin"


# Formula-looking cells ----------------------------------------------------------------------------------------


def test_formula_looking_cells_are_kept_as_text():
    parsed = read(
        "date,channel,audience,metric,value\n2025-01-31,x,=cmd|' /C calc'!A0,reach,1\n"
        "2025-01-31,x,@SUM(A1),reach,2\n2025-01-31,x,+1+1,reach,3\n"
    )
    assert set(parsed.observations["audience"]) == {"=cmd|'_/c_calc'!a0", "@sum(a1)", "+1+1"}


# Channels, mapping, presets -----------------------------------------------------------------------------------


def test_a_file_without_a_channel_asks_for_one_and_a_given_channel_is_used():
    assert "choose the channel" in refused("Date,Reach\n2025-01-31,5\n").detail
    assert read("Date,Reach\n2025-01-31,5\n", channel="blog").channel == "blog"


def test_an_unknown_layout_needs_a_mapping_which_is_reused_next_month():
    january = "Dag;Kanal;Sidevisninger i alt;Nyhetsbrev\n31.01.2025;blogg;1 200;30\n"
    with pytest.raises(NeedsMapping) as caught:
        read(january, "web.csv")
    needs = caught.value
    assert needs.columns == ["Dag", "Kanal", "Sidevisninger i alt", "Nyhetsbrev"]
    assert list(needs.sample.iloc[0]) == ["31.01.2025", "blogg", "1 200", "30"]
    mapping = ColumnMapping(
        date_column="Dag",
        channel_column="Kanal",
        metrics={"Sidevisninger i alt": "views", "Nyhetsbrev": "newsletter"},
        signature=ColumnMapping.signature_of(needs.columns),
    )
    saved = ColumnMapping.from_dict(mapping.to_dict())
    assert saved == mapping
    february = "Dag;Kanal;Sidevisninger i alt;Nyhetsbrev\n28.02.2025;blogg;1 300;35\n"
    assert (
        ColumnMapping.signature_of([" dag", "KANAL", "Sidevisninger i alt", "Nyhetsbrev "]) == saved.signature
    )
    parsed = read(february, "web-feb.csv", mapping=saved)
    assert values(parsed) == {
        ("2025-02-28", "blogg", "all", "views"): 1300.0,  # the user's own channel id, kept as typed
        ("2025-02-28", "blogg", "all", "newsletter"): 35.0,
    }
    assert not saved.fits(["Dag", "Sidevisninger i alt"])
    assert "Kanal" in refused("Dag;Sidevisninger i alt\n28.02.2025;3\n", mapping=saved).detail


def test_an_extension_preset_registers_and_is_detected_like_a_built_in():
    class BlogStats(ColumnPreset):
        name = "blog_stats"
        label = "Blog statistics"
        description = "Day, Pageviews"
        channel = "blog"
        date_aliases = ("day",)
        required = (("pageviews",),)
        metric_columns = (MetricColumn("views", ("pageviews",)),)
        base_score = 0.9

    registry = build_registry()
    registry.register(BlogStats())
    parsed = read("Day,Pageviews\n2025-01-31,42\n", registry=registry)
    assert (parsed.preset, parsed.channel, list(parsed.observations["value"])) == (
        "blog_stats",
        "blog",
        [42.0],
    )
    with pytest.raises(ValueError):
        registry.register(BlogStats())
    assert isinstance(PresetRegistry().presets(), tuple)


# DataFrames of strings (Google Sheets tabs) --------------------------------------------------------------------


def test_tidy_and_wide_frames_use_the_same_rules_and_sheet_row_numbers():
    tidy = pd.DataFrame(
        {
            "dato": ["31.01.2025"],
            "kanal": ["facebook"],
            "målgruppe": [""],
            "måltall": ["Følgere"],
            "verdi": ["1 234"],
        }
    )
    parsed = read_tidy_frame(tidy, "Sheet: Tall")
    assert values(parsed) == {("2025-01-31", "facebook", "all", "followers"): 1234.0}
    wide = pd.DataFrame({"Month": ["2025-01", "2025-02"], "Channel": ["x", "x"], "Reach": ["10", "ten"]})
    with pytest.raises(UploadError) as caught:
        read_wide_frame(wide, "Sheet: Tracker")
    assert (caught.value.row, caught.value.column) == (3, "Reach")
