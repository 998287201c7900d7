"""What a file is before it is parsed: size, kind (CSV text, XLSX, XLS) and the refusals that protect the server."""

from __future__ import annotations

import io
import re
import zipfile

from connectors.readers.limits import (
    MAX_SHEET_ELEMENTS,
    MAX_UPLOAD_BYTES,
    MAX_WORKBOOK_ELEMENTS,
    MAX_WORKBOOK_PARTS,
    MAX_WORKBOOK_RATIO,
    MAX_WORKBOOK_UNCOMPRESSED_BYTES,
)
from metrics.errors import GoalpostError, Message, UploadError

_BINARY_SIGNATURES = {
    b"\x89PNG": Message("readers.kind_png", "a PNG image"),
    b"\xff\xd8\xff": Message("readers.kind_jpeg", "a JPEG image"),
    b"GIF8": Message("readers.kind_gif", "a GIF image"),
    b"%PDF": Message("readers.kind_pdf", "a PDF document"),
    b"\x7fELF": Message("readers.kind_elf", "a program (ELF executable)"),
    b"MZ": Message("readers.kind_windows_program", "a Windows program"),
    b"\x1f\x8b": Message("readers.kind_gzip", "a gzip archive"),
    b"7z\xbc\xaf": Message("readers.kind_7zip", "a 7-Zip archive"),
    b"Rar!": Message("readers.kind_rar", "a RAR archive"),
    b"\xca\xfe\xba\xbe": Message("readers.kind_program", "a program"),
    b"\xcf\xfa\xed\xfe": Message("readers.kind_program", "a program"),
    b"RIFF": Message("readers.kind_media", "a media file"),
    b"ID3": Message("readers.kind_audio", "an audio file"),
    b"OggS": Message("readers.kind_media", "a media file"),
    b"SQLite format 3": Message("readers.kind_database", "a database file"),
}
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_XML_PREFIX_LIMIT = 64 * 1024


_SOMETHING = re.compile(rb"[^ \t\r\n\x00\xef\xbb\xbf\xff\xfe]")
"""A byte other than blanks, NULs and byte order mark bytes: the file holds something."""


def check_size(
    content: bytes, file_name: str, limit: int = MAX_UPLOAD_BYTES, size: int | None = None
) -> None:
    """Raise UploadError when the file is empty or larger than the limit (`size`: the whole file's bytes).

    Only limit + 1 bytes of a larger file are read, so its real size comes from the file when it is known.
    """
    if not content or not _SOMETHING.search(content):  # a search, not strip(): no copy of a big file
        raise UploadError(
            Message("readers.empty_file", "the file is empty; export it again from the platform"),
            file_name=file_name,
        )
    size = max(size or 0, len(content))
    if size > limit:
        raise UploadError(
            Message(
                "readers.file_too_large",
                "the file is {size} MB, more than the {limit} MB Goalpost accepts; export a shorter period or "
                "fewer columns",
                size=megabytes(size, limit),
                limit=f"{limit / 1_048_576:.0f}",
            ),
            file_name=file_name,
        )


def megabytes(size: int, limit: int) -> str:
    """Return a size in MB as text, with as many decimals as it takes not to read as the limit itself."""
    for digits in (0, 1, 3):
        text = f"{size / 1_048_576:.{digits}f}"
        if size <= limit or float(text) > limit / 1_048_576:
            break
    return text


def file_kind(content: bytes, file_name: str) -> str:
    """Return 'xlsx', 'xls' or 'text' from the file's first bytes; raise UploadError for anything else."""
    if content.startswith(b"PK\x03\x04") or content.startswith(b"PK\x05\x06"):
        return "xlsx"
    if content.startswith(_OLE):
        return "xls"
    for signature, what in _BINARY_SIGNATURES.items():
        if content.startswith(signature):
            raise UploadError(
                Message(
                    "readers.not_a_table",
                    "this is {kind}, not a table; upload the CSV or Excel export instead",
                    kind=what,
                ),
                file_name=file_name,
            )
    if file_name.lower().endswith((".xlsx", ".xlsm")):
        raise UploadError(
            Message(
                "readers.fake_xlsx",
                "the name says Excel workbook but the content is not one; open it in Excel and save it again as .xlsx",
            ),
            file_name=file_name,
        )
    return "text"


