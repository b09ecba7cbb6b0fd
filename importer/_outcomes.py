"""The one place that sorts what came back from a request (a response or an exception).

    success                 2xx (and a 404 on DELETE: already gone, which is what we wanted)
    retry, nothing written  429, 408, connection refused / connect or pool timeout: send again
    retry, maybe written    500/502/503/504, read/write timeout, dropped connection: a GET,
                            PATCH or DELETE is sent again; a create is looked up first
    rejected                400 and other 4xx about this one request (RejectedError), and a 404
                            on one session (SessionNotFoundError): a row problem
    fatal                   401, 403, 404 on the guide or on a collection, 405, redirects,
                            other 5xx, a transport that cannot be used: the run cannot go on

Messages name the method and the path, never a header, so the API key cannot leak into them.
"""

from __future__ import annotations

import email.utils
import enum
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import httpx

from importer._credentials import API_KEY_ENV, quote_mark_around
from importer.errors import (
    ApiError,
    AuthenticationError,
    FatalApiError,
    GuideNotFoundError,
    PermissionDeniedError,
    RejectedError,
    SessionNotFoundError,
)

RETRYABLE_STATUSES = frozenset({500, 502, 503, 504})
NOTHING_WRITTEN_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
MAYBE_WRITTEN_ERRORS = (
    httpx.ReadTimeout,
    httpx.WriteTimeout,
    httpx.ReadError,
    httpx.WriteError,
    httpx.RemoteProtocolError,
    httpx.CloseError,
)
BODY_SNIPPET = 200  # characters of a non-JSON error body kept in a message


class Verdict(enum.Enum):
    SUCCESS = "success"
    ALREADY_GONE = "already-gone"
    RETRY_NOTHING_WRITTEN = "retry-nothing-written"
    RETRY_MAYBE_WRITTEN = "retry-maybe-written"
    REJECTED = "rejected"
    FATAL = "fatal"


@dataclass(frozen=True)
class Target:
    """What a request was about: enough to tell a missing guide from a missing session."""

    method: str
    path: str  # relative to the base URL, e.g. "sessions/71/"

    @property
    def collection(self) -> str:
        return self.path.split("/", 1)[0]

    @property
    def item_id(self) -> str | None:
        parts = [part for part in self.path.split("/") if part]
        return parts[1] if len(parts) > 1 else None

    def __str__(self) -> str:
        return f"{self.method} {self.path}"


@dataclass(frozen=True)
class Outcome:
    verdict: Verdict
    summary: str  # "HTTP 503", "ReadTimeout": for logs and messages
    status: int | None = None
    retry_after: float | None = None
    error: ApiError | None = None  # set for REJECTED and FATAL
    # Nothing took the connection (refused, or no such host): retried like any network
    # failure, since a server may be restarting, but a wrong API URL is the likelier cause.
    unreachable: bool = False

    @property
    def retryable(self) -> bool:
        return self.verdict in (Verdict.RETRY_NOTHING_WRITTEN, Verdict.RETRY_MAYBE_WRITTEN)


def sort_outcome(target: Target, result: httpx.Response | Exception) -> Outcome:
    """Sort one request's result into success, retryable, rejected or fatal."""
    if isinstance(result, httpx.Response):
        return _sort_response(target, result)
    return _sort_exception(target, result)


def _sort_exception(target: Target, exc: Exception) -> Outcome:
    name = type(exc).__name__
    if isinstance(exc, NOTHING_WRITTEN_ERRORS):
        unreachable = isinstance(exc, httpx.ConnectError)  # not a timeout: that is slowness
        return Outcome(Verdict.RETRY_NOTHING_WRITTEN, name, unreachable=unreachable)
    if isinstance(exc, MAYBE_WRITTEN_ERRORS):
        return Outcome(Verdict.RETRY_MAYBE_WRITTEN, name)
    if isinstance(exc, httpx.TransportError):
        # Proxy errors, unsupported schemes...: sending again cannot help.
        error = FatalApiError(f"Cannot send {target}: {name}. Check the API URL and proxy.")
        return Outcome(Verdict.FATAL, name, error=error)
    raise exc  # not an HTTP outcome at all: a bug, let it surface


