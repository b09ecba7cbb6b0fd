"""A start typed without am/pm that reads at night (1:00 to 4:59): on a sheet kept on the
12-hour clock it means the afternoon. It is read as written, on the 24-hour clock, and said."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from importer.validate import validate_file
from tests.test_load import write_xlsx

HEADER = "Session Title,Date,Time Start,Time End,Room/Location\n"


def coded_issues(code: str, path: Path, mapping: Path | None = None
                 ) -> list[tuple[int | None, str | None, str | None, str]]:
    """The sheet's issues of one code, read as a US sheet is (America/Chicago)."""
    report = validate_file(path, mapping=mapping, timezone="America/Chicago")
    return [(i.row, i.column, i.value, i.message) for i in report.issues if i.code == code]


def night_starts(path: Path, mapping: Path | None = None
                 ) -> list[tuple[int | None, str | None, str | None, str]]:
    return coded_issues("night-start", path, mapping)


def test_a_start_at_one_without_am_or_pm_is_read_at_night_and_said(tmp_path: Path) -> None:
    """'1:00' to '2:30' on a US sheet is a lunchtime talk, read at 01:00. Starts that say am
    or pm, take pm from their end, or are not between 1 and 5 at night are not warned of."""
    path = tmp_path / "us.csv"
    path.write_text(HEADER + "Lunch talk,5/11/2027,1:00,2:30,Hall\n"
                    "Late show,5/11/2027,1:00 AM,2:00 AM,Club\n"
                    "Paired,5/11/2027,1:00,2:30 PM,Hall B\n"
                    "Noon,5/12/2027,12:30,1:30,Hall\n"
                    "Small hours,5/12/2027,0:30,0:45,Club\n"
                    "Dawn,5/13/2027,5:00,6:00,Hall\n"
                    "Morning,5/13/2027,10:00,11:00,Hall\n", encoding="utf-8")
    assert night_starts(path) == [
        (2, "Time Start", "1:00",
         "Row 2: 'Time Start' has '1:00', read as 01:00 at night on Tuesday 11 May 2027: if it "
         "is in the afternoon, write 13:00 or 1:00 PM; if it is at night, write 1:00 AM to say "
         "so.")]


def test_a_range_read_at_night_is_said_unless_its_end_gives_pm(tmp_path: Path) -> None:
    path = tmp_path / "ranges.csv"
    path.write_text("Title,Date,Time,Room\nWorkshop,5/12/2027,3:15 - 4:00,Hall\n"
                    "Ranged,5/12/2027,3:15 - 4:00 pm,Hall B\n", encoding="utf-8")
    mapping = tmp_path / "ranges.toml"
    mapping.write_text('name = "ranges"\n[fields.name]\ncolumn = "Title"\n[fields.start]\n'
                       'date_column = "Date"\ntime_column = "Time"\n[fields.end]\n'
                       'time_column = "Time"\n[fields.locations]\ncolumn = "Room"\n',
                       encoding="utf-8")
    assert night_starts(path, mapping) == [
        (2, "Time", "3:15 - 4:00",
         "Row 2: 'Time' has '3:15 - 4:00', read as 03:15 at night on Wednesday 12 May 2027: if "
         "it is in the afternoon, write 15:15 or 3:15 PM; if it is at night, write 3:15 AM to "
         "say so.")]


def test_a_workbook_time_cell_at_one_is_what_the_planner_set(tmp_path: Path) -> None:
    """A time cell has no am/pm to forget: 01:00 is what the planner set."""
    path = write_xlsx(tmp_path / "s.xlsx", {"Sheet": [
        ["Session Title", "Date", "Time Start", "Time End", "Room/Location"],
        ["Late show", dt.date(2027, 5, 11), dt.time(1), dt.time(2), "Club"],
        ["Lunch talk", dt.date(2027, 5, 11), "1:00", "2:30", "Hall"],
    ]})
    assert [(row, value) for row, _, value, _ in night_starts(path)] == [(3, "1:00")]


def test_starts_written_with_a_dot_an_h_or_a_space_before_are_said_too(tmp_path: Path) -> None:
    path = tmp_path / "dots.csv"
    path.write_text(HEADER + "Tea,5/11/2027,4.45,5.30,Hall\n"
                    "Atelier,5/12/2027,1h30,2h30,Salle\n"
                    "Spaced,5/13/2027, 2:00,3:00,Hall\n", encoding="utf-8")
    assert night_starts(path) == [
        (2, "Time Start", "4.45",
         "Row 2: 'Time Start' has '4.45', read as 04:45 at night on Tuesday 11 May 2027: if it "
         "is in the afternoon, write 16:45 or 4:45 PM; if it is at night, write 4:45 AM to say "
         "so."),
        (3, "Time Start", "1h30",
         "Row 3: 'Time Start' has '1h30', read as 01:30 at night on Wednesday 12 May 2027: if "
         "it is in the afternoon, write 13:30 or 1:30 PM; if it is at night, write 1:30 AM to "
         "say so."),
        (4, "Time Start", " 2:00",
         "Row 4: 'Time Start' has ' 2:00', read as 02:00 at night on Thursday 13 May 2027: if "
         "it is in the afternoon, write 14:00 or 2:00 PM; if it is at night, write 2:00 AM to "
         "say so.")]


def test_a_row_in_error_gets_its_error_alone(tmp_path: Path) -> None:
    """A row with no title is not sent: its start at 1:00 is not warned of as well."""
    path = tmp_path / "untitled.csv"
    path.write_text(HEADER + ",5/11/2027,1:00,2:30,Hall\n", encoding="utf-8")
    report = validate_file(path, timezone="America/Chicago")
    assert [(i.row, i.code) for i in report.issues if i.row] == [(2, "missing-required")]


def test_a_programme_of_one_day_gets_the_wrong_day_warning_alone(tmp_path: Path) -> None:
    """Dated by the mapping's date, a 1:00 start may be the night after: that warning says
    so, and no night-start is added to it."""
    path = tmp_path / "day.csv"
    path.write_text("Title,Time,End,Room\nLate show,1:00,2:00,Club\n", encoding="utf-8")
    mapping = tmp_path / "day.toml"
    mapping.write_text('name = "day"\n[fields.name]\ncolumn = "Title"\n[fields.start]\n'
                       'time_column = "Time"\ndate = 2027-05-11\n[fields.end]\n'
                       'time_column = "End"\n[fields.locations]\ncolumn = "Room"\n',
                       encoding="utf-8")
    report = validate_file(path, mapping=mapping, timezone="America/Chicago")
    assert [(i.row, i.code) for i in report.issues if i.row] == [(2, "wrong-day-sheet")]
