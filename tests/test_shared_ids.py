"""Rows sharing an import id: what the duplicate-import-id error names, and a session listed
once per presenter."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from importer.validate import validate_file

CLASSIC = ["Session ID", "Session Title", "Date", "Time Start", "Time End", "Room/Location",
           "Schedule Track (Optional)", "Description (Optional)"]


def write_csv(tmp_path: Path, header: list[str], rows: list[list[Any]], name: str = "s.csv"
              ) -> Path:
    path = tmp_path / name
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def messages(path: Path, **options: Any) -> list[tuple[Any, ...]]:
    report = validate_file(path, timezone="UTC", **options)
    return [(i.row, i.column, i.code, i.message) for i in report.issues]


def test_a_shared_id_names_the_columns_the_rows_differ_in_and_both_fixes(
        tmp_path: Path) -> None:
    """Two rows of one session typed with different rooms, and three of a pasted id whose
    titles, times and tracks differ (a blank among them): each message says which columns
    differ and how, so the planner can tell one session from several."""
    session = ["S12", "Panel", "5/11/2027", "9:00 AM", "10:00 AM"]
    path = write_csv(tmp_path, CLASSIC, [
        [*session, "Hall A", "", ""],
        [*session, "Hall B", "", ""],
        ["T1", "Talk 1", "5/11/2027", "11:00 AM", "11:30 AM", "Room 2", "Data", ""],
        ["T1", "Talk 2", "5/11/2027", "12:00 PM", "12:30 PM", "Room 2", "", ""],
        ["T1", "Talk 3", "5/11/2027", "1:00 PM", "1:30 PM", "Room 2", "Web", "x"],
        ["T1", "Talk 4", "5/11/2027", "2:00 PM", "2:30 PM", "Room 2", "Web", ""],
    ])
    rooms = ("the rows differ in 'Room/Location' ('Hall A' / 'Hall B'): if they are one "
             "session, make them agree; if not, give each session its own 'Session ID'.")
    talks = ("the rows differ in 'Session Title' ('Talk 1' / 'Talk 2' / 'Talk 3' and 1 more), "
             "'Time Start' ('11:00 AM' / '12:00 PM' / '1:00 PM' and 1 more), 'Time End' "
             "('11:30 AM' / '12:30 PM' / '1:30 PM' and 1 more) and 2 more columns: if they are "
             "one session, make them agree; if not, give each session its own 'Session ID'.")
    assert messages(path) == [
        (2, "Session ID", "duplicate-import-id",
         f"Row 2: import id 'sheet:S12' is also used by row 3; {rooms}"),
        (3, "Session ID", "duplicate-import-id",
         f"Row 3: import id 'sheet:S12' is also used by row 2; {rooms}"),
        (4, "Session ID", "duplicate-import-id",
         f"Row 4: import id 'sheet:T1' is also used by rows 5, 6, 7; {talks}"),
        (5, "Session ID", "duplicate-import-id",
         f"Row 5: import id 'sheet:T1' is also used by rows 4, 6, 7; {talks}"),
        (6, "Session ID", "duplicate-import-id",
         f"Row 6: import id 'sheet:T1' is also used by rows 4, 5, 7; {talks}"),
        (7, "Session ID", "duplicate-import-id",
         f"Row 7: import id 'sheet:T1' is also used by rows 4, 5, 6; {talks}"),
    ]


def test_rows_with_one_derived_id_name_the_columns_they_differ_in(tmp_path: Path) -> None:
    """Without an id column, rows with the same title, start and room share a derived id: the
    columns they differ in say whether to make them agree or retitle one."""
    row = ["", "Keynote", "5/11/2027", "9:00 AM", "10:00 AM", "Hall", "Main", ""]
    path = write_csv(tmp_path, CLASSIC, [row, [*row[:4], "11:00 AM", "Hall", "", ""]])
    import_id = validate_file(path, timezone="UTC").rows[0].import_id
    same = ("they have the same title, start time and first room but differ in 'Time End' "
            "('10:00 AM' / '11:00 AM'), 'Schedule Track (Optional)' ('Main' / blank): if they "
            "are one session, make them agree; if not, give them different titles.")
    assert messages(path)[1:] == [
        (2, None, "duplicate-import-id",
         f"Row 2: import id {import_id!r} is also used by row 3; {same}"),
        (3, None, "duplicate-import-id",
         f"Row 3: import id {import_id!r} is also used by row 2; {same}"),
    ]
