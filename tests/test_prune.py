"""--prune and changed import ids: which sessions go, and what needs --force."""

from __future__ import annotations

import io
from pathlib import Path

from rich.console import Console

from importer import render
from importer.runner import plan_import, run_import
from tests.support import Sandbox, talk, write_sheet
from tests.test_import import template_with_prefix


def test_a_row_taken_out_whose_session_has_a_copy_deletes_each_once(tmp_path: Path) -> None:
    """Both copies go as 'not in the sheet'; the copy is not planned a second time as a
    duplicate, which would send a DELETE that fails and count it against the 10%."""
    sandbox = Sandbox()
    rows = [talk(n) for n in range(1, 21)]
    sandbox.run(write_sheet(tmp_path / "all.csv", rows))
    sandbox.post_session({"guide": 1, "name": "Talk number 3", "import_id": "sheet:T003",
                          "start_time": "2027-05-11T15:00:00.000000+0000"})
    ids = sorted(s["id"] for s in sandbox.sessions() if s["import_id"] == "sheet:T003")
    fewer = write_sheet(tmp_path / "fewer.csv", rows[:2] + rows[3:])
    plan = plan_import(fewer, sandbox.settings, prune=True, transport=sandbox.transport())
    assert [(d.session_id, d.import_id, d.reason) for d in plan.deletes] == [
        (ids[0], "sheet:T003", "not in the sheet"), (ids[1], "sheet:T003", "not in the sheet"),
    ]
    report = sandbox.run(fewer, prune=True)
    assert (report.counts["deleted"], report.exit_code, len(sandbox.sessions())) == (2, 0, 19)


def test_sessions_left_in_the_guide_are_named_up_to_five_and_then_counted(
    tmp_path: Path
) -> None:
    sandbox = Sandbox()
    rows = [talk(n) for n in range(1, 11)]
    # One at a time, so that the sessions' ids, the order the note names them in, follow
    # the rows.
    run_import(write_sheet(tmp_path / "all.csv", rows),
               sandbox.settings.model_copy(update={"concurrency": 1}),
               transport=sandbox.transport())
    notes = [plan_import(write_sheet(tmp_path / f"{len(kept)}.csv", kept), sandbox.settings,
                         transport=sandbox.transport()).notes
             for kept in (rows[:9], rows[:5], rows[:4])]
    assert notes == [
        ["1 session is in the guide with this sheet's ids but no longer in the sheet: "
         "'Talk number 10' (sheet:T010); it stays unless you run with --prune"],
        ["5 sessions are in the guide with this sheet's ids but no longer in the sheet: "
         "'Talk number 6' (sheet:T006), 'Talk number 7' (sheet:T007), 'Talk number 8' "
         "(sheet:T008), 'Talk number 9' (sheet:T009), 'Talk number 10' (sheet:T010); they "
         "stay unless you run with --prune"],
        ["6 sessions are in the guide with this sheet's ids but no longer in the sheet: "
         "'Talk number 5' (sheet:T005), 'Talk number 6' (sheet:T006), 'Talk number 7' "
         "(sheet:T007), 'Talk number 8' (sheet:T008), 'Talk number 9' (sheet:T009) and 1 "
         "more; they stay unless you run with --prune"],
    ]


def test_a_row_whose_id_cell_was_emptied_is_not_named_as_taken_out(tmp_path: Path) -> None:
    """Its session may be the one the row still means: naming it as left in the guide would
    tell the planner to prune the session of a row they only broke."""
    sandbox = Sandbox()
    rows = [talk(n) for n in range(1, 6)]
    sandbox.run(write_sheet(tmp_path / "all.csv", rows))
    rows[2] = talk(3, **{"Session ID": ""})
    plan = plan_import(write_sheet(tmp_path / "b.csv", rows), sandbox.settings,
                       transport=sandbox.transport())
    assert ([(r.result.row, r.action) for r in plan.rows], plan.notes) == (
        [(2, "unchanged"), (3, "unchanged"), (4, "invalid"), (5, "unchanged"),
         (6, "unchanged")], [])


