"""Finding the rows of a workbook sheet that are hidden from view.

A planner hides a cancelled session's row, or turns a filter on to see Day 1 only and saves
the file so. Either way the row is still in the file and calamine reads it like any other;
the person looking at the sheet does not see it. The rows are imported all the same (a
filter only changes the view, and a row left out would be deleted by `--prune`), and
validation warns about each one, so that nothing is sent that the planner cannot see.

An .xlsx marks such a row `<row r="7" hidden="1">` whether it was hidden by hand, by a filter
or by a collapsed outline group; a filter with criteria (`<filterColumn>` in the sheet's
`<autoFilter>` or in a table of the sheet) says which is likelier. An .ods marks a row
`table:visibility="collapse"` (by hand) or `"filter"`. As with formula errors, the part's
text is scanned first and only parsed when it mentions any.
"""

from __future__ import annotations

import logging
import posixpath
import re
import zipfile
from collections.abc import Iterable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

from importer._formula_errors import ODS_CONTENT, attribute, mentions, pieces, sheet_part

logger = logging.getLogger("importer.load")

XLSX_HIDDEN = (b'hidden="1"', b'hidden="true"', b"hidden='1'", b"hidden='true'")
XLSX_FILTER = b"filterColumn"
ODS_HIDDEN = (b'visibility="collapse"', b'visibility="filter"')
ODS_LAST_ROW = 1_048_576  # LibreOffice's, where calamine stops reading a sheet
_ROW_TAG = re.compile(rb"<(?:\w+:)?row\b([^>]*)>")
_ROW_NUMBER = re.compile(rb"""\br\s*=\s*["'](\d+)["']""")
_HIDDEN_ATTRIBUTE = re.compile(rb"""\bhidden\s*=\s*["'](1|true)["']""")


@dataclass(frozen=True, slots=True)
class HiddenRows:
    rows: frozenset[int]  # row numbers as Excel shows them
    filtered: bool  # the sheet has a filter with criteria on: most hidden rows are its doing


NONE_HIDDEN = HiddenRows(frozenset(), filtered=False)


def hidden_rows(path: Path, sheet_name: str | None) -> HiddenRows:
    """The hidden rows of the named sheet; none when the file cannot be looked into (.xls)."""
    if sheet_name is None or not zipfile.is_zipfile(path):
        return NONE_HIDDEN
    try:
        with zipfile.ZipFile(path) as archive:
            if ODS_CONTENT in archive.namelist():
                if not mentions(archive, ODS_CONTENT, ODS_HIDDEN):
                    return NONE_HIDDEN
                return ods_hidden_rows(archive, sheet_name)
            part = sheet_part(archive, sheet_name)
            if part is None or not mentions(archive, part, XLSX_HIDDEN):
                return NONE_HIDDEN
            with closing(pieces(archive, part, b">")) as xml:
                return HiddenRows(xlsx_hidden_rows(xml), filtered=has_filter(archive, part))
    except (KeyError, ValueError, zipfile.BadZipFile, ElementTree.ParseError) as error:
        logger.debug("%s: hidden rows not looked for (%s)", path, error)
        return NONE_HIDDEN


def xlsx_hidden_rows(xml: Iterable[bytes]) -> frozenset[int]:
    """Row numbers of the `<row>` tags marked hidden; a tag without `r` follows the previous.
    The XML comes in pieces cut after a `>` (see `pieces`)."""
    hidden, number = set(), 0
    for match in (tag for piece in xml for tag in _ROW_TAG.finditer(piece)):
        attributes = match[1]
        given = _ROW_NUMBER.search(attributes)
        number = int(given[1]) if given else number + 1
        if _HIDDEN_ATTRIBUTE.search(attributes):
            hidden.add(number)
    return frozenset(hidden)


def has_filter(archive: zipfile.ZipFile, part: str) -> bool:
    """Whether the sheet, or a table on it, has a filter with criteria."""
    if mentions(archive, part, (XLSX_FILTER,)):
        return True
    folder, name = posixpath.split(part)
    relations = posixpath.join(folder, "_rels", name + ".rels")
    if relations not in archive.namelist():
        return False
    # Excel writes "../tables/table1.xml", openpyxl "/xl/tables/table1.xml".
    tables = [posixpath.normpath(posixpath.join(folder, target)).lstrip("/")
              for relation in ElementTree.fromstring(archive.read(relations))
              if (relation.get("Type") or "").endswith("/table")
              and (target := relation.get("Target"))]
    return any(table in archive.namelist() and mentions(archive, table, (XLSX_FILTER,))
               for table in tables)


def ods_hidden_rows(archive: zipfile.ZipFile, sheet_name: str) -> HiddenRows:
    """The same for an OpenDocument sheet, whose rows repeat by count instead of by number."""
    hidden: set[int] = set()
    filtered, in_sheet, row = False, False, 0
    with archive.open(ODS_CONTENT) as stream:
        for event, element in ElementTree.iterparse(stream, events=("start", "end")):
            tag = element.tag.rpartition("}")[2]
            if tag == "table":
                in_sheet, row = event == "start" and attribute(element, "name") == sheet_name, 0
            elif in_sheet and tag == "table-row" and event == "end":
                count = int(attribute(element, "number-rows-repeated") or 1)
                visibility = attribute(element, "visibility")
                # Only rows with a value: a hidden blank row can repeat a million times.
                if visibility in ("collapse", "filter") and "".join(element.itertext()).strip():
                    # A repeat past the sheet's last row (a hostile file says a billion) would
                    # fill memory; calamine stops reading there too.
                    hidden.update(range(row + 1, min(row + count, ODS_LAST_ROW) + 1))
                    filtered = filtered or visibility == "filter"
                row += count
                element.clear()
    return HiddenRows(frozenset(hidden), filtered)

