"""Sheets and settings that the newest readings must not misread."""

from __future__ import annotations

import csv
from pathlib import Path

from importer.validate import validate_file

MAPPING = """name = "society"
fill_down = ["date"]
[fields.name]
column = "title"
[fields.start]
column = "date"
[fields.end]
column = "date"
[fields.schedule_tracks]
column = "type"
"""


def test_sessions_of_the_kind_section_under_a_filled_down_date_are_sent(
        tmp_path: Path) -> None:
    """A society's section meetings ('Section' in its Type column, as a course's discussion
    sections are) on the rows under their day's date hold two cells each: they are sessions,
    not headings, and all are sent."""
    rows = [["date", "title", "type"],
            ["2026-05-11", "Opening plenary", "Plenary"],
            ["", "Section meeting: Geology", "Section"],
            ["", "Section meeting: Botany", "Section"],
            ["", "Poster session", "Poster"],
            ["2026-05-12", "Keynote", "Plenary"],
            ["", "Section meeting: Zoology", "Section"],
            ["", "Closing", "Plenary"]]
    sheet = tmp_path / "society.csv"
    with sheet.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    mapping = tmp_path / "society.toml"
    mapping.write_text(MAPPING, encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert [(i.row, i.code) for i in report.issues if i.row is not None] == []
    assert [(r.row, r.name) for r in report.rows if r.payload is not None] == [
        (2, "Opening plenary"), (3, "Section meeting: Geology"), (4, "Section meeting: Botany"),
        (5, "Poster session"), (6, "Keynote"), (7, "Section meeting: Zoology"), (8, "Closing")]


def test_a_mistyped_end_time_among_times_is_not_told_to_be_a_length(tmp_path: Path) -> None:
    """'12h70' in an end column of '10h00' and '11h30' is an end time mistyped, not a
    running time: the fix is in the cell, not a duration_column."""
    sheet = tmp_path / "days.csv"
    with sheet.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([
            ["date", "start", "end", "title"],
            ["2026-05-11", "9h00", "10h00", "Opening"],
            ["2026-05-11", "10h00", "11h30", "Talk A"],
            ["2026-05-11", "11h30", "12h70", "Talk B"]])
    mapping = tmp_path / "days.toml"
    mapping.write_text('name = "days"\n[fields.name]\ncolumn = "title"\n[fields.start]\n'
                       'date_column = "date"\ntime_column = "start"\n[fields.end]\n'
                       'time_column = "end"\n', encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    [issue] = [i for i in report.issues if i.row is not None]
    assert (issue.row, issue.column, issue.code) == (4, "end", "bad-time")
    assert "duration_column" not in issue.message
    assert issue.message.startswith("Row 4: 'end' has '12h70', which is not ")
