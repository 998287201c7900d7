"""Reads the cells of Google Sheet tabs as text, with timeouts, bounded retries and plain-words errors."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from http import HTTPStatus
from typing import Any

import gspread
import requests
from google.auth import exceptions as auth_exceptions
from google.auth.transport.requests import AuthorizedSession, Request
from gspread.utils import absolute_range_name

from connectors.sheets.credentials import CredentialsInfo
from connectors.sheets.google_transport import GoogleTransport
from connectors.sheets.sheet_link import SheetLink
from connectors.sheets.sheet_retry import (
    RetryingHTTPClient,
    RetryPolicy,
    TransientFailure,
    http_status,
    is_transient_status,
    no_answer_in_time,
    not_reachable,
    retry_after_seconds,
    status_reason,
    with_retries,
)
from metrics.errors import Message, SheetError
from metrics.words import quoted, quoted_list

SHEETS_EXPORT_URL = "https://docs.google.com/spreadsheets/d/{id}/export"
PUBLISHED_EXPORT_URL = "https://docs.google.com/spreadsheets/d/e/{id}/pub"


@dataclass(frozen=True)
class TabRef:
    """A tab chosen by its id (gid, survives renaming) or, failing that, by its title."""

    gid: int | None = None
    title: str | None = None

    def describe(self) -> str:
        """Return the tab as a person would name it in a message."""
        if self.title is not None:
            return quoted(self.title)
        return Message("sheets.tab_with_gid", "with id (gid) {gid}", gid=str(self.gid))


def tab_ref(value: TabRef | int | str) -> TabRef:
    """Return a TabRef for a gid (int or "gid=123") or a tab title."""
    if isinstance(value, TabRef):
        return value
    if isinstance(value, int):
        return TabRef(gid=value)
    text = str(value).strip()
    if text.lower().startswith(("gid=", "#gid=")) and text.split("=", 1)[1].isdigit():
        return TabRef(gid=int(text.split("=", 1)[1]))
    return TabRef(title=text)


@dataclass(frozen=True)
class TabInfo:
    """One tab of a spreadsheet as its metadata describes it."""

    gid: int
    title: str
    row_count: int = 0
    column_count: int = 0


@dataclass(frozen=True)
class TabValues:
    """The cells of one tab as the text the sheet shows, row by row (trailing blanks trimmed)."""

    gid: int
    title: str
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class SheetSnapshot:
    """Every requested tab of one spreadsheet, fetched completely at one moment."""

    spreadsheet_id: str
    title: str
    tabs: tuple[TabValues, ...]
    fetched_at: datetime
    mode: str
    """"service_account" (Sheets API) or "public" (CSV export of a sheet anyone with the link may view)."""


class SheetUnavailable(SheetError):
    """Google did not answer usefully after the allowed retries (rate limit, server error, timeout)."""

    def __init__(self, message: str, *, reason: str):
        super().__init__(message)
        self.reason = reason


class SheetClient:
    """Fetches Google Sheet tabs as text: Sheets API with a service account, or the public CSV export."""

    def __init__(
        self,
        credentials: CredentialsInfo,
        *,
        transport: GoogleTransport | None = None,
        retry: RetryPolicy | None = None,
        clock: Callable[[], datetime] | None = None,
    ):
        self.credentials = credentials
        self.transport = transport or GoogleTransport.from_environment()
        self.retry = retry or RetryPolicy()
        self._clock = clock or (lambda: datetime.now(UTC))

    def tabs(self, link: SheetLink) -> tuple[str, tuple[TabInfo, ...]]:
        """Return the spreadsheet's title and its tabs (Sheets API; public mode cannot list tabs)."""
        if self.credentials.mode == "public" or link.published:
            raise SheetError(
                Message(
                    "sheets.cannot_list_tabs",
                    "Without a service account Goalpost cannot list a sheet's tabs. Open the tab you want in the "
                    "browser and paste its link (it ends in #gid=…).",
                )
            )
        with self._translated_errors(link), self._google_api() as google:
            metadata = google.fetch_sheet_metadata(link.spreadsheet_id)
            return _sheet_title(metadata), _tab_infos(metadata)

    def fetch(self, link: SheetLink, tabs: Sequence[TabRef | int | str]) -> SheetSnapshot:
        """Return every requested tab's cells (all or nothing); no tabs means the link's tab or the first."""
        wanted = [tab_ref(t) for t in tabs] or [TabRef(gid=link.gid)]
        if self.credentials.mode == "public" or link.published:
            return self._fetch_public(link, wanted)
        return self._fetch_api(link, wanted)

    @contextmanager
    def _google_api(self) -> Iterator[gspread.HTTPClient]:
        """Yield gspread's HTTP client signed in with the credentials; its connections close afterwards."""
        google_credentials = self.credentials.google_credentials()
        token_session = self.transport.session()
        session = self.transport.prepare(
            AuthorizedSession(google_credentials, auth_request=Request(token_session))
        )
        try:
            client = gspread.Client(
                auth=google_credentials,
                session=session,
                http_client=partial(RetryingHTTPClient, policy=self.retry),  # type: ignore[arg-type]
            )
            yield client.http_client
        finally:
            session.close()
            token_session.close()

    def _fetch_api(self, link: SheetLink, wanted: list[TabRef]) -> SheetSnapshot:
        with self._translated_errors(link), self._google_api() as google:
            # Two calls per sync whatever the number of tabs: the tab list, then every tab's cells at once.
            metadata = google.fetch_sheet_metadata(link.spreadsheet_id)
            title = _sheet_title(metadata)
            chosen = [_resolve_tab(ref, _tab_infos(metadata), title) for ref in wanted]
            answer = google.values_batch_get(
                link.spreadsheet_id,
                [absolute_range_name(tab.title) for tab in chosen],
                params={"valueRenderOption": "FORMATTED_VALUE", "majorDimension": "ROWS"},
            )
            value_ranges = answer.get("valueRanges", [])
            if len(value_ranges) != len(chosen):
                raise TransientFailure(
                    Message("sheets.reason_fewer_tabs", "Google answered with fewer tabs than asked for")
                )
            tabs = tuple(
                TabValues(gid=tab.gid, title=tab.title, rows=_text_rows(block.get("values", [])))
                for tab, block in zip(chosen, value_ranges, strict=True)
            )
            return SheetSnapshot(
                spreadsheet_id=link.spreadsheet_id,
                title=title,
                tabs=tabs,
                fetched_at=self._clock(),
                mode="service_account",
            )

    def _fetch_public(self, link: SheetLink, wanted: list[TabRef]) -> SheetSnapshot:
        tabs = []
        with self._translated_errors(link), self.transport.session() as session:
            for ref in wanted:
                if ref.gid is None and ref.title is not None:
                    raise SheetError(
                        Message(
                            "sheets.public_tab_by_name",
                            "Without a service account Goalpost finds tabs by their link, not their name "
                            "(tab {tab}). Open that tab in the browser and paste its link (it ends in #gid=…).",
                            tab=ref.describe(),
                        )
                    )
                gid = 0 if ref.gid is None else ref.gid
                text = with_retries(self.retry, partial(self._export_csv, session, link, gid)).text
                rows = _text_rows(list(csv.reader(io.StringIO(text, newline=""))))
                tabs.append(TabValues(gid=gid, title=f"gid {gid}", rows=rows))
        return SheetSnapshot(
            spreadsheet_id=link.spreadsheet_id,
            title=Message("sheets.public_sheet_title", "sheet {sheet}", sheet=link.label()),
            tabs=tuple(tabs),
            fetched_at=self._clock(),
            mode="public",
        )

    def _export_csv(self, session: requests.Session, link: SheetLink, gid: int) -> requests.Response:
        if link.published:
            url = PUBLISHED_EXPORT_URL.format(id=link.spreadsheet_id)
            params: dict[str, Any] = {"gid": gid, "single": "true", "output": "csv"}
        else:
            url = SHEETS_EXPORT_URL.format(id=link.spreadsheet_id)
            params = {"format": "csv", "gid": gid}
        try:
            response = session.get(url, params=params, timeout=self.retry.timeout_seconds)
        except requests.Timeout as err:
            raise TransientFailure(no_answer_in_time()) from err
        except requests.ConnectionError as err:
            raise TransientFailure(not_reachable()) from err
        if is_transient_status(response.status_code):
            raise TransientFailure(status_reason(response.status_code), retry_after_seconds(response))
        if response.status_code in (HTTPStatus.NOT_FOUND, HTTPStatus.BAD_REQUEST):
            raise _PublicNotFound(gid)
        denied = response.status_code in (HTTPStatus.UNAUTHORIZED, HTTPStatus.FORBIDDEN)
        if denied or (response.ok and _is_sign_in_page(response)):
            raise _PublicAccessDenied()
        if not response.ok:
            raise SheetError(
                Message(
                    "sheets.export_refused",
                    "Google refused to export the sheet {sheet} (HTTP {status}). Check the link and try again.",
                    sheet=link.label(),
                    status=int(response.status_code),
                )
            )
        response.encoding = "utf-8"
        return response

    @contextmanager
    def _translated_errors(self, link: SheetLink) -> Iterator[None]:
        """Turn every failure talking to Google into a SheetError a manager can act on."""
        advice = self.credentials.access_advice()
        try:
            yield
        except SheetError:
            raise
        except TransientFailure as failure:
            raise SheetUnavailable(
                Message(
                    "sheets.unavailable",
                    "{reason}; tried {tries} times. Goalpost will try again later.",
                    reason=failure.reason,
                    tries=self.retry.tries,
                ),
                reason=failure.reason,
            ) from None
        except _PublicAccessDenied:
            raise SheetError(
                Message(
                    "sheets.public_needs_sign_in",
                    "Goalpost may not read the Google Sheet {sheet} without signing in: {advice}.",
                    sheet=link.label(),
                    advice=advice,
                )
            ) from None
        except _PublicNotFound as missing:
            raise SheetError(
                Message(
                    "sheets.public_not_found",
                    "Google found no sheet at this link, or no tab with id (gid) {gid} in it. Open the "
                    "tab in the browser, copy the address again and check the sheet still exists.",
                    gid=str(missing.gid),
                )
            ) from None
        except auth_exceptions.GoogleAuthError:
            # Refresh refused (bad, revoked or expired key) or credentials unusable: never quote the library.
            raise SheetError(self._bad_credentials_message()) from None
        except gspread.exceptions.APIError as err:
            raise SheetError(self._api_error_message(link, err, advice)) from None

    def _bad_credentials_message(self) -> Message:
        who = self.credentials.service_account_email or Message(
            "sheets.the_service_account", "the service account"
        )
        return Message(
            "sheets.credentials_refused",
            "Google did not accept the credentials of {who} (from {source}): the key may "
            "have been deleted, disabled or expired. Create a new JSON key for the service account in Google "
            "Cloud (IAM → Service accounts → Keys) and replace the old one.",
            who=who,
            source=self.credentials.source,
        )

    def _api_error_message(self, link: SheetLink, err: gspread.exceptions.APIError, advice: str) -> Message:
        status = http_status(err)
        if status == HTTPStatus.NOT_FOUND:
            return _not_found_message(link)
        if status == HTTPStatus.FORBIDDEN:
            return _forbidden_message(link, err, advice)
        if status == HTTPStatus.UNAUTHORIZED:
            return self._bad_credentials_message()
        if status == HTTPStatus.BAD_REQUEST and "range" in str(err.error.get("message", "")).lower():
            return Message(
                "sheets.tab_changed_while_reading",
                "A tab of the Google Sheet {sheet} changed while Goalpost was reading it (renamed or deleted). "
                "Sync again.",
                sheet=link.label(),
            )
        return Message(
            "sheets.api_refused",
            "Google Sheets refused to read the sheet {sheet} (HTTP {status}). Try again later.",
            sheet=link.label(),
            status=int(status),
        )


