"""The line a run prints before sending for each kind of warning, on a migration where
thousands of rows carry one: it named the first ten rows and trailed off, so the planner
could not tell 12 rows from 3,000."""

from __future__ import annotations

from pathlib import Path

from importer import render
from importer.runner import plan_import
from tests.support import Sandbox, talk, write_sheet
from tests.test_render import printed


def test_rows_of_one_warning_are_named_as_runs_with_their_count(tmp_path: Path) -> None:
    hall = {"Time Start": "9:00 AM", "Time End": "10:00 AM", "Room/Location": "Hall"}
    sheet = write_sheet(tmp_path / "s.csv", [
        *(talk(n, **hall) for n in range(1, 13)),
        talk(13, **{"Room/Location": "Annex"}),
        *(talk(n, **hall) for n in range(14, 16)),
        talk(20, **{"Description (Optional)": "<p>x</p><script>y</script>"}),
        talk(21, **{"Description (Optional)": "<p>x</p><script>y</script>"})])
    sandbox = Sandbox()
    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport())
    assert printed(lambda console: render.plan_warnings(console, plan)) == [
        "warning: room-overlap on rows 2–13, 15–16 (14 rows; details in the report)",
        "warning: html-stripped on rows 17, 18 (details in the report)",
    ]
