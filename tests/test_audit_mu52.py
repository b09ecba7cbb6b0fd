"""A nightly run after two sessions' import ids were swapped in Builder, where one of the two
rows cannot take its session back: its talk was dropped from the sheet, or its row is in
error tonight. No talk is overwritten with another's content, and --prune deletes no session
that is plainly a row's."""

from __future__ import annotations

from pathlib import Path

from importer.runner import plan_import
from tests.support import Sandbox, talk, write_sheet
from tests.test_duplicate_in_guide import guide, imported, outcomes, planned
from tests.test_load import write_xlsx
from tests.test_prune_unread_tabs import _run, _tab
from tests.test_walk_builder_edits2 import change_import_id_in_builder


def swap_in_builder(sandbox: Sandbox, first: str, second: str) -> None:
    change_import_id_in_builder(sandbox, first, "swapping")
    change_import_id_in_builder(sandbox, second, first)
    change_import_id_in_builder(sandbox, "swapping", second)


DROPPED = (
    "Row 2: this row's session 'Talk number 1' (id 1, its title and start) has in the guide "
    "the import_id 'sheet:T003' of a session no longer in the sheet, and the session under "
    "this row's id, 'Talk number 3' (id 3), is another talk (their ids swapped in Builder, "
    "most likely): this row's is given back 'sheet:T001' (one PATCH) rather than id 3 made "
    "into this talk, which is left as it is (--prune does not delete it while it has this "
    "row's id): give it its own import id in Builder, or delete it there")


def test_a_session_swapped_with_a_dropped_talks_is_taken_back_not_pruned(
        tmp_path: Path) -> None:
    """Talk 1's and talk 3's ids swapped in Builder, then talk 3 dropped from the sheet. Row
    2 made talk 3's session into talk 1, and --prune deleted talk 1's own session: attendees
    who saved talk 1 lost it. Now row 2 takes its session back in place, nothing is deleted,
    and the next run sends nothing."""
    sandbox, sheet = imported(tmp_path, [talk(1), talk(2), talk(3)])
    swap_in_builder(sandbox, "sheet:T001", "sheet:T003")
    write_sheet(sheet, [talk(1), talk(2)])

    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport(), prune=True)
    report = sandbox.run(sheet, prune=True)
    writes = sandbox.writes()
    again = sandbox.run(sheet)

    assert (planned(plan), plan.needs_force) == ([
        (2, "update", 1, [("import_id", "sheet:T003", "sheet:T001")],
         [("id-changed-in-guide", "warning", DROPPED)]),
        (3, "unchanged", 2, [], []),
    ], [])
    assert outcomes(report) == [(2, "updated", 1), (3, "unchanged", 2)]
    assert guide(sandbox) == [(1, "sheet:T001", "Talk number 1"),
                              (2, "sheet:T002", "Talk number 2"),
                              (3, "sheet:T001", "Talk number 3")]
    assert (outcomes(again), sandbox.writes() - writes) == (
        [(2, "unchanged", 1), (3, "unchanged", 2)], {})


IN_ERROR = (
    "Row 2: this row's session 'Talk number 1' (id 1, its title and start) has in the guide "
    "the import_id 'sheet:T002' of row 3, which is in error, and the session under this "
    "row's id, 'Talk number 2' (id 2), is another talk (their ids swapped in Builder, most "
    "likely): this row's is given back 'sheet:T001' (one PATCH) rather than id 2 made into "
    "this talk, which is left as it is for that row once it is fixed")


def test_a_session_swapped_with_a_row_in_error_is_taken_back_not_overwritten(
        tmp_path: Path) -> None:
    """Talk 1's and talk 2's ids swapped in Builder, and talk 2's row in error tonight (its
    time 'TBC'). Row 2 made talk 2's session into talk 1: the app showed talk 1 twice and
    talk 2 nowhere. Now row 2 takes its own session back, talk 2's is left as it is, and
    once row 3 is fixed it is given its id back, talk 2 shown once."""
    sandbox, sheet = imported(tmp_path, [talk(1), talk(2), talk(3)])
    swap_in_builder(sandbox, "sheet:T001", "sheet:T002")
    write_sheet(sheet, [talk(1), talk(2, **{"Time Start": "TBC"}), talk(3)])

    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport(), prune=True)
    sandbox.run(sheet, prune=True)
    after_run = guide(sandbox)
    write_sheet(sheet, [talk(1), talk(2), talk(3)])
    fixed = sandbox.run(sheet, prune=True)

    assert (planned(plan), plan.needs_force) == ([
        (2, "update", 1, [("import_id", "sheet:T002", "sheet:T001")],
         [("id-changed-in-guide", "warning", IN_ERROR)]),
        (3, "invalid", None, [], []),
        (4, "unchanged", 3, [], []),
    ], [])
    assert after_run == [(1, "sheet:T001", "Talk number 1"),
                         (2, "sheet:T001", "Talk number 2"),
                         (3, "sheet:T003", "Talk number 3")]
    assert outcomes(fixed) == [(2, "unchanged", 1), (3, "updated", 2), (4, "unchanged", 3)]
    assert guide(sandbox) == [(1, "sheet:T001", "Talk number 1"),
                              (2, "sheet:T002", "Talk number 2"),
                              (3, "sheet:T003", "Talk number 3")]


def test_a_copy_of_a_session_in_the_tab_read_is_pruned_without_the_unread_tabs_stop(
        tmp_path: Path) -> None:
    """A workbook whose nightly run reads its first tab alone (the other, with the same
    columns, never sent), a session of that tab copied in Builder (its import id, title and
    start). --prune stopped every night: 'would delete 1 session in no row read ('Talk
    number 1' (sheet:T001))', though row 2 of the tab read has that talk, and a copy of it is
    no other tab's session. The copy is now deleted as on a sheet of one tab."""
    sandbox = Sandbox()
    workbook = write_xlsx(tmp_path / "days.xlsx", {"Day 1": _tab(*range(1, 11)),
                                                    "Day 2": _tab(11)})
    _run(sandbox, workbook)
    first = next(s for s in sandbox.sessions() if s["import_id"] == "sheet:T001")
    sandbox.post_session({key: first[key] for key in ("guide", "name", "start_time",
                                                      "end_time", "import_id")})

    plan = plan_import(workbook, sandbox.settings, transport=sandbox.transport(), prune=True)
    report = _run(sandbox, workbook, prune=True)

    assert ([(d.session_id, d.import_id, d.reason) for d in plan.deletes],
            plan.needs_force) == ([(11, "sheet:T001", "duplicate import_id")], [])
    assert (report.counts["deleted"], len(sandbox.sessions())) == (1, 10)
