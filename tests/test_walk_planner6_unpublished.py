"""A run without --publish that changed the guide says its changes are not in the app yet,
and how to publish them: before, it said nothing of publishing, and a first-time planner
took the sessions for live."""

from __future__ import annotations

import io
from pathlib import Path

from rich.console import Console

from importer import render
from importer.report import ImportReport
from tests.support import AT_SANDBOX, BASE_URL, Sandbox, talk, write_sheet


def printed(report: ImportReport) -> list[str]:
    out = io.StringIO()
    render.run_report(Console(file=out, width=400, color_system=None), report, None)
    return out.getvalue().splitlines()


def test_a_run_that_changed_the_guide_without_publish_says_how_to_publish(
    tmp_path: Path,
) -> None:
    sheet = write_sheet(tmp_path / "schedule.csv", [talk(1), talk(2)])
    sandbox = Sandbox()
    first = sandbox.run(sheet)
    second = sandbox.run(sheet)
    note = (f"Not published (no --publish): what the run changed is in the sandbox, not in "
            f"Builder; in Guidebook it would reach attendees' apps once the guide is published. "
            f"Publish it at the sandbox with: gbimport publish {sheet} --guide 1 "
            f"--api-url {BASE_URL}")
    assert (first.counts["created"], first.unpublished_note) == (2, note)
    assert printed(first)[-1] == note
    # The JSON keeps saying publishing was not asked for; an unchanged run has nothing to say.
    assert (first.to_json()["published"], first.to_json()["publish_note"]) == (None, None)
    assert (second.counts["unchanged"], second.unpublished_note) == (2, None)
    assert not any("publish" in text for text in printed(second))


def test_a_run_with_publish_says_it_published_and_nothing_more(tmp_path: Path) -> None:
    sheet = write_sheet(tmp_path / "schedule.csv", [talk(1)])
    sandbox = Sandbox()
    sandbox.settings = sandbox.settings.model_copy(update={"publish": True})
    report = sandbox.run(sheet)
    assert (report.publish_note, report.unpublished_note) == (
        f"Published guide 1 (1 request) {AT_SANDBOX}.", None)
    assert [text for text in printed(report) if "ublished" in text] == [
        f"Published guide 1 (1 request) {AT_SANDBOX}."]
