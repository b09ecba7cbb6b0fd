"""The Guidebook client against scripted answers (respx): retries, creates, pages, secrets."""

from __future__ import annotations

import asyncio
import itertools
import json
import logging
import math
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from email.utils import format_datetime
from typing import Any

import httpx
import pytest
import respx

from importer._ratelimit import CEILING_SHARE, MIN_RATE, RECOVERY_SHARE, RateLimiter
from importer.client import (
    BUDGET_429S,
    DEFAULT_BASE_URL,
    FIRST_CONTACT_ATTEMPTS,
    MAX_ATTEMPTS,
    GuidebookClient,
)
from importer.errors import (
    ApiError,
    AuthenticationError,
    BudgetExhaustedError,
    ConfigError,
    FatalApiError,
    GuideNotFoundError,
    NotSentError,
    OutageError,
    OutcomeUnknownError,
    PermissionDeniedError,
    RejectedError,
    SessionNotFoundError,
    TransientError,
)

pytestmark = pytest.mark.anyio

KEY = "sekrit-KEY-9f8e7d6c"
SESSION = {"guide": 1, "name": "Keynote", "start_time": "2026-05-01T14:00:00Z",
           "import_id": "sheet:T1"}
STORED = {"id": 71, **SESSION}


class FakeTime:
    """A clock that moves only when someone sleeps; every sleep is recorded, none is real.

    With `advance=False` time stands still while acquirers sleep, so each recorded sleep
    shows the slot it was given.
    """

    def __init__(self, start: float = 0.0, *, advance: bool = True) -> None:
        self.now = start
        self.advance = advance
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        if self.advance:
            self.now += seconds
        await asyncio.sleep(0)


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime()


@pytest.fixture
def api() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=DEFAULT_BASE_URL, assert_all_called=False) as router:
        yield router


def make_client(fake_time: FakeTime, **options: Any) -> GuidebookClient:
    settings: dict[str, Any] = {"rate": 1000.0, "max_retry_wait": 120.0, **options}
    return GuidebookClient(KEY, sleep=fake_time.sleep, clock=fake_time.clock, **settings)


def page(results: list[dict[str, Any]], next_url: str | None = None,
         count: int | None = None) -> httpx.Response:
    body = {"count": len(results) if count is None else count, "next": next_url,
            "previous": None, "results": results}
    return httpx.Response(200, json=body)


# -- retries -------------------------------------------------------------------------------


async def test_429_then_503_then_201_creates_the_session_once(
    api: respx.MockRouter, fake_time: FakeTime
) -> None:
    post = api.post("sessions/").mock(side_effect=[
        httpx.Response(429), httpx.Response(503), httpx.Response(201, json=STORED)])
    lookup = api.get("sessions/").mock(return_value=page([]))
    async with make_client(fake_time) as client:
        created = await client.create_session(SESSION)
    assert created == STORED
    # The 503 may have stored it: looked up (nothing there) before the third POST.
    assert client.requests_sent == Counter({"POST sessions": 3, "GET sessions": 1})
    assert client.responses == Counter({429: 1, 503: 1, 200: 1, 201: 1})
    assert post.call_count == 3
    # In id order, like every list of sessions: v1 ignores the import_id filter, and the
    # lookup then reads every page while the run's other creates go on.
    assert dict(lookup.calls.last.request.url.params) == {
        "guide": "1", "import_id": "sheet:T1", "ordering": "id"}
    first, second = client.retry_waits
    assert 0 <= first <= 0.5 and 0 <= second <= 1.0  # full jitter in windows 0.5 s, 1 s
    assert [json.loads(call.request.content) for call in post.calls] == [SESSION] * 3


async def test_patch_is_retried_directly_without_a_lookup(
    api: respx.MockRouter, fake_time: FakeTime
) -> None:
    api.patch("sessions/71/").mock(side_effect=[
        httpx.ReadTimeout("slow"), httpx.Response(502), httpx.Response(200, json=STORED)])
    async with make_client(fake_time) as client:
        assert await client.update_session(71, {"name": "Keynote"}) == STORED
    assert client.requests_sent == Counter({"PATCH sessions": 3})
    assert client.transport_errors == Counter({"ReadTimeout": 1})


@pytest.mark.parametrize(
    ("headers", "expected_wait"),
    [
        ({"Retry-After": "7"}, 7.0),
        ({"Retry-After": format_datetime(datetime(2026, 5, 1, 12, 0, 30, tzinfo=UTC), True),
          "Date": format_datetime(datetime(2026, 5, 1, 12, 0, 0, tzinfo=UTC), True)}, 30.0),
        ({"Retry-After": "0"}, 0.0),
        # A date already past (a clock behind, a slow answer): come back now, not before.
        ({"Retry-After": format_datetime(datetime(2026, 5, 1, 11, 59, 50, tzinfo=UTC), True),
          "Date": format_datetime(datetime(2026, 5, 1, 12, 0, 0, tzinfo=UTC), True)}, 0.0),
        # "-0000": UTC, by the RFC; read as a date without a zone.
        ({"Retry-After": "Fri, 01 May 2026 12:00:30 -0000",
          "Date": format_datetime(datetime(2026, 5, 1, 12, 0, 0, tzinfo=UTC), True)}, 30.0),
    ],
    ids=["seconds", "http-date", "zero", "http-date-past", "http-date-no-zone"],
)
async def test_retry_after_is_the_wait(
    api: respx.MockRouter, fake_time: FakeTime, headers: dict[str, str], expected_wait: float
) -> None:
    api.get("guides/1/").mock(side_effect=[
        httpx.Response(429, headers=headers), httpx.Response(200, json={"id": 1})])
    async with make_client(fake_time) as client:
        await client.get_guide(1)
    assert client.retry_waits == [expected_wait]
    assert expected_wait in fake_time.sleeps


async def test_an_unusable_retry_after_falls_back_to_the_backoff(
    api: respx.MockRouter, fake_time: FakeTime
) -> None:
    api.get("guides/1/").mock(side_effect=[
        httpx.Response(429, headers={"Retry-After": "-30"}),
        httpx.Response(503, headers={"Retry-After": "soon"}),
        httpx.Response(200, json={"id": 1})])
    async with make_client(fake_time) as client:
        await client.get_guide(1)
    first, second = client.retry_waits
    assert 0 <= first <= 0.5 and 0 <= second <= 1.0  # full jitter in windows 0.5 s, 1 s


async def test_persistent_429_ends_as_budget_exhausted_within_the_wait_cap(
    api: respx.MockRouter, fake_time: FakeTime
) -> None:
    route = api.get("sessions/").mock(return_value=httpx.Response(429))
    async with make_client(fake_time, max_retry_wait=10.0) as client:
        with pytest.raises(BudgetExhaustedError, match="budget exhausted") as caught:
            await client.list_sessions(1)
        assert sum(client.retry_waits) <= 10.0
        assert route.call_count == len(client.retry_waits) + 1 <= MAX_ATTEMPTS
        assert caught.value.exit_code == 3
        # Spent is spent: the next call does not send anything.
        with pytest.raises(BudgetExhaustedError):
            await client.get_guide(1)
    assert client.requests_sent == Counter({"GET sessions": route.call_count})


async def test_ten_429s_in_a_row_without_retry_after_mean_the_budget_is_spent(
    api: respx.MockRouter, fake_time: FakeTime
) -> None:
    """As the README says: nine 429s and then an answer are ridden out; the tenth in a row
    is the daily budget (and one request is tried ten times at most)."""
    api.get("guides/1/").mock(side_effect=[*[httpx.Response(429)] * 9,
                                           httpx.Response(200, json={"id": 1})])
    api.get("guides/2/").mock(return_value=httpx.Response(429))
    async with make_client(fake_time, max_retry_wait=10_000.0) as client:
        assert await client.get_guide(1) == {"id": 1}
        with pytest.raises(BudgetExhaustedError) as caught:
            await client.get_guide(2)
    assert str(caught.value) == (
        "Daily request budget exhausted: GET guides/2/ got HTTP 429 after 10 attempts "
        "(HTTP 429 to the last 10 requests in a row). Run again later, once the day's budget "
        "has reset.")
    assert client.requests_sent == Counter({"GET guides": 20})


async def test_429s_of_concurrent_requests_are_pooled_into_one_budget_verdict(
    api: respx.MockRouter,
) -> None:
    """Four workers hitting a spent budget learn it from ten 429s in all, not ten each."""
    still = FakeTime(advance=False)  # every request is sent after the one before came back
    api.get(url__regex=r"guides/\d+/").mock(return_value=httpx.Response(429))
    async with make_client(still) as client:
        raised = await asyncio.gather(*(client.get_guide(n) for n in range(4)),
                                      return_exceptions=True)
    assert [type(exc) for exc in raised] == [BudgetExhaustedError] * 4
    assert client.requests_sent == Counter({"GET guides": BUDGET_429S})
    assert (f"(HTTP 429 to the last {BUDGET_429S} requests in a row)"
            in " ".join(map(str, raised)))