class _PublicAccessDenied(Exception):
    """The CSV export asked for a sign-in: the sheet is not shared with anyone who has the link."""


class _PublicNotFound(Exception):
    """The CSV export found no such spreadsheet or tab."""

    def __init__(self, gid: int):
        super().__init__(gid)
        self.gid = gid


def _is_sign_in_page(response: requests.Response) -> bool:
    # A private sheet's export redirects to Google's sign-in page, an HTML page with status 200.
    host = requests.utils.urlparse(response.url).hostname or ""
    content_type = response.headers.get("Content-Type", "")
    return host == "accounts.google.com" or "text/html" in content_type


def _not_found_message(link: SheetLink) -> Message:
    return Message(
        "sheets.spreadsheet_not_found",
        "Google found no spreadsheet {sheet}. Check the link (copy it again from the browser's "
        "address bar); the sheet may have been deleted or moved to the bin.",
        sheet=link.label(),
    )


def _forbidden_message(link: SheetLink, err: Any, advice: str) -> Message:
    detail = str(getattr(err, "error", "") or "")
    if "SERVICE_DISABLED" in detail or "has not been used" in detail or "is disabled" in detail:
        return Message(
            "sheets.api_disabled",
            "The Google Sheets API is switched off for the service account's Google Cloud project. In Google "
            "Cloud open APIs & Services → Library → Google Sheets API → Enable, then sync again.",
        )
    return Message(
        "sheets.not_shared",
        "Goalpost may not read the Google Sheet {sheet}: {advice}.",
        sheet=link.label(),
        advice=advice,
    )


