"""Found running a sheet nightly after sessions' import ids were changed in Builder, several
sessions sharing one: a row in error under such an id, and what the state file remembers."""

from __future__ import annotations

from pathlib import Path

from importer.plan import saved_state
from importer.runner import plan_import
from tests.support import talk, write_sheet
from tests.test_duplicate_in_guide import GIVEN_BACK, guide, imported, outcomes, planned
from tests.test_walk_builder_edits2 import change_import_id_in_builder


def test_a_session_under_the_id_of_a_row_in_error_is_given_back_not_made_twice(
        tmp_path: Path) -> None:
    """Talk 1's session took talk 2's id in Builder while talk 2's row has an error: talk 1
    was made a second time (the app showed it twice), said to be deleted in Builder, and
    the row in error named talk 1's session as its own. Now talk 1's is given back its id
    in place, and talk 2's row keeps its own session as it is."""
    sandbox, sheet = imported(tmp_path, [talk(1), talk(2), talk(3)])
    change_import_id_in_builder(sandbox, "sheet:T001", "sheet:T002")
    write_sheet(sheet, [talk(1), talk(2, **{"Time Start": "25:99"}), talk(3)])

    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport(), prune=True)
    report = sandbox.run(sheet, prune=True)

    assert (planned(plan), plan.notes, plan.needs_force) == ([
        (2, "update", 1, [("import_id", "sheet:T002", "sheet:T001")],
         [("id-changed-in-guide", "warning", GIVEN_BACK)]),
        (3, "invalid", 2, [], []),
        (4, "unchanged", 3, [], []),
    ], [], [])
    assert outcomes(report) == [(2, "updated", 1), (3, "invalid", 2), (4, "unchanged", 3)]
    assert guide(sandbox) == [(1, "sheet:T001", "Talk number 1"),
                              (2, "sheet:T002", "Talk number 2"),
                              (3, "sheet:T003", "Talk number 3")]
    assert sorted(saved_state(sandbox.settings, sheet).in_guide()) == [
        "sheet:T001", "sheet:T002", "sheet:T003"]


def test_two_sessions_whose_ids_were_swapped_in_builder_keep_their_talks(
        tmp_path: Path) -> None:
    """Talks 1 and 2 had their import ids swapped in Builder: each row updated the other's
    session into its own talk, title, start and all, without a word, so attendees who saved
    talk 1 found talk 2 in its place. Now each session is given its own id back in place
    (one PATCH each), and a second run has nothing to send."""
    sandbox, sheet = imported(tmp_path, [talk(1), talk(2), talk(3)])
    change_import_id_in_builder(sandbox, "sheet:T001", "sheet:T000")
    change_import_id_in_builder(sandbox, "sheet:T002", "sheet:T001")
    change_import_id_in_builder(sandbox, "sheet:T000", "sheet:T002")

    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport(), prune=True)
    report = sandbox.run(sheet, prune=True)
    again = sandbox.run(sheet, prune=True)

    assert (planned(plan), plan.notes, plan.needs_force) == ([
        (2, "update", 1, [("import_id", "sheet:T002", "sheet:T001")],
         [("id-changed-in-guide", "warning", GIVEN_BACK)]),
        (3, "update", 2, [("import_id", "sheet:T001", "sheet:T002")], [(
            "id-changed-in-guide", "warning",
            "Row 3: this row's session 'Talk number 2' (id 2, its title and start) has in the "
            "guide the import_id 'sheet:T001' of row 2 (changed in Builder, most likely): it "
            "is given back 'sheet:T002' (one PATCH), so each row keeps its own session, and "
            "attendees keep both in their schedules")]),
        (4, "unchanged", 3, [], []),
    ], [], [])
    assert outcomes(report) == [(2, "updated", 1), (3, "updated", 2), (4, "unchanged", 3)]
    assert (outcomes(again), again.notes) == (
        [(2, "unchanged", 1), (3, "unchanged", 2), (4, "unchanged", 3)], [])
    assert guide(sandbox) == [(1, "sheet:T001", "Talk number 1"),
                              (2, "sheet:T002", "Talk number 2"),
                              (3, "sheet:T003", "Talk number 3")]


def test_two_talks_of_one_title_moved_into_each_others_slots_in_the_sheet_are_moved(
        tmp_path: Path) -> None:
    """A sheet edit, not ids swapped: two workshops of one title exchange their times in the
    sheet, and each session moves to its row's time, keeping its id."""
    workshop = {"Session Title": "Workshop"}
    sandbox, sheet = imported(tmp_path, [talk(1, **workshop), talk(2, **workshop)])
    write_sheet(sheet, [talk(1, **workshop, **{"Time Start": "11:00 AM", "Time End": "11:45 AM"}),
                        talk(2, **workshop, **{"Time Start": "10:00 AM", "Time End": "10:45 AM"})])

    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport())

    assert [(row.result.row, row.action, row.session_id, [c.field for c in row.changes],
             row.issues) for row in plan.rows] == [
        (2, "update", 1, ["start_time", "end_time"], []),
        (3, "update", 2, ["start_time", "end_time"], [])]


def test_ids_shifted_by_a_talk_inserted_are_no_swap_and_still_stop(tmp_path: Path) -> None:
    """A talk inserted at the top, the ids after it shifted: a chain, not a ring of sessions
    holding each other's talks, so nothing is given back and the run stops for --force."""
    sandbox, sheet = imported(tmp_path, [talk(n) for n in range(1, 5)])
    rows = [talk(9, **{"Session Title": "New talk"}), *(talk(n) for n in range(1, 5))]
    write_sheet(sheet, [{**row, "Session ID": f"T{n:03d}"} for n, row in enumerate(rows, 1)])

    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport())

    assert ([(row.action, row.session_id, row.issues) for row in plan.rows],
            [reason.split(" (")[0] for reason in plan.needs_force]) == (
        [("update", 1, []), ("update", 2, []), ("update", 3, []), ("update", 4, []),
         ("create", None, [])],
        ["4 of the 4 rows found by import id would make their session another talk, its "
         "title changed and its start or room too"])
