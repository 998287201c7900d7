"""Asking Google patiently: socket timeouts, and bounded retries with doubling waits for passing trouble.

Rate limits (429), server errors (5xx), 408 and timeouts are worth asking again; everything else (403, 404,
bad credentials) is answered at once, because asking again would not change the answer.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any

import gspread
import requests
from google.auth import exceptions as auth_exceptions

from metrics.errors import Message

_RETRYABLE_STATUS = {HTTPStatus.REQUEST_TIMEOUT, HTTPStatus.TOO_MANY_REQUESTS}


def no_answer_in_time() -> Message:
    """Return the reason for a request Google did not answer within the timeout."""
    return Message("sheets.reason_timeout", "Google did not answer in time")


def not_reachable() -> Message:
    """Return the reason for a request that found no connection to Google."""
    return Message("sheets.reason_unreachable", "Google could not be reached")


@dataclass(frozen=True)
class RetryPolicy:
    """How patiently Goalpost asks Google: tries per request, waits between them, and socket timeouts."""

    tries: int = 3
    first_wait_seconds: float = 2.0
    max_wait_seconds: float = 30.0
    timeout_seconds: tuple[float, float] = (5.0, 30.0)
    """(connect, read) timeouts in seconds; gspread's own default is to wait forever."""
    sleep: Callable[[float], None] = field(default=time.sleep, compare=False)

    def wait_seconds(self, failed_attempt: int, retry_after: float | None = None) -> float:
        """Return seconds to wait after the given failed attempt (0-based): doubling, or what Google asked."""
        doubling = self.first_wait_seconds * (2**failed_attempt)
        asked = retry_after if retry_after is not None else 0.0
        return min(max(doubling, asked), self.max_wait_seconds)


class TransientFailure(Exception):
    """A failed answer worth asking again (rate limit, server error, timeout); carries Retry-After."""

    def __init__(self, reason: str, retry_after: float | None = None):
        # reason is a Message: it ends up in what the user is told (tried N times, try again later).
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after


class RetryingHTTPClient(gspread.HTTPClient):
    """gspread's HTTP client with a timeout on every call and bounded retries with doubling waits."""

    def __init__(
        self, auth: Any, session: requests.Session | None = None, *, policy: RetryPolicy | None = None
    ):
        super().__init__(auth, session)
        self.policy = policy or RetryPolicy()
        self.set_timeout(self.policy.timeout_seconds)

    def request(self, *args: Any, **kwargs: Any) -> requests.Response:  # type: ignore[override]
        """Return Google's response, asking again on 429, 408, 5xx and timeouts up to policy.tries times."""
        plain_request = super().request
        return with_retries(self.policy, lambda: raise_if_transient(plain_request, *args, **kwargs))


def raise_if_transient(call: Callable[..., requests.Response], *args: Any, **kwargs: Any) -> Any:
    """Return the call's response; raise TransientFailure for an answer worth asking again."""
    try:
        return call(*args, **kwargs)
    except gspread.exceptions.APIError as err:
        status = http_status(err)
        if is_transient_status(status, err.error):
            raise TransientFailure(status_reason(status), retry_after_seconds(err.response)) from err
        raise
    except requests.Timeout as err:
        raise TransientFailure(no_answer_in_time()) from err
    except (requests.ConnectionError, auth_exceptions.TransportError) as err:
        raise TransientFailure(not_reachable()) from err
    except auth_exceptions.RefreshError as err:
        if getattr(err, "retryable", False):
            reason = Message("sheets.reason_sign_in_silent", "Google's sign-in service did not answer")
            raise TransientFailure(reason) from err
        raise


def with_retries(policy: RetryPolicy, attempt: Callable[[], requests.Response]) -> requests.Response:
    """Return the first good response of up to policy.tries attempts, sleeping between them."""
    for failed in range(policy.tries):
        try:
            return attempt()
        except TransientFailure as failure:
            if failed == policy.tries - 1:
                raise
            policy.sleep(policy.wait_seconds(failed, failure.retry_after))
    raise AssertionError("unreachable: the last try either returns or raises")


def http_status(err: gspread.exceptions.APIError) -> int:
    """Return the HTTP status code of a gspread APIError."""
    # gspread reads the code from a JSON body; a proxy's HTML error page would leave it at -1.
    response = getattr(err, "response", None)
    return int(response.status_code) if response is not None else int(err.code)


def is_transient_status(code: int, error: Any = None) -> bool:
    """Return True for an HTTP status (and Google error body) worth asking again."""
    if code in _RETRYABLE_STATUS or code >= HTTPStatus.INTERNAL_SERVER_ERROR:
        return True
    # Older quota answers come as 403 with a rate-limit reason rather than 429.
    text = str(error or "")
    return code == HTTPStatus.FORBIDDEN and ("RATE_LIMIT_EXCEEDED" in text or "usageLimits" in text)


def status_reason(code: int) -> Message:
    """Return the plain-words reason for a passing HTTP failure."""
    if code == HTTPStatus.TOO_MANY_REQUESTS or code == HTTPStatus.FORBIDDEN:
        return Message("sheets.reason_rate_limit", "Google's rate limit for this sheet was reached")
    if code == HTTPStatus.REQUEST_TIMEOUT:
        return no_answer_in_time()
    return Message(
        "sheets.reason_server_error", "Google Sheets had a server error (HTTP {code})", code=int(code)
    )


def retry_after_seconds(response: requests.Response | None) -> float | None:
    """Return the seconds Google asked us to wait (Retry-After), or None."""
    value = (response.headers.get("Retry-After") if response is not None else None) or ""
    return float(value) if value.strip().isdigit() else None
