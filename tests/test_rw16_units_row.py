"""A workshop's programme saved as an .xlsx the way Excel writes one (dates as date cells,
times as time cells), with a row of units and notes under the header, as a planner's
template has: '(CEST)' under the start, '(yyyy-mm-dd)' under the date, 'session / extra /
free' under the type. The sessions are rows of NBISweden/workshop-epigenomics's
schedule.tsv; the units row is the planner's.

validate read that row as a session: a missing title to fill in, a date and a time to
rewrite. The draft said the row was skipped, yet drafted from its cells: a date to give
'(yyyy-mm-dd)' under `values`, its notes as a break's title and as no track."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_load import write_bytes, write_xlsx

HEADER = ["Date", "Start", "End", "Title", "Teacher", "Type"]
UNITS = ["(yyyy-mm-dd)", "(CEST)", None, None, "leave blank if none",
         "session / extra / free"]
DAY = dt.date(2026, 10, 5)
SESSIONS = [
    [DAY, dt.time(9, 0), dt.time(9, 20), "Welcome", None, "extra"],
    [DAY, dt.time(9, 20), dt.time(10, 0),
     "Talk: Introduction to DNA methylation + Overview Array Exercises", "Louella Vasquez",
     "session"],
    [DAY, dt.time(10, 0), dt.time(10, 30), "Uppmax set up + Break", None, "extra"],
    [DAY, dt.time(10, 30), dt.time(12, 0), "Lab: Array workflow", "Louella Vasquez",
     "session"],
    [DAY, dt.time(12, 0), dt.time(13, 0), "Lunch (Offline)", None, "free"],
]
MAPPING = """\
name = "epigenomics"
timezone = "Europe/Stockholm"
[fields.name]
column = "Title"
[fields.start]
date_column = "Date"
time_column = "Start"
[fields.end]
time_column = "End"
[fields.schedule_tracks]
column = "Type"
"""


def _workbook(tmp_path: Path) -> Path:
    return write_xlsx(tmp_path / "epigenomics.xlsx", {"Schedule": [HEADER, UNITS, *SESSIONS]})


def test_validate_skips_the_units_row_naming_the_zone(tmp_path: Path) -> None:
    mapping = tmp_path / "epigenomics.toml"
    mapping.write_text(MAPPING, encoding="utf-8")
    report = validate_file(_workbook(tmp_path), mapping=mapping)
    assert [(i.row, i.column, i.code, i.severity, i.message)
            for i in report.issues if i.row is not None] == [
        (2, "Start", "units-row", "warning",
         "Row 2: 'Start' has '(CEST)', the zone of the times under it, so the row is read as "
         "the columns' units or notes, not a session, and nothing is sent for it. Check that "
         "the times are read in that zone: set timezone to the region and city of its place "
         "(Europe/Berlin).")]
    assert [(row.row, row.payload.name, row.payload.start_time.isoformat())
            for row in report.rows if row.payload][:2] == [
        (3, "Welcome", "2026-10-05T07:00:00+00:00"),
        (4, "Talk: Introduction to DNA methylation + Overview Array Exercises",
         "2026-10-05T07:20:00+00:00")]
    assert (report.rows_read, report.valid) == (6, 5)


def test_the_draft_reads_the_rows_under_the_units_row(tmp_path: Path) -> None:
    text = draft_mapping(_workbook(tmp_path)).text
    notes = [line for line in text.splitlines()
             if line.startswith("# '") or "fallback_column" in line or "values" in line]
    assert notes == [
        "# 'Start' has '(CEST)', which names the zone of the times under it, not a session's "
        "time (the row is skipped): set timezone to the region and city of the place they "
        "are in (Europe/Berlin)",
        # the workshop's teachers, offered to the description as speakers are
        "# 'Teacher' names people: Guidebook keeps speakers as a list of their own, which "
        "gbimport does not import. To show its names in each session's description, "
        "uncomment these lines:"]


def test_a_units_row_of_the_zone_alone_is_named_as_such(tmp_path: Path) -> None:
    """Read before as a section heading, to give a date and times."""
    path = write_bytes(tmp_path, "program.csv", (
        b"Title,Date,Start,End\n"
        b",,(GMT Time),\n"
        b"Welcome,2027-05-11,9:00,10:00\n"))
    mapping = tmp_path / "program.toml"
    mapping.write_text(MAPPING.replace('timezone = "Europe/Stockholm"', "")
                       .split("[fields.schedule_tracks]")[0], encoding="utf-8")
    report = validate_file(path, mapping=mapping, timezone="Europe/London")
    assert [(i.row, i.code) for i in report.issues if i.row is not None] == [
        (2, "units-row")]
    assert report.valid == 1
