"""A session of the sheet copied in Builder (its import id, title and start) on a night its
row is unchanged: the app shows the talk twice, and the nightly mail (`run --quiet
--publish`) said nothing of it, as a quiet run names only the warnings of rows it sends."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from importer.cli import app
from importer.sandbox import running_sandbox
from tests.support import Sandbox, talk, write_sheet

runner = CliRunner()
SHEET = ("Session ID,Session Title,Date,Time Start,Time End,Room/Location\n"
         "K1,Keynote,5/11/2027,9:00 AM,10:00 AM,Hall\n"
         "T1,Workshop,5/11/2027,10:00 AM,11:00 AM,Room B\n")


def copy_in_builder(builder: httpx.Client, import_id: str) -> tuple[int, int]:
    """A colleague's copy of the session with `import_id`: its id and the copy's."""
    session = next(s for s in builder.get("sessions/?guide=1").json()["results"]
                   if s["import_id"] == import_id)
    fields = ("guide", "name", "start_time", "end_time", "import_id", "locations")
    copy = builder.post("sessions/", json={key: session[key] for key in fields})
    copy.raise_for_status()
    return session["id"], copy.json()["id"]


@pytest.mark.e2e
def test_a_copy_made_in_builder_is_told_once_by_the_quiet_mail(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The night after the copy is made says so on stderr, naming the session, its row and
    the fix; the next night prints nothing, and its summary file still lists the copy."""
    monkeypatch.chdir(tmp_path)
    sheet = tmp_path / "s.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    with running_sandbox() as sandbox:
        monkeypatch.setenv("GUIDEBOOK_API_KEY", sandbox.api_key)

        def night(number: int) -> tuple[int, str, str]:
            result = runner.invoke(app, [
                "run", "--guide", "1", "--api-url", sandbox.base_url, "--quiet", "--publish",
                "--timezone", "UTC", "--rate", "200", "--report", f"night{number}.csv",
                str(sheet)])
            return result.exit_code, result.stdout, result.stderr

        first = night(1)
        with httpx.Client(base_url=sandbox.base_url,
                          headers={"Authorization": f"JWT {sandbox.api_key}"}) as builder:
            kept, copy = copy_in_builder(builder, "sheet:K1")
        nights = [first, night(2), night(3)]
    note = (f"the guide holds a copy of 'Keynote' (sheet:K1, row 2): id {copy} beside id "
            f"{kept}, with the same import id, title and start (copied in the sandbox, "
            "most likely), so the app shows the talk twice; delete the copy in the sandbox, or "
            "run with --prune, which deletes it")
    assert nights == [(0, "", ""), (0, "", f"note: {note}\n"), (0, "", "")]
    summary = json.loads((tmp_path / "night3.summary.json").read_text(encoding="utf-8"))
    assert note in summary["notes"]


def test_several_copies_are_named_in_one_note_each_with_its_row(tmp_path: Path) -> None:
    """Two talks copied: one note names each copy beside its row's session; a run with
    --prune deletes them and the note is gone."""
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "s.csv", [talk(1), talk(2), talk(3)])
    sandbox.run_in_order(sheet)
    fields = ("guide", "name", "start_time", "end_time", "import_id", "locations")
    for session in sandbox.sessions():
        if session["import_id"] in ("sheet:T001", "sheet:T003"):
            sandbox.post_session({key: session[key] for key in fields})

    told = sandbox.run(sheet)
    pruned = sandbox.run(sheet, prune=True, force=True)  # 2 of 5 sessions: over 10%

    note = ("the guide holds 2 copies of the sheet's sessions, so the app shows those talks "
            "twice: 'Talk number 1' (sheet:T001, row 2): id 4 beside id 1; 'Talk number 3' "
            "(sheet:T003, row 4): id 5 beside id 3, each with the same import id, title and "
            "start (copied in the sandbox, most likely); delete the copies in the sandbox, or run "
            "with --prune, which deletes them")
    assert (told.notes_to_act_on, note in told.notes) == ([note], True)
    assert ([(o.action, o.session_id) for o in pruned.outcomes if o.action == "deleted"],
            [n for n in pruned.notes if "copies" in n]) == ([("deleted", 4), ("deleted", 5)], [])
