"""A migration killed outright (kill -9, a reboot) has spent thousands of the account's
daily requests: the state file keeps them on record as the run goes, so that the next
plan does not count them as left, and a run that ends counts its requests once."""

from __future__ import annotations

import json
from pathlib import Path

import httpx

from importer.report import RowOutcome
from importer.runner import run_import

from .support import Sandbox, talk, write_sheet

SPENT_SAVE_EVERY = 50  # importer.runner's: rows sent between two saves of the requests


def _spent_on_disk(state: Path) -> int:
    if not state.exists():
        return 0
    return sum(count for entry in json.loads(state.read_text()).values()
               for _, count in entry.get("spent", ()))


def test_a_run_killed_outright_leaves_what_it_spent_on_record(tmp_path: Path) -> None:
    """What the file holds while rows are still being sent is what a kill -9 leaves."""
    sandbox = Sandbox()
    rows = 3 * SPENT_SAVE_EVERY + 1
    sheet = write_sheet(tmp_path / "talks.csv", [talk(n) for n in range(1, rows + 1)])
    state = tmp_path / ".gbimport-state.json"
    on_disk: list[int] = []

    def progress(outcome: RowOutcome) -> None:
        on_disk.append(_spent_on_disk(state))

    report = sandbox.run(sheet, progress=progress)
    assert report.counts["created"] == rows
    # Past two saves, the file holds at least the creates of the rows saved so far.
    assert on_disk[2 * SPENT_SAVE_EVERY] >= 2 * SPENT_SAVE_EVERY
    assert on_disk[-1] < report.requests_spent  # the last rows are saved at the end


def test_a_run_that_ends_counts_its_requests_once(tmp_path: Path) -> None:
    """The saves as it goes are replaced by the run's total, not added to it: the next plan
    counts what the run spent, and the next run's record stands beside it."""
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "talks.csv",
                        [talk(n) for n in range(1, 2 * SPENT_SAVE_EVERY + 2)])
    state = tmp_path / ".gbimport-state.json"
    first = sandbox.run(sheet)
    assert _spent_on_disk(state) == first.requests_spent
    second = sandbox.run(sheet)
    assert second.counts["unchanged"] == 2 * SPENT_SAVE_EVERY + 1
    assert _spent_on_disk(state) == first.requests_spent + second.requests_spent


class _SeeingStateOnPublish(httpx.AsyncBaseTransport):
    """The sandbox, noting what the state file holds when the publish is sent."""

    def __init__(self, sandbox: Sandbox, state: Path) -> None:
        self.inner, self.state, self.seen = sandbox.transport(), state, [-1]

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/publish/"):
            self.seen.append(_spent_on_disk(self.state))
        return await self.inner.handle_async_request(request)


def test_a_run_killed_while_its_publish_waits_leaves_its_rows_requests_on_record(
        tmp_path: Path) -> None:
    """The publish can wait out Guidebook's limit of 2 a minute: a kill -9 then leaves every
    request the rows spent on record."""
    sandbox = Sandbox()
    rows = SPENT_SAVE_EVERY + 3
    sheet = write_sheet(tmp_path / "talks.csv", [talk(n) for n in range(1, rows + 1)])
    transport = _SeeingStateOnPublish(sandbox, tmp_path / ".gbimport-state.json")
    report = run_import(sheet, sandbox.settings.model_copy(update={"publish": True}),
                        transport=transport)
    assert (report.counts["created"], report.published) == (rows, True)
    assert transport.seen[-1] == report.requests_spent - 1  # all but the publish itself