def _sheet_title(metadata: Any) -> str:
    title = str(metadata.get("properties", {}).get("title", ""))
    return title or Message("sheets.untitled", "(untitled)")


def _tab_infos(metadata: Any) -> tuple[TabInfo, ...]:
    infos = []
    for sheet in metadata.get("sheets", []):
        props = sheet.get("properties", {})
        grid = props.get("gridProperties", {})
        infos.append(
            TabInfo(
                gid=int(props.get("sheetId", 0)),
                title=str(props.get("title", "")),
                row_count=int(grid.get("rowCount", 0)),
                column_count=int(grid.get("columnCount", 0)),
            )
        )
    return tuple(infos)


def _resolve_tab(ref: TabRef, available: tuple[TabInfo, ...], sheet_title: str) -> TabInfo:
    if ref.gid is None and ref.title is None:
        if not available:
            raise SheetError(
                Message(
                    "sheets.sheet_has_no_tabs", "The Google Sheet “{title}” has no tabs.", title=sheet_title
                )
            )
        return available[0]
    for tab in available:
        if ref.gid is not None and tab.gid == ref.gid:
            return tab
    for tab in available:
        if ref.title is not None and tab.title.strip().casefold() == ref.title.strip().casefold():
            return tab
    raise SheetError(
        Message(
            "sheets.no_such_tab",
            "The Google Sheet “{title}” has no tab {tab} (renamed or deleted?). Its tabs are: {names}. "
            "Pick one of these.",
            title=sheet_title,
            tab=ref.describe(),
            names=quoted_list([tab.title for tab in available]),
        )
    )


def _text_rows(values: Sequence[Sequence[Any]]) -> tuple[tuple[str, ...], ...]:
    rows = [tuple("" if cell is None else str(cell) for cell in row) for row in values]
    trimmed = [row[: _last_filled(row) + 1] for row in rows]
    while trimmed and not trimmed[-1]:
        trimmed.pop()
    return tuple(trimmed)


def _last_filled(row: tuple[str, ...]) -> int:
    for index in range(len(row) - 1, -1, -1):
        if row[index].strip():
            return index
    return -1
