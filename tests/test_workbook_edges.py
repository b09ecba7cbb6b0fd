"""Workbook cells at the edges of the table calamine gives: merged blocks and formulas above,
left or right of the values, a wide sheet's sparse column, a cell holding only a non-breaking
space, merges placed past repeated cells, and an error cell's mark cut by a piece border."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import openpyxl
import pytest

from importer import _formula_errors
from importer._formula_errors import mentions
from importer.convert import UncomputedFormula
from importer.load import load_sheet
from tests.test_load import ods_cell, records, write_ods


def test_empty_merged_blocks_above_and_below_the_values_change_no_cell(tmp_path: Path) -> None:
    """A logo area merged over A1:A3, empty, while the title sits in B2 (calamine's rows
    start at row 2, inside the block), and a footer area merged below the last row."""
    path = tmp_path / "s.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.merge_cells("A1:A3")
    sheet["B2"] = "Programme"
    for number, row in enumerate((["Session Title", "Date", "Room"],
                                  ["Keynote", dt.date(2027, 5, 11), "Hall"],
                                  ["Close", dt.date(2027, 5, 11), "Hall B"]), start=4):
        for column, value in enumerate(row, start=1):
            sheet.cell(number, column, value)
    sheet.merge_cells("B9:C11")
    workbook.save(path)
    loaded = load_sheet(path, expected_columns=["Session Title", "Date"])
    assert (loaded.header_row, loaded.columns) == (4, ["Session Title", "Date", "Room"])
    assert records(loaded) == {5: ["Keynote", dt.date(2027, 5, 11), "Hall"],
                               6: ["Close", dt.date(2027, 5, 11), "Hall B"]}


def test_an_empty_merged_block_left_of_the_first_value_changes_no_cell(tmp_path: Path) -> None:
    path = tmp_path / "s.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet["B1"], sheet["C1"] = "Session Title", "Room"
    sheet["B2"], sheet["C2"] = "Keynote", "Hall"
    sheet["B3"], sheet["C3"] = "Close", "Hall B"
    sheet.merge_cells("A2:A3")
    workbook.save(path)
    assert records(load_sheet(path)) == {2: ["Keynote", "Hall"], 3: ["Close", "Hall B"]}


def test_a_formula_left_of_the_first_value_changes_no_cell(tmp_path: Path) -> None:
    """A formula without a saved result (a program wrote it) is no value to calamine, so
    column A is not part of its rows; the formula has no header over it either."""
    path = tmp_path / "s.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet["B1"], sheet["C1"] = "Session Title", "Room"
    sheet["B2"], sheet["C2"] = "Keynote", "Hall"
    sheet["A2"] = "=ROW()"
    workbook.save(path)
    loaded = load_sheet(path)
    assert (loaded.columns, records(loaded)) == (["Session Title", "Room"],
                                                 {2: ["Keynote", "Hall"]})
    assert not any(isinstance(v, UncomputedFormula) for v in records(loaded)[2])


def test_a_formula_right_of_the_last_value_is_read_under_no_header(tmp_path: Path) -> None:
    path = tmp_path / "s.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Session Title", "Room"])
    sheet.append(["Keynote", "Hall", "=B2"])
    workbook.save(path)
    loaded = load_sheet(path)
    assert (loaded.columns, records(loaded)) == (
        ["Session Title", "Room", "Column C"], {2: ["Keynote", "Hall", UncomputedFormula("B2")]})


def test_a_wide_sheet_keeps_a_column_only_one_sparse_row_fills(tmp_path: Path) -> None:
    """Past 100 columns, blank ones are left out of the grid; a note typed alone on its
    row, far right, is still read."""
    path = tmp_path / "s.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Session Title", "Date", "Room"])
    sheet.append(["Keynote", "5/11/2027", "Hall"])
    sheet["DA3"] = "see Ada"
    sheet["A4"], sheet["B4"], sheet["C4"] = "Close", "5/11/2027", "Hall"
    workbook.save(path)
    loaded = load_sheet(path, expected_columns=["Session Title", "Date", "Room"])
    assert records(loaded) == {2: ["Keynote", "5/11/2027", "Hall", None],
                               3: [None, None, None, "see Ada"],
                               4: ["Close", "5/11/2027", "Hall", None]}
    assert loaded.letters["Column DA"] == "DA"


def test_a_cell_holding_only_a_non_breaking_space_is_blank(tmp_path: Path) -> None:
    """Text pasted from a web page leaves a non-breaking space in a cell that looks empty:
    it is no value, and a first sheet holding only such cells is no programme."""
    path = tmp_path / "s.xlsx"
    workbook = openpyxl.Workbook()
    cover = workbook.active
    cover.title = "Cover"
    cover["B2"] = "\u00a0"
    sessions = workbook.create_sheet("Sessions")
    sessions.append(["Session Title", "Room"])
    sessions.append(["Keynote", "\u00a0"])
    workbook.save(path)
    loaded = load_sheet(path)
    assert (loaded.sheet_name, records(loaded)) == ("Sessions", {2: ["Keynote", None]})
    assert loaded.cells_per_row.tolist() == [1]


def test_ods_cells_merged_down_placed_past_repeated_and_covered_cells(
        tmp_path: Path) -> None:
    """LibreOffice writes blank columns A and B as one cell repeated twice, two like rows as
    one repeated, and a cell a merge covers as a covered cell: each counts for its columns
    and rows when a later merge is placed."""
    def spanning(text: str) -> str:
        return ods_cell(text).replace(
            "<table:table-cell ", '<table:table-cell table:number-rows-spanned="2" ', 1)
    covered, blanks = "<table:covered-table-cell/>", ods_cell(repeat=2)
    path = write_ods(tmp_path / "s.ods", [
        (1, [blanks, ods_cell("Session Title"), ods_cell("Date"), ods_cell("Room")]),
        (2, [blanks, ods_cell("TBA"), ods_cell("2027-05-10"), ods_cell("Lobby")]),
        (1, [blanks, ods_cell("Keynote"), spanning("2027-05-11"), ods_cell("Hall")]),
        (1, [blanks, ods_cell("Talk"), covered, spanning("Hall B")]),
        (1, [blanks, ods_cell("Close"), ods_cell("2027-05-12"), covered]),
    ])
    assert records(load_sheet(path, "Sessions")) == {
        2: ["TBA", "2027-05-10", "Lobby"], 3: ["TBA", "2027-05-10", "Lobby"],
        4: ["Keynote", "2027-05-11", "Hall"], 5: ["Talk", "2027-05-11", "Hall B"],
        6: ["Close", "2027-05-12", "Hall B"]}


def test_an_error_cells_mark_cut_by_a_piece_border_is_found(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A sheet is scanned in pieces (1 MB); the only error cell's t="e" may straddle two."""
    monkeypatch.setattr(_formula_errors, "CHUNK", 100)
    xml = b" " * 98 + b't="e"' + b" " * 200
    path = tmp_path / "s.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("xl/worksheets/sheet1.xml", xml)
    with zipfile.ZipFile(path) as archive:
        assert mentions(archive, "xl/worksheets/sheet1.xml", (b't="e"', b"</f></c>"))
        assert not mentions(archive, "xl/worksheets/sheet1.xml", (b"</f></c>",))
