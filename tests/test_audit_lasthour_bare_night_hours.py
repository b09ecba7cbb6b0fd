"""A bare hour read as that hour among times with minutes (`9:00`, `10:30`, `2`) is warned of
as a night start just as `2:00` is: a sheet on the 12-hour clock without am/pm means the
afternoon."""

from __future__ import annotations

import csv
from pathlib import Path

from importer.validate import validate_file

CLASSIC = ["Session ID", "Session Title", "Date", "Time Start", "Time End", "Room/Location",
           "Schedule Track (Optional)", "Description (Optional)"]


def _issues(tmp_path: Path, times: list[tuple[str, str]]) -> list[tuple[object, ...]]:
    path = tmp_path / "s.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(CLASSIC)
        writer.writerows([str(n), f"Talk {n}", "5/11/2027", start, end, f"Room {n}", "", ""]
                         for n, (start, end) in enumerate(times, 1))
    report = validate_file(path, timezone="UTC")
    return [(i.row, i.column, i.code, i.message) for i in report.issues]


def test_a_bare_night_hour_among_times_with_minutes_is_warned_of_as_2_00_is(
        tmp_path: Path) -> None:
    times = [("9:00", "10:00"), ("10:30", "12:00"), ("2", "3:00"), ("2:00", "3:00")]
    assert _issues(tmp_path, times) == [
        (4, "Time Start", "night-start",
         "Row 4: 'Time Start' has '2', read as 02:00 at night on Tuesday 11 May 2027: if it is "
         "in the afternoon, write 14:00 or 2:00 PM; if it is at night, write 2:00 AM to say "
         "so."),
        (5, "Time Start", "night-start",
         "Row 5: 'Time Start' has '2:00', read as 02:00 at night on Tuesday 11 May 2027: if it "
         "is in the afternoon, write 14:00 or 2:00 PM; if it is at night, write 2:00 AM to say "
         "so."),
    ]


def test_no_warning_where_the_column_keeps_the_24_hour_clock(tmp_path: Path) -> None:
    times = [("9:00", "10:00"), ("14:30", "15:00"), ("2", "3:00"), ("10", "11:00")]
    assert _issues(tmp_path, times) == []
