"""A session a colleague adds in Builder under the sheet's import id prefix, between nightly
runs: no row has its id, yet no run made it, so it is no talk dropped from the sheet."""

from __future__ import annotations

from pathlib import Path

from importer.runner import plan_import
from tests.support import Sandbox, talk, write_sheet

LIGHTNING = {
    "guide": 1, "name": "Lightning talks", "import_id": "sheet:LT1",
    "start_time": "2027-05-11T22:00:00+00:00", "end_time": "2027-05-11T23:00:00+00:00",
}
MADE = ("1 session with this sheet's import id prefix 'sheet:' was not in the guide after "
        "the last run and is in no row (made since, by hand in the sandbox most likely): "
        "'Lightning talks' (sheet:LT1)")
KEEP = ("to keep it, clear its import id in the sandbox, or give it one without the prefix, or "
        "add its row to the sheet")


def about_left(notes: list[str]) -> list[str]:
    return [note for note in notes if "sheet:LT1" in note or "sheet:T003" in note]


def test_a_session_made_in_builder_under_the_sheets_prefix_is_not_offered_to_prune(
    tmp_path: Path,
) -> None:
    """The nightly run said 'Lightning talks' was 'no longer in the sheet' and to delete it
    with --prune: it never was in the sheet, and a colleague had just made it. Now the run
    says it was made since the last run and how to keep it, once; the plan says so every
    time; `plan --prune` says it deletes it; a talk dropped from the sheet keeps its note."""
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "s.csv", [talk(1), talk(2), talk(3)])
    sandbox.run(sheet)
    sandbox.post_session(LIGHTNING)
    write_sheet(sheet, [talk(1), talk(2)])

    first = sandbox.run(sheet)
    second = sandbox.run(sheet)
    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport())
    pruned = plan_import(sheet, sandbox.settings, transport=sandbox.transport(), prune=True)

    dropped = ("1 session is in the guide with this sheet's ids but no longer in the sheet: "
               "'Talk number 3' (sheet:T003); it stays unless you run with --prune")
    made = f"{MADE}; it stays, but --prune would delete it: {KEEP}"
    assert (about_left(first.notes_to_act_on), about_left(second.notes_to_act_on)) == (
        ["'Talk number 3' (sheet:T003) is no longer in the sheet, but its session stays in "
         "the app: delete it with a run given --prune (or in the sandbox); later runs list such "
         "sessions in the summary file alone", made],
        [])
    assert about_left(plan.notes) == [dropped, made]
    assert ([d.import_id for d in pruned.deletes], about_left(pruned.notes)) == (
        ["sheet:LT1", "sheet:T003"],
        ["--prune deletes 1 session with this sheet's import id prefix 'sheet:' that was not "
         "in the guide after the last run and is in no row (made since, by hand in the sandbox "
         f"most likely): 'Lightning talks' (sheet:LT1); {KEEP} before running"])
