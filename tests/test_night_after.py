"""The edge of the night after: an end with no end date, before 5 am, after an evening start."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from importer.validate import validate_file


def test_an_end_at_5_am_is_morning_not_the_night_after(tmp_path: Path) -> None:
    """`8:00 PM` to `5:00 AM` is within 9 hours, but 5 am is no longer the small hours: an
    end before the start, to check, as the docs say ('an end before 5 am'). A minute
    earlier it is the night after."""
    path = tmp_path / "late.csv"
    with path.open("w", newline="", encoding="utf-8") as file:
        csv.writer(file).writerows([
            ["Session Title", "Date", "Time Start", "Time End", "Room/Location"],
            ["Dawn", "5/11/2027", "8:00 PM", "5:00 AM", "Club"],
            ["Late", "5/11/2027", "8:00 PM", "4:59 AM", "Bar"]])
    report = validate_file(path, timezone="UTC")
    assert [(i.row, i.code) for i in report.issues if i.row] == [(2, "end-before-start")]
    assert [(p.name, p.start_time, p.end_time) for p in report.payloads] == [
        ("Late", dt.datetime(2027, 5, 11, 20, tzinfo=dt.UTC),
         dt.datetime(2027, 5, 12, 4, 59, tzinfo=dt.UTC))]
