"""Where the loader finds the header, and what it says when told a row that holds none:
a long instruction block, a header matching one expected name, a blank header name, a
workbook with no all-text row, and a footer row as wide as the header."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.errors import InputError
from importer.load import load_sheet
from tests.test_load import records, write_bytes, write_xlsx


def test_a_header_under_a_long_instruction_block_is_found(tmp_path: Path) -> None:
    text = (
        "Spring Summit 2027 - Programme\n"
        "How to fill in this sheet:\n"
        "1. One row per session\n"
        "2. Dates as month/day/year\n"
        "3. Times with AM or PM\n"
        "4. Leave the room blank if it is not known yet\n"
        "\n"
        "Session Title,Date,Room\n"
        "Keynote,5/11/2027,Hall A\n"
    )
    sheet = load_sheet(write_bytes(tmp_path, "s.csv", text.encode()),
                       expected_columns=["Session Title", "Date", "Room"])
    assert (sheet.header_row, sheet.columns) == (8, ["Session Title", "Date", "Room"])
    assert records(sheet) == {9: ["Keynote", "5/11/2027", "Hall A"]}


def test_one_expected_name_is_enough_to_pick_the_header_over_a_wider_row(
        tmp_path: Path) -> None:
    text = "Required,Optional,Optional\nSession Title,Speaker,Notes\nKeynote,Ada,Bring a badge\n"
    sheet = load_sheet(write_bytes(tmp_path, "s.csv", text.encode()),
                       expected_columns=["Session Title", "Date"])
    assert (sheet.header_row, sheet.columns) == (2, ["Session Title", "Speaker", "Notes"])
    assert records(sheet) == {3: ["Keynote", "Ada", "Bring a badge"]}


def test_a_header_with_one_blank_name_is_still_found_by_its_shape(tmp_path: Path) -> None:
    """No expected names: the first all-text row three quarters as wide as the widest."""
    text = "Programme\nSession Title,Room,,Speaker\nKeynote,Hall A,x,Ada\nClose,Hall B,y,Bo\n"
    sheet = load_sheet(write_bytes(tmp_path, "s.csv", text.encode()))
    assert (sheet.header_row, sheet.columns) == (2, ["Session Title", "Room", "Column C",
                                                     "Speaker"])
    assert records(sheet) == {3: ["Keynote", "Hall A", "x", "Ada"],
                              4: ["Close", "Hall B", "y", "Bo"]}


def test_without_an_all_text_row_the_first_row_is_the_header(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "s.xlsx", {"Sessions": [
        ["Session Title", "Room", 2027], ["Keynote", "Hall A", 1], ["Close", "Hall B", 2]]})
    sheet = load_sheet(path)
    assert (sheet.header_row, sheet.columns) == (1, ["Session Title", "Room", "2027"])
    assert records(sheet) == {2: ["Keynote", "Hall A", 1], 3: ["Close", "Hall B", 2]}


def test_a_narrow_header_is_found_before_a_footer_row_as_wide(tmp_path: Path) -> None:
    """No all-text row is as wide as the data (two columns of numbers have no header): the
    widest all-text row is the header, the first of them when a footer is as wide."""
    path = write_xlsx(tmp_path / "s.xlsx", {"Sessions": [
        ["Session Title", "Room"],
        ["Keynote", "Hall A", 200, 1],
        ["Close", "Hall B", 150, 2],
        ["Total", "2 sessions"],
    ]})
    sheet = load_sheet(path)
    assert (sheet.header_row, sheet.columns) == (1, ["Session Title", "Room", "Column C",
                                                     "Column D"])


def test_a_header_row_given_on_a_blank_row_names_the_last_filled_row(tmp_path: Path) -> None:
    text = "Title,Room\n,\nA,Hall\nB,Hall 2\n,\n,\n"
    path = write_bytes(tmp_path, "s.csv", text.encode())
    with pytest.raises(InputError) as caught:
        load_sheet(path, header_row=2)
    assert str(caught.value) == (
        f"{path}: row 2 holds no header (it is blank or past the last row, 4); give the row "
        "number where the column names are, as Excel shows it.")
