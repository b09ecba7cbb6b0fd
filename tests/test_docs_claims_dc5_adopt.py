"""README's "Switching from Builder's import": a plain run stops when the rows --adopt would
take over are half or more of those to create, and more than the rows found by import id."""

from __future__ import annotations

from pathlib import Path

from importer.runner import plan_import
from tests.support import Sandbox, talk, write_sheet
from tests.test_adopt_builder_import import _builder_import


def _stops(sandbox: Sandbox, sheet: Path) -> list[str]:
    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport())
    return [reason.split(" (")[0] for reason in plan.needs_force]


def test_half_the_rows_to_create_with_a_builder_copy_stop_the_run(tmp_path: Path) -> None:
    """One of two new rows has Builder's session: half, so the run stops; one of three
    does not (a new talk or two beside one hand-made session is the warning alone)."""
    half, third = Sandbox(), Sandbox()
    for sandbox in (half, third):
        _builder_import(sandbox, write_sheet(tmp_path / "builder.csv", [talk(1)]))
    two = write_sheet(tmp_path / "two.csv", [talk(1), talk(2)])
    three = write_sheet(tmp_path / "three.csv", [talk(1), talk(2), talk(3)])

    assert (_stops(half, two), _stops(third, three)) == (
        ["1 of the 2 rows to create has the title and start of a session without an "
         "import id"], [])


def test_rows_found_by_import_id_outnumbering_the_copies_are_no_stop(tmp_path: Path) -> None:
    """Two talks imported before, found by their ids; two new rows each with a Builder
    session: all the rows to create, but no more than the rows found, so no stop. A third
    such row outnumbers them, and the run stops."""
    found, outnumbered = Sandbox(), Sandbox()
    old = write_sheet(tmp_path / "old.csv", [talk(1), talk(2)])
    for sandbox in (found, outnumbered):
        sandbox.run_in_order(old)
        _builder_import(sandbox, write_sheet(tmp_path / "builder.csv",
                                             [talk(3), talk(4), talk(5)]))
    two_new = write_sheet(tmp_path / "two-new.csv", [talk(n) for n in (1, 2, 3, 4)])
    three_new = write_sheet(tmp_path / "three-new.csv", [talk(n) for n in (1, 2, 3, 4, 5)])

    assert (_stops(found, two_new), _stops(outnumbered, three_new)) == (
        [], ["3 of the 3 rows to create have the title and start of a session without an "
             "import id"])
