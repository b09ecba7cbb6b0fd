"""Sessions from before a sheet had an id column, left over when their rows were edited in
the same change: the note naming them."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.runner import plan_import
from tests.support import Sandbox, talk, write_sheet


@pytest.mark.parametrize(("renamed", "named"), [
    (3, "3 sessions imported before the sheet had session ids match no row now ('Talk number "
        "1', 'Talk number 2', 'Talk number 3'): "),
    (4, "4 sessions imported before the sheet had session ids match no row now ('Talk number "
        "1', 'Talk number 2', 'Talk number 3', ...): "),
], ids=["three-all-named", "four-three-named"])
def test_sessions_left_by_a_take_over_are_named_up_to_three(tmp_path: Path, renamed: int,
                                                             named: str) -> None:
    sandbox = Sandbox()
    rows = [talk(n) for n in range(1, 6)]
    # The note names them in id order.
    sandbox.run_in_order(write_sheet(tmp_path / "noid.csv",
                                     [{**r, "Session ID": ""} for r in rows]))
    edited = [talk(n, **{"Session Title": f"Talk number {n}, renamed"}) if n <= renamed
              else talk(n) for n in range(1, 6)]
    plan = plan_import(write_sheet(tmp_path / "ids.csv", edited), sandbox.settings,
                       transport=sandbox.transport())
    assert [note for note in plan.notes if "before the sheet had session ids" in note] == [
        named + "their titles, times or rooms were edited at the same time, so their rows made "
        "new sessions; remove these with --prune, or in Builder"]


def test_a_title_edited_in_a_sheet_still_without_ids_names_no_session_from_before(
        tmp_path: Path) -> None:
    """Ids still derived: the session left by the edit is this sheet's own, not one from
    before an id column, and the note would send the user looking for a change never made."""
    sandbox = Sandbox()
    rows = [{**talk(n), "Session ID": ""} for n in range(1, 4)]
    sandbox.run(write_sheet(tmp_path / "noid.csv", rows))
    edited = [*rows[:2], {**rows[2], "Session Title": "Talk number 3, renamed"}]
    plan = plan_import(write_sheet(tmp_path / "edited.csv", edited), sandbox.settings,
                       transport=sandbox.transport())
    assert (plan.counts["create"], plan.counts["unchanged"]) == (1, 2)
    assert [note for note in plan.notes if "before the sheet had session ids" in note] == []
