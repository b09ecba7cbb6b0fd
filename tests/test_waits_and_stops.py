"""Long waits said aloud, and stops that end with a line: publishing's 2 a minute, SIGTERM
on `gbimport publish`, a spent budget while planning, a second Ctrl-C."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from typer.testing import CliRunner

from importer.cli import app
from importer.client import GuidebookClient
from importer.errors import BudgetExhaustedError
from importer.runner import plan_import, run_import_async
from importer.sandbox import SandboxConfig, create_app, running_sandbox
from tests.support import AT_SANDBOX, BASE_URL, Sandbox, talk, write_sheet
from tests.test_publish import Answering, FakeClock

runner = CliRunner()
KEY = "ZZKEY-waits-SECRET-4711"
WAIT_LINE = "Publishing: Guidebook allows 2 publishes a minute; waiting 30 s..."


@pytest.mark.anyio
async def test_a_publish_waiting_out_its_limit_says_what_it_waits_for_and_how_long() -> None:
    clock = FakeClock()
    app_ = create_app(SandboxConfig(), clock=clock)
    said: list[str] = []
    async with GuidebookClient(SandboxConfig().api_key, BASE_URL,
                               transport=httpx.ASGITransport(app=app_),
                               sleep=clock.sleep, clock=clock, on_wait=said.append) as client:
        await client.publish_guide(1)
        await client.publish_guide(1)
        assert said == []  # the first two in a minute wait for nothing
        await client.publish_guide(1)  # 429 at 0 s and 30 s, 202 at 60 s
    assert said == [WAIT_LINE, WAIT_LINE]


def test_run_publish_says_so_when_its_publish_waits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("importer._client_retries.PUBLISH_WAIT", 1.0)  # 30 s in earnest
    sandbox = Sandbox()
    transport = Answering(sandbox, publish=[httpx.Response(429, json={"detail": "throttled"})])
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1)])
    settings = sandbox.settings.model_copy(update={"publish": True})
    said: list[str] = []
    report = asyncio.run(run_import_async(sheet, settings, transport=transport,
                                          on_wait=said.append))
    assert (report.publish_note, said) == (
        f"Published guide 1 (2 requests) {AT_SANDBOX}.",
        ["Publishing: Guidebook allows 2 publishes a minute; waiting 1 s..."])


def test_the_publish_command_says_its_wait_on_stderr_and_its_result_on_stdout(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GUIDEBOOK_API_KEY", KEY)

    def publish_after_a_wait(settings: Any, **options: Any) -> int:
        options["on_wait"](WAIT_LINE)
        return 2

    monkeypatch.setattr("importer.cli.publish_guide", publish_after_a_wait)
    result = runner.invoke(app, ["publish", "--guide", "7"])
    assert (result.exit_code, result.stdout, result.stderr) == (
        0, "Published guide 7 (2 requests).\n", WAIT_LINE + "\n")


@pytest.mark.parametrize("quiet", [False, True], ids=["plain", "quiet"])
def test_run_says_a_publish_wait_on_stderr_unless_quiet(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, quiet: bool,
) -> None:
    """--json too keeps stdout for the JSON alone; --quiet (cron) says nothing of a wait."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GUIDEBOOK_API_KEY", KEY)
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1)])

    def run_with_a_wait(*args: Any, on_wait: Any = None, **options: Any) -> Any:
        if on_wait is not None:
            on_wait(WAIT_LINE)
        return sandbox.run(sheet)

    monkeypatch.setattr("importer.cli.run_import", run_with_a_wait)
    result = runner.invoke(app, ["run", str(sheet), "--guide", "1", "--json",
                                 "--report", "run.csv", *(["--quiet"] if quiet else [])])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("{")
    assert result.stderr == ("" if quiet else WAIT_LINE + "\n")


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Any]:
    monkeypatch.chdir(tmp_path)
    with running_sandbox(SandboxConfig(api_key=KEY)) as box:
        yield box


def _publishes(stats: dict[str, Any]) -> int:
    return sum(r["count"] for r in stats["requests"] if r["path"].endswith("/publish/"))


@pytest.mark.e2e
def test_sigterm_stops_a_publish_waiting_for_its_turn_as_ctrl_c_does(served: Any) -> None:
    """`timeout` or a service manager while a publish waits out its limit: exit 130 and a
    line saying so, not a silent end with 143."""
    env = {**os.environ, "GUIDEBOOK_API_KEY": KEY, "GUIDEBOOK_API_URL": served.base_url}
    command = [sys.executable, "-m", "importer", "publish", "--guide", "1"]
    for _ in range(2):  # Guidebook allows 2 a minute: the third waits
        subprocess.run(command, env=env, check=True, capture_output=True, timeout=60)
    third = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while _publishes(served.stats()) < 3 and time.monotonic() < deadline:
        time.sleep(0.1)
    third.send_signal(signal.SIGTERM)
    out, errors = third.communicate(timeout=30)
    assert (third.returncode, out, errors.decode().splitlines()[-1:]) == (
        130, b"", ["interrupted"])


def test_plan_stopped_by_a_spent_budget_says_nothing_of_rows_done(tmp_path: Path) -> None:
    """plan sends no write, and run stopped while reading finished no row: the message of a
    budget spent before any row says when to come back, not that 'finished rows stay done'."""
    sandbox = Sandbox(daily_budget=0)
    settings = sandbox.settings.model_copy(update={"max_retry_wait": 0.0})
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1)])
    with pytest.raises(BudgetExhaustedError) as raised:
        plan_import(sheet, settings, transport=sandbox.transport())
    assert (str(raised.value), raised.value.exit_code) == (
        "Daily request budget exhausted: GET guides/1/ got HTTP 429 after 1 attempt. "
        "Run again later, once the day's budget has reset.", 3)


@pytest.mark.parametrize("earlier", [True, False], ids=["earlier-report", "none"])
def test_a_second_ctrl_c_says_no_report_was_written_and_whose_the_file_is(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, earlier: bool,
) -> None:
    """A second Ctrl-C stops at once (KeyboardInterrupt out of run_import): the report file a
    configured --report path still holds is last night's, and must not pass for this run's."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GUIDEBOOK_API_KEY", KEY)
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1)])
    if earlier:
        Path("run.csv").write_text("row,action\n2,created\n", encoding="utf-8")

    def stopped_at_once(*args: Any, **options: Any) -> Any:
        raise KeyboardInterrupt

    monkeypatch.setattr("importer.cli.run_import", stopped_at_once)
    result = runner.invoke(app, ["run", str(sheet), "--guide", "1", "--report", "run.csv"])
    whose = ": run.csv is an earlier run's" if earlier else ""
    assert (result.exit_code, result.stdout, result.stderr) == (
        130, "", f"interrupted: stopped at once, and no report was written{whose}. Run again "
                 "to finish (what was sent is found in the guide).\n")
    assert Path("run.csv").exists() == earlier
