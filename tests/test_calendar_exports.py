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
    """Outside a calendar's columns (no DTSTART), 'Summary' beside a title is a session's
    description, though each is a line as short as a title."""
    sheet = write_csv(tmp_path / "talks.csv", [
        ["Title", "Summary", "Date", "Start", "End"],
        ["Sparse grids", "Why grids are sparse", "2027-05-11", "09:00", "10:00"]])
    text = draft_mapping(sheet).text
    assert 'column = "Summary"' not in text.split("[fields.description]")[0]


OUTLOOK_HEADER = ["Subject", "Start Date", "Start Time", "End Date", "End Time",
                  "All day event", "Reminder on/off", "Categories", "Description", "Location"]
OUTLOOK_ROWS = [
    ["Opening Keynote", "5/11/2027", "9:00:00 AM", "5/11/2027", "10:00:00 AM", "False",
     "False", "Keynote;Plenary", "Welcome.", "Main Hall"],
    ["Exhibition", "5/11/2027", "12:00:00 AM", "5/12/2027", "12:00:00 AM", "True", "False",
     "Expo", "", "Hall C"],
]


def test_outlooks_all_day_column_is_drafted_as_all_day(tmp_path: Path) -> None:
    """'All day event' was left unread: an all-day event went out as a session from
    midnight to midnight. It is drafted as all_day."""
    sheet = write_csv(tmp_path / "outlook.csv", [OUTLOOK_HEADER, *OUTLOOK_ROWS])
    text = draft_mapping(sheet).text
    assert text.split("[fields.all_day]\n")[1].split("\n\n")[0] == (
        "# True sends the row as an all-day session on its start's day\n"
        'column = "All day event"')


def test_an_all_day_event_ending_at_the_next_midnight_is_one_day(tmp_path: Path) -> None:
    """Outlook ends a one-day all-day event at 12:00:00 AM on the next day: that was warned
    of as a later day the session could not have; it is the end of its day, no warning."""
    sheet = write_csv(tmp_path / "outlook.csv", [OUTLOOK_HEADER, *OUTLOOK_ROWS])
    mapping = Mapping.model_validate({
        "name": "outlook", "timezone": "Europe/Berlin",
        "fields": {"name": {"column": "Subject"},
                   "start": {"date_column": "Start Date", "time_column": "Start Time"},
                   "end": {"time_column": "End Time"}, "end_date": {"column": "End Date"},
                   "all_day": {"column": "All day event"}}})
    report = validate_file(sheet, mapping=mapping)
    assert [(row.row, [issue.code for issue in row.issues],
             row.payload and (_iso(row.payload.start_time), _iso(row.payload.end_time),
                              row.payload.all_day))
            for row in report.rows] == [
        (2, [], ("2027-05-11T07:00:00+00:00", "2027-05-11T08:00:00+00:00", False)),
        (3, [], ("2027-05-10T22:00:00+00:00", None, True))]