async def test_one_request_unlucky_with_429s_while_others_get_through_is_not_a_spent_budget(
    api: respx.MockRouter, fake_time: FakeTime
) -> None:
    """Under bursts of 429s one request of thousands can get a 429 on every attempt while
    the requests around it get through: the budget is not spent, only that request fails."""
    api.get("guides/1/").mock(return_value=httpx.Response(429))
    others = api.get("guides/2/").mock(return_value=httpx.Response(200, json={"id": 2}))
    unlucky_done = asyncio.Event()

    async def others_meanwhile(client: GuidebookClient) -> None:
        while not unlucky_done.is_set():
            await client.get_guide(2)

    async def unlucky(client: GuidebookClient) -> None:
        try:
            await client.get_guide(1)
        finally:
            unlucky_done.set()

    async with make_client(fake_time, max_retry_wait=10_000.0) as client:  # attempts end it
        raised = await asyncio.gather(unlucky(client), others_meanwhile(client),
                                      return_exceptions=True)
        assert [type(exc) for exc in raised] == [OutageError, type(None)]
        assert str(raised[0]) == (f"Guidebook kept failing: GET guides/1/ got HTTP 429 after "
                                  f"{MAX_ATTEMPTS} attempts. Try again later.")
        before = others.call_count
        assert await client.get_guide(2) == {"id": 2}  # the run goes on
    assert others.call_count == before + 1


async def test_429s_broken_by_the_requests_own_503_still_end_as_the_budget(
    api: respx.MockRouter, fake_time: FakeTime
) -> None:
    """A 503 between its 429s is no sign that anyone got through: nothing else was sent,
    and a 429 ended its tries, so the budget is spent (exit 3, rows deferred), not a failure
    of Guidebook."""
    api.get("guides/1/").mock(side_effect=[
        httpx.Response(429), httpx.Response(503), *[httpx.Response(429)] * 8])
    async with make_client(fake_time, max_retry_wait=10_000.0) as client:
        with pytest.raises(BudgetExhaustedError) as caught:
            await client.get_guide(1)
    assert str(caught.value) == (
        "Daily request budget exhausted: GET guides/1/ got HTTP 429 after 10 attempts. "
        "Run again later, once the day's budget has reset.")
    assert client.requests_sent == Counter({"GET guides": 10})


async def test_a_spent_budget_cuts_short_the_retry_waits_of_other_requests(
    api: respx.MockRouter, fake_time: FakeTime
) -> None:
    """A request waiting out a long Retry-After ends as soon as the budget is known spent."""
    api.get("guides/1/").mock(return_value=httpx.Response(503, headers={"Retry-After": "100"}))
    api.get("sessions/").mock(return_value=httpx.Response(429))
    released = asyncio.Event()
    cut_short: list[float] = []

    async def sleep(seconds: float) -> None:
        if seconds < 100:
            await fake_time.sleep(seconds)
            return
        try:
            await released.wait()  # a long wait: over when released, unless cut short
        except asyncio.CancelledError:
            cut_short.append(seconds)
            raise

    async def list_then_release(client: GuidebookClient) -> None:
        try:
            await client.list_sessions(1)
        finally:
            for _ in range(5):  # a few turns of the loop for the other request to wake
                await asyncio.sleep(0)
            released.set()

    client = GuidebookClient(KEY, rate=1000.0, sleep=sleep, clock=fake_time.clock)
    async with client:
        raised = await asyncio.gather(client.get_guide(1), list_then_release(client),
                                      return_exceptions=True)
    assert [type(exc) for exc in raised] == [BudgetExhaustedError] * 2
    assert cut_short == [100.0]
    assert client.requests_sent["GET guides"] == 1


async def test_a_request_answered_after_the_budget_is_spent_ends_with_the_budget(
    fake_time: FakeTime,
) -> None:
    """In flight while another request's 429s spent the budget, then answered 503: the
    budget stopped it, not Guidebook failing (a row deferred, not failed)."""
    spent = asyncio.Event()

    async def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/guides/1/"):
            await spent.wait()
            return httpx.Response(503)
        return httpx.Response(429)

    async def list_then_release(client: GuidebookClient) -> None:
        try:
            await client.list_sessions(1)
        finally:
            spent.set()

    client = make_client(fake_time, transport=httpx.MockTransport(answer))
    async with client:
        raised = await asyncio.gather(client.get_guide(1), list_then_release(client),
                                      return_exceptions=True)
    assert [type(exc) for exc in raised] == [BudgetExhaustedError] * 2
    assert str(raised[0]) == (
        "Daily request budget exhausted: GET guides/1/ got HTTP 503 after 1 attempt. Run "
        "again later, once the day's budget has reset.")


async def test_a_stop_ends_the_wait_for_a_send_slot_and_sends_nothing_more(
    api: respx.MockRouter, fake_time: FakeTime
) -> None:
    """SIGTERM while every request waits out a long Retry-After: none of them is sent."""
    api.get(url__regex=r"guides/\d+/").mock(
        return_value=httpx.Response(429, headers={"Retry-After": "100"}))
    released = asyncio.Event()
    cut_short: list[float] = []

    async def sleep(seconds: float) -> None:
        if seconds < 50:
            await fake_time.sleep(seconds)
            return
        try:
            await released.wait()
        except asyncio.CancelledError:
            cut_short.append(round(seconds))
            raise

    client = GuidebookClient(KEY, rate=1000.0, sleep=sleep, clock=fake_time.clock)

    async def stop_then_release() -> None:
        for _ in range(5):  # both requests are waiting by then
            await asyncio.sleep(0)
        client.stop_retrying()
        for _ in range(5):
            await asyncio.sleep(0)
        released.set()

    async with client:
        raised = await asyncio.gather(client.get_guide(1), client.get_guide(2),
                                      stop_then_release(), return_exceptions=True)
    assert [type(exc) for exc in raised] == [TransientError, NotSentError, type(None)]
    assert str(raised[1]) == "GET guides/2/ not sent: the run was interrupted"
    assert client.requests_sent == Counter({"GET guides": 1})
    assert cut_short == [100, 100]


async def test_429s_with_retry_after_are_a_rate_limit_not_the_budget(
    api: respx.MockRouter, fake_time: FakeTime
) -> None:
    """Each of many requests told "come back in 1 s" once still gets through."""
    answers = itertools.cycle([httpx.Response(429, headers={"Retry-After": "1"}),
                               httpx.Response(200, json={"id": 1})])
    api.get(url__regex=r"guides/\d+/").mock(side_effect=lambda request: next(answers))
    async with make_client(fake_time) as client:
        await asyncio.gather(*(client.get_guide(n) for n in range(2 * BUDGET_429S)))
    assert client.responses == Counter({429: 2 * BUDGET_429S, 200: 2 * BUDGET_429S})


async def test_streaks_of_429_short_of_the_budget_are_ridden_out(
    api: respx.MockRouter, fake_time: FakeTime
) -> None:
    """Nine 429s in a row, then an answer, three times over: 27 in the run but never ten in
    a row, so the budget is not taken for spent."""
    answers = itertools.cycle([httpx.Response(429)] * (BUDGET_429S - 1)
                              + [httpx.Response(200, json={"id": 1})])
    api.get(url__regex=r"guides/\d+/").mock(side_effect=lambda request: next(answers))
    async with make_client(fake_time, max_retry_wait=1000.0) as client:
        for number in range(3):
            await client.get_guide(number)
    assert client.responses == Counter({429: 3 * (BUDGET_429S - 1), 200: 3})


async def test_429s_with_retry_after_in_a_row_are_no_budget_verdict(
    api: respx.MockRouter,
) -> None:
    """Two requests told "come back in 1 s" twelve times between them, no answer between,
    each sent after the one before came back."""
    answers = itertools.chain([httpx.Response(429, headers={"Retry-After": "1"})] * 12,
                              itertools.repeat(httpx.Response(200, json={"id": 1})))
    api.get(url__regex=r"guides/\d+/").mock(side_effect=lambda request: next(answers))
    async with make_client(FakeTime(advance=False), max_retry_wait=1000.0) as client:
        await asyncio.gather(client.get_guide(1), client.get_guide(2))
    assert client.responses == Counter({429: 12, 200: 2})


async def test_a_burst_answered_429_together_is_one_sign_not_the_budget(
    fake_time: FakeTime,
) -> None:
    """Twelve requests in flight at once all get 429: they count once, and their retries go
    through."""
    arrived: list[httpx.Request] = []
    all_in = asyncio.Event()

    async def answer(request: httpx.Request) -> httpx.Response:
        if len(arrived) >= 12:
            return httpx.Response(200, json={"id": 1})
        arrived.append(request)
        if len(arrived) == 12:
            all_in.set()
            for _ in range(5):  # answered last: the first sent is answered first
                await asyncio.sleep(0)
        await all_in.wait()
        return httpx.Response(429)

    client = make_client(fake_time, max_retry_wait=1000.0, concurrency=12,
                         transport=httpx.MockTransport(answer))
    async with client:
        await asyncio.gather(*(client.get_guide(n) for n in range(12)))
    assert client.responses == Counter({429: 12, 200: 12})


