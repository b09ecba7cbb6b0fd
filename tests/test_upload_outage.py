"""Guidebook out of reach in the middle of a run: stop, rather than fail row after row."""

from __future__ import annotations

import asyncio
from collections import Counter
from pathlib import Path

import httpx

from importer.runner import run_import_async
from tests.support import BASE_URL, Sandbox, talk, write_sheet


class GoesDown(httpx.AsyncBaseTransport):
    """The sandbox, until `answered` sessions were created: then every connection is refused."""

    def __init__(self, sandbox: Sandbox, answered: int) -> None:
        self.inner = sandbox.transport()
        self.left = answered

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        creating = request.method == "POST" and request.url.path.endswith("/sessions/")
        if creating and self.left <= 0:
            raise httpx.ConnectError("[Errno 111] Connection refused", request=request)
        self.left -= creating
        return await self.inner.handle_async_request(request)


def test_a_service_that_stops_answering_mid_run_defers_the_rest_and_exits_3(
    tmp_path: Path,
) -> None:
    """A 3,000-row migration meeting an outage spent max_retry_wait (2 minutes) on every
    row left, hours in all, each row `failed`. Ten rows in a row failing with no request
    getting through stop the run: the rest is deferred to the next run, which carries on."""
    sandbox = Sandbox()
    settings = sandbox.settings.model_copy(update={"max_retry_wait": 0.0, "concurrency": 1})
    sheet = write_sheet(tmp_path / "talks.csv", [talk(n) for n in range(1, 31)])
    report = asyncio.run(run_import_async(sheet, settings, transport=GoesDown(sandbox, 5)))
    assert Counter(o.action for o in report.outcomes) == {
        "created": 5, "failed": 10, "deferred": 15}
    assert (report.halted, report.exit_code) == ("outage", 3)
    assert report.notes[-1] == (
        "Guidebook stopped answering: 10 rows in a row failed with no request getting "
        "through; the rest is deferred; run again later to continue")
    assert {o.message for o in report.outcomes if o.action == "failed"} == {
        f"Lost the connection to Guidebook ({BASE_URL}), which had answered this run: POST "
        "sessions/ got ConnectError after 1 attempt. Try again later."}
    assert {o.message for o in report.outcomes if o.action == "deferred"} == {
        "not sent: Guidebook stopped answering; run again later to continue"}
    later = asyncio.run(run_import_async(sheet, settings, transport=sandbox.transport()))
    assert Counter(o.action for o in later.outcomes) == {"created": 25, "unchanged": 5}
