"""A run that stops before it finishes spent requests of the account's day all the same: the
state file records them, once, so that the next plan's budget line counts them."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import httpx
import pytest

from importer.errors import ApiError, InterruptedBeforeSending, UnsafeOperationError
from importer.runner import run_import_async

from .support import Sandbox, talk, write_sheet


def _spent(sheet: Path) -> list[int]:
    """The counts the state file beside the sheet records, for every guide."""
    state = json.loads((sheet.parent / ".gbimport-state.json").read_text())
    return [count for entry in state.values() for _, count in entry.get("spent", ())]


class _Answering(httpx.AsyncBaseTransport):
    """The sandbox, but `path_end` is answered with `status`; counts what reached it."""

    def __init__(self, sandbox: Sandbox, path_end: str, status: int,
                 on: str = "GET") -> None:
        self.sandbox, self.path_end, self.status, self.on = sandbox, path_end, status, on
        self.asked = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.asked += 1
        if request.method == self.on and request.url.path.endswith(self.path_end):
            return httpx.Response(self.status, json={"detail": "Not allowed."})
        return await self.sandbox.transport().handle_async_request(request)


def test_a_stop_for_force_records_the_reads_it_spent(tmp_path: Path) -> None:
    sandbox = Sandbox()
    rows = [talk(n) for n in range(1, 11)]
    first = sandbox.run(write_sheet(tmp_path / "talks.csv", rows))
    sheet = write_sheet(tmp_path / "talks.csv", rows[:5])
    with pytest.raises(UnsafeOperationError, match="delete 5 of the guide's 10"):
        sandbox.run(sheet, prune=True)
    assert _spent(sheet) == [first.requests_spent, 4]  # the guide's 4 reads


def test_an_error_while_the_guide_is_read_records_what_reached_guidebook(
        tmp_path: Path) -> None:
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1)])
    refusing = _Answering(sandbox, "/sessions/", 403)
    with pytest.raises(ApiError):
        asyncio.run(run_import_async(sheet, sandbox.settings, transport=refusing))
    assert refusing.asked > 0
    assert _spent(sheet) == [refusing.asked]


def test_a_stop_while_the_guide_is_read_records_the_reads_sent(tmp_path: Path) -> None:
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1)])
    stop = asyncio.Event()
    asked: list[str] = []

    class SlowSessionList(httpx.AsyncBaseTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            asked.append(request.url.path)
            if request.url.path.endswith("/sessions/"):
                stop.set()  # Ctrl-C while the sessions are listed
                await asyncio.sleep(60)
            return await sandbox.transport().handle_async_request(request)

    with pytest.raises(InterruptedBeforeSending):
        asyncio.run(run_import_async(sheet, sandbox.settings, stop=stop,
                                     transport=SlowSessionList()))
    assert _spent(sheet) == [len(asked)]


def test_a_run_that_stops_on_an_error_while_writing_records_its_requests_once(
        tmp_path: Path) -> None:
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1), talk(2)])
    refusing = _Answering(sandbox, "/sessions/", 403, on="POST")
    report = asyncio.run(run_import_async(sheet, sandbox.settings, transport=refusing))
    assert report.halted == "fatal"
    assert _spent(sheet) == [report.requests_spent]
