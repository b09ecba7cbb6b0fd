"""The Guidebook Open API client: every request the importer sends goes through here.

One `httpx.AsyncClient`, a rate limit shared by all concurrent requests (`_ratelimit`), one
function that sorts outcomes (`_outcomes.sort_outcome`) and tenacity retrying the retryable
kind only, with full-jitter backoff, `Retry-After` honoured and the total wait capped.

Creates are not idempotent. A create whose outcome is unknown (timeout after sending, dropped
connection, 5xx) is never sent again blindly: its `import_id` (for a track or a room, else its
name) is looked up first, and a session without one gets `OutcomeUnknownError`.

    async with GuidebookClient() as client:          # key from GUIDEBOOK_API_KEY
        guide = await client.get_guide(12)
        sessions = await client.list_sessions(12)
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import itertools
import logging
import os
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, TypeVar

import httpx
from tenacity import (
    AsyncRetrying,
    RetryCallState,
    RetryError,
    retry_if_exception_type,
    wait_random_exponential,
)

from importer._credentials import API_KEY_ENV, checked_base_url, checked_key, redactor
from importer._outcomes import (
    NOTHING_WRITTEN_ERRORS,
    Outcome,
    Target,
    Verdict,
    sort_outcome,
)
from importer._ratelimit import Clock, RateLimiter, Sleep
from importer._wire import (
    Image,
    Page,
    clears,
    json_object,
    parse_page,
    remaining_page_numbers,
    request_body,
    without_none,
)
from importer.errors import (
    ApiError,
    BudgetExhaustedError,
    FatalApiError,
    GuideNotFoundError,
    NotPublishedError,
    NotSentError,
    OutageError,
    OutcomeUnknownError,
    RejectedError,
    TransientError,
)

DEFAULT_BASE_URL = "https://builder.guidebook.com/open-api/v1.1/"
API_PATHS = "/open-api/v1.1/ (or /open-api/v1/)"  # how every Guidebook API URL ends
MAX_ATTEMPTS = 10  # a safety net under the wait cap: Retry-After: 0 forever must still end
# HTTP 429s without Retry-After in a row, over all requests, that mean the daily budget is
# spent: as many as one request may get, but pooled, so four workers do not spend four times
# as many (and wait four times as long behind the slowed rate limit) to learn the same thing.
BUDGET_429S = MAX_ATTEMPTS
FIRST_CONTACT_ATTEMPTS = 3  # connections refused before any answer this run, then stop
BACKOFF = wait_random_exponential(multiplier=0.5, max=30)  # full jitter, windows 0.5 s .. 30 s
LIST_READS = 3  # a list that changes under every one of these reads stops the run
VANISHED = -1  # the count of a page that is no more: the list shrank while being read
# The default order is undocumented; pages of numbered slices are only consistent under a
# fixed order, and by id one created meanwhile comes last. Documented for sessions only.
LIST_ORDERING = {"sessions": "id"}
# Publishing is limited to 2 a minute: a 429 on it is that limit far more often than the
# day's budget. Two waits of half the window outlast it, whenever the two publishes were.
PUBLISH_WAIT = 30.0

T = TypeVar("T")
logger = logging.getLogger("importer.client")


class _Retry(Exception):
    """Raised inside the retry loop for a retryable outcome; never leaves this module."""

    def __init__(self, outcome: Outcome) -> None:
        super().__init__(outcome.summary)
        self.outcome = outcome


@dataclass(frozen=True)
class _Call:
    """One request as sent (again) on every attempt."""

    target: Target
    params: httpx.QueryParams | None = None
    body: Mapping[str, Any] = field(default_factory=dict)  # keyword arguments for httpx

    @property
    def kind(self) -> str:  # the key of `requests_sent`: "POST sessions", "POST publish"
        if _is_publish(self):
            return "POST publish"  # not "POST guides": no guide is made
        return f"{self.target.method} {self.target.collection}"


@dataclass
class _Counts:
    """The counts the pages of one read of a list gave, as they came in.

    A count below one that was answered before its page was even asked for means something
    was deleted meanwhile. Pages are read concurrently, and one retried after the list grew
    (the run's own creates, during a lookup) counts more than a later page answered before
    it: in page order that would look like a shrink.
    """

    seen: list[int] = field(default_factory=list)
    highest: int | None = None
    shrank: bool = False

    def saw(self, count: int | None, floor: int | None) -> None:
        if count is None:
            return
        self.seen.append(count)
        if floor is not None and count < floor:
            self.shrank = True
        self.highest = count if self.highest is None else max(self.highest, count)


class GuidebookClient:
    """Async client for the parts of the Guidebook Open API the importer uses."""

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

    def __repr__(self) -> str:
        return f"<GuidebookClient {self.base_url} rate={self.limiter.configured:g}/s>"

    async def __aenter__(self) -> GuidebookClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._http.aclose()

    @property
    def _on_v1(self) -> bool:
        """The older API version: it wants description_html, and has no import_id filter."""
        return self.base_url.path.endswith("/v1/")

    def _note_sessions(self, sessions: list[dict[str, Any]]) -> None:
        ids = [s["id"] for s in sessions if isinstance(s.get("id"), int)]
        self._newest_session = max([self._newest_session, *ids])

    def stop_retrying(self) -> None:
        """Ctrl-C or SIGTERM: requests in flight finish, but none is tried again. Retries
        during an outage could otherwise hold the run for minutes, past a service manager's
        patience (systemd kills 90 s after its SIGTERM, leaving no report)."""
        self._retries_stopped.set()

    # -- reads ---------------------------------------------------------------------------

    async def get_guide(self, guide_id: int) -> dict[str, Any]:
        """The guide (with its `timezone`); 404 -> GuideNotFoundError."""
        path = f"guides/{guide_id}/"
        try:
            return await self._get_object(path)
        except GuideNotFoundError as exc:
            # A wrong API URL (a version or path typo) 404s here too: the guide id may be fine.
            url = self._redact(_shown_url(self.base_url))
            raise GuideNotFoundError(
                f"Guide not found (HTTP 404 on GET {path}). Check the guide id, and the API URL "
                f"{url}: it should end in {API_PATHS}.",
                status=exc.status,
            ) from exc

    async def get_session(self, session_id: int) -> dict[str, Any]:
        """One session; 404 -> SessionNotFoundError."""
        return await self._get_object(f"sessions/{session_id}/")

    async def list_sessions(self, guide_id: int, **filters: str | int) -> list[dict[str, Any]]:
        return await self._list("sessions", {"guide": guide_id, **filters})

    async def list_tracks(self, guide_id: int) -> list[dict[str, Any]]:
        return await self._list("schedule-tracks", {"guide": guide_id})

    async def list_locations(
        self, guide_id: int, location_type: int | None = None
    ) -> list[dict[str, Any]]:
        filters = {} if location_type is None else {"location_type": location_type}
        return await self._list("locations", {"guide": guide_id, **filters})

    async def find_sessions_by_import_id(
        self, guide_id: int, import_id: str
    ) -> list[dict[str, Any]]:
        return await self._find_by_import_id("sessions", guide_id, import_id)

    # -- writes --------------------------------------------------------------------------

    async def create_session(
        self, data: Mapping[str, Any], *, image: Image | None = None
    ) -> dict[str, Any]:
        """POST. v1 requires description_html: a sheet without descriptions sends it empty."""
        if self._on_v1 and "description_html" not in data:
            data = {**data, "description_html": ""}
        return await self._create("sessions", data, image)

    async def update_session(
        self, session_id: int, data: Mapping[str, Any], *, image: Image | None = None
    ) -> dict[str, Any]:
        """PATCH: only the fields given change. 404 -> SessionNotFoundError.

        An image goes as a multipart form, which cannot clear a field (`clears`): then the
        fields go first as JSON, checked together as one change, and the image alone after;
        should that one fail, its error says the fields went through (`fields_sent`).
        """
        if image is None or not any(clears(value) for value in data.values()):
            return await self._patch_session(session_id, data, image)
        await self._patch_session(session_id, data, None)
        try:
            return await self._patch_session(session_id, {}, image)
        except ApiError as exc:
            exc.fields_sent = True  # what fails now is the image alone
            raise

    async def _patch_session(
        self, session_id: int, data: Mapping[str, Any], image: Image | None
    ) -> dict[str, Any]:
        call = _Call(Target("PATCH", f"sessions/{session_id}/"), body=request_body(data, image))
        return json_object(await self._with_retries(call, self._attempt_for(call)), call.target)

    async def delete_session(self, session_id: int) -> None:
        """DELETE; a session already gone (404) counts as deleted."""
        call = _Call(Target("DELETE", f"sessions/{session_id}/"))
        response = await self._with_retries(call, self._attempt_for(call))
        if response.status_code == 404:
            logger.info("session %s was already gone", session_id)

    async def create_track(
        self, guide_id: int, name: str, *, color: str | None = None, import_id: str | None = None
    ) -> dict[str, Any]:
        data = without_none({"guide": guide_id, "name": name, "color": color,
                              "import_id": import_id})
        return await self._create("schedule-tracks", data, None)

    async def create_location(
        self, guide_id: int, name: str, *, location_type: int = 2, import_id: str | None = None
    ) -> dict[str, Any]:
        data = without_none({"guide": guide_id, "name": name, "location_type": location_type,
                              "import_id": import_id})
        return await self._create("locations", data, None)

    async def publish_guide(self, guide_id: int) -> None:
        """POST guides/{id}/publish/ (202): what the API changed reaches attendees' apps.
        Retries that run out -> NotPublishedError; 401, 403 and 404 as for any request."""
        call = _Call(Target("POST", f"guides/{guide_id}/publish/"))
        try:
            await self._with_retries(call, self._attempt_for(call))
        except (TransientError, BudgetExhaustedError) as exc:
            if isinstance(exc, NotSentError):  # interrupted before it left
                raise
            why = str(exc).rstrip(".")
            raise NotPublishedError(f"guide {guide_id} was not published: {why}.", why=why,
                                    status=exc.status) from exc

    # -- creates: never a duplicate ------------------------------------------------------

    async def _create(
        self, collection: str, data: Mapping[str, Any], image: Image | None
    ) -> dict[str, Any]:
        call = _Call(Target("POST", f"{collection}/"), body=request_body(data, image))
        key, guide = _lookup_key(collection, data), data.get("guide")
        newest_before = self._newest_session  # what this create's session is newer than
        maybe_written = False

        async def attempt(number: int) -> dict[str, Any]:
            nonlocal maybe_written
            if maybe_written:
                found = await self._find_created(call, guide, key, newest_before)
                if found is not None:
                    return found
                maybe_written = False  # looked up and not there: sending again is safe
            try:
                return json_object(await self._attempt(call, number), call.target)
            except _Retry as retry:
                if retry.outcome.verdict is Verdict.RETRY_MAYBE_WRITTEN:
                    if key is None or guide is None:
                        raise _outcome_unknown(call, retry.outcome.summary) from retry.__cause__
                    maybe_written = True
                raise

        try:
            created = await self._with_retries(call, attempt)
        except TransientError as exc:
            if maybe_written:
                raise _outcome_unknown(call, str(exc), key) from exc
            raise
        except BudgetExhaustedError as exc:
            exc.sent = maybe_written  # the lookup that would tell was refused too
            raise
        if collection == "sessions":
            self._note_sessions([created])
        return created

    async def _find_created(
        self, call: _Call, guide: Any, key: Mapping[str, Any] | None, newest_before: int
    ) -> dict[str, Any] | None:
        assert key is not None
        collection = call.target.collection
        try:
            if collection == "sessions" and self._on_v1:
                found = await self._find_newer_sessions(guide, key, newest_before)
            else:
                found = await self._find_matching(collection, guide, key)
        except TransientError as exc:
            raise _outcome_unknown(call, "the lookup failed too", key) from exc
        if len(found) > 1:
            logger.warning("%d %s match %s", len(found), collection, _describe(key))
        if found:
            logger.debug("%s: %s found, taken as created", call.target, _describe(key))
        return found[0] if found else None

    async def _find_by_import_id(
        self, collection: str, guide_id: int, import_id: str
    ) -> list[dict[str, Any]]:
        return await self._find_matching(collection, guide_id, {"import_id": import_id})

    async def _find_newer_sessions(
        self, guide: Any, key: Mapping[str, Any], newest_before: int
    ) -> list[dict[str, Any]]:
        """v1 has no import_id filter: instead of every page of a big guide, read newest
        first, down to the newest session seen before the create was sent. The whole list
        is read instead when the service does not sort so, or when the list shrank."""
        counts = _Counts()
        params = httpx.QueryParams({"guide": guide, "ordering": "-id"})
        found: list[dict[str, Any]] = []
        last_id: int | None = None
        while True:
            page = await self._get_page("sessions/", params, counts)
            ids: list[Any] = [item.get("id") for item in page.results]
            if counts.shrank or not _newest_first(ids, last_id):
                return await self._find_matching("sessions", guide, key)
            found += [item for item in page.results if _matches(item, key)]
            if found or not ids or ids[-1] <= newest_before or page.next is None:
                return found
            last_id = ids[-1]
            params = httpx.URL(page.next).params

    async def _find_matching(
        self, collection: str, guide_id: int, key: Mapping[str, Any]
    ) -> list[dict[str, Any]]:
        # Matched again here: v1 (and locations) may ignore the import_id filter.
        params = {"guide": guide_id, **{k: v for k, v in key.items() if k == "import_id"}}
        items = await self._list(collection, params)
        return [item for item in items if _matches(item, key)]

    # -- lists: every page ---------------------------------------------------------------

    async def _list(self, collection: str, params: Mapping[str, Any]) -> list[dict[str, Any]]:
        """Every page of a list, read again if the list shrank while it was read.

        Pages are numbered slices: one object deleted (in Builder, say) after the first page
        was read shifts the later pages back by one, and an object nobody deleted is never
        seen, so a plan would make it a second time. A later page counting fewer tells. (One
        added, as our own creates do during a lookup, goes at the end: `next` leads to it.)
        """
        if ordering := LIST_ORDERING.get(collection):
            params = {**params, "ordering": ordering}
        for _ in range(LIST_READS):
            counts = _Counts()
            pages = await self._read_pages(f"{collection}/", params, counts)
            if not counts.shrank:
                items = [item for page in pages for item in page.results]
                if collection == "sessions":
                    self._note_sessions(items)
                return items
            logger.info("%s shrank while being read (counts %s): reading it again",
                        collection, counts.seen)
        raise TransientError(
            f"The guide's {collection} shrank while being read, {LIST_READS} times over "
            "(someone is deleting in Builder?). Run again later."
        )

    async def _read_pages(
        self, path: str, params: Mapping[str, Any], counts: _Counts
    ) -> list[Page]:
        first = await self._get_page(path, httpx.QueryParams(dict(params)), counts)
        if first.next is None:
            return [first]
        following = httpx.URL(first.next).params
        numbers = remaining_page_numbers(first, following)
        if numbers is None:  # not numbered pages: follow `next` one by one
            return [first, *await self._follow_next(path, first.next, counts)]
        pages = await self._fetch_pages(path, following, numbers, counts)
        last_next = pages[-1].next if pages else None
        # Sessions added while we read: the last page points further on.
        more = await self._follow_next(path, last_next, counts) if last_next else []
        return [first, *pages, *more]

    async def _fetch_pages(
        self, path: str, params: httpx.QueryParams, numbers: range, counts: _Counts
    ) -> list[Page]:
        async def fetch(number: int) -> Page:
            return await self._get_page(
                path, params.set("page", str(number)), counts, derived=True)

        return await _gather_or_cancel([fetch(number) for number in numbers])

    async def _follow_next(
        self, path: str, next_url: str | None, counts: _Counts
    ) -> list[Page]:
        pages: list[Page] = []
        while next_url is not None:
            page = await self._get_page(path, httpx.URL(next_url).params, counts)
            pages.append(page)
            next_url = page.next
        return pages

    async def _get_page(
        self, path: str, params: httpx.QueryParams, counts: _Counts, *, derived: bool = False
    ) -> Page:
        # Only the query of a `next` link is used, never its host: the key stays with base_url.
        call = _Call(Target("GET", path), params=params)
        floor = counts.highest  # answered before this page was asked for
        try:
            response = await self._with_retries(call, self._attempt_for(call))
        except FatalApiError as exc:
            if derived and exc.status == 404:  # "Invalid page": sessions vanished meanwhile
                counts.saw(VANISHED, floor)
                return Page([], None, VANISHED)
            raise
        page = parse_page(response, call.target)
        counts.saw(page.count, floor)
        return page

    async def _get_object(self, path: str) -> dict[str, Any]:
        call = _Call(Target("GET", path))
        return json_object(await self._with_retries(call, self._attempt_for(call)), call.target)

    # -- one request, retried ------------------------------------------------------------

    def _attempt_for(self, call: _Call) -> Callable[[int], Awaitable[httpx.Response]]:
        async def attempt(number: int) -> httpx.Response:
            return await self._attempt(call, number)

        return attempt

    async def _with_retries(self, call: _Call, attempt: Callable[[int], Awaitable[T]]) -> T:
        retrying = AsyncRetrying(
            sleep=self._wait,
            stop=self._should_stop,
            wait=lambda state: self._choose_wait(call, state),
            retry=retry_if_exception_type(_Retry),
            before_sleep=lambda state: self._note_wait(call, state),
        )
        last: _Retry | None = None
        applied = False  # a PATCH or DELETE that may have been carried out already
        # Answers other than 429 counted when this request's last run of 429s began.
        answers_not_429: int | None = None
        try:
            async for try_ in retrying:
                if last is not None and self._retries_stopped.is_set():
                    raise self._not_retried(call, last.outcome, applied) from last.__cause__
                with try_:
                    try:
                        return await attempt(try_.retry_state.attempt_number)
                    except _Retry as retry:
                        last = retry
                        applied = applied or _maybe_applied(call, retry.outcome)
                        if retry.outcome.status != 429:
                            answers_not_429 = None
                        elif answers_not_429 is None:
                            answers_not_429 = self._answers_not_429
                        raise
        except RetryError as exc:
            last_failure = exc.last_attempt.exception()
            # Chained to the last httpx error (if any), not to tenacity's wrapper.
            got_through = answers_not_429 not in (None, self._answers_not_429)
            raise self._give_up(call, exc.last_attempt, applied, got_through) from (
                last_failure.__cause__ if last_failure else None
            )
        except BudgetExhaustedError as exc:  # spent while this request waited to retry
            exc.sent = exc.sent or applied
            raise
        raise AssertionError("unreachable: tenacity returns or raises")

    async def _attempt(self, call: _Call, number: int) -> httpx.Response:
        self._unless_budget_spent(call)
        async with self._in_flight:  # its turn among those in flight, then its rate slot
            sent_at = await self.limiter.acquire()
            self._unless_budget_spent(call)  # found out while this request waited its turn
            if self._retries_stopped.is_set():  # not in flight yet: it is not sent any more
                raise NotSentError(f"{call.target} not sent: the run was interrupted")
            self.requests_sent[call.kind] += 1
            try:
                response = await self._http.request(
                    call.target.method, call.target.path, params=call.params, **call.body
                )
            except httpx.TransportError as exc:
                _redact_request(exc)
                self.transport_errors[type(exc).__name__] += 1
                if isinstance(exc, NOTHING_WRITTEN_ERRORS):  # never reached the service
                    self._not_spent(call)
                self._settle(call, sort_outcome(call.target, exc), number, exc)
                raise AssertionError("unreachable: _settle raises") from exc
        self.responses[response.status_code] += 1
        self._answered = True
        outcome = sort_outcome(call.target, response)
        self.successes += outcome.verdict in (Verdict.SUCCESS, Verdict.ALREADY_GONE)
        self._feed_limiter(outcome, sent_at)
        self._count_429s(outcome, sent_at)
        self._settle(call, outcome, number, None)
        return response

    def _not_spent(self, call: _Call) -> None:
        """A connection refused or never had: nothing was sent, and the daily budget counts
        nothing for it (an outage's retries would otherwise read as hundreds spent)."""
        self.requests_sent[call.kind] -= 1
        if not self.requests_sent[call.kind]:
            del self.requests_sent[call.kind]

    def _unless_budget_spent(self, call: _Call) -> None:
        if self._budget_spent.is_set():
            raise BudgetExhaustedError(
                f"Daily request budget exhausted: {call.target} not sent. Run again later.",
                status=429,
            )

    def _count_429s(self, outcome: Outcome, sent_at: float) -> None:
        """Pool the evidence of every request: BUDGET_429S answers 429 in a row, each to a
        request sent after the one before came back, mean the budget is spent. (Requests of
        one burst all come back 429 together: they count once. A 429 with Retry-After is a
        rate limit saying when to come back, no sign of the day's end either way.)"""
        if outcome.status != 429:
            self._429s_in_a_row = 0
            self._answers_not_429 += 1
        elif outcome.retry_after is None and sent_at >= self._last_429_at:
            self._429s_in_a_row += 1
            self._last_429_at = self._clock()
            if self._429s_in_a_row >= BUDGET_429S:
                self._budget_spent.set()

    def _settle(
        self, call: _Call, outcome: Outcome, number: int, exc: Exception | None
    ) -> None:
        """Log the outcome, then return (success) or raise (retry, rejected, fatal)."""
        query = f"?{call.params}" if call.params else ""
        logger.debug("%s%s -> %s (attempt %d)", call.target, query, outcome.summary, number)
        if outcome.verdict in (Verdict.SUCCESS, Verdict.ALREADY_GONE):
            return
        if outcome.retryable:
            raise _Retry(outcome) from exc
        assert outcome.error is not None
        raise self._scrubbed(outcome.error) from exc

    def _feed_limiter(self, outcome: Outcome, sent_at: float) -> None:
        if outcome.status == 429:
            self.limiter.slow_down(sent_at, outcome.retry_after)
        elif outcome.verdict is Verdict.SUCCESS:
            self.limiter.record_success()

    def _choose_wait(self, call: _Call, state: RetryCallState) -> float:
        """`Retry-After` when the service gave one, else full-jitter backoff within the cap
        (a publish's 429: PUBLISH_WAIT, its 2-a-minute window, within the cap)."""
        outcome = _outcome_of(state)
        if outcome.retry_after is not None:
            return outcome.retry_after
        remaining = max(self.max_retry_wait - state.idle_for, 0.0)
        if outcome.status == 429 and _is_publish(call):
            return min(PUBLISH_WAIT, remaining)
        return min(BACKOFF(state), remaining)

    def _should_stop(self, state: RetryCallState) -> bool:
        remaining = self.max_retry_wait - state.idle_for
        return (
            state.attempt_number >= MAX_ATTEMPTS
            or self._budget_spent.is_set()
            or remaining <= 0
            or state.upcoming_sleep > remaining
            or self._never_reached(state)
        )

    def _never_reached(self, state: RetryCallState) -> bool:
        """Connection refused before the service ever answered this run: a typo in the host
        or port far more often than an outage, so say so after a few seconds, not after the
        minute or two of retries that ride out an outage in the middle of a run."""
        return (not self._answered and _outcome_of(state).unreachable
                and state.attempt_number >= FIRST_CONTACT_ATTEMPTS)

    def _note_wait(self, call: _Call, state: RetryCallState) -> None:
        wait = state.upcoming_sleep
        self.retry_waits.append(wait)
        outcome = _outcome_of(state)
        logger.debug("waiting %.2f s after %s (attempt %d)", wait,
                     outcome.summary, state.attempt_number)
        if self.on_wait is None:
            return
        if _is_publish(call):
            if wait >= 1:
                self.on_wait(_publish_wait_line(outcome, wait))
        elif not self._said_retrying and not (outcome.unreachable and not self._answered):
            # Once a run, not once a request; a URL that never answered ends in its error
            # within seconds instead.
            self._said_retrying = True
            self.on_wait(_retry_wait_line(outcome, self.max_retry_wait))

    async def _wait(self, seconds: float) -> None:
        """The wait before a retry, or for a send slot of the rate limit (a Retry-After
        holds them all): cut short by `stop_retrying` or a spent budget."""
        waiting = asyncio.ensure_future(self._sleep(seconds))
        woken = [asyncio.ensure_future(event.wait())
                 for event in (self._retries_stopped, self._budget_spent)]
        try:
            await asyncio.wait((waiting, *woken), return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in (waiting, *woken):
                task.cancel()

    def _not_retried(self, call: _Call, outcome: Outcome, applied: bool) -> ApiError:
        why = f"{call.target} got {outcome.summary} and was not retried: the run was interrupted"
        if applied:
            return _applied_unknown(call, why)
        return TransientError(why, status=outcome.status)

    def _give_up(self, call: _Call, last: Any, applied: bool, got_through: bool) -> ApiError:
        """The error of a request whose retries ended. Its last answers 429 mean the budget is
        spent only if no request got any other answer since they began (`got_through`): under
        bursts of 429s, one request of thousands can get a 429 on every attempt."""
        exc = last.exception()
        outcome = exc.outcome if isinstance(exc, _Retry) else None
        count = last.attempt_number
        tries = f"after {count} attempt{'' if count == 1 else 's'}"
        summary = outcome.summary if outcome else type(exc).__name__
        if _is_publish(call) and outcome is not None and outcome.status == 429:
            # Its own 2 a minute, most likely: no sign that the day's budget is spent.
            return TransientError(
                f"{call.target} got {summary} {tries} (publishing is limited to 2 a minute; "
                "if it keeps refusing, the daily request budget is spent)", status=429)
        if self._budget_spent.is_set() or (
            outcome is not None and outcome.status == 429 and not got_through
        ):
            self._budget_spent.set()  # every later request would only spend more 429s
            if self._429s_in_a_row >= BUDGET_429S:
                tries += f" (HTTP 429 to the last {self._429s_in_a_row} requests in a row)"
            spent = BudgetExhaustedError(
                f"Daily request budget exhausted: {call.target} got {summary} {tries}. "
                "Run again later, once the day's budget has reset.",
                status=429,
            )
            spent.sent = applied
            return spent
        if applied:
            return _applied_unknown(call, f"{summary} {tries}")
        if outcome is not None and outcome.unreachable:
            return self._unreachable(call, f"{summary} {tries}")
        return OutageError(
            f"Guidebook kept failing: {call.target} got {summary} {tries}. Try again later.",
            status=outcome.status if outcome else None,
        )

    def _unreachable(self, call: _Call, what: str) -> TransientError:
        url = self._redact(_shown_url(self.base_url))
        if self._answered:  # the URL is right: it answered earlier in this run
            return OutageError(f"Lost the connection to Guidebook ({url}), which had "
                                  f"answered this run: {call.target} got {what}. Try again "
                                  "later.")
        # Refused over and over: a typo in the port or host far more often than an outage.
        return TransientError(
            f"Could not connect to the API URL {url}: {call.target} got {what}. Check the API "
            "URL (a wrong host or port is the likely cause); if it is right, try again later."
        )

    def _scrubbed(self, error: ApiError) -> ApiError:
        """Error bodies are the service's words: make sure the key is not among them."""
        error.args = tuple(self._redact(str(arg)) for arg in error.args)
        if isinstance(error, RejectedError):
            error.field_errors = {
                field: [self._redact(message) for message in messages]
                for field, messages in error.field_errors.items()
            }
        return error


# -- helpers --------------------------------------------------------------------------------


async def _gather_or_cancel(coroutines: list[Awaitable[T]]) -> list[T]:
    """Like gather, but the first failure cancels the rest instead of leaving them running."""
    tasks = [asyncio.ensure_future(coroutine) for coroutine in coroutines]
    try:
        return list(await asyncio.gather(*tasks))
    except BaseException:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        raise


def _outcome_of(state: RetryCallState) -> Outcome:
    exc = state.outcome.exception() if state.outcome else None
    assert isinstance(exc, _Retry)
    return exc.outcome


def _matches(item: Mapping[str, Any], key: Mapping[str, Any]) -> bool:
    return all(item.get(name) == value for name, value in key.items())


def _newest_first(ids: list[Any], after: int | None) -> bool:
    """Ids in descending order, none above the last of the page before (one may repeat
    there: a session created meanwhile pushes the list down by one)."""
    if not all(isinstance(i, int) for i in ids):
        return False
    if after is not None and ids and ids[0] > after:
        return False
    return all(later < earlier for earlier, later in itertools.pairwise(ids))


def _lookup_key(collection: str, data: Mapping[str, Any]) -> dict[str, Any] | None:
    """What identifies a create's result, to look it up when the answer was lost.

    The import_id when there is one; tracks and rooms are also known by their name within a
    guide. Session names repeat, so a session without an import_id has no key.
    """
    if data.get("import_id"):
        return {"import_id": data["import_id"]}
    if collection != "sessions" and data.get("name"):
        return {"name": data["name"]}
    return None


def _shown_url(url: httpx.URL) -> str:
    """The API URL fit for a message: no user:password, query or fragment that may hold a key."""
    return str(url.copy_with(userinfo=b"", query=None, fragment=None))


def _describe(key: Mapping[str, Any]) -> str:
    return ", ".join(f"{name} {value!r}" for name, value in key.items())


def _redact_request(exc: httpx.TransportError) -> None:
    """The run's error is chained to this one, whose request a program may log headers and
    all: the key is taken out (each retry builds its request afresh from the client's)."""
    with contextlib.suppress(RuntimeError):  # raised before a request was made
        exc.request.headers["Authorization"] = "JWT [redacted]"


def _publish_wait_line(outcome: Outcome, wait: float) -> str:
    if outcome.status == 429 and outcome.retry_after is None:
        why = "Guidebook allows 2 publishes a minute"
    elif outcome.status == 429:
        why = "Guidebook answered HTTP 429 and asked to come back later"
    else:
        why = f"Guidebook answered {outcome.summary}"
    return f"Publishing: {why}; waiting {wait:.0f} s..."


def _retry_wait_line(outcome: Outcome, max_wait: float) -> str:
    if outcome.status == 429 and outcome.retry_after is None:
        # No per-second limit is documented: a 429 without Retry-After is most often the
        # day's budget, spent (a run again the same day after one stopped for it). Said so,
        # the minute or two of retries that make sure of it is no mystery.
        why = ("Guidebook answered HTTP 429 without Retry-After (if it persists, the daily "
               "request budget is spent, and this stops with exit 3)")
    elif outcome.status == 429:
        why = "Guidebook is asking us to slow down (HTTP 429)"
    elif outcome.status is not None:
        why = f"Guidebook answered {outcome.summary}"
    else:
        why = f"no answer from Guidebook ({outcome.summary})"
    minutes, seconds = divmod(round(max_wait), 60)
    if seconds or not minutes:
        span = f"{max_wait:g} s"
    else:
        span = f"{minutes} minute{'' if minutes == 1 else 's'}"
    return f"{why[0].upper()}{why[1:]}; retrying, for up to {span} per request..."


def _is_publish(call: _Call) -> bool:
    return call.target.method == "POST" and call.target.path.endswith("/publish/")


def _maybe_applied(call: _Call, outcome: Outcome) -> bool:
    """A PATCH or DELETE the service may have carried out before its answer was lost.
    Sending it again is harmless; saying it was not sent would not be true."""
    return (call.target.method in ("PATCH", "DELETE")
            and outcome.verdict is Verdict.RETRY_MAYBE_WRITTEN)


def _applied_unknown(call: _Call, why: str) -> OutcomeUnknownError:
    if call.target.method == "DELETE":
        hint = "the next run deletes the session if it is still there"
    else:
        hint = "the next run compares the session again and sends what still differs"
    return OutcomeUnknownError(
        f"{call.target} was sent and may have been applied, but its outcome is unknown "
        f"({why}); {hint}."
    )


def _outcome_unknown(
    call: _Call, why: str, key: Mapping[str, Any] | None = None
) -> OutcomeUnknownError:
    if key:
        hint = f"a later run will find it by {_describe(key)}"
    else:
        hint = "it has no import_id to look it up by: check the guide in Builder"
    return OutcomeUnknownError(
        f"{call.target} was sent but its outcome is unknown ({why}); {hint}."
    )
