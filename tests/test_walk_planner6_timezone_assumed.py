"""validate without a timezone said the times 'were read as UTC', which a planner cannot
place on a clock; it now says which clock that is, and when to give another."""

from __future__ import annotations

from pathlib import Path

from importer import validate_file

SAMPLE = Path(__file__).resolve().parent.parent / "sample_data" / "first-try.csv"


def test_times_read_as_utc_are_said_as_a_clock_a_planner_knows() -> None:
    report = validate_file(SAMPLE)
    assert [(i.row, i.code, i.message) for i in report.sheet_issues
            if i.code == "timezone-assumed"] == [(
        None, "timezone-assumed",
        "No timezone was given, so the sheet's times were read as UTC, the clock in London "
        "in winter (plan and run read them in the guide's timezone). If the event's clock is "
        "another, give its zone with --timezone (e.g. America/Chicago), or `timezone` in the "
        "mapping or gbimport.toml.",
    )]
