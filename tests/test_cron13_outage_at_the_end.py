"""A nightly run of a few edits meeting Guidebook down after it read the guide: fewer rows
than an outage's ten in a row fail, so the run ended with exit 1 (rows to fix), or 4 with
`--publish` ('the changes are in Builder, but publishing them failed'), where the README
promises 3 (run again later) for Guidebook that stopped answering mid-run."""

from __future__ import annotations

import asyncio
from collections import Counter
from pathlib import Path

import httpx

from importer.runner import run_import_async
from tests.support import Sandbox, talk, write_sheet
from tests.test_upload_outage import GoesDown


class DownAfterEdits(httpx.AsyncBaseTransport):
    """The sandbox, until `answered` session updates went through: then every connection,
    whatever it asks, is refused."""

    def __init__(self, sandbox: Sandbox, answered: int) -> None:
        self.inner = sandbox.transport()
        self.left = answered
        self.down = False

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.down = self.down or (self.left <= 0 and request.method == "PATCH")
        if self.down:
            raise httpx.ConnectError("[Errno 111] Connection refused", request=request)
        self.left -= request.method == "PATCH"
        return await self.inner.handle_async_request(request)


def nightly_edits(tmp_path: Path) -> tuple[Sandbox, Path]:
    """Five talks imported, then three of them renamed in the sheet."""
    sandbox = Sandbox()
    sandbox.run(write_sheet(tmp_path / "talks.csv", [talk(n) for n in range(1, 6)]))
    edited = write_sheet(tmp_path / "talks.csv", [
        talk(n, **{"Session Title": f"Renamed {n}"}) if n <= 3 else talk(n)
        for n in range(1, 6)])
    return sandbox, edited


def test_guidebook_down_for_a_nights_last_edits_exits_3_and_publishes_nothing(
    tmp_path: Path,
) -> None:
    sandbox, edited = nightly_edits(tmp_path)
    settings = sandbox.settings.model_copy(
        update={"max_retry_wait": 0.0, "concurrency": 1, "publish": True})
    report = asyncio.run(run_import_async(edited, settings,
                                          transport=DownAfterEdits(sandbox, 1)))
    assert (Counter(o.action for o in report.outcomes), report.halted, report.exit_code) == (
        {"updated": 1, "failed": 2, "unchanged": 2}, "outage", 3)
    assert report.notes == [
        "Guidebook stopped answering: the last 2 rows failed with no request getting "
        "through, nor one asking for the guide after them; run again later to continue"]
    assert (report.published, report.publish_note) == (False, (
        "Not published: the run stopped as Guidebook stopped answering; the run that "
        "finishes the job publishes it (or, once the rest is in: gbimport publish "
        f"{edited} --guide 1 --api-url http://127.0.0.1/open-api/v1.1/)."))
    later = asyncio.run(run_import_async(edited, settings, transport=sandbox.transport()))
    assert (Counter(o.action for o in later.outcomes), later.exit_code, later.published) == (
        {"updated": 2, "unchanged": 3}, 0, True)


def test_rows_failing_last_while_the_guide_still_answers_are_the_rows_own_failures(
    tmp_path: Path,
) -> None:
    """Guidebook answers the run's question after the rows' failures (only creates were
    refused): no outage, so the rows failed, exit 1, as a row to look at."""
    sandbox = Sandbox()
    settings = sandbox.settings.model_copy(update={"max_retry_wait": 0.0, "concurrency": 1})
    sheet = write_sheet(tmp_path / "talks.csv", [talk(n) for n in range(1, 6)])
    report = asyncio.run(run_import_async(sheet, settings, transport=GoesDown(sandbox, 3)))
    assert (Counter(o.action for o in report.outcomes), report.halted, report.exit_code,
            report.notes) == ({"created": 3, "failed": 2}, None, 1, [])
