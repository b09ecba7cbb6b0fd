"""Slips a planner makes in a date or time cell, each told as the slip it likely is: noon
written as 12:00 AM, a part of the day where a session's time goes, a date struck through
with combining characters, and heading cells quoted without their trailing spaces."""

from __future__ import annotations

from pathlib import Path

from importer.validate import validate_file
from tests.support import talk, write_sheet


def _issues(path: Path) -> list[tuple[object, ...]]:
    report = validate_file(path, timezone="America/Chicago")
    return [(i.row, i.column, i.code, i.message) for i in report.issues if i.row]


def test_noon_written_as_12_am_is_told_midnight(tmp_path: Path) -> None:
    """A Google Form's export: a morning session 'ending' at 12:00:00 AM meant noon."""
    path = write_sheet(tmp_path / "festival.csv", [
        talk(1, **{"Time Start": "11:00:00 AM", "Time End": "12:00:00 AM"}),
        talk(2, **{"Time Start": "7:00 PM", "Time End": "12:00 AM"})])
    assert _issues(path) == [(
        2, "Time End", "end-before-start",
        "Row 2: the session ends before it starts: 'Time End' has '12:00:00 AM' and "
        "'Time Start' has '11:00:00 AM' (read as 2027-05-11 00:00 and 2027-05-11 11:00); "
        "12:00 AM is midnight: for noon write 12:00 PM; otherwise fix the end time, or if it "
        "runs past midnight, add a column 'End Date (Optional)' and put the next day in it.")]


PART_OF_DAY = ("a part of the day, not a time: the session needs a clock time, like {}")


def test_a_part_of_the_day_beside_a_title_asks_for_a_clock_time(tmp_path: Path) -> None:
    path = write_sheet(tmp_path / "retreat.csv", [
        talk(1), talk(2, **{"Time Start": "Evening", "Time End": ""}),
        talk(3, **{"Time Start": "Lunch", "Time End": "1:30 PM"})])
    assert _issues(path) == [
        (3, "Time Start", "bad-time", f"Row 3: 'Time Start' has 'Evening', "
         f"{PART_OF_DAY.format('18:00')}."),
        (4, "Time Start", "bad-time", f"Row 4: 'Time Start' has 'Lunch', "
         f"{PART_OF_DAY.format('12:30')}.")]


def test_beside_part_of_day_headings_it_says_a_titled_row_is_no_heading(
        tmp_path: Path) -> None:
    """'Morning' with its date alone heads the sessions under it; with a title beside it,
    the row is a session whose time is missing."""
    heading = dict.fromkeys(talk(0), "") | {"Date": "5/11/2027", "Time Start": "Morning"}
    path = write_sheet(tmp_path / "retreat.csv", [
        heading, talk(1), talk(2), talk(3, **{"Time Start": "Morning", "Time End": ""})])
    assert [issue[:3] for issue in _issues(path)] == [
        (2, "Time Start", "section-heading"), (5, "Time Start", "bad-time")]
    assert _issues(path)[1][3] == (
        f"Row 5: 'Time Start' has 'Morning', {PART_OF_DAY.format('9:00')}; a part of the day "
        "is read as a heading (as on row 2) only on a row with no title.")


def _struck(text: str, mark: str = "\u0336") -> str:
    return "".join(char + mark for char in text)


def test_a_date_struck_through_with_combining_marks_asks_for_the_date_meant(
        tmp_path: Path) -> None:
    """As pasted from a 'strikethrough text' site: a mark after each character, the old
    date struck and the new one beside it, or the date struck alone."""
    moved, struck = f"{_struck('5/11/2027')} 5/12/2027", _struck("5/11/2027", "\u0338")
    path = write_sheet(tmp_path / "hackathon.csv", [
        talk(1, Date=moved), talk(2, Date=struck), talk(3, **{"Time End": _struck("9:45 AM")})])
    assert _issues(path) == [
        (2, "Date", "bad-date", f"Row 2: 'Date' has {moved!r}, with '5/11/2027' struck through "
         "(by strikethrough characters, as pasted from a text styling site), which is not a "
         "date: write the date meant without the struck text, '5/12/2027' if that is it."),
        (3, "Date", "bad-date", f"Row 3: 'Date' has {struck!r}, with '5/11/2027' struck "
         "through (by strikethrough characters, as pasted from a text styling site), which "
         "is not a date: write the date meant without the struck text."),
        (4, "Time End", "bad-time", f"Row 4: 'Time End' has {_struck('9:45 AM')!r}, with "
         "'9:45 AM' struck through (by strikethrough characters, as pasted from a text "
         "styling site), which is not a time: write the time meant without the struck text.")]


def test_a_heading_padded_with_spaces_is_quoted_without_them(tmp_path: Path) -> None:
    padded = dict.fromkeys(talk(0), "")
    path = write_sheet(tmp_path / "padded.csv", [
        padded | {"Session Title": "Day 1 - Tuesday" + " " * 90}, talk(1), talk(2),
        padded | {"Date": "5/11/2027", "Time Start": "Afternoon" + " " * 90}, talk(3)])
    report = validate_file(path, timezone="America/Chicago")
    assert [(i.row, i.value, i.message) for i in report.issues if i.row] == [
        (2, "Day 1 - Tuesday", "Row 2: holds only 'Day 1 - Tuesday' (in 'Session Title'), so "
         "it is read as a section heading and nothing is sent for it; to make it a session, "
         "give it a date and times."),
        (5, "Afternoon", "Row 5: holds only 'Afternoon' (in 'Time Start') and its day, a part "
         "of the day heading the sessions under it, so it is read as a section heading and "
         "nothing is sent for it; to make it a session, give it a time (and a title, if it "
         "has none).")]


def test_an_unreadable_cell_padded_with_spaces_is_quoted_without_them(tmp_path: Path) -> None:
    path = write_sheet(tmp_path / "padded.csv", [talk(1, Date="21st July   ")])
    assert _issues(path) == [(
        2, "Date", "bad-date", "Row 2: 'Date' has '21st July', which is not a date: the date "
        "has no year; write the date like 5/11/2027 (May 11) or 2027-05-11, or, for a column of "
        "a few days, give each its date once in the mapping, in the field reading this column: "
        'values = { "<the cell as written>" = "YYYY-MM-DD" }.')]
