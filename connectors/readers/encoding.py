"""Which text encoding a CSV uses: byte order marks first, then UTF-8, then the Windows code page Excel writes."""

from __future__ import annotations

import codecs
import re

from metrics.errors import Message, UploadError

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def detect_encoding(content: bytes) -> tuple[str, int]:
    """Return (encoding name, BOM length) from a byte order mark or the NUL pattern of BOM-less UTF-16."""
    for bom, name in _BOMS:
        if content.startswith(bom):
            return name, len(bom)
    head = content[:4096]
    if len(head) >= 4:
        even_nuls = head[0::2].count(0)
        odd_nuls = head[1::2].count(0)
        half = len(head) // 2
        if odd_nuls > 0.4 * half and even_nuls < 0.05 * half:
            return "utf-16-le", 0
        if even_nuls > 0.4 * half and odd_nuls < 0.05 * half:
            return "utf-16-be", 0
    return "utf-8", 0


def decode_text(content: bytes, file_name: str) -> tuple[str, str]:
    """Return (text, encoding label) of a CSV's bytes; raise UploadError for binary or undecodable content."""
    encoding, bom = detect_encoding(content)
    body = content[bom:]
    if encoding.startswith("utf-16"):
        try:
            return body.decode(encoding), "UTF-16"
        except UnicodeDecodeError:
            raise UploadError(
                Message(
                    "readers.bad_utf16",
                    "the file says it is UTF-16 text but parts of it are not; export it again",
                ),
                file_name=file_name,
            ) from None
    if b"\x00" in body:
        raise UploadError(
            _binary_message(),
            file_name=file_name,
        )
    try:
        text, label = body.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError as error:
        _refuse_mixed(body, error.start, file_name)
        try:
            # Excel in a Nordic locale saves "CSV" as Windows-1252 with no marker; æøå decode correctly as such.
            text, label = body.decode("cp1252"), "Windows-1252"
        except UnicodeDecodeError:
            raise UploadError(
                Message(
                    "readers.unknown_encoding",
                    "the text encoding is unknown (neither UTF-8 nor Windows-1252); in Excel choose "
                    "“Save as… CSV UTF-8” and upload that file",
                ),
                file_name=file_name,
            ) from None
    _check_not_binary(text, file_name)
    return text, label


_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
"""A multi-byte UTF-8 character ("ø" is C3 B8); Windows-1252 text almost never holds one."""


def _refuse_mixed(body: bytes, bad_at: int, file_name: str) -> None:
    """Raise when text that is not all UTF-8 still holds UTF-8 characters: two encodings in one file.

    Read whole as Windows-1252, its UTF-8 "ø" would become "Ã¸" and make a second, look-alike id.
    """
    if _UTF8_SEQUENCE.search(body) is None:
        return
    row = body.count(b"\n", 0, bad_at) + 1
    line_start = body.rfind(b"\n", 0, bad_at) + 1
    header = body[: body.find(b"\n")] if b"\n" in body else body
    delimiter = max((b",", b";", b"\t", b"|"), key=header.count)
    position = body.count(delimiter, line_start, bad_at)
    names = header.decode("utf-8", errors="replace").lstrip("\ufeff").split(delimiter.decode())
    column = names[position].strip().strip('"') if position < len(names) else None
    raise UploadError(
        Message(
            "readers.mixed_encoding",
            "the file mixes two text encodings (UTF-8 and Windows-1252), so names such as “føl” would be read "
            "as two different names; in Excel choose “Save as… CSV UTF-8”, or re-save it in one encoding, and "
            "upload that file",
        ),
        file_name=file_name,
        row=row,
        column=column or None,
    )


def _binary_message() -> Message:
    return Message(
        "readers.binary_text",
        "this is not a text table (it contains binary data); upload the CSV or Excel export instead",
    )


_PIECE_BYTES = 16 * 1024
"""Bytes decoded at a time when a UTF-8 file is only checked: small pieces, so no big text is ever made."""


def utf8_head(content: bytes, file_name: str, chars: int) -> str | None:
    """Return the first `chars` characters of a UTF-8 file when all of it is UTF-8 text, else None.

    Same checks as decode_text, but the rest of the file is checked piece by piece and not kept: a big
    upload is then never held twice (as bytes and as text), and freeing a text as large as the file
    would leave the memory allocator holding on to far more for the rest of the reading.
    """
    encoding, bom = detect_encoding(content)
    if not encoding.startswith("utf-8"):
        return None
    if content.find(b"\x00", bom) != -1:
        raise UploadError(
            _binary_message(),
            file_name=file_name,
        )
    view = memoryview(content)[bom:]
    decoder = codecs.getincrementaldecoder("utf-8")()
    pieces: list[str] = []
    held = 0
    try:
        for start in range(0, len(view), _PIECE_BYTES):
            piece = decoder.decode(view[start : start + _PIECE_BYTES])
            if held < chars:
                pieces.append(piece)
                held += len(piece)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return None  # not UTF-8: decode_text tries the Windows code page
    head = "".join(pieces)[:chars]
    _check_not_binary(head, file_name)
    return head


def _check_not_binary(text: str, file_name: str) -> None:
    """Raise when the start of a decoded text is full of control characters (a binary file)."""
    sample = text[:4096]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\r\n\x0c")
    if sample and controls > 0.01 * len(sample):
        raise UploadError(
            _binary_message(),
            file_name=file_name,
        )
