"""What a person reading a run's report file sees of the sheet as a whole: which tabs were
read and how many rows each had, and where the run's notes are for the format written."""

from __future__ import annotations

from pathlib import Path

from importer.report import ImportReport, RowOutcome, write_report
from importer.validate import SheetRead
from tests.test_report_reading import summary_table


def test_the_summary_tab_counts_each_sheets_rows_as_people_read_numbers(
    tmp_path: Path
) -> None:
    """A migration's tab of 4,000 rows read 'Sessions (4000 rows)' beside counts written
    '4,000'; a tab of one row read '(1 rows)'. Now as the console says them."""
    outcomes = [RowOutcome(row, f"sheet:T{row}", f"Talk {row}", "created", row)
                for row in range(2, 4_003)]
    report = ImportReport("migration.xlsx", 1, outcomes,
                          sheets=[SheetRead("Sessions", 1, 4_000), SheetRead("Late adds", 1, 1)])
    lines = summary_table(write_report(report, tmp_path / "r.xlsx"))
    assert lines[:2] == [("Spreadsheet", "migration.xlsx", "General"),
                         ("Sheets read", "Sessions (4,000 rows), Late adds (1 row)", "General")]
