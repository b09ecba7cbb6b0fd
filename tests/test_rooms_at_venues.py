"""Rooms of one name at several venues: a festival's `Main Hall` at the Town Theatre and at
the Old Library. `[fields.locations]` takes `join = ["Room", "Venue"]` in place of `column`,
naming each room with its venue ('Main Hall, Town Theatre'), so the two are two Guidebook
locations and `room-overlap` compares the joined names."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from importer.errors import MappingError
from importer.validate import validate_file
from tests.test_validate import write_csv

MAPPING = """name = "festival"
timezone = "Europe/London"
[fields.import_id]
column = "Id"
[fields.name]
column = "Title"
[fields.start]
date_column = "Date"
time_column = "Start"
[fields.end]
time_column = "End"
[fields.locations]
{rooms}
"""
JOINED = 'join = ["Room", "Venue"]'
HEADER = ["Id", "Title", "Date", "Start", "End", "Venue", "Room"]


def mapping(tmp_path: Path, rooms: str = JOINED) -> Path:
    path = tmp_path / "festival.toml"
    path.write_text(MAPPING.format(rooms=rooms), encoding="utf-8")
    return path


def session(sid: str, venue: str, room: str, start: str = "10:00") -> list[str]:
    return [sid, f"Talk {sid}", "2027-05-11", start, f"{int(start[:2]) + 1}:00", venue, room]


def rooms_and_issues(report: Any) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    return ([(p.import_id, p.locations) for p in report.payloads],
            [(i.row, i.column, i.code) for i in report.issues])


def test_a_room_of_one_name_at_two_venues_is_two_rooms_and_no_overlap(tmp_path: Path) -> None:
    sheet = write_csv(tmp_path, HEADER, [session("1", "Town Theatre", "Main Hall"),
                                         session("2", "Old Library", "Main Hall")])
    report = validate_file(sheet, mapping=mapping(tmp_path))
    assert rooms_and_issues(report) == (
        [("1", ("Main Hall, Town Theatre",)), ("2", ("Main Hall, Old Library",))], [])


def test_the_joined_names_still_overlap_at_one_venue(tmp_path: Path) -> None:
    sheet = write_csv(tmp_path, HEADER, [session("1", "Town Theatre", "Main Hall"),
                                         session("2", "Town Theatre", "main hall"),
                                         session("3", "Old Library", "Main Hall")])
    report = validate_file(sheet, mapping=mapping(tmp_path))
    assert [(i.row, i.code, i.value, i.message) for i in report.issues] == [
        (None, "name-spelt-two-ways", None,
         "'Room' writes the room 'Main Hall' also as 'main hall' (on row 3): read as one "
         "room, sent as 'Main Hall', the first spelling (a room the guide has already keeps "
         "the guide's); write it one way in the sheet to choose the name"),
        (2, "room-overlap", "Main Hall, Town Theatre",
         "Row 2: overlaps row 3 in 'Main Hall, Town Theatre'; check the times and rooms "
         "(ignore this if the sessions really share the room)."),
        (3, "room-overlap", "main hall, Town Theatre",
         "Row 3: overlaps row 2 in 'main hall, Town Theatre'; check the times and rooms "
         "(ignore this if the sessions really share the room)."),
    ]


def test_blank_cells_are_left_out_of_the_name_and_the_separator_parts_the_room(
        tmp_path: Path) -> None:
    sheet = write_csv(tmp_path, HEADER, [
        session("1", "", "Main Hall"),
        session("2", "Old Library", ""),
        session("3", "Old Library", "Room 1; Room 2", start="12:00"),
        session("4", "", "", start="12:00"),
        session("5", "TBA", "Main Hall", start="13:00"),
    ])
    report = validate_file(sheet, mapping=_with_blank_values(tmp_path))
    assert rooms_and_issues(report) == ([
        ("1", ("Main Hall",)),
        ("2", ("Old Library",)),
        ("3", ("Room 1, Old Library", "Room 2, Old Library")),
        ("4", ()),
        ("5", ("Main Hall",)),
    ], [])


def _with_blank_values(tmp_path: Path) -> Path:
    path = mapping(tmp_path)
    path.write_text('blank_values = ["TBA"]\n' + path.read_text(), encoding="utf-8")
    return path


def test_a_joined_column_the_sheet_lacks_is_named_with_the_closest_header(
        tmp_path: Path) -> None:
    sheet = write_csv(tmp_path, ["Id", "Title", "Date", "Start", "End", "Venues", "Room"],
                      [session("1", "Town Theatre", "Main Hall")])
    with pytest.raises(MappingError) as caught:
        validate_file(sheet, mapping=mapping(tmp_path))
    assert str(caught.value) == (
        f"{sheet}: mapping 'festival': fields.locations needs column 'Venue', which the sheet "
        "does not have; did you mean 'Venues'? The sheet's columns are: 'Id', 'Title', "
        "'Date', 'Start', 'End', 'Venues', 'Room'. Fix the column name in the mapping or the "
        "sheet.")


def test_optional_is_offered_only_where_it_would_let_the_sheet_lack_the_rooms(
        tmp_path: Path) -> None:
    """optional = true lets a sheet lack all of join's columns, not one beside the others:
    the sheet with a 'Room' and no 'Venue' is refused with it too, so it is not offered."""
    sheet = write_csv(tmp_path, ["Id", "Title", "Date", "Start", "End", "Room"],
                      [[*session("1", "Town Theatre", "Main Hall")[:5], "Main Hall"]])
    with pytest.raises(MappingError) as caught:
        validate_file(sheet, mapping=mapping(tmp_path))
    assert str(caught.value).endswith("Fix the column name in the mapping or the sheet.")
    with pytest.raises(MappingError) as still:
        validate_file(sheet, mapping=mapping(tmp_path, JOINED + "\noptional = true"))
    assert "needs column 'Venue'" in str(still.value)
    bare = write_csv(tmp_path, ["Id", "Title", "Date", "Start", "End"], [session("1", "", "")[:5]])
    with pytest.raises(MappingError) as lacking_both:
        validate_file(bare, mapping=mapping(tmp_path))
    assert "or mark fields.locations optional = true;" in str(lacking_both.value)
    assert validate_file(bare, mapping=mapping(tmp_path, JOINED + "\noptional = true")).ok


@pytest.mark.parametrize(("rooms", "message"), [
    ('join = ["Room"]',
     '13: fields.locations.join: ["Room"] names one column: name the room column and the one '
     'telling rooms apart, as join = ["Room", "Venue"], or read the room alone with '
     'column = "Room"'),
    ('column = "Room"\njoin = ["Room", "Venue"]',
     '12: fields.locations: give either column (the rooms) or join, the room column then the '
     'venue\'s, as join = ["Room", "Venue"]'),
    ('separator = ","',
     '12: fields.locations: give either column (the rooms) or join, the room column then the '
     'venue\'s, as join = ["Room", "Venue"]'),
])
def test_join_is_checked(tmp_path: Path, rooms: str, message: str) -> None:
    sheet = write_csv(tmp_path, HEADER, [session("1", "Town Theatre", "Main Hall")])
    with pytest.raises(MappingError) as caught:
        validate_file(sheet, mapping=mapping(tmp_path, rooms))
    assert str(caught.value).endswith(f"festival.toml:{message}")


OVERLAP = ("Row {row}: overlaps row {other} in 'Main Hall'; check the times and rooms (ignore "
           "this if the sessions really share the room).")
APART = (" Each overlap is of sessions at two venues in 'Venue': if those rooms only share a "
         "name, write join = [\"Room\", \"Venue\"] in place of column under "
         "[fields.locations] to name each room with its venue (as 'Main Hall, Town Theatre').")


@pytest.mark.parametrize(("second_venue", "note"), [
    ("Old Library", APART),
    ("Town Theatre", ""),  # one room at one venue: a real overlap
    ("", ""),  # no venue given: nothing tells the rooms apart
])
def test_rooms_read_alone_that_overlap_only_across_venues_point_to_join(
        tmp_path: Path, second_venue: str, note: str) -> None:
    sheet = write_csv(tmp_path, HEADER, [session("1", "Town Theatre", "Main Hall"),
                                         session("2", second_venue, "Main Hall")])
    report = validate_file(sheet, mapping=mapping(tmp_path, 'column = "Room"'))
    assert [(i.row, i.code, i.message) for i in report.issues] == [
        (2, "room-overlap", OVERLAP.format(row=2, other=3) + note),
        (3, "room-overlap", OVERLAP.format(row=3, other=2) + note),
    ]
