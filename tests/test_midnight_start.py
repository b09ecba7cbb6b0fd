"""A range from midnight (12 AM) to an end without am or pm: `midnight - 2` ends at 2 AM,
but `midnight - 10` would be ten hours long, past the 9 hours an end is read in a half of the
day it does not write: refused asking for its am or pm, as `9:30 AM - 9:15` is refused."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from importer.validate import validate_file
from tests.test_load import write_xlsx
from tests.test_night_start_24_hour import range_column_report

UTC = dt.UTC


def _at(hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2027, 5, 11, hour, minute, tzinfo=UTC)


def test_an_end_read_in_the_starts_half_more_than_9_hours_on_is_refused(
        tmp_path: Path) -> None:
    cells = ["midnight - 2", "midnight - 9", "midnight - 10", "12 midnight - 9:30",
             "midnight - 10am", "midnight - 09:30", "1 AM - 11", "10 AM - 11", "8 AM - 5"]
    report = range_column_report(tmp_path, cells)
    refused = ("Row {row}: 'Time' has {cell!r}, which is not a start and end time: {end} has "
               "no am or pm, and as {read} it would make a session of {length}; write am or "
               "pm after the end too, or fix it.")
    assert [(i.row, i.code, i.message) for i in report.issues if i.row] == [
        (4, "bad-time", refused.format(row=4, cell="midnight - 10", end="10", read="10:00 AM",
                                       length="10:00")),
        (5, "bad-time", refused.format(row=5, cell="12 midnight - 9:30", end="9:30",
                                       read="9:30 AM", length="9:30")),
        (8, "bad-time", refused.format(row=8, cell="1 AM - 11", end="11", read="11:00 AM",
                                       length="10:00"))]
    assert [(p.name, p.start_time, p.end_time) for p in report.payloads] == [
        ("S0", _at(0), _at(2)), ("S1", _at(0), _at(9)), ("S4", _at(0), _at(10)),
        ("S5", _at(0), _at(9, 30)), ("S7", _at(10), _at(11)), ("S8", _at(8), _at(17))]


def test_two_time_columns_typed_so_are_refused_naming_both(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "s.xlsx", {"Sheet": [
        ["Session Title", "Date", "Time Start", "Time End", "Room/Location"],
        ["Lock-in", dt.date(2027, 5, 11), "12:00 AM", "10:00", "Hall"],
        ["Morning", dt.date(2027, 5, 11), "12:00 AM", "10:00 AM", "Club"],
    ]})
    report = validate_file(path, timezone="UTC")
    assert [(i.row, i.code, i.message) for i in report.issues if i.row] == [
        (2, "bad-time", "Row 2: 'Time Start' has '12:00 AM' and 'Time End' has '10:00', which "
                        "are not a start and end time: 10:00 has no am or pm, and as 10:00 AM "
                        "it would make a session of 10:00; write am or pm after the end too, "
                        "or fix it.")]
    assert [(p.name, p.start_time, p.end_time) for p in report.payloads] == [
        ("Morning", _at(0), _at(10))]
