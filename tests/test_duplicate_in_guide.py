"""Several sessions in the guide under one row's import id: a planner typed another row's id
over a session's in Builder, or copied a session there and made another talk of the copy.
The row keeps its own session; no talk is overwritten with another's content, and --prune
deletes no session that is plainly a row's."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from importer.plan import Plan
from importer.report import ImportReport
from importer.runner import plan_import
from tests.support import Sandbox, talk, write_sheet
from tests.test_walk_builder_edits2 import change_import_id_in_builder, sandbox_delete


def planned(plan: Plan) -> list[tuple[Any, ...]]:
    """The plan's whole outcome: each row's action, session, changes and issues, then the
    deletes."""
    return [
        *((row.result.row, row.action, row.session_id,
           [(c.field, c.old, c.new) for c in row.changes],
           [(i.code, i.severity, i.message) for i in row.issues]) for row in plan.rows),
        *(("delete", d.session_id, d.import_id, d.reason) for d in plan.deletes),
    ]


def outcomes(report: ImportReport) -> list[tuple[Any, ...]]:
    return [(o.row, o.action, o.session_id) for o in report.outcomes]


def guide(sandbox: Sandbox) -> list[tuple[int, str, str]]:
    return sorted((s["id"], s["import_id"], s["name"]) for s in sandbox.sessions())


def imported(tmp_path: Path, rows: list[dict[str, str]]) -> tuple[Sandbox, Path]:
    """The sheet run once: its sessions' ids follow its rows."""
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "s.csv", rows)
    sandbox.run_in_order(sheet)
    return sandbox, sheet


GIVEN_BACK = ("Row 2: this row's session 'Talk number 1' (id 1, its title and start) has in "
              "the guide the import_id 'sheet:T002' of row 3 (changed in Builder, most "
              "likely): it is given back 'sheet:T001' (one PATCH), so each row keeps its own "
              "session, and attendees keep both in their schedules")


def test_a_session_given_another_rows_id_in_builder_is_given_its_own_back(
        tmp_path: Path) -> None:
    """Talk 1's session took talk 2's id in Builder. Row 3 updated the lowest of the two,
    talk 1's, into talk 2 (attendees who saved talk 1 found talk 2), --prune deleted talk 2's
    own session, and talk 1 was made anew, said to be deleted in Builder. Now each row
    keeps its session, talk 1's given its id back in place."""
    sandbox, sheet = imported(tmp_path, [talk(1), talk(2), talk(3)])
    change_import_id_in_builder(sandbox, "sheet:T001", "sheet:T002")

    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport(), prune=True)
    report = sandbox.run(sheet, prune=True)

    assert (planned(plan), plan.notes, plan.needs_force) == ([
        (2, "update", 1, [("import_id", "sheet:T002", "sheet:T001")],
         [("id-changed-in-guide", "warning", GIVEN_BACK)]),
        (3, "unchanged", 2, [], []),
        (4, "unchanged", 3, [], []),
    ], [], [])
    assert outcomes(report) == [(2, "updated", 1), (3, "unchanged", 2), (4, "unchanged", 3)]
    assert guide(sandbox) == [(1, "sheet:T001", "Talk number 1"),
                              (2, "sheet:T002", "Talk number 2"),
                              (3, "sheet:T003", "Talk number 3")]


def test_the_row_first_in_the_sheet_keeps_its_id_remembered_as_in_the_guide(
        tmp_path: Path) -> None:
    """Talk 2's session took talk 1's id: row 2 keeps the id, row 3 takes its own back. The
    id row 3's session gave up is still row 2's: a later deletion of talk 1 in Builder is
    told of, not made again without a word."""
    sandbox, sheet = imported(tmp_path, [talk(1), talk(2)])
    change_import_id_in_builder(sandbox, "sheet:T002", "sheet:T001")
    assert outcomes(sandbox.run(sheet)) == [(2, "unchanged", 1), (3, "updated", 2)]
    sandbox_delete(sandbox, 1)

    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport())

    assert [note.split(":")[0] for note in plan.notes] == [
        "1 of this sheet's sessions was in the guide after the last run and is gone from it "
        "now (deleted in the sandbox, most likely)"]


