"""The validator: whole tables of issues for hand-made sheets, payloads for clean ones."""

from __future__ import annotations

import csv
import datetime as dt
import gc
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from importer import zones
from importer._results import PAYLOAD_TEMPLATE, PayloadColumns, build_payload
from importer.errors import ConfigError, MappingError
from importer.mapping import load_mapping
from importer.model import SessionPayload
from importer.validate import ValidationReport, validate_file

REPO = Path(__file__).resolve().parent.parent
UTC = dt.UTC
CLASSIC = ["Session Title", "Date", "Time Start", "Time End", "Room/Location",
           "Schedule Track (Optional)", "Description (Optional)"]


def utc(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=UTC)


def write_csv(tmp_path: Path, header: list[str], rows: list[list[Any]], name: str = "s.csv"
              ) -> Path:
    path = tmp_path / name
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def issue_table(report: ValidationReport) -> list[tuple[Any, ...]]:
    return [(i.row, i.column, i.code, i.severity) for i in report.issues]


def test_issues_sample_reports_every_code_on_its_row() -> None:
    report = validate_file(REPO / "sample_data" / "issues.csv", timezone="America/Chicago")
    assert issue_table(report) == [
        (None, "Date", "ambiguous-date-order", "error"),
        (3, "Session Title", "missing-required", "error"),
        (4, "Session ID", "missing-required", "error"),
        (5, "Date", "bad-date", "error"),
        (6, "Time Start", "bad-time", "error"),
        (6, "Time End", "bad-time", "error"),
        (7, "Time End", "end-before-start", "error"),
        (8, "Allow adding to my schedule", "bad-boolean", "error"),
        (9, "Limit Capacity (Optional)", "bad-number", "error"),
        (10, "Registration Starts (Optional)", "bad-datetime", "error"),
        (11, "Description (Optional)", "html-stripped", "warning"),
        (12, "Session ID", "duplicate-import-id", "error"),
        (13, "Session ID", "duplicate-import-id", "error"),
        (14, "Time Start", "nonexistent-time", "error"),
        (15, "Time Start", "ambiguous-time", "error"),
        (16, "Date", "bad-date", "error"),
        (17, "Require Registration (Optional)", "registration-dependency", "error"),
        (18, "Room/Location", "room-overlap", "warning"),
        (19, "Room/Location", "room-overlap", "warning"),
        (20, "Room/Location", "formula-error", "error"),
        (22, None, "repeated-row", "warning"),
        (23, "End Date (Optional)", "all-day-end-date", "warning"),
        (24, "Column Q", "extra-cells", "error"),
        (25, "Session ID", "section-heading", "warning"),
    ]
    # The sheet-wide ambiguous-date-order error blocks every row: none counts as valid.
    assert (report.ok, report.rows_read, report.valid, report.with_errors,
            report.with_warnings, report.skipped) == (False, 24, 0, 16, 6, 2)
    valid_rows = [r.row for r in report.rows if r.payload is not None]  # each on its own
    assert valid_rows == [2, 11, 18, 19, 21, 23]
    messages = {(i.row, i.code): i.message for i in report.issues}
    assert messages[(12, "duplicate-import-id")] == (
        "Row 12: import id 'sheet:DUP-1' is also used by row 13; the rows differ in "
        "'Session Title' ('First of a duplicated id' / 'Second of a duplicated id'), "
        "'Time Start' ('9:00 AM' / '10:00 AM'), 'Time End' ('9:45 AM' / '10:45 AM'): if they "
        "are one session, make them agree; if not, give each session its own 'Session ID'.")
    assert messages[(18, "room-overlap")].startswith("Row 18: overlaps row 19 in 'Room G'")


def test_clean_row_payload_has_only_mapped_fields() -> None:
    report = validate_file(REPO / "sample_data" / "issues.csv", timezone="America/Chicago")
    payload = report.rows[0].payload
    assert payload is not None
    assert payload.model_dump(include=set(payload.model_fields_set)) == {
        "import_id": "sheet:OK-1",
        "name": "A clean session",
        "start_time": utc(2027, 5, 11, 14, 0),
        "end_time": utc(2027, 5, 11, 14, 45),
        "all_day": False,
        "locations": ("Room A",),
        "schedule_tracks": ("Data", "Cloud"),
        "description_html": "<p>First line<br>second line</p><p>New paragraph &amp; more</p>",
        "add_to_schedule": True,  # blank cell: the template's default
        "require_login": False,
        "waitlist": False,
        "max_capacity": None,
        "registration_start_date": None,
        "registration_end_date": None,
    }


def test_classic_builder_sheet_validates_with_derived_ids(tmp_path: Path) -> None:
    path = write_csv(tmp_path, CLASSIC, [
        ["Registration", "4/21/2011", "", "", "Lobby", "", "Open all day"],
        ["Keynote", "4/21/2011", "9:00 AM", "10:00 AM", "Hall", "Main; Plenary",
         "<p>Our <b>keynote</b></p>"],
        ["Keynote", "4/22/2011", "9:00 AM", "10:00 AM", "Hall", "", ""],
    ])
    report = validate_file(path, timezone="US/Pacific")
    assert issue_table(report) == [(None, None, "derived-import-id", "warning")]
    assert ("Editing a session's title later, or its time and room at once while another "
            "session has its title"
            in report.sheet_issues[0].message)
    first, second, third = report.payloads
    assert (first.all_day, first.start_time, first.end_time) == (
        True, utc(2011, 4, 21, 7, 0), None)
    assert (second.start_time, second.end_time, second.schedule_tracks) == (
        utc(2011, 4, 21, 16, 0), utc(2011, 4, 21, 17, 0), ("Main", "Plenary"))
    assert second.description_html == "<p>Our <b>keynote</b></p>"
    assert second.import_id != third.import_id
    assert all(p.import_id.startswith("sheet:auto-") for p in report.payloads)
    assert report.ok


def test_derived_ids_are_stable_and_ignore_cosmetic_edits(tmp_path: Path) -> None:
    rows = [["Keynote", "4/21/2011", "9:00 AM", "10:00 AM", "Hall", "", ""]]
    before = validate_file(write_csv(tmp_path, CLASSIC, rows, "a.csv")).payloads[0]
    rows[0][0], rows[0][4], rows[0][3] = "  keynote ", "HALL", "11:00 AM"
    after = validate_file(write_csv(tmp_path, CLASSIC, rows, "b.csv")).payloads[0]
    assert before.import_id == after.import_id


def test_same_title_time_and_room_is_a_duplicate(tmp_path: Path) -> None:
    row = ["Keynote", "4/21/2011", "9:00 AM", "10:00 AM", "Hall", "", ""]
    other_text = [*row[:-1], "Another description"]
    report = validate_file(write_csv(tmp_path, CLASSIC, [row, other_text, row, other_text,
                                                         other_text]), timezone="UTC")
    assert issue_table(report)[1:] == [
        (2, None, "duplicate-import-id", "error"),
        (3, None, "duplicate-import-id", "error"),
        (4, None, "repeated-row", "warning"),  # row 2 again, word for word
        (5, None, "repeated-row", "warning"),
        (6, None, "repeated-row", "warning"),
    ]
    assert "also used by row 3; they have the same title" in report.issues[1].message
    assert report.issues[4].message.startswith("Row 5: repeats row 3 word for word (a copy)")


def test_one_cell_rows_are_section_headings(tmp_path: Path) -> None:
    blank = [""] * 7
    path = write_csv(tmp_path, ["Session ID", *CLASSIC], [
        ["Day one", *blank],
        ["S1", "Keynote", "5/11/2027", "9:00 AM", "10:00 AM", "Hall", "", ""],
        ["", "Lunch", *blank[1:]],
        ["", "Lunch", *blank[1:]],  # the same heading twice is no duplicate id
        ["S2", "Close", "5/11/2027", "4:00 PM", "5:00 PM", "Hall", "", ""],
        ["", "", "5/12/2027", "", "", "", "", ""],
        ["S3", "Party", "5/12/2027", "7:00 PM", "9:00 PM", "Bar", "", ""],
        ["S4", "After party", "5/12/2027", "9:00 PM", "11:00 PM", "Bar", "", ""],
    ])
    report = validate_file(path, timezone="UTC")
    assert issue_table(report) == [
        (2, "Session ID", "section-heading", "warning"),
        (4, "Session Title", "section-heading", "warning"),
        (5, "Session Title", "section-heading", "warning"),
        (7, "Date", "empty-day", "warning"),
    ]
    assert report.issues[3].message == (
        "Row 7: only the date is filled in (in 'Date'), perhaps with the day's name: a "
        "heading for that day's sessions, so no session is sent for it.")
    assert (report.ok, report.rows_read, report.valid, report.skipped) == (True, 8, 4, 4)
    assert [p.import_id for p in report.payloads] == [
        "sheet:S1", "sheet:S2", "sheet:S3", "sheet:S4"]
    assert report.issues[1].message == (
        "Row 4: holds only 'Lunch' (in 'Session Title'), so it is read as a section heading "
        "and nothing is sent for it; to make it a session, give it a date and times.")
    statuses = [row["status"] for row in report.to_json()["rows"]]
    assert statuses == ["skipped", "ok", "skipped", "skipped", "ok", "skipped", "ok", "ok"]


def test_a_workbook_with_a_tab_per_day_warns_that_one_was_read(tmp_path: Path) -> None:
    workbook = Workbook()
    first = workbook.active
    assert first is not None
    first.title = "Tue"
    second, third = workbook.create_sheet("Wed"), workbook.create_sheet("Thu")
    for sheet, day in ((first, "5/11/2027"), (second, "5/12/2027"), (third, "5/13/2027")):
        sheet.append(["Session ID", *CLASSIC])
        sheet.append([f"S-{sheet.title}", "Talk", day, "9:00 AM", "10:00 AM", "Hall", "", ""])
    workbook.save(tmp_path / "days.xlsx")
    report = validate_file(tmp_path / "days.xlsx", timezone="UTC")
    assert issue_table(report) == [(None, None, "other-sheets", "warning")]
    assert report.sheet_issues[0].message.startswith(
        "Only sheet 'Tue' was read, but the workbook's other sheets 'Wed', 'Thu' have the "
        "same columns.")
    assert validate_file(tmp_path / "days.xlsx", sheet="Wed", timezone="UTC").issues == []


def test_a_sheet_of_one_cell_rows_is_not_read_as_headings(tmp_path: Path) -> None:
    """More one-cell rows than sessions is a misread file: every row keeps its errors."""
    path = write_csv(tmp_path, CLASSIC, [
        ["Keynote", "5/11/2027", "9:00 AM", "10:00 AM", "Hall", "", ""],
        ["Talk one", "", "", "", "", "", ""],
        ["Talk two", "", "", "", "", "", ""],
    ])
    report = validate_file(path, timezone="UTC")
    assert (report.skipped, report.with_errors) == (0, 2)
    assert {i.code for i in report.issues} == {"missing-required", "derived-import-id"}


