"""Stage 1, load: read a CSV or workbook sheet into a `Sheet` of raw cell values.

    sheet = load_sheet("programme.xlsx", expected_columns=["Session Title", "Date"])
    sheet.columns   # ['Session ID', 'Session Title', 'Date', ...] as written in the file
    sheet.frame     # one row per record, indexed by the row number Excel shows

Cells keep what the file holds: CSV cells are `str`; workbook cells are str, int, float, bool,
date, time or datetime (formulas give their cached value, and a failed one the text Excel
shows, such as '#N/A'; an .xlsx number formatted as a percentage, the text shown, '100%';
a cell merged down over several rows gives its value to each of them).
Blank cells are None. Title or instruction rows above the header are skipped, as are blank
rows and fully blank columns. Rows a workbook hides from view (by hand or by a filter) are
read like the others and named in `Sheet.hidden`. A header written twice keeps its name on
the first column and becomes 'Date (2)' on the next (`Sheet.repeats` says so). Anything
that stops the file from being read raises `InputError` with one line saying what is wrong
and how to fix it. A file with a header but no records is a valid, empty `Sheet`.

A programme kept on one tab per day is read as one table by `load_sheets`:

    sheet = load_sheets("programme.xlsx", ["Day 1", "Day 2"], expected_columns=[...])
    sheet = load_sheets("programme.xlsx", [ALL_SHEETS], expected_columns=[...])
    sheet.parts     # each sheet read: its name, header row and number of records
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Sequence
from dataclasses import replace
from pathlib import Path

import pandas as pd

from importer._given_paths import spreadsheet_path
from importer._load_grid import ACCEPTED_EXTENSIONS, CSV_EXTENSIONS, check_is_file, read_grid
from importer._load_header_row import (
    HEADER_SEARCH_ROWS,
    check_header_row,
    find_header_row,
    joined_header,
    sub_header_row,
)
from importer._load_headerless import headerless_error
from importer._load_joined import check_same_columns, joined_sheets
from importer._load_names import column_letter, normalize_header
from importer._load_other_sheets import (
    sheet_with_the_columns,
    sheets_nearly_with_header,
    sheets_with_header,
)
from importer._load_sheet import Sheet, SheetPart, sheet_place
from importer._load_table import header_fields, table_below
from importer._shell_words import shell_word
from importer._steady_file import read_steadily
from importer.errors import InputError, NoSheetsInCsvError

__all__ = ["ACCEPTED_EXTENSIONS", "ALL_SHEETS", "Sheet", "SheetPart", "check_is_file",
           "column_letter", "headerless_error", "load_sheet", "load_sheets",
           "normalize_header", "read_grid", "sheet_place"]

logger = logging.getLogger("importer.load")

ALL_SHEETS = "all"  # --sheet all: every visible sheet with the first one's columns


def load_sheet(
    path: str | Path,
    sheet: str | int | None = None,
    *,
    header_row: int | None = None,
    expected_columns: Collection[str] = (),
    required_columns: Collection[str] = (),
    header_names: Sequence[str] = (),
) -> Sheet:
    """Read `path` (CSV or workbook) and return its table; see the module docstring.

    `sheet`: a workbook sheet by name or 0-based index; default the first visible sheet
    holding data, unless it lacks some of `required_columns` and a later one has them all (a
    workbook that opens on a notes or instructions tab).
    `header_row`: the header's row number as Excel shows it, when detection picks wrongly.
    `expected_columns`: header names the caller looks for; the header is the row with most.
    `header_names`: the names to tell a file without a header row to add (a mapping's
    required columns); by default a schedule's usual ones.
    """
    path = spreadsheet_path(path)
    check_is_file(path)
    grid = read_grid(path, sheet)
    if sheet is None and (better := sheet_with_the_columns(grid, required_columns)):
        others = {name: rows for name, rows in grid.other_sheets.items() if name != better}
        grid = read_grid(path, better)._replace(other_sheets=others,
                                                hidden_sheets=grid.hidden_sheets)
    elif sheet is None and (hidden := sheet_with_the_columns(grid, required_columns,
                                                             hidden=True)):
        raise InputError(
            f"{path}: sheet {grid.sheet_name!r} lacks the columns the mapping needs, and "
            f"the sheet that has them, {hidden!r}, is hidden; unhide it in Excel or pass "
            f"--sheet {shell_word(hidden)}.")
    cells, cells_per_row, sheet_name = grid.cells, grid.cells_per_row, grid.sheet_name
    where = f"{path}" if sheet_name is None else f"sheet {sheet_name!r} of {path}"
    filled_rows = pd.Series(cells_per_row > 0, index=cells.index)
    if not filled_rows.any():
        raise InputError(f"{where} is empty: add a header row and one row per session.")
    if header_row is None:
        header_row = find_header_row(cells[filled_rows].head(HEADER_SEARCH_ROWS), expected_columns,
                                     where, header_names)
    else:
        check_header_row(where, cells, filled_rows, header_row)
    header_rows = 1
    if (below := sub_header_row(cells, filled_rows, header_row, expected_columns)) is not None:
        cells.loc[header_row] = joined_header(list(cells.loc[header_row]), list(cells.loc[below]))
        filled_rows = filled_rows.copy()
        filled_rows[below] = False  # part of the header, not a record
        header_rows = below - header_row + 1
    table = table_below(cells, filled_rows, header_row, header_fields(grid, header_row))
    logger.debug("%s: header on row %d, %d records", where, header_row, len(table.frame))
    per_record = pd.Series(cells_per_row, index=cells.index)[table.frame.index].to_numpy()
    header = [cells.at[header_row, column] for column in cells.columns]
    similar = sheets_with_header(header, grid.other_sheets, expected_columns)
    near = sheets_nearly_with_header(header, grid.other_sheets, expected_columns)
    hidden_similar = sheets_with_header(header, grid.hidden_sheets, expected_columns)
    return Sheet(path, sheet_name, header_row, table.columns, table.frame, grid.encoding,
                 grid.delimiter, table.repeats, table.letters, per_record, similar,
                 table.untitled, grid.hidden_rows, near_sheets=near,
                 hidden_similar=hidden_similar, header_rows=header_rows,
                 struck=grid.struck_rows)


def load_sheets(
    path: str | Path,
    sheets: str | int | Sequence[str | int] | None,
    *,
    expected_columns: Collection[str] = (),
    required_columns: Collection[str] = (),
    header_names: Sequence[str] = (),
) -> Sheet:
    """Read one or several sheets of a workbook as one table (a programme kept on one tab
    per day). `sheets`: names or 0-based indexes, or [ALL_SHEETS] for the sheet load_sheet
    picks and every other visible one whose header holds the same expected columns. No
    sheets, or one, reads as load_sheet does.

    Each sheet's header is found on its own; every sheet must hold the same expected columns
    (those the mapping reads) as the first, or `InputError` names the sheet and the column.
    A file saved while it is read is read again (see `_steady_file`).
    """
    path = spreadsheet_path(path)
    names = _sheet_names(sheets)
    sheet = read_steadily(path, lambda: _load_sheets(path, names, expected_columns,
                                                     required_columns, header_names))
    if sheet.sheet_name is not None or sheet.parts:  # a workbook's: a CSV file has no tabs
        sheet.named = [str(name) for name in names]
    return sheet


def _sheet_names(sheets: str | int | Sequence[str | int] | None) -> Sequence[str | int]:
    return [] if sheets is None else [sheets] if isinstance(sheets, str | int) else sheets


def tab_nearly_alike(near: str, path: Path | str, first: str | None, column: str) -> str:
    """Why --sheet all stops at a tab holding most of the columns the mapping reads on the
    first tab, but not `column` (a day's tab headed 'Talk' where the others have 'Title')."""
    return (f"sheet {near!r} of {path} has most of the columns of sheet {first!r} but no "
            f"{column!r} column, so --sheet {ALL_SHEETS} cannot tell whether it is part of the "
            "programme: give it the same header, or name each sheet to read with --sheet.")


def _load_sheets(path: Path, names: Sequence[str | int],
                 expected_columns: Collection[str], required_columns: Collection[str],
                 header_names: Sequence[str]) -> Sheet:
    loaded: dict[str | None, Sheet] = {}
    if [str(name).casefold() for name in names] == [ALL_SHEETS]:  # 'All' too
        first = load_sheet(path, None, expected_columns=expected_columns,
                           required_columns=required_columns, header_names=header_names)
        if first.near_sheets:  # left out, its sessions would be missed (and pruned)
            near, column = next(iter(first.near_sheets.items()))
            raise InputError(tab_nearly_alike(near, path, first.sheet_name, column))
        if not first.similar_sheets:
            return first  # one sheet holds the programme: read as it always was
        loaded[first.sheet_name] = first  # read once
        names = first.similar_sheets
    elif ALL_SHEETS in names:
        raise InputError(f"--sheet {ALL_SHEETS} already reads every sheet with the programme's "
                         "columns: give it alone, or name each sheet to read instead.")
    if len(names) <= 1 and not loaded:
        one = load_sheet(path, names[0] if names else None, expected_columns=expected_columns,
                         required_columns=required_columns, header_names=header_names)
        return replace(one, hidden_similar=[])  # one sheet meant: the hidden ones are not
    if path.suffix.lower() in CSV_EXTENSIONS:
        raise NoSheetsInCsvError(path, sheet=names[0])
    for wanted in names:  # a sheet named twice (by name and by number) is read once
        one = load_sheet(path, wanted, expected_columns=expected_columns,
                         header_names=header_names)
        loaded.setdefault(one.sheet_name, one)
    parts = list(loaded.values())
    if len(parts) == 1:
        return parts[0]
    for other in parts[1:]:
        check_same_columns(path, parts[0], other, expected_columns)
    return replace(joined_sheets(path, parts), hidden_similar=parts[0].hidden_similar)