def copy_in_builder(sandbox: Sandbox, session_id: int, **changes: str) -> None:
    """Builder's copy of a session (import id and all), edited there."""
    (session,) = [s for s in sandbox.sessions() if s["id"] == session_id]
    fields = ("guide", "name", "import_id", "start_time", "end_time", "description_html")
    sandbox.post_session({**{key: session[key] for key in fields}, **changes})


def test_a_copy_made_another_talk_in_builder_is_left_and_named(tmp_path: Path) -> None:
    """The copy is no copy any more: --prune deleted it as one (a talk the planner added)."""
    sandbox, sheet = imported(tmp_path, [talk(1), talk(2)])
    copy_in_builder(sandbox, 2, name="Evening social")

    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport(), prune=True)
    report = sandbox.run(sheet, prune=True)

    assert planned(plan) == [
        (2, "unchanged", 1, [], []),
        (3, "unchanged", 2, [], [(
            "duplicate-in-guide", "warning",
            "Row 3: the guide holds 2 sessions with import_id 'sheet:T002': this row's is id 2, "
            "with its title and start, the one this row keeps up to date; id 3 ('Evening "
            "social') is another talk that no row finds, so it is left as it is, also by "
            "--prune: give it the import id of its own row in Builder, or delete it there")]),
    ]
    assert outcomes(report) == [(2, "unchanged", 1), (3, "unchanged", 2)]
    assert [row[0] for row in guide(sandbox)] == [1, 2, 3]


def test_a_copy_kept_as_it_was_is_deleted_by_prune_whichever_id_is_lowest(
        tmp_path: Path) -> None:
    """Talk 1's session given talk 2's id, and talk 2's copied: the row keeps its own
    session, the copy of it goes with --prune, and talk 1's session is not taken for one."""
    sandbox, sheet = imported(tmp_path, [talk(1), talk(2)])
    copy_in_builder(sandbox, 2)
    change_import_id_in_builder(sandbox, "sheet:T001", "sheet:T002")

    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport(), prune=True)

    assert planned(plan) == [
        (2, "update", 1, [("import_id", "sheet:T002", "sheet:T001")],
         [("id-changed-in-guide", "warning", GIVEN_BACK)]),
        (3, "unchanged", 2, [], [(
            "duplicate-in-guide", "warning",
            "Row 3: the guide holds 2 sessions with import_id 'sheet:T002': this row's is id 2, "
            "with its title and start, the one this row keeps up to date; --prune deletes "
            "id 3, a copy of it")]),
        ("delete", 3, "sheet:T002", "duplicate import_id"),
    ]


def test_a_row_whose_session_cannot_be_told_stops_and_keeps_both(tmp_path: Path) -> None:
    """The row's title edited in the sheet, and a copy of its session made another talk in
    Builder: neither session has the row's title and start, so neither is overwritten."""
    sandbox, sheet = imported(tmp_path, [talk(1), talk(2)])
    copy_in_builder(sandbox, 2, name="Evening social")
    edited = write_sheet(sheet, [talk(1), talk(2, **{
        "Session Title": "Talk number 2, revised", "Room/Location": "Annex"})])

    plan = plan_import(edited, sandbox.settings, transport=sandbox.transport(), prune=True)
    report = sandbox.run(edited, prune=True)

    assert plan.locations_to_create == []  # the row's new room waits with it
    assert planned(plan) == [
        (2, "unchanged", 1, [], []),
        (3, "invalid", None, [], [(
            "ambiguous-in-guide", "error",
            "Row 3: the guide holds 2 different sessions with import_id 'sheet:T002', id 2 "
            "('Talk number 2'), id 3 ('Evening social'), and none has this row's title and "
            "start, so which is this row's cannot be told: the row is not sent, and they are "
            "left as they are (also by --prune); in Builder, give each one that is not this "
            "row's session the import id of its own row (or delete it), then run again")]),
    ]
    assert (outcomes(report), report.ok) == ([(2, "unchanged", 1), (3, "invalid", None)], False)
    assert guide(sandbox) == [(1, "sheet:T001", "Talk number 1"),
                              (2, "sheet:T002", "Talk number 2"),
                              (3, "sheet:T002", "Evening social")]


