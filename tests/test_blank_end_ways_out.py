"""A sheet whose end column is left empty on some rows (a Swedish events template's
'sluttid', optional): the row is refused for its blank end, and the message names each way
out the planner has, fill the end or let the mapping give it (`minutes`, `until_next`), each
of which makes the sheet valid as the message says. Invented data of the same shape."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.validate import validate_file
from tests.test_until_next import agenda, issues, mapping, times

HEADER = ("Date", "Time", "sluttid", "Title", "Room")
ROWS = [
    ["2027-05-11", "09:00", "10:00", "Välkommen", "Sal A"],
    ["2027-05-11", "10:30", "", "Föreläsning", "Sal A"],
]


def test_a_blank_end_is_refused_naming_the_ways_out(tmp_path: Path) -> None:
    """The message said only that a start needs an end (or an all-day row both times blank),
    not that the mapping can give blank ends a length or the next session's start."""
    report = validate_file(agenda(tmp_path, ROWS, header=HEADER),
                           mapping=mapping(tmp_path, 'time_column = "sluttid"'), timezone="UTC")
    assert issues(report) == [(None, 3, "sluttid", None, "missing-required", "error",
                               "Row 3: 'sluttid' is empty; a session with a start time needs "
                               "an end: fill it in, or give blank ends a length with minutes = "
                               "60 under [fields.end], or end each session as the next one "
                               "starts with until_next = true there (or leave both times blank "
                               "for an all-day session).")]


@pytest.mark.parametrize(("end", "ends"), [
    ("minutes = 60", "11 11:30"), ("until_next = true\nlast_minutes = 45", "11 11:15")])
def test_each_way_out_the_message_names_makes_the_sheet_valid(tmp_path: Path, end: str,
                                                              ends: str) -> None:
    report = validate_file(agenda(tmp_path, ROWS, header=HEADER),
                           mapping=mapping(tmp_path, f'time_column = "sluttid"\n{end}'),
                           timezone="UTC")
    assert (issues(report), times(report)) == ([], [
        (None, 2, "Välkommen", "11 09:00", "11 10:00"),
        (None, 3, "Föreläsning", "11 10:30", ends)])
