"""One request, retried: the retryable kind only, with full-jitter backoff, `Retry-After`
honoured, the total wait capped, the daily budget's end told apart from a rate limit, and the
error a request whose retries ended stops the run with."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
from tenacity import (
    AsyncRetrying,
    RetryCallState,
    RetryError,
    retry_if_exception_type,
    wait_random_exponential,
)

from importer._client_base import Call, ClientBase, T, is_publish, logger, shown_url
from importer._client_wait_lines import publish_wait_line, retry_wait_line
from importer._outcomes import NOTHING_WRITTEN_ERRORS, Outcome, Verdict, sort_outcome
from importer.errors import (
    ApiError,
    BudgetExhaustedError,
    NotSentError,
    OutageError,
    OutcomeUnknownError,
    RejectedError,
    TransientError,
)

MAX_ATTEMPTS = 10  # a safety net under the wait cap: Retry-After: 0 forever must still end
# HTTP 429s without Retry-After in a row, over all requests, that mean the daily budget is
# spent: as many as one request may get, but pooled, so four workers do not spend four times
# as many (and wait four times as long behind the slowed rate limit) to learn the same thing.
BUDGET_429S = MAX_ATTEMPTS
FIRST_CONTACT_ATTEMPTS = 3  # connections refused before any answer this run, then stop
BACKOFF = wait_random_exponential(multiplier=0.5, max=30)  # full jitter, windows 0.5 s .. 30 s
# Publishing is limited to 2 a minute: a 429 on it is that limit far more often than the
# day's budget. Two waits of half the window outlast it, whenever the two publishes were.
PUBLISH_WAIT = 30.0


class Retry(Exception):
    """Raised inside the retry loop for a retryable outcome; never leaves the client."""

    def __init__(self, outcome: Outcome) -> None:
        super().__init__(outcome.summary)
        self.outcome = outcome


class ClientRetries(ClientBase):
    """Sending one request, and retrying it while its outcome is retryable."""

    def _attempt_for(self, call: Call) -> Callable[[int], Awaitable[httpx.Response]]:
        async def attempt(number: int) -> httpx.Response:
            return await self._attempt(call, number)

        return attempt

    async def _with_retries(self, call: Call, attempt: Callable[[int], Awaitable[T]]) -> T:
        retrying = AsyncRetrying(
            sleep=self._wait,
            stop=self._should_stop,
            wait=lambda state: self._choose_wait(call, state),
            retry=retry_if_exception_type(Retry),
            before_sleep=lambda state: self._note_wait(call, state),
        )
        last: Retry | None = None
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
                    except Retry as retry:
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

    async def _attempt(self, call: Call, number: int) -> httpx.Response:
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

    def _not_spent(self, call: Call) -> None:
        """A connection refused or never had: nothing was sent, and the daily budget counts
        nothing for it (an outage's retries would otherwise read as hundreds spent)."""
        self.requests_sent[call.kind] -= 1
        if not self.requests_sent[call.kind]:
            del self.requests_sent[call.kind]

    def _unless_budget_spent(self, call: Call) -> None:
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
        self, call: Call, outcome: Outcome, number: int, exc: Exception | None
    ) -> None:
        """Log the outcome, then return (success) or raise (retry, rejected, fatal)."""
        query = f"?{call.params}" if call.params else ""
        logger.debug("%s%s -> %s (attempt %d)", call.target, query, outcome.summary, number)
        if outcome.verdict in (Verdict.SUCCESS, Verdict.ALREADY_GONE):
            return
        if outcome.retryable:
            raise Retry(outcome) from exc
        assert outcome.error is not None
        raise self._scrubbed(outcome.error) from exc

    def _feed_limiter(self, outcome: Outcome, sent_at: float) -> None:
        if outcome.status == 429:
            self.limiter.slow_down(sent_at, outcome.retry_after)
        elif outcome.verdict is Verdict.SUCCESS:
            self.limiter.record_success()

    def _choose_wait(self, call: Call, state: RetryCallState) -> float:
        """`Retry-After` when the service gave one, else full-jitter backoff within the cap
        (a publish's 429: PUBLISH_WAIT, its 2-a-minute window, within the cap)."""
        outcome = _outcome_of(state)
        if outcome.retry_after is not None:
            return outcome.retry_after
        remaining = max(self.max_retry_wait - state.idle_for, 0.0)
        if outcome.status == 429 and is_publish(call):
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

    def _note_wait(self, call: Call, state: RetryCallState) -> None:
        wait = state.upcoming_sleep
        self.retry_waits.append(wait)
        outcome = _outcome_of(state)
        logger.debug("waiting %.2f s after %s (attempt %d)", wait,
                     outcome.summary, state.attempt_number)
        if self.on_wait is None:
            return
        if is_publish(call):
            if wait >= 1:
                self.on_wait(publish_wait_line(outcome, wait))
        elif not self._said_retrying and not (outcome.unreachable and not self._answered):
            # Once a run, not once a request; a URL that never answered ends in its error
            # within seconds instead.
            self._said_retrying = True
            self.on_wait(retry_wait_line(outcome, self.max_retry_wait))

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

    def _not_retried(self, call: Call, outcome: Outcome, applied: bool) -> ApiError:
        why = f"{call.target} got {outcome.summary} and was not retried: the run was interrupted"
        if applied:
            return _applied_unknown(call, why)
        return TransientError(why, status=outcome.status)

    def _give_up(self, call: Call, last: Any, applied: bool, got_through: bool) -> ApiError:
        """The error of a request whose retries ended. Its last answers 429 mean the budget is
        spent only if no request got any other answer since they began (`got_through`): under
        bursts of 429s, one request of thousands can get a 429 on every attempt."""
        exc = last.exception()
        outcome = exc.outcome if isinstance(exc, Retry) else None
        count = last.attempt_number
        tries = f"after {count} attempt{'' if count == 1 else 's'}"
        summary = outcome.summary if outcome else type(exc).__name__
        if is_publish(call) and outcome is not None and outcome.status == 429:
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

    def _unreachable(self, call: Call, what: str) -> TransientError:
        url = self._redact(shown_url(self.base_url))
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


def _outcome_of(state: RetryCallState) -> Outcome:
    exc = state.outcome.exception() if state.outcome else None
    assert isinstance(exc, Retry)
    return exc.outcome


def _redact_request(exc: httpx.TransportError) -> None:
    """The run's error is chained to this one, whose request a program may log headers and
    all: the key is taken out (each retry builds its request afresh from the client's)."""
    with contextlib.suppress(RuntimeError):  # raised before a request was made
        exc.request.headers["Authorization"] = "JWT [redacted]"


def _maybe_applied(call: Call, outcome: Outcome) -> bool:
    """A PATCH or DELETE the service may have carried out before its answer was lost.
    Sending it again is harmless; saying it was not sent would not be true."""
    return (call.target.method in ("PATCH", "DELETE")
            and outcome.verdict is Verdict.RETRY_MAYBE_WRITTEN)


def _applied_unknown(call: Call, why: str) -> OutcomeUnknownError:
    if call.target.method == "DELETE":
        hint = "the next run deletes the session if it is still there"
    else:
        hint = "the next run compares the session again and sends what still differs"
    return OutcomeUnknownError(
        f"{call.target} was sent and may have been applied, but its outcome is unknown "
        f"({why}); {hint}."
    )
