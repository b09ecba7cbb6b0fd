"""--prune while a row is in error, on a sheet whose id column is new: only sessions from
before the id column are kept for the row to take over; everything else prunes as ever."""

from __future__ import annotations

from pathlib import Path

from importer.runner import plan_import
from tests.support import Sandbox, talk, write_sheet

TIME = "Time Start"


def test_a_session_of_an_id_the_sheet_dropped_is_pruned_while_a_row_hides_its_own(
    tmp_path: Path
) -> None:
    """'Talk number 20' was imported with its id, then left out of the sheet: --prune
    deletes it, though row 4's error keeps the session from before the id column (a sheet
    without ids imported beside it, with --force)."""
    sandbox = Sandbox()
    sandbox.run(write_sheet(tmp_path / "early.csv", [talk(20)]))
    sandbox.run(write_sheet(tmp_path / "a.csv", [talk(n, **{"Session ID": ""})
                                                 for n in range(1, 5)]), force=True)
    with_ids = write_sheet(tmp_path / "b.csv", [
        talk(n, **({TIME: "11:0O AM"} if n == 3 else {})) for n in range(1, 5)])
    plan = plan_import(with_ids, sandbox.settings, transport=sandbox.transport(), prune=True)
    assert ([(d.import_id, d.name) for d in plan.deletes],
            [note for note in plan.notes if "before the sheet had session ids" in note]) == (
        [("sheet:T020", "Talk number 20")],
        ["1 session imported before the sheet had session ids matches no row now ('Talk "
         "number 3'): row 4 is in error, so which session it is cannot be told; fix it and "
         "run again (--prune keeps that session until then)"])


def test_a_row_in_error_whose_session_is_known_does_not_stop_the_prune(tmp_path: Path) -> None:
    """Row 2's id is in the guide: its error hides nothing, and 'Talk number 3', no longer
    in the sheet, is deleted."""
    sandbox = Sandbox()
    sandbox.run(write_sheet(tmp_path / "early.csv", [talk(20)]))
    sandbox.run(write_sheet(tmp_path / "a.csv", [talk(n, **{"Session ID": ""})
                                                 for n in range(1, 4)]), force=True)
    with_ids = write_sheet(tmp_path / "b.csv", [talk(20, **{TIME: "11:0O AM"}), talk(1),
                                                talk(2)])
    plan = plan_import(with_ids, sandbox.settings, transport=sandbox.transport(), prune=True)
    assert ([(r.action, r.result.row) for r in plan.rows],
            [d.name for d in plan.deletes],
            [note for note in plan.notes if "before the sheet had session ids" in note]) == (
        [("invalid", 2), ("update", 3), ("update", 4)], ["Talk number 3"], [])


def test_on_a_sheet_of_derived_ids_a_new_row_in_error_does_not_stop_the_prune(
    tmp_path: Path
) -> None:
    """No id column: a new row in error hides no earlier id, and the cancelled talk goes."""
    sandbox = Sandbox()
    sandbox.run(write_sheet(tmp_path / "a.csv", [talk(n, **{"Session ID": ""})
                                                 for n in range(1, 4)]))
    edited = write_sheet(tmp_path / "b.csv", [
        talk(1, **{"Session ID": ""}), talk(2, **{"Session ID": ""}),
        talk(5, **{"Session ID": "", "Time End": "2:4S PM"})])
    plan = plan_import(edited, sandbox.settings, transport=sandbox.transport(), prune=True)
    assert ([(r.action, r.result.row, r.result.import_id is not None) for r in plan.rows],
            [d.name for d in plan.deletes]) == (
        [("unchanged", 2, True), ("unchanged", 3, True), ("invalid", 4, True)],
        ["Talk number 3"])
