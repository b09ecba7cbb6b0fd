"""An old system's export of a long programme, its 'Id' column written twice by a slip on
one row: the draft kept the id column, and validate names the two rows."""

from __future__ import annotations

from pathlib import Path

from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_draft import drafted, write_csv

HEADER = ["Id", "Title", "Start", "End", "Room"]


def _talks(count: int) -> list[list[str]]:
    return [[f"S{n:03d}", f"Talk {n}", f"2027-09-13 {8 + n // 12:02d}:{n % 12 * 5:02d}",
             f"2027-09-13 {8 + n // 12:02d}:{n % 12 * 5 + 4:02d}", "Hall A"]
            for n in range(1, count + 1)]


def test_one_id_written_twice_in_a_long_export_is_still_drafted_as_the_id(
        tmp_path: Path) -> None:
    """It was left out, every session's id derived from its title, start and room, while
    validate's derived-import-id warning then advised reading 'Id' all the same."""
    rows = _talks(120)
    rows[19][0] = "S005"  # row 21 of the sheet repeats row 6's id
    sheet = write_csv(tmp_path / "export.csv", [HEADER, *rows])
    draft = draft_mapping(sheet)
    mapping, tables = drafted(tmp_path, sheet)
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert (tables["import_id"], [line for line in draft.text.splitlines() if "'S005'" in line],
            [(i.row, i.code) for i in report.issues]) == (
        {"column": '"Id"'},
        ["# 'S005' is on rows 6 and 21, which differ in 'Title': validate refuses them as "
         "duplicate-import-id until each session has its own id"],
        [(6, "duplicate-import-id"), (21, "duplicate-import-id")])


def test_an_id_column_shared_by_more_than_one_row_in_a_hundred_is_not_drafted(
        tmp_path: Path) -> None:
    rows = _talks(120)
    rows[19][0] = rows[39][0] = "S005"
    sheet = write_csv(tmp_path / "export.csv", [HEADER, *rows])
    draft = draft_mapping(sheet)
    assert ("import_id" in drafted(tmp_path, sheet)[1],
            [line for line in draft.text.splitlines() if "'S005'" in line]) == (
        False, ["# 'Id' is not drafted as the id: 'S005' is on rows 6 and 21, which differ in "
                "'Title', so it does not name one session"])