async def test_an_update_maybe_applied_before_the_budget_ran_out_was_sent(
    api: respx.MockRouter, fake_time: FakeTime
) -> None:
    """Answered 503 (maybe carried out), then 429 to the end: the budget error says the
    update was sent, so the row is reported unchecked, not as not sent."""
    api.patch("sessions/7/").mock(side_effect=[
        httpx.Response(503), *[httpx.Response(429)] * (MAX_ATTEMPTS - 1)])
    async with make_client(fake_time, max_retry_wait=1000.0) as client:
        with pytest.raises(BudgetExhaustedError) as caught:
            await client.update_session(7, {"name": "Keynote"})
    assert (caught.value.sent, str(caught.value)) == (True, (
        f"Daily request budget exhausted: PATCH sessions/7/ got HTTP 429 after {MAX_ATTEMPTS} "
        "attempts. Run again later, once the day's budget has reset."))


async def test_an_update_maybe_applied_then_stopped_by_a_budget_others_spent_was_sent(
    api: respx.MockRouter, fake_time: FakeTime
) -> None:
    """The update answered 503 waits out its Retry-After while a list spends the budget: its
    wait is cut short, and its error still says it was sent."""
    api.patch("sessions/7/").mock(
        return_value=httpx.Response(503, headers={"Retry-After": "100"}))
    api.get("sessions/").mock(return_value=httpx.Response(429))
    released = asyncio.Event()

    async def sleep(seconds: float) -> None:
        if seconds < 100:
            await fake_time.sleep(seconds)
        else:
            await released.wait()

    async def list_then_release(client: GuidebookClient) -> None:
        try:
            await client.list_sessions(1)
        finally:
            for _ in range(5):  # a few turns of the loop for the update to wake
                await asyncio.sleep(0)
            released.set()

    client = GuidebookClient(KEY, rate=1000.0, sleep=sleep, clock=fake_time.clock)
    async with client:
        raised = await asyncio.gather(client.update_session(7, {"name": "Keynote"}),
                                      list_then_release(client), return_exceptions=True)
    assert [(type(exc), getattr(exc, "sent", None)) for exc in raised] == [
        (BudgetExhaustedError, True), (BudgetExhaustedError, False)]
    assert client.requests_sent["PATCH sessions"] == 1


async def test_a_retry_after_beyond_the_cap_stops_at_once(
    api: respx.MockRouter, fake_time: FakeTime
) -> None:
    api.get("guides/1/").mock(return_value=httpx.Response(429, headers={"Retry-After": "3600"}))
    async with make_client(fake_time, max_retry_wait=120.0) as client:
        with pytest.raises(BudgetExhaustedError):
            await client.get_guide(1)
    assert client.retry_waits == []
    assert client.requests_sent == Counter({"GET guides": 1})


@pytest.mark.parametrize(
    ("failure", "message"),
    [(httpx.Response(503), "Guidebook kept failing"),
     (httpx.ConnectTimeout("slow"), "Guidebook kept failing"),
     (httpx.ConnectError("refused"), "Could not connect to the API URL")],
    ids=["503", "connect-timeout", "connect-error"])
async def test_persistent_failure_ends_as_transient_error(
    api: respx.MockRouter, fake_time: FakeTime, failure: Any, message: str
) -> None:
    route = api.get("guides/1/").mock(side_effect=[failure] * 50)
    async with make_client(fake_time, max_retry_wait=30.0) as client:
        with pytest.raises(TransientError, match=message):
            await client.get_guide(1)
    assert sum(client.retry_waits) <= 30.0
    assert route.call_count == len(client.retry_waits) + 1 <= MAX_ATTEMPTS


@pytest.mark.parametrize(
    ("method", "hint"),
    [("PATCH", "the next run compares the session again and sends what still differs"),
     ("DELETE", "the next run deletes the session if it is still there")])
async def test_an_update_or_delete_that_may_have_been_applied_says_so(
    api: respx.MockRouter, fake_time: FakeTime, method: str, hint: str
) -> None:
    """Answered 503 (maybe carried out), then out of reach until the retries end."""
    api.route(method=method, path__regex=r".*/sessions/7/$").mock(side_effect=[
        httpx.Response(503), *[httpx.ConnectTimeout("slow")] * (MAX_ATTEMPTS - 1)])
    async with make_client(fake_time) as client:
        with pytest.raises(OutcomeUnknownError) as caught:
            if method == "PATCH":
                await client.update_session(7, {"name": "Keynote"})
            else:
                await client.delete_session(7)
    assert str(caught.value) == (
        f"{method} sessions/7/ was sent and may have been applied, but its outcome is unknown "
        f"(ConnectTimeout after {MAX_ATTEMPTS} attempts); {hint}.")


async def test_an_update_answered_503_when_the_run_is_interrupted_may_have_been_applied(
    api: respx.MockRouter, fake_time: FakeTime
) -> None:
    async with make_client(fake_time) as client:
        def answer(request: httpx.Request) -> httpx.Response:
            client.stop_retrying()  # SIGTERM while the PATCH is answered
            return httpx.Response(503)

        api.patch("sessions/7/").mock(side_effect=answer)
        with pytest.raises(OutcomeUnknownError) as caught:
            await client.update_session(7, {"name": "Keynote"})
    assert str(caught.value) == (
        "PATCH sessions/7/ was sent and may have been applied, but its outcome is unknown "
        "(PATCH sessions/7/ got HTTP 503 and was not retried: the run was interrupted); the "
        "next run compares the session again and sends what still differs.")


async def test_a_refused_connection_names_the_api_url_to_check(fake_time: FakeTime) -> None:
    # Refused before any answer this run: a typo in the port is the likelier cause, so a few
    # tries (a server may be restarting), not the minute or two that ride out an outage.
    base = "http://127.0.0.1:18999/open-api/v1.1/"
    with respx.mock(base_url=base) as router:
        route = router.get("guides/1/").mock(side_effect=httpx.ConnectError("refused"))
        async with make_client(fake_time, base_url=base, max_retry_wait=30.0) as client:
            with pytest.raises(TransientError) as caught:
                await client.get_guide(1)
    assert str(caught.value) == (
        f"Could not connect to the API URL {base}: GET guides/1/ got ConnectError after "
        f"{route.call_count} attempts. Check the API URL (a wrong host or port is the likely "
        "cause); if it is right, try again later."
    )
    # The retry waits, not every sleep: after a jittered wait shorter than the rate
    # limiter's spacing, the limiter sleeps too.
    assert (route.call_count, len(client.retry_waits)) == (FIRST_CONTACT_ATTEMPTS, 2)


async def test_a_refused_connection_leaves_no_key_in_the_error_it_is_chained_to(
    fake_time: FakeTime
) -> None:
    # A program that logs the failure's cause, request headers and all, must not log the key.
    base = "http://127.0.0.1:18999/open-api/v1.1/"
    with respx.mock(base_url=base) as router:
        router.get("guides/1/").mock(side_effect=httpx.ConnectError("refused"))
        async with make_client(fake_time, base_url=base, max_retry_wait=30.0) as client:
            with pytest.raises(TransientError) as caught:
                await client.get_guide(1)
    cause = caught.value.__cause__
    assert isinstance(cause, httpx.ConnectError)
    assert dict(cause.request.headers)["authorization"] == "JWT [redacted]"


async def test_connections_refused_after_the_service_answered_are_retried_longer(
    fake_time: FakeTime
) -> None:
    """Mid-run, the same refusal is an outage or a restart: ridden out as any other."""
    base = "http://127.0.0.1:18999/open-api/v1.1/"
    with respx.mock(base_url=base) as router:
        router.get("guides/1/").mock(return_value=httpx.Response(200, json={"id": 1}))
        route = router.get("guides/2/").mock(side_effect=[httpx.ConnectError("refused")] * 6
                                              + [httpx.Response(200, json={"id": 2})])
        async with make_client(fake_time, base_url=base, max_retry_wait=120.0) as client:
            await client.get_guide(1)
            assert await client.get_guide(2) == {"id": 2}
    assert route.call_count == 7


# -- outcomes that are not retried ----------------------------------------------------------


async def test_400_keeps_the_field_messages(api: respx.MockRouter, fake_time: FakeTime) -> None:
    errors = {"name": ["This field is required."], "start_time": ["Invalid datetime."]}
    api.post("sessions/").mock(return_value=httpx.Response(400, json=errors))
    async with make_client(fake_time) as client:
        with pytest.raises(RejectedError) as caught:
            await client.create_session({"guide": 1})
    assert (caught.value.status, caught.value.field_errors) == (400, errors)
    assert "name: This field is required." in str(caught.value)
    assert client.requests_sent == Counter({"POST sessions": 1})


