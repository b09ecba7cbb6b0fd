"""A duration column of plain small numbers (1, 3) counts hours, as a course timetable
writes them: refused asking for the unit, never read as sessions of a minute or three."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from importer.validate import validate_file
from tests.test_load import write_xlsx

MAPPING = ('name = "timetable"\n[fields.name]\ncolumn = "summary"\n[fields.start]\n'
           'date_column = "date"\ntime_column = "start_time"\n[fields.end]\n'
           'duration_column = "duration"\n')


def _mapping(tmp_path: Path) -> Path:
    path = tmp_path / "timetable.toml"
    path.write_text(MAPPING, encoding="utf-8")
    return path


def _hours_meant(row: int, count: int) -> tuple[int, str, str, str]:
    return (row, "duration", "bad-duration",
            f"Row {row}: 'duration' has '{count}', which is not a duration: a plain number is "
            f"whole minutes, and a {count}-minute session is most likely hours meant; if "
            f"{count} means hours, write {count}h or {count * 60}; if minutes, write "
            f"{count} min.")


def test_plain_hours_are_refused_and_minutes_from_five_on_read(tmp_path: Path) -> None:
    path = tmp_path / "timetable.csv"
    path.write_text("summary,date,duration,start_time\n"
                    "TDS Lecture 1,2022-01-24,1,09:00\nTDS Practical 1,2022-02-03,3,09:00\n"
                    "Lightning talks,2022-02-04,5,09:00\nSeminar,2022-02-05,45,13:00\n"
                    "Keynote,2022-02-06,90,10:00\nWorkshop,2022-02-07,3h,09:00\n"
                    "Drill,2022-02-08,3 min,09:00\n", encoding="utf-8")
    report = validate_file(path, mapping=_mapping(tmp_path), timezone="UTC")
    assert [(i.row, i.column, i.code, i.message) for i in report.issues if i.row] == [
        _hours_meant(2, 1), _hours_meant(3, 3)]
    assert [(p.name, p.end_time - p.start_time) for p in report.payloads] == [
        ("Lightning talks", dt.timedelta(minutes=5)), ("Seminar", dt.timedelta(minutes=45)),
        ("Keynote", dt.timedelta(minutes=90)), ("Workshop", dt.timedelta(hours=3)),
        ("Drill", dt.timedelta(minutes=3))]


def test_a_workbook_number_cell_of_hours_is_refused_too(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "timetable.xlsx", {"Sheet1": [
        ["summary", "date", "duration", "start_time"],
        ["TDS Practical 1", "2022-02-03", 3, "09:00"], ["Seminar", "2022-02-05", 60, "13:00"]]})
    report = validate_file(path, mapping=_mapping(tmp_path), timezone="UTC")
    assert [(i.row, i.column, i.code, i.message) for i in report.issues if i.row] == [
        _hours_meant(2, 3)]
    assert [(p.name, p.end_time - p.start_time) for p in report.payloads] == [
        ("Seminar", dt.timedelta(hours=1))]
