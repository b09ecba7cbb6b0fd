"""The client's shared state and primitives, on which each concern's mixin builds
(`_client_retries.py`, `_client_pages.py`, `_client_creates.py`) and which `client.py`'s
`GuidebookClient` combines: the connection, the rate limit, the counts of what was sent and
answered, and one request as sent. Methods one mixin calls on another are declared here."""

from __future__ import annotations

import asyncio
import collections
import logging
import os
import time
from abc import ABC, abstractmethod
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

import httpx

from importer._credentials import API_KEY_ENV, checked_base_url, checked_key, redactor
from importer._outcomes import Target
from importer._ratelimit import Clock, RateLimiter, Sleep

DEFAULT_BASE_URL = "https://builder.guidebook.com/open-api/v1.1/"

T = TypeVar("T")
logger = logging.getLogger("importer.client")


@dataclass(frozen=True)
class Call:
    """One request as sent (again) on every attempt."""

    target: Target
    params: httpx.QueryParams | None = None
    body: Mapping[str, Any] = field(default_factory=dict)  # keyword arguments for httpx

    @property
    def kind(self) -> str:  # the key of `requests_sent`: "POST sessions", "POST publish"
        if is_publish(self):
            return "POST publish"  # not "POST guides": no guide is made
        return f"{self.target.method} {self.target.collection}"


class ClientBase(ABC):
    """The state of one client, and the primitives each mixin uses."""

    def __init__(
        self,
        api_key: str | None = None,
        base_url: str = DEFAULT_BASE_URL,
        *,
        rate: float = 5.0,
        timeout: float = 30.0,
        max_retry_wait: float = 120.0,
        transport: httpx.AsyncBaseTransport | None = None,
        concurrency: int = 4,
        sleep: Sleep = asyncio.sleep,
        clock: Clock = time.monotonic,
        on_wait: Callable[[str], None] | None = None,
    ) -> None:
        key = checked_key(api_key if api_key is not None else os.environ.get(API_KEY_ENV))
        self.base_url = checked_base_url(base_url)
        self.max_retry_wait = max_retry_wait
        # Requests out at once, reads and writes alike: the `concurrency` setting.
        self._in_flight = asyncio.Semaphore(concurrency)
        self.limiter = RateLimiter(rate, clock=clock, sleep=self._wait)
        self.requests_sent: collections.Counter[str] = collections.Counter()
        self.responses: collections.Counter[int] = collections.Counter()
        self.transport_errors: collections.Counter[str] = collections.Counter()
        self.retry_waits: list[float] = []
        # Told, in a line fit to print, of a publish's wait for its turn, and once a run of
        # the first retry of any other request (minutes of silence otherwise, on a terminal
        # too: it looks like a hang).
        self.on_wait = on_wait
        self._said_retrying = False
        self._sleep = sleep
        self._clock = clock
        self._budget_spent = asyncio.Event()  # set: every request would only get 429
        self._429s_in_a_row = 0
        self._answers_not_429 = 0  # to tell if anyone got through while a request retried
        self._last_429_at = float("-inf")
        self._answered = False  # any HTTP answer yet: a URL that never answered is likely wrong
        self.successes = 0  # requests answered with success: Guidebook is there and working
        self._retries_stopped = asyncio.Event()
        self._newest_session = 0  # the highest session id seen so far: ids only grow
        self._redact = redactor(key)
        # The key lives only in httpx's headers, whose repr masks Authorization.
        self._http = httpx.AsyncClient(
            base_url=self.base_url,
            headers={"Authorization": f"JWT {key}", "Accept": "application/json"},
            timeout=httpx.Timeout(timeout),
            transport=transport,
        )

    @property
    def _on_v1(self) -> bool:
        """The older API version: it wants description_html, and has no import_id filter."""
        return self.base_url.path.endswith("/v1/")

    def _note_sessions(self, sessions: list[dict[str, Any]]) -> None:
        ids = [s["id"] for s in sessions if isinstance(s.get("id"), int)]
        self._newest_session = max([self._newest_session, *ids])

    @abstractmethod
    def _attempt_for(self, call: Call) -> Callable[[int], Awaitable[httpx.Response]]:
        """One attempt at the call, as `_with_retries` takes it (`_client_retries.py`)."""

    @abstractmethod
    async def _with_retries(self, call: Call, attempt: Callable[[int], Awaitable[T]]) -> T:
        """The attempt, retried while its outcome is retryable (`_client_retries.py`)."""

    @abstractmethod
    async def _attempt(self, call: Call, number: int) -> httpx.Response:
        """One attempt at sending the call (`_client_retries.py`)."""

    @abstractmethod
    async def _wait(self, seconds: float) -> None:
        """A wait cut short by `stop_retrying` or a spent budget (`_client_retries.py`)."""


def shown_url(url: httpx.URL) -> str:
    """The API URL fit for a message: no user:password, query or fragment that may hold a key."""
    return str(url.copy_with(userinfo=b"", query=None, fragment=None))


def is_publish(call: Call) -> bool:
    return call.target.method == "POST" and call.target.path.endswith("/publish/")
