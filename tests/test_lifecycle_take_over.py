"""A programme's life in the guide: an id column added to a sheet of derived ids while a row
is in error, which hides the session it had."""

from __future__ import annotations

from pathlib import Path

from importer.runner import plan_import
from tests.support import Sandbox, talk, write_sheet

TIME = "Time Start"


def imported_without_ids(tmp_path: Path) -> Sandbox:
    sandbox = Sandbox()
    sandbox.run(write_sheet(tmp_path / "a.csv", [talk(n, **{"Session ID": ""})
                                                 for n in range(1, 13)]))
    return sandbox


def with_ids(tmp_path: Path) -> Path:
    """The id column filled in, and row 4's start mistyped in the same edit."""
    return write_sheet(tmp_path / "b.csv", [talk(n, **({TIME: "11:0O AM"} if n == 3 else {}))
                                            for n in range(1, 13)])


def test_prune_keeps_a_session_from_before_the_id_column_while_a_row_hides_which_it_is(
    tmp_path: Path
) -> None:
    """Row 4's error hides the id its session was imported under: deleting that session
    now, and making it anew once the row is fixed, would lose its attendees' schedules."""
    sandbox = imported_without_ids(tmp_path)
    plan = plan_import(with_ids(tmp_path), sandbox.settings, transport=sandbox.transport(),
                       prune=True)
    assert (plan.counts, plan.deletes, plan.notes) == (
        {"create": 0, "update": 11, "unchanged": 0, "invalid": 1, "delete": 0, "skipped": 0},
        [],
        ["1 session imported before the sheet had session ids matches no row now ('Talk "
         "number 3'): row 4 is in error, so which session it is cannot be told; fix it and "
         "run again (--prune keeps that session until then)"])


def test_without_prune_the_note_does_not_advise_deleting_what_an_invalid_row_may_be(
    tmp_path: Path
) -> None:
    sandbox = imported_without_ids(tmp_path)
    plan = plan_import(with_ids(tmp_path), sandbox.settings, transport=sandbox.transport())
    assert plan.notes == [
        "1 session imported before the sheet had session ids matches no row now ('Talk "
        "number 3'): row 4 is in error, so which session it is cannot be told; fix it and "
        "run again (--prune keeps that session until then)"]
