"""A date and time in one cell written past midnight on the day before (`5/11/2027 25:00`),
as a time column's `25:00` is read: that time on the next day, on its row's day's programme.
From 30:00 on it is refused, saying the next day's date and time to write."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from importer.validate import validate_file
from tests.test_load import write_xlsx

UTC = dt.UTC


def _mapping(tmp_path: Path, start: str, end: str) -> Path:
    path = tmp_path / "m.toml"
    path.write_text(f'name = "m"\n[fields.name]\ncolumn = "Title"\n[fields.start]\n{start}\n'
                    f'[fields.end]\n{end}\n[fields.locations]\ncolumn = "Room"\n',
                    encoding="utf-8")
    return path


def _at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2027, 5, day, hour, minute, tzinfo=UTC)


def test_datetimes_past_midnight_are_the_next_days_small_hours(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "night.xlsx", {"Sheet": [
        ["Title", "Starts", "Ends", "Room"],
        ["Late show", "5/11/2027 25:00", "5/11/2027 26:30", "Club"],
        ["Till one", "5/11/2027 23:00", "5/11/2027 25:00", "Bar"],
        ["Countdown", "May 11, 2027 24:00", "May 12, 2027 1:00", "Hall"],
        ["Morning", "5/11/2027 9:00", "5/11/2027 30:00", "Hall B"],
    ]})
    mapping = _mapping(tmp_path, 'column = "Starts"', 'column = "Ends"')
    report = validate_file(path, mapping=mapping, timezone="UTC")
    assert [(i.row, i.column, i.code, i.message) for i in report.issues if i.row] == [
        (5, "Ends", "bad-datetime",
         "Row 5: 'Ends' has '5/11/2027 30:00', which is not a date and time: 30:00 is past "
         "midnight, later than the small hours that 24:00 to 29:59 write on the day before; "
         "write it as 2027-05-12 06:00.")]
    assert [(p.name, p.start_time, p.end_time) for p in report.payloads] == [
        ("Late show", _at(12, 1), _at(12, 2, 30)), ("Till one", _at(11, 23), _at(12, 1)),
        ("Countdown", _at(12, 0), _at(12, 1))]


def test_a_datetime_range_past_midnight_ends_the_next_morning(tmp_path: Path) -> None:
    path = tmp_path / "night.csv"
    path.write_text("Title,When,Room\nLate show,5/11/2027 25:00 - 2:00,Club\n"
                    "Till one,5/11/2027 23:00 - 25:00,Bar\n", encoding="utf-8")
    mapping = _mapping(tmp_path, 'column = "When"', 'column = "When"')
    report = validate_file(path, mapping=mapping, timezone="UTC")
    assert [i.message for i in report.issues if i.row] == []
    assert [(p.name, p.start_time, p.end_time) for p in report.payloads] == [
        ("Late show", _at(12, 1), _at(12, 2)), ("Till one", _at(11, 23), _at(12, 1))]


def test_a_date_column_writing_its_time_past_midnight_gives_that_time(tmp_path: Path) -> None:
    # '5/11/2027 24:00' is no day stamped at midnight (0:00): it is a time, May 12 at 0:00.
    path = tmp_path / "night.csv"
    path.write_text("Title,Date,Start,End,Room\nCountdown,5/11/2027 24:00,,1:00,Hall\n"
                    "Day,5/11/2027 0:00,9:00,10:00,Hall B\n", encoding="utf-8")
    mapping = _mapping(tmp_path, 'date_column = "Date"\ntime_column = "Start"',
                       'time_column = "End"')
    report = validate_file(path, mapping=mapping, timezone="UTC")
    assert [i.message for i in report.issues if i.row] == []
    assert [(p.name, p.start_time, p.end_time) for p in report.payloads] == [
        ("Countdown", _at(12, 0), _at(12, 1)), ("Day", _at(11, 9), _at(11, 10))]


def test_an_end_far_after_a_start_past_midnight_stays_an_end_before_it(tmp_path: Path) -> None:
    """After a start written past midnight (25:00), an end within the day is the next
    morning's up to 9 hours on, as any end read in the night after is: `10:00` is, `10:30`
    and `23:00` (a 22-hour session) are read on the row's day, an end before the start."""
    path = tmp_path / "night.csv"
    path.write_text("Session Title,Date,Time Start,Time End,Room/Location\n"
                    "Rave,5/11/2027,25:00,10:00,R1\nLonger,5/11/2027,25:00,10:30,R2\n"
                    "Typo,5/11/2027,25:00,23:00,R3\nShow,5/11/2027,24:00,5:30,R4\n",
                    encoding="utf-8")
    report = validate_file(path, timezone="UTC")
    message = ("Row {row}: the session ends before it starts: 'Time End' has {end!r} and 'Time "
               "Start' has '25:00' (read as 2027-05-11 {end:0>5} and 2027-05-12 01:00); fix the "
               "end time, or if it runs past midnight, add a column 'End Date (Optional)' and "
               "put the next day in it.")
    assert [(i.row, i.code, i.message) for i in report.issues if i.row] == [
        (3, "end-before-start", message.format(row=3, end="10:30")),
        (4, "end-before-start", message.format(row=4, end="23:00"))]
    assert [(p.name, p.start_time, p.end_time) for p in report.payloads] == [
        ("Rave", _at(12, 1), _at(12, 10)), ("Show", _at(12, 0), _at(12, 5, 30))]
    ranges = tmp_path / "ranges.csv"
    ranges.write_text("Title,When,Room\nRave,5/11/2027 25:00 - 10:00,R1\n"
                      "Typo,5/11/2027 25:00 - 23:00,R2\n", encoding="utf-8")
    mapping = _mapping(tmp_path, 'column = "When"', 'column = "When"')
    report = validate_file(ranges, mapping=mapping, timezone="UTC")
    assert [(i.row, i.code) for i in report.issues if i.row] == [(3, "end-before-start")]
    assert [(p.name, p.end_time) for p in report.payloads] == [("Rave", _at(12, 10))]