def _sort_response(target: Target, response: httpx.Response) -> Outcome:
    status = response.status_code
    summary = f"HTTP {status}"
    if 200 <= status < 300:
        return Outcome(Verdict.SUCCESS, summary, status)
    if status in (429, 408):
        return Outcome(
            Verdict.RETRY_NOTHING_WRITTEN, summary, status, retry_after=parse_retry_after(response)
        )
    if status in RETRYABLE_STATUSES:
        return Outcome(
            Verdict.RETRY_MAYBE_WRITTEN, summary, status, retry_after=parse_retry_after(response)
        )
    if status == 404 and target.method == "DELETE" and target.item_id is not None:
        return Outcome(Verdict.ALREADY_GONE, summary, status)
    error = _error_for(target, response)
    verdict = Verdict.REJECTED if isinstance(error, RejectedError) else Verdict.FATAL
    return Outcome(verdict, summary, status, error=error)


def _error_for(target: Target, response: httpx.Response) -> ApiError:
    status = response.status_code
    where = f"HTTP {status} on {target}"
    if status == 401:
        return AuthenticationError(
            f"Guidebook rejected the API key ({where}). {_what_to_check(response)}", status=status
        )
    if status == 403 and target.method == "POST" and target.path.endswith("/publish/"):
        # The same key may have just edited the guide: the account's right to publish is
        # what is missing, not the guide.
        return PermissionDeniedError(
            f"The API key may not publish guide {target.item_id} ({where}). Use a key whose "
            "account may publish it (GUIDEBOOK_API_KEY).", status=status)
    if status == 403:
        return PermissionDeniedError(
            f"The API key may not do this ({where}). Use a key of the account that owns the guide.",
            status=status,
        )
    if status == 404:
        return _not_found(target, where)
    if status == 405 or 300 <= status < 400 or status >= 500:
        return FatalApiError(
            f"Unexpected answer ({where}). Check the API URL and its version (v1 or v1.1).",
            status=status,
        )
    fields = field_errors(response)
    return RejectedError(
        f"Guidebook refused {target} (HTTP {status}): {describe_fields(fields)}",
        status=status,
        field_errors=fields,
    )


def _what_to_check(response: httpx.Response) -> str:
    """Check the key; its quote marks, when it was sent with them (the key is read from the
    request's header, never shown)."""
    try:
        sent = response.request.headers.get("Authorization", "").removeprefix("JWT ")
    except RuntimeError:  # a response made without a request
        sent = ""
    mark = quote_mark_around(sent)
    if mark is None:
        return f"Check {API_KEY_ENV}."
    return (f"The key in {API_KEY_ENV} has quote marks ({mark}) around it, taken as part of the "
            "key (a docker env-file or a systemd EnvironmentFile keeps them): remove them.")


def _not_found(target: Target, where: str) -> ApiError:
    if target.collection == "guides":
        return GuideNotFoundError(f"Guide not found ({where}). Check the guide id.", status=404)
    if target.collection == "sessions" and target.item_id is not None:
        session_id = int(target.item_id) if target.item_id.isdigit() else None
        return SessionNotFoundError(
            f"Session not found ({where}): it may have been deleted in Builder.",
            session_id=session_id,
        )
    return FatalApiError(f"Not found ({where}). Check the API URL and the guide id.", status=404)


def field_errors(response: httpx.Response) -> dict[str, list[str]]:
    """DRF-style `{"field": ["message"]}`; other bodies become `non_field_errors`."""
    try:
        body: Any = response.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        snippet = response.text.strip()[:BODY_SNIPPET] or response.reason_phrase
        return {"non_field_errors": [snippet]}
    if isinstance(body, dict):
        return {str(field): _messages(value) for field, value in body.items()}
    return {"non_field_errors": _messages(body)}


def _messages(value: Any) -> list[str]:
    if isinstance(value, list):
        return [item if isinstance(item, str) else json.dumps(item) for item in value]
    if isinstance(value, str):
        return [value]
    return [json.dumps(value)]


def describe_fields(fields: dict[str, list[str]]) -> str:
    return "; ".join(f"{field}: {' '.join(messages)}" for field, messages in fields.items())


def parse_retry_after(response: httpx.Response) -> float | None:
    """Seconds to wait from a `Retry-After` header (seconds or an HTTP date), if usable.

    A date is measured against the response's own `Date` header when present, so a skewed
    local clock does not stretch or shrink the wait.
    """
    value = response.headers.get("Retry-After", "").strip()
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        return _seconds_until(value, response.headers.get("Date"))
    return seconds if seconds >= 0 else None


def _seconds_until(http_date: str, server_date: str | None) -> float | None:
    when = _parse_http_date(http_date)
    if when is None:
        return None
    now = _parse_http_date(server_date) if server_date else None
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def _parse_http_date(value: str) -> datetime | None:
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
