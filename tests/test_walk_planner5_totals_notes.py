"""A planner's day tabs, each ending with a totals row and a note of one cell under it
('Notes: rooms subject to change'): the totals row is still the sheet's totals."""

from __future__ import annotations

from pathlib import Path

from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_load import write_xlsx

HEADER = ["Time", "Session", "Room"]
MAPPING = """\
name = "days"
[fields.name]
column = "Session"
[fields.start]
time_column = "Time"
date_from_sheet_name = true
year = 2026
[fields.end]
time_column = "Time"
[fields.locations]
column = "Room"
"""


def _tab(*talks: list[object]) -> list[list[object]]:
    return [HEADER, *talks, ["Total", len(talks)], ["Notes: rooms subject to change"]]


def _workbook(tmp_path: Path) -> Path:
    return write_xlsx(tmp_path / "days.xlsx", {
        "Mon 11 May": _tab(["9:00 - 10:30", "Opening", "Main Hall"],
                           ["10:45 - 11:30", "Budgets", "Room B"],
                           ["13:00 - 14:00", "Showcase", "Main Hall"]),
        "Tue 12 May": _tab(["9:00 - 10:00", "Keynote", "Main Hall"],
                           ["10:15 - 11:00", "Volunteers", "Room A"])})


def test_a_totals_row_above_a_note_is_skipped_as_the_totals(tmp_path: Path) -> None:
    """It was a bad-time error on 'Total', stopping the import of every tab."""
    mapping = tmp_path / "days.toml"
    mapping.write_text(MAPPING, encoding="utf-8")
    report = validate_file(_workbook(tmp_path), mapping=mapping, sheet="all")
    assert [(i.row, i.sheet, i.code) for i in report.issues if i.row] == [
        (5, "Mon 11 May", "totals-row"), (4, "Tue 12 May", "totals-row")]
    assert [row.payload.name for row in report.rows if row.payload] == [
        "Opening", "Budgets", "Showcase", "Keynote", "Volunteers"]
    assert report.ok


def test_the_draft_reads_the_times_above_the_totals_and_the_note(tmp_path: Path) -> None:
    """'Total' and the note in the times column of a short tab made it no column of times:
    the draft asked for the start and the end, naming 'Time' among the columns nothing read."""
    draft = draft_mapping(_workbook(tmp_path))
    assert draft.chosen == {"name": "Session", "start": "Time", "locations": "Room"}
    assert 'time_column = "Time"\ndate_from_sheet_name = true' in draft.text
