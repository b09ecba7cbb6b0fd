"""Today's newest behaviour, as the planner, the migration and the nightly job meet it."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer import plan_import, run_import
from tests.support import HEADER, Sandbox, talk
from tests.test_load import write_xlsx

# --- a talk paired to its old session by title, with a tab of the workbook unread -------------

NO_ID = HEADER[1:]  # Builder's template without its optional id column: ids are derived


def _row(number: int, **changes: str) -> list[object]:
    return list(talk(number, **changes).values())[1:]


def _days(tmp_path: Path, day_1: list[list[object]]) -> Path:
    day_2 = [NO_ID, _row(3, Date="5/12/2027"), _row(4, Date="5/12/2027")]
    return write_xlsx(tmp_path / "days.xlsx", {"Day 1": [NO_ID, *day_1], "Day 2": day_2})


@pytest.mark.parametrize("room", ["Room 100", "Room 9"])
def test_a_row_of_the_tab_read_takes_no_session_of_a_tab_left_unread(tmp_path: Path,
                                                                     room: str) -> None:
    """Day 1 gains a repeat of Day 2's 'Talk number 4', at another time (in its room, or in
    another one too), and the run reads the first tab alone: Day 2's session of that title
    is in no row read, but it is still Day 2's, not Day 1's new row's, and must not move to
    Day 1 (attendees who saved it would find it on another day, and Day 2 would lose it)."""
    sandbox = Sandbox()
    workbook = _days(tmp_path, [_row(1), _row(2)])
    every_tab = run_import(workbook, sandbox.settings, transport=sandbox.transport(),
                           sheet=["all"])
    assert every_tab.counts["created"] == 4
    before = sorted((s["id"], s["name"], s["start_time"]) for s in sandbox.sessions())
    repeat = _row(4, **{"Time Start": "4:00 PM", "Time End": "4:45 PM", "Room/Location": room})
    workbook = _days(tmp_path, [_row(1), _row(2), repeat])
    plan = plan_import(workbook, sandbox.settings, transport=sandbox.transport())
    assert [(row.result.name, row.action) for row in plan.rows] == [
        ("Talk number 1", "unchanged"), ("Talk number 2", "unchanged"),
        ("Talk number 4", "create")]
    assert sandbox.run(workbook).summary()["exit_code"] == 0
    assert sorted((s["id"], s["name"], s["start_time"]) for s in sandbox.sessions())[:4] == before
