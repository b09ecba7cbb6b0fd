"""Shapes of real programmes of online and international events: a time range written with
its time zone ('10:00 - 11:00 CET'). Invented data of the same shape."""

from __future__ import annotations

from pathlib import Path

from importer.validate import validate_file
from tests.test_load import write_bytes

MAPPING = ('name = "t"\ntimezone = "Europe/Berlin"\n'
           '[fields.name]\ncolumn = "Title"\n'
           '[fields.start]\ndate_column = "Date"\ntime_column = "Time"\n'
           '[fields.end]\ntime_column = "Time"\n')


def _validate(tmp_path: Path, rows: str, order: str = "day-first") -> list[tuple]:
    path = write_bytes(tmp_path, "programme.csv", ("Date,Time,Title\n" + rows).encode())
    mapping_path = tmp_path / "m.toml"
    mapping_path.write_text(f'date_order = "{order}"\n' + MAPPING)
    report = validate_file(path, mapping=mapping_path)
    return [(i.row, i.code, i.message) for i in report.issues if i.row] + [
        (r.row, r.payload.start_time.isoformat(), r.payload.end_time.isoformat())
        for r in report.rows if r.payload]


def test_a_time_range_written_with_its_zone_is_told_to_give_the_zone_once(
        tmp_path: Path) -> None:
    """It got the general hint ('write the start and end like 9:00 - 10:30'), which the cell
    already follows; a time cell written so ('10:00 CET') was told what is wrong."""
    issues = _validate(tmp_path, "11.05.2027,10:00 - 11:00 CET,Keynote\n"
                                 "11.05.2027,11:30–12:15 (CEST),Panel\n"
                                 "11.05.2027,1:00 PM - 2:00 PM ET,Lunch talk\n")
    hint = ("is a time zone, which gbimport cannot read in a time cell: remove it from the "
            "cells and give the sheet's zone once, as timezone = \"America/New_York\" (say) in "
            "the mapping or --timezone")
    assert issues == [
        (row, "bad-time", f"Row {row}: 'Time' has {cell!r}, which is not a start and end time: "
                          f"{zone!r} {hint}.")
        for row, cell, zone in [(2, "10:00 - 11:00 CET", "CET"),
                                (3, "11:30–12:15 (CEST)", "CEST"),
                                (4, "1:00 PM - 2:00 PM ET", "ET")]]