def test_a_row_edited_in_the_sheet_keeps_its_session_once_the_other_is_given_back(
        tmp_path: Path) -> None:
    """Talk 1's session took talk 2's id, and talk 2's title was edited in the sheet: talk
    1's is row 2's, so the one left is row 3's."""
    sandbox, sheet = imported(tmp_path, [talk(1), talk(2)])
    change_import_id_in_builder(sandbox, "sheet:T001", "sheet:T002")
    edited = write_sheet(sheet, [
        talk(1), talk(2, **{"Session Title": "Talk number 2, revised"})])

    plan = plan_import(edited, sandbox.settings, transport=sandbox.transport(), prune=True)

    assert planned(plan) == [
        (2, "update", 1, [("import_id", "sheet:T002", "sheet:T001")],
         [("id-changed-in-guide", "warning", GIVEN_BACK)]),
        (3, "update", 2, [("name", "Talk number 2", "Talk number 2, revised")], []),
    ]


def test_a_session_given_the_id_of_a_row_dropped_since_is_given_its_own_back(
        tmp_path: Path) -> None:
    """Talk 1's session took talk 2's id in Builder, and talk 2 was dropped from the sheet:
    --prune deleted both sessions under that id, and talk 1 was made anew, said to be
    deleted in Builder. Only talk 2's goes now."""
    sandbox, sheet = imported(tmp_path, [talk(1), talk(2), talk(3)])
    change_import_id_in_builder(sandbox, "sheet:T001", "sheet:T002")
    write_sheet(sheet, [talk(1), talk(3)])

    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport(), prune=True)
    report = sandbox.run(sheet, prune=True)

    assert (planned(plan), plan.needs_force) == ([
        (2, "update", 1, [("import_id", "sheet:T002", "sheet:T001")], [(
            "id-changed-in-guide", "warning",
            "Row 2: this row's session 'Talk number 1' (id 1, its title and start) has in the "
            "guide the import_id 'sheet:T002' of a session no longer in the sheet (changed in "
            "Builder, most likely): it is given back 'sheet:T001' (one PATCH), so it is not "
            "made again, and attendees keep it in their schedules")]),
        (3, "unchanged", 3, [], []),
        ("delete", 2, "sheet:T002", "not in the sheet"),
    ], [])
    assert [note for note in plan.notes if "gone from it now" in note] == []
    assert outcomes(report) == [(2, "updated", 1), (3, "unchanged", 3), (None, "deleted", 2)]
    assert guide(sandbox) == [(1, "sheet:T001", "Talk number 1"),
                              (3, "sheet:T003", "Talk number 3")]


def test_a_row_edited_in_the_sheet_keeps_its_session_and_prune_deletes_its_copy(
        tmp_path: Path) -> None:
    """As above, with talk 2's session copied in Builder too: the copy goes with --prune,
    and the warning does not claim the row's title for a session that has the old one."""
    sandbox, sheet = imported(tmp_path, [talk(1), talk(2)])
    copy_in_builder(sandbox, 2)
    change_import_id_in_builder(sandbox, "sheet:T001", "sheet:T002")
    edited = write_sheet(sheet, [talk(1), talk(2, **{"Session Title": "Talk number 2, revised"})])

    plan = plan_import(edited, sandbox.settings, transport=sandbox.transport(), prune=True)

    assert planned(plan) == [
        (2, "update", 1, [("import_id", "sheet:T002", "sheet:T001")],
         [("id-changed-in-guide", "warning", GIVEN_BACK)]),
        (3, "update", 2, [("name", "Talk number 2", "Talk number 2, revised")], [(
            "duplicate-in-guide", "warning",
            "Row 3: the guide holds 2 sessions with import_id 'sheet:T002': this row's is id 2, "
            "the one talk there that is no other row's (this row's title or start was edited "
            "since), the one this row keeps up to date; --prune deletes id 3, a copy of it")]),
        ("delete", 3, "sheet:T002", "duplicate import_id"),
    ]
