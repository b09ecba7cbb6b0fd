"""Guidebook out of reach in the middle of a run: stop, rather than fail row after row."""

from __future__ import annotations

import asyncio
from collections import Counter
from pathlib import Path

import httpx

from importer.report import ImportReport
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
        "through, so the run stopped; run again later to continue")
    assert {o.message for o in report.outcomes if o.action == "failed"} == {
        f"Lost the connection to Guidebook ({BASE_URL}), which had answered this run: POST "
        "sessions/ got ConnectError after 1 attempt. Try again later."}
    assert {o.message for o in report.outcomes if o.action == "deferred"} == {
        "not sent: Guidebook stopped answering; run again later to continue (see the notes)"}
    later = asyncio.run(run_import_async(sheet, settings, transport=sandbox.transport()))
    assert Counter(o.action for o in later.outcomes) == {"created": 25, "unchanged": 5}


class Answers503(httpx.AsyncBaseTransport):
    """The sandbox, but every session update is answered 503, as by a service that is down."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.inner = sandbox.transport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == "PATCH":
            return httpx.Response(503)
        return await self.inner.handle_async_request(request)


def test_an_outage_answering_503_to_updates_stops_the_run_too(tmp_path: Path) -> None:
    """A 503 answers, but gets nothing through: the updates whose outcome is unknown count
    toward the outage as refused connections do."""
    sandbox = Sandbox()
    settings = sandbox.settings.model_copy(update={"max_retry_wait": 0.0, "concurrency": 1})
    sandbox.run(write_sheet(tmp_path / "talks.csv", [talk(n) for n in range(1, 16)]))
    edited = write_sheet(tmp_path / "edited.csv", [
        talk(n, **{"Session Title": f"Renamed {n}"}) for n in range(1, 16)])
    report = asyncio.run(run_import_async(edited, settings, transport=Answers503(sandbox)))
    assert Counter(o.action for o in report.outcomes) == {"failed": 10, "deferred": 5}
    assert (report.halted, report.exit_code) == ("outage", 3)
    ids = {s["import_id"]: s["id"] for s in sandbox.sessions()}
    assert [(o.row, o.message) for o in report.outcomes if o.action == "failed"] == [
        (n + 1, f"PATCH sessions/{ids[f'sheet:T{n:03d}']}/ was sent and may have been "
                "applied, but its outcome is unknown (HTTP 503 after 1 attempt); the next "
                "run compares the session again and sends what still differs.")
        for n in range(1, 11)]


class RefusesEveryOther(httpx.AsyncBaseTransport):
    """The sandbox, but every other session create is refused a connection."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.inner = sandbox.transport()
        self.creates = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == "POST" and request.url.path.endswith("/sessions/"):
            self.creates += 1
            if self.creates % 2 == 0:
                raise httpx.ConnectError("[Errno 111] Connection refused", request=request)
        return await self.inner.handle_async_request(request)


def test_rows_failing_between_rows_that_get_through_are_no_outage(tmp_path: Path) -> None:
    """A flaky network fails one row in two: Guidebook answers, so the run goes on to the
    end; only failures with nothing getting through between them make an outage."""
    sandbox = Sandbox()
    settings = sandbox.settings.model_copy(update={"max_retry_wait": 0.0, "concurrency": 1})
    sheet = write_sheet(tmp_path / "talks.csv", [talk(n) for n in range(1, 25)])
    report = asyncio.run(run_import_async(sheet, settings,
                                          transport=RefusesEveryOther(sandbox)))
    assert Counter(o.action for o in report.outcomes) == {"created": 12, "failed": 12}
    assert (report.halted, report.exit_code, report.notes) == (None, 1, [])


class DeletesAnswered(httpx.AsyncBaseTransport):
    """The sandbox, but each DELETE gets the next of `answers`: a status, or "refused"."""

    def __init__(self, sandbox: Sandbox, answers: list[int | str]) -> None:
        self.inner = sandbox.transport()
        self.answers = iter(answers)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == "DELETE":
            answer = next(self.answers)
            if answer == "refused":
                raise httpx.ConnectError("[Errno 111] Connection refused", request=request)
            return httpx.Response(int(answer), json={"detail": "cannot delete this session"})
        return await self.inner.handle_async_request(request)


def pruning_all_but_one(tmp_path: Path, answers: list[int | str]) -> ImportReport:
    """A session for each answer and one more imported, then a sheet of that one pruned
    with the DELETEs `answers`."""
    sandbox = Sandbox()
    settings = sandbox.settings.model_copy(update={"max_retry_wait": 0.0, "concurrency": 1})
    # Talk n is session n: the deletes, in id order, meet their answers in the sheet's
    # order, and which rooms a failed delete leaves in use is fixed.
    sandbox.run_in_order(write_sheet(tmp_path / "talks.csv",
                                     [talk(n) for n in range(1, len(answers) + 2)]))
    return asyncio.run(run_import_async(
        write_sheet(tmp_path / "one.csv", [talk(1)]), settings, prune=True, force=True,
        transport=DeletesAnswered(sandbox, answers)))


def test_deletes_that_cannot_connect_stop_the_run_as_an_outage(tmp_path: Path) -> None:
    report = pruning_all_but_one(tmp_path, ["refused"] * 12)
    assert Counter(o.action for o in report.outcomes) == {
        "unchanged": 1, "failed": 10, "deferred": 2}
    assert (report.halted, report.exit_code) == ("outage", 3)


def test_deletes_refused_by_guidebook_are_row_failures_not_an_outage(tmp_path: Path) -> None:
    """A 400 is Guidebook answering: each delete fails on its own, and the run goes on."""
    report = pruning_all_but_one(tmp_path, [400] * 12)
    assert Counter(o.action for o in report.outcomes) == {"unchanged": 1, "failed": 12}
    assert (report.halted, report.exit_code, report.notes) == (None, 1, [])


def test_a_delete_finding_the_session_gone_got_through_between_failures(
    tmp_path: Path,
) -> None:
    """Deleted in Builder meanwhile (404): Guidebook answered, so no outage."""
    report = pruning_all_but_one(tmp_path, ["refused", 404] * 12)
    assert Counter(o.action for o in report.outcomes) == {
        "unchanged": 1, "failed": 12, "deleted": 12}
    assert (report.halted, report.exit_code, report.notes) == (None, 1, [])