def test_a_session_written_again_word_for_word_is_sent_once(tmp_path: Path) -> None:
    """As an export with a row per speaker writes them: only unmapped columns differ. No
    overlap with itself either."""
    header = ["Session ID", *CLASSIC, "Speaker"]
    row = ["P1", "Panel", "5/11/2027", "9:00 AM", "10:00 AM", "Hall", "", ""]
    changed = ["P1", "Panel", "5/11/2027", "9:00 AM", "11:00 AM", "Hall", "", ""]
    report = validate_file(write_csv(tmp_path, header, [[*row, "Ana"], [*row, "Bo"],
                                                        [*changed, "Cy"]]), timezone="UTC")
    assert issue_table(report) == [(2, "Session ID", "duplicate-import-id", "error"),
                                   (3, None, "repeated-row", "warning"),
                                   (4, "Session ID", "duplicate-import-id", "error")]
    assert report.issues[1].message == (
        "Row 3: repeats row 2 in every mapped column (as an export with a row per speaker "
        "writes them), so the session is sent once, from row 2 alone: to list each row's "
        "'Speaker' in its description, add it to add_columns under [fields.description].")
    report = validate_file(write_csv(tmp_path, header, [[*row, "Ana"], [*row, "Bo"]]),
                           timezone="UTC")
    assert (report.ok, report.valid, report.skipped) == (True, 1, 1)
    assert [p.import_id for p in report.payloads] == ["sheet:P1"]


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        ("2:30 AM", "3:30 AM", [(2, "Time Start", "nonexistent-time")]),  # 2027-03-14 gap
        ("1:00 AM", "3:00 AM", []),
        ("2:00 AM", "3:30 AM", [(2, "Time Start", "nonexistent-time")]),
        ("3:00 AM", "4:00 AM", []),
    ],
)
def test_spring_forward_in_chicago(tmp_path: Path, start: str, end: str,
                                   expected: list[tuple[Any, ...]]) -> None:
    path = write_csv(tmp_path, ["Session ID", *CLASSIC],
                     [["S1", "Night owls", "3/14/2027", start, end, "Hall", "", ""]])
    report = validate_file(path, timezone="America/Chicago")
    assert [(i.row, i.column, i.code) for i in report.issues] == expected
    # Named in the message too (the terminal shows no column of its own), with the cell as
    # the sheet writes it, and the local time it makes on that day.
    local = dt.datetime.strptime(start, "%I:%M %p")
    assert [i.message for i in report.issues] == [
        f"Row 2: 'Time Start' has '{start}', and 2027-03-14 {local:%H:%M} does not exist in "
        "America/Chicago: clocks skip it when daylight saving time starts; use a time before "
        "or after the jump."] * len(expected)


def test_fall_back_in_chicago(tmp_path: Path) -> None:
    path = write_csv(tmp_path, ["Session ID", *CLASSIC], [
        ["F1", "Before", "11/7/2027", "12:30 AM", "12:59 AM", "Hall", "", ""],
        ["F2", "Twice", "11/7/2027", "1:15 AM", "1:45 AM", "Hall", "", ""],
        ["F3", "After", "11/7/2027", "2:00 AM", "3:00 AM", "Hall", "", ""],
    ])
    report = validate_file(path, timezone="America/Chicago")
    assert issue_table(report) == [
        (3, "Time Start", "ambiguous-time", "error"),
        (3, "Time End", "ambiguous-time", "error"),
    ]
    assert [i.message for i in report.issues] == [
        f"Row 3: '{column}' has '{cell}', and 2027-11-07 {local} happens twice in "
        f"America/Chicago when daylight saving time ends; write {local} CDT (-05:00) for the "
        f"first, {local} CST (-06:00) for the second."
        for column, cell, local in [("Time Start", "1:15 AM", "01:15"),
                                    ("Time End", "1:45 AM", "01:45")]]
    before, after = report.payloads
    assert (before.start_time, after.start_time, after.end_time) == (
        utc(2027, 11, 7, 5, 30), utc(2027, 11, 7, 8, 0), utc(2027, 11, 7, 9, 0))


def test_times_with_an_offset_are_instants_and_never_dst_doubtful(tmp_path: Path) -> None:
    """A datetime exported with its offset names one instant: it is taken as it is, even in
    the hour that happens twice when Chicago's clocks go back (2027-11-07 01:00-02:00)."""
    mapping = dated_mapping(tmp_path, end='column = "End"')
    sheet = write_csv(tmp_path, ["ID", "Title", "Start", "End"], [
        ["1", "First 1:30", "2027-11-07T01:30:00-05:00", "2027-11-07T06:50:00Z"],
        ["2", "Second 1:30", "2027-11-07T01:30:00-06:00", "2027-11-07 01:50"],
        ["3", "Local, as usual", "2027-05-11 10:00", "2027-05-11T15:30:00Z"],
        ["4", "Ends before it starts", "2027-05-11T15:00:00Z", "2027-05-11T14:00:00Z"],
    ])
    report = validate_file(sheet, mapping=mapping, timezone="America/Chicago")
    assert issue_table(report) == [
        (3, "End", "ambiguous-time", "error"),  # a local 1:50 that day is still in doubt
        (5, "End", "end-before-start", "error"),
    ]
    assert report.issues[1].message == (  # both cells as written, both read in Chicago time
        "Row 5: the session ends before it starts: 'End' has '2027-05-11T14:00:00Z' and "
        "'Start' has '2027-05-11T15:00:00Z' (read as 2027-05-11 09:00 and 2027-05-11 10:00); "
        "fix the date or time in 'End'.")
    first, local = report.payloads
    assert (first.start_time, first.end_time) == (utc(2027, 11, 7, 6, 30),
                                                  utc(2027, 11, 7, 6, 50))
    assert (local.start_time, local.end_time) == (utc(2027, 5, 11, 15), utc(2027, 5, 11, 15, 30))


def test_a_mapped_header_written_twice_stops_the_sheet_only_when_the_columns_differ(
        tmp_path: Path) -> None:
    header = ["Session ID", *CLASSIC, "Date"]
    row = ["R1", "Keynote", "5/11/2027", "9:00 AM", "10:00 AM", "Hall", "", ""]
    lunch = ["R2", "Lunch", "5/11/2027", "12:00 PM", "1:00 PM", "Hall", "", "", ""]
    for copy, expected in [("5/11/2027", []), ("", []),
                           ("5/12/2027", [(None, "Date", "repeated-column", "error")])]:
        path = write_csv(tmp_path, header, [[*row, copy], lunch])
        report = validate_file(path, timezone="UTC")
        assert issue_table(report) == expected
        assert report.ok is not expected
    assert report.sheet_issues[0].message.startswith(
        "Two columns are headed 'Date': 'Date' (column C) and 'Date (2)' (column I), and they "
        "differ (row 2: '5/11/2027' against '5/12/2027').")


def test_no_timezone_warning_when_every_time_carries_its_offset(tmp_path: Path) -> None:
    mapping = dated_mapping(tmp_path, end='column = "End"')
    rows = [["1", "Talk", "2027-05-11T14:00:00Z", "2027-05-11T15:00:00Z"]]
    sheet = write_csv(tmp_path, ["ID", "Title", "Start", "End"], rows)
    assert validate_file(sheet, mapping=mapping).issues == []
    rows.append(["2", "Local", "2027-05-11 16:00", "2027-05-11 17:00"])
    sheet = write_csv(tmp_path, ["ID", "Title", "Start", "End"], rows)
    assert [i.code for i in validate_file(sheet, mapping=mapping).issues] == ["timezone-assumed"]


DATED = """
name = "dated"
date_order = "{order}"
[fields.import_id]
column = "ID"
[fields.name]
column = "Title"
[fields.start]
column = "Start"
[fields.end]
{end}
"""


def dated_mapping(tmp_path: Path, order: str = "month-first",
                  end: str = 'duration_column = "Length"') -> Path:
    path = tmp_path / "dated.toml"
    path.write_text(DATED.format(order=order, end=end), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("order", "expected_start", "issues"),
    [
        ("month-first", [utc(2027, 5, 11, 10), None, utc(2027, 5, 12, 10)], [
            (None, "Start", "ambiguous-date-order", "error"),
            (3, "Start", "bad-datetime", "error")]),
        ("day-first", [utc(2027, 11, 5, 10), utc(2027, 5, 13, 10), utc(2027, 5, 12, 10)], []),
    ],
)
def test_date_order(tmp_path: Path, order: str, expected_start: list[Any],
                    issues: list[tuple[Any, ...]]) -> None:
    sheet = write_csv(tmp_path, ["ID", "Title", "Start", "Length"], [
        ["1", "Either way", "5/11/2027 10:00", "60"],
        ["2", "Only day-first", "13/05/2027 10:00", "60"],
        ["3", "ISO is never ambiguous", "2027-05-12 10:00", "60"],
    ])
    report = validate_file(sheet, mapping=dated_mapping(tmp_path, order), timezone="UTC")
    assert issue_table(report) == issues
    starts = [r.payload.start_time if r.payload else None for r in report.rows]
    assert starts == expected_start


def test_dotted_dates_read_month_first_stop_the_sheet(tmp_path: Path) -> None:
    """11.05.2027 is 11 May wherever dots are used; read month-first it would silently be
    5 November, and every date here reads both ways, so nothing else would catch it."""
    rows = [["1", "Opening", "01.05.2027 10:00", "60"], ["2", "Close", "03.05.2027 16:00", "60"]]
    sheet = write_csv(tmp_path, ["ID", "Title", "Start", "Length"], rows)
    report = validate_file(sheet, mapping=dated_mapping(tmp_path), timezone="UTC")
    assert issue_table(report) == [(None, "Start", "ambiguous-date-order", "error")]
    assert "'01.05.2027 10:00' on row 2" in report.sheet_issues[0].message
    assert 'date_order = "day-first"' in report.sheet_issues[0].message
    # No row may pass as valid with 5 January as its date, in the summary, payloads or JSON.
    assert (report.valid, report.payloads, report.ok) == (0, [], False)
    assert [(r["status"], r["payload"]) for r in report.to_json()["rows"]] == [
        ("blocked", None), ("blocked", None)]
    report = validate_file(sheet, mapping=dated_mapping(tmp_path, "day-first"), timezone="UTC")
    assert issue_table(report) == []
    assert [p.start_time for p in report.payloads] == [utc(2027, 5, 1, 10), utc(2027, 5, 3, 16)]


def test_duration_forms(tmp_path: Path) -> None:
    lengths = ["90", "90 min", "1h30", "1:30", "1.5h", "an hour", ""]
    sheet = write_csv(tmp_path, ["ID", "Title", "Start", "Length"], [
        [str(n), f"Talk {n}", f"2027-05-11 {9 + n}:00", length]
        for n, length in enumerate(lengths)])
    report = validate_file(sheet, mapping=dated_mapping(tmp_path), timezone="UTC")
    assert issue_table(report) == [
        (7, "Length", "bad-duration", "error"),
        (8, "Length", "missing-required", "error"),
    ]
    assert [p.end_time - p.start_time for p in report.payloads] == [dt.timedelta(minutes=90)] * 5


def test_end_datetime_column_and_past_midnight_with_end_date(tmp_path: Path) -> None:
    header = ["Session ID", *CLASSIC, "End Date (Optional)"]
    path = write_csv(tmp_path, header, [
        ["N1", "Late show", "5/11/2027", "11:00 PM", "1:00 AM", "Club", "", "", "5/12/2027"],
        ["N2", "Forgot the end date", "5/11/2027", "11:00 PM", "6:00 AM", "Club 2", "", "", ""],
    ])
    report = validate_file(path, timezone="UTC")
    assert issue_table(report) == [(3, "Time End", "end-before-start", "error")]
    assert "put the next day in 'End Date (Optional)'" in report.issues[0].message
    assert report.payloads[0].end_time == utc(2027, 5, 12, 1, 0)


def test_past_midnight_without_an_end_date_column_says_which_column_to_add(
    tmp_path: Path
) -> None:
    late = ["Hackathon", "5/11/2027", "11:00 PM", "6:00 AM", "Club", "", ""]
    report = validate_file(write_csv(tmp_path, CLASSIC, [late]), timezone="UTC")
    assert [i.message for i in report.issues if i.row] == [
        "Row 2: the session ends before it starts: 'Time End' has '6:00 AM' and 'Time Start' "
        "has '11:00 PM' (read as 2027-05-11 06:00 and 2027-05-11 23:00); fix the end time, or "
        "if it runs past midnight, add a column 'End Date (Optional)' and put the next day "
        "in it."]
    mapping = tmp_path / "own.toml"
    mapping.write_text(
        'name = "own"\n[fields.name]\ncolumn = "Session Title"\n[fields.start]\n'
        'date_column = "Date"\ntime_column = "Time Start"\n[fields.end]\n'
        'time_column = "Time End"\n', encoding="utf-8")
    report = validate_file(write_csv(tmp_path, CLASSIC, [late]), mapping=mapping,
                           timezone="UTC")
    assert [i.message for i in report.issues if i.row] == [
        "Row 2: the session ends before it starts: 'Time End' has '6:00 AM' and 'Time Start' "
        "has '11:00 PM' (read as 2027-05-11 06:00 and 2027-05-11 23:00); fix the end time, or "
        "if it runs past midnight, give the mapping a [fields.end_date] column and put the "
        "next day in it."]


