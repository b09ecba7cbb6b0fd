"""Hours past midnight written on the day before (`25:30` is 1:30 the next morning), as
Japanese festival, broadcast and nightlife programmes write them: read from 24:00 to 29:59
as that time on the next day, in time columns, ranges and tab-dated sheets; 30:00 and later
are refused."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

from importer import convert
from importer.validate import validate_file
from tests.test_load import write_xlsx

TOKYO = ZoneInfo("Asia/Tokyo")


def at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2027, 5, day, hour, minute, tzinfo=TOKYO)


def test_parse_late_time_reads_the_small_hours_on_the_next_day() -> None:
    read = [convert.parse_late_time(cell) for cell in
            ("23:00", "24:00", "25:30", "29:59", dt.timedelta(hours=26, minutes=15))]
    assert [(t, type(t).__name__) for t in read] == [
        (dt.time(23), "time"), (dt.time(0), "NextDayTime"), (dt.time(1, 30), "NextDayTime"),
        (dt.time(5, 59), "NextDayTime"), (dt.time(2, 15), "NextDayTime")]
    ranges = [convert.parse_time_range(cell) for cell in
              ("23:00～25:30", "23:00-25:30", "25:00 - 26:30")]
    assert [[(t, type(t).__name__) for t in pair] for pair in ranges] == [
        [(dt.time(23), "time"), (dt.time(1, 30), "NextDayTime")],
        [(dt.time(23), "time"), (dt.time(1, 30), "NextDayTime")],
        [(dt.time(1), "NextDayTime"), (dt.time(2, 30), "NextDayTime")]]


def test_times_past_midnight_are_on_the_next_day_once(tmp_path: Path) -> None:
    """An end-date cell saying the next day already does not add a second one."""
    path = tmp_path / "night.csv"
    path.write_text(
        "Session Title,Date,Time Start,Time End,Room/Location,End Date (Optional)\n"
        "Late show,5/11/2027,23:00,25:30,R1,\n"
        "After hours,5/11/2027,25:00,28:00,R2,\n"
        "To midnight,5/11/2027,22:00,24:00,R3,\n"
        "Dated end,5/11/2027,23:00,25:30,R4,5/12/2027\n"
        "Same-day end date,5/11/2027,23:00,25:30,R5,5/11/2027\n"
        "Too late,5/11/2027,22:00,30:00,R6,\n", encoding="utf-8")
    report = validate_file(path, timezone="Asia/Tokyo")
    assert [(i.row, i.code, i.message) for i in report.issues if i.row] == [
        (7, "bad-time", "Row 7: 'Time End' has '30:00', which is not a time: 30:00 is past "
         "midnight, later than the small hours that 24:00 to 29:59 write on the day before; "
         "write it as 6:00 and put the next day in 'End Date (Optional)'.")]
    assert [(p.name, p.start_time, p.end_time) for p in report.payloads] == [
        ("Late show", at(11, 23), at(12, 1, 30)),
        ("After hours", at(12, 1), at(12, 4)),
        ("To midnight", at(11, 22), at(12, 0)),
        ("Dated end", at(11, 23), at(12, 1, 30)),
        ("Same-day end date", at(11, 23), at(12, 1, 30))]


def test_ranges_and_workbook_cells_past_midnight(tmp_path: Path) -> None:
    path = tmp_path / "ranges.csv"
    path.write_text("Title,Date,Time\nA,5/11/2027,23:00～25:30\nB,5/11/2027,23:00-25:30\n"
                    "C,5/11/2027,25:00 - 26:30\nD,5/11/2027,23:00 - 30:00\n", encoding="utf-8")
    mapping = tmp_path / "ranges.toml"
    mapping.write_text('name = "ranges"\n[fields.name]\ncolumn = "Title"\n[fields.start]\n'
                       'date_column = "Date"\ntime_column = "Time"\n[fields.end]\n'
                       'time_column = "Time"\n', encoding="utf-8")
    report = validate_file(path, mapping=mapping, timezone="Asia/Tokyo")
    assert [(i.row, i.code, i.message) for i in report.issues if i.row] == [
        (5, "bad-time", "Row 5: 'Time' has '23:00 - 30:00', which is not a start and end "
         "time: 30:00 is past midnight, later than the small hours that 24:00 to 29:59 write "
         "on the day before; write it as 6:00 and put the next day in an end-date column "
         "('End Date (Optional)' in the template).")]
    assert [(p.name, p.start_time, p.end_time) for p in report.payloads] == [
        ("A", at(11, 23), at(12, 1, 30)), ("B", at(11, 23), at(12, 1, 30)),
        ("C", at(12, 1), at(12, 2, 30))]
    book = write_xlsx(tmp_path / "cells.xlsx", {"Sheet": [
        ["Session Title", "Date", "Time Start", "Time End", "Room/Location"],
        ["Cells", dt.date(2027, 5, 11), dt.timedelta(hours=23),
         dt.timedelta(hours=25, minutes=30), "Bar"]]})
    report = validate_file(book, timezone="Asia/Tokyo")
    assert [(p.name, p.start_time, p.end_time) for p in report.payloads] == [
        ("Cells", at(11, 23), at(12, 1, 30))]


def test_a_tab_dated_start_past_midnight_is_the_next_morning_without_a_warning(
        tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "days.xlsx", {"Tue 11 May 2027": [
        ["Time Start", "Time End", "Session Title", "Room/Location"],
        ["22:00", "24:30", "Late", "Bar"], ["24:30", "26:00", "Later", "Club"],
        ["29:30", "29:45", "Dawn", "Roof"], ["1:00", "2:00", "Typed so", "Cellar"]]})
    mapping = tmp_path / "days.toml"
    mapping.write_text('name = "days"\n[fields.name]\ncolumn = "Session Title"\n'
                       '[fields.start]\ntime_column = "Time Start"\ndate_from_sheet_name = true\n'
                       '[fields.end]\ntime_column = "Time End"\n[fields.locations]\n'
                       'column = "Room/Location"\n', encoding="utf-8")
    report = validate_file(path, mapping=mapping, timezone="Asia/Tokyo")
    assert [(i.row, i.code) for i in report.issues if i.row] == [(5, "wrong-day-sheet")]
    assert [(p.name, p.start_time, p.end_time) for p in report.payloads] == [
        ("Late", at(11, 22), at(12, 0, 30)), ("Later", at(12, 0, 30), at(12, 2)),
        ("Dawn", at(12, 5, 30), at(12, 5, 45)), ("Typed so", at(11, 1), at(11, 2))]


def test_until_next_keeps_a_start_past_midnight_on_its_rows_day(tmp_path: Path) -> None:
    """23:00 ends as 25:00 starts; 27:00 is the day's last start, not ended by the next
    morning's 9:00."""
    path = tmp_path / "night.csv"
    path.write_text("Title,Date,Time\nSet 1,5/11/2027,23:00\nSet 2,5/11/2027,25:00\n"
                    "Close,5/11/2027,27:00\nMorning,5/12/2027,9:00\nLunch,5/12/2027,12:00\n",
                    encoding="utf-8")
    mapping = tmp_path / "night.toml"
    mapping.write_text('name = "night"\n[fields.name]\ncolumn = "Title"\n[fields.start]\n'
                       'date_column = "Date"\ntime_column = "Time"\n[fields.end]\n'
                       'until_next = true\nlast_minutes = 60\n', encoding="utf-8")
    report = validate_file(path, mapping=mapping, timezone="Asia/Tokyo")
    assert [(p.name, p.start_time, p.end_time) for p in report.payloads] == [
        ("Set 1", at(11, 23), at(12, 1)), ("Set 2", at(12, 1), at(12, 3)),
        ("Close", at(12, 3), at(12, 4)), ("Morning", at(12, 9), at(12, 12)),
        ("Lunch", at(12, 12), at(12, 13))]


