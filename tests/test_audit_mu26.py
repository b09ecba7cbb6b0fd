"""The run lock's wait, bounded both ways: a run waits a moment for a plan recording its
reads, and no longer, so that a second run still refuses at once when a run is importing;
a plan never waits for the lock, as a run may hold it for hours. A publish records its
requests only where it knows the sheet's state file."""

from __future__ import annotations

import time
from pathlib import Path

import httpx
import pytest
from filelock import FileLock

from importer.errors import ConfigError
from importer.runner import (
    RUN_LOCK_WAIT,
    plan_import,
    publish_guide,
    run_import,
    run_lock_path,
)

from .support import Sandbox, talk, write_sheet
from .test_publish import Answering


def test_a_run_meeting_another_run_refuses_after_the_short_wait(tmp_path: Path) -> None:
    """A lock held throughout (a run importing): refused once the wait is out, not later."""
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1)])
    with FileLock(run_lock_path(sandbox.settings.api_url, 1)):
        started = time.monotonic()
        with pytest.raises(ConfigError, match="another gbimport run on this machine"):
            sandbox.run(sheet)
        waited = time.monotonic() - started
    assert RUN_LOCK_WAIT == 2.0
    assert RUN_LOCK_WAIT - 0.1 <= waited < RUN_LOCK_WAIT + 1.5
    assert sandbox.stats()["requests"] == []  # refused before its first request


def test_a_plan_during_a_run_does_not_wait_for_the_lock(tmp_path: Path) -> None:
    """A plan while a run imports reads the guide and leaves the state file to the run,
    without waiting out the run's wait for a lock it will not get."""
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1)])
    sandbox.run(sheet)
    with FileLock(run_lock_path(sandbox.settings.api_url, 1)):
        started = time.monotonic()
        plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport())
        took = time.monotonic() - started
    assert plan.counts["unchanged"] == 1
    assert took < RUN_LOCK_WAIT / 2


def test_a_publish_by_hand_without_the_sheet_leaves_every_state_file_alone(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the sheet (or state_file) a publish knows no state file: the one beside the
    sheet still owes its publish, for the next --publish run, and none is made where the
    command was started."""
    sandbox = Sandbox()
    sandbox.settings = sandbox.settings.model_copy(update={"max_retry_wait": 0.0})
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1)])
    refusing = Answering(sandbox, publish=[httpx.Response(503)] * 2)
    ran = run_import(sheet, sandbox.settings.model_copy(update={"publish": True}),
                     transport=refusing)
    assert (ran.counts["created"], ran.published) == (1, False)
    state = tmp_path / ".gbimport-state.json"
    owed = state.read_bytes()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    assert publish_guide(sandbox.settings, transport=sandbox.transport()) == 1
    assert state.read_bytes() == owed
    assert list(elsewhere.iterdir()) == []
