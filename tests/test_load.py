"""The loader: CSV encodings and delimiters, header detection, row numbers, workbook cell types,
sheet choice, and one clear InputError for every file that cannot be read."""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import re
import shutil
import struct
import tracemalloc
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import openpyxl
import pytest

from importer import _formula_errors
from importer._formula_errors import (
    CELL_END,
    biff_error_cells,
    biff_sheet_offset,
    error_cells,
    error_cells_by_pattern,
    formula_error_cells,
    pieces,
)
from importer._hidden_rows import HiddenRows, hidden_rows, xlsx_hidden_rows
from importer._xlsx import read_workbook_grid
from importer.convert import UncomputedFormula
from importer.errors import InputError
from importer.load import Sheet, load_sheet, normalize_header

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLES = Path(__file__).parent.parent / "sample_data"


def records(sheet: Sheet) -> dict[int, list[Any]]:
    """The whole table: Excel row number -> cell values."""
    return {
        int(number): list(values)
        for number, values in zip(
            sheet.frame.index, sheet.frame.itertuples(index=False, name=None), strict=True
        )
    }


def write_bytes(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def write_xlsx(path: Path, sheets: dict[str, list[list[Any]]], *,
               hidden: tuple[str, ...] = ()) -> Path:
    """A workbook with one sheet per entry, each its rows as written; `hidden` ones hidden."""
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(row)
        if title in hidden:
            sheet.sheet_state = "hidden"
    workbook.save(path)
    return path


# --- CSV: encodings and delimiters -------------------------------------------------------------

CAFE_CSV = "Session Title,Time Start\r\nCafé – 10:00,10:00 AM\r\nNaïve Bayes “intro”,11:00 AM\r\n"


@pytest.mark.parametrize(
    ("encoded", "encoding"),
    [
        (CAFE_CSV.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + CAFE_CSV.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + CAFE_CSV.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + CAFE_CSV.encode("utf-16-be"), "utf-16"),
        (CAFE_CSV.encode("utf-16-le"), "utf-16-le"),
        (CAFE_CSV.encode("cp1252"), "cp1252"),
        (CAFE_CSV.encode("mac_roman"), "mac_roman"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "utf-16-le-no-bom", "cp1252",
         "mac-roman"],
)
def test_csv_encodings(tmp_path: Path, encoded: bytes, encoding: str) -> None:
    sheet = load_sheet(write_bytes(tmp_path, "s.csv", encoded))
    assert (sheet.encoding, sheet.delimiter, sheet.sheet_name) == (encoding, ",", None)
    assert sheet.columns == ["Session Title", "Time Start"]
    assert records(sheet) == {
        2: ["Café – 10:00", "10:00 AM"],
        3: ["Naïve Bayes “intro”", "11:00 AM"],
    }


def test_cp1252_en_dash_is_byte_0x96(tmp_path: Path) -> None:
    path = write_bytes(tmp_path, "s.csv", b"Title\r\nCaf\xe9 \x96 10:00\r\n")
    assert records(load_sheet(path)) == {2: ["Café – 10:00"]}


@pytest.mark.parametrize(
    "text",
    [
        "Titel,Raum\nÜbung für Anfänger,Großer Saal\nMÜNCHEN – Straße,Hörsaal\n",
        "Title,Room\nCrème brûlée & façade,Salle Ève\nL’ÉCOLE D’ÉTÉ,Hall\n",
        "Título,Sala\nIntroducción a Python,Auditorio\nAñadir ¿qué? ¡Sí!,Sala 1\n",
        "Session Title,Room\nDon’t panic… “really”,Zürich\n",
    ],
    ids=["german", "french", "spanish", "english-typography"],
)
@pytest.mark.parametrize("encoding", ["cp1252", "mac_roman"])
def test_windows_and_mac_8bit_csv_are_told_apart(tmp_path: Path, text: str,
                                                  encoding: str) -> None:
    """Excel writes "CSV" as cp1252 on Windows and as Mac Roman on a Mac; each read as the
    other garbles every accent ('CafŽ', 'donÕt') without any error."""
    try:
        encoded = text.encode(encoding)
    except UnicodeEncodeError:
        pytest.skip(f"{encoding} cannot write this text")
    sheet = load_sheet(write_bytes(tmp_path, "s.csv", encoded))
    assert sheet.encoding == encoding
    assert [sheet.columns, *sheet.frame.values.tolist()] == [
        line.split(",") for line in text.splitlines()]


def test_encoding_is_decided_on_the_whole_file_not_its_start(tmp_path: Path) -> None:
    """A cp1252 byte two megabytes in still makes the file cp1252, not broken UTF-8."""
    filler = b"".join(b"Talk %d,10:00 AM\r\n" % n for n in range(120_000))
    path = write_bytes(tmp_path, "s.csv", b"Title,Start\r\n" + filler + b"Caf\xe9,11:00 AM\r\n")
    sheet = load_sheet(path)
    assert sheet.encoding == "cp1252"
    assert sheet.frame.iloc[-1].tolist() == ["Café", "11:00 AM"]


def test_a_bom_file_with_lines_in_another_encoding_names_the_line(tmp_path: Path) -> None:
    """A UTF-8 file (BOM and all) later edited by a program that saved a line as cp1252."""
    text = codecs.BOM_UTF8 + "Session Title\r\nCafé\r\n".encode() + b"Caf\xe9 2\r\n"
    path = write_bytes(tmp_path, "s.csv", text)
    with pytest.raises(InputError) as caught:
        load_sheet(path)
    assert str(caught.value) == (
        f"{path} is marked as UTF-8 by its first bytes (a BOM), but byte 0xe9 on line 3 of "
        "the file is not UTF-8: it mixes encodings. Open it in your spreadsheet program and "
        "save it again as CSV UTF-8."
    )


def test_binary_data_after_a_text_start_is_refused(tmp_path: Path) -> None:
    filler = b"".join(b"Talk %d,10:00 AM\r\n" % n for n in range(10_000))
    path = write_bytes(tmp_path, "s.csv", b"Title,Start\r\n" + filler + bytes(range(256)))
    with pytest.raises(InputError, match=r"s\.csv is not a text CSV file"):
        load_sheet(path)


@pytest.mark.parametrize(
    "delimiter", [",", ";", "\t", "|"], ids=["comma", "semicolon", "tab", "pipe"]
)
def test_csv_delimiters(tmp_path: Path, delimiter: str) -> None:
    rows = [["Session Title", "Room", "Time Start"], ["Opening", "Hall A", "9:00 AM"]]
    rows.append(["Close", "Hall B", "5:00 PM"])
    text = "\n".join(delimiter.join(row) for row in rows) + "\n"
    sheet = load_sheet(write_bytes(tmp_path, "s.csv", text.encode()))
    assert sheet.delimiter == delimiter
    assert sheet.columns == rows[0]
    assert records(sheet) == {2: rows[1], 3: rows[2]}


def test_lone_cr_line_ends_as_old_mac_excel_writes_them(tmp_path: Path) -> None:
    text = 'sep=;\rSession Title;Room\r"Opening;\rwelcome";Hall A\rClose;Hall B\r'
    sheet = load_sheet(write_bytes(tmp_path, "s.csv", text.encode("cp1252")))
    assert (sheet.delimiter, sheet.header_row) == (";", 1)
    assert records(sheet) == {2: ["Opening;\rwelcome", "Hall A"], 3: ["Close", "Hall B"]}


def test_semicolon_file_whose_descriptions_are_full_of_commas(tmp_path: Path) -> None:
    text = (
        "Session Title;Description;Room\n"
        "Intro;Setup, tools, and a demo, with Q&A, slides, notes;Hall A\n"
        "Deep dive;Pipelines, tests, CI, and more, in depth, honestly;Hall B\n"
        'Panel;"Quoted; with a semicolon, and commas";Hall C\n'
    )
    sheet = load_sheet(write_bytes(tmp_path, "s.csv", text.encode()))
    assert sheet.delimiter == ";"
    assert records(sheet) == {
        2: ["Intro", "Setup, tools, and a demo, with Q&A, slides, notes", "Hall A"],
        3: ["Deep dive", "Pipelines, tests, CI, and more, in depth, honestly", "Hall B"],
        4: ["Panel", "Quoted; with a semicolon, and commas", "Hall C"],
    }


def test_quoted_newline_is_one_row_and_numbering_counts_records(tmp_path: Path) -> None:
    text = (
        "Session Title,Description\r\n"
        'Keynote,"First paragraph, with a comma.\n\nSecond paragraph."\r\n'
        "Lunch,\r\n"
        '"Title, with comma","He said ""hi"""\r\n'
    )
    sheet = load_sheet(write_bytes(tmp_path, "s.csv", text.encode()))
    assert records(sheet) == {
        2: ["Keynote", "First paragraph, with a comma.\n\nSecond paragraph."],
        3: ["Lunch", None],
        4: ["Title, with comma", 'He said "hi"'],
    }


def test_csv_cells_are_text_as_written_and_blank_ones_none(tmp_path: Path) -> None:
    text = "ID,Title,Note\n0012, padded ,   \n007,x,\t\n"
    sheet = load_sheet(write_bytes(tmp_path, "s.csv", text.encode()))
    assert records(sheet) == {2: ["0012", " padded ", None], 3: ["007", "x", None]}


def test_excel_sep_hint_line_is_honoured_and_not_counted(tmp_path: Path) -> None:
    text = "sep=|\nTitle|Room\nA, B|Hall\n"
    sheet = load_sheet(write_bytes(tmp_path, "s.csv", text.encode()))
    assert (sheet.delimiter, sheet.header_row) == ("|", 1)
    assert records(sheet) == {2: ["A, B", "Hall"]}


def test_record_wider_than_anything_seen_while_sniffing(tmp_path: Path) -> None:
    filler = "".join(f"Talk {n},Hall A\n" for n in range(6000))  # well past the sniffed head
    text = "Session Title,Room\n" + filler + "Late,Hall B,stray note\n"
    sheet = load_sheet(write_bytes(tmp_path, "s.csv", text.encode()))
    assert sheet.columns == ["Session Title", "Room", "Column C"]
    assert len(sheet.frame) == 6001
    assert records(sheet)[6002] == ["Late", "Hall B", "stray note"]
    assert records(sheet)[2] == ["Talk 0", "Hall A", None]


# --- header detection and row numbers ----------------------------------------------------------


def test_title_rows_blank_rows_and_blank_columns(tmp_path: Path) -> None:
    text = (
        "Prairie Data Summit — Programme,,,,\n"
        "Times are local,,,,\n"
        ",,,,\n"
        "Session Title,,Date,Time Start,\n"
        "Keynote,,5/11/2027,9:00 AM,\n"
        ",,,,\n"
        ",,,,\n"
        "Lunch,,5/11/2027,12:00 PM,\n"
    )
    sheet = load_sheet(write_bytes(tmp_path, "s.csv", text.encode()))
    assert sheet.header_row == 4
    assert sheet.columns == ["Session Title", "Date", "Time Start"]
    assert records(sheet) == {
        5: ["Keynote", "5/11/2027", "9:00 AM"],
        8: ["Lunch", "5/11/2027", "12:00 PM"],
    }


def test_header_names_are_cleaned_and_made_unique(tmp_path: Path) -> None:
    text = "  Session\u00a0  Title ,Room,room,ROOM ,,Time\nA,1,2,3,stray,9\n"
    sheet = load_sheet(write_bytes(tmp_path, "s.csv", text.encode()))
    assert sheet.columns == ["Session Title", "Room", "room (2)", "ROOM (3)", "Column E", "Time"]
    assert list(sheet.frame.columns) == sheet.columns
    assert sheet.repeats == {"Room": ["room (2)", "ROOM (3)"]}
    assert sheet.cells_per_row.tolist() == [6]
    assert sheet.column_label("ROOM (3)") == "'ROOM (3)' (column D)"
    assert sheet.column_label("Column E") == "'Column E' (column E)"


@pytest.mark.parametrize(
    ("raw", "normal"),
    [
        ("Session Title", "session title"),
        ("  SESSION\u00a0\u00a0title ", "session title"),
        ("Schedule Track\t(Optional)", "schedule track(optional)"),
        ("Schedule Track(Optional)", "schedule track(optional)"),
        ("Room / Location", "room/location"),
        ("Straße", "strasse"),
    ],
)
def test_normalize_header(raw: str, normal: str) -> None:
    assert normalize_header(raw) == normal


def test_expected_columns_pick_the_header_under_a_wide_instruction_row(tmp_path: Path) -> None:
    text = (
        "Required,Required,Optional\nsession title, DATE ,Room/Location\nKeynote,5/11/2027,Hall\n"
    )
    path = write_bytes(tmp_path, "s.csv", text.encode())
    assert load_sheet(path).header_row == 1  # shape alone cannot tell the two rows apart
    sheet = load_sheet(path, expected_columns=["Session Title", "Date", "Room/Location"])
    assert (sheet.header_row, sheet.columns) == (2, ["session title", "DATE", "Room/Location"])
    assert records(sheet) == {3: ["Keynote", "5/11/2027", "Hall"]}


def test_header_row_override_and_its_error(tmp_path: Path) -> None:
    text = "Title,Room\nA,Hall\nB,Hall 2\n"
    path = write_bytes(tmp_path, "s.csv", text.encode())
    sheet = load_sheet(path, header_row=2)
    assert (sheet.columns, records(sheet)) == (["A", "Hall"], {3: ["B", "Hall 2"]})
    with pytest.raises(InputError, match=r"s\.csv: row 9 holds no header .*last row, 3"):
        load_sheet(path, header_row=9)


def test_header_without_records_is_an_empty_sheet(tmp_path: Path) -> None:
    sheet = load_sheet(write_bytes(tmp_path, "s.csv", b"Title\r\n\r\nSession Title,Date\r\n,\r\n"))
    assert (sheet.header_row, sheet.columns, len(sheet.frame)) == (3, ["Session Title", "Date"], 0)
    assert list(sheet.frame.columns) == ["Session Title", "Date"]


# --- workbooks ---------------------------------------------------------------------------------


def edit_part(path: Path, edit: Callable[[bytes], bytes],
              part: str = "xl/worksheets/sheet1.xml") -> None:
    """Rewrite one part of a workbook's archive, as another program would have saved it."""
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    parts[part] = edit(parts[part])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)


T = TypeVar("T")


def with_peak_memory(call: Callable[[], T]) -> tuple[T, int]:
    """The call's value, and the most memory Python held during it (tracemalloc's count)."""
    tracemalloc.start()
    try:
        return call(), tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def add_cached_values(path: Path, cached: dict[str, tuple[str, str]],
                      part: str = "xl/worksheets/sheet1.xml") -> None:
    """openpyxl writes formulas without a result; put in the cached value Excel would save
    (`cell -> (type attribute, value)`), as a file saved by Excel carries."""
    def cache(xml: bytes) -> bytes:
        text = xml.decode()
        for ref, (kind, value) in cached.items():
            text, count = re.subn(
                rf'<c r="{ref}"><f>([^<]*)</f><v ?/>',
                rf'<c r="{ref}"{kind}><f>\1</f><v>{value}</v>',
                text,
            )
            assert count == 1, ref
        return text.encode()

    edit_part(path, cache, part)


def test_workbook_cells_keep_their_types(tmp_path: Path) -> None:
    path = tmp_path / "s.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Programme"])
    sheet.append([])
    sheet.append(["ID", "Date", "Start", "When", "Seats", "Rank", "Live", "Double", "Code"])
    sheet.append(
        [
            "0012",
            dt.date(2027, 5, 11),
            dt.time(9, 30),
            dt.datetime(2027, 5, 11, 14, 5),
            40,
            1.5,
            True,
            "=E4*2",
            '="PDS-"&A4',
        ]
    )
    sheet["B4"].number_format = "m/d/yyyy"
    sheet["C4"].number_format = "h:mm AM/PM"
    sheet.append([])
    sheet.append(["   ", None, None, None, None, None, None, None, "tail"])
    workbook.save(path)
    add_cached_values(path, {"H4": ("", "80"), "I4": (' t="str"', "PDS-0012")})
    loaded = load_sheet(path)
    assert (loaded.sheet_name, loaded.header_row, loaded.encoding) == ("Sheet", 3, None)
    assert records(loaded) == {
        4: [
            "0012",
            dt.date(2027, 5, 11),
            dt.time(9, 30),
            dt.datetime(2027, 5, 11, 14, 5),
            40,
            1.5,
            True,
            80,
            "PDS-0012",
        ],
        6: [None, None, None, None, None, None, None, None, "tail"],
    }
    assert type(records(loaded)[4][4]) is int


