"""Rows of an .xlsx sheet with a cell struck through, as a planner marks a cancelled talk.

The strike is a font, which calamine does not read: without a look at the styles the
session would be sent as if nothing marked it. Found from the workbook's styles (a few KB)
and, only when some cell style strikes its text through, a scan of the sheet's XML for
filled cells with that style; on a thread while calamine reads the sheet, as for percentages.
"""

from __future__ import annotations

import logging
import re
import zipfile
from collections.abc import Iterable
from pathlib import Path
from xml.etree import ElementTree

from importer._formula_errors import CELL_END, pieces, sheet_part
from importer._percent_cells import STYLES

logger = logging.getLogger("importer.load")

_ROW = re.compile(rb"""\br=["'][A-Za-z]+(\d+)["']""")
_OFF = ("0", "false")  # <strike val="0"/>: a style that turns the strike off


def struck_rows(path: Path, sheet_name: str | None) -> frozenset[int]:
    """The rows (as Excel numbers them) holding a filled cell whose text is struck through;
    none when no style strikes (most workbooks: the sheet is then not read) or the file is
    no .xlsx."""
    if sheet_name is None or not zipfile.is_zipfile(path):
        return frozenset()
    try:
        with zipfile.ZipFile(path) as archive:
            if STYLES not in archive.namelist():
                return frozenset()
            styles = archive.read(STYLES)
            struck = strike_styles(styles) if b"strike" in styles else set()
            part = sheet_part(archive, sheet_name) if struck else None
            if part is None:
                return frozenset()
            return rows_with_styles(pieces(archive, part, CELL_END), struck)
    except (KeyError, ValueError, zipfile.BadZipFile, ElementTree.ParseError) as error:
        logger.debug("%s: struck-through cells not looked for (%s)", path, error)
        return frozenset()


def strike_styles(styles_xml: bytes) -> set[str]:
    """The cell styles (their index in cellXfs, as a cell's s="..." gives it) whose font is
    struck through."""
    root = ElementTree.fromstring(styles_xml)
    fonts = {index for index, font in enumerate(root.iterfind("{*}fonts/{*}font"))
             if (strike := font.find("{*}strike")) is not None
             and (strike.get("val") or "1").lower() not in _OFF}
    return {str(index) for index, xf in enumerate(root.iterfind("{*}cellXfs/{*}xf"))
            if int(xf.get("fontId") or 0) in fonts}


def rows_with_styles(xml: Iterable[bytes], styles: set[str]) -> frozenset[int]:
    """The rows of the cells with one of `styles` that hold something (not written `<c/>`)."""
    style = b"|".join(re.escape(index.encode()) for index in styles)
    cell = re.compile(rb"""<c\b([^>]*?\bs=["'](?:""" + style + rb""")["'][^>]*?)(/?)>""")
    return frozenset(int(row[1]) for piece in xml for attributes, empty in cell.findall(piece)
                     if not empty and (row := _ROW.search(attributes)))
