"""Sheet-layout checks that depend on where the table came from: cells past a workbook's
last header are data under no header (a warning), never a CSV's unquoted delimiter."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from importer.validate import validate_file
from tests.test_validate import CLASSIC, assert_one_untitled_column_h


def test_workbook_cells_past_the_last_header_are_one_warning_not_row_errors(
        tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(CLASSIC)
    sheet.append(["Talk", "5/11/2027", "9:00 AM", "10:00 AM", "Hall", None, "Plain", "note"])
    sheet.append(["Panel", "5/11/2027", "10:00 AM", "11:00 AM", "Hall", None, "About data"])
    workbook.save(tmp_path / "s.xlsx")
    assert_one_untitled_column_h(validate_file(tmp_path / "s.xlsx", timezone="UTC"))
