"""Finding the cells of a workbook sheet whose formula shows no value calamine can give.

Two kinds. A formula error (#N/A, #REF!, #DIV/0!...): python-calamine gives the cell as '',
the same as a blank one (python-calamine issue 105), so a Room looked up with VLOOKUP that
shows #N/A would read as "no room" and the session would go out without it. And a formula
with no saved result, as a program (openpyxl) writes one: Excel would compute it on opening,
calamine reads a blank. So the sheet's own XML is read for such cells: a quick scan of the
decompressed part first, and a parse only when it holds any. The scan runs on a thread while
calamine reads the sheet (both release the GIL), so it costs almost no time.

.xlsx, .xlsm and .ods are zip archives of XML and are looked into; an .xls (Excel 97-2003,
binary) has its sheet's records walked for error cells (`xls_error_cells`). An .xls formula
saved without its result cannot be told from one giving "", so only errors are found there.
"""

from __future__ import annotations

import logging
import posixpath
import re
import string
import struct
import zipfile
from collections.abc import Callable, Generator, Iterable, Iterator
from contextlib import closing
from pathlib import Path
from typing import IO, TypeVar
from xml.etree import ElementTree

import olefile

from importer.convert import UncomputedFormula
from importer.errors import InputError

logger = logging.getLogger("importer.load")
_T = TypeVar("_T")

ERROR_CELL = b't="e"'  # as Excel, LibreOffice and openpyxl write the attribute
# How a formula cell without a saved value ends: `<f>..</f></c>`, `<f .../></c>` (a shared
# formula), or openpyxl's `<f>..</f><v /></c>`. A hint only: the parse decides.
NO_VALUE_ENDS = (b"</f></c>", b"/></c>")
SheetCell = tuple[int, int, "str | UncomputedFormula"]
ODS_CONTENT = "content.xml"
ODS_ERROR_CELL = b'value-type="error"'  # LibreOffice's calcext:value-type
CHUNK = 1 << 20


def formula_error_cells(path: Path, sheet_name: str | None) -> list[SheetCell]:
    """(row as Excel numbers it, column counted from 0 for A, what Excel shows) of each cell
    with a formula error (its text, #N/A) or a formula without a saved value; empty when there
    is none, or when the file is not an XML workbook that can be looked into."""
    if sheet_name is None:
        return []
    if not zipfile.is_zipfile(path):
        return xls_error_cells(path, sheet_name)
    try:
        with zipfile.ZipFile(path) as archive:
            if ODS_CONTENT in archive.namelist():
                if not mentions(archive, ODS_CONTENT, (ODS_ERROR_CELL,)):
                    return []
                with archive.open(ODS_CONTENT) as stream:
                    return list(ods_error_cells(stream, sheet_name))
            part = sheet_part(archive, sheet_name)
            if part is None or not mentions(archive, part, (ERROR_CELL, *NO_VALUE_ENDS)):
                return []
            try:
                with archive.open(part) as stream:
                    return list(error_cells(stream))
            except ElementTree.ParseError:
                # Calamine's parser forgives XML that ElementTree's does not.
                # Closed at once when a damaged cell stops the scan part way.
                with closing(pieces(archive, part, CELL_END)) as xml:
                    return error_cells_by_pattern(path, xml)
    except (KeyError, ValueError, zipfile.BadZipFile, ElementTree.ParseError) as error:
        # Calamine read the values already; only the error marks could not be found.
        logger.debug("%s: formula errors not looked for (%s)", path, error)
        return []


def read_ods_content(path: Path, needles: tuple[bytes, ...], read: Callable[[IO[bytes]], _T],
                     empty: _T, looked_for: str) -> _T:
    """`read` of an OpenDocument spreadsheet's content.xml where it mentions one of
    `needles` (a quick scan of its bytes); `empty` where the file is not one, mentions none,
    or cannot be looked into (said at debug level, as `looked_for` not looked for)."""
    try:
        with zipfile.ZipFile(path) as archive:
            if ODS_CONTENT not in archive.namelist() or not mentions(archive, ODS_CONTENT,
                                                                     needles):
                return empty
            with archive.open(ODS_CONTENT) as stream:
                return read(stream)
    except (KeyError, ValueError, zipfile.BadZipFile, ElementTree.ParseError) as error:
        logger.debug("%s: %s not looked for (%s)", path, looked_for, error)
        return empty


def sheet_part(archive: zipfile.ZipFile, sheet_name: str) -> str | None:
    """The archive member holding the named sheet, from the workbook and its relationships."""
    workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    relation = next((value for sheet in workbook.iterfind(".//{*}sheet")
                     if sheet.get("name") == sheet_name
                     for key, value in sheet.attrib.items() if key.endswith("}id")), None)
    relations = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    target = next((r.get("Target") for r in relations if r.get("Id") == relation), None)
    if target is None:
        return None
    return target.lstrip("/") if target.startswith("/") else posixpath.normpath("xl/" + target)