def test_prune_of_over_a_tenth_of_the_guide_needs_force(tmp_path: Path) -> None:
    sandbox = Sandbox()
    rows = [talk(n) for n in range(1, 21)]
    sandbox.run(write_sheet(tmp_path / "all.csv", rows))
    reasons = [plan_import(write_sheet(tmp_path / f"{kept}.csv", rows[:kept]),
                           sandbox.settings, prune=True,
                           transport=sandbox.transport()).needs_force
               for kept in (18, 17)]
    assert reasons == [[], [
        "--prune would delete 3 of the guide's 20 sessions (over 10%): 'Talk number 18' "
        "(sheet:T018), 'Talk number 19' (sheet:T019), 'Talk number 20' (sheet:T020); check "
        "the sheet and the mapping's import_id prefix (gbimport plan --prune lists them all)"]]


def test_a_refused_prune_names_three_sessions_and_counts_the_rest(tmp_path: Path) -> None:
    """It gave the counts alone ('would delete 8 of the guide's 20 sessions'): a cron mail's
    reader could not tell a wrong sheet from cancelled talks without running plan."""
    sandbox = Sandbox()
    rows = [talk(n) for n in range(1, 21)]
    sandbox.run(write_sheet(tmp_path / "all.csv", rows))
    plan = plan_import(write_sheet(tmp_path / "kept.csv", rows[8:]), sandbox.settings,
                       prune=True, transport=sandbox.transport())
    assert plan.needs_force == [
        "--prune would delete 8 of the guide's 20 sessions (over 10%): 'Talk number 1' "
        "(sheet:T001), 'Talk number 2' (sheet:T002), 'Talk number 3' (sheet:T003) and 5 more; "
        "check the sheet and the mapping's import_id prefix (gbimport plan --prune lists "
        "them all)"]
    console = Console(record=True, width=300, file=io.StringIO())
    render.plan(console, plan)
    listed = [line.split("│")[3].strip() for line in console.export_text().splitlines()
              if "│ delete │" in line]
    assert listed == [f"sheet:T{n:03d}" for n in range(1, 9)]


def test_an_edited_title_in_a_sheet_without_ids_does_not_need_force(tmp_path: Path) -> None:
    """The sheet's ids are derived from title, start and room, so a renamed talk is a new
    session; every session in the guide has a derived id, so nothing was imported from an
    id column that this could copy, and a nightly run must go on."""
    sandbox = Sandbox()
    rows = [{**talk(n), "Session ID": ""} for n in range(1, 6)]
    sandbox.run(write_sheet(tmp_path / "a.csv", rows))
    rows[4]["Session Title"] = "Talk number 5, renamed"
    plan = plan_import(write_sheet(tmp_path / "b.csv", rows), sandbox.settings,
                       transport=sandbox.transport())
    assert (plan.counts["create"], plan.counts["unchanged"], plan.needs_force) == (1, 4, [])


def test_a_new_prefix_takes_over_when_half_the_sheet_was_imported_without_one(
    tmp_path: Path
) -> None:
    sandbox = Sandbox()
    bare = sandbox.settings.model_copy(
        update={"mapping": str(template_with_prefix(tmp_path, ""))})
    run_import(write_sheet(tmp_path / "two.csv", [talk(1), talk(2)]), bare,
               transport=sandbox.transport())
    before = {s["import_id"]: s["id"] for s in sandbox.sessions()}
    rows = [talk(n) for n in range(1, 5)]
    plan = plan_import(write_sheet(tmp_path / "four.csv", rows), sandbox.settings,
                       transport=sandbox.transport())
    assert [(r.action, r.session_id) for r in plan.rows] == [
        ("update", before["T001"]), ("update", before["T002"]), ("create", None),
        ("create", None)]


def test_a_prune_that_deletes_the_sessions_left_by_a_take_over_does_not_name_them_too(
    tmp_path: Path
) -> None:
    """The note would tell the planner to remove with --prune what this --prune removes."""
    sandbox = Sandbox()
    rows = [talk(n) for n in range(1, 6)]
    sandbox.run(write_sheet(tmp_path / "noid.csv", [{**r, "Session ID": ""} for r in rows]))
    edited = [*rows[:4], talk(5, **{"Session Title": "Talk number 5, renamed"})]
    plan = plan_import(write_sheet(tmp_path / "ids.csv", edited), sandbox.settings,
                       prune=True, transport=sandbox.transport())
    assert ([(d.name, d.reason) for d in plan.deletes], plan.notes) == (
        [("Talk number 5", "not in the sheet")], [])


