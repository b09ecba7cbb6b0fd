"""The merged cells of an OpenDocument (.ods) sheet, which python-calamine does not give.

For .xlsx calamine lists a sheet's merged ranges; for .ods it gives none, so a Date that a
LibreOffice user merged down over a day's sessions would read as blank on all but the first.
An .ods cell says it spans rows with `table:number-rows-spanned`; the cells it covers follow
as `covered-table-cell`. Rows and cells repeat by count (`number-rows-repeated`,
`number-columns-repeated`), as in the formula-error scan.
"""

from __future__ import annotations

from pathlib import Path
from typing import IO
from xml.etree import ElementTree

from importer._formula_errors import attribute, read_ods_content

Merge = tuple[tuple[int, int], tuple[int, int]]  # (top, left), (bottom, right), from 0
ROW_SPAN = b"number-rows-spanned"


def ods_merged_ranges(path: Path, sheet_name: str) -> list[Merge]:
    """The named sheet's merges over more than one row, as calamine gives an .xlsx's; none
    when the file is not an OpenDocument spreadsheet or cannot be looked into."""
    return read_ods_content(path, (ROW_SPAN,), lambda stream: merges_down(stream, sheet_name),
                            [], "merged cells")


def merges_down(stream: IO[bytes], sheet_name: str) -> list[Merge]:
    found: list[Merge] = []
    in_sheet, row, column = False, 0, 0
    for event, element in ElementTree.iterparse(stream, events=("start", "end")):
        tag = element.tag.rpartition("}")[2]
        if tag == "table":
            in_sheet, row = event == "start" and attribute(element, "name") == sheet_name, 0
        elif not in_sheet:
            continue
        elif tag == "table-row" and event == "start":
            column = 0
        elif tag == "table-row":
            row += int(attribute(element, "number-rows-repeated") or 1)
            element.clear()
        elif tag in ("table-cell", "covered-table-cell") and event == "end":
            rows = int(attribute(element, "number-rows-spanned") or 1)
            if rows > 1:
                columns = int(attribute(element, "number-columns-spanned") or 1)
                found.append(((row, column), (row + rows - 1, column + columns - 1)))
            column += int(attribute(element, "number-columns-repeated") or 1)
    return found
