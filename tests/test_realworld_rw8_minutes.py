"""A film programme gives each showing's start only, in one of several cinemas, and every
showing lasts a known time: `minutes = 120` under [fields.end] gives every session that
length, or, beside an end column, fills its blank cells. until_next would end a 14:30
showing at another cinema's 15:00. Invented data of the same shape."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.errors import MappingError
from importer.mapping import load_mapping
from importer.validate import validate_file
from tests.test_until_next import agenda, issues, mapping, times

SHOWINGS = [
    ["2027-05-11", "14:30", "Alpha", "Cinema 1"],
    ["2027-05-11", "15:00", "Beta", "Cinema 2"],
    ["2027-05-11", "17:00", "Gamma", "Cinema 1"],
    ["2027-05-12", "", "Festival pass desk", "Foyer"],
]


def test_every_showing_lasts_the_minutes_given(tmp_path: Path) -> None:
    """Each ends 120 minutes after it starts, whatever starts in another cinema; a row with
    a date and no time stays all day."""
    report = validate_file(agenda(tmp_path, SHOWINGS), mapping=mapping(tmp_path, "minutes = 120"),
                           timezone="UTC")
    assert (issues(report), times(report)) == ([], [
        (None, 2, "Alpha", "11 14:30", "11 16:30"),
        (None, 3, "Beta", "11 15:00", "11 17:00"),
        (None, 4, "Gamma", "11 17:00", "11 19:00"),
        (None, 5, "Festival pass desk", "12 00:00", None),
    ])


def test_beside_an_end_column_minutes_fills_its_blank_cells(tmp_path: Path) -> None:
    """A filled end is kept; a blank one, or a range's cell with one time, is start + minutes
    (each was missing-required or a lone start refused)."""
    path = agenda(tmp_path, [
        ["2027-05-11", "14:30", "", "Alpha", "Cinema 1"],
        ["2027-05-11", "15:00", "18:15", "Long cut", "Cinema 2"],
    ], header=("Date", "Time", "End", "Title", "Room"))
    report = validate_file(path, mapping=mapping(tmp_path, 'time_column = "End"\nminutes = 90'),
                           timezone="UTC")
    assert (issues(report), times(report)) == ([], [
        (None, 2, "Alpha", "11 14:30", "11 16:00"),
        (None, 3, "Long cut", "11 15:00", "11 18:15"),
    ])
    ranges = agenda(tmp_path, [["2027-05-11", "14:30", "Alpha", "Cinema 1"],
                               ["2027-05-11", "15:00 - 18:15", "Long cut", "Cinema 2"]])
    report = validate_file(ranges, mapping=mapping(tmp_path, 'time_column = "Time"\nminutes = 90'),
                           timezone="UTC")
    assert (issues(report), times(report)) == ([], [
        (None, 2, "Alpha", "11 14:30", "11 16:00"),
        (None, 3, "Long cut", "11 15:00", "11 18:15"),
    ])


@pytest.mark.parametrize(("end", "message"), [
    ("minutes = 120\nuntil_next = true", "8: fields.end: minutes gives every session that length, "
     "and until_next ends each as the next one starts: keep one (with until_next, last_minutes "
     "gives each day's last sessions a length)"),
    ("minutes = 0", "9: fields.end: minutes = 0 is no session's length: give the minutes each "
     "session lasts, 1 to 1440, as minutes = 120"),
    ('minutes = 120\n[fields.end_date]\ncolumn = "End Date"', "10: fields.end_date: cannot be used "
     "with end.minutes: every session lasts as long as minutes says, so the end date would be "
     "ignored; remove [fields.end_date] (it goes with end.time_column)"),
])
def test_minutes_where_it_makes_no_sense_is_refused(tmp_path: Path, end: str,
                                                    message: str) -> None:
    with pytest.raises(MappingError) as refused:
        load_mapping(mapping(tmp_path, end))
    assert str(refused.value) == f"{tmp_path / 'agenda.toml'}:{message}"