def test_sessions_left_in_the_guide_are_named_by_id_whatever_order_they_were_made_in(
    tmp_path: Path
) -> None:
    """Creates run four at a time, so the guide's order of a sheet's sessions is chance: the
    note named them in that order, and said a different thing on two guides."""
    sandbox = Sandbox()
    rows = [talk(n) for n in (3, 2, 1, 4)]
    run_import(write_sheet(tmp_path / "all.csv", rows),  # made 3, 2, 1: ids in that order
               sandbox.settings.model_copy(update={"concurrency": 1}),
               transport=sandbox.transport())
    plan = plan_import(write_sheet(tmp_path / "one.csv", rows[3:]), sandbox.settings,
                       transport=sandbox.transport())
    assert plan.notes == [
        "3 sessions are in the guide with this sheet's ids but no longer in the sheet: "
        "'Talk number 1' (sheet:T001), 'Talk number 2' (sheet:T002), 'Talk number 3' "
        "(sheet:T003); they stay unless you run with --prune"]


def test_one_cancelled_talk_in_a_small_guide_is_pruned_without_force(tmp_path: Path) -> None:
    """One session of five is over a tenth: every prune in a guide of ten or fewer needed
    --force, which teaches typing it out of habit. Two of five still needs it."""
    sandbox = Sandbox()
    rows = [talk(n) for n in range(1, 6)]
    sandbox.run(write_sheet(tmp_path / "all.csv", rows))
    one = plan_import(write_sheet(tmp_path / "four.csv", rows[1:]), sandbox.settings,
                      prune=True, transport=sandbox.transport())
    two = plan_import(write_sheet(tmp_path / "three.csv", rows[2:]), sandbox.settings,
                      prune=True, transport=sandbox.transport())
    assert ([d.import_id for d in one.deletes], one.needs_force) == (["sheet:T001"], [])
    assert two.needs_force == [
        "--prune would delete 2 of the guide's 5 sessions (over 10%): 'Talk number 1' "
        "(sheet:T001), 'Talk number 2' (sheet:T002); check the sheet and the mapping's "
        "import_id prefix (gbimport plan --prune lists them all)"]


def test_a_refused_prune_past_the_rows_the_plan_prints_points_to_its_json(
        tmp_path: Path) -> None:
    """Past 200 changes the plan's text prints the updates first and counts the rest, the
    deletes among them: the refusal named the plain plan as listing them all."""
    sandbox = Sandbox()
    rows = [talk(n) for n in range(1, 231)]
    sandbox.run(write_sheet(tmp_path / "all.csv", rows))
    moved = [talk(n, **{"Session Title": f"Talk {n} (moved)"}) for n in range(1, 181)]
    sheet = write_sheet(tmp_path / "fewer.csv", moved + rows[180:200])  # 30 deletes
    plan = plan_import(sheet, sandbox.settings, prune=True, transport=sandbox.transport())
    assert (plan.counts["update"], plan.counts["delete"]) == (180, 30)
    console = Console(record=True, width=400, file=io.StringIO())
    render.plan(console, plan)
    printed = console.export_text()
    assert "... and 10 more changes, not printed: --json lists every one." in printed
    assert "sheet:T230" not in printed  # a delete the text leaves out
    assert [reason.split("; ")[-1] for reason in plan.needs_force] == [
        "check the sheet and the mapping's import_id prefix (gbimport plan --prune --json "
        "lists them all)"]


def test_deletes_are_planned_in_the_order_of_their_import_ids_not_of_their_creation(
        tmp_path: Path) -> None:
    """Concurrent creates leave the sessions' ids to chance: a refused --prune named 'Talk 3'
    before 'Talk 2' on one night and after it on another. Sessions made in reverse order
    are planned for deletion in the order of their import ids."""
    sandbox = Sandbox()
    for n in (4, 3, 2):
        sandbox.post_session({"guide": 1, "name": f"Talk number {n}",
                              "import_id": f"sheet:T{n:03d}",
                              "start_time": f"2027-05-11T1{n}:00:00.000000+0000"})
    sheet = write_sheet(tmp_path / "one.csv", [talk(1)])
    plan = plan_import(sheet, sandbox.settings, prune=True, transport=sandbox.transport())
    assert [d.import_id for d in plan.deletes] == ["sheet:T002", "sheet:T003", "sheet:T004"]
