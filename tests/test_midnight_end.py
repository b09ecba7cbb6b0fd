"""An end at midnight with no end date after an evening start: the midnight ending the
start's day, up to 9 hours after the start (at any length when written 'midnight'). An end
date given is the end's own day."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from importer.validate import validate_file

HEADER = ["Session Title", "Date", "Time Start", "Time End", "Room/Location",
          "End Date (Optional)"]


def _sheet(tmp_path: Path, rows: list[list[str]]) -> Path:
    path = tmp_path / "s.csv"
    with path.open("w", newline="", encoding="utf-8") as file:
        csv.writer(file).writerows([HEADER, *rows])
    return path


def test_midnight_in_words_ends_the_day_and_0_00_only_nine_hours_after_the_start(
        tmp_path: Path) -> None:
    """'midnight' written out is the close of the start's day, however long the session;
    '0:00' (or '12:00 AM', perhaps noon mistyped) is so only up to nine hours on."""
    path = _sheet(tmp_path, [["Long night", "5/11/2027", "3:00 PM", "0:00", "Club", ""],
                             ["Too long", "5/11/2027", "2:59 PM", "0:00", "Bar", ""],
                             ["Fair", "5/11/2027", "2:59 PM", "midnight", "Yard", ""]])
    report = validate_file(path, timezone="UTC")
    assert [(i.row, i.code, i.message) for i in report.issues if i.row] == [
        (3, "end-before-start",
         "Row 3: the session ends before it starts: 'Time End' has '0:00' and 'Time Start' "
         "has '2:59 PM' (read as 2027-05-11 00:00 and 2027-05-11 14:59); if it runs past "
         "midnight, put the next day in 'End Date (Optional)'.")]
    assert [(p.name, p.start_time, p.end_time) for p in report.payloads] == [
        ("Long night", dt.datetime(2027, 5, 11, 15, tzinfo=dt.UTC),
         dt.datetime(2027, 5, 12, tzinfo=dt.UTC)),
        ("Fair", dt.datetime(2027, 5, 11, 14, 59, tzinfo=dt.UTC),
         dt.datetime(2027, 5, 12, tzinfo=dt.UTC))]


def test_an_end_date_given_is_the_midnights_day(tmp_path: Path) -> None:
    """End Date 5/12 with 'midnight' is the start of May 12, not May 13."""
    path = _sheet(tmp_path, [["Party", "5/11/2027", "10 PM", "midnight", "Club", "5/12/2027"]])
    report = validate_file(path, timezone="UTC")
    assert [i.message for i in report.issues if i.row] == []
    assert [(p.name, p.start_time, p.end_time) for p in report.payloads] == [
        ("Party", dt.datetime(2027, 5, 11, 22, tzinfo=dt.UTC),
         dt.datetime(2027, 5, 12, tzinfo=dt.UTC))]
