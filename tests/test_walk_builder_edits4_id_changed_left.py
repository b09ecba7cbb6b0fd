"""A session whose import id a colleague changed in Builder, on a night the planner also
dropped a talk from the sheet: the plan's note on sessions left in the guide named it as a
talk no longer in the sheet, to --prune, beside the note saying to set its id back."""

from __future__ import annotations

from pathlib import Path

from importer.runner import plan_import
from tests.support import Sandbox, talk, write_sheet
from tests.test_walk_builder_edits2 import RENAMED, change_import_id_in_builder


def about_left(notes: list[str]) -> list[str]:
    return [note for note in notes if "sheet:T002" in note or "sheet:T003" in note]


def test_a_session_whose_id_was_changed_in_builder_is_not_named_as_dropped_from_the_sheet(
    tmp_path: Path,
) -> None:
    """The plan (and a run whose report is printed) said 'Talk number 2' (sheet:T002-old)
    was no longer in the sheet and stayed unless --prune, while the note beside it said to
    set its id back: a planner who pruned lost the session attendees had saved. Now the
    note on sessions left names the dropped talk alone; --prune still deletes the old one,
    as its own note says."""
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "s.csv", [talk(1), talk(2), talk(3)])
    sandbox.run(sheet)
    change_import_id_in_builder(sandbox, "sheet:T002", "sheet:T002-old")
    alone = plan_import(sheet, sandbox.settings, transport=sandbox.transport())
    write_sheet(sheet, [talk(1), talk(2)])

    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport())

    assert about_left(alone.notes) == [RENAMED]
    assert about_left(plan.notes) == [
        "1 session is in the guide with this sheet's ids but no longer in the sheet: "
        "'Talk number 3' (sheet:T003); it stays unless you run with --prune",
        RENAMED,
    ]
