"""Reading a CSV file: 8-bit encodings told apart by one letter, a text file no spreadsheet
program would write, a control character in a cell, and a `sep=` first line kept out of the
row numbers on every path the file can take."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.errors import InputError
from importer.load import load_sheet
from tests.test_load import records, write_bytes
from tests.test_mangled_input import unclosed_quote_message


@pytest.mark.parametrize(
    "text",
    [
        "Title,Room\nWorkshop,Room 9–10\n",  # Mac – read as cp1252: 'Room 9Ð10'
        "Title,Room\nPerò no,Sala\n",  # Mac ò read as cp1252: 'Per˜ no'
    ],
    ids=["en-dash-between-numbers", "o-grave"],
)
def test_a_mac_csv_is_told_by_its_only_non_ascii_letter(tmp_path: Path, text: str) -> None:
    sheet = load_sheet(write_bytes(tmp_path, "s.csv", text.encode("mac_roman")))
    assert sheet.encoding == "mac_roman"
    assert records(sheet) == {2: text.splitlines()[1].split(",")}


def test_a_csv_in_a_far_eastern_encoding_reads_in_it_not_garbled(tmp_path: Path) -> None:
    """Shift-JIS (Excel's CSV on a Japanese Windows) is neither UTF-8 nor cp1252; read as Mac
    Roman every title would arrive garbled."""
    text = "セッション名,会場\n基調講演、ようこそ。,ホールA\n"
    sheet = load_sheet(write_bytes(tmp_path, "s.csv", text.encode("shift_jis")))
    assert sheet.encoding == "cp932"
    assert [sheet.columns, *sheet.frame.values.tolist()] == [
        ["セッション名", "会場"], ["基調講演、ようこそ。", "ホールA"]]


def test_a_line_break_written_as_a_vertical_tab_is_text(tmp_path: Path) -> None:
    """FileMaker writes a line break inside a cell as a vertical tab: one control character
    in a small file is no sign of binary data."""
    text = "Session Title,Description\nKeynote,Line one\vLine two\n"
    sheet = load_sheet(write_bytes(tmp_path, "s.csv", text.encode()))
    assert (sheet.encoding, records(sheet)) == ("utf-8", {2: ["Keynote", "Line one\vLine two"]})


def test_a_sep_line_in_capitals_is_honoured(tmp_path: Path) -> None:
    sheet = load_sheet(write_bytes(tmp_path, "s.csv", b"SEP=|\nTitle|Room\nA, B|Hall\n"))
    assert (sheet.delimiter, sheet.header_row) == ("|", 1)
    assert records(sheet) == {2: ["A, B", "Hall"]}


def test_under_a_sep_line_an_empty_header_field_is_the_headers_own(tmp_path: Path) -> None:
    """Excel writes an empty header field over a column with data: that column is inside
    the header (a blank name), not cells pushed past its end by an unquoted delimiter."""
    text = "sep=;\nTitle;Room;\nA;Hall;note\n"
    sheet = load_sheet(write_bytes(tmp_path, "s.csv", text.encode()),
                       expected_columns=["Title", "Room"])
    assert (sheet.header_row, sheet.columns) == (1, ["Title", "Room", "Column C"])
    assert sheet.untitled == {"Column C": False}
    past = load_sheet(write_bytes(tmp_path, "p.csv", b"sep=;\nTitle;Room\nA;Hall;note\n"),
                      expected_columns=["Title", "Room"])
    assert past.untitled == {"Column C": True}


def test_under_a_sep_line_a_quote_never_closed_names_the_row_excel_shows(
        tmp_path: Path) -> None:
    path = write_bytes(tmp_path, "s.csv",
                       b'sep=,\nTitle,Room\nOpening,Hall\nKeynote,"Hall\nClose,Hall B\n')
    with pytest.raises(InputError) as caught:
        load_sheet(path)
    assert str(caught.value) == unclosed_quote_message(path, row=3)


def test_under_a_sep_line_a_record_wider_than_any_sniffed_keeps_its_row(
        tmp_path: Path) -> None:
    filler = "".join(f"Talk {n};Hall A\n" for n in range(6000))  # well past the sniffed head
    text = "sep=;\nSession Title;Room\n" + filler + "Late;Hall B;stray note\n"
    sheet = load_sheet(write_bytes(tmp_path, "s.csv", text.encode()))
    assert (sheet.header_row, sheet.columns) == (1, ["Session Title", "Room", "Column C"])
    assert len(sheet.frame) == 6001
    assert records(sheet)[2] == ["Talk 0", "Hall A", None]
    assert records(sheet)[6002] == ["Late", "Hall B", "stray note"]
