"""A timetable of lectures giving each day a row and each of its slots a column headed by the
slot's number ('1', '2', '3'): the draft says the sheet holds several sessions a row, as it
does for a column per day or per track. Invented data of the same shape."""

from __future__ import annotations

from pathlib import Path

from importer.draft import draft_mapping
from tests.test_load import write_bytes


def _title_note(text: str) -> str:
    return next(line for line in text.splitlines() if "no column looked like the title" in line)


def test_a_column_per_numbered_slot_is_named_as_a_grid(tmp_path: Path) -> None:
    """The draft only said no column looked like the title and listed the columns, so a
    planner put '1' there and every later slot's lecture was silently left out."""
    path = write_bytes(tmp_path, "timetable.csv", (
        b"day,1,2,3\n"
        b'"Day 1 (Monday, 10-May-2027)",Opening,Ruiz-1,Ruiz-2\n'
        b'"Day 2 (Tuesday, 11-May-2027)",Li-1,TBD,Ruiz-3\n'
        b'"Day 3 (Wednesday, 12-May-2027)",Li-2,Okafor-1,Closing\n'))
    draft = draft_mapping(path)
    assert "name" in draft.missing
    assert _title_note(draft.text) == (
        "# no column looked like the title: the sheet gives each slot a column of its own "
        "('1', '2', '3'), while gbimport reads a session a row. Put each session in a row of "
        "its own, with its day, time, room and title in columns, then draft again")


def test_numbered_columns_of_figures_are_no_slots(tmp_path: Path) -> None:
    """Columns headed '1' and '2' holding figures (scores, counts) hold no sessions: the draft
    still asks for the title column alone."""
    path = write_bytes(tmp_path, "programme.csv", (
        b"Date,Time,1,2\n"
        b"2027-05-11,09:00 - 09:50,3,4\n"
        b"2027-05-11,10:00 - 10:50,5,1\n"
        b"2027-05-12,11:00 - 11:50,2,2\n"))
    assert _title_note(draft_mapping(path).text).startswith(
        "# no column looked like the title: put its header in place of 'FILL IN'. ")
