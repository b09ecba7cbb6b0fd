"""A start written `12:00 AM` whose session runs on past noon (`12:00 AM - 1:00 PM`): 12 AM is
midnight, so it reads as 13 hours from midnight, where noon was most likely meant. It is read
as written, and said."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from importer.validate import validate_file
from tests.test_load import write_xlsx
from tests.test_night_start import HEADER, coded_issues


def midnight_starts(path: Path, mapping: Path | None = None
                    ) -> list[tuple[int | None, str | None, str | None, str]]:
    return coded_issues("midnight-start", path, mapping)


def test_a_12_am_start_running_past_noon_is_read_as_written_and_said(tmp_path: Path) -> None:
    """Starts at midnight that end in the night, starts written 0:00, noon written 12:00 PM
    and a row already in error are not warned of."""
    path = tmp_path / "us.csv"
    path.write_text(HEADER + "Keynote,5/12/2027,12:00 AM,1:00 PM,Hall A\n"
                    "Lunch,5/13/2027,12:30 a.m.,12:45 PM,Hall B\n"
                    "Late show,5/12/2027,12:00 AM,1:00 AM,Club\n"
                    "Vigil,5/12/2027,0:00,1:00 PM,Chapel\n"
                    "Noon,5/12/2027,12:00 PM,1:00 PM,Hall A\n"
                    "Broken,5/32/2027,12:00 AM,1:00 PM,Hall C\n", encoding="utf-8")
    assert midnight_starts(path) == [
        (2, "Time Start", "12:00 AM",
         "Row 2: 'Time Start' has '12:00 AM': 12 AM is midnight, so the session runs from "
         "00:00 to 13:00 on Wednesday 12 May 2027. If it starts at noon, write 12:00 PM; "
         "if at midnight, write 0:00 to say so."),
        (3, "Time Start", "12:30 a.m.",
         "Row 3: 'Time Start' has '12:30 a.m.': 12 AM is midnight, so the session runs from "
         "00:30 to 12:45 on Thursday 13 May 2027. If it starts at noon, write "
         "12:30 PM; if at midnight, write 0:30 to say so.")]


def test_the_session_is_still_sent_from_midnight(tmp_path: Path) -> None:
    path = tmp_path / "us.csv"
    path.write_text(HEADER + "Keynote,5/12/2027,12:00 AM,1:00 PM,Hall A\n", encoding="utf-8")
    [row] = validate_file(path, timezone="America/Chicago").rows
    assert row.payload is not None
    assert (row.payload.start_time, row.payload.end_time) == (
        dt.datetime(2027, 5, 12, 5, tzinfo=dt.UTC), dt.datetime(2027, 5, 12, 18, tzinfo=dt.UTC))


def test_ranges_and_datetimes_in_one_cell_are_said_too(tmp_path: Path) -> None:
    """A range's 12 AM end (`11:00 PM - 12:00 AM`) is the midnight ending the day: no word."""
    path = tmp_path / "ranges.csv"
    path.write_text("Title,Starts,Time,Room\n"
                    "Workshop,5/12/2027 12:00 AM,12:00 AM - 1:30 PM,Hall\n"
                    "Party,5/12/2027 11:00 PM,11:00 PM - 12:00 AM,Club\n", encoding="utf-8")
    ranges = tmp_path / "ranges.toml"
    ranges.write_text('name = "ranges"\n[fields.name]\ncolumn = "Title"\n[fields.start]\n'
                      'date_column = "Starts"\ntime_column = "Time"\n[fields.end]\n'
                      'time_column = "Time"\n[fields.locations]\ncolumn = "Room"\n',
                      encoding="utf-8")
    assert [(row, value) for row, _, value, _ in midnight_starts(path, ranges)] == [
        (2, "12:00 AM - 1:30 PM")]
    moments = tmp_path / "moments.csv"
    moments.write_text("Title,Starts,Ends,Room\nWorkshop,5/12/2027 12:00 AM,5/12/2027 1:30 PM,"
                       "Hall\nLate,5/12/2027 12:00 AM,5/12/2027 2:00 AM,Club\n",
                       encoding="utf-8")
    datetimes = tmp_path / "moments.toml"
    datetimes.write_text('name = "moments"\n[fields.name]\ncolumn = "Title"\n[fields.start]\n'
                         'column = "Starts"\n[fields.end]\ncolumn = "Ends"\n'
                         '[fields.locations]\ncolumn = "Room"\n', encoding="utf-8")
    assert [(row, column, value) for row, column, value, _ in
            midnight_starts(moments, datetimes)] == [(2, "Starts", "5/12/2027 12:00 AM")]


def test_a_workbook_time_cell_at_midnight_is_what_the_planner_set(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "s.xlsx", {"Sheet": [
        ["Session Title", "Date", "Time Start", "Time End", "Room/Location"],
        ["Vigil", dt.date(2027, 5, 11), dt.time(0), dt.time(13), "Chapel"],
        ["Keynote", dt.date(2027, 5, 11), "12:00 AM", "1:00 PM", "Hall"],
    ]})
    assert [(row, value) for row, _, value, _ in midnight_starts(path)] == [(3, "12:00 AM")]


def test_on_a_tab_dated_sheet_it_is_said_instead_of_moving_the_row_to_the_next_day(
        tmp_path: Path) -> None:
    """A 00:30 start on Tuesday's tab may be Wednesday's late show (wrong-day-sheet); one
    written `12:00 AM` running to the afternoon is a noon mistyped: one warning, not both."""
    path = write_xlsx(tmp_path / "days.xlsx", {"Tue 11 May 2027": [
        ["Time Start", "Time End", "Title", "Room"],
        ["12:00 AM", "1:00 PM", "Keynote", "Hall"],
        ["12:30 AM", "1:30 AM", "Late show", "Club"]]})
    mapping = tmp_path / "tabs.toml"
    mapping.write_text('name = "tabs"\n[fields.name]\ncolumn = "Title"\n[fields.start]\n'
                       'time_column = "Time Start"\ndate_from_sheet_name = true\n'
                       '[fields.end]\ntime_column = "Time End"\n[fields.locations]\n'
                       'column = "Room"\n', encoding="utf-8")
    report = validate_file(path, mapping=mapping, timezone="America/Chicago")
    assert [(i.row, i.code) for i in report.issues if i.row] == [
        (2, "midnight-start"), (3, "wrong-day-sheet")]
