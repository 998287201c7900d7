"""A local stand-in for Google: the part of Sheets v4, the CSV export and the token endpoint gspread uses.

Tests point gspread's real client at it through connectors.sheets.GoogleTransport(base_url=server.base_url),
so requests keep their Google URLs and only the host changes. It answers like Google does: JSON error
bodies with code/message/status, trailing blank cells trimmed from value ranges, a sign-in redirect for a
private sheet's CSV export, and signed-JWT service-account sign-in verified with the account's public key.
"""

from __future__ import annotations

import base64
import csv
import io
import json
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, quote, unquote, urlsplit

import rsa

SHEETS_HOST = "sheets.googleapis.com"
DOCS_HOST = "docs.google.com"
TOKEN_HOST = "oauth2.googleapis.com"
ACCOUNTS_HOST = "accounts.google.com"
ORIGINAL_HOST_HEADER = "X-Goalpost-Original-Host"
TOKEN_URI = "https://oauth2.googleapis.com/token"

_STATUS_WORDS = {
    400: ("INVALID_ARGUMENT", "Request contains an invalid argument."),
    401: ("UNAUTHENTICATED", "Request had invalid authentication credentials."),
    403: ("PERMISSION_DENIED", "The caller does not have permission"),
    404: ("NOT_FOUND", "Requested entity was not found."),
    429: (
        "RESOURCE_EXHAUSTED",
        "Quota exceeded for quota metric 'Read requests' of service sheets.googleapis.com",
    ),
    500: ("INTERNAL", "Internal error encountered."),
    502: ("UNAVAILABLE", "Bad gateway."),
    503: ("UNAVAILABLE", "The service is currently unavailable."),
}


@dataclass
class FakeCell:
    """A cell whose shown (formatted) text differs from its underlying value."""

    shown: str
    raw: Any


@dataclass
class FakeTab:
    """One tab: rows of cells, each a str (what the sheet shows) or a FakeCell."""

    title: str
    rows: list[list[Any]]
    gid: int = 0

    def shown_rows(self) -> list[list[str]]:
        return [
            [cell.shown if isinstance(cell, FakeCell) else str(cell) for cell in row] for row in self.rows
        ]

    def raw_rows(self) -> list[list[Any]]:
        return [[cell.raw if isinstance(cell, FakeCell) else cell for cell in row] for row in self.rows]


@dataclass
class FakeSpreadsheet:
    """A spreadsheet with its tabs and who may read it."""

    id: str
    title: str
    tabs: list[FakeTab]
    readers: set[str] = field(default_factory=set)
    anyone_with_link: bool = False
    published_id: str | None = None
    locale: str = "fi_FI"

    def tab_by_gid(self, gid: int) -> FakeTab | None:
        return next((tab for tab in self.tabs if tab.gid == gid), None)

    def tab_by_title(self, title: str) -> FakeTab | None:
        return next((tab for tab in self.tabs if tab.title == title), None)


@dataclass(frozen=True)
class RecordedRequest:
    """One request the fake received, classified by what part of Google's API it meant."""

    kind: str
    method: str
    path: str
    query: dict[str, list[str]]
    original_host: str
    token: str | None


@dataclass
class _Fault:
    kind: str
    status: int | str
    retry_after: str | None = None
    message: str | None = None
    html: bool = False


