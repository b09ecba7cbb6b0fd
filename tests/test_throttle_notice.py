"""Requests retried under throttling or a failing service are said once, on stderr: the
retries of one request last up to 2 minutes, silent otherwise, and a planner thinks the
command hung."""

from __future__ import annotations

import asyncio
import functools
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from typer.testing import CliRunner

from importer import runner as runner_module
from importer.cli import app
from importer.client import GuidebookClient
from importer.errors import TransientError
from tests.support import BASE_URL, Sandbox, talk, write_sheet
from tests.test_publish import FakeClock

cli = CliRunner()
KEY = "ZZKEY-throttle-SECRET-0815"
AT_SANDBOX = ["--guide", "1", "--api-url", BASE_URL, "--rate", "1000"]
SLOW_DOWN = ("Guidebook is asking us to slow down (HTTP 429); retrying, for up to 2 minutes "
             "per request...")
# A 429 without Retry-After: a spent daily budget if it persists.
BUDGET_OR_PASSING = ("Guidebook answered HTTP 429 without Retry-After (if it persists, the daily "
                     "request budget is spent, and this stops with exit 3); retrying, for up to "
                     "2 minutes per request...")


class FailingFirst(httpx.AsyncBaseTransport):
    """The sandbox, but the first `count` requests get `answer` (a response, or an exception
    raised) instead."""

    def __init__(self, sandbox: Sandbox, answer: httpx.Response | Exception, count: int) -> None:
        self.inner = sandbox.transport()
        self.answer = answer
        self.count = count

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self.count > 0:
            self.count -= 1
            if isinstance(self.answer, Exception):
                raise self.answer
            return httpx.Response(self.answer.status_code, headers=self.answer.headers,
                                  json={"detail": "no"})
        return await self.inner.handle_async_request(request)


def _reads_with(transport: httpx.AsyncBaseTransport, **options: Any) -> list[str]:
    """Eight concurrent reads through `transport`; what the client said of its waits."""
    clock = FakeClock()
    said: list[str] = []

    async def main() -> None:
        async with GuidebookClient(KEY if "key" not in options else options.pop("key"),
                                   BASE_URL, transport=transport, sleep=clock.sleep,
                                   clock=clock, on_wait=said.append, **options) as client:
            await asyncio.gather(*(client.get_guide(1) for _ in range(8)))

    asyncio.run(main())
    return said


@pytest.mark.parametrize(("answer", "line"), [
    (httpx.Response(429), BUDGET_OR_PASSING),
    (httpx.Response(429, headers={"Retry-After": "3"}), SLOW_DOWN),
    (httpx.Response(503), "Guidebook answered HTTP 503; retrying, for up to 2 minutes per "
                          "request..."),
    (httpx.ReadTimeout("slow"), "No answer from Guidebook (ReadTimeout); retrying, for up "
                                "to 2 minutes per request..."),
], ids=["429", "429-retry-after", "503", "timeout"])
def test_the_first_retry_of_a_run_is_said_once_not_once_a_request(
    answer: httpx.Response | Exception, line: str,
) -> None:
    sandbox = Sandbox()
    transport = FailingFirst(sandbox, answer, count=12)  # every read retried, some twice
    said = _reads_with(transport, key=sandbox.config.api_key)
    assert (said, transport.count) == ([line], 0)


def test_the_line_gives_the_configured_retry_cap() -> None:
    sandbox = Sandbox()
    said = _reads_with(FailingFirst(sandbox, httpx.Response(502), count=1),
                       key=sandbox.config.api_key, max_retry_wait=90.0)
    assert said == ["Guidebook answered HTTP 502; retrying, for up to 90 s per request..."]


def test_a_url_that_never_answered_is_not_said_to_be_retried() -> None:
    """Refused before any answer: its error, naming the URL, follows within seconds."""
    sandbox = Sandbox()
    clock = FakeClock()
    said: list[str] = []

    async def main() -> None:
        async with GuidebookClient(
            sandbox.config.api_key, BASE_URL, sleep=clock.sleep, clock=clock,
            transport=FailingFirst(sandbox, httpx.ConnectError("refused"), count=100),
            on_wait=said.append,
        ) as client:
            with pytest.raises(TransientError, match=r"^Could not connect"):
                await client.get_guide(1)
            assert client.retry_waits  # it did wait to retry

    asyncio.run(main())
    assert said == []


@pytest.fixture
def throttled(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """plan and run, as the CLI calls them, against the sandbox through a transport whose
    first 6 requests get 429; no real waits between retries."""
    monkeypatch.chdir(tmp_path)
    sandbox = Sandbox(api_key=KEY)
    monkeypatch.setenv("GUIDEBOOK_API_KEY", KEY)
    monkeypatch.setattr("importer._client_retries.BACKOFF", lambda state: 0.0)
    transport = FailingFirst(sandbox, httpx.Response(429), count=6)
    for name in ("plan_import", "run_import"):
        real = getattr(runner_module, name)
        monkeypatch.setattr(f"importer.cli.{name}", functools.partial(real, transport=transport))
    return write_sheet(tmp_path / "talks.csv", [talk(1), talk(2)])


@pytest.mark.parametrize("as_json", [False, True], ids=["table", "json"])
def test_plan_says_the_retries_on_stderr_once_and_keeps_stdout_for_the_plan(
    throttled: Path, as_json: bool,
) -> None:
    json_option = ["--json"] if as_json else []
    result = cli.invoke(app, ["plan", str(throttled), *AT_SANDBOX, *json_option])
    assert (result.exit_code, result.stderr) == (0, BUDGET_OR_PASSING + "\n"), result.output
    assert "retrying" not in result.stdout
    if as_json:
        assert json.loads(result.stdout)["counts"]["create"] == 2


@pytest.mark.parametrize("options", [[], ["--json"]], ids=["table", "json"])
def test_run_says_the_retries_on_stderr_once(throttled: Path, options: list[str]) -> None:
    result = cli.invoke(app, ["run", str(throttled), *AT_SANDBOX, "--report", "run.csv", *options])
    assert (result.exit_code, result.stderr) == (0, BUDGET_OR_PASSING + "\n"), result.output
    assert "retrying" not in result.stdout


def test_run_quiet_says_nothing_of_retries(throttled: Path) -> None:
    """cron's mail is for what needs a look: retries that got through do not."""
    result = cli.invoke(app, ["run", str(throttled), *AT_SANDBOX, "--report", "run.csv", "--quiet"])
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", ""), result.output


def test_plan_quiet_says_nothing_of_retries(throttled: Path) -> None:
    """A quiet plan that needs no one prints nothing: retries of its reads included."""
    result = cli.invoke(app, ["plan", str(throttled), *AT_SANDBOX, "--quiet"])
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", ""), result.output
