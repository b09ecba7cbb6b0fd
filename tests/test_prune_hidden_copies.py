"""A workbook read with --sheet all whose hidden tab (last year's sessions, with the same
columns) is not read, and a session of a tab read copied in Builder: --prune deletes the
copy as on a workbook with no hidden tab, while a session in no row read, or in a row
marked out by leave_out, still stops the run for the hidden tab."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from importer.errors import UnsafeOperationError
from importer.runner import plan_import
from tests.support import Sandbox
from tests.test_leave_out import MAPPING, write_mapping
from tests.test_load import write_xlsx
from tests.test_prune_unread_tabs import _run, _tab

HIDDEN_STOP = (
    "--prune would delete 1 session (such as '{}') while the workbook has hidden sheets with "
    "the programme's columns, which may hold them (see the hidden-sheets warning); unhide "
    "those sheets, or name the sheets to read with --sheet")


def _imported(tmp_path: Path, *numbers: int) -> tuple[Sandbox, Path]:
    """Talks `numbers` on Day 1 sent, and a hidden tab of last year's talk never read."""
    sandbox = Sandbox()
    workbook = write_xlsx(tmp_path / "days.xlsx", {"Day 1": _tab(*numbers), "2026": _tab(40)},
                          hidden=("2026",))
    assert _run(sandbox, workbook, sheet=["all"]).counts["created"] == len(numbers)
    return sandbox, workbook


def _copy_in_builder(sandbox: Sandbox, import_id: str) -> None:
    session = next(s for s in sandbox.sessions() if s["import_id"] == import_id)
    sandbox.post_session({key: session[key] for key in ("guide", "name", "start_time",
                                                        "end_time", "import_id")})


def _deletes(plan: Any) -> list[tuple[int, str, str]]:
    return [(d.session_id, d.import_id, d.reason) for d in plan.deletes]


def test_a_copy_of_a_session_read_is_pruned_without_the_hidden_sheets_stop(
        tmp_path: Path) -> None:
    """--prune stopped every night: 'would delete 1 session (such as 'sheet:T001') while the
    workbook has hidden sheets', though row 2 of the tab read has that talk and the copy is
    no hidden tab's session. The copy is now deleted with no --force."""
    sandbox, workbook = _imported(tmp_path, *range(1, 11))
    _copy_in_builder(sandbox, "sheet:T001")

    plan = plan_import(workbook, sandbox.settings, transport=sandbox.transport(),
                       sheet=["all"], prune=True)
    report = _run(sandbox, workbook, sheet=["all"], prune=True)

    assert (_deletes(plan), plan.needs_force) == (
        [(11, "sheet:T001", "duplicate import_id")], [])
    assert ([(o.session_id, o.action) for o in report.outcomes if o.action != "unchanged"],
            len(sandbox.sessions())) == ([(11, "deleted")], 10)


def test_a_dropped_row_beside_a_copy_still_stops_for_the_hidden_sheets(
        tmp_path: Path) -> None:
    """A talk gone from every tab read may be on the hidden one: that stop stays, naming it
    and not the copy, and nothing is deleted."""
    sandbox, workbook = _imported(tmp_path, *range(1, 21))
    _copy_in_builder(sandbox, "sheet:T001")
    write_xlsx(workbook, {"Day 1": _tab(*range(1, 20)), "2026": _tab(40)}, hidden=("2026",))

    with pytest.raises(UnsafeOperationError) as stopped:
        _run(sandbox, workbook, sheet=["all"], prune=True)

    assert str(stopped.value) == (HIDDEN_STOP.format("sheet:T020")
                                  + ". Pass --force if that is really intended.")
    assert len(sandbox.sessions()) == 21


def test_a_row_marked_out_still_stops_for_the_hidden_sheets(tmp_path: Path) -> None:
    """A row marked out by leave_out keeps the stop it had: the hidden tab may hold the
    talk it was moved to."""
    sandbox, workbook = _imported(tmp_path, 1, 2, 3)
    mapping = write_mapping(tmp_path, MAPPING.replace('"Status"', '"Description (Optional)"'))
    settings = sandbox.settings.model_copy(update={"mapping": str(mapping)})
    rows = _tab(1, 2, 3)
    rows[3][-1] = "Cancelled"
    write_xlsx(workbook, {"Day 1": rows, "2026": _tab(40)}, hidden=("2026",))

    plan = plan_import(workbook, settings, transport=sandbox.transport(), sheet=["all"],
                       prune=True)

    assert (_deletes(plan), plan.needs_force) == (
        [(3, "sheet:T003", "left out by the sheet (leave_out)")],
        [HIDDEN_STOP.format("sheet:T003")])
