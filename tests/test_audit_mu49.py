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
