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
