"""Which text encoding a CSV uses: byte order marks first, then UTF-8, then the Windows code page Excel writes."""

from __future__ import annotations

from metrics.errors import UploadError

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
                "the file says it is UTF-16 text but parts of it are not; export it again",
                file_name=file_name,
            ) from None
    if b"\x00" in body:
        raise UploadError(
            "this is not a text table (it contains binary data); upload the CSV or Excel export instead",
            file_name=file_name,
        )
    try:
        text, label = body.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        try:
            # Excel in a Nordic locale saves "CSV" as Windows-1252 with no marker; æøå decode correctly as such.
            text, label = body.decode("cp1252"), "Windows-1252"
        except UnicodeDecodeError:
            raise UploadError(
                "the text encoding is unknown (neither UTF-8 nor Windows-1252); in Excel choose "
                "“Save as… CSV UTF-8” and upload that file",
                file_name=file_name,
            ) from None
    sample = text[:4096]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\r\n\x0c")
    if sample and controls > 0.01 * len(sample):
        raise UploadError(
            "this is not a text table (it contains binary data); upload the CSV or Excel export instead",
            file_name=file_name,
        )
    return text, label
