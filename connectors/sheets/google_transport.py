"""Where requests meant for Google go: Google itself, or (in tests) a local server speaking its API."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

import requests
from requests.adapters import BaseAdapter, HTTPAdapter

from metrics.errors import Message, SheetError

GOOGLE_HOSTS = (
    "sheets.googleapis.com",
    "docs.google.com",
    "oauth2.googleapis.com",
    "accounts.google.com",
    "www.googleapis.com",
)
ORIGINAL_HOST_HEADER = "X-Goalpost-Original-Host"
STAND_IN_VARIABLE = "GOALPOST_GOOGLE_STAND_IN"
"""Environment variable naming a local stand-in for Google (http://127.0.0.1:PORT), for end-to-end tests."""
_LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1"}


class _ForwardingAdapter(HTTPAdapter):
    """Sends a request for a Google host to the same path on another base URL."""

    def __init__(self, base_url: str):
        super().__init__()
        self._base = urlsplit(base_url)

    def send(self, request, **kwargs):  # type: ignore[override]
        """Return the stand-in's response to the request, which keeps its Google path and query."""
        parts = urlsplit(request.url)
        request.headers[ORIGINAL_HOST_HEADER] = parts.netloc
        request.url = urlunsplit((self._base.scheme, self._base.netloc, parts.path, parts.query, ""))
        return super().send(request, **kwargs)


class _RefusingAdapter(BaseAdapter):
    """Refuses every other host, so a redirected transport can never reach the internet by mistake."""

    def send(self, request, **kwargs):  # type: ignore[override]
        """Raise ConnectionError: only Google's hosts and the stand-in are reachable."""
        # Never shown to a user: the sheet client turns it into "Google could not be reached".
        raise requests.ConnectionError(
            f"no route to {urlsplit(request.url).netloc} in a redirected transport"
        )

    def close(self) -> None:
        """Release nothing: this adapter holds no connections."""
        return None


@dataclass(frozen=True)
class GoogleTransport:
    """How Goalpost reaches Google: directly (base_url None) or through a stand-in server at base_url."""

    base_url: str | None = None

    def prepare(self, session: requests.Session) -> requests.Session:
        """Return the session with this transport mounted (unchanged when talking to Google itself)."""
        if self.base_url is None:
            return session
        session.trust_env = False  # a proxy from the environment must not stand between us and the stand-in
        session.mount("http://", _RefusingAdapter())
        session.mount("https://", _RefusingAdapter())
        forwarding = _ForwardingAdapter(self.base_url)
        for host in GOOGLE_HOSTS:
            session.mount(f"https://{host}/", forwarding)
        base = urlsplit(self.base_url)
        session.mount(f"{base.scheme}://{base.netloc}/", HTTPAdapter())
        return session

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] | None = None) -> GoogleTransport:
        """Return Google itself, or the local stand-in named by GOALPOST_GOOGLE_STAND_IN (loopback only)."""
        value = ((os.environ if environ is None else environ).get(STAND_IN_VARIABLE) or "").strip()
        if not value:
            return cls()
        parts = urlsplit(value)
        # Credentials travel through the transport: never let a setting send them to another machine.
        if parts.scheme != "http" or parts.hostname not in _LOOPBACK_HOSTS:
            raise SheetError(
                Message(
                    "sheets.stand_in_not_local",
                    "{variable} must be an http:// address on this machine (like http://127.0.0.1:8765); "
                    "unset it to reach Google itself.",
                    variable=STAND_IN_VARIABLE,
                )
            )
        return cls(base_url=f"{parts.scheme}://{parts.netloc}")

    def session(self) -> requests.Session:
        """Return a new plain requests session using this transport."""
        return self.prepare(requests.Session())
