"""The results report as an event team reads it after a run: the XLSX Summary tab's start in
the event's zone and said so, and its counts written as people read numbers."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from importer.report import ImportReport, RowOutcome, write_report
from tests.support import Sandbox, talk, write_sheet
from tests.test_audit_mu30 import clock_in_india  # noqa: F401  (a fixture, used by name)


def summary_table(path: Path) -> list[tuple[object, object, str]]:
    """Each Summary line as (label, value, number format)."""
    return [(label.value, value.value, value.number_format)
            for label, value in load_workbook(path)["Summary"].iter_rows()]


def big_run(**fields: object) -> ImportReport:
    outcomes = [RowOutcome(row, f"sheet:T{row}", f"Talk {row}", "created", 40_000 + row)
                for row in range(2, 1_502)]
    report = ImportReport(
        "migration.xlsx", 98_765, outcomes, Counter({"POST sessions": 1_500, "GET sessions": 31}),
        started_at=datetime(2027, 5, 11, 2, 30, tzinfo=UTC), duration_seconds=1_234.56)
    for name, value in fields.items():
        setattr(report, name, value)
    return report


def test_the_start_is_in_the_events_zone_and_its_label_names_it(tmp_path: Path) -> None:
    """A nightly run on a UTC server for a Chicago event started at 02:30 UTC: the Summary
    showed '2027-05-11 02:30' under 'Started', which the team read as their own night; it
    is 21:30 the evening before in Chicago, and the label says so."""
    path = write_report(big_run(timezone="America/Chicago"), tmp_path / "r.xlsx")
    assert summary_table(path)[2] == (
        "Started (America/Chicago)", datetime(2027, 5, 10, 21, 30), "yyyy-mm-dd hh:mm:ss")
    summary = load_workbook(path)["Summary"]
    assert summary.column_dimensions["A"].width == 27  # the label read whole


@pytest.mark.usefixtures("clock_in_india")
def test_without_the_events_zone_the_label_names_this_computers_offset(tmp_path: Path) -> None:
    path = write_report(big_run(), tmp_path / "r.xlsx")
    assert summary_table(path)[2][:2] == ("Started (UTC+05:30)", datetime(2027, 5, 11, 8, 0))


def test_a_run_reports_the_zone_its_times_were_read_in(tmp_path: Path) -> None:
    sandbox = Sandbox(guide_timezone="Europe/Madrid")
    report = sandbox.run(write_sheet(tmp_path / "s.csv", [talk(1)]))
    assert (report.counts["created"], report.timezone) == (1, "Europe/Madrid")
    labels = [label for label, _, _ in summary_table(write_report(report, tmp_path / "r.xlsx"))]
    assert labels[3] == "Started (Europe/Madrid)"


def test_summary_counts_read_with_thousands_separators(tmp_path: Path) -> None:
    """A migration's 1,500 rows and 1,531 requests read as '1500' and '1531' beside the
    guide's id; counts now read '1,500', seconds '1,234.6', the guide's id as Builder shows it."""
    path = write_report(big_run(timezone="UTC"), tmp_path / "r.xlsx")
    assert summary_table(path) == [
        ("Spreadsheet", "migration.xlsx", "General"),
        ("Guide", 98_765, "General"),
        ("Started (UTC)", datetime(2027, 5, 11, 2, 30), "yyyy-mm-dd hh:mm:ss"),
        ("Seconds", 1_234.6, "#,##0.0"), ("Result", "ok", "General"),
        ("created", 1_500, "#,##0"), ("updated", 0, "#,##0"), ("unchanged", 0, "#,##0"),
        ("deleted", 0, "#,##0"), ("invalid", 0, "#,##0"), ("failed", 0, "#,##0"),
        ("deferred", 0, "#,##0"), ("skipped", 0, "#,##0"), ("taken over", 0, "#,##0"),
        ("Requests", 1_531, "#,##0"), ("Stopped early", "no", "General"),
        ("Published", "not asked to (no --publish): what the run changed is in Builder, and "
         "reaches attendees' apps once the guide is published", "General")]


def outcome_table(report: ImportReport) -> list[tuple[object, ...]]:
    return [(o.row, o.import_id, o.action, o.session_id, o.message) for o in report.outcomes]


def test_an_invalid_rows_warnings_are_in_the_report_as_the_run_says(tmp_path: Path) -> None:
    """The run printed 'warning: html-stripped on row 3 (details in the report)', but the
    report's line for row 3, invalid for its date, gave the date's error alone."""
    script = "<p>About it.</p><script>alert(1)</script>"
    sheet = write_sheet(tmp_path / "s.csv", [
        talk(1), talk(2, Date="5/32/2027", **{"Description (Optional)": script})])
    report = Sandbox().run(sheet)
    assert outcome_table(report) == [
        (2, "sheet:T001", "created", 1, ""),
        (3, "sheet:T002", "invalid", None,
         "bad-date: 'Date' has '5/32/2027', which is not a date: write the date like "
         "5/11/2027 (May 11) or 2027-05-11; warning: html-stripped: Guidebook does not allow "
         "<script> in a description, so it was removed; check the text still reads right"),
    ]
