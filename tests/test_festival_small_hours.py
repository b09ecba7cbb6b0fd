"""A line-up typed under its evening's date runs into the small hours (Friday 20:00, 22:00,
23:30, then 01:00 and 02:30, which are Saturday morning): such starts are read in the night
after, with a `night-after-evening` warning, where the sheet shows it plainly, within one
date's rows in sheet order, and left as written where it does not (a morning listed first, a
sheet listed room by room, a row whose end has its own date)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from importer.validate import validate_file
from tests.test_load import write_xlsx

UTC = dt.UTC
HEADER = "Session Title,Date,Time Start,Time End,End Date (Optional),Room/Location\n"


def at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2027, 5, day, hour, minute, tzinfo=UTC)


def night_message(row: int, cell: str, night: str, fix: str) -> str:
    return (f"Row {row}: 'Time Start' has {cell!r}, listed after the evening of Friday 14 May "
            f"2027, so it is read as {night} in the night after, on Saturday 15 May 2027. If "
            f"it is that night, write {fix} to say so or put 2027-05-15 in 'Date'; if it is "
            "the morning of Friday 14 May 2027, move the row above that day's evening.")


def test_a_line_up_into_the_small_hours_is_read_in_the_night_after(tmp_path: Path) -> None:
    path = tmp_path / "festival.csv"
    path.write_text(HEADER + "Opening act,5/14/2027,20:00,21:30,,Main\n"
                    "Band two,5/14/2027,22:00,23:15,,Main\n"
                    "Headliner,5/14/2027,23:30,00:45,,Main\n"
                    "DJ set,5/14/2027,01:00,02:15,,Main\n"
                    "Closing set,5/14/2027,02:30,04:00,,Main\n"
                    "Saturday opener,5/15/2027,20:00,21:00,,Main\n", encoding="utf-8")
    report = validate_file(path, timezone="UTC")
    assert [(i.row, i.code, i.severity, i.message) for i in report.issues if i.row] == [
        (5, "night-after-evening", "warning", night_message(5, "01:00", "01:00", "25:00")),
        (6, "night-after-evening", "warning", night_message(6, "02:30", "02:30", "26:30"))]
    assert [(p.name, p.start_time, p.end_time) for p in report.payloads] == [
        ("Opening act", at(14, 20), at(14, 21, 30)), ("Band two", at(14, 22), at(14, 23, 15)),
        ("Headliner", at(14, 23, 30), at(15, 0, 45)), ("DJ set", at(15, 1), at(15, 2, 15)),
        ("Closing set", at(15, 2, 30), at(15, 4)), ("Saturday opener", at(15, 20), at(15, 21))]


def test_on_a_tab_per_day_the_night_after_is_read_without_a_wrong_day_warning(
        tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "lineup.xlsx", {"Fri 14 May 2027": [
        ["Act", "Time", "Stage"],
        ["Opening act", "20:00 - 22:00", "Main"],
        ["Headliner", "23:30 - 01:00", "Main"],
        ["DJ set", "01:00 - 02:30", "Main"],
        ["Late DJ", "01:00 - 02:30", "Tent"]]})
    mapping = tmp_path / "lineup.toml"
    mapping.write_text('name = "lineup"\n[fields.name]\ncolumn = "Act"\n[fields.start]\n'
                       'time_column = "Time"\ndate_from_sheet_name = true\n[fields.end]\n'
                       'time_column = "Time"\n[fields.locations]\ncolumn = "Stage"\n',
                       encoding="utf-8")
    report = validate_file(path, mapping=mapping, timezone="UTC")
    assert [(i.row, i.code, i.message) for i in report.issues if i.row] == [
        (row, "night-after-evening",
         f"Row {row}: 'Time' has '01:00 - 02:30', listed after the evening of Friday 14 May "
         "2027, so it is read as 01:00 in the night after, on Saturday 15 May 2027. If it is "
         "that night, write 25:00 to say so; if it is the morning of Friday 14 May 2027, move "
         "the row above that day's evening.") for row in (4, 5)]
    assert [(p.name, p.start_time, p.end_time) for p in report.payloads] == [
        ("Opening act", at(14, 20), at(14, 22)), ("Headliner", at(14, 23, 30), at(15, 1)),
        ("DJ set", at(15, 1), at(15, 2, 30)), ("Late DJ", at(15, 1), at(15, 2, 30))]


def test_a_real_morning_a_room_by_room_sheet_and_a_dated_end_are_read_as_written(
        tmp_path: Path) -> None:
    """Sunrise yoga at 04:30 is first on its day; a sheet listing each stage's evening in
    turn starts its times again more than once; a row giving its end's date says its own
    day. None is moved, nor warned of here."""
    path = tmp_path / "kept.csv"
    path.write_text(HEADER + "Sunrise yoga,5/14/2027,04:30,05:30,,Lawn\n"
                    "Opening act,5/14/2027,20:00,21:30,,Main\n"
                    "Stage A late,5/13/2027,20:00,21:00,,Stage A\n"
                    "Stage A night,5/13/2027,01:00,02:00,,Stage A\n"
                    "Stage B early,5/13/2027,19:00,20:00,,Stage B\n"
                    "Stage B night,5/13/2027,02:00,03:00,,Stage B\n"
                    "Evening,5/15/2027,21:00,22:00,,Main\n"
                    "Dated end,5/15/2027,01:00,02:00,5/15/2027,Main\n", encoding="utf-8")
    report = validate_file(path, timezone="UTC")
    assert [(i.row, i.code) for i in report.issues if i.row] == []
    assert [(p.name, p.start_time) for p in report.payloads] == [
        ("Sunrise yoga", at(14, 4, 30)), ("Opening act", at(14, 20)),
        ("Stage A late", at(13, 20)), ("Stage A night", at(13, 1)),
        ("Stage B early", at(13, 19)), ("Stage B night", at(13, 2)),
        ("Evening", at(15, 21)), ("Dated end", at(15, 1))]