class FakeSheetsServer:
    """Threaded HTTP server on 127.0.0.1 (port 0) speaking just enough of Google's Sheets APIs."""

    def __init__(self, *, timeout_delay: float = 1.5):
        self.spreadsheets: dict[str, FakeSpreadsheet] = {}
        self.tokens: dict[str, str] = {}
        self.service_account_keys: dict[str, rsa.PublicKey] = {}
        self.latency = 0.0
        self.timeout_delay = timeout_delay
        self._faults: list[_Fault] = []
        self._requests: list[RecordedRequest] = []
        self._issued = 0
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02}, name="fake-sheets", daemon=True
        )

    # -- lifecycle ---------------------------------------------------------------------------------
    @property
    def base_url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> FakeSheetsServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def __enter__(self) -> FakeSheetsServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- set-up ------------------------------------------------------------------------------------
    def add(self, spreadsheet: FakeSpreadsheet) -> FakeSpreadsheet:
        with self._lock:
            self.spreadsheets[spreadsheet.id] = spreadsheet
        return spreadsheet

    def grant_token(self, token: str, account: str) -> None:
        """Accept `token` as a bearer token signed in as `account` (an e-mail)."""
        with self._lock:
            self.tokens[token] = account

    def register_service_account(self, email: str, public_key: rsa.PublicKey) -> None:
        """Let the token endpoint accept JWTs signed by this service account's key."""
        with self._lock:
            self.service_account_keys[email] = public_key

    def fail(
        self,
        kind: str,
        *statuses: int | str,
        retry_after: str | None = None,
        message: str | None = None,
        html: bool = False,
    ) -> None:
        """Answer the next requests of `kind` (or "any") with these statuses; "timeout" means no answer in time.

        html=True answers with an HTML error page, as Google's front end does for some 502/503 errors.
        """
        with self._lock:
            self._faults.extend(_Fault(kind, status, retry_after, message, html) for status in statuses)

    # -- inspection --------------------------------------------------------------------------------
    @property
    def requests(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._requests)

    def count(self, *kinds: str) -> int:
        """Return how many requests of these kinds (all kinds when none given) were received."""
        return sum(1 for r in self.requests if not kinds or r.kind in kinds)

    def reset_counts(self) -> None:
        with self._lock:
            self._requests.clear()

    # -- internals used by the handler -------------------------------------------------------------
    def _record(self, request: RecordedRequest) -> _Fault | None:
        with self._lock:
            self._requests.append(request)
            for index, fault in enumerate(self._faults):
                if fault.kind in (request.kind, "any"):
                    return self._faults.pop(index)
        return None

    def _issue_token(self, account: str) -> str:
        with self._lock:
            self._issued += 1
            token = f"ya29.fake-access-token-{self._issued}"
            self.tokens[token] = account
        return token


def _handler_for(server: FakeSheetsServer) -> type[BaseHTTPRequestHandler]:
    class Handler(_FakeGoogleHandler):
        fake = server

    return Handler


