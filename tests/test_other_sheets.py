"""The sheets of a workbook: naming one, which others look like the one read (a day's tab,
one edited, or a lookup tab sharing a column), and how sheets read as one keep their columns
apart."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.errors import InputError
from importer.load import load_sheet, load_sheets
from tests.test_load import write_xlsx

HEADER = ["Session Title", "Date", "Time Start", "Room"]


def test_a_days_tab_without_a_column_no_field_reads_is_still_alike(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "days.xlsx", {
        "Day 1": [[*HEADER, "Internal notes"], ["Keynote", "5/11/2027", "9:00 AM", "Hall", "AV"]],
        "Day 2": [HEADER, ["Talk", "5/12/2027", "9:00 AM", "Hall"]],
    })
    sheet = load_sheet(path, expected_columns=HEADER)
    assert (sheet.sheet_name, sheet.similar_sheets, sheet.near_sheets) == ("Day 1", ["Day 2"], {})


def test_a_lookup_tab_sharing_one_column_is_no_days_tab(tmp_path: Path) -> None:
    """A Speakers tab lists each session's title: one column in common is no sign of a day's
    sessions, whether the header read holds one expected column or two."""
    path = write_xlsx(tmp_path / "book.xlsx", {
        "Sessions": [["Session Title", "When", "Where"], ["Keynote", "9:00", "Hall"]],
        "Speakers": [["Speaker", "Session Title"], ["Ada", "Keynote"]],
    })
    sheet = load_sheet(path, expected_columns=HEADER)
    assert (sheet.similar_sheets, sheet.near_sheets) == ([], {})
    path = write_xlsx(tmp_path / "rooms.xlsx", {
        "Sessions": [["Session Title", "Room"], ["Keynote", "Hall"]],
        "Rooms": [["Room", "Seats"], ["Hall", 300]],
    })
    sheet = load_sheets(path, ["all"], expected_columns=HEADER)
    assert (sheet.sheet_name, sheet.parts, sheet.near_sheets) == ("Sessions", [], {})


def test_a_days_tab_with_half_the_columns_is_near(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "days.xlsx", {
        "Day 1": [HEADER, ["Keynote", "5/11/2027", "9:00 AM", "Hall"]],
        "Day 2": [["Session Title", "Date", "Start", "Location"],
                  ["Talk", "5/12/2027", "9:00 AM", "Hall"]],
    })
    assert load_sheet(path, expected_columns=HEADER).near_sheets == {"Day 2": "Time Start"}


def test_a_column_only_a_later_sheet_has_is_refused_naming_the_first(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "days.xlsx", {
        "Day 1": [["Session Title", "Date", "Time Start"], ["Keynote", "5/11/2027", "9:00 AM"]],
        "Day 2": [["Day two"], HEADER, ["Talk", "5/12/2027", "9:00 AM", "Hall"]],
    })
    with pytest.raises(InputError) as caught:
        load_sheets(path, ["Day 1", "Day 2"], expected_columns=HEADER)
    assert str(caught.value) == (
        f"sheet 'Day 1' of {path} has no 'Room' column (its header is on row 1), but sheet "
        "'Day 2' has one and the mapping reads it: give every sheet read the same column "
        "headers, or leave sheet 'Day 1' out of --sheet.")


def test_sheets_read_as_one_name_a_column_letter_only_where_they_agree(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "days.xlsx", {
        "Day 1": [HEADER, ["Keynote", "5/11/2027", "9:00 AM", "Hall"]],
        "Day 2": [["Session Title", "Room", "Date", "Time Start"],
                  ["Talk", "Hall", "5/12/2027", "9:00 AM"],
                  ["Close", "Hall", "5/12/2027", "5:00 PM"]],
    })
    sheet = load_sheets(path, ["Day 1", "Day 2"], expected_columns=HEADER)
    assert sheet.columns == HEADER
    assert sheet.letters == {"Session Title": "A"}
    assert sheet.column_label("Room") == "'Room'"
    assert [sheet.sheet_of(pos) for pos in range(4)] == ["Day 1", "Day 2", "Day 2", None]


def test_a_sheet_named_ambiguously_or_by_a_negative_number_is_refused(tmp_path: Path) -> None:
    """'day 1' could be either tab (names differing in spacing): neither is guessed."""
    path = write_xlsx(tmp_path / "book.xlsx", {
        "Day 1": [["Session Title"], ["Keynote"]], "Day  1": [["Session Title"], ["Talk"]]})
    assert load_sheet(path, "Day  1").sheet_name == "Day  1"
    with pytest.raises(InputError) as caught:
        load_sheet(path, "day 1")
    assert str(caught.value) == f"{path} has no sheet 'day 1'; its sheets are: 'Day 1', 'Day  1'."
    with pytest.raises(InputError) as caught:
        load_sheet(path, -1)
    assert str(caught.value) == (
        f"{path} has no sheet number -1 (counting from 0); it has 2: 'Day 1', 'Day  1'.")


def test_a_days_tab_with_its_header_under_a_few_title_rows_is_alike(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "days.xlsx", {
        "Day 1": [HEADER, ["Keynote", "5/11/2027", "9:00 AM", "Hall"]],
        "Day 2": [["Spring Summit 2027"], ["Day 2 - Wednesday"], ["Doors open at 8"],
                  ["All times local"], HEADER, ["Talk", "5/12/2027", "9:00 AM", "Hall"]],
    })
    assert load_sheet(path, expected_columns=HEADER).similar_sheets == ["Day 2"]
