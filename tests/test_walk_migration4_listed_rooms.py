"""A room or track cell that lists names with another mark than the mapping's separator,
as an old system's export joins a talk's two rooms ('Hall A, Hall B' under the default ';')."""

from __future__ import annotations

from pathlib import Path

from tests.test_realworld_rw8_names import _validate

ROOMS = '[fields.locations]\ncolumn = "Room"\n'


def _sheet(*rooms: str) -> str:
    rows = [f"{n},2027-05-11,{8 + n}:00,{9 + n}:00,Talk {n},\"{room}\""
            for n, room in enumerate(rooms, start=1)]
    return "\n".join(["Id,Date,Time,End,Title,Room", *rows]) + "\n"


def _said(tmp_path: Path, data: str, names: str) -> list[tuple]:
    report = _validate(tmp_path, data, names)
    return [(i.row, i.column, i.code, i.severity, i.message) for i in report.issues] + [
        (r.row, r.payload.locations) for r in report.rows if r.payload]


def test_two_rooms_joined_by_a_comma_are_warned_of_with_the_separator(tmp_path: Path) -> None:
    """The cell was read as one new room 'Hall A, Hall B' without a word but the plan's
    list of rooms to make."""
    data = _sheet("Hall A", "Hall B", "Hall A, Hall B", "Hall B, Hall A")
    assert _said(tmp_path, data, ROOMS) == [
        (None, "Room", "listed-names", "warning",
         "'Room' lists rooms parted by ',' ('Hall A, Hall B' on row 4, and 1 other row), each "
         "a room the column names alone: each cell is read as one room, 'Hall A, Hall B', a "
         "room of its own, and the session is in none of them; to read each part as a room, "
         'write separator = "," under [fields.locations]'),
        (2, ("Hall A",)), (3, ("Hall B",)), (4, ("Hall A, Hall B",)), (5, ("Hall B, Hall A",))]


def test_tracks_parted_by_semicolons_under_a_comma_separator_are_warned_of(
        tmp_path: Path) -> None:
    data = _sheet("AI", "Web", "AI; Web").replace("Room", "Tracks")
    report = _validate(tmp_path, data,
                       '[fields.schedule_tracks]\ncolumn = "Tracks"\nseparator = ","\n')
    assert [(i.code, i.message) for i in report.issues] == [
        ("listed-names",
         "'Tracks' lists tracks parted by ';' ('AI; Web' on row 4), each a track the column "
         "names alone: each cell is read as one track, 'AI; Web', a track of its own, and the "
         'session is in none of them; to read each part as a track, write separator = ";" '
         "under [fields.schedule_tracks]")]


def test_a_room_whose_name_holds_a_comma_is_left_alone(tmp_path: Path) -> None:
    """'Main Hall, Level 2' names one room: 'Level 2' is no room of the sheet's."""
    data = _sheet("Main Hall", "Main Hall, Level 2", "Hall A, Hall B")
    assert _said(tmp_path, data, ROOMS) == [
        (2, ("Main Hall",)), (3, ("Main Hall, Level 2",)), (4, ("Hall A, Hall B",))]


def test_rooms_read_with_the_mark_as_separator_are_not_warned_of(tmp_path: Path) -> None:
    data = _sheet("Hall A", "Hall B", "Hall A, Hall B")
    assert _said(tmp_path, data, ROOMS + 'separator = ","\n') == [
        (2, ("Hall A",)), (3, ("Hall B",)), (4, ("Hall A", "Hall B"))]
