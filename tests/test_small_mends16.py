"""Small mends to time cells with a zone's word: another zone's ('10:00 UTC' in a sheet read
in Berlin) says what the time is on the sheet's clock that day."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.validate import validate_file
from tests.test_audit_mu61 import _read_datetimes
from tests.test_realworld_rw7_times import _validate
from tests.test_validate import CLASSIC, write_csv

READ_IN = "(times are read in Europe/Berlin, the mapping's timezone)"


def _messages(tmp_path: Path, start: str, end: str, day: str = "12/5/2026",
              timezone: str = "Europe/Berlin") -> list[tuple[str, str]]:
    """Each issue's code and message for a session on `day` (5 Dec 2026) read in
    `timezone`."""
    sheet = write_csv(tmp_path, ["Session ID", *CLASSIC], [
        ["Z1", "Keynote", day, start, end, "Hall", "", ""]])
    report = validate_file(sheet, timezone=timezone)
    return [(issue.code, issue.message) for issue in report.issues]


@pytest.mark.parametrize(("cell", "fix"), [
    ("10:00 UTC", "11:00"), ("10:00Z", "11:00"), ("10:00 +05:00", "06:00"),
    ("10:00 EST", "16:00"), ("10:00 (UTC)", "11:00")])
def test_another_zones_time_says_it_on_the_sheets_clock(
        tmp_path: Path, cell: str, fix: str) -> None:
    """It was told to remove the word, as times are read in Berlin: deleting it left the
    session off by the zones' difference, without a word. Still refused, never read."""
    assert _messages(tmp_path, cell, "18:00") == [("bad-time", (
        f"Row 2: 'Time Start' has {cell!r}, but a time is read without its zone's word: "
        f"{cell!r} is {fix} in Europe/Berlin on 2026-12-05, so write {fix} (times are read "
        "in Europe/Berlin)."))]


def test_an_end_past_midnight_on_the_sheets_clock_says_its_day(tmp_path: Path) -> None:
    assert _messages(tmp_path, "22:00", "23:30 UTC") == [("bad-time", (
        "Row 2: 'Time End' has '23:30 UTC', but a time is read without its zone's word: "
        "'23:30 UTC' on 2026-12-05 is 00:30 in Europe/Berlin on 2026-12-06, so write 00:30 "
        "on that day (times are read in Europe/Berlin)."))]


def test_a_word_several_zones_use_keeps_its_words(tmp_path: Path) -> None:
    """'IST' is India's, Ireland's and Israel's: no one time to say."""
    assert _messages(tmp_path, "10:00 IST", "18:00") == [("bad-time", (
        "Row 2: 'Time Start' has '10:00 IST', which is not a time: 'IST' is a time zone, "
        "which gbimport cannot read in a time cell: remove it from the cells: times are read "
        "in Europe/Berlin."))]


def test_a_range_on_another_zones_clock_says_both_times(tmp_path: Path) -> None:
    assert _validate(tmp_path, "05.12.2026,10:00 - 11:30 UTC,Keynote\n") == [(
        2, "bad-time", "Row 2: 'Time' has '10:00 - 11:30 UTC', but a time is read without "
        "its zone's word: '10:00 - 11:30 UTC' is 11:00 - 12:30 in Europe/Berlin on "
        f"2026-12-05, so write 11:00 - 12:30 {READ_IN}.")]


def test_a_date_and_time_on_another_zones_clock_says_it_on_the_sheets(
        tmp_path: Path) -> None:
    assert _read_datetimes(tmp_path, "East,11.05.2027 10:00 EST,11.05.2027 18:00\n") == [(
        2, "bad-datetime", "Row 2: 'Start' has '11.05.2027 10:00 EST', but a time is read "
        "without its zone's word: '11.05.2027 10:00 EST' is 17:00 in Europe/Berlin on "
        "2027-05-11 (or 16:00 if it means New York's clock, on EDT that day), so write the "
        f"one meant {READ_IN}.")]


def test_a_date_and_time_on_another_zones_clock_in_winter_says_its_date(
        tmp_path: Path) -> None:
    assert _read_datetimes(tmp_path, "East,11.01.2027 10:00 EST,11.01.2027 18:00\n") == [(
        2, "bad-datetime", "Row 2: 'Start' has '11.01.2027 10:00 EST', but a time is read "
        "without its zone's word: '11.01.2027 10:00 EST' is 16:00 in Europe/Berlin on "
        f"2027-01-11, so write 2027-01-11 16:00 {READ_IN}.")]


def test_another_zones_time_on_a_row_without_its_date_is_still_refused(
        tmp_path: Path) -> None:
    """Told only once the row's date was known: a row with its date left blank heard only of
    the date, and of the time's word on the next run, not all at once."""
    sheet = write_csv(tmp_path, ["Session ID", *CLASSIC], [
        ["Z1", "Keynote", "", "10:00 UTC", "11:00 EST", "Hall", "", ""]])
    issues = validate_file(sheet, timezone="Europe/Berlin").issues
    assert [(issue.code, issue.column, issue.message) for issue in issues] == [
        ("missing-required", "Date", "Row 2: 'Date' is empty; every session needs a date. "
                                     "Fill it in."),
        ("bad-time", "Time Start", "Row 2: 'Time Start' has '10:00 UTC', but a time is read "
         "without its zone's word: write it as the clock shows it in Europe/Berlin."),
        ("bad-time", "Time End", "Row 2: 'Time End' has '11:00 EST', but a time is read "
         "without its zone's word: write it as the clock shows it in Europe/Berlin.")]
