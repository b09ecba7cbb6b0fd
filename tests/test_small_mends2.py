"""Small mends: ..."""

from __future__ import annotations

from pathlib import Path

from importer.validate import validate_file


def test_two_columns_headed_alike_quote_their_differing_cells_without_padding(
        tmp_path: Path) -> None:
    sheet = tmp_path / "talks.csv"
    sheet.write_text("Session Title,Date,Time Start,Time End,Room/Location,  Room/Location \n"
                     "Talk,5/11/2027,9:00,10:00,  Hall A ,Hall B  \n", encoding="utf-8")
    report = validate_file(sheet, timezone="UTC")
    assert [(i.column, i.code, i.message) for i in report.issues
            if i.code == "repeated-column"] == [
        ("Room/Location", "repeated-column",
         "Two columns are headed 'Room/Location': 'Room/Location' (column E) and "
         "'Room/Location (2)' (column F), and they differ (row 2: 'Hall A' against 'Hall B'). "
         "The mapping reads the first; rename or delete the one that is not meant.")]
