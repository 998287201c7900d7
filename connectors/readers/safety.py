"""What a file is before it is parsed: size, kind (CSV text, XLSX, XLS) and the refusals that protect the server."""

from __future__ import annotations

import io
import re
import zipfile

from connectors.readers.limits import (
    MAX_UPLOAD_BYTES,
    MAX_WORKBOOK_PARTS,
    MAX_WORKBOOK_RATIO,
    MAX_WORKBOOK_UNCOMPRESSED_BYTES,
)
from metrics.errors import UploadError

_BINARY_SIGNATURES = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"%PDF": "a PDF document",
    b"\x7fELF": "a program (ELF executable)",
    b"MZ": "a Windows program",
    b"\x1f\x8b": "a gzip archive",
    b"7z\xbc\xaf": "a 7-Zip archive",
    b"Rar!": "a RAR archive",
    b"\xca\xfe\xba\xbe": "a program",
    b"\xcf\xfa\xed\xfe": "a program",
    b"RIFF": "a media file",
    b"ID3": "an audio file",
    b"OggS": "a media file",
    b"SQLite format 3": "a database file",
}
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_XML_PREFIX_LIMIT = 64 * 1024


_SOMETHING = re.compile(rb"[^ \t\r\n\x00\xef\xbb\xbf\xff\xfe]")
"""A byte other than blanks, NULs and byte order mark bytes: the file holds something."""


def check_size(content: bytes, file_name: str, limit: int = MAX_UPLOAD_BYTES) -> None:
    """Raise UploadError when the file is empty or larger than the limit."""
    if not content or not _SOMETHING.search(content):  # a search, not strip(): no copy of a big file
        raise UploadError("the file is empty; export it again from the platform", file_name=file_name)
    if len(content) > limit:
        raise UploadError(
            f"the file is {len(content) / 1_048_576:.0f} MB, more than the {limit / 1_048_576:.0f} MB Goalpost "
            "accepts; export a shorter period or fewer columns",
            file_name=file_name,
        )


def file_kind(content: bytes, file_name: str) -> str:
    """Return 'xlsx', 'xls' or 'text' from the file's first bytes; raise UploadError for anything else."""
    if content.startswith(b"PK\x03\x04") or content.startswith(b"PK\x05\x06"):
        return "xlsx"
    if content.startswith(_OLE):
        return "xls"
    for signature, what in _BINARY_SIGNATURES.items():
        if content.startswith(signature):
            raise UploadError(
                f"this is {what}, not a table; upload the CSV or Excel export instead", file_name=file_name
            )
    if file_name.lower().endswith((".xlsx", ".xlsm")):
        raise UploadError(
            "the name says Excel workbook but the content is not one; open it in Excel and save it again as .xlsx",
            file_name=file_name,
        )
    return "text"


def check_workbook_archive(content: bytes, file_name: str) -> zipfile.ZipFile:
    """Return the XLSX zip once its directory shows no zip bomb and no XML part declares a DTD or entities."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(content))
        members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise UploadError(
            "the workbook is damaged (not a readable .xlsx); open it in Excel and save it again",
            file_name=file_name,
        ) from None
    names = {m.filename for m in members}
    if "[Content_Types].xml" not in names or not any(n.startswith("xl/") for n in names):
        csv_inside = sorted(n for n in names if n.lower().endswith(".csv"))
        hint = f" (it holds {', '.join(csv_inside[:3])})" if csv_inside else ""
        raise UploadError(
            f"this is a zip archive, not an Excel workbook{hint}; unzip it and upload the CSV files inside",
            file_name=file_name,
        )
    if len(members) > MAX_WORKBOOK_PARTS:
        raise UploadError(_bomb_message(), file_name=file_name)
    total = 0
    for member in members:
        total += member.file_size
        packed = max(member.compress_size, 1)
        if member.file_size > 1_048_576 and member.file_size / packed > MAX_WORKBOOK_RATIO:
            raise UploadError(_bomb_message(), file_name=file_name)
    if total > MAX_WORKBOOK_UNCOMPRESSED_BYTES:
        raise UploadError(_bomb_message(), file_name=file_name)
    for member in members:
        if member.filename.lower().endswith((".xml", ".rels", ".vml")):
            with archive.open(member) as part:
                prefix = part.read(_XML_PREFIX_LIMIT)
            if _declares_dtd(prefix):
                raise UploadError(
                    "the workbook contains an XML document type declaration (DTD), which Excel never writes and "
                    "which can be used to attack a server; it was refused. Save the sheet again from Excel",
                    file_name=file_name,
                )
    return archive


def _bomb_message() -> str:
    return (
        "the workbook would expand to far more data than it holds (it looks like a zip bomb); it was refused. "
        "Save the sheet again from Excel, or export it as CSV"
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