def test_end_before_start_in_a_workbook_shows_real_time_cells_as_read(tmp_path: Path) -> None:
    """A real Excel time cell has no text of its own to quote (its display format is not
    read): the time it holds is shown; a time typed as text is quoted as typed."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Session ID", *CLASSIC])
    sheet.append(["S-1", "Late", dt.date(2027, 5, 11), dt.time(11), dt.time(10), "Hall", "",
                  ""])
    sheet.append(["S-2", "Typed", dt.date(2027, 5, 11), dt.time(11), "10:00 AM", "Hall", "",
                  ""])
    workbook.save(tmp_path / "s.xlsx")
    report = validate_file(tmp_path / "s.xlsx", timezone="UTC")
    assert [i.message for i in report.issues] == [
        f"Row {row}: the session ends before it starts: 'Time End' has {end} and 'Time Start' "
        "has 11:00 (read as 2027-05-11 10:00 and 2027-05-11 11:00); fix the end time, or if "
        "it runs past midnight, add a column 'End Date (Optional)' and put the next day in "
        "it." for row, end in [(2, "10:00"), (3, "'10:00 AM'")]]


def test_end_before_start_in_datetime_cells_and_in_one_range_cell(tmp_path: Path) -> None:
    """A workbook's date-and-time cell shows to the minute, as Excel shows it; a range in
    one column ('10:00 - 9:00') is quoted once, not as its own start."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Title", "Start", "End"])
    sheet.append(["Late", dt.datetime(2027, 5, 11, 11), dt.datetime(2027, 5, 11, 10)])
    workbook.save(tmp_path / "s.xlsx")
    mapping = tmp_path / "own.toml"
    mapping.write_text('name = "own"\n[fields.name]\ncolumn = "Title"\n[fields.start]\n'
                       'column = "Start"\n[fields.end]\ncolumn = "End"\n', encoding="utf-8")
    report = validate_file(tmp_path / "s.xlsx", mapping=mapping, timezone="UTC")
    assert [i.message for i in report.issues if i.row] == [
        "Row 2: the session ends before it starts: 'End' has 2027-05-11 10:00 and 'Start' has "
        "2027-05-11 11:00 (read as 2027-05-11 10:00 and 2027-05-11 11:00); fix the date or "
        "time in 'End'."]
    mapping.write_text('name = "own"\n[fields.name]\ncolumn = "Title"\n[fields.start]\n'
                       'date_column = "Date"\ntime_column = "Time"\n[fields.end]\n'
                       'time_column = "Time"\n', encoding="utf-8")
    path = write_csv(tmp_path, ["Title", "Date", "Time"], [["One", "5/11/2027", "10:00 - 9:00"]])
    report = validate_file(path, mapping=mapping, timezone="UTC")
    assert [i.message for i in report.issues if i.row] == [
        "Row 2: the session ends before it starts: 'Time' has '10:00 - 9:00' (read as "
        "2027-05-11 09:00 and 2027-05-11 10:00); fix the end time, or if it runs past "
        "midnight, give the mapping a [fields.end_date] column and put the next day in it."]


def test_a_time_past_midnight_says_which_column_takes_the_next_day(tmp_path: Path) -> None:
    """A start at 30:00, past the small hours that 24:00 to 29:59 write, is 6:00 on the next
    day in the date column; an end at 31:00 is 7:00 with the next day in the end-date column,
    which the sheet or the mapping may lack."""
    late = ["Night owls", "5/11/2027", "30:00", "31:00", "Club", "", ""]
    report = validate_file(write_csv(tmp_path, [*CLASSIC, "End Date (Optional)"],
                                     [[*late, ""]]), timezone="UTC")
    assert [i.message for i in report.issues if i.row] == [
        "Row 2: 'Time Start' has '30:00', which is not a time: 30:00 is past midnight, later "
        "than the small hours that 24:00 to 29:59 write on the day before; write it as 6:00 "
        "and put the next day in 'Date'.",
        "Row 2: 'Time End' has '31:00', which is not a time: 31:00 is past midnight, later "
        "than the small hours that 24:00 to 29:59 write on the day before; write it as 7:00 "
        "and put the next day in 'End Date (Optional)'."]
    report = validate_file(write_csv(tmp_path, CLASSIC, [late]), timezone="UTC")
    assert [i.message for i in report.issues if i.row][1] == (
        "Row 2: 'Time End' has '31:00', which is not a time: 31:00 is past midnight, later "
        "than the small hours that 24:00 to 29:59 write on the day before; write it as 7:00 "
        "and put the next day in a new column 'End Date (Optional)'.")
    mapping = tmp_path / "own.toml"
    mapping.write_text(
        'name = "own"\n[fields.name]\ncolumn = "Session Title"\n[fields.start]\n'
        'date_column = "Date"\ntime_column = "Time Start"\n[fields.end]\n'
        'time_column = "Time End"\n', encoding="utf-8")
    report = validate_file(write_csv(tmp_path, CLASSIC, [late]), mapping=mapping,
                           timezone="UTC")
    assert [i.message for i in report.issues if i.row][1] == (
        "Row 2: 'Time End' has '31:00', which is not a time: 31:00 is past midnight, later "
        "than the small hours that 24:00 to 29:59 write on the day before; write it as 7:00 "
        "and put the next day in a [fields.end_date] column added to the mapping.")


def test_registration_rules(tmp_path: Path) -> None:
    header = ["Session ID", *CLASSIC, "Allow adding to my schedule",
              "Require Registration (Optional)", "Limit Capacity (Optional)",
              "Allow Waitlist (Optional)", "Registration Starts (Optional)",
              "Registration Ends (Optional)"]
    base = ["5/11/2027", "9:00 AM", "10:00 AM", "Hall", "", ""]
    path = write_csv(tmp_path, header, [
        ["R1", "All fine", *base, "yes", "yes", "50", "x", "5/1/2027 9:00 AM", "5/10/2027"],
        ["R2", "Capacity alone", *base, "", "no", "50", "", "", ""],
        ["R3", "Waitlist alone", *base, "", "", "", "yes", "", ""],
        ["R4", "Dates backwards", *base, "y", "y", "", "", "5/10/2027", "5/1/2027"],
        ["R5", "Dates without registration", *base, "", "", "", "", "5/1/2027", ""],
    ])
    report = validate_file(path, timezone="America/Chicago")
    assert [(i.row, i.column, i.code) for i in report.issues] == [
        (3, "Limit Capacity (Optional)", "registration-dependency"),
        (4, "Allow Waitlist (Optional)", "registration-dependency"),
        (5, "Registration Ends (Optional)", "registration-dependency"),
        (6, "Registration Starts (Optional)", "registration-dependency"),
    ]
    (fine,) = report.payloads
    assert (fine.max_capacity, fine.waitlist, fine.registration_start_date,
            fine.registration_end_date) == (50, True, utc(2027, 5, 1, 14), utc(2027, 5, 10, 5))


def test_description_too_long_and_markdown(tmp_path: Path) -> None:
    mapping = tmp_path / "md.toml"
    mapping.write_text(
        (REPO / "mappings" / "guidebook-template.toml").read_text(encoding="utf-8")
        .replace('format = "auto"', 'format = "markdown"'), encoding="utf-8")
    path = write_csv(tmp_path, CLASSIC, [
        ["Short", "5/11/2027", "9:00 AM", "10:00 AM", "Hall", "", "**Bold** move"],
        ["Long", "5/11/2027", "10:00 AM", "11:00 AM", "Hall", "", "word " * 4_000 + "end"],
    ])
    report = validate_file(path, mapping=mapping, timezone="UTC")
    assert issue_table(report)[1:] == [(3, "Description (Optional)", "description-too-long",
                                        "error")]
    assert report.payloads[0].description_html == "<p><strong>Bold</strong> move</p>"


def test_descriptions_parsed_once_each_land_on_their_own_rows(tmp_path: Path) -> None:
    """Each distinct description is converted once; what each row gets must still be its
    own: its HTML, its warning, its blank value, all down the sheet."""
    mapping = tmp_path / "m.toml"
    template = (REPO / "mappings" / "guidebook-template.toml").read_text(encoding="utf-8")
    mapping.write_text(template.replace("blank_values = []", 'blank_values = ["TBA", "---"]'),
                       encoding="utf-8")
    rows = []
    for n in range(40):
        text = f"<p>Talk {n}</p>"
        if n in (3, 31):
            text = f"<p>Talk {n}</p><script>alert({n})</script>"
        if n in (7, 35):
            text = "TBA" if n == 7 else "---"  # one blank value in each half
        rows.append([f"T{n}", f"Talk {n}", "5/11/2027", "9:00 AM", "10:00 AM", f"R{n}", "",
                     text])
    path = write_csv(tmp_path, ["Session ID", *CLASSIC], rows)
    report = validate_file(path, mapping=mapping, timezone="UTC")
    assert issue_table(report) == [(5, "Description (Optional)", "html-stripped", "warning"),
                                   (33, "Description (Optional)", "html-stripped", "warning")]
    html = {row.row: row.payload.description_html for row in report.rows if row.payload}
    assert html[2] == "<p>Talk 0</p>" and html[41] == "<p>Talk 39</p>"
    assert html[5] == "<p>Talk 3</p>" and html[33] == "<p>Talk 31</p>"
    assert html[9] == html[37] == ""


def test_one_time_column_holding_ranges_gives_start_and_end(tmp_path: Path) -> None:
    mapping = tmp_path / "ranges.toml"
    mapping.write_text("""
name = "ranges"
timezone = "Europe/London"
date_order = "day-first"
[fields.name]
column = "Talk"
[fields.start]
date_column = "Day"
time_column = "Time"
[fields.end]
time_column = "Time"
""", encoding="utf-8")
    path = write_csv(tmp_path, ["Talk", "Day", "Time"], [
        ["Opening", "11/05/2027", "9:00 - 9:30"],
        ["Lunch", "11/05/2027", "11:30 to 1pm"],
        ["Broken", "11/05/2027", "10:00"],
        ["Expo", "11/05/2027", ""],
        ["Looked up", "11/05/2027", "#N/A"],
    ])
    report = validate_file(path, mapping=mapping)
    assert issue_table(report)[1:] == [(4, "Time", "bad-time", "error"),  # once, not twice
                                       (6, "Time", "formula-error", "error")]
    assert "'Time' has '10:00', which is not a start and end time" in report.issues[1].message
    assert [(p.start_time, p.end_time, p.all_day) for p in report.payloads] == [
        (utc(2027, 5, 11, 8, 0), utc(2027, 5, 11, 8, 30), False),
        (utc(2027, 5, 11, 10, 30), utc(2027, 5, 11, 12, 0), False),
        (utc(2027, 5, 10, 23, 0), None, True),  # no time at all: a whole day
    ]