def mentions(archive: zipfile.ZipFile, part: str, needles: tuple[bytes, ...]) -> bool:
    """Whether the part's text holds any of `needles`, read in pieces (a sheet can be 30 MB)."""
    overlap = max(map(len, needles))
    with archive.open(part) as stream:
        tail = b""
        while chunk := stream.read(CHUNK):
            joint = tail + chunk[:overlap]
            if any(needle in joint or needle in chunk for needle in needles):
                return True
            tail = chunk[-overlap:]
    return False


def pieces(archive: zipfile.ZipFile, part: str, boundary: bytes) -> Generator[bytes]:
    """The part's text in pieces of about CHUNK, each cut just after a `boundary`, so that
    a pattern which cannot run across one is found whole in a single piece; memory stays a
    few CHUNKs however large the part (a padded one can be gigabytes)."""
    with archive.open(part) as stream:
        rest = b""
        while chunk := stream.read(CHUNK):
            text = rest + chunk
            cut = text.rfind(boundary)
            if cut < 0:  # no boundary yet: no match can be this long, keep the end only
                rest = text[-CHUNK:]
                continue
            cut += len(boundary)
            yield text[:cut]
            rest = text[cut:]
        if rest:
            yield rest


def ods_error_cells(stream: IO[bytes], sheet_name: str) -> Iterator[tuple[int, int, str]]:
    """The same for an OpenDocument sheet, whose rows and cells repeat by count instead of
    naming their places (`number-rows-repeated`, `number-columns-repeated`)."""
    in_sheet, row, next_row, column = False, 0, 0, 0
    for event, element in ElementTree.iterparse(stream, events=("start", "end")):
        tag = element.tag.rpartition("}")[2]
        if tag == "table":
            in_sheet = event == "start" and attribute(element, "name") == sheet_name
            next_row = 0
        elif not in_sheet:
            continue
        elif tag == "table-row":
            if event == "start":
                row, column = next_row, 0
            else:
                next_row = row + int(attribute(element, "number-rows-repeated") or 1)
                element.clear()
        elif tag in ("table-cell", "covered-table-cell") and event == "end":
            if attribute(element, "value-type", last=True) == "error":
                text = "".join(element.itertext()).strip() or "#VALUE!"
                yield row + 1, column, text
            column += int(attribute(element, "number-columns-repeated") or 1)


def attribute(element: ElementTree.Element, name: str, last: bool = False) -> str | None:
    """An attribute by local name, whatever its namespace; the last one written if `last`
    (an error cell says office:value-type="string", then calcext:value-type="error")."""
    values = [v for k, v in element.attrib.items() if k.rpartition("}")[2] == name]
    return (values[-1] if last else values[0]) if values else None


def error_cells(stream: IO[bytes]) -> Iterator[SheetCell]:
    """Walk the sheet's cells in order; a cell or row without its `r` follows the previous.
    Each row read is dropped from the tree, with the text after it (the spaces a padded
    sheet holds, gigabytes of them), so memory stays that of one row."""
    row = column = 0
    sheet_data: ElementTree.Element | None = None
    for event, element in ElementTree.iterparse(stream, events=("start", "end")):
        tag = element.tag.rpartition("}")[2]
        if event == "start":
            if tag == "row":
                row, column = int(element.get("r") or row + 1), -1
            elif tag == "c":
                reference = element.get("r")
                column = column_number(reference) if reference else column + 1
            elif tag == "sheetData":
                sheet_data = element
        elif tag == "c":
            if element.get("t") == "e":
                yield row, column, (element.findtext("{*}v") or "#VALUE!").strip()
            elif (formula := element.find("{*}f")) is not None and not _has_result(element):
                yield row, column, UncomputedFormula((formula.text or "").strip())
            element.clear()
        elif tag == "row":
            element.clear()
            if sheet_data is not None and len(sheet_data) and sheet_data[-1] is element:
                del sheet_data[-1]


def _has_result(cell: ElementTree.Element) -> bool:
    """Whether a formula cell holds its result. An empty value is one only for a formula
    giving text (t="str"): Excel saves =IF(A1="","",A1) that way."""
    value = cell.find("{*}v")
    return value is not None and (bool(value.text) or cell.get("t") == "str")


CELL_END = b"</c>"
# An error cell: its attributes, and its body unless written empty (`<c r="A2" t="e"/>`).
# A tag cannot run past its `>`, so an empty cell before it (`<c r="A1" s="1"/>`, a
# formatted blank) is never taken for its start; other cells' bodies are never scanned.
_ERROR_CELL = re.compile(rb'<c\b([^>]*?t="e"[^>]*?)(?:/>|>(.*?)</c>)', re.DOTALL)
_REFERENCE = re.compile(rb"""\br=["']([A-Za-z]+)(\d+)["']""")
_VALUE = re.compile(rb"<v>([^<]*)</v>")


