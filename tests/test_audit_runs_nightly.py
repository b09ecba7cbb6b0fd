"""The nightly cron run (`run --quiet`) on a sheet with an id column: a talk replaced by
another is no copy of it, and a night that went well prints nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from importer.cli import app
from importer.sandbox import running_sandbox

runner = CliRunner()
HEADER = "Session ID,Session Title,Date,Time Start,Time End,Room/Location\n"
KEYNOTE = "K1,Keynote,5/11/2027,9:00 AM,10:00 AM,Hall\n"


@pytest.mark.e2e
def test_a_quiet_night_that_made_a_session_beside_one_the_sheet_dropped_prints_one_note(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With ids, a new row is a new talk, not an edited one made anew: no summary to mail,
    only the one line telling that the dropped talk stays in the app."""
    monkeypatch.chdir(tmp_path)
    sheet = tmp_path / "s.csv"
    with running_sandbox() as sandbox:
        monkeypatch.setenv("GUIDEBOOK_API_KEY", sandbox.api_key)
        args = ["run", "--guide", "1", "--api-url", sandbox.base_url, "-q", "--timezone",
                "UTC", "--rate", "200", str(sheet)]
        results = []
        for talk in ("B1,Coffee Break,5/11/2027,10:00 AM,10:30 AM,Foyer\n",
                     "W1,Workshop,5/11/2027,10:00 AM,10:30 AM,Lab\n"):
            sheet.write_text(HEADER + KEYNOTE + talk, encoding="utf-8")
            results.append(runner.invoke(app, args))
        sessions = sandbox.stats()["sessions"]
    assert [(r.exit_code, r.output) for r in results] == [(0, ""), (
        0, "note: 'Coffee Break' (sheet:B1) is no longer in the sheet, but its session stays "
           "in the app: delete it with a run given --prune (or in the sandbox); later runs list "
           "such sessions in the summary file alone\n")]
    assert sessions == {"1": 3}  # the dropped break stays, without --prune
