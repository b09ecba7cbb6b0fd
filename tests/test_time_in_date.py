"""A workbook date cell holding a time its date format hides, on a row with no start time."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook

from importer.validate import validate_file

CLASSIC = ["Session Title", "Date", "Time Start", "Time End", "Room/Location",
           "Schedule Track (Optional)", "Description (Optional)"]


def _workbook(path: Path, header: list[str], rows: list[list[object]]) -> Path:
    """The rows under the header, each Date cell formatted as a date, as a planner does."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(header)
    for row in rows:
        sheet.append(row)
        sheet.cell(sheet.max_row, header.index("Date") + 1).number_format = "m/d/yyyy"
    workbook.save(path)
    return path


def test_a_time_hidden_in_the_date_of_an_all_day_row_is_warned_about(tmp_path: Path) -> None:
    """'5/11/2027 9:30' typed, then formatted as a date: the sheet shows 5/11/2027 and a
    blank Time Start, so the session is all-day, but the time is not lost without a word."""
    path = _workbook(tmp_path / "s.xlsx", CLASSIC, [
        ["Keynote", dt.datetime(2027, 5, 11, 9, 30), None, None, "Hall", None, None],
        ["Expo", dt.datetime(2027, 5, 11), None, None, "Hall B", None, None],
        ["Talk", dt.datetime(2027, 5, 11, 14), "2:00 PM", "3:00 PM", "Hall C", None, None],
    ])
    report = validate_file(path, timezone="UTC")
    assert [(i.row, i.column, i.value, i.code, i.severity, i.message)
            for i in report.issues if i.row] == [
        (2, "Date", "2027-05-11 09:30", "time-in-date", "warning",
         "Row 2: 'Date' holds 2027-05-11 09:30, with a time (which a date format hides), but "
         "'Time Start' is blank, so the session is sent as all-day on 2027-05-11. For a "
         "session at 09:30, put that time in 'Time Start' and its end in 'Time End'; for an "
         "all-day one, retype the date without its time.")]
    assert [(p.name, p.all_day) for p in report.payloads] == [
        ("Keynote", True), ("Expo", True), ("Talk", False)]


def test_a_date_column_read_without_a_time_column_names_the_datetime_mapping(
        tmp_path: Path) -> None:
    """A mapping that reads a column of start datetimes as dates only: every session would
    be all-day. The warning says to map the column as the start's datetime."""
    path = _workbook(tmp_path / "s.xlsx", ["Title", "Date", "End"],
                     [["Keynote", dt.datetime(2027, 5, 11, 9, 30), None]])
    mapping = tmp_path / "own.toml"
    mapping.write_text('name = "own"\n[fields.name]\ncolumn = "Title"\n[fields.start]\n'
                       'date_column = "Date"\n[fields.end]\ncolumn = "End"\n',
                       encoding="utf-8")
    report = validate_file(path, mapping=mapping, timezone="UTC")
    assert [i.message for i in report.issues if i.row] == [
        "Row 2: 'Date' holds 2027-05-11 09:30, with a time (which a date format hides), but "
        "the mapping reads only its date, so the session is sent as all-day on 2027-05-11. "
        "If the column holds each session's start, map it as column = \"Date\" under "
        "[fields.start] (not date_column); for an all-day session, retype the date without "
        "its time."]


def test_a_row_the_all_day_column_marks_is_not_warned_about(tmp_path: Path) -> None:
    """All Day 'yes' says the row is all-day: the time the date cell holds is not asked
    about. A blank All Day leaves the row all-day for want of a time, and warns."""
    path = _workbook(tmp_path / "s.xlsx", ["Title", "Date", "Time", "End", "All Day"], [
        ["Expo", dt.datetime(2027, 5, 11, 9, 30), None, None, "yes"],
        ["Keynote", dt.datetime(2027, 5, 12, 9, 30), None, None, None],
    ])
    mapping = tmp_path / "own.toml"
    mapping.write_text('name = "own"\n[fields.name]\ncolumn = "Title"\n[fields.start]\n'
                       'date_column = "Date"\ntime_column = "Time"\n[fields.end]\n'
                       'time_column = "End"\n[fields.all_day]\ncolumn = "All Day"\n',
                       encoding="utf-8")
    report = validate_file(path, mapping=mapping, timezone="UTC")
    assert [(i.row, i.code) for i in report.issues if i.row] == [(3, "time-in-date")]
    assert [(p.name, p.all_day) for p in report.payloads] == [("Expo", True), ("Keynote", True)]


def test_a_time_stored_a_hair_short_of_the_minute_is_shown_as_excel_shows_it(
        tmp_path: Path) -> None:
    """Excel keeps 9:30 as a fraction of a day, read back as 9:29:59.999: it shows 9:30."""
    path = _workbook(tmp_path / "s.xlsx", CLASSIC, [
        ["Keynote", dt.datetime(2027, 5, 11, 9, 29, 59, 999000), None, None, "Hall", None,
         None]])
    report = validate_file(path, timezone="UTC")
    assert [(i.value, i.message) for i in report.issues if i.row] == [(
        "2027-05-11 09:30",
        "Row 2: 'Date' holds 2027-05-11 09:30, with a time (which a date format hides), but "
        "'Time Start' is blank, so the session is sent as all-day on 2027-05-11. For a "
        "session at 09:30, put that time in 'Time Start' and its end in 'Time End'; for an "
        "all-day one, retype the date without its time.")]


def test_without_an_end_time_column_the_warning_asks_for_the_start_time_alone(
        tmp_path: Path) -> None:
    """An end given as a duration has no end time to fill in beside the start's."""
    path = _workbook(tmp_path / "s.xlsx", ["Title", "Date", "Time", "Minutes"],
                     [["Keynote", dt.datetime(2027, 5, 11, 9, 30), None, None]])
    mapping = tmp_path / "own.toml"
    mapping.write_text('name = "own"\n[fields.name]\ncolumn = "Title"\n[fields.start]\n'
                       'date_column = "Date"\ntime_column = "Time"\n[fields.end]\n'
                       'duration_column = "Minutes"\n', encoding="utf-8")
    report = validate_file(path, mapping=mapping, timezone="UTC")
    assert [i.message for i in report.issues if i.row] == [
        "Row 2: 'Date' holds 2027-05-11 09:30, with a time (which a date format hides), but "
        "'Time' is blank, so the session is sent as all-day on 2027-05-11. For a session at "
        "09:30, put that time in 'Time'; for an all-day one, retype the date without its "
        "time."]