async def test_a_400_that_is_not_json_is_still_a_rejection(
    api: respx.MockRouter, fake_time: FakeTime
) -> None:
    api.post("sessions/").mock(return_value=httpx.Response(400, text="<h1>Bad Request</h1>"))
    async with make_client(fake_time) as client:
        with pytest.raises(RejectedError) as caught:
            await client.create_session({"guide": 1})
    assert caught.value.field_errors == {"non_field_errors": ["<h1>Bad Request</h1>"]}


@pytest.mark.parametrize(
    ("body", "field_errors"),
    [({"text": ""}, {"non_field_errors": ["Bad Request"]}),
     ({"json": ["Start must be before end."]},
      {"non_field_errors": ["Start must be before end."]}),
     ({"text": "x" * 300}, {"non_field_errors": ["x" * 200]})],
    ids=["empty", "a-list", "long-text"])
async def test_a_400_of_any_body_names_what_guidebook_said(
    api: respx.MockRouter, fake_time: FakeTime, body: dict[str, Any],
    field_errors: dict[str, list[str]]
) -> None:
    """An empty body falls back to the status's reason, a bare list of messages is kept as
    messages, and a long page of text is cut to 200 characters."""
    api.post("sessions/").mock(return_value=httpx.Response(400, **body))
    async with make_client(fake_time) as client:
        with pytest.raises(RejectedError) as caught:
            await client.create_session({"guide": 1})
    assert caught.value.field_errors == field_errors
    assert str(caught.value) == (
        "Guidebook refused POST sessions/ (HTTP 400): non_field_errors: "
        f"{field_errors['non_field_errors'][0]}")


async def test_an_object_answered_with_a_list_stops_the_run(
    api: respx.MockRouter, fake_time: FakeTime
) -> None:
    """A wrong API URL can answer a list where the guide should be."""
    api.get("guides/1/").mock(return_value=httpx.Response(200, json=[{"id": 1}]))
    async with make_client(fake_time) as client:
        with pytest.raises(FatalApiError) as caught:
            await client.get_guide(1)
    assert str(caught.value) == "GET guides/1/ answered with a list, not an object."


@pytest.mark.parametrize(
    ("status", "error"),
    [(401, AuthenticationError), (403, PermissionDeniedError), (404, GuideNotFoundError),
     (405, FatalApiError), (301, FatalApiError), (501, FatalApiError), (409, RejectedError)],
)
async def test_statuses_that_are_never_retried(
    api: respx.MockRouter, fake_time: FakeTime, status: int, error: type[ApiError]
) -> None:
    api.get("guides/1/").mock(return_value=httpx.Response(status, json={"detail": "no"}))
    async with make_client(fake_time) as client:
        with pytest.raises(error) as caught:
            await client.get_guide(1)
    assert type(caught.value) is error
    assert caught.value.status == status
    assert client.requests_sent == Counter({"GET guides": 1})
    assert client.retry_waits == []


async def test_404_on_a_session_is_a_row_problem(
    api: respx.MockRouter, fake_time: FakeTime
) -> None:
    api.patch("sessions/71/").mock(return_value=httpx.Response(404, json={"detail": "Not found."}))
    async with make_client(fake_time) as client:
        with pytest.raises(SessionNotFoundError) as caught:
            await client.update_session(71, {"name": "x"})
    assert (caught.value.session_id, caught.value.status) == (71, 404)
    assert isinstance(caught.value, RejectedError)
    assert caught.value.field_errors == {"id": ["session not found"]}


async def test_delete_answers_204_and_a_404_counts_as_already_deleted(
    api: respx.MockRouter, fake_time: FakeTime, caplog: pytest.LogCaptureFixture
) -> None:
    api.delete("sessions/71/").mock(return_value=httpx.Response(204))
    api.delete("sessions/72/").mock(return_value=httpx.Response(404))
    caplog.set_level(logging.INFO, logger="importer.client")
    async with make_client(fake_time) as client:
        await client.delete_session(71)
        await client.delete_session(72)  # no error: already gone is done
    assert client.requests_sent == Counter({"DELETE sessions": 2})
    assert "session 72 was already gone" in caplog.messages


# -- creates whose outcome is unknown --------------------------------------------------------

UNKNOWN_OUTCOMES = [httpx.ReadTimeout("read timed out"), httpx.Response(502),
                    httpx.RemoteProtocolError("Server disconnected without sending a response.")]
UNKNOWN_IDS = ["read-timeout", "502", "dropped"]


@pytest.mark.parametrize("failure", UNKNOWN_OUTCOMES, ids=UNKNOWN_IDS)
async def test_unknown_create_found_by_import_id_is_not_sent_again(
    api: respx.MockRouter, fake_time: FakeTime, failure: Any
) -> None:
    api.post("sessions/").mock(side_effect=[failure, httpx.Response(201, json={"id": 99})])
    api.get("sessions/").mock(return_value=page([STORED]))
    async with make_client(fake_time) as client:
        created = await client.create_session(SESSION)
    assert created == STORED
    assert client.requests_sent == Counter({"POST sessions": 1, "GET sessions": 1})


@pytest.mark.parametrize("failure", UNKNOWN_OUTCOMES, ids=UNKNOWN_IDS)
async def test_unknown_create_not_found_is_sent_once_more(
    api: respx.MockRouter, fake_time: FakeTime, failure: Any
) -> None:
    api.post("sessions/").mock(side_effect=[failure, httpx.Response(201, json=STORED)])
    # A v1 service ignores the import_id filter: another session's import_id is no match.
    other = {"id": 5, "guide": 1, "name": "Other", "import_id": "sheet:T9"}
    api.get("sessions/").mock(return_value=page([other]))
    async with make_client(fake_time) as client:
        created = await client.create_session(SESSION)
    assert created == STORED
    assert client.requests_sent == Counter({"POST sessions": 2, "GET sessions": 1})


@pytest.mark.parametrize("failure", UNKNOWN_OUTCOMES, ids=UNKNOWN_IDS)
async def test_unknown_create_without_import_id_is_never_sent_again(
    api: respx.MockRouter, fake_time: FakeTime, failure: Any
) -> None:
    api.post("sessions/").mock(side_effect=[failure, httpx.Response(201, json=STORED)])
    data = {key: value for key, value in SESSION.items() if key != "import_id"}
    async with make_client(fake_time) as client:
        with pytest.raises(OutcomeUnknownError, match="outcome is unknown"):
            await client.create_session(data)
    assert client.requests_sent == Counter({"POST sessions": 1})


V1_URL = "https://builder.guidebook.com/open-api/v1/"


def v1_sessions(stored: list[dict[str, Any]], *, sorts: bool = True) -> Any:
    """A v1 session list, two per page: no import_id filter; `ordering=-id` honoured
    unless `sorts` is False."""

    def answer(request: httpx.Request) -> httpx.Response:
        number = int(request.url.params.get("page", "1"))
        newest_first = sorts and request.url.params.get("ordering") == "-id"
        ordered = sorted(stored, key=lambda s: -s["id"] if newest_first else s["id"])
        following = request.url.copy_set_param("page", number + 1)
        more = 2 * number < len(ordered)
        return page(ordered[2 * number - 2:2 * number], str(following) if more else None,
                    count=len(ordered))

    return answer


@pytest.mark.parametrize("sorts", [True, False], ids=["newest-first", "ordering-ignored"])
async def test_a_v1_lookup_reads_only_the_sessions_newer_than_the_plan(
    fake_time: FakeTime, sorts: bool
) -> None:
    """v1 has no import_id filter: a lost create is looked for newest first, down to the
    newest session the run had seen before sending it (ids only grow). A service that does
    not sort so gets the whole list read, as before."""
    stored = [{"id": n, "guide": 1, "name": f"S{n}", "import_id": f"sheet:S{n}"}
              for n in range(1, 7)]
    with respx.mock(base_url=V1_URL, assert_all_called=False) as api:
        listing = api.get("sessions/").mock(side_effect=v1_sessions(stored[:4]))
        async with GuidebookClient(KEY, V1_URL, rate=1000.0, sleep=fake_time.sleep,
                                   clock=fake_time.clock) as client:
            assert len(await client.list_sessions(1)) == 4
            # Sessions 5 and 6 are made meanwhile (by this run's other creates).
            listing.mock(side_effect=v1_sessions(stored, sorts=sorts))
            api.post("sessions/").mock(side_effect=[
                httpx.Response(503), httpx.Response(201, json={"id": 7, **SESSION})])
            assert (await client.create_session(SESSION))["id"] == 7
    # Newest first: [6, 5] and [4, 3], as 4 is the newest the run saw before sending. Not
    # sorted so: the first page, then the whole list.
    pages_read = 2 if sorts else 4
    assert client.requests_sent == Counter({"GET sessions": 2 + pages_read, "POST sessions": 2})


async def test_a_create_looked_up_and_not_found_is_not_looked_up_again_after_a_429(
    api: respx.MockRouter, fake_time: FakeTime
) -> None:
    """503 (maybe stored), a lookup finds nothing, the POST sent again gets 429 (surely
    nothing stored): the third POST goes without another lookup."""
    api.post("sessions/").mock(side_effect=[
        httpx.Response(503), httpx.Response(429), httpx.Response(201, json=STORED)])
    api.get("sessions/").mock(return_value=page([]))
    async with make_client(fake_time) as client:
        assert await client.create_session(SESSION) == STORED
    assert client.requests_sent == Counter({"POST sessions": 3, "GET sessions": 1})


