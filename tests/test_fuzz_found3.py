"""Inputs a third fuzzer found, over edits of a sheet and of the guide in Builder between
runs: each run ends with its report, and a second run sends nothing."""

from __future__ import annotations

from pathlib import Path

from tests.support import Sandbox, talk, write_sheet
from tests.test_builder_renames import _builder, _renamed_in_builder
from tests.test_walk_builder_edits4_room_renamed_in_use import COFFEE, about_rooms


def test_a_room_renamed_in_builder_as_the_sheet_moves_a_talk_in_it_ends_with_its_note(
    tmp_path: Path,
) -> None:
    """A room renamed in Builder and used there by a session made by hand, the same night
    as the sheet moved a talk to another hour, stopped the run with an internal TypeError
    after its sessions were sent: the note on the rename read the moved talk's new start as
    a list of rooms. The run now ends with its report and the note on the rename; the next
    sends nothing."""
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "s.csv", [talk(1), talk(2)])
    sandbox.run(sheet)
    _renamed_in_builder(sandbox, "locations", "Room 100", "Auditorium")
    auditorium = next(s["locations"] for s in sandbox.sessions() if s["name"] == "Talk number 1")
    _builder(sandbox, "POST", "sessions/", {**COFFEE, "locations": auditorium})
    write_sheet(sheet, [talk(1, **{"Time Start": "9:15 AM"}), talk(2)])

    night = sandbox.run(sheet)
    writes_before = sandbox.writes()
    quiet = sandbox.run(sheet)

    assert [(o.row, o.action) for o in night.outcomes] == [(2, "updated"), (3, "updated")]
    assert about_rooms(night.notes_to_act_on) == [
        "the room 'Room 100' was in the guide after the last run and is named 'Auditorium' "
        "now (renamed in Builder, most likely), which sessions not of the sheet use: 2 rows "
        "of the sheet give 'Room 100' (row 2, row 3), so this run makes it again and moves "
        "their sessions back into it; to keep Builder's name, give 'Auditorium' in those "
        "rows of the sheet"]
    assert ([o.action for o in quiet.outcomes], sandbox.writes() - writes_before) == (
        ["unchanged", "unchanged"], {})
