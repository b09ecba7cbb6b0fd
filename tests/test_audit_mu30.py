"""The .xlsx report's Results and Summary tabs, the Issues .xlsx, and the record of the
sessions in the guide kept by a sheet without an import_id_prefix."""

from __future__ import annotations

import os
import time
import zipfile
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from importer._report_words import HALT_MEANINGS
from importer.model import RowIssue
from importer.report import ImportReport, RowOutcome, write_issues, write_report
from importer.validate import SheetRead
from tests.support import Sandbox, talk, write_sheet
from tests.test_audit_mu29 import in_guide
from tests.test_deleted_since_last_run import delete_in_builder, deleted_notes

FORMULA_LIKE = '=HYPERLINK("http://example.com","open me")'


def summary_cells(path: Path) -> list[tuple[str, object, str]]:
    return [(label.value, value.value, value.data_type)
            for label, value in load_workbook(path)["Summary"].iter_rows()]


def test_formula_like_text_on_the_summary_tab_is_text(tmp_path: Path) -> None:
    """A tab named "=1+1", a file named "=cmd.xlsx" or a note starting with "=" were written
    as formulas on the Summary tab, which Excel runs on opening; the Results tab kept text."""
    report = ImportReport("=cmd.xlsx", 1, [RowOutcome(2, "x", "Talk", "created", 1)],
                          sheets=[SheetRead("=1+1", 1, 3)], notes=[FORMULA_LIKE, "@SUM(1)"],
                          publish_note="=2+2")
    path = write_report(report, tmp_path / "r.xlsx")
    text = {label: (value, kind) for label, value, kind in summary_cells(path)
            if label in ("Spreadsheet", "Sheets read", "Published")}
    assert text == {"Spreadsheet": ("=cmd.xlsx", "s"), "Sheets read": ("=1+1 (3 rows)", "s"),
                    "Published": ("=2+2", "s")}
    notes = [(value, kind) for label, value, kind in summary_cells(path) if label == "Note"]
    assert notes == [(FORMULA_LIKE, "s"), ("@SUM(1)", "s")]
    with zipfile.ZipFile(path) as archive:
        assert b"<f>" not in archive.read("xl/worksheets/sheet2.xml")


@pytest.fixture
def clock_in_india() -> Iterator[None]:
    """This computer's clock at UTC+5:30 (a POSIX zone: no time zone database needed)."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "IST-5:30"
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


@pytest.mark.usefixtures("clock_in_india")
def test_the_summary_tab_holds_every_total_in_order(tmp_path: Path) -> None:
    """The start in this computer's time, named (no event zone given), the seconds to a
    tenth, each sheet read, every count, the stop and the publish line, each note its line
    (a control character, which a worksheet cannot hold, as a space)."""
    outcomes = [RowOutcome(2, "a", "A", "created", 1, sheet="Day 1"),
                RowOutcome(3, "b", "B", "updated", 2, sheet="Day 1"),
                RowOutcome(2, "c", "C", "deferred", None, sheet="Day 2")]
    report = ImportReport(
        "days.xlsx", 42, outcomes, Counter({"POST sessions": 2, "PATCH sessions": 3}),
        started_at=datetime(2027, 5, 11, 14, 0, tzinfo=UTC), duration_seconds=12.345,
        halted="budget", notes=["first note", "a track pasted with a\x0bvertical tab"],
        sheets=[SheetRead("Day 1", 1, 2), SheetRead("Day 2", 1, 1)],
        publish_note="not published: rows were deferred", taken_over=1)
    path = write_report(report, tmp_path / "r.xlsx")
    assert [(label, value) for label, value, _ in summary_cells(path)] == [
        ("Spreadsheet", "days.xlsx"), ("Sheets read", "Day 1 (2 rows), Day 2 (1 row)"),
        ("Guide", 42), ("Started (UTC+05:30)", datetime(2027, 5, 11, 19, 30)), ("Seconds", 12.3),
        ("Result", "exit code 3: some changes were not sent (deferred); run the same command again "
                    "later to send them"), ("created", 1), ("updated", 1), ("unchanged", 0),
        ("deleted", 0), ("invalid", 0), ("failed", 0), ("deferred", 1), ("skipped", 0),
        ("taken over", 1), ("Requests", 5), ("Stopped early", HALT_MEANINGS["budget"]),
        ("Published", "not published: rows were deferred"), ("Note", "first note"),
        ("Note", "a track pasted with a vertical tab")]
    summary = load_workbook(path)["Summary"]
    assert summary["B4"].number_format == "yyyy-mm-dd hh:mm:ss"
    assert all(row[0].font.bold for row in summary.iter_rows())
    widths = (summary.column_dimensions["A"].width, summary.column_dimensions["B"].width)
    assert widths == (21, 80)  # 'Started (UTC+05:30)' read whole


def test_a_report_with_no_rows_and_no_start_time(tmp_path: Path) -> None:
    """A run that stopped before its first row: the header alone, filtered, its columns as
    wide as their names; the Summary has no start, no sheets line (a CSV has no tabs), and
    says ok."""
    path = write_report(ImportReport("talks.csv", 1, []), tmp_path / "r.xlsx")
    results = load_workbook(path)["Results"]
    widths = {letter: results.column_dimensions[letter].width for letter in "ABCDEF"}
    assert (results.auto_filter.ref, widths) == (
        "A1:F1", {"A": 5, "B": 11, "C": 6, "D": 8, "E": 12, "F": 9})
    summary = {label: value for label, value, _ in summary_cells(path)}
    assert (summary["Started"], "Sheets read" in summary, summary["Result"]) == (
        None, False, "ok")


def test_columns_fit_their_longest_text_up_to_80_characters(tmp_path: Path) -> None:
    """A 78-character title fits exactly; a longer message stops at 80; a column of short
    numbers is as wide as its header."""
    outcomes = [RowOutcome(2, "x", "t" * 78, "failed", None, "m" * 200),
                RowOutcome(3, "y", "short", "created", 7, "")]
    results = load_workbook(write_report(ImportReport("s.csv", 1, outcomes),
                                         tmp_path / "r.xlsx"))["Results"]
    widths = {letter: results.column_dimensions[letter].width for letter in "CEF"}
    assert widths == {"C": 80, "E": 12, "F": 80}


def test_every_cell_of_a_row_is_coloured_and_its_last_is_text(tmp_path: Path) -> None:
    """The message, the last column, was left white and a message starting with "=" ran as
    a formula under a one-short loop: the whole row is the action's colour, all text."""
    report = ImportReport("s.csv", 1, [RowOutcome(2, "x", "T", "failed", None, FORMULA_LIKE)])
    results = load_workbook(write_report(report, tmp_path / "r.xlsx"))["Results"]
    row = next(results.iter_rows(min_row=2))
    assert [cell.fill.start_color.rgb for cell in row] == ["00F4B084"] * 6
    assert (row[-1].value, row[-1].data_type) == (FORMULA_LIKE, "s")


