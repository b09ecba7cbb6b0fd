"""An async client for the Guidebook Open API: sessions, tracks, locations, guides.

`classify` is the one place that decides what an answer means: success, retryable,
rejected (400, field messages kept) or fatal for the run (401, 403, 404 on the guide).
tenacity retries the retryable kind only, with full-jitter exponential backoff, honouring
Retry-After, under a cap on the total wait. A create whose outcome is unknown is never
re-sent blindly: its import_id is looked up first.
"""

from __future__ import annotations

import asyncio
import email.utils
import enum
import ipaddress
import logging
import math
import os
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx
from tenacity import AsyncRetrying, RetryCallState, retry_if_exception_type
from tenacity.wait import wait_random_exponential

from importer._ratelimit import RateLimiter
from importer.errors import (
    ApiError,
    AuthenticationError,
    BudgetExhaustedError,
    ConfigError,
    FatalApiError,
    GuideNotFoundError,
    OutcomeUnknownError,
    PermissionDeniedError,
    RejectedError,
    TransientError,
)

logger = logging.getLogger("importer.client")

DEFAULT_BASE_URL = "https://builder.guidebook.com/open-api/v1.1/"
RETRYABLE_STATUSES = frozenset({429, 500, 502, 503, 504})
# Failures that happen before the request leaves: nothing can have been written.
NOT_SENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
ROOM = 2  # location_type of a room ("placeholder") in Guidebook

Sleep = Callable[[float], Awaitable[None]]
Image = tuple[str, bytes, str]


class Verdict(enum.Enum):
    SUCCESS = "success"
    RETRYABLE = "retryable"
    REJECTED = "rejected"
    NOT_FOUND = "not-found"
    FATAL = "fatal"


def classify(response: httpx.Response | None, error: Exception | None = None) -> Verdict:
    """The one place that sorts an answer (or the lack of one) into what to do next."""
    if error is not None:
        return Verdict.RETRYABLE if isinstance(error, httpx.TransportError) else Verdict.FATAL
    assert response is not None
    status = response.status_code
    if status < 300:
        return Verdict.SUCCESS
    if status in RETRYABLE_STATUSES:
        return Verdict.RETRYABLE
    if status == 404:
        return Verdict.NOT_FOUND
    if status in (401, 403) or status >= 500:
        return Verdict.FATAL
    return Verdict.REJECTED  # 400 and the other 4xx: this request is wrong, not the run