class _FakeGoogleHandler(BaseHTTPRequestHandler):
    fake: FakeSheetsServer
    server_version = "FakeGoogle/1.0"

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
        return None

    # -- dispatch ----------------------------------------------------------------------------------
    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        self._dispatch("GET")

    def do_POST(self) -> None:  # noqa: N802
        self._dispatch("POST")

    def _dispatch(self, method: str) -> None:
        parts = urlsplit(self.path)
        path = parts.path
        query = parse_qs(parts.query, keep_blank_values=True)
        original_host = self.headers.get(ORIGINAL_HOST_HEADER, "")
        kind = _classify(method, path)
        auth = self.headers.get("Authorization", "")
        token = auth[len("Bearer ") :] if auth.startswith("Bearer ") else None
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0)) if method == "POST" else b""
        fault = self.fake._record(RecordedRequest(kind, method, path, query, original_host, token))
        if fault is not None:
            return self._answer_fault(kind, fault)
        if self.fake.latency and kind in ("metadata", "values", "batch", "export"):
            time.sleep(self.fake.latency)
        expected_host = {
            "metadata": SHEETS_HOST,
            "values": SHEETS_HOST,
            "batch": SHEETS_HOST,
            "export": DOCS_HOST,
            "published": DOCS_HOST,
            "token": TOKEN_HOST,
            "signin": ACCOUNTS_HOST,
        }.get(kind)
        if expected_host is None or original_host != expected_host:
            return self._json(404, _error(404, f"No such endpoint {method} {original_host}{path}"))
        if kind == "token":
            return self._token(body)
        if kind == "signin":
            return self._send(200, b"<html><body>Sign in - Google Accounts</body></html>", "text/html")
        if kind in ("export", "published"):
            return self._export(kind, path, query)
        return self._sheets_api(kind, path, query, token)

    def _answer_fault(self, kind: str, fault: _Fault) -> None:
        if fault.status == "timeout":
            time.sleep(self.fake.timeout_delay)
            fault = _Fault(kind, 503)
        status = int(fault.status)
        headers = {"Retry-After": fault.retry_after} if fault.retry_after else {}
        if fault.html or kind in ("export", "published", "signin"):
            return self._send(status, f"<html>Error {status}</html>".encode(), "text/html", headers)
        if kind == "token":
            return self._json(
                status, {"error": "internal_failure", "error_description": "try later"}, headers
            )
        return self._json(status, _error(status, fault.message), headers)

    # -- Sheets API v4 -----------------------------------------------------------------------------
    def _sheets_api(self, kind: str, path: str, query: dict[str, list[str]], token: str | None) -> None:
        account = self.fake.tokens.get(token or "")
        if account is None:
            return self._json(401, _error(401))
        spreadsheet_id = path.split("/")[3].split(":")[0]
        spreadsheet = self.fake.spreadsheets.get(spreadsheet_id)
        if spreadsheet is None:
            return self._json(404, _error(404))
        if not (spreadsheet.anyone_with_link or account in spreadsheet.readers):
            return self._json(403, _error(403))
        if kind == "metadata":
            return self._json(200, _metadata(spreadsheet))
        render = (query.get("valueRenderOption") or ["FORMATTED_VALUE"])[0]
        ranges = [unquote(path.split("/values/", 1)[1])] if kind == "values" else query.get("ranges", [])
        value_ranges = []
        for range_name in ranges:
            tab = spreadsheet.tab_by_title(_tab_title_of_range(range_name))
            if tab is None:
                return self._json(400, _error(400, f"Unable to parse range: {range_name}"))
            value_ranges.append(_value_range(tab, render))
        if kind == "values":
            return self._json(200, value_ranges[0])
        return self._json(200, {"spreadsheetId": spreadsheet.id, "valueRanges": value_ranges})

    # -- CSV export --------------------------------------------------------------------------------
    def _export(self, kind: str, path: str, query: dict[str, list[str]]) -> None:
        segments = path.split("/")
        if kind == "published":
            spreadsheet = next(
                (
                    s
                    for s in self.fake.spreadsheets.values()
                    if s.published_id and s.published_id == segments[4]
                ),
                None,
            )
            allowed = spreadsheet is not None
            wants_csv = (query.get("output") or [""])[0] == "csv"
        else:
            spreadsheet = self.fake.spreadsheets.get(segments[3])
            allowed = spreadsheet is not None and spreadsheet.anyone_with_link
            wants_csv = (query.get("format") or [""])[0] == "csv"
        if spreadsheet is None:
            return self._send(404, b"<html>Sorry, unable to open the file at this time.</html>", "text/html")
        if not allowed:
            target = quote(f"https://{DOCS_HOST}{self.path}", safe="")
            return self._send(
                302, b"", "text/html", {"Location": f"https://{ACCOUNTS_HOST}/ServiceLogin?continue={target}"}
            )
        gid_text = (query.get("gid") or ["0"])[0]
        tab = spreadsheet.tab_by_gid(int(gid_text)) if gid_text.isdigit() else None
        if tab is None or not wants_csv:
            return self._send(400, b"<html>Sorry, unable to open the file at this time.</html>", "text/html")
        rows = _trimmed(tab.shown_rows())
        width = max((len(row) for row in rows), default=0)
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        for row in rows:
            writer.writerow(row + [""] * (width - len(row)))
        self._send(200, out.getvalue().encode("utf-8"), "text/csv; charset=utf-8")

    # -- OAuth token endpoint ----------------------------------------------------------------------
    def _token(self, body: bytes) -> None:
        form = parse_qs(body.decode("utf-8"))
        assertion = (form.get("assertion") or [""])[0]
        grant = (form.get("grant_type") or [""])[0]
        account = _verified_jwt_issuer(assertion, self.fake.service_account_keys)
        if grant != "urn:ietf:params:oauth:grant-type:jwt-bearer" or account is None:
            return self._json(400, {"error": "invalid_grant", "error_description": "Invalid JWT Signature."})
        token = self.fake._issue_token(account)
        self._json(200, {"access_token": token, "expires_in": 3599, "token_type": "Bearer"})

    # -- sending -----------------------------------------------------------------------------------
    def _json(self, status: int, payload: Any, headers: dict[str, str] | None = None) -> None:
        self._send(status, json.dumps(payload).encode("utf-8"), "application/json; charset=UTF-8", headers)

    def _send(
        self, status: int, body: bytes, content_type: str, headers: dict[str, str] | None = None
    ) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up waiting (a timeout test); nothing to tell it


