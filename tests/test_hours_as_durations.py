"""A duration column of plain small numbers (1, 3) counts hours, as a course timetable
writes them: refused asking for the unit, never read as sessions of a minute or three."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from importer.errors import MappingError
from importer.mapping import load_mapping
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
            f"{count} means hours, write {count}h or {count * 60} (or, if the column counts "
            'hours, give the end duration_unit = "hours"); if minutes, write '
            f"{count} min (or, if the column counts minutes, give the end "
            'duration_unit = "minutes").')


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


def test_a_column_the_mapping_says_counts_hours_reads_plain_numbers_as_hours(
        tmp_path: Path) -> None:
    """duration_unit = "hours": 1 and 1,5 are an hour and an hour and a half; a cell
    written with its unit keeps it."""
    path = tmp_path / "timetable.csv"
    path.write_text("summary,date,duration,start_time\nLecture,2022-01-24,1,09:00\n"
                    'Practical,2022-01-24,"1,5",10:00\nLab,2022-01-24,45 min,13:00\n'
                    "Talk,2022-01-24,0:45,14:00\n", encoding="utf-8")
    mapping = _mapping(tmp_path)
    mapping.write_text(mapping.read_text(encoding="utf-8") + 'duration_unit = "hours"\n',
                       encoding="utf-8")
    report = validate_file(path, mapping=mapping, timezone="UTC")
    assert [(p.name, int((p.end_time - p.start_time).total_seconds()) // 60)
            for p in report.payloads] == [
        ("Lecture", 60), ("Practical", 90), ("Lab", 45), ("Talk", 45)]


def test_a_duration_unit_without_a_duration_column_is_refused(tmp_path: Path) -> None:
    mapping = _mapping(tmp_path)
    mapping.write_text(mapping.read_text(encoding="utf-8").replace(
        'duration_column = "duration"', 'until_next = true\nduration_unit = "hours"'),
        encoding="utf-8")
    with pytest.raises(MappingError) as caught:
        load_mapping(mapping)
    assert str(caught.value).split(": ", 1)[1] == (
        "fields.end: duration_unit goes with duration_column (it is what that column's plain "
        "numbers count); remove it, or name the column")


def test_a_column_the_mapping_says_counts_minutes_reads_small_numbers_as_minutes(
        tmp_path: Path) -> None:
    """Two-minute pitches: said once for the column, not rewritten cell by cell."""
    path = tmp_path / "pitches.csv"
    path.write_text("summary,date,duration,start_time\nPitch A,2022-01-24,2,09:00\n"
                    "Pitch B,2022-01-24,3,09:02\nPanel,2022-01-24,45,09:05\n",
                    encoding="utf-8")
    mapping = _mapping(tmp_path)
    mapping.write_text(mapping.read_text(encoding="utf-8") + 'duration_unit = "minutes"\n',
                       encoding="utf-8")
    report = validate_file(path, mapping=mapping, timezone="UTC")
    assert [(p.name, int((p.end_time - p.start_time).total_seconds()) // 60)
            for p in report.payloads] == [("Pitch A", 2), ("Pitch B", 3), ("Panel", 45)]
