"""Schedules exported from a calendar, not typed in a sheet: Outlook's and Google
Calendar's CSV, and iCalendar events converted to CSV (DTSTART, DTEND, SUMMARY), read as
the calendar wrote them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from importer.mapping import Mapping
from importer.validate import validate_file
from tests.test_draft_columns import write_csv

ICAL_HEADER = ["UID", "SUMMARY", "DTSTART", "DTEND", "LOCATION", "DESCRIPTION", "CATEGORIES"]
ICAL_ROWS = [
    ["a1@x", "Opening Keynote", "20270511T070000Z", "20270511T080000Z", "Main Hall",
     "Welcome.\nSecond line.", "Keynote,Plenary"],
    ["a2@x", "Data Pipelines", "20270511T093000", "20270511T101500", "Room A", "", "Data"],
    ["a3@x", "Exhibition", "20270511", "20270511", "Hall C", "", "Expo"],
]


def _iso(moment: dt.datetime | None) -> str | None:
    return moment and moment.isoformat()


def test_icalendar_start_and_end_times_are_read_utc_and_local(tmp_path: Path) -> None:
    """DTSTART and DTEND in iCalendar's basic form were refused as bad-datetime on every
    timed row: a 'Z' value is that instant in UTC, one without the sheet's local time."""
    sheet = write_csv(tmp_path / "calendar.csv", [ICAL_HEADER, *ICAL_ROWS])
    mapping = Mapping.model_validate({
        "name": "calendar", "timezone": "Europe/Berlin",
        "fields": {"import_id": {"column": "UID"}, "name": {"column": "SUMMARY"},
                   "start": {"column": "DTSTART"}, "end": {"column": "DTEND"}}})
    report = validate_file(sheet, mapping=mapping)
    assert [(row.row, [issue.code for issue in row.issues],
             row.payload and (_iso(row.payload.start_time), _iso(row.payload.end_time),
                              row.payload.all_day))
            for row in report.rows] == [
        (2, [], ("2027-05-11T07:00:00+00:00", "2027-05-11T08:00:00+00:00", False)),
        (3, [], ("2027-05-11T07:30:00+00:00", "2027-05-11T08:15:00+00:00", False)),
        (4, [], ("2027-05-10T22:00:00+00:00", None, True))]
