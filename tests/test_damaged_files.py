"""Damaged files of every preset (issue 13): the only outcomes are a correct result or a GoalpostError.

Hypothesis damages the real-shaped samples in tests/files/presets: truncates them, flips bytes, cuts a zip
entry, removes a worksheet, duplicates a row and changes the encoding. Every damage that once ended in an
unexpected exception (BadZipFile, zlib.error, KeyError, AssertionError, csv.Error, ...) is kept in
tests/files/damaged/corpus.jsonl and replayed.
"""

from __future__ import annotations

import io
import json
import math
import os
import re
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from connectors.readers import read_upload
from connectors.readers.parsed_upload import ParsedUpload
from metrics.errors import GoalpostError
from metrics.ids import id_problem
from metrics.monthly import month_values

FILES = Path(__file__).resolve().parent / "files"
SAMPLES = sorted(
    p
    for p in (FILES / "presets").iterdir()
    if p.suffix in (".csv", ".xlsx", ".xls") and p.with_name(f"{p.name}.expected.json").exists()
)
WORKBOOKS = [p for p in SAMPLES if p.suffix == ".xlsx"]
TEXTS = [p for p in SAMPLES if p.suffix == ".csv"]
CORPUS = FILES / "damaged" / "corpus.jsonl"
BOUNDED = settings(
    max_examples=int(os.environ.get("GOALPOST_DAMAGE_EXAMPLES", 12)),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


def expected_of(sample: Path) -> dict:
    return json.loads(sample.with_name(f"{sample.name}.expected.json").read_text(encoding="utf-8"))


def outcome(content: bytes, sample: Path) -> ParsedUpload | None:
    """Return the parsed upload, None for a GoalpostError; anything else fails the test."""
    try:
        parsed = read_upload(io.BytesIO(content), sample.name, **expected_of(sample)["read"])
    except GoalpostError as err:
        assert str(err).startswith(f"“{sample.name}”"), err  # the message names the file
        return None
    observations = parsed.observations
    assert observations["value"].map(math.isfinite).all()
    for column in ("channel", "audience", "metric"):
        assert all(id_problem(str(v)) is None for v in observations[column].unique()), column
    return parsed


def months_of(parsed: ParsedUpload) -> dict:
    months = month_values(parsed.observations)
    return {(r.month, r.channel, r.audience, r.metric): r.value for r in months.itertuples(index=False)}


def expected_months(sample: Path) -> dict:
    return {
        (m["month"], m["channel"], m["audience"], m["metric"]): m["value"]
        for m in expected_of(sample)["months"]
    }


def same_months(got: dict, wanted: dict) -> bool:
    return set(got) == set(wanted) and all(math.isclose(got[k], wanted[k], rel_tol=1e-9) for k in wanted)


def rezipped(content: bytes, change) -> bytes:
    """Return the workbook written again with `change(name, data)` applied to each part (None drops it)."""
    source = zipfile.ZipFile(io.BytesIO(content))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = change(info.filename, source.read(info))
            if data is not None:
                target.writestr(info.filename, data)
    return buffer.getvalue()


@pytest.mark.parametrize("line", CORPUS.read_text(encoding="utf-8").splitlines())
def test_every_damage_found_once_gets_a_plain_message(line):
    name, kind, changes, was = json.loads(line)
    sample = FILES / "presets" / name
    data = bytearray(sample.read_bytes())
    if kind == "truncate":
        data = data[: changes[0]]
    for at, value in changes if kind != "truncate" else []:
        data[at] = data[at] ^ value if kind == "flip" else value
    outcome(bytes(data), sample)  # once it raised {was}


@BOUNDED
@given(sample=st.sampled_from(SAMPLES), data=st.data())
def test_a_truncated_file(sample, data):
    content = sample.read_bytes()
    outcome(content[: data.draw(st.integers(0, len(content) - 1))], sample)


@BOUNDED
@given(sample=st.sampled_from(SAMPLES), data=st.data())
def test_flipped_bytes(sample, data):
    content = bytearray(sample.read_bytes())
    for at in data.draw(st.lists(st.integers(0, len(content) - 1), min_size=1, max_size=8)):
        content[at] ^= 1 << data.draw(st.integers(0, 7))
    outcome(bytes(content), sample)


@BOUNDED
@given(sample=st.sampled_from(WORKBOOKS), data=st.data())
def test_a_zip_entry_cut_short(sample, data):
    content = sample.read_bytes()
    names = zipfile.ZipFile(io.BytesIO(content)).namelist()
    victim = data.draw(st.sampled_from(names))
    raw = data.draw(st.booleans())
    if raw:  # the packed bytes of the entry are cut: offsets and sizes in the directory no longer fit
        info = zipfile.ZipFile(io.BytesIO(content)).getinfo(victim)
        start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
        cut = data.draw(st.integers(1, max(1, info.compress_size)))
        content = content[:start] + content[start + cut :]
    else:  # the entry's text is cut (a well-formed zip holding half an XML document)
        keep = data.draw(st.floats(0, 0.99))
        content = rezipped(
            content, lambda name, part: part[: int(len(part) * keep)] if name == victim else part
        )
    outcome(content, sample)


@BOUNDED
@given(sample=st.sampled_from(WORKBOOKS), data=st.data())
def test_a_worksheet_removed(sample, data):
    content = sample.read_bytes()
    sheets = [n for n in zipfile.ZipFile(io.BytesIO(content)).namelist() if n.startswith("xl/worksheets/")]
    victim = data.draw(st.sampled_from(sheets))
    outcome(rezipped(content, lambda name, part: None if name == victim else part), sample)


@BOUNDED
@given(sample=st.sampled_from(SAMPLES), data=st.data())
def test_a_duplicated_row(sample, data):
    content = sample.read_bytes()
    if sample.suffix == ".xlsx":
        sheets = [
            n for n in zipfile.ZipFile(io.BytesIO(content)).namelist() if n.startswith("xl/worksheets/")
        ]
        victim = data.draw(st.sampled_from(sheets))

        def twice(name: str, part: bytes) -> bytes:
            rows = list(re.finditer(rb"<row[ >].*?</row>", part, re.DOTALL))
            if name != victim or not rows:
                return part
            row = rows[data.draw(st.integers(0, len(rows) - 1))]
            return part[: row.end()] + row.group() + part[row.end() :]

        content = rezipped(content, twice)
    elif sample.suffix == ".csv":
        lines = content.splitlines(keepends=True)
        at = data.draw(st.integers(0, len(lines) - 1))
        content = b"".join(lines[: at + 1] + [lines[at]] + lines[at + 1 :])
    outcome(content, sample)


@BOUNDED
@given(
    sample=st.sampled_from(TEXTS),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252"]),
)
def test_the_encoding_changed(sample, encoding):
    content = sample.read_bytes()
    if content[:2] in (b"\xff\xfe", b"\xfe\xff"):
        text = content.decode("utf-16")
    else:
        try:
            text = content.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = content.decode("cp1252")
    try:
        changed = text.encode(encoding)
    except UnicodeError:
        return  # the text holds a character this encoding cannot write
    parsed = outcome(changed, sample)
    # A whole file in one encoding Goalpost reads is read exactly as the original.
    assert parsed is not None and same_months(months_of(parsed), expected_months(sample))


def test_the_cli_says_damaged_not_something_unexpected(tmp_path, capsys):
    import cli

    name, kind, changes, _ = json.loads(CORPUS.read_text(encoding="utf-8").splitlines()[3])
    data = bytearray((FILES / "presets" / name).read_bytes())
    for at, value in changes:
        data[at] = data[at] ^ value if kind == "flip" else value
    damaged = tmp_path / name
    damaged.write_bytes(bytes(data))
    assert (
        cli.main(["--store", str(tmp_path / "store.sqlite3"), "ingest", str(damaged)]) == cli.EXIT_USER_ERROR
    )
    err = capsys.readouterr().err
    assert "damaged" in err and name in err and "unexpected" not in err
