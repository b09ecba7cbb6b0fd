"""Files written with ', ' between their cells, against what reads them: a quoted cell
after the space is one cell whichever parser reads the file, and a file whose quotes
do not follow a delimiter's space keeps its cells as written."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer._csv import SNIFF_CHARS
from importer.load import load_sheet
from tests.test_load import records, write_bytes


def test_a_quote_after_a_space_in_a_comma_file_stays_as_written(tmp_path: Path) -> None:
    """Nothing is cut there either way: the space is the cell's, and its quotes are the
    title's words as a spreadsheet program shows them, not quoting."""
    text = ('Date,Time,Title,Room\n'
            '5/11/2027,9:00 - 10:00, "Quoted" opening words,Hall B\n'
            '5/11/2027,10:00 - 11:00,Plain,Hall A\n')
    sheet = load_sheet(write_bytes(tmp_path, "s.csv", text.encode()))
    assert records(sheet) == {
        2: ["5/11/2027", "9:00 - 10:00", ' "Quoted" opening words', "Hall B"],
        3: ["5/11/2027", "10:00 - 11:00", "Plain", "Hall A"],
    }


def test_a_row_with_a_comma_unquoted_does_not_cut_the_quoted_ones(tmp_path: Path) -> None:
    """One row's stray comma widens the sheet by a column; the quoted row is still read
    with its spaces skipped, its cell whole (the row with the stray comma is the one whose
    cells spill over)."""
    text = ("Date, Time, Title, Room\n"
            "5/11/2027, 9:00, Keynote, Hall A\n"
            '5/11/2027, 10:00, "Panel, with Q&A", Hall B\n'
            "5/11/2027, 11:00, Smith, Jones and co, Hall C\n"
            "5/11/2027, 12:00, Lunch, Foyer\n")
    sheet = load_sheet(write_bytes(tmp_path, "s.csv", text.encode()))
    assert sheet.columns == ["Date", "Time", "Title", "Room", "Column E"]
    assert records(sheet) == {
        2: ["5/11/2027", "9:00", "Keynote", "Hall A", None],
        3: ["5/11/2027", "10:00", "Panel, with Q&A", "Hall B", None],
        4: ["5/11/2027", "11:00", "Smith", "Jones and co", "Hall C"],
        5: ["5/11/2027", "12:00", "Lunch", "Foyer", None],
    }


@pytest.mark.parametrize("spaces", [" ", "  "])
def test_a_wider_row_past_the_sniffed_head_keeps_quoted_cells_whole(
    tmp_path: Path, spaces: str
) -> None:
    """A row wider than any in the head is read by the other parser, which must skip the
    spaces too; two spaces before the quote are read as one."""
    sep = "," + spaces
    quoted = sep.join(["5/11/2027", "10:00", '"Panel, with Q&A"', "Hall B"])
    filler = "".join(sep.join(["5/12/2027", "9:00", f"Talk {n} {'x' * 60}", f"Room {n}"]) + "\n"
                     for n in range(SNIFF_CHARS // 60))
    wide = sep.join(["5/13/2027", "9:00", "Late", "Hall C", "extra"])
    text = sep.join(["Date", "Time", "Title", "Room"]) + "\n" + quoted + "\n" + filler + wide + "\n"
    sheet = load_sheet(write_bytes(tmp_path, "s.csv", text.encode()))
    rows = records(sheet)
    assert (sheet.columns, rows[2], rows[max(rows)]) == (
        ["Date", "Time", "Title", "Room", "Column E"],
        ["5/11/2027", "10:00", "Panel, with Q&A", "Hall B", None],
        ["5/13/2027", "9:00", "Late", "Hall C", "extra"])
