"""Hostile files of every kind the hostile-input tests and bench/hostile_bench.py replay (built, not stored).

Each builder returns the file's bytes; they are written to be small on disk and expensive to read.
"""

from __future__ import annotations

import io
import zipfile

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    "</Types>"
)
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="xl/workbook.xml"/></Relationships>'
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
    'Target="worksheets/sheet1.xml"/></Relationships>'
)
_SHEET_HEAD = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">{dimension}<sheetData>'
)
_SHEET_TAIL = "</sheetData></worksheet>"


def _column(index: int) -> str:
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def xlsx_grid(rows: int, columns: int, *, dimension: str | None = None, level: int = 6) -> bytes:
    """Return an XLSX whose one sheet is a rows x columns grid of numbers under a date,channel,... header."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _ROOT_RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            ref = f'<dimension ref="{dimension}"/>' if dimension else ""
            sheet.write(_SHEET_HEAD.format(dimension=ref).encode())
            letters = [_column(c) for c in range(columns)]
            header = "".join(
                f'<c r="{letters[c]}1" t="inlineStr"><is><t>metric{c}</t></is></c>' for c in range(columns)
            )
            sheet.write(f'<row r="1">{header}</row>'.encode())
            chunk = []
            for r in range(2, rows + 2):
                cells = "".join(f'<c r="{letters[c]}{r}"><v>{r + c}</v></c>' for c in range(columns))
                chunk.append(f'<row r="{r}">{cells}</row>')
                if len(chunk) == 1000:
                    sheet.write("".join(chunk).encode())
                    chunk = []
            sheet.write("".join(chunk).encode())
            sheet.write(_SHEET_TAIL.encode())
    return buffer.getvalue()


def _workbook_with(sheet_xml: str, shared: list[str] | None = None) -> bytes:
    """Return an XLSX of one sheet with this sheet XML (and shared strings when given)."""
    content_types, rels = _CONTENT_TYPES, _WORKBOOK_RELS
    if shared is not None:
        content_types = content_types.replace(
            "</Types>",
            '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
        )
        rels = rels.replace(
            "</Relationships>",
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
        )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", content_types)
        archive.writestr("_rels/.rels", _ROOT_RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", rels)
        if shared is not None:
            with archive.open("xl/sharedStrings.xml", "w") as part:
                part.write(
                    b'<?xml version="1.0" encoding="UTF-8"?>'
                    b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                )
                for text in shared:
                    part.write(f"<si><t>{text}</t></si>".encode())
                part.write(b"</sst>")
        archive.writestr(
            "xl/worksheets/sheet1.xml", _SHEET_HEAD.format(dimension="") + sheet_xml + _SHEET_TAIL
        )
    return buffer.getvalue()


def xlsx_shared_strings(count: int) -> bytes:
    """Return an XLSX of one tiny sheet whose shared strings table holds `count` texts (read whole on opening)."""
    return _workbook_with(
        '<row r="1"><c r="A1" t="s"><v>0</v></c></row>', [f"text {i}" for i in range(count)]
    )


def xlsx_far_row(row: int, columns: int = 1) -> bytes:
    """Return an XLSX with a header row and one cell at `row`: the rows between are read as empty rows."""
    header = "".join(f'<c r="{_column(c)}1"><v>{c}</v></c>' for c in range(columns))
    return _workbook_with(f'<row r="1">{header}</row><row r="{row}"><c r="A{row}"><v>1</v></c></row>')


def tidy_csv(rows: list[tuple[str, str, str, str, float]], encoding: str = "utf-8") -> bytes:
    """Return a Goalpost tidy CSV (date,channel,audience,metric,value) of these rows in an encoding."""
    lines = ["date,channel,audience,metric,value"] + [",".join(str(v) for v in row) for row in rows]
    return ("\n".join(lines) + "\n").encode(encoding)


def strategy_yaml(goals: int, channels: int = 2, *, goal_extra: str = "", pairs: bool = False) -> str:
    """Return a valid strategy YAML text with this many goals and channels (for limits and the bench).

    With pairs, each goal covers its own pair of channels (every goal a different scope).
    """
    lines = ["organisation: Hostile AS", "channels:"]
    lines += [f"  - id: channel{c}" for c in range(channels)]
    lines.append("goals:")
    for g in range(goals):
        lines += [
            f"  - id: goal{g}",
            f"    title: Goal {g}",
            "    kind: communication",
            "    metric: comments",
            f"    channels: [channel{g % channels}, channel{(g + g // channels + 1) % channels}]"
            if pairs
            else f"    channels: [channel{g % channels}]",
            "    start: 2025-01-01",
            "    deadline: 2025-12-31",
            "    baseline: 100",
            f"    target: {200 + g}",
            "    owner: Anna",
        ]
        if goal_extra:
            lines.append(goal_extra)
    return "\n".join(lines) + "\n"


def xlsx_texts(rows: int, columns: int, length: int = 40) -> bytes:
    """Return an XLSX whose cells are inline texts of `length` characters (more XML per cell than numbers)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _ROOT_RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        with archive.open("xl/worksheets/sheet1.xml", "w") as sheet:
            sheet.write(_SHEET_HEAD.format(dimension="").encode())
            for r in range(1, rows + 1):
                cells = "".join(
                    f'<c r="{_column(c)}{r}" t="inlineStr"><is><t>{(str(r * columns + c) * length)[:length]}</t></is></c>'
                    for c in range(columns)
                )
                sheet.write(f'<row r="{r}">{cells}</row>'.encode())
            sheet.write(_SHEET_TAIL.encode())
    return buffer.getvalue()


def xlsx_shared_grid(rows: int) -> bytes:
    """Return an XLSX of one column of `rows` cells, each a different shared text (read whole on opening)."""
    sheet = "".join(f'<row r="{r + 1}"><c r="A{r + 1}" t="s"><v>{r}</v></c></row>' for r in range(rows))
    return _workbook_with(sheet, [f"text number {r}" for r in range(rows)])


def xlsx_expanding(megabytes: int, level: int = 1) -> bytes:
    """Return a small XLSX whose one sheet expands to about `megabytes` MB, at a ratio under the zip check's 200."""
    block = "".join(
        f"<row><c><v>{(r * 7919) % 100_000}</v></c><c><v>{r % 97}</v></c></row>" for r in range(20_000)
    ).encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _ROOT_RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(_SHEET_HEAD.format(dimension="").encode())
            for _ in range(megabytes * 1_048_576 // len(block) + 1):
                sheet.write(block)
            sheet.write(_SHEET_TAIL.encode())
    return buffer.getvalue()
