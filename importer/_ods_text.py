"""The text of OpenDocument (.ods) cells holding a line break or a tab, which python-calamine
drops.

A line break inside a cell's paragraph (`<text:line-break/>`) and a tab (`<text:tab/>`) are
elements, not characters; calamine skips both, so 'Speaker: A', a break, 'Room: B' reads as
'Speaker: ARoom: B'. Separate paragraphs (`<text:p>`) and runs of spaces (`<text:s/>`) it
reads. So when content.xml holds either tag (a quick scan of its bytes), the sheet's cells
holding one are read again, with '\\n' and '\\t' as an .xlsx cell holds them; otherwise
nothing more is read.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from pathlib import Path
from typing import IO
from xml.etree import ElementTree

from importer._formula_errors import SheetCell, attribute, read_ods_content

DROPPED_TAGS = (b"<text:line-break", b"<text:tab")
SPOKEN = {"line-break": "\n", "tab": "\t"}  # the elements calamine drops, as characters


def ods_cells_with_breaks(path: Path, sheet_name: str | None) -> list[SheetCell]:
    """(row as LibreOffice numbers it, column from 0, its whole text) of each cell of the
    named sheet holding a line break or a tab; none when the file is not an OpenDocument
    spreadsheet holding one, or cannot be looked into."""
    if sheet_name is None:
        return []
    return ods_breaks_by_sheet(path, {sheet_name}).get(sheet_name, [])


def ods_breaks_by_sheet(path: Path, sheet_names: Collection[str]) -> dict[str, list[SheetCell]]:
    """The cells of each named sheet holding a line break or a tab, as ods_cells_with_breaks
    gives them, in one read of the file: a sheet without any is left out."""
    if not sheet_names:
        return {}
    return read_ods_content(path, DROPPED_TAGS,
                            lambda stream: _by_sheet(cells_with_breaks(stream, sheet_names)),
                            {}, "line breaks in cells")


def _by_sheet(cells: Iterator[tuple[str, int, int, str]]) -> dict[str, list[SheetCell]]:
    found: dict[str, list[SheetCell]] = {}
    for sheet, row, column, text in cells:
        found.setdefault(sheet, []).append((row, column, text))
    return found


def cells_with_breaks(stream: IO[bytes], sheet_names: Collection[str]
                      ) -> Iterator[tuple[str, int, int, str]]:
    """(sheet, row, column, text) of the named sheets' cells holding a break or a tab.
    Rows and cells repeat by count (`number-rows-repeated`, `number-columns-repeated`):
    a repeated cell's text stands in each place it repeats to. A covered cell (under a
    merge) takes its place but shows nothing."""
    sheet: str | None = None  # the named sheet being read, if any
    row, column = 0, 0
    found: list[tuple[int, str]] = []  # the row's cells read again: (column, text)
    for event, element in ElementTree.iterparse(stream, events=("start", "end")):
        tag = element.tag.rpartition("}")[2]
        if tag == "table":
            name = attribute(element, "name")
            sheet, row = name if event == "start" and name in sheet_names else None, 0
        elif sheet is None:
            continue
        elif tag == "table-row" and event == "start":
            found, column = [], 0
        elif tag == "table-row":
            rows = int(attribute(element, "number-rows-repeated") or 1)
            yield from ((sheet, row + 1 + r, at, text)
                        for r in range(rows) for at, text in found)
            row += rows
            element.clear()
        elif tag in ("table-cell", "covered-table-cell") and event == "end":
            columns = int(attribute(element, "number-columns-repeated") or 1)
            if tag == "table-cell" and has_dropped_element(element):
                text = cell_text(element)
                if text.strip():  # a break alone is a blank cell, as calamine reads it
                    found.extend((column + c, text) for c in range(columns))
            column += columns


def has_dropped_element(cell: ElementTree.Element) -> bool:
    return any(element.tag.rpartition("}")[2] in SPOKEN for element in cell.iter())


def cell_text(cell: ElementTree.Element) -> str:
    """The cell's paragraphs, one a line, as LibreOffice shows them; a comment on the cell
    (`office:annotation`, which holds paragraphs too) is not its text."""
    return "\n".join(paragraph_text(p) for p in cell
                     if p.tag.rpartition("}")[2] in ("p", "h"))


def paragraph_text(element: ElementTree.Element) -> str:
    """Text with its spans and links, `<text:s text:c="3"/>` as three spaces, a line break
    as '\\n' and a tab as '\\t'."""
    parts = [element.text or ""]
    for child in element:
        tag = child.tag.rpartition("}")[2]
        if tag in SPOKEN:
            parts.append(SPOKEN[tag])
        elif tag == "s":
            parts.append(" " * int(attribute(child, "c") or 1))
        elif tag != "annotation":
            parts.append(paragraph_text(child))
        parts.append(child.tail or "")
    return "".join(parts)
