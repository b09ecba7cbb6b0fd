"""A room renamed in Builder that a session made there by hand also uses, the sheet still
giving the old name: the night's note called the old room deleted."""

from __future__ import annotations

from pathlib import Path

from tests.support import Sandbox, talk, write_sheet
from tests.test_builder_renames import _builder, _renamed_in_builder

COFFEE = {"guide": 1, "name": "Coffee break", "start_time": "2027-05-11T17:00:00+00:00",
          "end_time": "2027-05-11T17:30:00+00:00"}


def about_rooms(notes: list[str]) -> list[str]:
    return [note for note in notes if "room" in note]


def test_a_room_renamed_in_builder_and_still_used_there_is_not_called_deleted(
    tmp_path: Path,
) -> None:
    """A colleague renamed 'Room 100' to 'Auditorium' and put a coffee break in it by hand.
    The mail said 'Room 100' was deleted in Builder and, to remove it for good, to change
    the sheet's rows: the planner looked for a deleted room, and the rename was undone
    without a word of it. Now the note says it was renamed to 'Auditorium', that the run
    makes 'Room 100' again for the sheet's sessions, and how to keep Builder's name; once
    the sheet gives it, the sessions move back, the emptied 'Room 100' is named, and the
    next night sends nothing."""
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "s.csv", [talk(1), talk(2), talk(3), talk(8)])
    sandbox.run(sheet)
    _renamed_in_builder(sandbox, "locations", "Room 100", "Auditorium")
    auditorium = next(s["locations"] for s in sandbox.sessions() if s["name"] == "Talk number 1")
    _builder(sandbox, "POST", "sessions/", {**COFFEE, "locations": auditorium})

    night = sandbox.run(sheet)
    write_sheet(sheet, [talk(n, **({"Room/Location": "Auditorium"} if n < 8 else {}))
                        for n in (1, 2, 3, 8)])
    acted_on = sandbox.run(sheet)
    writes_before = sandbox.writes()
    quiet = sandbox.run(sheet)

    assert about_rooms(night.notes_to_act_on) == [
        "the room 'Room 100' was in the guide after the last run and is named 'Auditorium' "
        "now (renamed in Builder, most likely), which sessions not of the sheet use: 3 rows "
        "of the sheet give 'Room 100' (row 2, row 3, row 4), so this run makes it again and "
        "moves their sessions back into it; to keep Builder's name, give 'Auditorium' in "
        "those rows of the sheet"]
    assert about_rooms(acted_on.notes_to_act_on) == [
        "after this run no session uses the room 'Room 100': the sheet moved its sessions "
        "elsewhere; if it is not wanted, delete it in Builder"]
    assert (quiet.notes_to_act_on, sandbox.writes() - writes_before) == ([], {})
