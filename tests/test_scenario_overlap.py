"""Overlapping runs into one guide: a nightly cron run still going when a planner starts one."""

from __future__ import annotations

import os
import tempfile
from collections import Counter
from pathlib import Path

import httpx
import pytest

from importer import _run_lock_holder
from importer.errors import ConfigError
from importer.runner import one_run_at_a_time, run_import, run_lock_path
from tests.support import Sandbox, talk, write_sheet
from tests.test_small_mends9 import STARTED


def test_a_run_with_another_temporary_folder_still_waits_its_turn(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """macOS gives a Terminal its own $TMPDIR and cron none (/tmp), and pam_tmpdir gives each
    user their own: a lock kept there would let both runs import, making every session twice."""
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "a.csv", [talk(1), talk(2)])
    api = sandbox.settings.api_url
    cron, terminal = tmp_path / "cron", tmp_path / "terminal"
    cron.mkdir(), terminal.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(cron))
    monkeypatch.setattr(_run_lock_holder, "clock", lambda: STARTED)
    with one_run_at_a_time(api, 1):  # the nightly run, still going
        monkeypatch.setattr(tempfile, "tempdir", str(terminal))
        with pytest.raises(ConfigError) as refused:
            sandbox.run(sheet)
    assert str(refused.value) == (
        f"another gbimport run (pid {os.getpid()}, started 02:00, under a minute ago) on this "
        f"machine is importing into guide 1 right now (lock {run_lock_path(api, 1)}); wait for "
        f"it to finish")
    assert sandbox.sessions() == []
    assert sandbox.run(sheet).counts["created"] == 2
    assert len(sandbox.sessions()) == 2


def test_the_run_lock_is_in_the_machines_temporary_folder_unless_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    api = "http://127.0.0.1:9/open-api/v1.1/"
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    (tmp_path / "locks").mkdir()
    monkeypatch.setenv("GBIMPORT_LOCK_DIR", str(tmp_path / "locks"))
    assert run_lock_path(api, 7).parent == tmp_path / "locks"
    monkeypatch.delenv("GBIMPORT_LOCK_DIR")
    assert run_lock_path(api, 7).parent == Path("/tmp")


class RefusedAtFirst(httpx.AsyncBaseTransport):
    """The sandbox, but the first `refusals` creates of a session find the connection
    refused, as when Guidebook's front end restarts mid-run: they never reach the service."""

    def __init__(self, sandbox: Sandbox, refusals: int) -> None:
        self.inner = sandbox.transport()
        self.refusals = refusals

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == "POST" and request.url.path.endswith("/sessions/") \
                and self.refusals > 0:
            self.refusals -= 1
            raise httpx.ConnectError("[Errno 111] Connection refused", request=request)
        return await self.inner.handle_async_request(request)


def test_requests_spent_counts_only_those_that_reached_the_service(tmp_path: Path) -> None:
    """A refused connection sent nothing, and the daily budget counts nothing for it: the
    report's requests are the ones the service answered, by kind."""
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "a.csv", [talk(1), talk(2)])
    report = run_import(sheet, sandbox.settings, transport=RefusedAtFirst(sandbox, 3))
    served = Counter({f"{r['method']} {r['path']}": r["count"]
                      for r in sandbox.stats()["requests"]})
    assert ([o.action for o in report.outcomes], report.requests) == (
        ["created", "created"],
        Counter({"GET guides": 1, "GET locations": 1, "GET schedule-tracks": 1,
                 "GET sessions": 1, "POST locations": 1, "POST schedule-tracks": 3,
                 "POST sessions": 2}))
    assert sum(served.values()) == sum(report.requests.values())