def test_a_dated_start_past_midnight_on_another_days_tab_is_warned_of(tmp_path: Path) -> None:
    """On a tab named for a day, a start past midnight on that day (29:30) is on its
    programme; one dated three days later (25:00 on May 14) is on the wrong tab, as 01:00
    on May 14 would be."""
    path = write_xlsx(tmp_path / "days.xlsx", {"Tue 11 May 2027": [
        ["Session Title", "Date", "Time Start", "Time End", "Room/Location"],
        ["Dawn", "5/11/2027", "29:30", "29:45", "Roof"],
        ["Filed here", "5/14/2027", "25:00", "26:00", "Club"],
        ["Typed so", "5/14/2027", "01:00", "02:00", "Cellar"]]})
    report = validate_file(path, timezone="Asia/Tokyo")
    message = ("Row {}: starts on Saturday 15 May 2027, but sheet 'Tue 11 May 2027' is named "
               "for 11 May 2027: check the date, or move the row to its day's sheet.")
    assert [(i.row, i.code, i.message) for i in report.issues if i.row] == [
        (3, "wrong-day-sheet", message.format(3)),
        (4, "wrong-day-sheet", message.format(4).replace("Saturday 15", "Friday 14"))]
    assert [(p.name, p.start_time) for p in report.payloads] == [
        ("Dawn", at(12, 5, 30)), ("Filed here", at(15, 1)), ("Typed so", at(14, 1))]


def test_an_end_after_a_start_past_midnight_is_on_the_starts_day(tmp_path: Path) -> None:
    """Once a start is written past midnight (24:00, 25:00), an end written within the day
    (1:00) is on its date too: the next morning, not the row's day."""
    path = tmp_path / "night.csv"
    path.write_text(
        "Session Title,Date,Time Start,Time End,Room/Location\n"
        "Countdown,5/11/2027,24:00,1:00,R1\nAfter hours,5/11/2027,25:00,03:30,R2\n"
        "Backwards,5/11/2027,25:00,0:30,R3\n", encoding="utf-8")
    report = validate_file(path, timezone="Asia/Tokyo")
    assert [(i.row, i.code, i.message) for i in report.issues if i.row] == [
        (4, "end-before-start", "Row 4: the session ends before it starts: 'Time End' has "
         "'0:30' and 'Time Start' has '25:00' (read as 2027-05-12 00:30 and 2027-05-12 01:00); "
         "fix the end time, or if it runs past midnight, add a column 'End Date (Optional)' "
         "and put the next day in it.")]
    assert [(p.name, p.start_time, p.end_time) for p in report.payloads] == [
        ("Countdown", at(12, 0), at(12, 1)), ("After hours", at(12, 1), at(12, 3, 30))]