async def test_a_lost_create_found_twice_is_taken_as_the_lowest_id(
    api: respx.MockRouter, fake_time: FakeTime, caplog: pytest.LogCaptureFixture
) -> None:
    """A copy already in the guide (from another tool, say): the lookup answers both, in id
    order, and the create is taken as the lowest, the one a plan keeps."""
    api.post("sessions/").mock(side_effect=[httpx.Response(502)])
    api.get("sessions/").mock(return_value=page([STORED, {**STORED, "id": 90}]))
    async with make_client(fake_time) as client:
        with caplog.at_level(logging.WARNING, logger="importer.client"):
            assert await client.create_session(SESSION) == STORED
    assert [r.getMessage() for r in caplog.records] == ["2 sessions match import_id 'sheet:T1'"]
    assert client.requests_sent == Counter({"POST sessions": 1, "GET sessions": 1})


async def test_a_v1_lookup_takes_a_page_pushed_down_by_a_create_meanwhile(
    fake_time: FakeTime
) -> None:
    """A session created between two pages of a newest-first read pushes the list down by
    one: the second page starts with the last of the first. Still newest first: the
    lookup goes on down to the newest session seen, and does not fall back to every page."""
    stored = [{"id": n, "guide": 1, "name": f"S{n}", "import_id": f"sheet:S{n}"}
              for n in range(1, 8)]
    with respx.mock(base_url=V1_URL, assert_all_called=False) as api:
        listing = api.get("sessions/").mock(side_effect=v1_sessions(stored[:4]))
        async with GuidebookClient(KEY, V1_URL, rate=1000.0, sleep=fake_time.sleep,
                                   clock=fake_time.clock) as client:
            assert len(await client.list_sessions(1)) == 4
            # Sessions 5 and 6 are made meanwhile, and 7 right after the first page is read.
            before, after = v1_sessions(stored[:6]), v1_sessions(stored)
            answers = itertools.chain([before], itertools.repeat(after))
            listing.mock(side_effect=lambda request: next(answers)(request))
            api.post("sessions/").mock(side_effect=[
                httpx.Response(503), httpx.Response(201, json={"id": 8, **SESSION})])
            assert (await client.create_session(SESSION))["id"] == 8
    # The plan's 2 pages; then [6, 5] and [5, 4], down to 4, the newest the plan saw.
    assert client.requests_sent == Counter({"GET sessions": 4, "POST sessions": 2})


async def test_a_v1_lookup_ends_on_the_page_that_finds_the_create(fake_time: FakeTime) -> None:
    """The lost create is session 6, on the first page read newest first: the pages down to
    4 (the newest the plan saw) are not read."""
    stored = [{"id": n, "guide": 1, "name": f"S{n}", "import_id": f"sheet:S{n}"}
              for n in range(1, 6)]
    with respx.mock(base_url=V1_URL, assert_all_called=False) as api:
        listing = api.get("sessions/").mock(side_effect=v1_sessions(stored[:4]))
        async with GuidebookClient(KEY, V1_URL, rate=1000.0, sleep=fake_time.sleep,
                                   clock=fake_time.clock) as client:
            assert len(await client.list_sessions(1)) == 4
            listing.mock(side_effect=v1_sessions([*stored, {"id": 6, **SESSION}]))
            api.post("sessions/").mock(side_effect=[httpx.Response(504)])
            assert await client.create_session(SESSION) == {"id": 6, **SESSION}
    assert client.requests_sent == Counter({"GET sessions": 3, "POST sessions": 1})


@pytest.mark.parametrize(
    ("lost_create_stored", "gets", "posts"),
    [(False, 1, 3), (True, 1, 2)], ids=["not-stored", "stored"])
async def test_a_v1_lookup_stops_at_the_newest_session_this_run_created(
    fake_time: FakeTime, lost_create_stored: bool, gets: int, posts: int
) -> None:
    """The run's own creates count as seen: after creating session 5, a create whose answer
    is lost looks at no page past the one reaching 5."""
    stored = [{"id": n, "guide": 1, "name": f"S{n}", "import_id": f"sheet:S{n}"}
              for n in range(1, 5)]
    with respx.mock(base_url=V1_URL, assert_all_called=False) as api:
        listing = api.get("sessions/").mock(side_effect=v1_sessions(stored))
        async with GuidebookClient(KEY, V1_URL, rate=1000.0, sleep=fake_time.sleep,
                                   clock=fake_time.clock) as client:
            assert len(await client.list_sessions(1)) == 4
            fifth = {"id": 5, "guide": 1, "name": "S5", "import_id": "sheet:S5"}
            api.post("sessions/").mock(side_effect=[httpx.Response(201, json=fifth)])
            assert await client.create_session(fifth) == fifth
            # Session 6 is the lost create's (or, not stored, someone else's).
            sixth = {"id": 6, **SESSION} if lost_create_stored else {
                "id": 6, "guide": 1, "name": "S6", "import_id": "sheet:S6"}
            listing.mock(side_effect=v1_sessions([*stored, fifth, sixth]))
            api.post("sessions/").mock(side_effect=[
                httpx.Response(503), httpx.Response(201, json={"id": 7, **SESSION})])
            created = await client.create_session(SESSION)
    assert created["id"] == (6 if lost_create_stored else 7)
    # Two pages of the plan's read, then the lookup's first page only: [6, 5].
    assert client.requests_sent == Counter({"GET sessions": 2 + gets, "POST sessions": posts})


@pytest.mark.parametrize(
    ("failure", "spent"),
    [(httpx.ConnectError("refused"), 1), (httpx.Response(429), 2), (httpx.Response(408), 2)],
    ids=["connect-error", "429", "408"])
async def test_a_create_that_surely_wrote_nothing_is_sent_again_directly(
    api: respx.MockRouter, fake_time: FakeTime, failure: Any, spent: int
) -> None:
    """No lookup in between; a refused connection reached nothing, so it spent nothing."""
    api.post("sessions/").mock(side_effect=[failure, httpx.Response(201, json=STORED)])
    async with make_client(fake_time) as client:
        assert await client.create_session({"guide": 1, "name": "No id"}) == STORED
    assert client.requests_sent == Counter({"POST sessions": spent})
    assert api.calls.call_count == 2


async def test_unknown_track_create_is_looked_up_by_name(
    api: respx.MockRouter, fake_time: FakeTime
) -> None:
    api.post("schedule-tracks/").mock(side_effect=[httpx.Response(504)])
    stored = {"id": 3, "guide": 1, "name": "Python", "color": "#000080"}
    api.get("schedule-tracks/").mock(return_value=page([stored]))
    async with make_client(fake_time) as client:
        assert await client.create_track(1, "Python", color="#000080") == stored
    assert client.requests_sent == Counter({"POST schedule-tracks": 1, "GET schedule-tracks": 1})


async def test_create_whose_outcome_stays_unknown_is_reported_as_such(
    api: respx.MockRouter, fake_time: FakeTime
) -> None:
    api.post("sessions/").mock(return_value=httpx.Response(503))
    api.get("sessions/").mock(return_value=page([]))
    async with make_client(fake_time, max_retry_wait=5.0) as client:
        with pytest.raises(OutcomeUnknownError, match="import_id 'sheet:T1'"):
            await client.create_session(SESSION)
    # Every POST after the first was preceded by a lookup that found nothing.
    posts = client.requests_sent["POST sessions"]
    assert client.requests_sent == Counter({"POST sessions": posts, "GET sessions": posts - 1})
    assert 2 <= posts <= MAX_ATTEMPTS


async def test_a_create_whose_lookup_fails_too_says_so(
    api: respx.MockRouter, fake_time: FakeTime
) -> None:
    api.post("sessions/").mock(side_effect=[httpx.Response(502)])
    api.get("sessions/").mock(return_value=httpx.Response(503))
    async with make_client(fake_time, max_retry_wait=10_000.0) as client:
        with pytest.raises(OutcomeUnknownError) as caught:
            await client.create_session(SESSION)
    assert str(caught.value) == (
        "POST sessions/ was sent but its outcome is unknown (the lookup failed too); a later "
        "run will find it by import_id 'sheet:T1'.")
    assert client.requests_sent == Counter({"POST sessions": 1, "GET sessions": MAX_ATTEMPTS})


# -- bodies ---------------------------------------------------------------------------------


