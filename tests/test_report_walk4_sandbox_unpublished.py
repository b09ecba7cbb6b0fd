"""A rehearsal at the sandbox without --publish ended 'Not published (no --publish): what the
run changed is in Builder ... Publish it in Guidebook Builder', right under the line saying it
changed nothing in Guidebook, and its Summary tab's 'Published' cell said the same: a planner
went to Builder for sessions that were never there. At the sandbox these now say where the
changes are; at Guidebook they are as they were."""

from __future__ import annotations

from pathlib import Path

from importer.report import ImportReport
from tests.support import BASE_URL, REHEARSAL, Sandbox, talk, write_sheet
from tests.test_report_cells import cells
from tests.test_walk_planner6_unpublished import printed

# Guidebook's API as far as the words go: not this machine's, so no rehearsal.
GUIDEBOOK_URL = "https://api.guidebook.example/open-api/v1.1/"


def run_at(api_url: str, sheet: Path) -> ImportReport:
    sandbox = Sandbox()
    sandbox.settings = sandbox.settings.model_copy(update={"api_url": api_url})
    return sandbox.run(sheet)


def test_a_rehearsal_says_its_changes_are_in_the_sandbox_not_in_builder(tmp_path: Path) -> None:
    sheet = write_sheet(tmp_path / "schedule.csv", [talk(1), talk(2)])
    report = run_at(BASE_URL, sheet)
    note = ("Not published (no --publish): what the run changed is in the sandbox, not in "
            "Builder; in Guidebook it would reach attendees' apps once the guide is published. "
            f"Publish it at the sandbox with: gbimport publish {sheet} --guide 1 "
            f"--api-url {BASE_URL}")
    assert printed(report)[-2:] == [f"Sent to {BASE_URL} {REHEARSAL}.", note]
    assert cells(report, tmp_path / "r.xlsx")["Published"] == (
        "not asked to (no --publish): what the run changed is in the sandbox, not in Builder; "
        "in Guidebook it would reach attendees' apps once the guide is published")


def test_a_run_at_guidebook_still_sends_the_planner_to_builder(tmp_path: Path) -> None:
    sheet = write_sheet(tmp_path / "schedule.csv", [talk(1)])
    report = run_at(GUIDEBOOK_URL, sheet)
    assert printed(report)[-1] == (
        "Not published (no --publish): what the run changed is in Builder, and reaches "
        "attendees' apps once the guide is published. Publish it in Guidebook Builder, or "
        f"with: gbimport publish {sheet} --guide 1 --api-url {GUIDEBOOK_URL}")
    assert cells(report, tmp_path / "r.xlsx")["Published"] == (
        "not asked to (no --publish): what the run changed is in Builder, and reaches "
        "attendees' apps once the guide is published")
