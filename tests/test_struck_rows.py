"""A planner strikes a cancelled session's title through and keeps the row: the strike is a
font, which no field reads, so the session is sent; each such row is warned of. A style
that turns the strike off, a struck cell left empty, or two tabs read as one, are told
apart."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from importer.validate import validate_file
from tests.test_validate import CLASSIC

MESSAGE = ("the row has text struck through, as a cancelled session's often is, yet it is "
           "imported like every other row (formatting is not read); if the session is "
           "cancelled, delete the row (and run with --prune to take it out of the app).")
ROWS = [["S-1", "Keynote", "5/11/2027", "9:00 AM", "10:00 AM", "Hall", "", ""],
        ["S-2", "Vendor panel", "5/11/2027", "10:00 AM", "11:00 AM", "Hall", "", ""],
        ["S-3", "Workshop", "5/11/2027", "11:00 AM", "12:00 PM", "Hall", "", ""]]


def _workbook(tmp_path: Path, tabs: dict[str, list[list[str]]]) -> Workbook:
    workbook = Workbook()
    workbook.remove(workbook.active)
    for name, rows in tabs.items():
        sheet = workbook.create_sheet(name)
        sheet.append(["Programme 2027"])
        sheet.append(["Session ID", *CLASSIC])
        for row in rows:
            sheet.append(row)
    return workbook


def _warnings(tmp_path: Path, workbook: Workbook,
              sheet: list[str] | None = None) -> list[tuple[object, ...]]:
    workbook.save(tmp_path / "s.xlsx")
    report = validate_file(tmp_path / "s.xlsx", timezone="UTC", sheet=sheet)
    return [(i.row, i.sheet, i.code, i.message) for i in report.issues]


def test_a_struck_title_is_sent_with_a_warning_naming_its_row(tmp_path: Path) -> None:
    workbook = _workbook(tmp_path, {"Programme": ROWS})
    sheet = workbook["Programme"]
    sheet["B4"].font = Font(strike=True)  # 'Vendor panel'
    sheet["B5"].font = Font(strike=False, bold=True)  # a style without the strike
    sheet["H3"].font = Font(strike=True)  # an empty cell struck through shows nothing
    assert _warnings(tmp_path, workbook) == [
        (4, None, "struck-row", f"Row 4: {MESSAGE}")]


def test_struck_rows_are_found_on_each_tab_read_as_one(tmp_path: Path) -> None:
    workbook = _workbook(tmp_path, {"Day 1": ROWS[:2], "Day 2": ROWS[2:]})
    workbook["Day 2"]["B3"].font = Font(strike=True)
    assert _warnings(tmp_path, workbook, sheet=["Day 1", "Day 2"]) == [
        (3, "Day 2", "struck-row", f"Row 3 of sheet 'Day 2': {MESSAGE}")]


def test_a_workbook_without_a_strike_is_not_looked_into(tmp_path: Path) -> None:
    assert _warnings(tmp_path, _workbook(tmp_path, {"Programme": ROWS})) == []