def check_workbook_archive(content: bytes, file_name: str) -> zipfile.ZipFile:
    """Return the XLSX zip once its directory shows no zip bomb and no XML part declares a DTD or entities."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(content))
        members = archive.infolist()
    except Exception:  # zipfile raises BadZipFile, NotImplementedError, struct and value errors
        raise UploadError(
            Message(
                "readers.damaged_xlsx",
                "the workbook is damaged (not a readable .xlsx); open it in Excel and save it again",
            ),
            file_name=file_name,
        ) from None
    names = {m.filename for m in members}
    if "[Content_Types].xml" not in names or not any(n.startswith("xl/") for n in names):
        csv_inside = sorted(n for n in names if n.lower().endswith(".csv"))
        hint = (
            Message("readers.zip_holds", " (it holds {files})", files=", ".join(csv_inside[:3]))
            if csv_inside
            else ""
        )
        raise UploadError(
            Message(
                "readers.zip_not_workbook",
                "this is a zip archive, not an Excel workbook{hint}; unzip it and upload the CSV files inside",
                hint=hint,
            ),
            file_name=file_name,
        )
    if len(members) > MAX_WORKBOOK_PARTS:
        raise UploadError(
            Message(
                "readers.workbook_parts",
                "the workbook holds {count} parts, more than the {limit} Goalpost reads (it looks like a zip "
                "bomb); it was refused. Save the sheet again from Excel, or export it as CSV",
                count=f"{len(members):,}",
                limit=f"{MAX_WORKBOOK_PARTS:,}",
            ),
            file_name=file_name,
        )
    total = 0
    for member in members:
        total += member.file_size
        packed = max(member.compress_size, 1)
        if member.file_size > 1_048_576 and member.file_size / packed > MAX_WORKBOOK_RATIO:
            raise UploadError(_bomb_message(), file_name=file_name)
    if total > MAX_WORKBOOK_UNCOMPRESSED_BYTES:
        raise UploadError(
            Message(
                "readers.workbook_expands",
                "the workbook would expand to {size} MB, more than the {limit} MB Goalpost reads from one "
                "workbook; it was refused. Export a shorter period or fewer columns, or save it as CSV",
                size=megabytes(total, MAX_WORKBOOK_UNCOMPRESSED_BYTES),
                limit=f"{MAX_WORKBOOK_UNCOMPRESSED_BYTES / 1_048_576:.0f}",
            ),
            file_name=file_name,
        )
    try:
        _check_parts(archive, members, file_name)
    except GoalpostError:
        raise
    except Exception:  # zipfile and zlib raise many kinds (bad CRC, cut data, unknown compression)
        raise UploadError(
            Message(
                "readers.damaged_xlsx",
                "the workbook is damaged (not a readable .xlsx); open it in Excel and save it again",
            ),
            file_name=file_name,
        ) from None
    return archive


def _check_parts(archive: zipfile.ZipFile, members: list[zipfile.ZipInfo], file_name: str) -> None:
    """Raise for a part that declares a DTD, or for more XML elements than the reading budget allows.

    openpyxl reads every part but the sheets whole when it opens a workbook (shared texts, styles), and
    spends time on every element of a sheet, cell or not: all are counted here, streamed, before it starts.
    """
    elements = {False: 0, True: 0}  # outside the sheets, in the sheets
    limits = {False: MAX_WORKBOOK_ELEMENTS, True: MAX_SHEET_ELEMENTS}
    for member in members:
        name = member.filename.lower()
        if not name.endswith((".xml", ".rels", ".vml")):
            continue
        in_sheets = name.startswith("xl/worksheets/")
        with archive.open(member) as part:
            chunk = part.read(_XML_PREFIX_LIMIT)
            if _declares_dtd(chunk):
                raise UploadError(
                    Message(
                        "readers.workbook_dtd",
                        "the workbook contains an XML document type declaration (DTD), which Excel never writes "
                        "and which can be used to attack a server; it was refused. Save the sheet again from Excel",
                    ),
                    file_name=file_name,
                )
            while chunk:
                # Opening tags: each "<" but those of closing tags (a count, not a parse: it runs in C).
                elements[in_sheets] += chunk.count(b"<") - chunk.count(b"</")
                if elements[in_sheets] > limits[in_sheets]:
                    raise UploadError(_elements_message(limits[in_sheets]), file_name=file_name)
                chunk = part.read(_XML_PREFIX_LIMIT * 16)


def _elements_message(limit: int) -> Message:
    return Message(
        "readers.workbook_elements",
        "the workbook holds more than {limit} XML elements in its sheets or in its shared texts and styles, "
        "the most Goalpost reads from one workbook; it was refused. Export a shorter period or fewer columns, "
        "or save it as CSV",
        limit=f"{limit:,}",
    )


def _bomb_message() -> Message:
    return Message(
        "readers.zip_ratio",
        "a part of the workbook would expand more than {limit} times its packed size, which no real workbook "
        "does (it looks like a zip bomb); it was refused. Save the sheet again from Excel, or export it as CSV",
        limit=MAX_WORKBOOK_RATIO,
    )


def _declares_dtd(prefix: bytes) -> bool:
    """Return True when the XML prolog in these first bytes declares a DOCTYPE or an ENTITY."""
    if prefix.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00<" in prefix[:64] or b"<\x00" in prefix[:64]:
        text = prefix.decode("utf-16", errors="ignore")
    else:
        text = prefix.decode("utf-8", errors="ignore")
    if re.search(r"<!\s*(DOCTYPE|ENTITY)", text, re.IGNORECASE):
        return True
    # A root element must start within the prefix; a prolog longer than that is no workbook part.
    return re.search(r"<[A-Za-z_]", text) is None and len(prefix) >= _XML_PREFIX_LIMIT
