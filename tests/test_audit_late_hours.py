"""Times past midnight written on the day before (25:30): the seconds they keep, a range
that starts at 24:00, and the no-next-start warning naming the time as written."""

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


def _mapping(tmp_path: Path, end: str) -> Path:
    mapping = tmp_path / "night.toml"
    mapping.write_text('name = "night"\n[fields.name]\ncolumn = "Title"\n[fields.start]\n'
                       'date_column = "Date"\ntime_column = "Time"\n[fields.end]\n'
                       f'{end}\n', encoding="utf-8")
    return mapping


def test_a_time_past_midnight_keeps_its_seconds() -> None:
    read = convert.parse_late_time("25:30:15")
    assert (read, type(read).__name__) == (dt.time(1, 30, 15), "NextDayTime")


def test_a_range_from_24_00_is_the_next_days_midnight_on(tmp_path: Path) -> None:
    path = tmp_path / "night.csv"
    path.write_text("Title,Date,Time\nMidnight set,5/11/2027,24:00 - 2:00\n"
                    "Late set,5/11/2027,25:00 - 2:30\n", encoding="utf-8")
    report = validate_file(path, mapping=_mapping(tmp_path, 'time_column = "Time"'),
                           timezone="Asia/Tokyo")
    assert [(i.row, i.code) for i in report.issues if i.row] == []
    assert [(p.name, p.start_time, p.end_time) for p in report.payloads] == [
        ("Midnight set", at(12, 0), at(12, 2)), ("Late set", at(12, 1), at(12, 2, 30))]


def test_the_last_start_of_a_night_is_named_as_written(tmp_path: Path) -> None:
    path = tmp_path / "night.csv"
    path.write_text("Title,Date,Time\nSet 1,5/11/2027,23:00\nSet 2,5/11/2027,25:30\n",
                    encoding="utf-8")
    report = validate_file(path, mapping=_mapping(tmp_path, "until_next = true"),
                           timezone="Asia/Tokyo")
    assert [(i.row, i.code, i.message) for i in report.issues if i.row] == [
        (3, "no-next-start", "Row 3: the session starts at 25:30, the last start on "
         "2027-05-11, so no next session gives its end (until_next); give the day's last "
         "sessions a length with last_minutes = 60 under [fields.end], or add an end column "
         "(time_column, column or duration_column).")]


def test_a_tab_dated_start_past_the_small_hours_says_to_move_it_to_the_next_tab(
        tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "days.xlsx", {"Tue 11 May 2027": [
        ["Time Start", "Time End", "Session Title", "Room/Location"],
        ["22:00", "23:00", "Late", "Bar"], ["30:30", "31:00", "Breakfast", "Roof"]]})
    mapping = tmp_path / "days.toml"
    mapping.write_text('name = "days"\n[fields.name]\ncolumn = "Session Title"\n'
                       '[fields.start]\ntime_column = "Time Start"\ndate_from_sheet_name = true\n'
                       '[fields.end]\ntime_column = "Time End"\n[fields.locations]\n'
                       'column = "Room/Location"\n', encoding="utf-8")
    report = validate_file(path, mapping=mapping, timezone="Asia/Tokyo")
    later = ("is past midnight, later than the small hours that 24:00 to 29:59 write on the "
             "day before")
    assert [(i.row, i.column, i.code, i.message) for i in report.issues if i.row] == [
        (3, "Time Start", "bad-time", f"Row 3: 'Time Start' has '30:30', which is not a time: "
         f"30:30 {later}; write it as 6:30 and move the row to the next day's sheet."),
        (3, "Time End", "bad-time", f"Row 3: 'Time End' has '31:00', which is not a time: "
         f"31:00 {later}; write it as 7:00 and, if the session starts past midnight too, move "
         "the row to the next day's sheet; if not, put the next day in a [fields.end_date] "
         "column added to the mapping.")]