async def test_bodies_are_json_and_multipart_with_an_image(
    api: respx.MockRouter, fake_time: FakeTime
) -> None:
    route = api.post("sessions/").mock(return_value=httpx.Response(201, json=STORED))
    data = {"guide": 1, "name": "Keynote", "locations": [3, 4], "all_day": False}
    async with make_client(fake_time) as client:
        await client.create_session(data)
        await client.create_session(data, image=("talk.png", b"\x89PNG-bytes", "image/png"))
    as_json, as_form = (call.request for call in route.calls)
    assert as_json.headers["Content-Type"] == "application/json"
    assert json.loads(as_json.content) == data
    assert as_form.headers["Content-Type"].startswith("multipart/form-data")
    body = as_form.content
    assert body.count(b'name="locations"\r\n\r\n') == 2
    assert b'name="locations"\r\n\r\n3\r\n' in body and b'name="locations"\r\n\r\n4\r\n' in body
    assert b'name="all_day"\r\n\r\nfalse\r\n' in body
    assert b'filename="talk.png"\r\nContent-Type: image/png\r\n\r\n\x89PNG-bytes' in body


# -- pages ----------------------------------------------------------------------------------


async def test_pages_after_the_first_are_fetched_concurrently_and_kept_in_order(
    api: respx.MockRouter, fake_time: FakeTime
) -> None:
    sessions = [{"id": n} for n in range(230)]
    events: list[tuple[str, int]] = []
    in_flight = 0
    most_in_flight = 0

    async def answer(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, most_in_flight
        number = int(request.url.params.get("page", "1"))
        events.append(("start", number))
        in_flight += 1
        most_in_flight = max(most_in_flight, in_flight)
        await asyncio.sleep(0.01)  # the answer takes a while: let the others start
        in_flight -= 1
        events.append(("end", number))
        # As DRF writes `next`: the request's query, with the page number set.
        following = request.url.copy_set_param("page", number + 1) if number < 5 else None
        return page(sessions[(number - 1) * 50:number * 50], following and str(following),
                    count=230)

    route = api.get("sessions/").mock(side_effect=answer)
    async with make_client(fake_time, concurrency=4) as client:
        listed = await client.list_sessions(1)
    assert listed == sessions
    assert client.requests_sent == Counter({"GET sessions": 5})
    assert events[:2] == [("start", 1), ("end", 1)]
    assert sorted(number for kind, number in events[2:6]) == [2, 3, 4, 5]
    assert all(kind == "start" for kind, _ in events[2:6])
    assert most_in_flight == 4
    # Sessions are listed in a fixed order (id), so that numbered pages fit together.
    assert sorted(list(call.request.url.params.multi_items()) for call in route.calls) == sorted(
        [[("guide", "1"), ("ordering", "id")]]
        + [[("guide", "1"), ("ordering", "id"), ("page", str(n))] for n in range(2, 6)]
    )


async def test_page_concurrency_bounds_the_pages_in_flight(
    api: respx.MockRouter, fake_time: FakeTime
) -> None:
    in_flight = 0
    most_in_flight = 0

    async def answer(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, most_in_flight
        number = int(request.url.params.get("page", "1"))
        in_flight += 1
        most_in_flight = max(most_in_flight, in_flight)
        await asyncio.sleep(0.005)
        in_flight -= 1
        following = f"{DEFAULT_BASE_URL}sessions/?guide=1&page={number + 1}" if number < 9 else None
        return page([{"id": number}], following, count=9)

    api.get("sessions/").mock(side_effect=answer)
    async with make_client(fake_time, concurrency=2) as client:
        assert [item["id"] for item in await client.list_sessions(1)] == list(range(1, 10))
    assert most_in_flight == 2


async def test_a_page_gone_while_reading_makes_the_list_be_read_again(
    api: respx.MockRouter, fake_time: FakeTime
) -> None:
    """Sessions deleted in Builder between the first page and the last: the last page
    answers 404 "Invalid page". Not a failed run: the list is read again, whole."""
    deleted = False

    def answer(request: httpx.Request) -> httpx.Response:
        nonlocal deleted
        number = int(request.url.params.get("page", "1"))
        count = 4 if deleted else 6
        if number == 3:  # sessions 5 and 6 went while pages 1 and 2 were read
            deleted = True
            return httpx.Response(404, json={"detail": "Invalid page."})
        following = (f"{DEFAULT_BASE_URL}sessions/?guide=1&page={number + 1}"
                     if 2 * number < count else None)
        return page([{"id": 2 * number - 1}, {"id": 2 * number}], following, count=count)

    api.get("sessions/").mock(side_effect=answer)
    async with make_client(fake_time) as client:
        assert await client.list_sessions(1) == [{"id": 1}, {"id": 2}, {"id": 3}, {"id": 4}]
    assert client.requests_sent == Counter({"GET sessions": 5})  # 3 pages, then 2


async def test_a_page_that_stops_the_run_leaves_the_pages_not_yet_asked_unasked(
    api: respx.MockRouter, fake_time: FakeTime
) -> None:
    """Pages 2 to 6 are read one at a time here: page 2 answers 401, and pages 3 to 6 are
    never asked (each would be one more request refused)."""
    first = page([{"id": 1}], f"{DEFAULT_BASE_URL}sessions/?guide=1&page=2", count=6)
    api.get("sessions/", params={"page": "2"}).mock(return_value=httpx.Response(401))
    api.get("sessions/").mock(side_effect=lambda request: (
        first if "page" not in request.url.params else page([{"id": 9}], count=6)))
    async with make_client(fake_time, concurrency=1) as client:
        with pytest.raises(AuthenticationError):
            await client.list_sessions(1)
    assert client.requests_sent == Counter({"GET sessions": 2})


async def test_next_links_without_page_numbers_are_followed_one_by_one(
    api: respx.MockRouter, fake_time: FakeTime
) -> None:
    # The `next` links name another host: only their query is used, the key stays home.
    api.get("schedule-tracks/", params={"cursor": "b"}).mock(
        return_value=page([{"id": 2}], "http://elsewhere.example/x/?guide=1&cursor=c", count=3))
    api.get("schedule-tracks/", params={"cursor": "c"}).mock(
        return_value=page([{"id": 3}], count=3))
    api.get("schedule-tracks/").mock(
        return_value=page([{"id": 1}], "http://elsewhere.example/x/?guide=1&cursor=b", count=3))
    async with make_client(fake_time) as client:
        assert await client.list_tracks(1) == [{"id": 1}, {"id": 2}, {"id": 3}]
    assert client.requests_sent == Counter({"GET schedule-tracks": 3})


async def test_a_list_that_changes_while_read_is_read_again(
    api: respx.MockRouter, fake_time: FakeTime
) -> None:
    # One session deleted after page 1 was read: pages 2 and 3 count 4, not 5.
    counts = iter([5, 4, 4, 4, 4, 4])

    def answer(request: httpx.Request) -> httpx.Response:
        number = int(request.url.params.get("page", "1"))
        count = next(counts)
        following = f"{DEFAULT_BASE_URL}sessions/?guide=1&page={number + 1}"
        last = -(-count // 2)
        ids = [n for n in (1, 3, 4, 5) if count == 4] or [1, 2, 3, 4, 5]
        return page([{"id": n} for n in ids[(number - 1) * 2:number * 2]],
                    following if number < last else None, count=count)

    api.get("sessions/").mock(side_effect=answer)
    async with make_client(fake_time) as client:
        assert [s["id"] for s in await client.list_sessions(1)] == [1, 3, 4, 5]
    assert client.requests_sent == Counter({"GET sessions": 5})


async def test_a_list_that_grows_while_read_is_not_read_again(
    api: respx.MockRouter, fake_time: FakeTime
) -> None:
    # Our own creates during a lookup: new sessions go at the end, the last page leads on.
    def answer(request: httpx.Request) -> httpx.Response:
        number = int(request.url.params.get("page", "1"))
        following = f"{DEFAULT_BASE_URL}sessions/?guide=1&page={number + 1}"
        return page([{"id": number}], following if number < 3 else None, count=number + 1)

    api.get("sessions/").mock(side_effect=answer)
    async with make_client(fake_time) as client:
        assert [s["id"] for s in await client.list_sessions(1)] == [1, 2, 3]
    assert client.requests_sent == Counter({"GET sessions": 3})


async def test_a_page_retried_after_the_list_grew_is_not_taken_for_a_shrink(
    api: respx.MockRouter, fake_time: FakeTime
) -> None:
    """A lookup on v1 reads every page while the run's other creates go on. Page 2 fails
    once; page 3 answers, then a session is created, then page 2's retry counts one more.
    In page order the counts read 6, 7, 6, but no count fell below one seen before it was
    asked for: nothing was deleted, so the pages are not read again."""
    page_3_answered = asyncio.Event()
    page_2_tries = 0

    async def answer(request: httpx.Request) -> httpx.Response:
        nonlocal page_2_tries
        number = int(request.url.params.get("page", "1"))
        following = f"{DEFAULT_BASE_URL}sessions/?guide=1&page={number + 1}"
        if number == 2:
            page_2_tries += 1
            if page_2_tries == 1:
                return httpx.Response(502)
            await page_3_answered.wait()
            return page([{"id": 3}, {"id": 4}], following, count=7)
        if number == 3:
            page_3_answered.set()
            return page([{"id": 5}, {"id": 6}], None, count=6)
        return page([{"id": 1}, {"id": 2}], following, count=6)

    api.get("sessions/").mock(side_effect=answer)
    async with make_client(fake_time) as client:
        assert [s["id"] for s in await client.list_sessions(1)] == [1, 2, 3, 4, 5, 6]
    assert client.requests_sent == Counter({"GET sessions": 4})


async def test_a_list_that_grew_then_shrank_while_read_is_read_again(
    api: respx.MockRouter, fake_time: FakeTime
) -> None:
    """Read by `next` links: 3, then 4 (a track created meanwhile), then 3 (one deleted in
    Builder): the last page counts fewer than one answered before it, so an item may have
    slid out of sight, and the list is read again."""
    counts = iter([3, 4, 3, 3, 3, 3])

    def answer(request: httpx.Request) -> httpx.Response:
        cursor = request.url.params.get("cursor", "a")
        following = {"a": "b", "b": "c"}.get(cursor)
        next_url = f"{DEFAULT_BASE_URL}schedule-tracks/?guide=1&cursor={following}"
        return page([{"id": ord(cursor) - 96}], next_url if following else None,
                    count=next(counts))

    api.get("schedule-tracks/").mock(side_effect=answer)
    async with make_client(fake_time) as client:
        assert await client.list_tracks(1) == [{"id": 1}, {"id": 2}, {"id": 3}]
    assert client.requests_sent == Counter({"GET schedule-tracks": 6})


async def test_a_list_that_keeps_changing_stops_the_run(
    api: respx.MockRouter, fake_time: FakeTime
) -> None:
    counts = itertools.cycle([3, 2])  # a session deleted after each first page is read

    def answer(request: httpx.Request) -> httpx.Response:
        number = int(request.url.params.get("page", "1"))
        following = f"{DEFAULT_BASE_URL}sessions/?guide=1&page=2" if number == 1 else None
        return page([{"id": number}] * (2 if number == 1 else 1), following, count=next(counts))

    api.get("sessions/").mock(side_effect=answer)
    async with make_client(fake_time) as client:
        with pytest.raises(TransientError) as caught:
            await client.list_sessions(1)
    assert str(caught.value) == (
        "The guide's sessions shrank while being read, 3 times over (someone is deleting "
        "in Builder?). Run again later.")
    assert client.requests_sent == Counter({"GET sessions": 6})


@pytest.mark.parametrize("collection", ["sessions", "schedule-tracks", "locations"])
async def test_a_list_answered_404_stops_the_run_rather_than_reading_as_empty(
    api: respx.MockRouter, fake_time: FakeTime, collection: str
) -> None:
    """A wrong API URL path: taken for an empty list, a plan would create every row again."""
    api.get(f"{collection}/").mock(return_value=httpx.Response(404, json={"detail": "Not found."}))
    reads = {"sessions": GuidebookClient.list_sessions, "schedule-tracks":
             GuidebookClient.list_tracks, "locations": GuidebookClient.list_locations}
    async with make_client(fake_time) as client:
        with pytest.raises(FatalApiError) as caught:
            await reads[collection](client, 1)
    assert str(caught.value) == (
        f"Not found (HTTP 404 on GET {collection}/). Check the API URL and the guide id.")


async def test_list_locations_filters_by_type(api: respx.MockRouter, fake_time: FakeTime) -> None:
    route = api.get("locations/").mock(return_value=page([{"id": 4, "location_type": 2}]))
    async with make_client(fake_time) as client:
        assert await client.list_locations(1, location_type=2) == [{"id": 4, "location_type": 2}]
    assert dict(route.calls.last.request.url.params) == {"guide": "1", "location_type": "2"}


# -- rate limit ----------------------------------------------------------------------------


async def test_slots_are_evenly_spaced_and_handed_out_concurrently() -> None:
    still = FakeTime(100.0, advance=False)
    limiter = RateLimiter(20.0, clock=still.clock, sleep=still.sleep)
    slots = await asyncio.gather(*(limiter.acquire() for _ in range(5)))
    assert slots == pytest.approx([100.0, 100.05, 100.10, 100.15, 100.20])
    assert still.sleeps == pytest.approx([0.05, 0.10, 0.15, 0.20])


async def test_a_429_halves_the_rate_once_per_burst_and_successes_bring_it_back() -> None:
    still = FakeTime(100.0, advance=False)
    limiter = RateLimiter(20.0, clock=still.clock, sleep=still.sleep)
    sent_before = await limiter.acquire()
    still.now += 1.0
    limiter.slow_down(still.now)
    assert limiter.rate == 10.0
    limiter.slow_down(sent_before)  # the same burst answering 429 late: no second cut
    assert limiter.rate == 10.0
    for _ in range(10):
        still.now += 1.0
        limiter.slow_down(still.now)
    assert limiter.rate == MIN_RATE
    rates = []
    for _ in range(22):
        limiter.record_success()
        rates.append(limiter.rate)
    step = 20.0 * RECOVERY_SHARE  # additive: a share of the configured rate per success
    assert rates == pytest.approx([min(20.0, MIN_RATE + step * n) for n in range(1, 23)])


async def test_429s_to_requests_sent_before_the_first_429_came_back_cut_the_rate_once() -> None:
    """Two requests sent 50 ms apart, both answered 429 half a second later: the second was
    sent before the first 429 came back, so it says nothing about the halved rate."""
    still = FakeTime(100.0, advance=False)
    limiter = RateLimiter(20.0, clock=still.clock, sleep=still.sleep)
    first, second = await asyncio.gather(limiter.acquire(), limiter.acquire())
    assert (first, second) == pytest.approx((100.0, 100.05))
    still.now = 100.5
    limiter.slow_down(first)
    still.now = 100.55
    limiter.slow_down(second)
    assert limiter.rate == 10.0


async def test_a_429_with_retry_after_holds_every_slot_and_caps_the_rate() -> None:
    still = FakeTime(100.0, advance=False)
    limiter = RateLimiter(5.0, clock=still.clock, sleep=still.sleep)
    limiter.slow_down(await limiter.acquire(), retry_after=1.0)
    for _ in range(50):
        limiter.record_success()
    assert (limiter.rate, limiter.ceiling) == (5.0 * CEILING_SHARE, 5.0 * CEILING_SHARE)
    slots = [await limiter.acquire() for _ in range(3)]
    assert slots == pytest.approx([101.0, 101.0 + 1 / 4.5, 101.0 + 2 / 4.5])


async def test_after_a_429_the_next_request_waits_an_interval_of_the_halved_rate() -> None:
    """Sent at once, it would meet the same limit that just answered 429."""
    still = FakeTime(100.0, advance=False)
    limiter = RateLimiter(10.0, clock=still.clock, sleep=still.sleep)
    await limiter.acquire()
    still.now += 1.0
    limiter.slow_down(still.now)
    assert [await limiter.acquire() for _ in range(2)] == pytest.approx([101.2, 101.4])


async def test_a_retry_after_caps_the_rate_under_the_one_that_got_it_and_holds_it() -> None:
    """A 429 with Retry-After at a rate already halved caps the climb under that rate, not
    under the configured one; a plain 429 later halves it again and successes climb back no
    higher than the cap; however many come, the cap never goes under the floor."""
    still = FakeTime(100.0, advance=False)
    limiter = RateLimiter(10.0, clock=still.clock, sleep=still.sleep)
    caps: list[float] = []
    for retry_after in (None, 1.0, 1.0, None):
        still.now += 1.0
        limiter.slow_down(still.now, retry_after=retry_after)
        caps += [limiter.rate, limiter.ceiling]
    for _ in range(50):
        limiter.record_success()
    caps += [limiter.rate, limiter.ceiling]
    assert caps == pytest.approx([5.0, 10.0, 4.5, 4.5, 4.05, 4.05, 2.025, 4.05, 4.05, 4.05])
    for _ in range(40):
        still.now += 1.0
        limiter.slow_down(still.now, retry_after=1.0)
    assert (limiter.rate, limiter.ceiling) == (MIN_RATE, MIN_RATE)


async def test_under_a_per_second_limit_with_retry_after_the_rate_settles_just_below_it(
    api: respx.MockRouter, fake_time: FakeTime
) -> None:
    """A token bucket of 2 requests a second (as the sandbox's --rate): after a few 429s
    the client keeps within it, instead of climbing back into a 429 every few requests."""
    allowed, bucket = 2.0, {"tokens": 2.0, "at": 0.0}

    def token_bucket(request: httpx.Request) -> httpx.Response:
        now = fake_time.clock()
        tokens = min(allowed, bucket["tokens"] + (now - bucket["at"]) * allowed)
        bucket.update(at=now, tokens=tokens - 1 if tokens >= 1 else tokens)
        if tokens >= 1:
            return httpx.Response(200, json={"id": 1})
        retry_after = max(1, math.ceil((1 - tokens) / allowed))
        return httpx.Response(429, headers={"Retry-After": str(retry_after)})

    api.get("guides/1/").mock(side_effect=token_bucket)
    async with make_client(fake_time, rate=5.0) as client:
        for _ in range(300):  # one at a time: the fake clock is then the real schedule
            await client.get_guide(1)
    assert client.responses[429] <= 10
    assert 300 / fake_time.now >= 0.9 * allowed


async def test_the_client_slows_down_on_429(api: respx.MockRouter, fake_time: FakeTime) -> None:
    api.get("guides/1/").mock(side_effect=[httpx.Response(429), httpx.Response(200, json={})])
    async with make_client(fake_time, rate=8.0) as client:
        await client.get_guide(1)
        assert client.limiter.rate == pytest.approx(8.0 / 2 + 8.0 * RECOVERY_SHARE)


async def test_only_successes_bring_the_rate_back(
    api: respx.MockRouter, fake_time: FakeTime
) -> None:
    """503s and refusals after a 429 leave the halved rate as it is: only a success adds a
    step back."""
    api.get("guides/1/").mock(side_effect=[
        httpx.Response(429), httpx.Response(503), httpx.Response(503),
        httpx.Response(200, json={})])
    api.get("guides/2/").mock(return_value=httpx.Response(404))
    async with make_client(fake_time, rate=8.0) as client:
        await client.get_guide(1)
        with pytest.raises(GuideNotFoundError):
            await client.get_guide(2)
        assert client.limiter.rate == pytest.approx(8.0 / 2 + 8.0 * RECOVERY_SHARE)


async def test_a_guide_not_found_also_points_at_the_api_url(fake_time: FakeTime) -> None:
    # A version typo (v2) 404s on the guide just as a wrong guide id does.
    base = "https://builder.guidebook.com/open-api/v2/"
    with respx.mock(base_url=base) as router:
        router.get("guides/5/").mock(return_value=httpx.Response(404))
        async with make_client(fake_time, base_url=base) as client:
            with pytest.raises(GuideNotFoundError) as caught:
                await client.get_guide(5)
    assert str(caught.value) == (
        f"Guide not found (HTTP 404 on GET guides/5/). Check the guide id, and the API URL "
        f"{base}: it should end in /open-api/v1.1/ (or /open-api/v1/)."
    )
    assert caught.value.status == 404


# -- configuration and secrets ---------------------------------------------------------------


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:8000/open-api/v1.1/", "http://127.9.9.9/", "http://localhost:9/",
            "http://[::1]:8080/open-api/v1/", "https://builder.guidebook.com/open-api/v1"])
def test_https_or_loopback_urls_are_accepted(url: str) -> None:
    client = GuidebookClient(KEY, url)
    assert str(client.base_url).endswith("/")


@pytest.mark.parametrize(
    "url", ["http://builder.guidebook.com/open-api/v1.1/", "http://10.0.0.5/", "ftp://x.org/",
            "http://128.0.0.1/"])
def test_plain_http_off_this_machine_is_refused(url: str) -> None:
    with pytest.raises(ConfigError, match="https://"):
        GuidebookClient(KEY, url)


@pytest.mark.parametrize(
    "url", [f"https://me:{KEY}@builder.guidebook.com/open-api/v1.1/",
            f"https://{KEY}@builder.guidebook.com/open-api/v1.1",
            f"https://builder.guidebook.com/open-api/v1.1/?key={KEY}"],
    ids=["user-and-password", "user-only", "query"])  # not the key, in pytest -v output
def test_an_api_url_holding_credentials_or_a_query_is_refused(
    url: str, caplog: pytest.LogCaptureFixture
) -> None:
    # httpx would send user:password as Basic auth instead of the key, and log the URL.
    caplog.set_level(logging.DEBUG)
    with pytest.raises(ConfigError) as caught:
        GuidebookClient(KEY, url)
    assert str(caught.value) == (
        "The API URL holds a user name, password or query, which Guidebook does not use: "
        "write it as https://builder.guidebook.com/open-api/v1.1/ and give the key in "
        "GUIDEBOOK_API_KEY."
    )
    assert caplog.records == []


@pytest.mark.parametrize("key", ["sekrit KEY", "sekrit\tKEY", "sekrit-KEY\u00e9",
                                 "sekrit\x1b[200~KEY"],
                         ids=["space", "tab", "not-ascii", "control-character"])
def test_a_key_with_spaces_or_odd_characters_is_refused(key: str) -> None:
    with pytest.raises(ConfigError) as caught:
        GuidebookClient(key)
    assert str(caught.value) == (
        "The Guidebook API key contains spaces or unexpected characters.")


@pytest.mark.parametrize(("key", "scheme"), [("JWT sekrit-KEY", "JWT"),
                                             ("  jwt  sekrit-KEY", "jwt"),
                                             ("Bearer sekrit-KEY", "Bearer")])
def test_a_key_pasted_with_its_scheme_is_refused_saying_so(key: str, scheme: str) -> None:
    with pytest.raises(ConfigError) as caught:
        GuidebookClient(key)
    assert str(caught.value) == (
        f"The Guidebook API key starts with '{scheme} ': give the key alone (gbimport sends "
        "'Authorization: JWT <key>' itself).")


def test_the_key_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GUIDEBOOK_API_KEY", raising=False)
    with pytest.raises(ConfigError, match="GUIDEBOOK_API_KEY"):
        GuidebookClient()
    monkeypatch.setenv("GUIDEBOOK_API_KEY", "  env-key\n")

    async def fetch() -> httpx.Request:
        with respx.mock(base_url=DEFAULT_BASE_URL) as router:
            route = router.get("guides/1/").mock(return_value=httpx.Response(200, json={}))
            async with GuidebookClient() as client:
                await client.get_guide(1)
            return route.calls.last.request

    assert asyncio.run(fetch()).headers["Authorization"] == "JWT env-key"


async def test_the_key_appears_in_no_message_repr_or_log(
    api: respx.MockRouter, fake_time: FakeTime, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    api.get("guides/1/").mock(return_value=httpx.Response(401, text=f"bad token {KEY}"))
    api.get("guides/2/").mock(return_value=httpx.Response(403, json={"detail": KEY}))
    api.get("guides/3/").mock(return_value=httpx.Response(404))
    api.get("guides/4/").mock(return_value=httpx.Response(503))
    api.get("guides/5/").mock(side_effect=httpx.ConnectError(f"refused {KEY[:3]}"))
    api.patch("sessions/1/").mock(return_value=httpx.Response(404))
    api.post("sessions/", json__eq={"echo": 1}).mock(
        return_value=httpx.Response(400, text=f"token {KEY} is odd"))
    api.post("sessions/", json__eq={"field": 1}).mock(
        return_value=httpx.Response(400, json={"name": [f"got {KEY}"]}))
    api.post("sessions/", json__eq={"guide": 1}).mock(side_effect=httpx.ReadTimeout("slow"))
    api.get("sessions/").mock(return_value=httpx.Response(429))
    client = make_client(fake_time, max_retry_wait=3.0)
    calls = [client.get_guide(1), client.get_guide(2), client.get_guide(3), client.get_guide(4),
             client.get_guide(5), client.update_session(1, {}),
             client.create_session({"echo": 1}), client.create_session({"field": 1}),
             client.create_session({"guide": 1}), client.list_sessions(1)]
    raised: list[BaseException] = []
    for call in calls:
        with pytest.raises(ApiError) as caught:
            await call
        raised.append(caught.value)
    await client.aclose()
    kinds = {type(exc) for exc in raised}
    assert kinds == {AuthenticationError, PermissionDeniedError, GuideNotFoundError,
                     OutageError, SessionNotFoundError, RejectedError,
                     OutcomeUnknownError, BudgetExhaustedError}
    sent = [call.request for call in api.calls]
    assert sent and all(request.headers["Authorization"] == f"JWT {KEY}" for request in sent)
    texts = [str(client), repr(client), repr(vars(client))]
    texts += [repr(request) for request in sent] + [repr(request.headers) for request in sent]
    for exc in raised:
        texts += [str(exc), repr(exc), repr(getattr(exc, "field_errors", None))]
        for linked in (exc.__cause__, exc.__context__):
            texts += [str(linked), repr(linked), repr(getattr(linked, "request", None))]
    texts += [record.getMessage() for record in caplog.records]
    texts += [repr(record.args) for record in caplog.records]
    assert [text for text in texts if KEY in text] == []
    assert any("[redacted]" in str(exc) for exc in raised)  # the echoed key was scrubbed


async def test_each_request_is_logged_without_the_key(
    api: respx.MockRouter, fake_time: FakeTime, caplog: pytest.LogCaptureFixture
) -> None:
    api.post("sessions/").mock(side_effect=[httpx.Response(429, headers={"Retry-After": "2"}),
                                            httpx.Response(201, json=STORED)])
    caplog.set_level(logging.DEBUG, logger="importer.client")
    async with make_client(fake_time) as client:
        await client.create_session(SESSION)
    assert caplog.messages == [
        "POST sessions/ -> HTTP 429 (attempt 1)",
        "waiting 2.00 s after HTTP 429 (attempt 1)",
        "POST sessions/ -> HTTP 201 (attempt 2)",
    ]