def test_one_datetime_column_holding_ranges_gives_start_and_end(tmp_path: Path) -> None:
    """Notion exports a date property with an end as one cell ('May 11, 2027 9:00 AM →
    9:45 AM'): start and end mapped to that column read both, and a cell with a start alone
    is an error, not a session ending as it starts."""
    mapping = tmp_path / "notion.toml"
    mapping.write_text("""
name = "notion"
timezone = "America/New_York"
[fields.name]
column = "Name"
[fields.start]
column = "Date"
[fields.end]
column = "Date"
""", encoding="utf-8")
    path = write_csv(tmp_path, ["Name", "Date"], [
        ["Opening", "May 11, 2027 9:00 AM → 9:45 AM"],
        ["Dinner", "May 11, 2027 7:00 PM → May 12, 2027 12:30 AM"],
        ["Hackday", "May 12, 2027"],
        ["No end", "May 11, 2027 9:00 AM"],
        ["Backwards", "May 11, 2027 9:00 AM → 8:00 AM"],
    ])
    report = validate_file(path, mapping=mapping)
    assert [i.message for i in report.issues if i.row] == [
        "Row 5: 'Date' has 'May 11, 2027 9:00 AM', which is not a start and end date and "
        "time: it has a start but no end; write the start and end like 5/11/2027 9:00 AM → "
        "10:30 AM or 2027-05-11 09:00 - 2027-05-11 10:30.",
        "Row 6: the session ends before it starts: 'Date' has 'May 11, 2027 9:00 AM → 8:00 "
        "AM' (read as 2027-05-11 08:00 and 2027-05-11 09:00); fix the date or time in 'Date'.",
    ]
    assert [(p.name, p.start_time, p.end_time, p.all_day) for p in report.payloads] == [
        ("Opening", utc(2027, 5, 11, 13, 0), utc(2027, 5, 11, 13, 45), False),
        ("Dinner", utc(2027, 5, 11, 23, 0), utc(2027, 5, 12, 4, 30), False),
        ("Hackday", utc(2027, 5, 12, 4, 0), None, True),
    ]


def test_a_zone_after_the_time_is_read_when_an_offset_or_the_zones_own_name(
        tmp_path: Path) -> None:
    """An offset is its instant; EDT, New York's own word on a May day, is New York's."""
    mapping = tmp_path / "own.toml"
    mapping.write_text('name = "own"\n[fields.name]\ncolumn = "Title"\n[fields.start]\n'
                       'column = "Start"\n[fields.end]\nduration_column = "Minutes"\n',
                       encoding="utf-8")
    path = write_csv(tmp_path, ["Title", "Start", "Minutes"], [
        ["Offset", "2027-05-11 10:00:00 +0200", "30"],
        ["Named", "5/11/2027 10:00 AM EDT", "30"],
    ])
    report = validate_file(path, mapping=mapping, timezone="America/New_York")
    assert [i.message for i in report.issues if i.row] == []
    assert [(p.start_time, p.end_time) for p in report.payloads] == [
        (utc(2027, 5, 11, 8, 0), utc(2027, 5, 11, 8, 30)),  # the offset's instant, not New York's
        (utc(2027, 5, 11, 14, 0), utc(2027, 5, 11, 14, 30))]


def test_formula_errors_are_row_errors_not_blanks(tmp_path: Path) -> None:
    """What a failed formula shows (a CSV export writes it as text, the loader gives a
    workbook's error cells the same way) stops its row even in an optional column."""
    path = write_csv(tmp_path, ["Session ID", *CLASSIC], [
        ["E1", "Keynote", "5/11/2027", "9:00 AM", "10:00 AM", "#N/A", "", ""],
        ["E2", "#REF!", "5/11/2027", "9:00 AM", "10:00 AM", "Hall", "#NAME?", ""],
        ["E3", "Fine", "5/11/2027", "9:00 AM", "10:00 AM", "Hall", "N/A", ""],
    ])
    report = validate_file(path, timezone="UTC")
    assert issue_table(report) == [
        (2, "Room/Location", "formula-error", "error"),
        (3, "Session Title", "formula-error", "error"),
        (3, "Schedule Track (Optional)", "formula-error", "error"),
    ]
    assert report.issues[0].message == (
        "Row 2: 'Room/Location' shows #N/A: a spreadsheet shows that when a formula fails (a "
        "lookup that found nothing, a deleted cell); fix the formula or type the value, then "
        "save.")
    assert [p.import_id for p in report.payloads] == ["sheet:E3"]


def test_formula_errors_of_newer_excel_google_sheets_and_libreoffice(tmp_path: Path) -> None:
    """#PYTHON! (Excel's Python cells), #ERROR! (Google Sheets) and LibreOffice's numbered
    errors (Err:522, a circular reference, as an .ods shows it and its CSV export writes it)
    are failed formulas too, never a room called "Err:522"."""
    path = write_csv(tmp_path, ["Session ID", *CLASSIC], [
        ["E1", "Keynote", "5/11/2027", "9:00 AM", "10:00 AM", "#PYTHON!", "", ""],
        ["E2", "#ERROR!", "5/11/2027", "9:00 AM", "10:00 AM", "Hall", "Err:522", ""],
        ["E3", "Fine", "5/11/2027", "9:00 AM", "10:00 AM", "Hall", "Err:5", ""],
        ["E4", "First", "5/11/2027", "9:00 AM", "10:00 AM", "Err:501", "", ""],
        ["E5", "Last", "5/11/2027", "9:00 AM", "10:00 AM", "Hall", "Err:599", ""],
    ])
    report = validate_file(path, timezone="UTC")
    assert issue_table(report) == [
        (2, "Room/Location", "formula-error", "error"),
        (3, "Session Title", "formula-error", "error"),
        (3, "Schedule Track (Optional)", "formula-error", "error"),
        (5, "Room/Location", "formula-error", "error"),
        (6, "Schedule Track (Optional)", "formula-error", "error"),
    ]
    assert report.issues[2].message.startswith(
        "Row 3: 'Schedule Track (Optional)' shows Err:522: a spreadsheet shows that when a "
        "formula fails")
    assert [p.import_id for p in report.payloads] == ["sheet:E3"]


def test_value_lookup_and_blank_values(tmp_path: Path) -> None:
    mapping = tmp_path / "lookup.toml"
    mapping.write_text("""
name = "lookup"
timezone = "Europe/Madrid"
blank_values = ["---", "TBA"]
[fields.name]
column = "Title"
[fields.start]
date_column = "Day"
time_column = "Start"
values = { "SÁBADO" = "2019-10-05" }
[fields.end]
time_column = "End"
[fields.locations]
column = "Room"
[fields.rank]
column = "Order"
""", encoding="utf-8")
    path = write_csv(tmp_path, ["Title", "Day", "Start", "End", "Room", "Order"], [
        ["A", "sábado", "9:30", "10:30", "tba", "1"],
        ["B", "Sábado", "10:30", "11:00", "Aula 1", ""],
        ["C", "domingo", "10:30", "11:00", "Aula 1", "x"],
    ])
    report = validate_file(path, mapping=mapping)
    assert issue_table(report)[1:] == [(4, "Day", "bad-date", "error"),
                                       (4, "Order", "bad-number", "error")]
    a, b = report.payloads
    assert (a.start_time, a.locations, a.rank, "rank" in a.model_fields_set) == (
        utc(2019, 10, 5, 7, 30), (), 1.0, True)
    assert (b.rank, "rank" in b.model_fields_set) == (None, False)  # blank: left unsent


def test_sessionize_export_validates_with_its_mapping(tmp_path: Path) -> None:
    """Sessionize's accepted-sessions export: its own ids, '12 Jul 2027 10:00 AM' starts,
    durations in minutes, and descriptions that are what speakers typed (never HTML)."""
    header = ["Session Id", "Title", "Description", "Owner", "Session format", "Track",
              "Speakers", "Room", "Scheduled At", "Scheduled Duration"]
    path = write_csv(tmp_path, header, [
        ["812345", "Pipelines", "We build one.\n\nThen a <b>second</b>.", "Ana", "Session",
         "Data", "Ana", "Room A", "12 Jul 2027 10:00 AM", "45"],
        ["812346", "Opening", "", "Org", "Keynote", "", "Org", "Main Hall",
         "12 Jul 2027 09:00 AM", "30"],
        ["812350", "Not placed yet", "Later.", "Bo", "Session", "Web", "Bo", "", "", ""],
    ])
    report = validate_file(path, mapping="sessionize", timezone="Europe/Madrid")
    # An accepted session not given a slot yet is listed, with no "Scheduled At".
    assert issue_table(report) == [(4, "Scheduled At", "unscheduled", "warning")]
    talk, opening = report.payloads
    assert talk.model_dump(include=set(talk.model_fields_set)) == {
        "import_id": "sessionize:812345",
        "name": "Pipelines",
        "start_time": utc(2027, 7, 12, 8, 0),
        "end_time": utc(2027, 7, 12, 8, 45),
        "all_day": False,
        "locations": ("Room A",),
        "schedule_tracks": ("Data",),
        "description_html": "<p>We build one.</p><p>Then a &lt;b&gt;second&lt;/b&gt;.</p>"
                            "<p>Speakers: Ana</p>",
    }
    assert (opening.start_time, opening.schedule_tracks) == (utc(2027, 7, 12, 7, 0), ())
    # The "flattened" export: one row per speaker of a shared session.
    flattened = write_csv(tmp_path, header, [
        ["812346", "Opening", "", "Org", "Keynote", "", speaker, "Main Hall",
         "12 Jul 2027 09:00 AM", "30"] for speaker in ("Ana", "Bo", "Cy")], "flat.csv")
    report = validate_file(flattened, mapping="sessionize", timezone="Europe/Madrid")
    assert issue_table(report) == [(3, None, "repeated-row", "warning"),
                                   (4, None, "repeated-row", "warning")]
    assert [(p.import_id, p.description_html) for p in report.payloads] == [
        ("sessionize:812346", "<p>Speakers: Ana, Bo, Cy</p>")]


def test_pycones_real_file_validates() -> None:
    path = REPO / "tests" / "fixtures" / "realworld" / "pycones19-talks.csv"
    report = validate_file(path, mapping="pycones19")
    assert issue_table(report) == [(None, None, "derived-import-id", "warning")]
    assert (report.rows_read, report.valid, report.timezone) == (72, 72, "Europe/Madrid")
    keynotes = [p for p in report.payloads if p.name == "Keynote"]
    assert len({p.import_id for p in keynotes}) == 4
    assert len({p.import_id for p in report.payloads}) == 72
    first = report.payloads[0]
    assert first.model_dump(include=set(first.model_fields_set)) == {
        "import_id": first.import_id,
        "name": "Python para calentar tu casa",
        "start_time": utc(2019, 10, 5, 9, 30),  # 11:30 in Madrid, summer time
        "end_time": utc(2019, 10, 5, 10, 10),
        "all_day": False,
        "locations": ("Sala Eventbrite",),
        "schedule_tracks": ("Charla",),
        "description_html": "<p>Speakers: Héctor Pablos López</p>",
    }
    lightning = next(p for p in report.payloads if p.name == "Lightning Talks")
    assert (lightning.locations, lightning.description_html) == ((), "")


def test_fast_payload_matches_model_construct() -> None:
    values = {"import_id": "x", "name": "n", "start_time": utc(2027, 1, 1),
              "locations": ("A",)}
    expected = SessionPayload.model_construct(_fields_set=set(values), **values)
    built = build_payload({**PAYLOAD_TEMPLATE, **values}, set(values))
    assert built == expected
    assert built.model_fields_set == expected.model_fields_set
    assert list(built.__dict__) == list(expected.__dict__)


