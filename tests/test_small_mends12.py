"""Small mends to the results report: the summary counts the rows with warnings, so a nightly
script tells "ok" from "ok, with warnings" without reading every row; a publish that failed at
the sandbox no longer sends the planner to Builder, where a rehearsal's changes never were."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import httpx
import pytest

from importer.errors import NotPublishedError
from importer.report import write_report
from importer.runner import publish_guide, run_import_async
from tests.support import BASE_URL, Sandbox, talk, write_sheet
from tests.test_audit_runs_publish import PublishAnswers
from tests.test_report_walk4_sandbox_unpublished import GUIDEBOOK_URL

STYLED = "<p style='font-family:Arial'>Hi</p>"  # html-stripped: a warning, the row still sent


def test_summary_file_and_json_report_count_the_rows_with_warnings(tmp_path: Path) -> None:
    sheet = write_sheet(tmp_path / "talks.csv", [
        talk(1),
        talk(2, **{"Description (Optional)": STYLED}),
        talk(3, **{"Description (Optional)": STYLED}),
        talk(4, **{"Time Start": "lunch", "Description (Optional)": STYLED}),
    ])
    report = Sandbox().run(sheet)
    write_report(report, tmp_path / "r.csv")
    summary = json.loads((tmp_path / "r.summary.json").read_text())
    written = json.loads(write_report(report, tmp_path / "j.json").read_text())
    # An invalid row's warnings count as validate's 'with warnings' counts them.
    assert (summary["with_warnings"], written["with_warnings"]) == (3, 3)
    assert (summary["ok"], summary["counts"]["created"], summary["counts"]["invalid"]) == (
        False, 3, 1)


def test_ok_with_warnings_is_told_from_ok(tmp_path: Path) -> None:
    warned = Sandbox().run(write_sheet(tmp_path / "warned.csv", [
        talk(1), talk(2, **{"Description (Optional)": STYLED})]))
    clean = Sandbox().run(write_sheet(tmp_path / "clean.csv", [talk(1), talk(2)]))
    assert [(r.summary()["ok"], r.summary()["with_warnings"]) for r in (warned, clean)] == [
        (True, 1), (True, 0)]


DOWN = ("Guidebook kept failing: POST guides/1/publish/ got HTTP 503 after 1 attempt. Try "
        "again later.")


def publish_failing_at(api_url: str, sheet: Path) -> tuple[str | None, str]:
    """A run with --publish whose publish keeps failing, then `gbimport publish` by hand
    failing too: the run's publish line and the publish's error."""
    sandbox = Sandbox()
    sandbox.settings = sandbox.settings.model_copy(
        update={"api_url": api_url, "publish": True, "max_retry_wait": 0.0})
    transport = PublishAnswers(sandbox, [httpx.Response(503, text="down") for _ in range(2)])
    report = asyncio.run(run_import_async(sheet, sandbox.settings, transport=transport))
    assert report.exit_code == 4
    with pytest.raises(NotPublishedError) as caught:
        publish_guide(sandbox.settings, transport=transport)
    return report.publish_note, str(caught.value)


def test_a_publish_failing_at_the_sandbox_offers_the_publish_there(tmp_path: Path) -> None:
    sheet = write_sheet(tmp_path / "schedule.csv", [talk(1)])
    assert publish_failing_at(BASE_URL, sheet) == (
        f"Not published: {DOWN} What the run changed is in the sandbox, not in Builder; in "
        "Guidebook it would reach attendees' apps once the guide is published. Publish it at "
        f"the sandbox with: gbimport publish {sheet} --guide 1 --api-url {BASE_URL}",
        f"guide 1 was not published: {DOWN} Publish it at the sandbox with: gbimport publish "
        f"--guide 1 --api-url {BASE_URL}")


def test_a_publish_failing_at_guidebook_still_sends_the_planner_to_builder(
        tmp_path: Path) -> None:
    sheet = write_sheet(tmp_path / "schedule.csv", [talk(1)])
    assert publish_failing_at(GUIDEBOOK_URL, sheet) == (
        f"Not published: {DOWN} Publish it in Guidebook Builder, or with: gbimport publish "
        f"{sheet} --guide 1 --api-url {GUIDEBOOK_URL}",
        f"guide 1 was not published: {DOWN} Publish it in Guidebook Builder, or with: "
        f"gbimport publish --guide 1 --api-url {GUIDEBOOK_URL}")
