"""On a sheet without an id column, a 'Workshop' (a title other rows share) moved to another
time and room is made anew, and its old session stays: the mail said only that a session
no longer in the sheet 'stays unless you run with --prune', not that the app shows the
talk twice."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from importer.cli import app
from importer.sandbox import running_sandbox

runner = CliRunner()
HEADER = "Session Title,Date,Time Start,Time End,Room/Location\n"
KEYNOTE = "Keynote,5/11/2027,9:00 AM,10:00 AM,Hall\n"
SECOND_WORKSHOP = "Workshop,5/11/2027,2:00 PM,3:00 PM,Room B\n"


@pytest.mark.e2e
def test_a_workshop_moved_on_a_sheet_without_ids_is_said_to_be_shown_twice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The night of the move names the old session's time and the row made anew, and says
    the app shows both until --prune deletes the old one; the next night prints nothing."""
    monkeypatch.chdir(tmp_path)
    sheet = tmp_path / "s.csv"
    with running_sandbox() as sandbox:
        monkeypatch.setenv("GUIDEBOOK_API_KEY", sandbox.api_key)
        nights = []
        for number, workshop in enumerate(("Workshop,5/11/2027,10:00 AM,11:00 AM,Room A\n",
                                           "Workshop,5/11/2027,11:00 AM,12:00 PM,Room C\n",
                                           "Workshop,5/11/2027,11:00 AM,12:00 PM,Room C\n")):
            sheet.write_text(HEADER + KEYNOTE + workshop + SECOND_WORKSHOP, encoding="utf-8")
            result = runner.invoke(app, [
                "run", "--guide", "1", "--api-url", sandbox.base_url, "--quiet", "--publish",
                "--timezone", "UTC", "--rate", "200", "--report", f"night{number}.csv",
                str(sheet)])
            notes = [line for line in result.stdout.splitlines() if line.startswith("note:")]
            nights.append((result.exit_code, notes, result.stderr))
    first, moved, quiet = nights
    assert (first, quiet) == ((0, [], ""), (0, [], ""))
    assert moved[0] == 0 and moved[2] == ""
    assert moved[1][1:] == [
        "note: the app shows 'Workshop' twice: its session at Tue 11 May 10:00 "
        "(sheet:auto-8c0e15ac4861) is in no row now, and row 3, with its title, makes a new "
        "session beside it (on a sheet without an id column, a talk whose time and room are "
        "edited at once is a new session); the old one stays until a run with --prune "
        "deletes it (or delete it in the sandbox)"]
