"""Where the loader finds the header, and what it says when told a row that holds none:
a long instruction block, a header matching one expected name, a blank header name, a
workbook with no all-text row, and a footer row as wide as the header."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from importer.draft import draft_mapping
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


def test_a_file_with_no_header_row_is_refused_rather_than_read_from_its_second_row(
        tmp_path: Path) -> None:
    """A programme saved without its header, one session narrower than the others at the
    top: its second row was taken for the header, so its first session was never read, and
    the columns were named for the second ('9:30-10:15')."""
    text = ("9:00-9:30;Doors open;;\n"
            "9:30-10:15;Morning talk;Ada Park;\n"
            "10:15-11:00;Second talk;Bo Lund;Chair: Cy\n"
            ";Afternoon;;Chair: Di\n"
            "11:00-11:30;Closing;Ed Moss;\n")
    path = write_bytes(tmp_path, "day.csv", text.encode())
    for expected in ((), ["Session Title", "Date", "Time Start"]):
        with pytest.raises(InputError) as caught:
            load_sheet(path, expected_columns=expected)
        assert str(caught.value) == (
            f"{path} has no header row: row 1, its first, holds '9:00-9:30', a session's time "
            "or date, not a column's name. Add a row above it naming each column (Title, Date, "
            "Start, End, Room...).")
    with pytest.raises(InputError, match="has no header row: row 1"):
        draft_mapping(path)


def test_a_header_above_rows_of_times_and_dates_is_still_found(tmp_path: Path) -> None:
    """A lone date above the header (the day's heading) does not make a sheet headerless."""
    text = "5/11/2027\nTime,Title,Speaker\n9:00-9:30,Doors open,\n9:30-10:15,Talk,Ada Park\n"
    sheet = load_sheet(write_bytes(tmp_path, "s.csv", text.encode()))
    assert (sheet.header_row, sheet.columns) == (2, ["Time", "Title", "Speaker"])
    assert records(sheet) == {3: ["9:00-9:30", "Doors open", None],
                              4: ["9:30-10:15", "Talk", "Ada Park"]}


def test_a_header_under_a_date_is_drafted_when_some_rows_are_wider_than_it(
        tmp_path: Path) -> None:
    """The header found by its names stands when the cells' shapes find none: a day's date
    above it and notes in unnamed columns (wider rows) made draft-mapping refuse the file as
    one with no header row."""
    text = ("5/11/2027\nTime,Title,Room\n9:00-9:30,Doors open,Foyer\n"
            "9:30-10:15,Keynote,Hall A,Livestreamed,Recorded\n")
    draft = draft_mapping(write_bytes(tmp_path, "s.csv", text.encode()))
    assert (draft.sheet.header_row, draft.chosen) == (
        2, {"name": "Title", "start": "Time", "locations": "Room"})


TWO_ROW_HEADER = [["Session", "Time", None, "Room", "Date"],
                  [None, "Start", "End", None, None],
                  ["Keynote", "9:00", "10:00", "Hall A", "5/11/2027"]]


@pytest.mark.parametrize("merged", [(), ("B1:C1",), ("B1:C1", "A1:A2", "D1:D2", "E1:E2")])
def test_a_header_on_two_rows_joins_a_heading_to_the_names_under_it(
        tmp_path: Path, merged: tuple[str, ...]) -> None:
    """'Time' merged over two columns holds 'Start' and 'End' on the row below; the other
    names stand alone, or are merged down over both rows (Excel then shows them on each)."""
    path = write_xlsx(tmp_path / "s.xlsx", {"Sessions": TWO_ROW_HEADER})
    workbook = openpyxl.load_workbook(path)
    for cells in merged:
        workbook.active.merge_cells(cells)
    workbook.save(path)
    sheet = load_sheet(path, expected_columns=["Session", "Time Start", "Time End", "Date"])
    assert (sheet.header_row, sheet.columns) == (
        1, ["Session", "Time Start", "Time End", "Room", "Date"])
    assert records(sheet) == {3: ["Keynote", "9:00", "10:00", "Hall A", "5/11/2027"]}


def test_a_header_on_two_rows_in_a_csv_is_joined_too(tmp_path: Path) -> None:
    """As a CSV export writes it, the merge gone; draft-mapping then maps the joined names."""
    text = "Session,Time,,Room,Date\n,Start,End,,\nKeynote,9:00,10:00,Hall A,5/11/2027\n"
    path = write_bytes(tmp_path, "s.csv", text.encode())
    sheet = load_sheet(path)
    assert (sheet.header_row, sheet.columns) == (
        1, ["Session", "Time Start", "Time End", "Room", "Date"])
    assert records(sheet) == {3: ["Keynote", "9:00", "10:00", "Hall A", "5/11/2027"]}
    assert draft_mapping(path).chosen == {"name": "Session", "start": "Time Start",
                                          "date": "Date", "end": "Time End",
                                          "locations": "Room"}


@pytest.mark.parametrize("text", [
    # A first record whose other cells are filled: data, however textual.
    "Session,Time,,Room\nKeynote,Start,End,Hall A\n",
    # A name under a blank header with no heading to its left to join it to.
    ",Session,Room\nNotes,Keynote,Hall A\n",
    # A group whose blank column has nothing under it: a column without a header.
    "Session,Time,,Room\n,9:00 - 10:00,,\n",
    # Times under a heading, the title not yet typed: data, not the names 'Time 9:00'.
    "Session,Time,,Room\n,9:00,10:00,\n",
])
def test_a_row_under_the_header_that_is_no_second_header_row_is_a_record(
        tmp_path: Path, text: str) -> None:
    sheet = load_sheet(write_bytes(tmp_path, "s.csv", text.encode()),
                       expected_columns=["Session", "Room"])
    assert (sheet.header_row, len(sheet.frame)) == (1, 1)


def test_a_heading_row_under_the_header_never_renames_a_column_the_mapping_reads(
        tmp_path: Path) -> None:
    """A day's heading typed over two cells under 'Session Title' and the blank header
    beside it looks like names under a heading, but joining them would rename a column the
    mapping reads ('Session Title Day 1'): the header stays one row, the heading a record."""
    text = ("Session Title,,Date,Room\n"
            "Day 1,Tuesday,,\n"
            "Keynote,,5/11/2027,Hall A\n")
    path = write_bytes(tmp_path, "s.csv", text.encode())
    sheet = load_sheet(path, expected_columns=["Session Title", "Date", "Room"])
    assert (sheet.header_row, sheet.columns) == (
        1, ["Session Title", "Column B", "Date", "Room"])
    assert records(sheet) == {2: ["Day 1", "Tuesday", None, None],
                              3: ["Keynote", None, "5/11/2027", "Hall A"]}


def test_a_blank_column_after_a_heading_with_nothing_under_it_is_not_in_its_group(
        tmp_path: Path) -> None:
    """'Time' over 'Start' and 'End', then a column left blank on both rows: the group
    ends where the names under it do, and the header is still read as two rows."""
    text = "Session,Time,,,Room\n,Start,End,,\nKeynote,9:00,10:00,,Hall A\n"
    sheet = load_sheet(write_bytes(tmp_path, "s.csv", text.encode()),
                       expected_columns=["Session", "Room"])
    assert (sheet.header_row, sheet.columns) == (1, ["Session", "Time Start", "Time End",
                                                     "Room"])
    assert records(sheet) == {3: ["Keynote", "9:00", "10:00", "Hall A"]}


@pytest.mark.parametrize("times", [("9u00-9u30", "9u30-10u15", "10u15-11u", "11u-11u30"),
                                   ("9h-9h30", "9h30-10h15", "10h15-11h", "11h-11h30"),
                                   ("9 Uhr", "9.30 Uhr", "10 Uhr", "11 Uhr")])
def test_a_file_with_no_header_row_and_times_written_with_h_or_u_is_refused(
        tmp_path: Path, times: tuple[str, ...]) -> None:
    """Times written '9u30', '9h30', '14h' or '10 Uhr' are a session's too: the second row was
    taken for the header, losing the first session."""
    text = (f"{times[0]};Doors open;;\n{times[1]};Morning talk;Ada Park;\n"
            f"{times[2]};Second talk;Bo Lund;Chair: Cy\n;Afternoon;;Chair: Di\n"
            f"{times[3]};Closing;Ed Moss;\n")
    path = write_bytes(tmp_path, "day.csv", text.encode())
    with pytest.raises(InputError) as caught:
        load_sheet(path)
    assert str(caught.value) == (
        f"{path} has no header row: row 1, its first, holds {times[0]!r}, a session's time "
        "or date, not a column's name. Add a row above it naming each column (Title, Date, "
        "Start, End, Room...).")
