"""Cross-row checks at their edges: how many rows and columns a message names before it
counts the rest."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from importer.validate import validate_file
from tests.test_validate import CLASSIC, write_csv

DAY = "5/11/2027"
SHARE = "(ignore this if the sessions really share the room)."


def messages(path: Path) -> list[tuple[Any, ...]]:
    report = validate_file(path, timezone="UTC")
    return [(i.row, i.code, i.message) for i in report.issues]


def test_twelve_sessions_in_one_room_name_ten_and_count_the_eleventh(tmp_path: Path) -> None:
    """Each overlaps eleven others: ten are named, the one left is counted, not dropped."""
    rows = [[f"S{n}", f"Poster {n}", DAY, "9:00 AM", "10:00 AM", "Hall", "", ""]
            for n in range(12)]
    found = messages(write_csv(tmp_path, ["Session ID", *CLASSIC], rows))
    assert len(found) == 12
    assert found[0] == (2, "room-overlap", "Row 2: overlaps rows 3, 4, 5, 6, 7, 8, 9, 10, 11, "
                        f"12 and 1 more in 'Hall'; check the times and rooms {SHARE}")


def test_an_id_on_twelve_rows_names_ten_others_and_counts_the_eleventh(tmp_path: Path) -> None:
    rows = [["T1", f"Talk {n}", DAY, f"{n + 1}:00 PM", f"{n + 1}:30 PM", f"Room {n}", "", ""]
            for n in range(12)]
    found = messages(write_csv(tmp_path, ["Session ID", *CLASSIC], rows))
    assert [(row, code) for row, code, _ in found] == [
        (row, "duplicate-import-id") for row in range(2, 14)]
    assert found[0][2] == (
        "Row 2: import id 'sheet:T1' is also used by rows 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 "
        "and 1 more; the rows differ in 'Session Title' ('Talk 0' / 'Talk 1' / 'Talk 2' and "
        "9 more), 'Time Start' ('1:00 PM' / '2:00 PM' / '3:00 PM' and 9 more), 'Time End' "
        "('1:30 PM' / '2:30 PM' / '3:30 PM' and 9 more) and 1 more column: if they are one "
        "session, make them agree; if not, give each session its own 'Session ID'.")