def test_the_issue_list_filters_every_column_and_row(tmp_path: Path) -> None:
    """Read as several sheets, the 'sheet' column is filtered too; with no issue, the header."""
    issues = [RowIssue(4, "Date", "13/40/2027", "bad-date", "error", "not a date", sheet="D1"),
              RowIssue(2, "Start", "25:00", "bad-time", "error", "not a time", sheet="D2")]
    several = load_workbook(write_issues(issues, tmp_path / "i.xlsx", several_sheets=True))
    none = load_workbook(write_issues([], tmp_path / "none.xlsx"))
    assert (several.active.auto_filter.ref, none.active.auto_filter.ref) == ("A1:G3", "A1:F1")


def no_prefix_mapping(tmp_path: Path) -> Path:
    template = Path(__file__).parent.parent / "mappings" / "guidebook-template.toml"
    mapping = tmp_path / "no-prefix.toml"
    mapping.write_text(template.read_text(encoding="utf-8").replace(
        'import_id_prefix = "sheet:"', 'import_id_prefix = ""'), encoding="utf-8")
    return mapping


def test_a_sheet_with_a_prefix_forgets_a_session_gone_with_its_row(tmp_path: Path) -> None:
    """Deleted in Builder and taken out of the sheet: removed for good, so put back later
    it is a new row, a plain create (only a sheet without a prefix cannot tell its own)."""
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "s.csv", [talk(1), talk(2)])
    sandbox.run(sheet)
    delete_in_builder(sandbox, "sheet:T002")
    write_sheet(sheet, [talk(1)])
    sandbox.run(sheet)
    forgotten = in_guide(tmp_path)
    write_sheet(sheet, [talk(1), talk(2)])
    back = sandbox.run(sheet)
    assert (forgotten, back.counts["created"], deleted_notes(back.notes)) == (
        frozenset({"sheet:T001"}), 1, [])


def test_a_sheet_without_a_prefix_forgets_the_session_it_pruned(tmp_path: Path) -> None:
    """The run deleted it (--prune): put back, its row is a plain create, not a session
    deleted in Builder."""
    sandbox = Sandbox()
    sandbox.settings = sandbox.settings.model_copy(
        update={"mapping": str(no_prefix_mapping(tmp_path))})
    sheet = write_sheet(tmp_path / "s.csv", [talk(1), talk(2), talk(3)])
    sandbox.run(sheet)
    write_sheet(sheet, [talk(1), talk(3)])
    pruned = sandbox.run(sheet, prune=True, force=True)
    write_sheet(sheet, [talk(1), talk(2), talk(3)])
    back = sandbox.run(sheet)
    assert (pruned.counts["deleted"], back.counts["created"], deleted_notes(back.notes)) == (
        1, 1, [])