def test_a_duration_cell_past_any_calendar_is_one_clear_error(tmp_path: Path) -> None:
    """Calamine cannot turn it into a timedelta; Excel itself shows it as #####."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Session Title", "Length"])
    sheet.append(["A", 1e308])
    sheet["B2"].number_format = "[h]:mm"
    workbook.save(tmp_path / "s.xlsx")
    with pytest.raises(InputError, match=r"s\.xlsx has a date, time or duration cell far "
                                         r"outside any calendar .*shows as #####"):
        load_sheet(tmp_path / "s.xlsx")


def test_formula_errors_read_as_excel_shows_them_not_as_blanks(tmp_path: Path) -> None:
    """Calamine gives an error cell as ''; a Room whose lookup fails (#N/A) must not read as
    no room."""
    path = write_xlsx(tmp_path / "s.xlsx", {"S": [
        ["Title", "Room", "Seats"],
        ["A", "=VLOOKUP(1,Z1:Z2,1,FALSE)", "=1/0"],
        ["B", "Hall", "=#REF!"],
    ]})
    add_cached_values(path, {"B2": (' t="e"', "#N/A"), "C2": (' t="e"', "#DIV/0!"),
                             "C3": (' t="e"', "#REF!")})
    sheet = load_sheet(path)
    assert records(sheet) == {2: ["A", "#N/A", "#DIV/0!"], 3: ["B", "Hall", "#REF!"]}
    assert sheet.cells_per_row.tolist() == [3, 3]  # an error cell is not a blank one


def test_numbers_formatted_as_percentages_read_as_excel_shows_them(tmp_path: Path) -> None:
    """A Capacity column formatted as a percentage by mistake shows 100% and holds 1: read as
    1, the session would go out with one seat. Read as shown, a number field cannot read it.
    Text in such a cell, a blank one, a literal '%' in quotes and other sheets are left be."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Programme"
    sheet.append(["Title", "Capacity", "Share", "Seats"])
    sheet.append(["A", 1, 0.125, 40])
    sheet.append(["B", "full", None, 0.5])
    for cell, number_format in [("B2", "0%"), ("B3", "0%"), ("C2", "0.0%"), ("C3", "0%"),
                                ("D2", '0" %"'), ("D3", "General")]:
        sheet[cell].number_format = number_format
    other = workbook.create_sheet("Other")
    other.append(["Title", "Capacity"])
    other.append(["C", 0.5])
    other["B2"].number_format = "0%"
    workbook.save(tmp_path / "s.xlsx")
    assert records(load_sheet(tmp_path / "s.xlsx")) == {
        2: ["A", "100%", "12.5%", 40], 3: ["B", "full", None, 0.5]}
    assert records(load_sheet(tmp_path / "s.xlsx", "Other")) == {2: ["C", "50%"]}


def test_percentages_shown_with_the_decimals_of_their_format(tmp_path: Path) -> None:
    """Excel's own Percentage button gives 0.00% (a built-in format, no numFmt of its own);
    '0%' shows 0.1234 as 12%, a second section's decimals are not the first's, and '0\\%'
    is a literal percent sign on a plain number. A table set in from A1 (a blank column A
    and row 1) has its cells found where they are."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append([])
    sheet.append([None, "Title", "Capacity", "Share", "Seats", "Fee"])
    sheet.append([None, "A", 0.5, 0.1234, 40, 0.25])
    for cell, number_format in [("C3", "0.00%"), ("D3", "0%;-0.0%"), ("E3", "0\\%"),
                                ("F3", "0%")]:
        sheet[cell].number_format = number_format
    workbook.save(tmp_path / "s.xlsx")
    assert records(load_sheet(tmp_path / "s.xlsx")) == {3: ["A", "50.00%", "12%", 40, "25%"]}


def test_percentages_round_half_away_from_zero_as_excel_shows_them(tmp_path: Path) -> None:
    """Excel shows 0.125 as 13% and 0.285 as 29%; a float's own formatting gave 12% and 28%,
    so a message quoted a cell the planner could not find."""
    path = write_xlsx(tmp_path / "s.xlsx", {"S": [["Title", "A", "B", "C"],
                                                  ["T", 0.125, 0.285, -0.125]]})
    workbook = openpyxl.load_workbook(path)
    for cell in ("B2", "C2", "D2"):
        workbook["S"][cell].number_format = "0%"
    workbook.save(path)
    assert records(load_sheet(path)) == {2: ["T", "13%", "29%", "-13%"]}


def test_formula_errors_found_on_a_sheet_after_an_empty_first_one(three_sheets: Path) -> None:
    """The default sheet is not the first one here, so it is looked into on its own."""
    workbook = openpyxl.load_workbook(three_sheets)
    workbook["Sessions"]["B1"] = "Room"
    workbook["Sessions"]["B2"] = "=VLOOKUP(A2,Rooms!A:A,1,FALSE)"
    workbook.save(three_sheets)
    add_cached_values(three_sheets, {"B2": (' t="e"', "#N/A")}, "xl/worksheets/sheet2.xml")
    assert records(load_sheet(three_sheets)) == {2: ["Keynote", "#N/A"]}
    assert records(load_sheet(three_sheets, "Sessions")) == {2: ["Keynote", "#N/A"]}


def test_formula_errors_found_in_xml_only_calamine_forgives(tmp_path: Path) -> None:
    """A repeated attribute stops ElementTree but not calamine: the cells are still found."""
    path = write_xlsx(tmp_path / "s.xlsx", {"S": [["Title", "Room"], ["A", "=NA()"]]})
    add_cached_values(path, {"B2": (' t="e"', "#N/A")})
    edit_part(path, lambda xml: xml.replace(b'<c r="A2"', b'<c r="A2" r="A2"', 1))
    assert records(load_sheet(path)) == {2: ["A", "#N/A"]}
    # Formatted blank cells, as Excel writes them, stand before error cells.
    row = (b'<row r="2"><c r="A2" s="1"/><c r="B2" t="e"><v>#N/A</v></c><c r="C2" s="1" />'
           b'<c r="D2" s="2" t="e"><v>#REF!</v></c><c r="E2"><v>1</v></c><c r="F2" t="e"/>'
           b'<c r="G2" t="n"><v>2</v></c></row>')
    assert error_cells_by_pattern(path, [row]) == [(2, 1, "#N/A"), (2, 3, "#REF!"),
                                                   (2, 5, "#VALUE!")]
    unplaceable = b'<row r="2"><c t="e"><v>#N/A</v></c></row>'
    with pytest.raises(InputError, match=r"s\.xlsx: the sheet's XML is damaged near a cell"):
        error_cells_by_pattern(path, [unplaceable])


ODS_ROW = "<table:table-row{}>{}</table:table-row>"


def ods_cell(text: str = "", *, error: bool = False, repeat: int = 1) -> str:
    kind = ('office:value-type="string" office:string-value="" calcext:value-type="error"'
            if error else 'office:value-type="string" calcext:value-type="string"')
    repeated = f' table:number-columns-repeated="{repeat}"' if repeat > 1 else ""
    if not text:
        return f"<table:table-cell{repeated}/>"
    return f"<table:table-cell {kind}{repeated}><text:p>{text}</text:p></table:table-cell>"


def write_ods(path: Path, rows: list[tuple[int, list[str]]]) -> Path:
    """A LibreOffice spreadsheet by hand: (times the row repeats, its cells as XML)."""
    return write_ods_sheets(path, {"Notes": [(1, [ods_cell("x", error=True)])],
                                   "Sessions": rows})


def write_ods_sheets(path: Path, sheets: dict[str, list[tuple[int, list[str]]]]) -> Path:
    """A LibreOffice spreadsheet by hand, its tabs in order: name -> rows as `write_ods`."""
    tables = "".join(
        f'<table:table table:name="{name}">' + "".join(
            ODS_ROW.format(f' table:number-rows-repeated="{n}"' if n > 1 else "",
                           "".join(cells)) for n, cells in rows) + "</table:table>"
        for name, rows in sheets.items())
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" '
        f'office:version="1.2"><office:body><office:spreadsheet>{tables}'
        "</office:spreadsheet></office:body></office:document-content>")
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("META-INF/manifest.xml", ODS_MANIFEST)
        archive.writestr("content.xml", content)
    return path


ODS_MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
    'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
    '<manifest:file-entry manifest:full-path="/" '
    'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
    "</manifest:manifest>")


def test_ods_formula_errors_found_through_repeated_rows_and_cells(tmp_path: Path) -> None:
    path = write_ods(tmp_path / "s.ods", [
        (1, [ods_cell("Title"), ods_cell("Room"), ods_cell("Track")]),
        (1, [ods_cell("A"), ods_cell("#N/A", error=True), ods_cell("Data")]),
        (2, [ods_cell("B"), ods_cell("Hall"), ods_cell("Web")]),
        (1, [ods_cell(repeat=2), ods_cell("#REF!", error=True)]),
    ])
    sheet = load_sheet(path, "Sessions")
    assert records(sheet) == {2: ["A", "#N/A", "Data"], 3: ["B", "Hall", "Web"],
                              4: ["B", "Hall", "Web"], 5: [None, None, "#REF!"]}


def test_xls_error_cells_read_as_shown_not_as_blanks(tmp_path: Path) -> None:
    """calamine gives an .xls error cell as a blank, typed (#N/A) or a formula's saved result
    (=1/0). The fixture was written with xlwt 1.3.0: a sheet "Notes" with #REF! in A2, then
    "Sessions" with #N/A typed in F3, =1/0 saved with its #DIV/0! in F4, and TRUE in G2."""
    path = FIXTURES / "formula-errors.xls"
    sheet = load_sheet(path, "Sessions")
    assert records(sheet) == {
        2: ["E1", "Keynote", "5/11/2027", "9:00", "10:00", "Hall", True],
        3: ["E2", "Panel", "5/11/2027", "10:00", "11:00", "#N/A", None],
        4: ["E3", "Lunch", "5/11/2027", "11:00", "12:00", "#DIV/0!", None],
        5: ["E4", "Close", "5/11/2027", "12:00", "13:00", "Hall", None],
    }
    assert formula_error_cells(path, "Notes") == [(2, 0, "#REF!")]
    # Not an Excel 97-2003 workbook, or a damaged one: nothing found, calamine judges it.
    (tmp_path / "text.xls").write_text("Session Title\n")
    damaged = tmp_path / "damaged.xls"
    damaged.write_bytes(path.read_bytes()[:1024])
    assert formula_error_cells(tmp_path / "text.xls", "Sessions") == []
    assert formula_error_cells(damaged, "Sessions") == []


def biff_record(kind: int, data: bytes) -> bytes:
    return struct.pack("<2H", kind, len(data)) + data


def biff_formula(row: int, column: int, result: bytes) -> bytes:
    """A FORMULA record: cell, format, the 8 bytes of its saved result, then flags, a
    cache field and an empty formula."""
    return biff_record(0x0006, struct.pack("<3H", row, column, 15) + result + bytes(8))


def test_xls_error_cells_of_a_sheet_named_beyond_latin_1_only_the_failed_formulas() -> None:
    """A sheet name outside Latin-1 ('Dzień 2') is written as UTF-16; a formula's result is
    an error only when its last two bytes are FFFF and its first is 2: a number (=1/103,
    whose first byte is 2 too), a boolean (=A2>0) or an empty text (=IF(A2="","",A2), which
    a planner copies down a column) is a value."""
    def globals_for(place: int) -> bytes:
        return (biff_record(0x0809, struct.pack("<2H", 0x0600, 0x0005) + bytes(12))
                + biff_record(0x0085, struct.pack("<I2xBB", 0, 5, 0) + b"Notes")
                + biff_record(0x0085, struct.pack("<I2xBB", place, 7, 1)
                              + "Dzień 2".encode("utf-16-le"))
                + biff_record(0x000A, b""))

    cells = (biff_record(0x0809, struct.pack("<2H", 0x0600, 0x0010) + bytes(12))
             + biff_formula(1, 5, bytes([2, 0, 0x2A, 0, 0, 0, 0xFF, 0xFF]))  # #N/A
             + biff_formula(2, 5, struct.pack("<d", 1 / 103))
             + biff_formula(3, 5, bytes([1, 0, 1, 0, 0, 0, 0xFF, 0xFF]))  # TRUE
             + biff_formula(4, 5, bytes([3, 0, 0, 0, 0, 0, 0xFF, 0xFF]))  # ""
             + biff_formula(5, 6, bytes([2, 0, 0x07, 0, 0, 0, 0xFF, 0xFF]))  # #DIV/0!
             + biff_record(0x000A, b""))
    place = len(globals_for(0))
    stream = globals_for(place) + cells
    assert struct.pack("<d", 1 / 103)[0] == 2
    assert biff_sheet_offset(stream, "Dzień 2") == place
    assert list(biff_error_cells(stream, place)) == [(2, 5, "#N/A"), (6, 6, "#DIV/0!")]


def test_error_cells_follow_rows_and_cells_written_without_references() -> None:
    xml = (b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
           b'<sheetData><row r="3"><c r="AB3" t="e"><v>#REF!</v></c></row>'
           b'<row><c t="s"><v>0</v></c><c t="e"><f>NA()</f><v>#N/A</v></c></row>'
           b'<row r="9"><c r="A9" t="n"><v>1</v></c></row></sheetData></worksheet>')
    assert list(error_cells(io.BytesIO(xml))) == [(3, 27, "#REF!"), (4, 1, "#N/A")]


def test_formulas_without_a_saved_result_are_found_but_computed_blanks_are_not() -> None:
    xml = (b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
           b'<sheetData><row r="2">'
           b'<c r="A2"><f>SUM(1,2)</f><v /></c>'  # openpyxl: an empty value
           b'<c r="B2"><f>A2*2</f></c>'  # no value at all
           b'<c r="C2" t="str"><f>IF(A2="","",A2)</f><v></v></c>'  # Excel: it gave ""
           b'<c r="D2"><f>A2+1</f><v>4</v></c>'  # computed and saved
           b'<c r="E2"><f t="shared" si="0"/></c>'  # a shared formula, no value
           b'</row></sheetData></worksheet>')
    assert list(error_cells(io.BytesIO(xml))) == [
        (2, 0, UncomputedFormula("SUM(1,2)")), (2, 1, UncomputedFormula("A2*2")),
        (2, 4, UncomputedFormula("")),
    ]
    assert str(UncomputedFormula("A2*2")) == "=A2*2"


def test_a_workbook_written_by_a_program_reports_its_formulas_not_blanks(
    tmp_path: Path
) -> None:
    """openpyxl saves formulas without results; calamine would read each one as blank."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Session Title", "Room", "Notes"])
    sheet.append(["Keynote", '="Hall "&"B"', "x"])
    sheet.append(['="Panel"', "Hall A"])
    sheet.append(["=A2", "=B3"])  # a row of formulas only, past the last saved value
    workbook.save(tmp_path / "s.xlsx")
    rows = records(load_sheet(tmp_path / "s.xlsx"))
    assert rows == {2: ["Keynote", UncomputedFormula('"Hall "&"B"'), "x"],
                    3: [UncomputedFormula('"Panel"'), "Hall A", None],
                    4: [UncomputedFormula("A2"), UncomputedFormula("B3"), None]}


def test_workbook_data_starting_away_from_a1_keeps_excel_numbers(tmp_path: Path) -> None:
    path = tmp_path / "s.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet["C5"], sheet["D5"] = "Session Title", "Room"
    sheet["C6"], sheet["D6"] = "Keynote", "Hall"
    sheet["F7"] = "stray"
    sheet["C9"], sheet["D9"] = "Lunch", "Hall"
    workbook.save(path)
    loaded = load_sheet(path)
    assert (loaded.header_row, loaded.columns) == (5, ["Session Title", "Room", "Column F"])
    assert records(loaded) == {
        6: ["Keynote", "Hall", None],
        7: [None, None, "stray"],
        9: ["Lunch", "Hall", None],
    }


def test_merged_cells_down_a_column_fill_every_row_they_cover(tmp_path: Path) -> None:
    """A Date merged over a day's sessions reads as that date on each row; a title merged
    across the columns stays a title. Data starts away from A1, so offsets are exercised."""
    path = tmp_path / "s.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet["B2"] = "Programme"
    sheet.merge_cells("B2:D2")
    sheet["B4"], sheet["C4"], sheet["D4"] = "Session Title", "Date", "Room"
    for row, title in zip(range(5, 9), ["Keynote", "Talk", "Lunch", "Close"], strict=True):
        sheet[f"B{row}"] = title
    sheet["C5"], sheet["C8"] = dt.date(2027, 5, 11), dt.date(2027, 5, 12)
    sheet.merge_cells("C5:C7")
    sheet["D5"] = "Hall"
    sheet.merge_cells("D5:D8")
    workbook.save(path)
    loaded = load_sheet(path)
    assert loaded.header_row == 4
    assert records(loaded) == {
        5: ["Keynote", dt.date(2027, 5, 11), "Hall"],
        6: ["Talk", dt.date(2027, 5, 11), "Hall"],
        7: ["Lunch", dt.date(2027, 5, 11), "Hall"],
        8: ["Close", dt.date(2027, 5, 12), "Hall"],
    }


@pytest.fixture
def three_sheets(tmp_path: Path) -> Path:
    return write_xlsx(
        tmp_path / "book.xlsx",
        {
            "Notes": [],
            "Sessions": [["Session Title"], ["Keynote"]],
            "Rooms": [["Room"], ["Hall A"], ["Hall B"]],
        },
    )


def test_sheet_by_default_name_and_index(three_sheets: Path) -> None:
    assert load_sheet(three_sheets).sheet_name == "Sessions"  # the empty first sheet is skipped
    by_name = load_sheet(three_sheets, "Rooms")
    assert (by_name.sheet_name, records(by_name)) == ("Rooms", {2: ["Hall A"], 3: ["Hall B"]})
    assert load_sheet(three_sheets, 1).sheet_name == "Sessions"
    assert load_sheet(three_sheets, 2).sheet_name == "Rooms"


def test_missing_sheet_lists_the_sheets(three_sheets: Path) -> None:
    with pytest.raises(InputError) as error:
        load_sheet(three_sheets, "Talks")
    assert str(error.value) == (
        f"{three_sheets} has no sheet 'Talks'; its sheets are: 'Notes', 'Sessions', 'Rooms'."
    )
    with pytest.raises(InputError, match=r"book\.xlsx has no sheet number 3 .*'Notes', 'Sessions'"):
        load_sheet(three_sheets, 3)


def test_chosen_empty_sheet_and_empty_workbook(three_sheets: Path, tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"sheet 'Notes' of .*book\.xlsx is empty: add a header"):
        load_sheet(three_sheets, "Notes")
    empty = write_xlsx(tmp_path / "empty.xlsx", {"A": [], "B": []})
    with pytest.raises(InputError, match=r"empty\.xlsx has no data in any sheet \('A', 'B'\)"):
        load_sheet(empty)


def test_a_hidden_sheet_is_never_the_default(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "book.xlsx", {
        "Lists": [["Room"], ["Hall A"]],
        "Sessions": [["Session Title"], ["Keynote"]],
    })
    workbook = openpyxl.load_workbook(path)
    workbook["Lists"].sheet_state = "hidden"
    workbook.save(path)
    assert load_sheet(path).sheet_name == "Sessions"
    assert load_sheet(path, "Lists").sheet_name == "Lists"  # still there when asked for
    workbook["Sessions"].delete_rows(1, 2)
    workbook.save(path)
    with pytest.raises(InputError, match=r"the only data is in hidden sheet 'Lists'; unhide it "
                                         r"in Excel or pass --sheet Lists\."):
        load_sheet(path)


def test_a_hidden_sheet_with_the_columns_is_named_when_no_visible_one_has_them(
    tmp_path: Path
) -> None:
    path = write_xlsx(tmp_path / "book.xlsx", {
        "Notes": [["Read me first"]],
        "Old": [["Session Title", "Date"], ["Keynote", "5/11/2027"]],
    })
    workbook = openpyxl.load_workbook(path)
    workbook["Old"].sheet_state = "veryHidden"
    workbook.save(path)
    with pytest.raises(InputError, match=r"sheet 'Notes' lacks the columns the mapping needs, "
                                         r"and the sheet that has them, 'Old', is hidden; "
                                         r"unhide it in Excel or pass --sheet Old\.$"):
        load_sheet(path, required_columns=["Session Title", "Date"])
    assert load_sheet(path).sheet_name == "Notes"  # no columns asked for: nothing to hint at
    assert load_sheet(path, "Old").sheet_name == "Old"


def test_other_visible_sheets_with_the_same_header_are_named(tmp_path: Path) -> None:
    """One tab per day: reading the first alone would quietly leave the others out."""
    header = ["Session Title", "Date", "Room"]
    path = write_xlsx(tmp_path / "days.xlsx", {
        "Day 1": [["Day one"], header, ["Keynote", "5/11/2027", "Hall"]],
        "Day 2": [[" session title ", "DATE", "Room", "Notes"], ["Talk", "5/12/2027", "Hall"]],
        "Rooms": [["Room", "Seats"], ["Hall", 300]],
        "Old": [header],
    })
    workbook = openpyxl.load_workbook(path)
    workbook["Old"].sheet_state = "hidden"
    workbook.save(path)
    sheet = load_sheet(path, expected_columns=header)
    assert (sheet.sheet_name, sheet.similar_sheets) == ("Day 1", ["Day 2"])
    assert load_sheet(path, "Day 1", expected_columns=header).similar_sheets == []  # chosen


def test_a_workbook_opening_on_a_notes_tab_reads_the_sheet_with_the_columns(
        tmp_path: Path) -> None:
    header = ["Session Title", "Date", "Room"]
    path = write_xlsx(tmp_path / "book.xlsx", {
        "Read me": [["How to fill in this programme"], ["One row per session."]],
        "Archive": [["Session Title", "Room"], ["Old talk", "Hall"]],  # lacks Date
        "Sessions": [header, ["Keynote", "5/11/2027", "Hall"]],
        "Sessions 2026": [header, ["Old keynote", "5/12/2026", "Hall"]],
    })
    sheet = load_sheet(path, expected_columns=header, required_columns=header)
    assert (sheet.sheet_name, records(sheet)) == ("Sessions", {2: ["Keynote", "5/11/2027", "Hall"]})
    assert sheet.similar_sheets == ["Sessions 2026"]
    titles_only = load_sheet(path, expected_columns=header, required_columns=["Session Title"])
    assert titles_only.sheet_name == "Archive"  # the first sheet that has what is required
    # The first sheet holding data stays the default while it has the required columns,
    # even when a later one has more of the optional ones.
    path = write_xlsx(tmp_path / "two.xlsx", {
        "Day 1": [["Session Title", "Date"], ["Keynote", "5/11/2027"]],
        "Old": [[*header, "Track"], ["Old talk", "5/12/2026", "Hall", "Data"]],
    })
    kept = load_sheet(path, expected_columns=[*header, "Track"],
                      required_columns=["Session Title", "Date"])
    assert kept.sheet_name == "Day 1"


def test_xlsm_is_read_like_xlsx(three_sheets: Path, tmp_path: Path) -> None:
    macro = shutil.copy(three_sheets, tmp_path / "book.xlsm")
    assert records(load_sheet(macro)) == {2: ["Keynote"]}


# --- files that cannot be read -----------------------------------------------------------------


def encrypted_ooxml() -> bytes:
    """A minimal, well-formed compound file holding the streams Office writes when a workbook
    is saved with a password (EncryptionInfo, EncryptedPackage), with empty contents."""
    sector = 512
    free, end, fat_sector = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD
    header = bytearray(sector)
    header[0:8] = bytes.fromhex("D0CF11E0A1B11AE1")
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<IIIII", header, 44, 1, 1, 0, 4096, end)  # 1 FAT sector; directory at 1
    struct.pack_into("<II", header, 64, end, 0)
    struct.pack_into("<I", header, 76, 0)  # DIFAT[0]: the FAT is sector 0
    header[80:512] = b"\xff" * 432
    fat = struct.pack("<128I", fat_sector, end, *([free] * 126))

    def entry(name: str, kind: int, child: int = free, right: int = free) -> bytes:
        encoded = (name + "\0").encode("utf-16-le")
        return struct.pack(
            "<64sHBBIII16sIQQIQ",
            encoded,
            len(encoded),
            kind,
            1,
            free,
            right,
            child,
            b"\0" * 16,
            0,
            0,
            0,
            end,
            0,
        )

    directory = (
        entry("Root Entry", 5, child=1)
        + entry("EncryptionInfo", 2, right=2)
        + entry("EncryptedPackage", 2)
        + b"\0" * 128
    )
    return bytes(header) + fat + directory


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("none.csv", None, r"none\.csv does not exist: check the path and the file name\."),
        (
            "deck.pdf",
            b"%PDF-1.4",
            r"deck\.pdf: cannot read \.pdf; save the schedule as one of "
            r"\.csv, \.tsv, \.txt, \.xlsx, \.xlsm, \.xls, \.ods\.",
        ),
        (
            "programme.numbers",
            b"PK\x03\x04",
            r"programme\.numbers: cannot read \.numbers; in Numbers, use File > Export To > "
            r"Excel \(or CSV\)",
        ),
        (
            "programme.gsheet",
            b'{"url": "https://docs.google.com/spreadsheets/d/x"}',
            r"programme\.gsheet: cannot read \.gsheet; it is only a link to a Google Sheet: "
            r"in Google Sheets use File > Download > Microsoft Excel",
        ),
        (
            "locked.xlsx",
            encrypted_ooxml(),
            r"locked\.xlsx is password-protected: open it in Excel, "
            r"remove the password .* and save it",
        ),
        (
            "broken.xlsx",
            b"PK\x03\x04 not really a zip",
            r"broken\.xlsx is not a readable workbook "
            r"\(.*\): it may be damaged .*open it in Excel and save it again as \.xlsx\.",
        ),
        (
            "junk.csv",
            bytes(range(256)) * 4,
            r"junk\.csv is not a text CSV file \(it holds binary "
            r"data\): export the sheet .* as CSV",
        ),
        ("junk2.csv", b"\x81\x8d\x8f\x90\x9d" * 10, r"junk2\.csv is not a text CSV file"),
        ("zero.csv", b"", r"zero\.csv is empty: export the sheet"),
        (
            "zero.xlsx",
            b"",
            r"zero\.xlsx is empty \(0 bytes\), not a workbook: it was never saved, or is still "
            r"being written or copied; save it again from Excel, or copy it again",
        ),
        ("blank.csv", b",,,\r\n  ,\r\n,,\r\n", r"blank\.csv is empty: add a header row"),
    ],
)
def test_unreadable_input_is_one_clear_line(
    tmp_path: Path, name: str, content: bytes | None, message: str
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(InputError, match=message) as error:
        load_sheet(path)
    assert str(path) in str(error.value)
    assert "\n" not in str(error.value)


def test_a_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "exports.csv"
    folder.mkdir()
    with pytest.raises(InputError, match=r"exports\.csv is a folder, not a spreadsheet: give"):
        load_sheet(folder)


def test_csv_has_no_sheets(tmp_path: Path) -> None:
    path = write_bytes(tmp_path, "s.csv", b"Title\nA\n")
    with pytest.raises(InputError, match=r"s\.csv is a CSV file and has no sheets"):
        load_sheet(path, "Sessions")


# --- real files --------------------------------------------------------------------------------


def test_realworld_pycones_talks() -> None:
    sheet = load_sheet(FIXTURES / "realworld" / "pycones19-talks.csv")
    assert (sheet.encoding, sheet.delimiter, sheet.header_row) == ("utf-8", ",", 1)
    assert sheet.columns == ["Title", "Speakers", "Day", "Type", "Place", "Start", "End"]
    assert len(sheet.frame) == 72
    assert list(sheet.frame.index) == list(range(2, 74))
    assert records(sheet)[2] == [
        "Python para calentar tu casa",
        "Héctor Pablos López",
        "sabado",
        "Charla",
        "Sala Eventbrite",
        "11:30",
        "12:10",
    ]


def excel_text(value: Any) -> Any:
    """The text Excel writes for a date or time cell in a US-locale CSV."""
    if isinstance(value, dt.date):
        return f"{value.month}/{value.day}/{value.year}"
    if isinstance(value, dt.time):
        return f"{value.hour % 12 or 12}:{value.minute:02d} {'AM' if value.hour < 12 else 'PM'}"
    return value


def test_sample_workbook_and_its_csv_twin_hold_the_same_sessions() -> None:
    workbook = load_sheet(SAMPLES / "conference.xlsx")
    twin = load_sheet(SAMPLES / "conference.csv")
    assert (workbook.header_row, twin.header_row) == (3, 3)
    assert (twin.encoding, twin.delimiter) == ("utf-8-sig", ",")
    assert (
        workbook.columns
        == twin.columns
        == [
            "Session ID",
            "Session Title",
            "Date",
            "Time Start",
            "Time End",
            "Room/Location",
            "Schedule Track (Optional)",
            "Description (Optional)",
        ]
    )
    from_workbook = {
        row: [excel_text(v) for v in values] for row, values in records(workbook).items()
    }
    assert from_workbook == records(twin)
    dates = set(workbook.frame["Date"])
    assert dates == {dt.date(2027, 5, 11), dt.date(2027, 5, 12), dt.date(2027, 5, 13)}
    starts = [v for v in workbook.frame["Time Start"] if v is not None]
    assert starts and all(type(v) is dt.time for v in starts)
    assert 55 <= len(workbook.frame) <= 65


def test_first_sheet_holding_only_blank_text_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "book.xlsx"
    workbook = openpyxl.Workbook()
    cover = workbook.active
    cover.title = "Cover"
    cover["B3"] = "   "  # a used range, but nothing in it
    workbook.create_sheet("Sessions").append(["Session Title"])
    workbook["Sessions"].append(["Keynote"])
    workbook.save(path)
    assert load_sheet(path).sheet_name == "Sessions"
    assert load_sheet(path, "1").sheet_name == "Sessions"  # a digit string, as a CLI passes it


def test_a_multi_line_description_with_semicolons_does_not_make_them_the_delimiter(
    tmp_path: Path
) -> None:
    agenda = "\n".join(f"{h}:00 part {h}; with notes" for h in range(9, 15))
    path = tmp_path / "s.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Session Title", "Date", "Description"])
        writer.writerow(["Workshop", "5/11/2027", agenda])
        writer.writerow(["Talk", "5/11/2027", "Short"])
    sheet = load_sheet(path)
    assert (sheet.delimiter, sheet.columns) == (",", ["Session Title", "Date", "Description"])
    assert records(sheet)[2][2] == agenda
    # And the other way round: a ";" file whose agenda lines hold commas.
    agenda = agenda.replace(";", ",")
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["Session Title", "Date", "Description"])
        writer.writerow(["Workshop", "5/11/2027", agenda])
        writer.writerow(["Talk", "5/11/2027", "Short"])
    sheet = load_sheet(path)
    assert (sheet.delimiter, records(sheet)[2][2]) == (";", agenda)


# --- rows hidden from view ---------------------------------------------------------------------

def hidden_rows_workbook(path: Path, *, table_filter: bool = False,
                         sheet_filter: bool = False) -> Path:
    """Four sessions under a header; rows 3 and 5 hidden, by hand or (as Excel saves a
    filter on either the sheet or a table) with filter criteria on column B."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Session Title", "Day"])
    for title, day in [("Keynote", "Tue"), ("Cancelled", "Wed"), ("Talk", "Tue"), ("Close", "Wed")]:
        sheet.append([title, day])
    sheet.row_dimensions[3].hidden = sheet.row_dimensions[5].hidden = True
    if sheet_filter:
        sheet.auto_filter.ref = "A1:B5"
        sheet.auto_filter.add_filter_column(1, ["Tue"])
    if table_filter:
        table = openpyxl.worksheet.table.Table(displayName="Sessions", ref="A1:B5")
        table.autoFilter = openpyxl.worksheet.filters.AutoFilter(ref="A1:B5")
        table.autoFilter.add_filter_column(1, ["Tue"])
        sheet.add_table(table)
    workbook.save(path)
    return path


