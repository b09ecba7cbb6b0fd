"""Number cells an .xlsx sheet formats as a percentage, which calamine gives as bare values.

A capacity column formatted as a percentage by mistake shows 100% and holds 1: read as its
value, the session would be sent with a capacity of 1. So such cells are read as Excel shows
them ('100%'), and a field wanting a number says it cannot read that. Found from the
workbook's styles (a few KB) and, only when some style is a percentage, a scan of the sheet's
XML for cells with that style; on a thread while calamine reads the sheet, as for formula
errors.
"""

from __future__ import annotations

import logging
import re
import zipfile
from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from xml.etree import ElementTree

from importer._formula_errors import CELL_END, column_number, pieces, sheet_part

logger = logging.getLogger("importer.load")

STYLES = "xl/styles.xml"
BUILT_IN_PERCENT = {9: 0, 10: 2}  # numFmtId -> decimals: '0%' and '0.00%'
_QUOTED = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.')  # literal text and [colour] or [<100] parts
_DECIMALS = re.compile(r"\.(0+)")
_REFERENCE = re.compile(rb"""\br=["']([A-Za-z]+)(\d+)["']""")
_TEXT_TYPE = re.compile(rb"""\bt=["'](?:s|str|inlineStr|b|e)["']""")

PercentCells = dict[tuple[int, int], int]  # (row as Excel numbers it, column from 0) -> decimals


def percent_cells(path: Path, sheet_name: str | None) -> PercentCells:
    """Each number cell of the sheet formatted as a percentage, with the decimals its format
    shows; empty when there is none or the file is no .xlsx (an .ods or .xls is not looked
    into)."""
    if sheet_name is None or not zipfile.is_zipfile(path):
        return {}
    try:
        with zipfile.ZipFile(path) as archive:
            if STYLES not in archive.namelist():
                return {}
            styles = percent_styles(archive.read(STYLES))
            part = sheet_part(archive, sheet_name) if styles else None
            if part is None:
                return {}
            return styled_cells(pieces(archive, part, CELL_END), styles)
    except (KeyError, ValueError, zipfile.BadZipFile, ElementTree.ParseError) as error:
        logger.debug("%s: percentage formats not looked for (%s)", path, error)
        return {}


def percent_styles(styles_xml: bytes) -> dict[str, int]:
    """The cell styles (their index in cellXfs, as a cell's s="..." gives it) whose number
    format is a percentage, with its decimals."""
    root = ElementTree.fromstring(styles_xml)
    formats = dict(BUILT_IN_PERCENT)
    for number_format in root.iterfind("{*}numFmts/{*}numFmt"):
        code = _QUOTED.sub("", number_format.get("formatCode") or "")
        if "%" in code:
            decimals = _DECIMALS.search(code.split(";")[0])
            formats[int(number_format.get("numFmtId") or -1)] = (
                len(decimals[1]) if decimals else 0)
    return {str(index): formats[int(xf.get("numFmtId") or 0)]
            for index, xf in enumerate(root.iterfind("{*}cellXfs/{*}xf"))
            if int(xf.get("numFmtId") or 0) in formats}


def styled_cells(xml: Iterable[bytes], styles: dict[str, int]) -> PercentCells:
    """The cells with one of `styles` that hold a number (no text type, not left empty)."""
    style = b"|".join(re.escape(index.encode()) for index in styles)
    cell = re.compile(rb"""<c\b([^>]*?\bs=["'](""" + style + rb""")["'][^>]*?)(/?)>""")
    found: PercentCells = {}
    for piece in xml:
        for attributes, index, empty in cell.findall(piece):
            reference = _REFERENCE.search(attributes)
            if empty or reference is None or _TEXT_TYPE.search(attributes):
                continue
            row, column = int(reference[2]), column_number(reference[1].decode())
            found[row, column] = styles[index.decode()]
    return found


def show_percentages(rows: list[list[object]], cells: PercentCells,
                     start: tuple[int, int]) -> None:
    """Put each percentage cell's number as Excel shows it: 1 -> '100%'."""
    first_row, first_col = start
    for (row, column), decimals in cells.items():
        at_row, at_column = row - 1 - first_row, column - first_col
        if not (0 <= at_row < len(rows) and 0 <= at_column < len(rows[at_row])):
            continue
        value = rows[at_row][at_column]
        if isinstance(value, int | float) and not isinstance(value, bool):
            rows[at_row][at_column] = f"{percent_shown(value, decimals)}%"


def percent_shown(value: float, decimals: int) -> Decimal:
    """The percentage as Excel rounds it, half away from zero from the number as written:
    0.125 shows 13% and 0.285 29% (a float's own rounding gives 12% and 28%)."""
    step = Decimal(1).scaleb(-decimals)
    return (Decimal(repr(value)) * 100).quantize(step, rounding=ROUND_HALF_UP)