class _Retryable(Exception):
    """Internal: one attempt failed in a way worth another try."""

    def __init__(
        self, message: str, *, status: int | None, maybe_written: bool,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.maybe_written = maybe_written
        self.retry_after = retry_after


@dataclass(frozen=True)
class _Call:
    method: str
    path: str
    kind: str
    guide_id: int | None = None  # a 404/403 here is about this guide


def _retry_after_seconds(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        parsed = email.utils.parsedate_to_datetime(value)
        return max(0.0, parsed.timestamp() - time.time()) if parsed else None


def _field_errors(response: httpx.Response) -> dict[str, list[str]]:
    try:
        body = response.json()
    except ValueError:
        return {"detail": [response.text[:200] or f"HTTP {response.status_code}"]}
    if not isinstance(body, dict):
        return {"detail": [str(body)[:200]]}
    return {
        str(field): [str(m) for m in (messages if isinstance(messages, list) else [messages])]
        for field, messages in body.items()
    }


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_base_url(base_url: str) -> str:
    """The key travels in a header: refuse to send it in clear text off this machine."""
    parts = urlsplit(base_url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(f"API URL {base_url!r} is not an http(s) URL")
    if parts.scheme == "http" and not _is_loopback(parts.hostname):
        raise ConfigError(
            f"API URL {base_url!r} uses plain http to another machine, which would expose "
            "the API key; use https (plain http is allowed only to 127.0.0.1/localhost)"
        )
    return base_url if base_url.endswith("/") else base_url + "/"


class GuidebookClient:
    """Guidebook Open API calls with a shared rate limit, retries and request counts."""

    def __init__(
        self,
        api_key: str | None = None,
        base_url: str = DEFAULT_BASE_URL,
        *,
        rate: float = 5.0,
        timeout: float = 30.0,
        max_retry_wait: float = 120.0,
        transport: httpx.AsyncBaseTransport | None = None,
        page_concurrency: int = 4,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        key = api_key or os.environ.get("GUIDEBOOK_API_KEY")
        if not key:
            raise ConfigError("no API key: set GUIDEBOOK_API_KEY or pass one")
        self.base_url = check_base_url(base_url)
        self.max_retry_wait = max_retry_wait
        self.page_concurrency = page_concurrency
        self.limiter = RateLimiter(rate, sleep=sleep)
        self.requests_sent: Counter[str] = Counter()
        self.responses: Counter[int] = Counter()
        self.waits: list[float] = []
        self._sleep = sleep
        self._http = httpx.AsyncClient(
            base_url=self.base_url,
            headers={"Authorization": f"JWT {key}", "Accept": "application/json"},
            timeout=timeout,
            transport=transport,
            follow_redirects=False,
        )

    def __repr__(self) -> str:
        return f"GuidebookClient(base_url={self.base_url!r})"

    async def __aenter__(self) -> GuidebookClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._http.aclose()

    # -- guides, tracks, locations ----------------------------------------------------------

    async def get_guide(self, guide_id: int) -> dict[str, Any]:
        return await self._json(_Call("GET", f"guides/{guide_id}/", "GET guides", guide_id))

    async def list_sessions(self, guide_id: int, **filters: str | int) -> list[dict[str, Any]]:
        return await self._list("sessions/", guide_id, dict(filters))

    async def list_tracks(self, guide_id: int) -> list[dict[str, Any]]:
        return await self._list("schedule-tracks/", guide_id, {})

    async def list_locations(
        self, guide_id: int, location_type: int | None = None
    ) -> list[dict[str, Any]]:
        filters = {} if location_type is None else {"location_type": location_type}
        return await self._list("locations/", guide_id, filters)

    async def find_sessions_by_import_id(
        self, guide_id: int, import_id: str
    ) -> list[dict[str, Any]]:
        found = await self.list_sessions(guide_id, import_id=import_id)
        # Do not trust a service that ignores the filter: keep exact matches only.
        return [s for s in found if s.get("import_id") == import_id]

    async def create_track(
        self, guide_id: int, name: str, *, color: str | None = None,
        import_id: str | None = None,
    ) -> dict[str, Any]:
        body = _without_none({"guide": guide_id, "name": name, "color": color,
                              "import_id": import_id})
        return await self._json(_Call("POST", "schedule-tracks/", "POST schedule-tracks"),
                                json=body)

    async def create_location(
        self, guide_id: int, name: str, *, location_type: int = ROOM,
        import_id: str | None = None,
    ) -> dict[str, Any]:
        body = _without_none({"guide": guide_id, "name": name,
                              "location_type": location_type, "import_id": import_id})
        return await self._json(_Call("POST", "locations/", "POST locations"), json=body)

    # -- sessions ---------------------------------------------------------------------------

    async def create_session(
        self, data: Mapping[str, Any], *, image: Image | None = None
    ) -> dict[str, Any]:
        """Create once. After an unknown outcome, look the import_id up before sending again."""
        call = _Call("POST", "sessions/", "POST sessions")
        unsure = False

        async def attempt() -> dict[str, Any]:
            nonlocal unsure
            if unsure:
                found = await self._find_written(data)
                if found is not None:
                    return found
            try:
                return await self._attempt_json(call, **_body(data, image))
            except _Retryable as failure:
                unsure = failure.maybe_written
                raise

        return await self._with_retries(call, attempt)

    async def update_session(
        self, session_id: int, data: Mapping[str, Any], *, image: Image | None = None
    ) -> dict[str, Any]:
        call = _Call("PATCH", f"sessions/{session_id}/", "PATCH sessions")
        return await self._json(call, **_body(data, image))

    async def delete_session(self, session_id: int) -> None:
        call = _Call("DELETE", f"sessions/{session_id}/", "DELETE sessions")
        try:
            await self._json(call)
        except RejectedError as exc:
            if exc.status != 404:
                raise
            # Already gone (deleted by hand, or by an earlier run that lost the answer).
            logger.info("session %s was already deleted", session_id)

    async def _find_written(self, data: Mapping[str, Any]) -> dict[str, Any] | None:
        import_id, guide_id = data.get("import_id"), data.get("guide")
        if not import_id or guide_id is None:
            raise OutcomeUnknownError(
                "a create was sent but its outcome is unknown, and without an import_id it "
                "cannot be checked; look for the session in Builder before running again"
            )
        found = await self.find_sessions_by_import_id(int(guide_id), str(import_id))
        if found:
            logger.info("create of %s had an unknown outcome; it was stored", import_id)
            return found[0]
        return None

    # -- lists --------------------------------------------------------------------------------

    async def _list(
        self, path: str, guide_id: int, filters: dict[str, str | int]
    ) -> list[dict[str, Any]]:
        """Every page: the first one tells count and page size, the rest go concurrently."""
        call = _Call("GET", path, f"GET {path.rstrip('/')}", guide_id)
        params: dict[str, str | int] = {"guide": guide_id, **filters}
        first = await self._json(call, params=params)
        results: list[dict[str, Any]] = list(first.get("results", []))
        next_url = first.get("next")
        if not next_url:
            return results
        pages = _remaining_pages(next_url, first.get("count"), len(results))
        if pages is None:
            return results + await self._follow_next(call, next_url)
        limit = asyncio.Semaphore(self.page_concurrency)

        async def fetch(page: int) -> list[dict[str, Any]]:
            async with limit:
                body = await self._json(call, params={**params, "page": page})
                return list(body.get("results", []))

        for chunk in await asyncio.gather(*(fetch(page) for page in pages)):
            results.extend(chunk)
        return results

    async def _follow_next(self, call: _Call, next_url: str | None) -> list[dict[str, Any]]:
        results: list[dict[str, Any]] = []
        while next_url:
            # Only the query of `next` is used: the key never goes to a host it names.
            body = await self._json(call, params=dict(parse_qsl(urlsplit(next_url).query)))
            results.extend(body.get("results", []))
            next_url = body.get("next")
        return results

    # -- one request, retried -----------------------------------------------------------------

    async def _json(self, call: _Call, **request: Any) -> dict[str, Any]:
        return await self._with_retries(call, lambda: self._attempt_json(call, **request))

    async def _with_retries(
        self, call: _Call, attempt: Callable[[], Awaitable[dict[str, Any]]]
    ) -> dict[str, Any]:
        retrying = AsyncRetrying(
            retry=retry_if_exception_type(_Retryable),
            wait=self._wait,
            stop=self._stop,
            sleep=self._record_sleep,
            reraise=True,
        )
        try:
            async for try_ in retrying:
                with try_:
                    return await attempt()
        except _Retryable as failure:
            raise self._gave_up(call, failure) from None
        raise AssertionError("unreachable: tenacity either returns or raises")

    _backoff = wait_random_exponential(multiplier=0.5, max=30)

    def _wait(self, state: RetryCallState) -> float:
        failure = state.outcome.exception() if state.outcome else None
        if isinstance(failure, _Retryable) and failure.retry_after is not None:
            return failure.retry_after
        return float(self._backoff(state))

    def _stop(self, state: RetryCallState) -> bool:
        return state.idle_for + (state.upcoming_sleep or 0.0) > self.max_retry_wait

    async def _record_sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        await self._sleep(seconds)

    def _gave_up(self, call: _Call, failure: _Retryable) -> ApiError:
        waited = sum(self.waits[-50:])
        if failure.status == 429:
            return BudgetExhaustedError(
                "Guidebook keeps answering 429 Too Many Requests: the daily request budget "
                "(10,000 per account) is exhausted; run again after it resets and the run "
                "carries on where this one stopped", status=429,
            )
        return TransientError(
            f"{call.method} {call.path} kept failing ({failure}) through retries "
            f"(about {waited:.0f} s of waiting); Guidebook may be down, try again later",
            status=failure.status,
        )

    async def _attempt_json(self, call: _Call, **request: Any) -> dict[str, Any]:
        response = await self._attempt(call, **request)
        if response.status_code == 204 or not response.content:
            return {}
        body = response.json()
        return body if isinstance(body, dict) else {"results": body}

    async def _attempt(self, call: _Call, **request: Any) -> httpx.Response:
        await self.limiter.acquire()
        self.requests_sent[call.kind] += 1
        try:
            response = await self._http.request(call.method, call.path, **request)
        except httpx.TransportError as exc:
            self.responses[0] += 1
            logger.debug("%s %s: %s", call.method, call.path, type(exc).__name__)
            written = call.method != "GET" and not isinstance(exc, NOT_SENT_ERRORS)
            raise _Retryable(type(exc).__name__, status=None, maybe_written=written) from None
        self.responses[response.status_code] += 1
        logger.debug("%s %s -> %s", call.method, call.path, response.status_code)
        return self._judge(call, response)

    def _judge(self, call: _Call, response: httpx.Response) -> httpx.Response:
        verdict = classify(response)
        status = response.status_code
        if verdict is Verdict.SUCCESS:
            self.limiter.record_success()
            return response
        if verdict is Verdict.RETRYABLE:
            if status == 429:
                self.limiter.slow_down()
            raise _Retryable(
                f"HTTP {status}", status=status,
                maybe_written=status != 429 and call.method != "GET",
                retry_after=_retry_after_seconds(response),
            )
        if status == 401:
            raise AuthenticationError(
                "Guidebook rejected the API key (401); check GUIDEBOOK_API_KEY "
                "(Builder > Settings > API)", status=401,
            )
        if status == 403:
            raise PermissionDeniedError(
                f"the API key has no permission for {call.path} (403); "
                "check the guide id and that the key's account owns the guide", status=403,
            )
        if verdict is Verdict.NOT_FOUND and call.path.startswith("guides/"):
            raise GuideNotFoundError(
                f"guide {call.guide_id} does not exist (404); check --guide", status=404,
            )
        if verdict is Verdict.FATAL:
            raise FatalApiError(f"{call.method} {call.path}: HTTP {status}", status=status)
        errors = _field_errors(response)
        summary = "; ".join(f"{field}: {' '.join(m)}" for field, m in errors.items())
        raise RejectedError(
            f"{call.method} {call.path} rejected ({status}): {summary}",
            status=status, field_errors=errors,
        )


def _without_none(values: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in values.items() if value is not None}


def _body(data: Mapping[str, Any], image: Image | None) -> dict[str, Any]:
    """JSON normally; multipart (lists as repeated keys) when an image goes along."""
    if image is None:
        return {"json": dict(data)}
    form: dict[str, Any] = {}
    for key, value in data.items():
        if value is None:
            form[key] = ""
        elif isinstance(value, bool):
            form[key] = "true" if value else "false"
        elif isinstance(value, list | tuple):
            form[key] = [str(item) for item in value]
        else:
            form[key] = str(value)
    return {"data": form, "files": {"image": image}}


def _remaining_pages(next_url: str, count: Any, page_size: int) -> list[int] | None:
    """Page numbers 2..N when `next` is page-numbered and the count is known, else None."""
    query = dict(parse_qsl(urlsplit(next_url).query))
    if not isinstance(count, int) or page_size <= 0 or query.get("page") != "2":
        return None
    return list(range(2, math.ceil(count / page_size) + 1))
