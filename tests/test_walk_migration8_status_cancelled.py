"""A call-for-papers export re-exported after a talk was cancelled: the mapping was drafted
from the first export, where every state was 'confirmed', so it has no leave_out, and the
new export keeps the cancelled talk's row with its 'Proposal state' and no slot."""

from __future__ import annotations

import csv
from pathlib import Path

from importer.validate import validate_file

HEAD = ["ID", "Proposal title", "Proposal state", "Room", "Start", "End"]
ROWS = [
    ["ENWBC8", "Async deep dive", "confirmed", "Room A (120)",
     "2027-06-10T09:00:00+02:00", "2027-06-10T09:45:00+02:00"],
    ["PFPD8C", "Packaging deep dive", "canceled", "", "", ""],
    ["KQDKST", "Typing deep dive", "withdrawn", "Room B (80)",
     "2027-06-10T10:00:00+02:00", "2027-06-10T10:45:00+02:00"],
]
MAPPING = """name = "pretalx"
[fields.import_id]
column = "ID"
[fields.name]
column = "Proposal title"
[fields.start]
column = "Start"
[fields.end]
column = "End"
[fields.locations]
column = "Room"
"""
LEAVE_OUT = ("add leave_out to the mapping ([leave_out] with column = 'Proposal state' and "
             "values = [{state!r}]: rows so marked are left out) or delete the row")


def said_out(row: int, state: str) -> str:
    return (f"Row {row}: 'Proposal state' has {state!r}, which says the session will not "
            "take place, yet the mapping reads nothing from that column, so the row is read as "
            "a session that takes place; to leave it out, "
            f"{LEAVE_OUT.format(state=state)} (and run with --prune to take it out of the "
            "app).")


def issues(tmp_path: Path, mapping_text: str = MAPPING,
           ) -> list[tuple[int | None, str | None, object, str, str]]:
    sheet = tmp_path / "schedule.csv"
    with sheet.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([HEAD, *ROWS])
    mapping = tmp_path / "pretalx.toml"
    mapping.write_text(mapping_text, encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="Europe/Vienna")
    return [(i.row, i.column, i.value, i.code, i.message) for i in report.issues]


def test_a_row_whose_unread_status_says_cancelled_is_told_how_to_leave_it_out(
        tmp_path: Path) -> None:
    said = issues(tmp_path)
    assert said == [
        (3, "Start", None, "missing-required",
         "Row 3: 'Start' is empty; every session needs a date and time. Fill it in."),
        (3, "Proposal state", "canceled", "cancelled-title", said_out(3, "canceled")),
        (4, "Proposal state", "withdrawn", "cancelled-title", said_out(4, "withdrawn")),
    ]


def test_with_leave_out_on_the_status_those_rows_are_left_out_unwarned(
        tmp_path: Path) -> None:
    leave_out = 'leave_out = { column = "Proposal state", values = ["canceled", "withdrawn"] }\n'
    codes = [(row, code) for row, _, _, code, _ in issues(tmp_path, leave_out + MAPPING)]
    assert codes == [(3, "left-out"), (4, "left-out")]
