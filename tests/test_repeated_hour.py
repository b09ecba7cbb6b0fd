"""The hour that happens twice when summer time ends, told apart by the zone written after
the time: '02:30 CEST' is the first 02:30 in Berlin, '02:30 CET' (or '+01:00') the second."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.validate import validate_file
from tests.test_validate import CLASSIC, issue_table, utc, write_csv


def _starts(tmp_path: Path, zone: str, date: str, *times: str) -> list[object]:
    """Each row's start in UTC, a row a time ('02:30 CEST'), each to 23:00 on its stage."""
    rows = [[f"N{n}", f"Night {n}", date, time, "23:00", f"Stage {n}", "", ""]
            for n, time in enumerate(times)]
    report = validate_file(write_csv(tmp_path, ["Session ID", *CLASSIC], rows), timezone=zone)
    assert report.issues == []
    return [payload.start_time for payload in report.payloads]


@pytest.mark.parametrize(("zone", "date", "first", "second", "first_utc", "second_utc"), [
    ("Europe/Berlin", "10/25/2026", "02:30 CEST", "02:30 CET",
     utc(2026, 10, 25, 0, 30), utc(2026, 10, 25, 1, 30)),
    ("Europe/Berlin", "10/25/2026", "02:30 MESZ", "02:30 MEZ",
     utc(2026, 10, 25, 0, 30), utc(2026, 10, 25, 1, 30)),
    ("Europe/Berlin", "10/25/2026", "02:30 +02:00", "02:30 +01:00",
     utc(2026, 10, 25, 0, 30), utc(2026, 10, 25, 1, 30)),
    ("Europe/London", "10/25/2026", "1:30 AM BST", "1:30 AM GMT",
     utc(2026, 10, 25, 0, 30), utc(2026, 10, 25, 1, 30)),
    ("America/New_York", "11/1/2026", "1:30 AM EDT", "1:30 AM EST",
     utc(2026, 11, 1, 5, 30), utc(2026, 11, 1, 6, 30)),
])
def test_the_zone_written_tells_which_of_the_two_hours(
        tmp_path: Path, zone: str, date: str, first: str, second: str,
        first_utc: object, second_utc: object) -> None:
    assert _starts(tmp_path, zone, date, second, first) == [second_utc, first_utc]


def test_a_zone_the_sheets_clocks_are_not_written_in_is_refused_as_before(
        tmp_path: Path) -> None:
    """'EST' is not Berlin's, '+05:00' not its offset: each is refused as a time with
    another zone's word is, saying the time on Berlin's clock that day; 'CEST' is Berlin's,
    but not in December: refused, saying which clock Berlin is on that day."""
    sheet = write_csv(tmp_path, ["Session ID", *CLASSIC], [
        ["W0", "Wrong zone", "10/25/2026", "02:30 EST", "04:00", "Hall", "", ""],
        ["W1", "Wrong offset", "10/25/2026", "02:30 +05:00", "04:00", "Hall", "", ""],
        ["W2", "Summer time in winter", "12/5/2026", "10:00 CEST", "11:00", "Hall", "", ""],
    ])
    report = validate_file(sheet, timezone="Europe/Berlin")
    assert issue_table(report) == [(row, "Time Start", "bad-time", "error") for row in (2, 3, 4)]
    assert [issue.message for issue in report.issues] == [
        "Row 2: 'Time Start' has '02:30 EST', but a time is read without its zone's word: "
        "'02:30 EST' is 08:30 in Europe/Berlin on 2026-10-25 (or 07:30 if it means New "
        "York's clock, on EDT that day), so write the one meant (times are read in "
        "Europe/Berlin).",
        "Row 3: 'Time Start' has '02:30 +05:00', but a time is read without its zone's word: "
        "'02:30 +05:00' on 2026-10-25 is 23:30 in Europe/Berlin on 2026-10-24, so write 23:30 "
        "on that day (times are read in Europe/Berlin).",
        "Row 4: 'Time Start' has '10:00 CEST', but Europe/Berlin is on CET (+01:00) on "
        "2026-12-05, not CEST: write 10:00, or 10:00 CET."]


def test_an_ordinary_time_reads_as_before(tmp_path: Path) -> None:
    assert _starts(tmp_path, "Europe/Berlin", "10/25/2026", "01:30", "03:30", "10:00 CET") == [
        utc(2026, 10, 24, 23, 30), utc(2026, 10, 25, 2, 30), utc(2026, 10, 25, 9, 0)]


def test_the_repeated_hour_says_how_to_tell_its_two_times(tmp_path: Path) -> None:
    sheet = write_csv(tmp_path, ["Session ID", *CLASSIC], [
        ["W3", "Through the night", "10/25/2026", "02:30", "04:00", "Hall", "", ""]])
    report = validate_file(sheet, timezone="Europe/Berlin")
    assert [issue.message for issue in report.issues] == [
        "Row 2: 'Time Start' has '02:30', and 2026-10-25 02:30 happens twice in Europe/Berlin "
        "when daylight saving time ends; write 02:30 CEST (+02:00) for the first, 02:30 CET "
        "(+01:00) for the second."]


def test_an_end_before_its_start_in_the_repeated_hour_says_the_times_written(
        tmp_path: Path) -> None:
    """02:45 CEST is the first 02:45, before the second 02:30 (CET): read as written, not
    moved to another hour in the message."""
    sheet = write_csv(tmp_path, ["Session ID", *CLASSIC], [
        ["E1", "Backwards", "10/25/2026", "02:30 CET", "02:45 CEST", "Hall", "", ""]])
    report = validate_file(sheet, timezone="Europe/Berlin")
    assert [(issue.code, issue.message) for issue in report.issues] == [(
        "end-before-start",
        "Row 2: the session ends before it starts: 'Time End' has '02:45 CEST' and 'Time "
        "Start' has '02:30 CET' (read as 2026-10-25 02:45 and 2026-10-25 02:30); fix the end "
        "time, or if it runs past midnight, add a column 'End Date (Optional)' and put the "
        "next day in it.")]


@pytest.mark.parametrize("cell", ["02:30 CEST", "02:30 CET", "02:30 +02:00", "02:30 MESZ"])
def test_a_time_the_clocks_skip_is_refused_whatever_zone_is_written(
        tmp_path: Path, cell: str) -> None:
    """02:30 on the night summer time starts in Berlin does not exist: written with either
    of the zone's words it is refused as it is bare, not sent as 00:30 or 01:30 UTC."""
    sheet = write_csv(tmp_path, ["Session ID", *CLASSIC], [
        ["S0", "Skipped", "3/29/2026", cell, "04:00", "Hall", "", ""]])
    report = validate_file(sheet, timezone="Europe/Berlin")
    assert (issue_table(report), report.payloads) == (
        [(2, "Time Start", "nonexistent-time", "error")], [])
    assert report.issues[0].message == (
        f"Row 2: 'Time Start' has {cell!r}, but 2026-03-29 02:30 does not exist in "
        "Europe/Berlin: clocks skip it when daylight saving time starts; use a time before "
        "or after the jump.")
