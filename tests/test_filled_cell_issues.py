"""An issue on a cell that fill_down filled says which row its value came from."""

from __future__ import annotations

import csv
from pathlib import Path

from importer.validate import validate_file

MAPPING = """name = "fd"
fill_down = ["Date"]
[fields.import_id]
column = "ID"
[fields.name]
column = "Title"
[fields.start]
date_column = "Date"
time_column = "Start"
[fields.end]
time_column = "End"
[fields.locations]
column = "Room"
"""


def test_a_bad_date_filled_down_names_the_row_it_was_typed_on(tmp_path: Path) -> None:
    """Rows 3 and 4 have no date of their own: the message says where '5/32/2027' is, so
    the planner does not look for it on those rows. Row 6 typed its own."""
    mapping = tmp_path / "fd.toml"
    mapping.write_text(MAPPING, encoding="utf-8")
    path = tmp_path / "s.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([
            ["ID", "Title", "Date", "Start", "End", "Room"],
            ["A", "One", "5/32/2027", "9:00", "10:00", "Hall"],
            ["B", "Two", "", "11:00", "12:00", "Hall"],
            ["C", "Three", "", "13:00", "14:00", "Hall"],
            ["D", "Four", "5/12/2027", "9:00", "10:00", "Hall"],
            ["E", "Five", "5/33/2027", "11:00", "12:00", "Hall"],
        ])
    report = validate_file(path, mapping=mapping, timezone="UTC")
    fix = "which is not a date: write the date like 5/11/2027 (May 11) or 2027-05-11."
    assert [(i.row, i.column, i.value, i.code, i.message) for i in report.issues] == [
        (2, "Date", "5/32/2027", "bad-date", f"Row 2: 'Date' has '5/32/2027', {fix}"),
        (3, "Date", "5/32/2027", "bad-date",
         f"Row 3: 'Date' (filled down from row 2) has '5/32/2027', {fix}"),
        (4, "Date", "5/32/2027", "bad-date",
         f"Row 4: 'Date' (filled down from row 2) has '5/32/2027', {fix}"),
        (6, "Date", "5/33/2027", "bad-date", f"Row 6: 'Date' has '5/33/2027', {fix}"),
    ]
