"""Schedules exported from a calendar, not typed in a sheet: Outlook's and Google
Calendar's CSV, and iCalendar events converted to CSV (DTSTART, DTEND, SUMMARY), read as
the calendar wrote them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from importer.draft import draft_mapping
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


def test_an_icalendar_sheet_is_drafted_from_its_own_names(tmp_path: Path) -> None:
    """The draft left the title, start and end to fill in (offering SUMMARY as the
    description) and TZID unread: SUMMARY is an event's title, DTSTART and DTEND its
    start and end, and TZID the zone its local times are in."""
    sheet = write_csv(tmp_path / "calendar.csv", [
        [*ICAL_HEADER, "TZID"],
        [*ICAL_ROWS[0], ""], [*ICAL_ROWS[1], "Europe/Berlin"]])
    text = draft_mapping(sheet).text
    assert [line for line in text.splitlines()
            if line.startswith(("column", "timezone", "[fields"))] == [
        'timezone = "Europe/Berlin"   # \'TZID\' says \'Europe/Berlin\' on every row',
        "[fields.import_id]", 'column = "UID"',
        "[fields.name]", 'column = "SUMMARY"',
        "[fields.start]", 'column = "DTSTART"',
        "[fields.end]", 'column = "DTEND"',
        "[fields.locations]", 'column = "LOCATION"',
        "[fields.schedule_tracks]", 'column = "CATEGORIES"',
        "[fields.description]", 'column = "DESCRIPTION"']


def test_a_summary_column_beside_a_title_stays_the_description(tmp_path: Path) -> None:
    """Outside a calendar's columns (no DTSTART), 'Summary' is a session's description."""
    sheet = write_csv(tmp_path / "talks.csv", [
        ["Summary", "Date", "Start", "End"],
        ["Why grids are sparse", "2027-05-11", "09:00", "10:00"]])
    text = draft_mapping(sheet).text
    assert 'column = "Summary"' not in text.split("[fields.description]")[0]
