"""A bare hour (`9`) in a start's or an end's own time column whose other cells write times
with minutes on the 24-hour clock is that hour, as `9 - 9:15` in one cell is read; in a
column with no such times, or one writing am/pm, it stays refused."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from importer.validate import validate_file

MAPPING = ('name = "bootcamp"\n[fields.name]\ncolumn = "activity"\n[fields.start]\n'
           'date = 2027-05-11\ntime_column = "{start}"\n[fields.end]\n'
           'time_column = "end time"\n')
REFUSED = "which is not a time: write the time like 10:00 AM, 10am or 14:30."


def _validate(tmp_path: Path, rows: str, start: str = "start time") -> list[tuple[object, ...]]:
    path = tmp_path / "schedule.tsv"
    path.write_text(f"{start}\tend time\tactivity\n{rows}", encoding="utf-8")
    mapping = tmp_path / "bootcamp.toml"
    mapping.write_text(MAPPING.format(start=start), encoding="utf-8")
    report = validate_file(path, mapping=mapping, timezone="UTC")
    issues = [(i.row, i.column, i.code, i.message) for i in report.issues if i.row]
    return issues + [(p.name, p.start_time.time(), p.end_time.time()) for p in report.payloads]


def test_a_bare_hour_among_times_with_minutes_is_that_hour(tmp_path: Path) -> None:
    rows = ("9\t9:15\tintroduction\n9:15\t9:20\tversion control overview\n"
            "10:30\t11\tgroup work\n13\t14:00\tafternoon\n")
    assert _validate(tmp_path, rows) == [
        ("introduction", dt.time(9), dt.time(9, 15)),
        ("version control overview", dt.time(9, 15), dt.time(9, 20)),
        ("group work", dt.time(10, 30), dt.time(11)), ("afternoon", dt.time(13), dt.time(14))]


def test_room_numbers_mapped_as_start_times_stay_refused(tmp_path: Path) -> None:
    rows = "9\t9:15\tintroduction\n12\t10:00\tgit overview\n"
    assert _validate(tmp_path, rows, start="room") == [
        (2, "room", "bad-time", f"Row 2: 'room' has '9', {REFUSED}"),
        (3, "room", "bad-time", f"Row 3: 'room' has '12', {REFUSED}")]


def test_a_bare_hour_among_times_with_am_or_pm_stays_refused(tmp_path: Path) -> None:
    rows = "9\t9:15 AM\tintroduction\n9:15 AM\t9:20 AM\tversion control overview\n"
    assert _validate(tmp_path, rows) == [
        (2, "start time", "bad-time", f"Row 2: 'start time' has '9', {REFUSED}"),
        ("version control overview", dt.time(9, 15), dt.time(9, 20))]
