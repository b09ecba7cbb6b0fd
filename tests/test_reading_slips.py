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
