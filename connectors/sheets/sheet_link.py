"""A Google Sheets link as Goalpost understands it: which spreadsheet, which tab, published or not."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from metrics.errors import Message, SheetError

# Spreadsheet ids are long base64-like tokens; published links use a different "2PACX-…" id.
_ID = r"[A-Za-z0-9_-]{20,}"
# A browser signed in to several accounts puts /u/<n>/ before /d/.
_EDIT_PATH = re.compile(rf"/spreadsheets/(?:u/\d+/)?d/(?P<id>{_ID})")
_PUBLISHED_PATH = re.compile(rf"/spreadsheets/(?:u/\d+/)?d/e/(?P<id>{_ID})")
_BARE_ID = re.compile(rf"^{_ID}$")
_GID = re.compile(r"(?:^|[#&?])gid=(?P<gid>\d+)")


@dataclass(frozen=True)
class SheetLink:
    """One spreadsheet (and optionally one tab) named by a link a manager pasted."""

    spreadsheet_id: str
    gid: int | None = None
    published: bool = False
    """True for a "Publish to the web" link: its id only works for the public CSV, not for the API."""

    def label(self) -> str:
        """Return a short text naming the spreadsheet for messages (never the whole id)."""
        return f"…{self.spreadsheet_id[-6:]}" if len(self.spreadsheet_id) > 12 else self.spreadsheet_id

    def browser_url(self) -> str:
        """Return the link a person opens in a browser to see this sheet."""
        if self.published:
            url = f"https://docs.google.com/spreadsheets/d/e/{self.spreadsheet_id}/pubhtml"
        else:
            url = f"https://docs.google.com/spreadsheets/d/{self.spreadsheet_id}/edit"
        return url if self.gid is None else f"{url}#gid={self.gid}"


def parse_sheet_link(text: str) -> SheetLink:
    """Return the spreadsheet id and tab gid named by a Google Sheets link (or a bare spreadsheet id)."""
    cleaned = (text or "").strip()
    if not cleaned:
        raise SheetError(
            Message(
                "sheets.link_missing",
                "Paste the link of the Google Sheet: copy it from the browser's address bar; it starts with "
                "https://docs.google.com/spreadsheets/d/…",
            )
        )
    if _BARE_ID.match(cleaned):
        return SheetLink(spreadsheet_id=cleaned)
    parts = urlsplit(cleaned if "://" in cleaned else f"https://{cleaned}")
    host = (parts.hostname or "").lower()
    if host not in {"docs.google.com", "drive.google.com"}:
        raise SheetError(
            Message(
                "sheets.link_not_google",
                "“{link}” is not a Google Sheets link. Open the sheet in the browser and copy "
                "the address; it starts with https://docs.google.com/spreadsheets/d/…",
                link=_shorten(cleaned),
            )
        )
    gid = _find_gid(parts.fragment) if _find_gid(parts.fragment) is not None else _find_gid(parts.query)
    published = _PUBLISHED_PATH.search(parts.path)
    if published:
        return SheetLink(spreadsheet_id=published.group("id"), gid=gid, published=True)
    edit = _EDIT_PATH.search(parts.path)
    if edit:
        return SheetLink(spreadsheet_id=edit.group("id"), gid=gid)
    legacy_key = parse_qs(parts.query).get("key")
    if legacy_key and _BARE_ID.match(legacy_key[0]):
        return SheetLink(spreadsheet_id=legacy_key[0], gid=gid)
    raise SheetError(
        Message(
            "sheets.link_no_spreadsheet",
            "“{link}” does not name a spreadsheet. Open the sheet in the browser and copy the "
            "address; it looks like https://docs.google.com/spreadsheets/d/…/edit#gid=0",
            link=_shorten(cleaned),
        )
    )


def _find_gid(text: str) -> int | None:
    match = _GID.search(text or "")
    return int(match.group("gid")) if match else None


def _shorten(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