def _classify(method: str, path: str) -> str:
    if method == "POST" and path == "/token":
        return "token"
    if path.startswith("/ServiceLogin"):
        return "signin"
    if path.startswith("/v4/spreadsheets/"):
        rest = path[len("/v4/spreadsheets/") :]
        if rest.endswith("/values:batchGet"):
            return "batch"
        if "/values/" in rest:
            return "values"
        if "/" not in rest and ":" not in rest:
            return "metadata"
    if path.startswith("/spreadsheets/d/e/") and path.endswith("/pub"):
        return "published"
    if path.startswith("/spreadsheets/d/") and path.endswith("/export"):
        return "export"
    return "unknown"


def _error(status: int, message: str | None = None) -> dict[str, Any]:
    words, default = _STATUS_WORDS.get(status, ("UNKNOWN", "Error"))
    return {"error": {"code": status, "message": message or default, "status": words}}


def _metadata(spreadsheet: FakeSpreadsheet) -> dict[str, Any]:
    return {
        "spreadsheetId": spreadsheet.id,
        "properties": {
            "title": spreadsheet.title,
            "locale": spreadsheet.locale,
            "autoRecalc": "ON_CHANGE",
            "timeZone": "Europe/Helsinki",
        },
        "sheets": [
            {
                "properties": {
                    "sheetId": tab.gid,
                    "title": tab.title,
                    "index": index,
                    "sheetType": "GRID",
                    "gridProperties": {
                        "rowCount": max(1000, len(tab.rows)),
                        "columnCount": max(26, max((len(r) for r in tab.rows), default=0)),
                    },
                }
            }
            for index, tab in enumerate(spreadsheet.tabs)
        ],
        "spreadsheetUrl": f"https://{DOCS_HOST}/spreadsheets/d/{spreadsheet.id}/edit",
    }


def _tab_title_of_range(range_name: str) -> str:
    text = range_name
    if text.startswith("'"):
        title, index = [], 1
        while index < len(text):
            if text[index] == "'":
                if index + 1 < len(text) and text[index + 1] == "'":
                    title.append("'")
                    index += 2
                    continue
                break
            title.append(text[index])
            index += 1
        return "".join(title)
    return text.split("!", 1)[0]


def _value_range(tab: FakeTab, render: str) -> dict[str, Any]:
    rows = tab.shown_rows() if render == "FORMATTED_VALUE" else tab.raw_rows()
    trimmed = _trimmed(rows)
    width = max((len(row) for row in trimmed), default=1)
    quoted = "'" + tab.title.replace("'", "''") + "'"
    result: dict[str, Any] = {
        "range": f"{quoted}!A1:{_column_letters(width)}{max(len(tab.rows), 1)}",
        "majorDimension": "ROWS",
    }
    if trimmed:  # Google leaves "values" out entirely for an empty range
        result["values"] = trimmed
    return result


def _trimmed(rows: Iterable[list[Any]]) -> list[list[Any]]:
    """Drop trailing blank cells of each row and trailing blank rows, as Google's answers do."""
    result = [list(row) for row in rows]
    for row in result:
        while row and (row[-1] is None or row[-1] == ""):
            row.pop()
    while result and not result[-1]:
        result.pop()
    return result


def _column_letters(number: int) -> str:
    letters = ""
    while number > 0:
        number, remainder = divmod(number - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def _verified_jwt_issuer(assertion: str, keys: dict[str, rsa.PublicKey]) -> str | None:
    try:
        header_b64, payload_b64, signature_b64 = assertion.split(".")
        payload = json.loads(_b64decode(payload_b64))
        account = payload["iss"]
        key = keys[account]
        rsa.verify(f"{header_b64}.{payload_b64}".encode(), _b64decode(signature_b64), key)
    except (ValueError, KeyError, rsa.VerificationError):
        return None
    if payload.get("aud") != TOKEN_URI or "spreadsheets" not in str(payload.get("scope", "")):
        return None
    return account


def _b64decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def new_service_account_key(server: FakeSheetsServer, email: str, *, register: bool = True) -> dict[str, str]:
    """Return a service-account key (JSON fields, fresh offline RSA key) the fake's token endpoint accepts."""
    public_key, private_key = rsa.newkeys(1024)
    if register:
        server.register_service_account(email, public_key)
    return {
        "type": "service_account",
        "project_id": "goalpost-test",
        "private_key_id": "0123456789abcdef",
        "private_key": private_key.save_pkcs1().decode("ascii"),
        "client_email": email,
        "client_id": "1234567890",
        "token_uri": TOKEN_URI,
    }
