"""Drafting and validating programmes as planners lay them out, each seen on a real one: a
start column giving all-day items their date alone beside talks' dates with times."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from importer import validate_file
from importer.validate import ValidationReport
from tests.test_draft import drafted
from tests.test_validate import write_csv


def _starts(report: ValidationReport) -> list[tuple[Any, ...]]:
    """Each session's title, start, end and whether it is all day, as sent."""
    return [(p.name, p.start_time.isoformat(), p.end_time and p.end_time.isoformat(),
             p.all_day) for p in report.payloads]


def test_a_start_column_of_dates_and_dates_with_times_is_drafted_as_the_start(
        tmp_path: Path) -> None:
    """A festival lists its all-day items by their date alone ('2027-05-11') among talks
    given a date and a time: the column was too mixed to be drafted as anything and the draft
    asked for the start. It is the start, and validate sends each date alone as all day."""
    sheet = write_csv(tmp_path, ["Start", "End", "Title", "Room"], [
        ["2027-05-11", "", "Exhibition", "Foyer"],
        ["2027-05-11 09:00", "2027-05-11 10:00", "Opening keynote", "Hall A"],
        ["2027-05-11 10:30", "2027-05-11 11:30", "Panel on data", "Room 2"],
        ["2027-05-12", "", "Registration", "Foyer"],
        ["2027-05-12 09:00", "2027-05-12 10:00", "Workshop", "Room 2"]])
    mapping, tables = drafted(tmp_path, sheet)
    assert (tables["start"], tables["end"]) == ({"column": '"Start"'}, {"column": '"End"'})
    assert re.search(r"^# a date alone \('2027-05-11'\) is read as a session all day on that "
                     r"day\ncolumn = \"Start\"$", mapping.read_text(), re.M)
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert (report.ok, _starts(report)) == (True, [
        ("Exhibition", "2027-05-11T00:00:00+00:00", None, True),
        ("Opening keynote", "2027-05-11T09:00:00+00:00", "2027-05-11T10:00:00+00:00", False),
        ("Panel on data", "2027-05-11T10:30:00+00:00", "2027-05-11T11:30:00+00:00", False),
        ("Registration", "2027-05-12T00:00:00+00:00", None, True),
        ("Workshop", "2027-05-12T09:00:00+00:00", "2027-05-12T10:00:00+00:00", False)])


def test_a_date_column_with_a_stray_time_stays_the_days(tmp_path: Path) -> None:
    """One date typed with a time among days beside a times column is still the date column,
    not a start of its own."""
    sheet = write_csv(tmp_path, ["Date", "Start", "End", "Title"], [
        [f"2027-05-{day}" + (" 09:00" if day == 15 else ""), "09:00", "10:00", f"Talk {day}"]
        for day in range(11, 19)])
    _, tables = drafted(tmp_path, sheet)
    assert (tables["start"], tables["end"]) == (
        {"date_column": '"Date"', "time_column": '"Start"'}, {"time_column": '"End"'})