def test_payloads_are_built_when_first_read_and_only_once(
        monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[int] = []
    real = PayloadColumns.payload_at

    def counting(self: PayloadColumns, pos: int) -> SessionPayload:
        built.append(pos)
        return real(self, pos)

    monkeypatch.setattr(PayloadColumns, "payload_at", counting)
    report = validate_file(REPO / "sample_data" / "issues.csv", timezone="America/Chicago")
    assert (report.rows_read, report.with_errors, report.skipped) == (24, 16, 2)
    assert built == []  # counting and listing issues reads no payload
    first = report.rows[0]
    assert first.payload is first.payload and built == [0]
    assert first.payload.model_dump(include={"import_id", "name"}) == {
        "import_id": "sheet:OK-1", "name": "A clean session"}
    assert [row.payload is None for row in report.rows] == [
        row.has_errors or row.skipped for row in report.rows]
    assert len(built) == 6  # rows with errors, repeats and headings never build one


@pytest.mark.parametrize(("given", "suggested"), [
    ("CST", "America/Chicago"),  # the closest spelling, 'UCT', would be hours off
    ("PST", "America/Los_Angeles"),
    ("Eastern Standard Time", "America/New_York"),  # as Windows names it
    ("est", "America/New_York"),  # a tz name too, but a fixed -5: a summer hour off
    ("MST", "America/Denver"),
    ("GMT", "Europe/London"),  # a tz name too, but a fixed 0: London keeps BST all summer
])
def test_timezone_abbreviations_get_the_zone_they_mean(given: str, suggested: str) -> None:
    with pytest.raises(ConfigError, match=f"use the place's name, '{suggested}'"):
        zones.resolve_timezone(given)


def test_greenwich_mean_time_is_offered_londons_zone() -> None:
    with pytest.raises(ConfigError, match="did you mean 'Europe/London'"):
        zones.resolve_timezone("Greenwich Mean Time")
    assert zones.resolve_timezone("UTC").key == "UTC"  # an offset of 0 all year, as meant


def test_timezone_in_any_case_is_reported_in_its_canonical_spelling(tmp_path: Path) -> None:
    path = write_csv(tmp_path, CLASSIC, [["Talk", "5/11/2027", "9:00 AM", "10:00 AM", "Hall",
                                          "", ""]])
    report = validate_file(path, timezone="america/chicago")
    assert report.timezone == "America/Chicago"  # what plan and the terminal table load again
    assert report.rows[0].payload.start_time.isoformat() == "2027-05-11T14:00:00+00:00"
    mapping = tmp_path / "m.toml"
    mapping.write_text('name = "m"\ntimezone = "europe/berlin"\n[fields.name]\ncolumn = "T"\n'
                       '[fields.start]\ncolumn = "S"\n[fields.end]\ncolumn = "E"\n')
    assert load_mapping(mapping).timezone == "Europe/Berlin"


def test_wrong_timezone_and_columns_stop_the_run(tmp_path: Path) -> None:
    path = write_csv(tmp_path, CLASSIC, [])
    with pytest.raises(ConfigError, match="did you mean 'America/Chicago'"):
        validate_file(path, timezone="America/Chicgo")
    other = write_csv(tmp_path, ["Title", "When"], [["a", "b"]], "other.csv")
    with pytest.raises(MappingError, match=r"other\.csv: the sheet has none of the columns of "
                                           r"Guidebook's import template \('Session Title'"):
        validate_file(other, mapping=load_mapping())


def test_report_json_shape() -> None:
    report = validate_file(REPO / "sample_data" / "issues.csv", timezone="America/Chicago")
    data = report.to_json()
    assert {k: data[k] for k in ("ok", "rows_read", "valid", "with_errors", "with_warnings",
                                 "mapping", "timezone", "header_row", "header_rows")} == {
        "ok": False, "rows_read": 24, "valid": 0, "with_errors": 16, "with_warnings": 6,
        "mapping": "guidebook-template", "timezone": "America/Chicago", "header_row": 1,
        "header_rows": 1}
    # Its ambiguous-date-order error blocks the rows that are fine on their own, those with
    # warnings too (rows 11, 18, 19 and 23).
    assert [r["status"] for r in data["rows"]] == [
        "blocked", "error", "error", "error", "error", "error", "error", "error", "error",
        "blocked", "error", "error", "error", "error", "error", "error", "blocked", "blocked",
        "error", "blocked", "skipped", "blocked", "error", "skipped"]
    clean = validate_file(REPO / "sample_data" / "conference.csv", timezone="America/Chicago")
    first = clean.to_json()["rows"][0]
    assert (first["status"], first["payload"]["start_time"]) == ("ok", "2027-05-11T05:00:00Z")


def test_workbook_cells_give_the_same_payloads_as_the_csv_twin() -> None:
    from_csv = validate_file(REPO / "sample_data" / "conference.csv", timezone="America/Chicago")
    from_xlsx = validate_file(REPO / "sample_data" / "conference.xlsx",
                              timezone="America/Chicago")
    assert (from_xlsx.ok, from_xlsx.rows_read, from_xlsx.issues) == (True, 61, [])
    assert from_xlsx.payloads == from_csv.payloads


def test_header_only_sheet_is_valid_and_empty(tmp_path: Path) -> None:
    report = validate_file(write_csv(tmp_path, ["Session ID", *CLASSIC], []))
    # No rows, so no id is derived: nothing to warn about.
    assert (report.ok, report.rows_read, report.payloads, issue_table(report)) == (
        True, 0, [], [])


def test_room_overlaps_name_every_partner_and_ignore_back_to_back(tmp_path: Path) -> None:
    day = "5/11/2027"
    path = write_csv(tmp_path, ["Session ID", *CLASSIC], [
        ["L", "All morning", day, "9:00 AM", "12:00 PM", "Hall; Annex", "", ""],
        ["A", "First", day, "9:00 AM", "10:00 AM", "hall", "", ""],
        ["B", "Back to back", day, "10:00 AM", "11:00 AM", "Hall", "", ""],
        ["C", "Afternoon", day, "1:00 PM", "2:00 PM", "Hall", "", ""],
        ["D", "Other room", day, "9:30 AM", "10:30 AM", "Room 2", "", ""],
        ["E", "Annex too", day, "11:30 AM", "12:30 PM", "Annex", "", ""],
    ])
    report = validate_file(path, timezone="UTC")
    assert [(i.row, i.value, i.message) for i in report.issues] == [
        (None, None, "'Room/Location' writes the room 'Hall' also as 'hall' (on row 3): read "
                     "as one room, sent as 'Hall', the first spelling (a room the guide has "
                     "already keeps the guide's); write it one way in the sheet to choose the "
                     "name"),
        (2, "Hall", "Row 2: overlaps rows 3, 4 in 'Hall'; check the times and rooms (ignore "
                    "this if the sessions really share the room)."),
        (2, "Annex", "Row 2: overlaps row 7 in 'Annex'; check the times and rooms (ignore "
                     "this if the sessions really share the room)."),
        (3, "hall", "Row 3: overlaps row 2 in 'hall'; check the times and rooms (ignore "
                    "this if the sessions really share the room)."),
        (4, "Hall", "Row 4: overlaps row 2 in 'Hall'; check the times and rooms (ignore "
                    "this if the sessions really share the room)."),
        (7, "Annex", "Row 7: overlaps row 2 in 'Annex'; check the times and rooms (ignore "
                     "this if the sessions really share the room)."),
    ]
    assert report.valid == 6


def test_many_overlaps_are_counted_not_all_listed(tmp_path: Path) -> None:
    rows = [[f"S{n}", f"Talk {n}", "5/11/2027", "9:00 AM", "10:00 AM", "Hall", "", ""]
            for n in range(15)]
    report = validate_file(write_csv(tmp_path, ["Session ID", *CLASSIC], rows), timezone="UTC")
    assert len(report.issues) == 15
    assert report.issues[0].message.startswith(
        "Row 2: overlaps rows 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 and 4 more in 'Hall'")


def test_objects_the_program_froze_stay_frozen(tmp_path: Path) -> None:
    # The validator promotes its own objects past the young GC generations with freeze() and
    # unfreeze(); it must not thaw objects a program froze itself (before forking, say).
    path = write_csv(tmp_path, CLASSIC, [["Talk", "5/11/2027", "10:00 AM", "11:00 AM", "A",
                                          "", ""]])
    gc.freeze()
    try:
        report = validate_file(path, timezone="UTC")
        # Frozen objects can still die (and leave the count), so the count is not exact; a
        # thaw would have emptied it.
        assert (gc.get_freeze_count() > 0, gc.isenabled(), report.valid) == (True, True, 1)
    finally:
        gc.unfreeze()


def test_validation_leaves_the_collector_enabled_and_nothing_frozen(tmp_path: Path) -> None:
    path = write_csv(tmp_path, CLASSIC, [["Talk", "5/11/2027", "10:00 AM", "11:00 AM", "A",
                                          "", ""]])
    report = validate_file(path, timezone="UTC")
    assert (gc.get_freeze_count(), gc.isenabled(), report.valid) == (0, True, 1)


def test_a_column_named_like_a_missing_optional_one_is_reported_not_dropped(
    tmp_path: Path
) -> None:
    header = ["Session Title", "Date", "Time Start", "Time End", "Room/Location", "Track",
              "Description", "End Date", "Notes", "Speaker", "Max Capacity (Optional)"]
    path = write_csv(tmp_path, header, [
        ["Talk", "5/11/2027", "9:00 AM", "10:00 AM", "R1", "Data", "About it", "", "x", "Ann",
         "80"],
    ])
    report = validate_file(path, timezone="UTC")
    assert [(i.column, i.code, i.severity) for i in report.sheet_issues
            if i.code != "derived-import-id"] == [
        ("Description", "unread-column", "warning"),  # 'End Date' is empty: nothing lost
        ("Track", "unread-column", "warning"),
        ("Max Capacity (Optional)", "unread-column", "warning"),  # both marks aside
    ]
    assert "fields.schedule_tracks reads 'Schedule Track (Optional)'" in next(
        i.message for i in report.sheet_issues if i.column == "Track")
    payload = report.rows[0].payload
    assert payload is not None and payload.description_html is None  # valid, still unread


def test_csv_cells_past_the_header_are_errors_on_their_rows(tmp_path: Path) -> None:
    path = tmp_path / "ragged.csv"
    path.write_text(
        ",".join(CLASSIC) + "\n"
        "Talk,5/11/2027,9:00 AM,10:00 AM,Hall,,Plain\n"
        "Panel,5/11/2027,10:00 AM,11:00 AM,Hall,,About data, and more\n"  # comma not quoted
        "Short,5/11/2027,11:00 AM,12:00 PM\n", encoding="utf-8")
    report = validate_file(path, timezone="UTC")
    assert issue_table(report)[1:] == [(3, "Column H", "extra-cells", "error")]
    assert report.rows[1].issues[0].value == " and more"
    assert "'Column H'" not in report.rows[1].issues[0].message  # named by its letter
    assert [row.has_errors for row in report.rows] == [False, True, False]


def test_extra_cells_say_whether_a_quote_after_a_space_split_the_row(tmp_path: Path) -> None:
    """`, "Collovati, LPSC"` is quoted to the eye, but CSV reads a quote after a space as
    text: the message said the cell was probably not quoted, and to quote it."""
    path = tmp_path / "s.csv"
    path.write_text(
        "Session Title,Date,Time Start,Time End,Room/Location\n"
        'Panel,5/11/2027,10:00 AM,11:00 AM, "Hall, Level 2"\n'
        "Talk,5/11/2027,11:00 AM,12:00 PM,Hall,Level 2\n", encoding="utf-8")
    report = validate_file(path, timezone="UTC")
    assert [i.message for i in report.issues if i.code == "extra-cells"] == [
        "Row 2: has ' Level 2\"' in column F, past the last column with a header: a cell in "
        'double quotes after a space (, "...") is not read as quoted, so a \',\' inside it '
        "cut or moved this row's values. Remove the space before its opening quote, or save "
        "the sheet again from the spreadsheet program.",
        "Row 3: has 'Level 2' in column F, past the last column with a header: a cell holding "
        "a ',' was probably not quoted, so it cut or moved this row's values. Put that cell in "
        "double quotes, or save the sheet again from the spreadsheet program."]


def test_csv_column_under_an_empty_header_field_is_a_warning_not_extra_cells(
    tmp_path: Path
) -> None:
    """Excel saves a note typed in a column with no header as an empty header field, and
    gives every row that field: data under no header, not a comma left unquoted."""
    path = tmp_path / "notes.csv"
    path.write_text(
        ",".join(CLASSIC) + ",\n"
        "Talk,5/11/2027,9:00 AM,10:00 AM,Hall,,Plain,\n"
        "Panel,5/11/2027,10:00 AM,11:00 AM,Hall,,About data,check with speaker\n",
        encoding="utf-8")
    assert_one_untitled_column_h(validate_file(path, timezone="UTC"))


def assert_one_untitled_column_h(report: ValidationReport) -> None:
    """Data under no header in column H: one warning, and both sessions valid."""
    assert [(i.row, i.column, i.code, i.severity, i.message) for i in report.issues
            if i.code != "derived-import-id"] == [
        (None, "Column H", "untitled-column", "warning",
         "Column H holds data on 1 row but has no header, so it is not imported; give it a "
         "header if a field should read it.")]
    assert report.valid == 2


def test_workbook_column_without_header_is_one_warning(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append([*CLASSIC, None, "Budget"])
    sheet.append(["Talk", "5/11/2027", "9:00 AM", "10:00 AM", "Hall", None, None, "note", 10])
    sheet.append(["Panel", "5/11/2027", "10:00 AM", "11:00 AM", "Hall", None, None, "x", 20])
    workbook.save(tmp_path / "s.xlsx")
    report = validate_file(tmp_path / "s.xlsx", timezone="UTC")
    untitled = [i for i in report.sheet_issues if i.code == "untitled-column"]
    assert [(i.column, i.severity) for i in untitled] == [("Column H", "warning")]
    assert "Column H holds data on 2 rows but has no header" in untitled[0].message
    assert report.valid == 2  # a named but unmapped column ('Budget') is nobody's concern


def test_a_column_without_header_that_the_mapping_reads_by_its_letter_gets_no_warning(
        tmp_path: Path) -> None:
    """An export's id column with an empty header: draft-mapping names it 'Column A', and a
    mapping reading it there imports it; the warning said it was not imported."""
    path = tmp_path / "export.csv"
    path.write_text(",Title,Date,Start,End\n"
                    "0,Soil probes,5/11/2027,9:00 AM,9:30 AM\n"
                    "1,Root maps,5/11/2027,9:30 AM,10:00 AM\n", encoding="utf-8")
    mapping = tmp_path / "export.toml"
    mapping.write_text('name = "export"\nimport_id_prefix = "export:"\n'
                       '[fields.import_id]\ncolumn = "Column A"\n'
                       '[fields.name]\ncolumn = "Title"\n'
                       '[fields.start]\ndate_column = "Date"\ntime_column = "Start"\n'
                       '[fields.end]\ntime_column = "End"\n', encoding="utf-8")
    report = validate_file(path, mapping=mapping, timezone="UTC")
    assert ([(i.code, i.column) for i in report.issues],
            [p.import_id for p in report.payloads]) == ([], ["export:0", "export:1"])


def test_end_date_before_the_date_and_on_an_all_day_session(tmp_path: Path) -> None:
    path = write_csv(tmp_path, [*CLASSIC, "End Date (Optional)"], [
        ["Back in time", "5/11/2027", "9:00 AM", "10:00 AM", "R1", "", "", "5/10/2027"],
        ["Two-day fair", "5/11/2027", "", "", "R2", "", "", "5/12/2027"],
        ["One-day fair", "5/11/2027", "", "", "R3", "", "", "5/11/2027"],
    ])
    report = validate_file(path, timezone="UTC")
    assert issue_table(report)[1:] == [
        (2, "End Date (Optional)", "end-before-start", "error"),
        (3, "End Date (Optional)", "all-day-end-date", "warning"),  # its second day is lost
    ]
    assert report.rows[0].issues[0].message == (
        "Row 2: 'End Date (Optional)' has '5/10/2027', before the session's date in 'Date' "
        "('5/11/2027'); fix one of the two.")
    assert [row.payload.all_day for row in report.rows[1:] if row.payload] == [True, True]


def test_registration_without_a_schedule_column_takes_the_mappings_default(
    tmp_path: Path
) -> None:
    path = write_csv(tmp_path, [*CLASSIC, "Require Registration (Optional)"], [
        ["Workshop", "5/11/2027", "9:00 AM", "10:00 AM", "R1", "", "", "yes"],
        ["Talk", "5/11/2027", "11:00 AM", "12:00 PM", "R1", "", "", ""],
    ])
    report = validate_file(path, timezone="UTC")
    assert [i.code for i in report.issues] == ["derived-import-id"]
    workshop, talk = report.payloads
    assert (workshop.require_login, workshop.add_to_schedule) == (True, True)  # the default
    assert "add_to_schedule" not in talk.model_fields_set  # the guide's value left alone


def test_datetime_columns_with_days_only_make_an_all_day_session(tmp_path: Path) -> None:
    """As mappings/README says: a datetime cell with no time means a whole day."""
    sheet = write_csv(tmp_path, ["ID", "Title", "Start", "End"], [
        ["1", "Fair", "2027-05-11", "2027-05-11"],
        ["2", "Two-day fair", "2027-05-11", "2027-05-12"],
        ["3", "Backwards", "2027-05-11 10:00", "2027-05-11 09:00"],
    ])
    report = validate_file(sheet, mapping=dated_mapping(tmp_path, end='column = "End"'),
                           timezone="UTC")
    assert issue_table(report) == [(3, "End", "all-day-end-date", "warning"),
                                   (4, "End", "end-before-start", "error")]
    assert [(p.start_time, p.all_day) for p in report.payloads] == [
        (utc(2027, 5, 11), True), (utc(2027, 5, 11), True)]
    assert report.rows[2].issues[0].message.endswith("fix the date or time in 'End'.")


def test_all_day_no_without_times_says_which_to_fix(tmp_path: Path) -> None:
    mapping = tmp_path / "m.toml"
    mapping.write_text(DATED.format(order="month-first", end='time_column = "To"').replace(
        'column = "Start"', 'date_column = "Day"\ntime_column = "From"')
        + '[fields.all_day]\ncolumn = "All Day"\n', encoding="utf-8")
    sheet = write_csv(tmp_path, ["ID", "Title", "Day", "From", "To", "All Day"], [
        ["1", "Said no", "5/11/2027", "", "", "no"],
        ["2", "Start missing", "5/11/2027", "", "10:00", ""],
    ])
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert issue_table(report) == [(2, "All Day", "missing-required", "error"),
                                   (3, "From", "missing-required", "error")]
    assert "'All Day' says no, but the session has no times" in report.rows[0].issues[0].message
    assert "has no start time but the session has an end" in report.rows[1].issues[0].message


def test_derived_id_warning_says_to_fill_an_empty_id_column_or_add_a_missing_one(
    tmp_path: Path
) -> None:
    row = ["Talk", "5/11/2027", "9:00 AM", "10:00 AM", "Hall", "", ""]
    empty = validate_file(write_csv(tmp_path, ["Session ID", *CLASSIC], [["", *row]]))
    missing = validate_file(write_csv(tmp_path, CLASSIC, [row], "b.csv"))
    (warned,) = [i for i in empty.sheet_issues if i.code == "derived-import-id"]
    assert "Fill in 'Session ID' with a fixed id per session" in warned.message
    (warned,) = [i for i in missing.sheet_issues if i.code == "derived-import-id"]
    assert "Add a 'Session ID' column with a fixed id per session" in warned.message


def test_derived_id_warning_of_a_mapping_reading_no_id_column_says_to_map_one(
    tmp_path: Path
) -> None:
    """A drafted mapping reads no id column: an 'ID' column added as the warning advised
    changes nothing until the mapping reads it, so the warning says to map it."""
    mapping = tmp_path / "my-event.toml"
    mapping.write_text(DATED.format(order="month-first", end='column = "End"').replace(
        '[fields.import_id]\ncolumn = "ID"\n', "").replace('"dated"', '"my-event"'),
        encoding="utf-8")
    sheet = write_csv(tmp_path, ["ID", "Title", "Start", "End"],
                      [["T1", "Talk", "5/11/2027 9:00", "5/11/2027 10:00"]])
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert [(i.code, i.message) for i in report.sheet_issues] == [(
        "derived-import-id",
        "The mapping 'my-event' reads no id column, so each session's import id is derived "
        "from its title, start time and first room. Editing a session's title later, or its "
        "time and room at once while another session has its title, makes it a new session "
        "on the next import (and with --prune "
        "deletes the old one, losing its attendees' schedules and ratings). The sheet's 'ID' "
        "column looks like one: to avoid that, have the mapping read it, [fields.import_id] "
        "with column = \"ID\" (the sessions already imported then take their ids, one PATCH "
        "each).")]


@pytest.mark.parametrize("filtered", [False, True])
def test_hidden_rows_are_imported_with_a_warning_naming_each(tmp_path: Path,
                                                             filtered: bool) -> None:
    """A cancelled session hidden by hand, or a day filtered out of view, is still in the
    file: it is sent (and so never pruned), but the planner is told it cannot be seen."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Session ID", *CLASSIC])
    sheet.append(["S-1", "Keynote", "5/11/2027", "9:00 AM", "10:00 AM", "Hall", "", ""])
    sheet.append(["S-2", "Cancelled", "5/11/2027", "10:00 AM", "11:00 AM", "Hall", "", ""])
    sheet.append(["DAY 2"])
    sheet.append(["S-3", "Day two", "5/12/2027", "9:00 AM", "10:00 AM", "Hall", "", ""])
    for row in (3, 4, 5):
        sheet.row_dimensions[row].hidden = True
    if filtered:
        sheet.auto_filter.ref = "A1:H5"
        sheet.auto_filter.add_filter_column(2, ["5/11/2027"])
    workbook.save(tmp_path / "s.xlsx")
    report = validate_file(tmp_path / "s.xlsx", timezone="UTC")
    how = ("hidden by the sheet's filter, yet it is imported like every other row (a filter "
           "only changes what is shown)" if filtered else
           "hidden in the sheet, yet it is imported like every other row")
    assert [(i.row, i.column, i.code, i.severity, i.message) for i in report.issues] == [
        (3, None, "hidden-row", "warning",
         f"Row 3: the row is {how}; to leave the session out, delete the row rather than hide it."),
        # the hidden session's title says so too
        (3, "Session Title", "cancelled-title", "warning",
         "Row 3: 'Session Title' has 'Cancelled', which says the session is cancelled, yet it "
         "is imported like every other row and shown in the app as written; to leave the "
         "session out, delete the row (and run with --prune to take it out of the app), or "
         "keep it as it is to show attendees it is cancelled."),
        (4, "Session ID", "section-heading", "warning",
         "Row 4: holds only 'DAY 2' (in 'Session ID'), so it is read as a section heading and "
         "nothing is sent for it; to make it a session, give it a date and times."),
        (5, None, "hidden-row", "warning",
         f"Row 5: the row is {how}; to leave the session out, delete the row rather than hide it."),
    ]
    assert [p.import_id for p in report.payloads] == ["sheet:S-1", "sheet:S-2", "sheet:S-3"]


def test_hidden_rows_are_named_by_their_row_below_a_title_and_a_blank_row(
    tmp_path: Path,
) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Spring Summit 2027"])
    sheet.append(["Session ID", *CLASSIC])
    sheet.append(["S-1", "Keynote", "5/11/2027", "9:00 AM", "10:00 AM", "Hall", "", ""])
    sheet.append([])
    sheet.append(["S-2", "Cancelled", "5/11/2027", "10:00 AM", "11:00 AM", "Hall", "", ""])
    sheet.row_dimensions[5].hidden = True
    workbook.save(tmp_path / "s.xlsx")
    report = validate_file(tmp_path / "s.xlsx", timezone="UTC")
    assert [(i.row, i.code) for i in report.issues] == [(5, "hidden-row"), (5, "cancelled-title")]


def test_a_formula_saved_without_its_result_is_an_error_on_its_row(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Session ID", *CLASSIC])
    sheet.append(["F1", "Keynote", "5/11/2027", "9:00 AM", "10:00 AM", '="Hall "&"B"'])
    workbook.save(tmp_path / "s.xlsx")  # openpyxl saves no result, as scripts' files have
    report = validate_file(tmp_path / "s.xlsx", timezone="UTC")
    assert [(i.row, i.column, i.code, i.message) for i in report.issues] == [
        (2, "Room/Location", "formula-no-value",
         "Row 2: 'Room/Location' has the formula =\"Hall \"&\"B\" but not its result: the file "
         "was written by a program, not saved by Excel, which works results out; open it in "
         "Excel (or LibreOffice) and save it, or type the value.")]


@pytest.mark.parametrize("above", ["sep=,\n", "Spring Summit schedule\n",
                                   "sep=,\nSpring Summit schedule\n"],
                         ids=["sep-line", "title-row", "both"])
def test_an_empty_header_field_under_lines_above_the_header_is_still_a_warning(
    tmp_path: Path, above: str
) -> None:
    """The header's own fields are counted, not those of Excel's sep= line or of a title
    row above it."""
    path = tmp_path / "notes.csv"
    path.write_text(
        above + ",".join(CLASSIC) + ",\n"
        "Talk,5/11/2027,9:00 AM,10:00 AM,Hall,,Plain,\n"
        "Panel,5/11/2027,10:00 AM,11:00 AM,Hall,,About data,check with speaker\n",
        encoding="utf-8")
    report = validate_file(path, timezone="UTC")
    assert [(i.row, i.column, i.code, i.severity) for i in report.issues
            if i.code != "derived-import-id"] == [
        (None, "Column H", "untitled-column", "warning")]
    assert report.valid == 2


def unscheduled_mapping(tmp_path: Path) -> Path:
    """The template's mapping with skip_unscheduled, as a call-for-papers export needs."""
    template = (REPO / "mappings" / "guidebook-template.toml").read_text(encoding="utf-8")
    path = tmp_path / "cfp.toml"
    settings = 'name = "cfp"\nskip_unscheduled = true\nblank_values = ["TBA"]'
    path.write_text(template.replace('name = "guidebook-template"', settings, 1)
                    .replace("blank_values = []", ""), encoding="utf-8")
    return path


def test_rows_without_a_start_are_skipped_as_unscheduled_when_asked(tmp_path: Path) -> None:
    """A call-for-papers export lists every accepted talk, most with no slot yet: each was a
    missing-required error, every night, and the run exited 1."""
    path = write_csv(tmp_path, ["Session ID", *CLASSIC], [
        ["S1", "Keynote", "5/11/2027", "9:00 AM", "10:00 AM", "Hall", "", ""],
        ["S2", "Not placed yet", "", "", "", "", "", ""],
        ["S3", "Placed later", "TBA", "TBA", "", "Room 2", "", ""],
        ["S4", "Half placed", "", "2:00 PM", "3:00 PM", "Room 2", "", ""],
    ])
    report = validate_file(path, mapping=unscheduled_mapping(tmp_path), timezone="UTC")
    assert [(i.row, i.column, i.code, i.severity) for i in report.issues] == [
        (3, "Date", "unscheduled", "warning"),
        (4, "Date", "unscheduled", "warning"),
        (5, "Date", "missing-required", "error"),  # a time with no day is a mistake
    ]
    assert report.issues[0].message == (
        "Row 3: 'Date' is empty, so the session has no time yet and nothing is sent for it "
        "(skip_unscheduled); fill it in to send the session")
    assert (report.rows_read, report.valid, report.skipped) == (4, 1, 2)
    assert [row["status"] for row in report.to_json()["rows"]] == [
        "ok", "skipped", "skipped", "error"]
    # Without the setting an empty start is still an error on the row.
    plain = validate_file(path, timezone="UTC")
    assert [(i.row, i.code) for i in plain.issues if i.severity == "error"] == [
        (3, "missing-required"), (4, "bad-date"), (4, "bad-time"), (5, "missing-required")]


def test_unscheduled_rows_beside_a_heading_and_a_rescheduled_copy(tmp_path: Path) -> None:
    """A heading row has no start either: it stays a heading. A talk copied into its slot
    below the row left without one shares its id with a row that is no session: no
    duplicate, and the copy is sent."""
    path = write_csv(tmp_path, ["Session ID", *CLASSIC], [
        ["S1", "Keynote", "5/11/2027", "9:00 AM", "10:00 AM", "Hall", "", ""],
        ["", "Afternoon", "", "", "", "", "", ""],
        ["S2", "Moved talk", "", "", "", "Room 2", "", ""],
        ["S2", "Moved talk", "5/11/2027", "11:00 AM", "12:00 PM", "Room 2", "", ""],
    ])
    report = validate_file(path, mapping=unscheduled_mapping(tmp_path), timezone="UTC")
    assert [(i.row, i.column, i.code, i.severity) for i in report.issues] == [
        (3, "Session Title", "section-heading", "warning"),
        (4, "Date", "unscheduled", "warning"),
    ]
    assert ([(row.row, row.import_id) for row in report.rows],
            [row["status"] for row in report.to_json()["rows"]]) == (
        [(2, "sheet:S1"), (3, None), (4, "sheet:S2"), (5, "sheet:S2")],
        ["ok", "skipped", "skipped", "ok"])


def test_a_session_whose_row_lost_its_slot_is_left_as_it_is_even_with_prune(
        tmp_path: Path) -> None:
    """The talk is still accepted, only moved out of the schedule for now: deleting it would
    lose its attendees' bookmarks, and sending it without a time is impossible."""
    from tests.support import Sandbox

    header = ["Session ID", *CLASSIC]
    placed = ["S2", "Moved talk", "5/11/2027", "11:00 AM", "12:00 PM", "Room 2", "", ""]
    keynote = ["S1", "Keynote", "5/11/2027", "9:00 AM", "10:00 AM", "Hall", "", ""]
    sandbox = Sandbox()
    sandbox.settings = sandbox.settings.model_copy(
        update={"mapping": str(unscheduled_mapping(tmp_path))})
    first = sandbox.run(write_csv(tmp_path, header, [keynote, placed]))
    assert [o.action for o in first.outcomes] == ["created", "created"]
    before = sandbox.sessions()

    unplaced = write_csv(tmp_path, header, [keynote, ["S2", "Moved talk", *[""] * 6]],
                         name="later.csv")
    again = sandbox.run(unplaced, prune=True)
    assert ([(o.row, o.action) for o in again.outcomes], again.exit_code) == (
        [(2, "unchanged"), (3, "skipped")], 0)
    assert sandbox.sessions() == before


def mapping_with(tmp_path: Path, extra: str, name: str = "own") -> Path:
    """A mapping of Title, Start and End (datetimes) and Room, plus `extra` fields."""
    path = tmp_path / f"{name}.toml"
    path.write_text(
        f'name = "{name}"\n[fields.import_id]\ncolumn = "ID"\n[fields.name]\ncolumn = "Title"\n'
        '[fields.start]\ncolumn = "Start"\n[fields.end]\ncolumn = "End"\n'
        '[fields.locations]\ncolumn = "Room"\n' + extra, encoding="utf-8")
    return path


def test_a_description_of_exactly_the_limit_is_sent_and_one_more_is_refused(
        tmp_path: Path) -> None:
    """Guidebook takes 20,000 characters of HTML: '<p>' and '</p>' count too."""
    base = ["5/11/2027", "9:00 AM", "10:00 AM", "Hall", ""]
    path = write_csv(tmp_path, CLASSIC, [["At the limit", *base, "a" * 19_993],
                                         ["One over", *base[:1], "11:00 AM", "12:00 PM",
                                          "Hall", "", "a" * 19_994]])
    report = validate_file(path, timezone="UTC")
    assert [(i.row, i.column, i.code, i.severity, i.message) for i in report.issues][1:] == [
        (3, "Description (Optional)", "description-too-long", "error",
         "Row 3: the description is 20,001 characters as HTML, over Guidebook's limit of "
         "20,000; shorten it.")]
    (sent,) = report.payloads
    assert (sent.name, len(sent.description_html or "")) == ("At the limit", 20_000)


def test_html_stripped_names_the_cell_as_written(tmp_path: Path) -> None:
    """The warning shows the cell the user wrote (to find it), not the HTML left of it."""
    cell = '<p onclick="go()">Hi<script>steal()</script></p>'
    path = write_csv(tmp_path, ["Session ID", *CLASSIC], [
        ["S1", "Talk", "5/11/2027", "9:00 AM", "10:00 AM", "Hall", "", cell]])
    report = validate_file(path, timezone="UTC")
    assert [i.to_dict() for i in report.issues] == [{
        "row": 2, "column": "Description (Optional)", "value": cell, "code": "html-stripped",
        "severity": "warning",
        "message": "Row 2: Guidebook does not allow onclick= on <p>, <script> in a "
                   "description, so it was removed; check the text still reads right."}]
    assert report.payloads[0].description_html == "<p>Hi</p>"


def template_without_schedule_default(tmp_path: Path) -> Path:
    """Guidebook's template mapping with its add_to_schedule default taken out."""
    template = (REPO / "mappings" / "guidebook-template.toml").read_text(encoding="utf-8")
    mapping = tmp_path / "no-default.toml"
    mapping.write_text(template.replace(
        'column = "Allow adding to my schedule"\ndefault = true\n',
        'column = "Allow adding to my schedule"\n'), encoding="utf-8")
    return mapping


def test_registration_without_a_schedule_column_or_default_is_refused(tmp_path: Path) -> None:
    """Only a mapping whose add_to_schedule defaults to yes turns it on for a session that
    requires login; without a default nothing says yes, and the API would refuse the row."""
    mapping = template_without_schedule_default(tmp_path)
    path = write_csv(tmp_path, ["Session ID", *CLASSIC, "Require Registration (Optional)"], [
        ["W1", "Workshop", "5/11/2027", "9:00 AM", "10:00 AM", "R1", "", "", "yes"],
        ["T1", "Talk", "5/11/2027", "11:00 AM", "12:00 PM", "R1", "", "", ""],
    ])
    report = validate_file(path, mapping=mapping, timezone="UTC")
    assert [(i.row, i.column, i.value, i.code, i.message) for i in report.issues] == [
        (2, "Require Registration (Optional)", "yes", "registration-dependency",
         "Row 2: registration needs attendees to be able to add the session to their "
         "schedule (add_to_schedule), and the sheet has no column saying so; set default "
         "= true under [fields.add_to_schedule] in the mapping, or set "
         "'Require Registration (Optional)' to no.")]
    (talk,) = report.payloads
    assert (talk.name, "add_to_schedule" in talk.model_fields_set) == ("Talk", False)


def test_a_waitlist_mapped_without_a_capacity_is_refused(tmp_path: Path) -> None:
    """A mapping reading a waitlist column but no capacity or login one still checks the
    waitlist: the API refuses a waitlist without a capacity."""
    mapping = mapping_with(tmp_path, '[fields.waitlist]\ncolumn = "Waitlist"\n')
    path = write_csv(tmp_path, ["ID", "Title", "Start", "End", "Room", "Waitlist"], [
        ["1", "Full talk", "5/11/2027 9:00", "5/11/2027 10:00", "Hall", "yes"],
        ["2", "Open talk", "5/11/2027 11:00", "5/11/2027 12:00", "Hall", "no"],
    ])
    report = validate_file(path, mapping=mapping, timezone="UTC")
    assert [(i.row, i.column, i.value, i.code, i.message) for i in report.issues] == [
        (2, "Waitlist", "yes", "registration-dependency",
         "Row 2: a waitlist needs a capacity in the max_capacity field (not in this sheet); "
         "fill it in, or set 'Waitlist' to no.")]
    assert [(p.name, p.waitlist) for p in report.payloads] == [("Open talk", False)]


def test_duplicates_in_an_empty_id_column_are_named_as_derived(tmp_path: Path) -> None:
    """The id column is there but blank, so ids are derived: the fix is in the title, time
    or room, not in a column the user never filled."""
    row = ["", "Keynote", "5/11/2027", "9:00 AM", "10:00 AM", "Hall", "", ""]
    path = write_csv(tmp_path, ["Session ID", *CLASSIC], [row, [*row[:-1], "Other words"]])
    report = validate_file(path, timezone="UTC")
    (first, second) = [(i.row, i.column, i.code, i.message) for i in report.issues][1:]
    import_id = report.rows[0].import_id
    assert (first, second) == (
        (2, None, "duplicate-import-id",
         f"Row 2: import id {import_id!r} is also used by row 3; they have the same title, "
         "start time and first room but differ in 'Description (Optional)' (blank / 'Other "
         "words'): if they are one session, make them agree; if not, give them different "
         "titles."),
        (3, None, "duplicate-import-id",
         f"Row 3: import id {import_id!r} is also used by row 2; they have the same title, "
         "start time and first room but differ in 'Description (Optional)' (blank / 'Other "
         "words'): if they are one session, make them agree; if not, give them different "
         "titles."))


def test_a_blank_yes_no_cell_without_a_default_leaves_the_guides_value(tmp_path: Path) -> None:
    mapping = mapping_with(tmp_path, '[fields.allow_rating]\ncolumn = "Rating"\n')
    path = write_csv(tmp_path, ["ID", "Title", "Start", "End", "Room", "Rating"], [
        ["1", "Rated", "5/11/2027 9:00", "5/11/2027 10:00", "Hall", "no"],
        ["2", "Left alone", "5/11/2027 11:00", "5/11/2027 12:00", "Hall", ""],
    ])
    report = validate_file(path, mapping=mapping, timezone="UTC")
    rated, left = (p.model_dump(include=set(p.model_fields_set)) for p in report.payloads)
    assert (rated["allow_rating"], left) == (False, {
        "import_id": "2", "name": "Left alone", "start_time": utc(2027, 5, 11, 11),
        "end_time": utc(2027, 5, 11, 12), "all_day": False, "locations": ("Hall",)})


def test_each_field_is_named_by_its_first_column_as_the_sheet_heads_it(tmp_path: Path) -> None:
    """The planner names a field's column with these: a start read from a date and a time
    column is the date's (a day outside the guide's dates is fixed there)."""
    path = write_csv(tmp_path, ["session id", *CLASSIC], [
        ["S1", "Talk", "5/11/2027", "9:00 AM", "10:00 AM", "Hall", "", ""]])
    assert validate_file(path, timezone="UTC").headers == {
        "import_id": "session id", "name": "Session Title", "start": "Date",
        "end": "Time End", "locations": "Room/Location",
        "schedule_tracks": "Schedule Track (Optional)",
        "description": "Description (Optional)"}


def test_registration_fields_need_login_even_when_its_cell_is_blank(tmp_path: Path) -> None:
    """A login column without a default leaves a blank cell unsent, which is not yes: a
    capacity or a registration date beside it would be refused by the API."""
    mapping = mapping_with(tmp_path, '[fields.require_login]\ncolumn = "Login"\n'
                           '[fields.max_capacity]\ncolumn = "Cap"\n'
                           '[fields.registration_end_date]\ncolumn = "Closes"\n')
    path = write_csv(tmp_path, ["ID", "Title", "Start", "End", "Room", "Login", "Cap",
                                "Closes"], [
        ["1", "Capped", "5/11/2027 9:00", "5/11/2027 10:00", "Hall", "", "50", ""],
        ["2", "Closing", "5/11/2027 11:00", "5/11/2027 12:00", "Hall", "", "", "5/10/2027"],
        ["3", "Open", "5/11/2027 13:00", "5/11/2027 14:00", "Hall", "", "", ""],
    ])
    report = validate_file(path, mapping=mapping, timezone="UTC")
    assert [(i.row, i.column, i.value, i.code, i.message) for i in report.issues] == [
        (2, "Cap", "50", "registration-dependency",
         "Row 2: a capacity limit needs 'Login' set to yes; set it, or clear 'Cap'."),
        (3, "Closes", "5/10/2027", "registration-dependency",
         "Row 3: registration dates need 'Login' set to yes; set it, or clear 'Closes'."),
    ]
    assert [p.name for p in report.payloads] == ["Open"]


def test_derived_ids_follow_the_local_time_whatever_the_timezone(tmp_path: Path) -> None:
    """Correcting a wrong --timezone moves every session's instant but not its id: the
    sessions are updated in place, not made a second time."""
    path = write_csv(tmp_path, CLASSIC, [
        ["Keynote", "5/11/2027", "9:00 AM", "10:00 AM", "Hall", "", ""],
        ["Close", "5/11/2027", "5:00 PM", "6:00 PM", "Hall", "", ""]])
    in_utc = validate_file(path, timezone="UTC").payloads
    in_chicago = validate_file(path, timezone="America/Chicago").payloads
    assert [p.start_time for p in in_chicago] == [utc(2027, 5, 11, 14), utc(2027, 5, 11, 22)]
    assert [p.import_id for p in in_chicago] == [p.import_id for p in in_utc]


def test_an_id_used_three_times_names_both_other_rows_on_each(tmp_path: Path) -> None:
    rows = [["S1", f"Talk {n}", "5/11/2027", f"{9 + n}:00 AM", f"{9 + n}:30 AM", "Hall", "",
             ""] for n in range(3)]
    report = validate_file(write_csv(tmp_path, ["Session ID", *CLASSIC], rows),
                           timezone="UTC")
    fix = ("the rows differ in 'Session Title' ('Talk 0' / 'Talk 1' / 'Talk 2'), 'Time Start' "
           "('9:00 AM' / '10:00 AM' / '11:00 AM'), 'Time End' ('9:30 AM' / '10:30 AM' / "
           "'11:30 AM'): if they are one session, make them agree; if not, give each session "
           "its own 'Session ID'.")
    assert [(i.row, i.column, i.code, i.message) for i in report.issues] == [
        (2, "Session ID", "duplicate-import-id",
         f"Row 2: import id 'sheet:S1' is also used by rows 3, 4; {fix}"),
        (3, "Session ID", "duplicate-import-id",
         f"Row 3: import id 'sheet:S1' is also used by rows 2, 4; {fix}"),
        (4, "Session ID", "duplicate-import-id",
         f"Row 4: import id 'sheet:S1' is also used by rows 2, 3; {fix}"),
    ]


def test_a_long_session_is_named_by_each_talk_it_overlaps_however_many_came_between(
        tmp_path: Path) -> None:
    """The hall is booked all day for a fair; each talk put there clashes with it, and says
    with which row, however many other talks start in between."""
    day = "5/11/2027"
    talks = [[f"T{n}", f"Talk {n}", day, f"{n}:00 PM", f"{n}:45 PM", "Hall", "", ""]
             for n in range(1, 6)]
    path = write_csv(tmp_path, ["Session ID", *CLASSIC], [
        ["F", "Book fair", day, "9:00 AM", "6:00 PM", "Hall", "", ""], *talks])
    report = validate_file(path, timezone="UTC")
    assert [(i.row, i.message.split(";")[0]) for i in report.issues] == [
        (2, "Row 2: overlaps rows 3, 4, 5, 6, 7 in 'Hall'"),
        *((row, f"Row {row}: overlaps row 2 in 'Hall'") for row in range(3, 8))]


def test_a_calendars_empty_days_are_passed_over_with_a_warning(tmp_path: Path) -> None:
    """A calendar with a row per day, most of them empty (a date and a day's name): each
    was a missing-required error, and the section-heading rule did not apply as such rows
    outnumber the sessions. A day with a bare title (all-day) or times but no title is a
    session still; a lone date is an empty day too, as it says more than a heading."""
    header = ["Date", "Weekday", "Session Title", "Time Start", "Time End", "Room/Location"]
    path = write_csv(tmp_path, header, [
        ["5/10/2027", "Monday", "", "", "", ""],
        ["5/11/2027", "Tuesday", "Talk", "9:00", "10:00", "Hall"],
        ["5/12/2027", "Wed", "", "", "", ""],
        ["5/13/2027", "", "", "", "", ""],
        ["5/14/2027", "Friday", "Fair", "", "", ""],
        ["5/15/2027", "Saturday", "", "9:00", "10:00", "Hall"],
        ["5/16/2027", "Sunday", "", "", "", "Hall"]])
    report = validate_file(path, timezone="UTC")
    message = ("only the date is filled in (in 'Date'), perhaps with the day's name: a day "
               "with nothing on, so no session is sent; to make one, give the row a title.")
    assert [(i.row, i.column, i.value, i.code, i.severity, i.message)
            for i in report.issues if i.row] == [
        (2, "Date", "5/10/2027", "empty-day", "warning", f"Row 2: {message}"),
        (4, "Date", "5/12/2027", "empty-day", "warning", f"Row 4: {message}"),
        (5, "Date", "5/13/2027", "empty-day", "warning", f"Row 5: {message}"),
        (7, "Session Title", None, "missing-required", "error",
         "Row 7: 'Session Title' is empty; every session needs a title. Fill it in."),
        (8, "Session Title", None, "missing-required", "error",
         "Row 8: 'Session Title' is empty; every session needs a title. Fill it in.")]
    assert (report.rows_read, report.valid, report.skipped, report.with_errors) == (7, 2, 3, 2)
    assert [(p.name, p.all_day) for p in report.payloads] == [("Talk", False), ("Fair", True)]
    # Lone dates outnumbering the sessions are no headings, but empty days all the same.
    path = write_csv(tmp_path, header, [[f"5/{day}/2027", "", "", "", "", ""]
                                        for day in range(1, 6)]
                     + [["5/6/2027", "Thursday", "Talk", "9:00", "10:00", "Hall"]])
    report = validate_file(path, timezone="UTC")
    assert [(i.row, i.code, i.message) for i in report.issues if i.row] == [
        (row, "empty-day", f"Row {row}: {message}") for row in range(2, 7)]


def test_a_date_heading_above_its_days_sessions_is_not_called_a_day_with_nothing_on(
        tmp_path: Path) -> None:
    """A date and its day's name heading each day's sessions, which repeat the date: the
    row is passed over as an empty day is, saying it heads that day's sessions."""
    header = ["Date", "Weekday", "Session Title", "Time Start", "Time End", "Room/Location"]
    path = write_csv(tmp_path, header, [
        ["5/11/2027", "Tuesday", "", "", "", ""],
        ["5/11/2027", "", "Talk", "9:00", "10:00", "Hall"],
        ["5/11/2027", "", "Lunch", "12:00", "13:00", "Hall"],
        ["5/12/2027", "Wednesday", "", "", "", ""],
        ["5/13/2027", "Thursday", "", "", "", ""],
        ["5/13/2027", "", "Fair", "", "", ""]])
    report = validate_file(path, timezone="UTC")
    heading = ("only the date is filled in (in 'Date'), perhaps with the day's name: a "
               "heading for that day's sessions, so no session is sent for it.")
    nothing_on = ("only the date is filled in (in 'Date'), perhaps with the day's name: a "
                  "day with nothing on, so no session is sent; to make one, give the row a "
                  "title.")
    assert [(i.row, i.code, i.message) for i in report.issues if i.row] == [
        (2, "empty-day", f"Row 2: {heading}"), (5, "empty-day", f"Row 5: {nothing_on}"),
        (6, "empty-day", f"Row 6: {heading}")]
    assert [p.name for p in report.payloads] == ["Talk", "Lunch", "Fair"]
