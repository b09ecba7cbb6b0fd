"""A date then a time range with its hyphen unspaced (2027-05-11 09:00-10:30) is a start
and an end, not a time with a UTC offset no zone keeps; where the offset is one a zone
keeps (-10:00), the cell is refused saying to space the hyphen."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from importer.validate import validate_file

UTC = dt.UTC
NOT_A_RANGE = "which is not a start and end date and time"


def _validate(tmp_path: Path, rows: str, end: str) -> list[tuple[object, ...]]:
    path = tmp_path / "agenda.csv"
    path.write_text(f"Title,When,Mins\n{rows}", encoding="utf-8")
    mapping = tmp_path / "agenda.toml"
    mapping.write_text('name = "agenda"\n[fields.name]\ncolumn = "Title"\n[fields.start]\n'
                       f'column = "When"\n[fields.end]\n{end}\n', encoding="utf-8")
    report = validate_file(path, mapping=mapping, timezone="UTC")
    issues = [(i.row, i.column, i.code, i.message) for i in report.issues if i.row]
    return issues + [(p.name, p.start_time, p.end_time) for p in report.payloads]


def at(hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2027, 5, 11, hour, minute, tzinfo=UTC)


def test_an_unspaced_hyphen_after_a_date_and_time_joins_a_range(tmp_path: Path) -> None:
    rows = ("Opening,2027-05-11 09:00-10:30,\nWorkshop,2027-05-11T13:00-17:00,\n"
            "Panel,5/11/2027 9:00-10:30,\nHawaii,2027-05-11 09:00-10:00,\n"
            "Spaced,2027-05-11 09:00 - 10:00,\n")
    assert _validate(tmp_path, rows, 'column = "When"') == [
        (5, "When", "bad-datetime", f"Row 5: 'When' has '2027-05-11 09:00-10:00', "
         f"{NOT_A_RANGE}: it reads as 09:00 at UTC-10:00, a start with no end; if 10:00 is "
         "its end, put spaces around the hyphen: 2027-05-11 09:00 - 10:00."),
        ("Opening", at(9), at(10, 30)), ("Workshop", at(13), at(17)),
        ("Panel", at(9), at(10, 30)), ("Spaced", at(9), at(10))]


def test_a_start_column_refuses_a_range_it_would_read_at_no_zones_offset(
        tmp_path: Path) -> None:
    rows = "Opening,2027-05-11 09:00-10:30,90\nExport,2027-05-11T09:00:00-05:00,60\n"
    assert _validate(tmp_path, rows, 'duration_column = "Mins"') == [
        (2, "When", "bad-datetime", "Row 2: 'When' has '2027-05-11 09:00-10:30', which is not "
         "a date and time: it is a start and an end, 09:00 to 10:30 (no zone's time is "
         "UTC-10:30): write the start alone, or map the column as the end's column too, to "
         "read both."),
        ("Export", at(14), at(15))]
