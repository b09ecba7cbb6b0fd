"""Shapes of real programmes written with a space after each comma ('Hora, Martes, ...'), as
a workshop's timetable typed by hand or joined by a script with ', ' is: a cell quoted
after that space ('..., "Panel, with Q&A", Hall B') is one cell, as spreadsheet programs
read it. Invented data of the same shape."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.load import load_sheet
from importer.validate import validate_file
from tests.test_load import records, write_bytes

SPACED = ("Date, Time, Title, Room\n"
          "5/11/2027, 9:00 - 10:00, Keynote, Hall A\n"
          '5/11/2027, 10:00 - 11:00, "Panel, with Q&A", Hall B\n'
          '5/11/2027, 11:00 - 12:00, "Posters ""and"" demos", Foyer\n')


@pytest.mark.parametrize("size", ["small", "past the sniffed head"])
def test_a_cell_quoted_after_a_comma_and_a_space_is_one_cell(tmp_path: Path, size: str) -> None:
    """It was cut at its comma: ' "Panel' and ' with Q&A"', with 'Hall B' past the header
    (an extra-cells error asking to quote the cell, which was quoted)."""
    filler = "".join(f"5/12/2027, 9:00 - 10:00, Talk {n} {'x' * 80}, Room {n}\n"
                     for n in range(500)) if size != "small" else ""
    path = write_bytes(tmp_path, "timetable.csv", (SPACED + filler).encode())
    sheet = load_sheet(path)
    assert sheet.columns == ["Date", "Time", "Title", "Room"]
    assert {n: v for n, v in records(sheet).items() if n <= 4} == {
        2: ["5/11/2027", "9:00 - 10:00", "Keynote", "Hall A"],
        3: ["5/11/2027", "10:00 - 11:00", "Panel, with Q&A", "Hall B"],
        4: ["5/11/2027", "11:00 - 12:00", 'Posters "and" demos', "Foyer"],
    }
    assert len(sheet.frame) == 3 + (500 if size != "small" else 0)


def test_a_spaced_file_validates_without_extra_cells(tmp_path: Path) -> None:
    path = write_bytes(tmp_path, "timetable.csv", SPACED.encode("cp1252"))
    mapping_path = tmp_path / "m.toml"
    mapping_path.write_text('name = "t"\ntimezone = "UTC"\n'
                            '[fields.name]\ncolumn = "Title"\n'
                            '[fields.start]\ndate_column = "Date"\ntime_column = "Time"\n'
                            '[fields.end]\ntime_column = "Time"\n'
                            '[fields.locations]\ncolumn = "Room"\n')
    report = validate_file(path, mapping=mapping_path)
    assert [(i.row, i.code) for i in report.issues if i.row] == []
    assert [r.payload.name for r in report.rows if r.payload] == [
        "Keynote", "Panel, with Q&A", 'Posters "and" demos']


def test_leading_spaces_stay_where_no_quote_follows_them(tmp_path: Path) -> None:
    """A file written without such quotes is read as before, its cells as written."""
    text = "Date,Time,Title\n5/11/2027,9:00 - 10:00,  Indented title\n"
    sheet = load_sheet(write_bytes(tmp_path, "s.csv", text.encode()))
    assert records(sheet) == {2: ["5/11/2027", "9:00 - 10:00", "  Indented title"]}
