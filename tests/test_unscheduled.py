"""skip_unscheduled beside the other rows that are no session: headings, and a row moved."""

from __future__ import annotations

from pathlib import Path

from importer.validate import validate_file
from tests.test_validate import CLASSIC, unscheduled_mapping, write_csv


def test_unscheduled_rows_beside_a_heading_and_a_rescheduled_copy(tmp_path: Path) -> None:
    """A heading row has no start either: it stays a heading. A talk copied into its slot
    below the row left without one shares its id with a row that is no session: no
    duplicate, and the copy is sent."""
    path = write_csv(tmp_path, ["Session ID", *CLASSIC], [
        ["S1", "Keynote", "5/11/2027", "9:00 AM", "10:00 AM", "Hall", "", ""],
        ["", "Afternoon", "", "", "", "", "", ""],
        ["S2", "Moved talk", "", "", "", "Room 2", "", ""],
        ["S2", "Moved talk", "5/11/2027", "11:00 AM", "12:00 PM", "Room 2", "", ""],
    ])
    report = validate_file(path, mapping=unscheduled_mapping(tmp_path), timezone="UTC")
    assert [(i.row, i.column, i.code, i.severity) for i in report.issues] == [
        (3, "Session Title", "section-heading", "warning"),
        (4, "Date", "unscheduled", "warning"),
    ]
    assert ([(row.row, row.import_id) for row in report.rows],
            [row["status"] for row in report.to_json()["rows"]]) == (
        [(2, "sheet:S1"), (3, None), (4, "sheet:S2"), (5, "sheet:S2")],
        ["ok", "skipped", "skipped", "ok"])