def error_cells_by_pattern(path: Path, xml: Iterable[bytes]) -> list[SheetCell]:
    """Error cells of a sheet whose XML does not parse, found by their `r` references; the
    XML comes in pieces cut after a `</c>` (see `pieces`)."""
    found = []
    for attributes, body in (cell for piece in xml for cell in _ERROR_CELL.findall(piece)):
        reference, value = _REFERENCE.search(attributes), _VALUE.search(body)
        if reference is None:
            raise InputError(
                f"{path}: the sheet's XML is damaged near a cell showing a formula error, so "
                "that cell cannot be placed; open the file in Excel and save it again.")
        text = value[1].decode(errors="replace").strip() if value else "#VALUE!"
        found.append((int(reference[2]), column_number(reference[1].decode()), text))
    return found


def column_number(reference: str) -> int:
    """'A7' -> 0, 'AB12' -> 27."""
    number = 0
    for letter in reference.rstrip(string.digits):
        number = number * 26 + string.ascii_uppercase.index(letter.upper()) + 1
    return number - 1


# ---------------------------------------------------------------------------- .xls

# BIFF8 record types: a sheet's start (BOF) and end, a sheet's name and place, an encrypted
# workbook, a constant cell (a boolean or an error) and a formula cell.
BOF, EOF, BOUNDSHEET, FILEPASS, BOOLERR, FORMULA = 0x0809, 0x000A, 0x0085, 0x002F, 0x0205, 0x0006
BIFF8 = 0x0600
BIFF_ERRORS = {0x00: "#NULL!", 0x07: "#DIV/0!", 0x0F: "#VALUE!", 0x17: "#REF!",
               0x1D: "#NAME?", 0x24: "#NUM!", 0x2A: "#N/A", 0x2B: "#GETTING_DATA"}


def xls_error_cells(path: Path, sheet_name: str) -> list[SheetCell]:
    """Error cells of an .xls sheet (#N/A typed, or a formula whose saved result is one),
    which calamine gives as blanks; empty when the file is no Excel 97-2003 workbook."""
    try:
        if not olefile.isOleFile(str(path)):
            return []
        with olefile.OleFileIO(str(path)) as container:
            if not container.exists("Workbook"):
                return []  # an .xlsx saved with a password, or an Excel 5 "Book" stream
            stream = container.openstream("Workbook").read()
        offset = biff_sheet_offset(stream, sheet_name)
        return list(biff_error_cells(stream, offset)) if offset else []
    except (OSError, struct.error, IndexError, ValueError) as error:
        logger.debug("%s: formula errors not looked for (%s)", path, error)
        return []


def biff_records(stream: bytes, offset: int) -> Iterator[tuple[int, int, int]]:
    """(type, where its data starts, its length) of each record from `offset` on."""
    end = len(stream) - 4
    while offset <= end:
        kind, length = struct.unpack_from("<2H", stream, offset)
        yield kind, offset + 4, length
        offset += 4 + length


def biff_sheet_offset(stream: bytes, sheet_name: str) -> int | None:
    """Where the named sheet's records start, from the workbook's own; None unless BIFF8
    (Excel 97 on), as an older one's names are written otherwise."""
    for kind, at, length in biff_records(stream, 0):
        if kind == BOF and struct.unpack_from("<H", stream, at)[0] != BIFF8:
            return None
        if kind in (FILEPASS, EOF):
            return None  # encrypted (calamine refuses it), or no such sheet
        if kind == BOUNDSHEET:
            place, chars, high_byte = struct.unpack_from("<I2xBB", stream, at)
            raw = stream[at + 8:at + length]
            name = (raw[:2 * chars].decode("utf-16-le") if high_byte & 1
                    else raw[:chars].decode("latin-1"))
            if name == sheet_name:
                return int(place)
    return None


def biff_error_cells(stream: bytes, offset: int) -> Iterator[SheetCell]:
    """The error cells among a sheet's records: (row as Excel numbers it, column, its text)."""
    for kind, at, _length in biff_records(stream, offset):
        if kind == BOOLERR:
            row, column, value, is_error = struct.unpack_from("<2H2xBB", stream, at)
            if is_error:
                yield row + 1, column, BIFF_ERRORS.get(value, "#VALUE!")
        elif kind == FORMULA:
            row, column, result_type, value, marker = struct.unpack_from("<2H2xBxB3xH", stream, at)
            if marker == 0xFFFF and result_type == 2:
                yield row + 1, column, BIFF_ERRORS.get(value, "#VALUE!")
        elif kind == EOF:
            return