@pytest.mark.parametrize(("options", "filtered"), [
    ({}, False), ({"sheet_filter": True}, True), ({"table_filter": True}, True)])
def test_rows_hidden_by_hand_or_by_a_filter_are_read_and_named(
        tmp_path: Path, options: dict[str, bool], filtered: bool) -> None:
    sheet = load_sheet(hidden_rows_workbook(tmp_path / "s.xlsx", **options))
    assert records(sheet) == {2: ["Keynote", "Tue"], 3: ["Cancelled", "Wed"],
                              4: ["Talk", "Tue"], 5: ["Close", "Wed"]}
    assert sheet.hidden == HiddenRows(frozenset({3, 5}), filtered=filtered)


def test_a_workbook_without_hidden_rows_and_a_csv_name_none(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "s.xlsx", {"S": [["Session Title"], ["Keynote"]]})
    assert load_sheet(path).hidden == HiddenRows(frozenset(), filtered=False)
    csv_path = write_bytes(tmp_path, "s.csv", b"Session Title\r\nKeynote\r\n")
    assert load_sheet(csv_path).hidden == HiddenRows(frozenset(), filtered=False)


def test_formula_errors_found_in_a_padded_sheet_keep_memory_to_a_row(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Spaces between the rows (gigabytes, in the file this stands for) are let go of as the
    rows are read, not kept with them until the end."""
    path = write_xlsx(tmp_path / "s.xlsx", {"S": [["Title", "Room"], *[[f"T{n}", "Hall"]
                                                                        for n in range(20)]]})
    add_cached_values(path, {})
    gap = b" " * 500_000
    edit_part(path, lambda xml: xml.replace(b"</row>", b"</row>" + gap).replace(
        b'<c r="B12" t="inlineStr"><is><t>Hall</t></is></c>',
        b'<c r="B12" t="e"><f>NA()</f><v>#N/A</v></c>'))
    monkeypatch.setattr(_formula_errors, "CHUNK", 1000)
    found, peak = with_peak_memory(lambda: formula_error_cells(path, "S"))
    assert found == [(12, 1, "#N/A")]
    assert peak < 21 * len(gap) / 4


def test_xlsx_hidden_rows_follow_rows_written_without_numbers() -> None:
    xml = (b'<worksheet><sheetData><row r="2"><c/></row><row hidden="1"><c/></row>'
           b'<row r="7" spans="1:2" hidden="true"/><row><c/></row><x:row hidden="1"/>'
           b"</sheetData></worksheet>")
    assert xlsx_hidden_rows([xml]) == frozenset({3, 7, 9})


def test_hidden_rows_and_error_cells_found_in_a_padded_sheet_without_reading_it_whole(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A sheet part padded with megabytes of spaces (gigabytes, in the file this stands for)
    is scanned in pieces: memory stays a few pieces, and what straddles a cut is found."""
    path = hidden_rows_workbook(tmp_path / "s.xlsx")
    padding = b" " * 8_000_000
    # A repeated attribute stops ElementTree at row 2, so errors are looked for by pattern.
    edit_part(path, lambda xml: xml
              .replace(b'<c r="B2"', b'<c r="B2" r="B2"', 1)
              .replace(b'<row r="3"', padding + b'<row r="3"', 1)
              .replace(b'<c r="B4" t="inlineStr">', b'<c r="B4" t="e"><v>#N/A</v></c>' + padding
                       + b'<c r="C4" t="e"><v>#REF!</v></c><c r="D4" t="inlineStr">', 1))
    monkeypatch.setattr(_formula_errors, "CHUNK", 1000)
    found, peak = with_peak_memory(
        lambda: (hidden_rows(path, "Sheet"), formula_error_cells(path, "Sheet")))
    assert found == (HiddenRows(frozenset({3, 5}), filtered=False),
                     [(4, 1, "#N/A"), (4, 2, "#REF!")])
    assert peak < len(padding) / 4


def test_ods_rows_hidden_or_filtered_out_through_repeats(tmp_path: Path) -> None:
    """Row 3 is filtered out of view twice over (a repeat), row 5 hidden by hand; the
    hidden blank rows LibreOffice repeats to the sheet's end are no records."""
    hidden = ' table:visibility="collapse"'
    path = write_ods(tmp_path / "s.ods", [
        (1, [ods_cell("Title"), ods_cell("Room")]),
        (1, [ods_cell("A"), ods_cell("Hall")]),
        (2, [ods_cell("B"), ods_cell("Hall")]),
        (1, [ods_cell("C"), ods_cell("Hall")]),
        (1048570, [ods_cell(repeat=2)]),
    ])
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    rows = parts["content.xml"].decode().split("<table:table-row")
    # rows[1] is the Notes sheet's; then the header, A, the twice repeated B, C, the blanks.
    rows[4] = ' table:visibility="filter"' + rows[4]
    rows[5], rows[6] = hidden + rows[5], hidden + rows[6]
    parts["content.xml"] = "<table:table-row".join(rows).encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    assert load_sheet(path, "Sessions").hidden == HiddenRows(frozenset({3, 4, 5}),
                                                            filtered=True)


def test_an_ods_hidden_row_repeated_past_the_sheet_end_stops_at_its_last_row(
    tmp_path: Path
) -> None:
    """A hostile file repeats a hidden row with text a billion times: the rows past
    LibreOffice's last one (where calamine stops too) would fill memory for nothing."""
    path = write_ods(tmp_path / "s.ods", [
        (1, [ods_cell("Title"), ods_cell("Room")]),
        (3_000_000, [ods_cell("B"), ods_cell("Hall")]),
    ])
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts["content.xml"] = parts["content.xml"].replace(
        b"<table:table-row table:number-rows-repeated",
        b'<table:table-row table:visibility="collapse" table:number-rows-repeated')
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    assert hidden_rows(path, "Sessions") == HiddenRows(frozenset(range(2, 1_048_577)),
                                                       filtered=False)


def test_a_stray_cell_far_right_does_not_widen_the_grid(tmp_path: Path) -> None:
    """A cell typed in column XFD makes calamine give every row 16,384 cells; the grid keeps
    only the columns holding something, still labelled by their place from column A."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Session Title", None, "Room"])
    sheet.append(["Keynote", None, "Hall"])
    sheet.append(["Talk", None, "Hall"])
    sheet["XFD3"] = "stray"
    workbook.save(tmp_path / "s.xlsx")
    grid = read_workbook_grid(tmp_path / "s.xlsx", None)
    assert grid.cells.columns.tolist() == [0, 2, 16383]
    loaded = load_sheet(tmp_path / "s.xlsx", expected_columns=["Session Title", "Room"])
    assert records(loaded) == {2: ["Keynote", "Hall", None], 3: ["Talk", "Hall", "stray"]}
    assert loaded.letters == {"Session Title": "A", "Room": "C", "Column XFD": "XFD"}


def test_ods_cells_merged_down_fill_every_row_they_cover(tmp_path: Path) -> None:
    """As for .xlsx, where calamine gives no merges for an .ods: a Date merged over a
    day's sessions (LibreOffice's number-rows-spanned, then covered cells) reads on each
    row. Data starts at B2 under a blank row and a title merged across, so offsets count."""
    def spanning(text: str, rows: int) -> str:
        return ods_cell(text).replace("<table:table-cell ", "<table:table-cell "
                                      f'table:number-rows-spanned="{rows}" ', 1)
    covered = "<table:covered-table-cell/>"
    title = ods_cell("Programme").replace(
        "<table:table-cell ", '<table:table-cell table:number-columns-spanned="3" ', 1)
    path = write_ods(tmp_path / "s.ods", [
        (1, [ods_cell(repeat=3)]),
        (1, [ods_cell(), title, covered, covered]),
        (1, [ods_cell(), ods_cell("Session Title"), ods_cell("Date"), ods_cell("Room")]),
        (1, [ods_cell(), ods_cell("Keynote"), spanning("2027-05-11", 3), spanning("Hall", 4)]),
        (1, [ods_cell(), ods_cell("Talk"), covered, covered]),
        (1, [ods_cell(), ods_cell("Lunch"), covered, covered]),
        (1, [ods_cell(), ods_cell("Close"), ods_cell("2027-05-12"), covered]),
    ])
    loaded = load_sheet(path, "Sessions")
    assert loaded.header_row == 3
    assert records(loaded) == {
        4: ["Keynote", "2027-05-11", "Hall"],
        5: ["Talk", "2027-05-11", "Hall"],
        6: ["Lunch", "2027-05-11", "Hall"],
        7: ["Close", "2027-05-12", "Hall"],
    }


def test_ods_rows_hidden_on_another_sheet_are_not_the_read_sheets(tmp_path: Path) -> None:
    """Each sheet counts its own rows: a row hidden on the Notes sheet before it (or on one
    after it) is no row of Sessions."""
    path = write_ods(tmp_path / "s.ods", [
        (1, [ods_cell("Title"), ods_cell("Room")]),
        (1, [ods_cell("A"), ods_cell("Hall")]),
        (1, [ods_cell("B"), ods_cell("Hall")]),
    ])
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    rows = parts["content.xml"].decode().split("<table:table-row")
    # rows[1] is the Notes sheet's; then Sessions' header, A and B.
    rows[1] = ' table:visibility="collapse"' + rows[1]
    rows[3] = ' table:visibility="filter"' + rows[3]
    parts["content.xml"] = "<table:table-row".join(rows).replace(
        "</office:spreadsheet>",
        '<table:table table:name="Later"><table:table-row table:visibility="collapse">'
        f'{ods_cell("y")}</table:table-row></table:table></office:spreadsheet>').encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    assert hidden_rows(path, "Sessions") == HiddenRows(frozenset({2}), filtered=True)
    assert hidden_rows(path, "Notes") == HiddenRows(frozenset({1}), filtered=False)


def test_xlsx_rows_marked_hidden_in_single_quotes_are_found(tmp_path: Path) -> None:
    """XML allows either quote: a file written with hidden='1' is looked into too."""
    path = hidden_rows_workbook(tmp_path / "s.xlsx")
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    sheet_xml = parts["xl/worksheets/sheet1.xml"]
    assert sheet_xml.count(b'hidden="1"') == 2
    parts["xl/worksheets/sheet1.xml"] = sheet_xml.replace(b'hidden="1"', b"hidden='1'")
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    assert load_sheet(path).hidden == HiddenRows(frozenset({3, 5}), filtered=False)


def test_pattern_scan_finds_a_cell_cut_by_a_piece_border_and_one_after_the_last_end(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A sheet padded between rows: an error cell begun in a piece with no `</c>` in it is
    kept whole for the next; an empty error cell after the last `</c>` is still scanned."""
    monkeypatch.setattr(_formula_errors, "CHUNK", 1000)
    first = b'<sheetData><row r="2"><c r="A2"><v>1</v></c></row>'
    start = b'<row r="3"><c r="B3" t="e"><f>NA()'  # begins before byte 3000, ends after
    xml = (first + b" " * (2980 - len(first)) + start + b"</f><v>#N/A</v></c>"
           b'<c r="C3" t="e"/></row></sheetData>')
    path = tmp_path / "s.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("xl/worksheets/sheet1.xml", xml)
    with zipfile.ZipFile(path) as archive:
        xml_pieces = pieces(archive, "xl/worksheets/sheet1.xml", CELL_END)
        found = error_cells_by_pattern(path, xml_pieces)
    assert found == [(3, 1, "#N/A"), (3, 2, "#VALUE!")]
