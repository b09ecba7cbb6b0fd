"""A room or track cell wrapped onto two lines in Excel (Alt+Enter), read with a line break
as the separator. Invented data."""

from __future__ import annotations

from pathlib import Path

from tests.test_realworld_rw8_names import _validate

ROOMS = ('Id,Date,Time,End,Title,Room\n'
         '1,2027-05-11,9:00,10:00,A,"Grand Ballroom\nSalon A"\n'
         '2,2027-05-11,10:00,11:00,B,Grand Ballroom Salon A\n'
         '3,2027-05-11,11:00,12:00,C,"Hall 1\nHall 2"\n'
         '4,2027-05-11,12:00,13:00,D,Hall 1\n'
         '5,2027-05-11,13:00,14:00,E,Hall 2\n'
         '6,2027-05-11,14:00,15:00,F,"Grand Ballroom\r\nSalon A"\n')
BREAK = '[fields.locations]\ncolumn = "Room"\nseparator = "\\n"\n'


def _said(tmp_path: Path, data: str, names: str) -> list[tuple]:
    report = _validate(tmp_path, data, names)
    return [(i.row, i.column, i.code, i.severity, i.message) for i in report.issues] + [
        (r.row, r.payload.locations) for r in report.rows if r.payload]


def test_a_room_wrapped_onto_two_lines_is_warned_of_where_the_column_names_it_on_one(
        tmp_path: Path) -> None:
    """'Grand Ballroom⏎Salon A' was the rooms 'Grand Ballroom' and 'Salon A' without a word,
    the column naming 'Grand Ballroom Salon A' on row 3; 'Hall 1⏎Hall 2', two rooms the
    column names alone, is a list and not said."""
    assert _said(tmp_path, ROOMS, BREAK) == [
        (None, "Room", "wrapped-name", "warning",
         "'Room' has a room wrapped onto two lines ('Grand Ballroom\\nSalon A' on row 2, and "
         "1 other row), read with separator = \"\\n\" as the rooms 'Grand Ballroom' and "
         "'Salon A': if it is the one room 'Grand Ballroom Salon A', take the line break out "
         "of the cell (Alt+Enter in Excel puts one in), or list the rooms with ';' and take "
         "the separator out"),
        (2, ("Grand Ballroom", "Salon A")), (3, ("Grand Ballroom Salon A",)),
        (4, ("Hall 1", "Hall 2")), (5, ("Hall 1",)), (6, ("Hall 2",)),
        (7, ("Grand Ballroom", "Salon A")),
    ]


def test_a_track_going_on_in_lower_case_on_its_second_line_is_warned_of(
        tmp_path: Path) -> None:
    data = ('Id,Date,Time,End,Title,Tracks\n'
            '1,2027-05-11,9:00,10:00,A,"Research\nand Development"\n'
            '2,2027-05-11,10:00,11:00,B,"AI\nWeb"\n')
    report = _validate(tmp_path, data,
                       '[fields.schedule_tracks]\ncolumn = "Tracks"\nseparator = "\\n"\n')
    assert [(i.code, i.message) for i in report.issues] == [
        ("wrapped-name",
         "'Tracks' has a track wrapped onto two lines ('Research\\nand Development' on row "
         "2), read with separator = \"\\n\" as the tracks 'Research' and 'and Development': "
         "if it is the one track 'Research and Development', take the line break out of the "
         "cell (Alt+Enter in Excel puts one in), or list the tracks with ';' and take the "
         "separator out")]


def test_a_lower_case_line_the_column_names_alone_is_a_list(tmp_path: Path) -> None:
    data = ('Id,Date,Time,End,Title,Room\n1,2027-05-11,9:00,10:00,A,"Hall 1\nfoyer"\n'
            '2,2027-05-11,10:00,11:00,B,foyer\n')
    assert _validate(tmp_path, data, BREAK).issues == []


def test_with_the_default_separator_a_wrapped_room_is_one_room_unsaid(tmp_path: Path) -> None:
    assert _said(tmp_path, ROOMS, '[fields.locations]\ncolumn = "Room"\n')[-6:] == [
        (2, ("Grand Ballroom Salon A",)), (3, ("Grand Ballroom Salon A",)),
        (4, ("Hall 1 Hall 2",)), (5, ("Hall 1",)), (6, ("Hall 2",)),
        (7, ("Grand Ballroom Salon A",))]
