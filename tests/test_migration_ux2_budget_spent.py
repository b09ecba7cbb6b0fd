"""A run started again the same day after one stopped for the daily budget: every request
gets 429 without Retry-After. The minute or two of retries that tell a spent budget from a
passing 429 stay (a nightly sync must never give up on a transient one), but the line said
at the first retry names what it most likely is, instead of 'asking us to slow down'."""

from __future__ import annotations

import asyncio
import random

import httpx
import pytest

from importer.client import GuidebookClient
from importer.errors import BudgetExhaustedError
from importer.sandbox import SandboxConfig
from importer.sandbox.app import create_app
from tests.support import BASE_URL
from tests.test_publish import FakeClock


def _first_read(config: SandboxConfig) -> tuple[list[str], BaseException | None, float]:
    """What the client said while reading the guide, how it ended, and the time it took."""
    clock = FakeClock()
    app = create_app(config, clock=clock)
    said: list[str] = []

    async def main() -> BaseException | None:
        async with GuidebookClient(config.api_key, BASE_URL, sleep=clock.sleep, clock=clock,
                                   transport=httpx.ASGITransport(app=app),
                                   on_wait=said.append) as client:
            try:
                await client.get_guide(1)
            except BudgetExhaustedError as exc:
                return exc
        return None

    start = clock.now
    ended = asyncio.run(main())
    return said, ended, clock.now - start


def test_a_spent_budget_is_named_while_its_429s_are_retried() -> None:
    said, ended, _ = _first_read(SandboxConfig(daily_budget=0))
    assert said == [
        "Guidebook answered HTTP 429 without Retry-After (if it persists, the daily request "
        "budget is spent, and this stops with exit 3); retrying, for up to 2 minutes per "
        "request..."]
    assert isinstance(ended, BudgetExhaustedError)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_stop_for_a_spent_budget_comes_within_the_retry_cap(seed: int) -> None:
    """What the line promises: the stop, exit 3, within the 2 minutes of one request's
    retries (clock injected: the waits are counted, not slept)."""
    random.seed(seed)
    _, ended, took = _first_read(SandboxConfig(daily_budget=0))
    assert isinstance(ended, BudgetExhaustedError) and took <= 120.0

