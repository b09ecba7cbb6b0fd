"""A programme's life in the guide: the nightly cron run (`run --quiet`), which mails what
it prints."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from importer.cli import app
from importer.sandbox import running_sandbox

runner = CliRunner()
HEADER = "Session Title,Date,Time Start,Time End,Room/Location\n"


@pytest.mark.e2e
def test_a_quiet_run_that_made_an_edited_session_anew_beside_its_old_one_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without an id column, a retitled break is a new session, and without --prune the
    old one stays: the app shows both, and a night that mailed nothing hid it."""
    monkeypatch.chdir(tmp_path)
    sheet = tmp_path / "s.csv"
    talks = "Keynote,5/11/2027,9:00 AM,10:00 AM,Hall\n{title},5/11/2027,10:00 AM,10:30 AM,Foyer\n"
    with running_sandbox() as sandbox:
        monkeypatch.setenv("GUIDEBOOK_API_KEY", sandbox.api_key)
        args = ["run", "--guide", "1", "--api-url", sandbox.base_url, "-q", "--timezone",
                "UTC", "--rate", "200", str(sheet)]
        outputs = []
        for title in ("Coffee Break", "Coffee & Tea", "Coffee & Tea"):
            sheet.write_text(HEADER + talks.format(title=title), encoding="utf-8")
            result = runner.invoke(app, args)
            assert result.exit_code == 0, result.output
            outputs.append(result.output)
    first, edited, again = outputs
    assert (first, again) == ("", "")
    assert [line for line in edited.splitlines() if line.startswith(("note", "│"))] == [
        "│       1 │       0 │         1 │       0 │       0 │      0 │        0 │       0 │",
        "note: The sheet has no id column, so each session's import id is derived from its "
        "title, start time and first room. Editing a session's title later, or its time and "
        "room at once while another session has its title, makes it a new session on the "
        "next import (and with --prune deletes "
        "the old one, losing its attendees' schedules and ratings). Add a 'Session ID' "
        "column with a fixed id per session to avoid that.",
        "note: 1 session is in the guide with this sheet's ids but no longer in the sheet: "
        "'Coffee Break' (sheet:auto-b5c5027ff13f); it stays unless you run with --prune",
    ]
