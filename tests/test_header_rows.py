"""How many rows a sheet's header takes, as plans and run summaries give it for each sheet
read (`sheets_read`), one sheet read alone included."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook

from importer.validate import SheetRead, validate_file


def test_a_sheet_read_alone_says_its_header_takes_two_rows(tmp_path: Path) -> None:
    """'Time' merged over 'Start' and 'End' on the row below: the header is rows 1-2."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Day 1"
    sheet.append(["Session Title", "Date", "Time", None, "Room/Location"])
    sheet.append([None, None, "Start", "End", None])
    sheet.merge_cells("C1:D1")
    sheet.append(["Keynote", dt.date(2027, 5, 11), dt.time(9), dt.time(10), "Hall"])
    sheet.append(["Panel", dt.date(2027, 5, 11), dt.time(11), dt.time(12), "Hall"])
    workbook.save(tmp_path / "two.xlsx")
    report = validate_file(tmp_path / "two.xlsx", timezone="UTC")
    assert [(i.row, i.code) for i in report.issues if i.row] == []
    assert report.sheets_read() == [SheetRead("Day 1", 1, 2, 2)]
    assert [sheet.to_dict() for sheet in report.sheets_read()] == [
        {"name": "Day 1", "header_row": 1, "header_rows": 2, "rows_read": 2}]
