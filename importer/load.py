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

import itertools
import logging
import re
import string
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np
import numpy.typing as npt
import pandas as pd

from importer._csv import read_csv_grid
from importer._data_first_row import shaped_as_data
from importer._date_words import date_from_words, split_weekday, weekday_named
from importer._hidden_rows import NONE_HIDDEN, HiddenRows
from importer._xlsx import has_value, read_workbook_grid
from importer.convert import (
    CellError,
    cell_text,
    numeric_date_readings,
    parse_time,
    parse_time_range,
)
from importer.errors import InputError
from importer.model import listed, unmistakable

__all__ = ["ACCEPTED_EXTENSIONS", "ALL_SHEETS", "Sheet", "SheetPart", "load_sheet", "load_sheets",
           "normalize_header"]

logger = logging.getLogger("importer.load")

CSV_EXTENSIONS = (".csv", ".tsv", ".txt")
WORKBOOK_EXTENSIONS = (".xlsx", ".xlsm", ".xls", ".ods")
ACCEPTED_EXTENSIONS = CSV_EXTENSIONS + WORKBOOK_EXTENSIONS
HEADER_SEARCH_ROWS = 30  # title and instruction rows above the header: never more than a few
ALL_SHEETS = "all"  # --sheet all: every visible sheet with the first one's columns


@dataclass(frozen=True)
class SheetPart:
    """One of several sheets read as one table: its records are `records` frame rows, in
    the order the sheets were read."""

    name: str
    header_row: int
    records: int
    hidden: HiddenRows = NONE_HIDDEN
    header_rows: int = 1  # 2 for a header written on two rows
    struck: frozenset[int] = frozenset()  # rows with a cell struck through


@dataclass
class Sheet:
    """One table read from a file: cleaned header names and one frame row per record."""

    path: Path
    sheet_name: str | None
    header_row: int
    columns: list[str]
    frame: pd.DataFrame
    encoding: str | None = None
    delimiter: str | None = None
    # A header written twice: the first column keeps the name, the others become 'Date (2)'...
    repeats: dict[str, list[str]] = field(default_factory=dict)  # name -> its renamed copies
    letters: dict[str, str] = field(default_factory=dict)  # column name -> Excel letter
    # Non-blank cells in each record, counted while the file was read.
    cells_per_row: npt.NDArray[np.int32] = field(
        default_factory=lambda: np.zeros(0, dtype=np.int32))
    # The workbook's other sheets with this header, when none was named (one tab per day).
    similar_sheets: list[str] = field(default_factory=list)
    # Columns with data but a blank header ('Column H') -> whether past the last named one.
    untitled: dict[str, bool] = field(default_factory=dict)
    # Rows the spreadsheet program hides from view (by hand or by a filter): still read.
    hidden: HiddenRows = NONE_HIDDEN
    # Several sheets read as one (one tab per day): each sheet's part of the frame, in order.
    # Empty when one sheet was read; then rows need no sheet name.
    parts: list[SheetPart] = field(default_factory=list)
    # Other visible sheets holding most of the expected columns this header holds but not
    # all (a day's tab whose header was edited): name -> a column it lacks.
    near_sheets: dict[str, str] = field(default_factory=dict)
    # Hidden sheets with this header, when none was named (a day's tab hidden in Excel):
    # never read unless named.
    hidden_similar: list[str] = field(default_factory=list)
    # A header written on two rows ('Time' merged over 'Start' and 'End') spans 2, from
    # header_row on.
    header_rows: int = 1
    # Rows with a cell struck through, as a cancelled talk's often are: still read.
    struck: frozenset[int] = frozenset()

    def record_sheets(self) -> list[str | None]:
        """The sheet of each record, when several were read as one; else None for each."""
        if not self.parts:
            return [None] * len(self.frame)
        return [part.name for part in self.parts for _ in range(part.records)]

    def part_starts(self) -> list[tuple[int, SheetPart]]:
        """Each of several sheets read as one, with the frame position its records start at."""
        starts = itertools.accumulate((part.records for part in self.parts), initial=0)
        return list(zip(starts, self.parts, strict=False))  # the last sum starts nothing

    def sheet_of(self, pos: int) -> str | None:
        """The sheet of the record at frame position `pos`, when several were read as one."""
        for start, part in self.part_starts():
            if pos < start + part.records:
                return part.name
        return None

    def column_label(self, name: str) -> str:
        """A column as the user finds it: 'Date' (column C)."""
        letter = self.letters.get(name)
        return f"{name!r} (column {letter})" if letter else repr(name)


def normalize_header(name: str) -> str:
    """The form header names are compared in: case-folded, NBSP and runs of spaces collapsed,
    no space around a slash or bracket ('Room / Location', 'Track(Optional)')."""
    return _SPACED_PUNCTUATION.sub(r"\1", clean_header(name)).casefold()


_SPACED_PUNCTUATION = re.compile(r"\s*([/()])\s*")


def clean_header(name: str) -> str:
    # str.split() splits on every Unicode space, NBSP included, and drops the ends.
    return " ".join(name.split())


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
    path = Path(path)
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
            f"--sheet {hidden!r}.")
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
    """
    path = Path(path)
    names: Sequence[str | int] = (
        [] if sheets is None else [sheets] if isinstance(sheets, str | int) else sheets)
    loaded: dict[str | None, Sheet] = {}
    if [str(name).casefold() for name in names] == [ALL_SHEETS]:  # 'All' too
        first = load_sheet(path, None, expected_columns=expected_columns,
                           required_columns=required_columns, header_names=header_names)
        if first.near_sheets:  # left out, its sessions would be missed (and pruned)
            near, column = next(iter(first.near_sheets.items()))
            raise InputError(
                f"sheet {near!r} of {path} has most of the columns of sheet "
                f"{first.sheet_name!r} but no {column!r} column, so --sheet {ALL_SHEETS} cannot "
                f"tell whether it is part of the programme: give it the same header, or name "
                f"each sheet to read with --sheet.")
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
        raise InputError(f"{path} is a CSV file and has no sheets: do not name a sheet.")
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


def check_same_columns(path: Path, first: Sheet, other: Sheet,
                       expected_columns: Collection[str]) -> None:
    """`other` must hold the expected columns `first` holds, and no more: a column the
    mapping reads on one day's sheet and not on another's would send that day's sessions
    without it."""
    wanted = {normalize_header(name) for name in expected_columns}
    mine = {normalize_header(c): c for c in first.columns if normalize_header(c) in wanted}
    theirs = {normalize_header(c): c for c in other.columns if normalize_header(c) in wanted}
    if bool(mine) != bool(theirs):  # one holds a title only, so far, or notes
        empty, having = (other, first) if mine else (first, other)
        raise InputError(
            f"sheet {empty.sheet_name!r} of {path} has none of the columns the mapping reads "
            f"(sheet {having.sheet_name!r} has its header on row {having.header_row}): give it "
            f"the same header row, or leave sheet {empty.sheet_name!r} out of --sheet.")
    if missing := [name for key, name in mine.items() if key not in theirs]:
        lacking, having, column = other, first, missing[0]
    elif extra := [name for key, name in theirs.items() if key not in mine]:
        lacking, having, column = first, other, extra[0]
    else:
        return
    raise InputError(
        f"sheet {lacking.sheet_name!r} of {path} has no {column!r} column (its header is on "
        f"row {lacking.header_row}), but sheet {having.sheet_name!r} has one and the mapping "
        f"reads it: give every sheet read the same column headers, or leave sheet "
        f"{lacking.sheet_name!r} out of --sheet.")


def joined_sheets(path: Path, sheets: list[Sheet]) -> Sheet:
    """Several sheets' records as one frame, each sheet's after the one before. Columns
    are matched by name (as normalize_header compares them) and keep the first spelling;
    a column's letter is kept where every sheet has it in the same place."""
    spelling: dict[str, str] = {}
    for sheet in sheets:
        for name in sheet.columns:
            spelling.setdefault(normalize_header(name), name)
    columns = list(spelling.values())
    frames = []
    for sheet in sheets:
        frame = sheet.frame.set_axis([spelling[normalize_header(c)] for c in sheet.columns],
                                     axis="columns")
        frames.append(frame.reindex(columns=columns).astype(object))
    frame = pd.concat(frames)
    frame = frame.where(frame.notna(), None)  # a column some sheet lacks: blank there
    letters: dict[str, str] = {}
    for name in columns:
        found = {sheet.letters[name] for sheet in sheets if name in sheet.letters}
        if len(found) == 1:
            letters[name] = found.pop()
    repeats: dict[str, list[str]] = {}
    untitled: dict[str, bool] = {}
    for sheet in sheets:
        for name, copies in sheet.repeats.items():
            repeats.setdefault(name, [])
            repeats[name] += [c for c in copies if c not in repeats[name]]
        for name, past in sheet.untitled.items():
            untitled[name] = untitled.get(name, False) or past
    parts = [SheetPart(str(s.sheet_name), s.header_row, len(s.frame), s.hidden, s.header_rows,
                       s.struck)
             for s in sheets]
    return Sheet(path, None, sheets[0].header_row, columns, frame, None, None, repeats,
                 letters, np.concatenate([s.cells_per_row for s in sheets]), [], untitled,
                 NONE_HIDDEN, parts, header_rows=sheets[0].header_rows)


class Grid(NamedTuple):
    """A file's raw cells, before the header is found."""

    cells: pd.DataFrame
    cells_per_row: npt.NDArray[np.int32]  # non-blank cells in each row
    sheet_name: str | None
    encoding: str | None
    delimiter: str | None
    other_sheets: dict[str, list[list[Any]]]  # first rows of a workbook's other sheets
    hidden_sheets: dict[str, list[list[Any]]]  # and of its hidden ones
    hidden_rows: HiddenRows = NONE_HIDDEN
    struck_rows: frozenset[int] = frozenset()
    head_fields: tuple[int, ...] = ()  # a CSV's first records' fields, empty ones included


def read_grid(path: Path, sheet: str | int | None) -> Grid:
    suffix = path.suffix.lower()
    if suffix in CSV_EXTENSIONS:
        if sheet not in (None, 0, "0"):
            raise InputError(f"{path} is a CSV file and has no sheets: do not name a sheet.")
        csv_grid = read_csv_grid(path)
        return Grid(csv_grid.cells, csv_grid.cells_per_row, None, csv_grid.encoding,
                    csv_grid.delimiter, {}, {}, head_fields=csv_grid.head_fields)
    if suffix in WORKBOOK_EXTENSIONS:
        book = read_workbook_grid(path, sheet)
        return Grid(book.cells, book.cells_per_row, book.sheet_name, None, None,
                    book.other_sheets, book.hidden_sheets, book.hidden_rows, book.struck_rows)
    how = EXPORT_HOW.get(suffix, f"save the schedule as one of {', '.join(ACCEPTED_EXTENSIONS)}")
    raise InputError(f"{path}: cannot read {suffix or 'files without an extension'}; {how}.")


# Where a schedule often comes from, and how to get a sheet gbimport reads out of it.
EXPORT_HOW = {
    ".numbers": "in Numbers, use File > Export To > Excel (or CSV) and give gbimport that file",
    ".gsheet": "it is only a link to a Google Sheet: in Google Sheets use File > Download > "
               "Microsoft Excel (.xlsx) and give gbimport that file",
}


def sheet_with_the_columns(grid: Grid, required_columns: Collection[str], *,
                           hidden: bool = False) -> str | None:
    """The sheet to read when none was named and the default one (the first visible one with
    data) lacks some required column (a workbook that opens on a notes tab), or holds them
    over no session (a template tab kept first): the first other visible (or, with `hidden`,
    hidden) sheet holding them over sessions, else (for a missing column) the first holding
    them at all; None when the default one will do or none is better."""
    wanted = {normalize_header(name) for name in required_columns}
    candidates = grid.hidden_sheets if hidden else grid.other_sheets
    if not wanted or not candidates:
        return None
    top = list(grid.cells[grid.cells_per_row > 0].head(HEADER_SEARCH_ROWS)
               .itertuples(index=False, name=None))
    has_columns = holds_all(top, wanted)
    if has_columns and (hidden or holds_sessions(top, wanted)):
        return None
    with_sessions = next(
        (name for name, rows in candidates.items() if holds_sessions(rows, wanted)), None)
    if with_sessions or has_columns:
        return with_sessions
    return next((name for name, rows in candidates.items() if holds_all(rows, wanted)), None)


def holds_sessions(rows: Iterable[Iterable[Any]], wanted: set[str]) -> bool:
    """Whether a row holds every wanted column name, with a value on some row below it."""
    listed = [list(row) for row in rows]
    at = next((last for last, names in header_candidates(listed) if wanted <= names), None)
    return at is not None and any(
        v is not None and has_value(v) for row in listed[at + 1:] for v in row)


def header_candidates(rows: list[list[Any]]) -> Iterator[tuple[int, set[str]]]:
    """Each row's header names, as a header's would compare, with the position of the
    header's last row: the row alone, and joined with the next where that one is the second
    row of a header written on two rows (another day's tab laid out as the one read)."""
    for at, row in enumerate(rows):
        yield at, row_headers(row)
        if at + 1 < len(rows):
            width = max(len(row), len(rows[at + 1]))
            header, below = (padded(r, width) for r in (row, rows[at + 1]))
            if is_sub_header(header, below):
                yield at + 1, row_headers(joined_header(header, below))


def padded(row: list[Any], width: int) -> list[Any]:
    return row + [None] * (width - len(row))


def holds_all(rows: Iterable[Iterable[Any]], wanted: set[str]) -> bool:
    """Whether one of these rows (or two, a header written on two rows) holds every wanted
    column name."""
    return any(wanted <= names for _, names in header_candidates([list(row) for row in rows]))


def row_headers(row: Iterable[Any]) -> set[str]:
    """A row's cells as header names compare (see normalize_header)."""
    return {normalize_header(header_text(v)) for v in row if v not in ("", None)}


def sheets_with_header(header: list[Any], others: dict[str, list[list[Any]]],
                       expected_columns: Collection[str]) -> list[str]:
    """The other sheets whose first rows hold every expected column this header holds."""
    wanted = {normalize_header(name) for name in expected_columns}
    found = {normalize_header(header_text(v)) for v in header if v is not None} & wanted
    if len(found) < 2:
        return []
    # A template tab (the header over no row) holds no sessions: not worth a word.
    return [name for name, rows in others.items() if holds_sessions(rows, found)]


def sheets_nearly_with_header(header: list[Any], others: dict[str, list[list[Any]]],
                              expected_columns: Collection[str]) -> dict[str, str]:
    """The other sheets with a row holding at least half (and two) of the expected columns
    this header holds, but not all: a day's tab whose header was edited, most likely. Each
    with the first column it lacks, as this header writes it."""
    wanted = {normalize_header(name) for name in expected_columns}
    found = {normalize_header(header_text(v)): clean_header(header_text(v))
             for v in header if v is not None}
    found = {key: name for key, name in found.items() if key in wanted}
    near = {}
    for name, rows in others.items():
        present = max((names for _, names in header_candidates(rows)), default=set(),
                      key=lambda headers: len(found.keys() & headers))
        held = len(found.keys() & present)
        if 2 <= held < len(found) and held * 2 >= len(found):
            near[name] = next(text for key, text in found.items() if key not in present)
    return near


def check_is_file(path: Path) -> None:
    if path.is_dir():
        raise InputError(f"{path} is a folder, not a spreadsheet: give the path of the file.")
    if not path.exists():
        raise InputError(f"{path} does not exist: check the path and the file name.")
    try:
        with path.open("rb"):
            pass
    except OSError as error:
        raise InputError(
            f"{path} cannot be opened ({error.strerror}): check its permissions."
        ) from error


def find_header_row(top: pd.DataFrame, expected_columns: Collection[str],
                    where: str = "the sheet", header_names: Sequence[str] = ()) -> int:
    """The row matching most expected names; without any match, a guess from the cell shapes."""
    rows = [
        (int(number), [v for v in values if v is not None])
        for number, values in zip(top.index, top.itertuples(index=False, name=None), strict=True)
    ]
    wanted = {normalize_header(name) for name in expected_columns}
    if wanted:
        score, number = max(
            (sum(normalize_header(header_text(v)) in wanted for v in values), -number)
            for number, values in rows
        )
        if score > 0:
            return -number
    return guess_header_row(rows, where, header_names)


def guess_header_row(rows: list[tuple[int, list[Any]]], where: str = "the sheet",
                     header_names: Sequence[str] = ()) -> int:
    """The first all-text row about as wide as the widest row near the top (three quarters, so
    a header with one blank name still counts): titles and notes are narrower, and data rows
    usually hold numbers or dates, or come after the header. A row holding a time or a date
    as text ('13:10-13:30', '5/11/2027') is a session, not a header: when no other row can
    be the header and the first row is such a one, the file has no header row, and taking a
    later row for it would lose the rows above. Nor is a row under such a one the header, or
    a lone title above it: a fixtures list saved without its header, each day's date on a
    row above its matches, has none."""
    widest = max(len(values) for _, values in rows)
    textual = [(n, v) for n, v in rows if all(isinstance(cell, str) for cell in v)]
    for number, values in textual:
        if len(values) * 4 >= widest * 3 and session_cell(values) is None:
            return number
    first_session = next(((n, cell) for n, v in rows if (cell := session_cell(v)) is not None),
                         None)
    if first_session is not None and first_session[0] == rows[0][0]:
        raise InputError(
            f"{where} has no header row: row {rows[0][0]}, its first, holds "
            f"{first_session[1]!r}, a session's time or date, not a column's name. "
            + add_a_header(header_names))
    # A header is above the sessions and names more than one column (not a lone title).
    above = [(n, v) for n, v in textual
             if first_session is None or (n < first_session[0] and len(v) > 1)]
    if above:
        return max(above, key=lambda row: (len(row[1]), -row[0]))[0]
    if first_session is not None:
        raise InputError(
            f"{where} has no header row: row {first_session[0]} holds {first_session[1]!r}, a "
            "session's time or date, and no row above it names the columns. "
            + add_a_header(header_names))
    return rows[0][0]


def headerless_error(sheet: Sheet, expected_columns: Collection[str], where: str,
                     header_names: Sequence[str] = ()) -> InputError | None:
    """The error for a file whose first row is a session, taken for the header because it
    holds no time to tell it by ('Opening keynote', 'Hall A', 'Monday'): its names match none
    of `expected_columns` and some read as cells of their columns (see _cells_as_header), or
    all are shaped as them (see _data_first_row).
    None for any other header. Asked only of a header a mapping does not fit.
    `header_names`: the names the fix tells to add (a mapping's required columns)."""
    if sheet.parts or {normalize_header(c) for c in expected_columns} & {
            normalize_header(c) for c in sheet.columns}:
        return None
    top = sheet.frame.head(_HEADERLESS_ROWS)
    if _header_written_again(sheet.columns, top):
        return None  # the header written again over each day's rows: a header after all
    cells = _cells_as_header(sheet.columns, top)
    if not cells:
        return _shaped_as_data_error(sheet, top, where, header_names)
    one = len(cells) == 1
    return InputError(
        f"{_read_as_header(sheet, where)}, and {listed_all(cells)} "
        f"{'is' if one else 'are'} what the rows under {'it' if one else 'them'} hold (a "
        "room, a day, a date), not columns' names: that row is a session, and would be lost. "
        + add_a_header(header_names))


def _read_as_header(sheet: Sheet, where: str) -> str:
    return (f"{where} seems to have no header row: row {sheet.header_row}, read as the header, "
            f"holds {', '.join(map(repr, sheet.columns[:4]))}")


def sheet_place(sheet: Sheet) -> str:
    """Where a sheet was read, as messages name it: the file, and its sheet or sheets."""
    return str(sheet.path) + (f", sheet {sheet.sheet_name!r}" if sheet.sheet_name else
                              f", sheets {', '.join(repr(p.name) for p in sheet.parts)}"
                              if sheet.parts else "")


def add_a_header(header_names: Sequence[str] = ()) -> str:
    """How to fix a file without a header row: add one naming its columns, by the names
    a mapping requires when the caller gives them (its optional ones, often a dozen, are
    left to the mapping itself), else by a schedule's usual ones."""
    if not header_names:
        return "Add a row above it naming each column (Title, Date, Start, End, Room...)."
    needed = listed(unmistakable(header_names))
    return ("Add a row above it naming each column, in the file's order, as the mapping "
            f"names them: it needs {needed} (the mapping names the optional ones).")


def listed_all(texts: Sequence[str]) -> str:
    """'Lunch', or 'Coffee break' and 'Lunch', or 'A', 'B' and 'C'."""
    return listed([repr(text) for text in texts])


_HEADERLESS_ROWS = 200  # the first records, enough to tell a header from a session


def _header_written_again(columns: list[str], top: pd.DataFrame) -> bool:
    names = [normalize_header(header) for header in columns]
    return any([normalize_header(cell_text(cell) or "") for cell in row] == names
               for row in top.itertuples(index=False, name=None))


def _cells_as_header(columns: list[str], top: pd.DataFrame) -> list[str]:
    """The header's names that read as cells of their columns: one the cells under it
    repeat (a room, 'Hall A', a day, 'Monday'), or a day or date over days or dates
    ('Monday' over 'Tuesday'). Not days over titles, as a programme with a column per day
    is laid out."""
    found = []
    for header in columns:
        under = [text for cell in top[header] if (text := cell_text(cell))]
        if normalize_header(header) in map(normalize_header, under) or (
                under and _is_day(header) and _is_day(under[0])):
            found.append(header)
    return found


def _shaped_as_data_error(sheet: Sheet, top: pd.DataFrame, where: str,
                          header_names: Sequence[str]) -> InputError | None:
    """The error for a first row shaped as the rows under it ('MON-PLEN-1' over 'MON-PLEN-2',
    a title over titles), though no cell of it recurs there: see _data_first_row."""
    under = {name: [header_text(cell).strip() for cell in top[name] if cell_text(cell)]
             for name in sheet.columns if name not in sheet.untitled}
    if (alike := shaped_as_data(under)) is None:
        return None
    return InputError(
        f"{_read_as_header(sheet, where)}, written as the rows under it are "
        f"({alike[0]!r} as {alike[1]!r}), not as columns' names: that row is a session, and "
        "would be lost. " + add_a_header(header_names))


def _is_day(text: str) -> bool:
    """A day's name or a date in words or figures: 'Monday', 'May 11 2027', '11.05.2027'."""
    text = text.strip()
    return (weekday_named(text) is not None or date_from_words(text) is not None
            or bool(numeric_date_readings(text)))


# A time in a cell: 9:30, 9.30, and as French, Dutch and German write it: 9h30, 9u30, 14h,
# 14u, 14 Uhr.
_TIME_LIKE = re.compile(r"\d\s*(?:[:.hu]\s*\d\d|(?:h|u|uhr)\b)", re.IGNORECASE)


def session_cell(values: list[Any]) -> str | None:
    """The first text cell of a row that is a time, a range of times or a numeric date, also
    after its day's name ('9:30', '13:10-13:30', '9u30', '14h', '5/11/2027',
    'Sonntag, 28.08.2027'), as a session's row or a day's heading holds and a header does
    not."""
    for value in values:
        text = value.strip() if isinstance(value, str) else ""
        if numeric_date_readings(text) or numeric_date_readings(split_weekday(text)[1]):
            return text
        if not _TIME_LIKE.search(text):
            continue
        for parse in (parse_time, parse_time_range):
            try:
                parse(text)
            except (CellError, ValueError):
                continue
            return text
    return None


def sub_header_row(cells: pd.DataFrame, filled: pd.Series[bool], header_row: int,
                   expected_columns: Collection[str] = ()) -> int | None:
    """The row under a header written on two rows, 'Time' (merged over two columns) over
    'Start' and 'End': each name under a group's heading and the blank header cells after
    it, nothing else but the header's own names merged down; None when the next row is not
    that, or when joining the two would leave fewer of `expected_columns` (a 'Day 1' heading
    typed over two cells under 'Session Title' is a row, not 'Session Title Day 1')."""
    later = cells.index[(cells.index > header_row) & filled.to_numpy()]
    if not len(later) or not is_sub_header(list(cells.loc[header_row]),
                                           list(cells.loc[int(later[0])]), expected_columns):
        return None
    return int(later[0])


def is_sub_header(header: list[Any], row: list[Any], expected_columns: Collection[str] = ()
                  ) -> bool:
    """Whether `row` is the second row of a header written on two rows (see sub_header_row)."""
    names = [_header_cell(v) for v in header]
    subs = [_header_cell(v) for v in row]
    in_group = _group_columns(names, subs)
    if not any(in_group) or not all(
            (sub and any(ch.isalpha() for ch in sub)) if grouped
            else not sub or normalize_header(sub) == normalize_header(name)
            for name, sub, grouped in zip(names, subs, in_group, strict=True)):
        return False
    wanted = {normalize_header(name) for name in expected_columns}
    return (sum(normalize_header(name) in wanted for name in joined_header(names, subs))
            >= sum(normalize_header(name) in wanted for name in names))


def _group_columns(names: list[str], subs: list[str]) -> list[bool]:
    """The columns of headings over several columns: a heading followed by blank header
    cells, each with a name under it, the heading's column too."""
    in_group = [False] * len(names)
    for at, name in enumerate(names):
        if not name:
            continue
        end = at + 1
        while end < len(names) and not names[end] and subs[end]:
            end += 1
        if end - at > 1:
            in_group[at:end] = [True] * (end - at)
    return in_group


def joined_header(header: list[Any], sub: list[Any]) -> list[Any]:
    """A two-row header as one: 'Time Start', 'Time End' under 'Time'; the rest as above."""
    names = [_header_cell(v) for v in header]
    subs = [_header_cell(v) for v in sub]
    in_group = _group_columns(names, subs)
    joined: list[Any] = []
    heading = ""
    for value, name, below, grouped in zip(header, names, subs, in_group, strict=True):
        heading = name or heading
        joined.append(f"{heading} {below}" if grouped else value)
    return joined


def _header_cell(value: Any) -> str:
    return clean_header(header_text(value)) if value is not None else ""


def check_header_row(where: str, cells: pd.DataFrame, filled: pd.Series[bool], row: int) -> None:
    if row not in cells.index or not filled[row]:
        last = int(cells.index[filled.to_numpy()][-1])
        raise InputError(
            f"{where}: row {row} holds no header (it is blank or past the last row, {last}); "
            "give the row number where the column names are, as Excel shows it."
        )


class Table(NamedTuple):
    columns: list[str]
    frame: pd.DataFrame
    repeats: dict[str, list[str]]
    letters: dict[str, str]
    untitled: dict[str, bool]


def header_fields(grid: Grid, header_row: int) -> int | None:
    """How many fields a CSV's header record was written with, empty ones included."""
    if header_row > len(grid.head_fields):
        return None
    return grid.head_fields[header_row - 1]


def table_below(cells: pd.DataFrame, filled_rows: pd.Series[bool], header_row: int,
                header_fields: int | None = None) -> Table:
    """Records under the header (blank rows and fully blank columns dropped), their column
    names, repeated headers, and each name's column letter.

    A column with no header is `untitled`; past the header's end (a CSV record longer than
    its header, not a blank header field Excel wrote for a column with data) it is marked so:
    there, the cells were most likely moved by a delimiter that was not quoted."""
    header = cells.loc[header_row]
    below = cells.loc[(cells.index > header_row) & filled_rows.to_numpy()]
    keep = [col for col in cells.columns if header[col] is not None or below[col].notna().any()]
    names, repeats = unique_names([column_name(header[col], int(col)) for col in keep])
    frame = below[keep].set_axis(names, axis="columns")
    frame.index = frame.index.astype(int)
    letters = {name: column_letter(int(col)) for name, col in zip(names, keep, strict=True)}
    titled = [header[col] is not None and bool(clean_header(header_text(header[col])))
              for col in keep]
    last_titled = max((int(col) for col, t in zip(keep, titled, strict=True) if t), default=-1)
    header_end = max(last_titled + 1, header_fields or 0)
    untitled = {name: int(col) >= header_end
                for name, col, t in zip(names, keep, titled, strict=True) if not t}
    return Table(names, frame, repeats, letters, untitled)


def column_name(value: Any, position: int) -> str:
    """A blank header over a column with data is named as Excel labels it: 'Column H'."""
    text = clean_header(header_text(value)) if value is not None else ""
    return text or f"Column {column_letter(position)}"


def header_text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return str(value)


def column_letter(position: int) -> str:
    """0 -> 'A', 25 -> 'Z', 26 -> 'AA'."""
    letters = ""
    number = position + 1
    while number:
        number, remainder = divmod(number - 1, 26)
        letters = string.ascii_uppercase[remainder] + letters
    return letters


def unique_names(names: list[str]) -> tuple[list[str], dict[str, list[str]]]:
    """Repeated names (compared as normalize_header does) become 'Name (2)', 'Name (3)'.

    Also returns each repeated name's first spelling -> the names its later copies got."""
    first: dict[str, str] = {}  # normalised -> the first column written so
    repeats: dict[str, list[str]] = {}
    taken: set[str] = set()
    result = []
    for name in names:
        candidate, count = name, 1
        while normalize_header(candidate) in taken:
            count += 1
            candidate = f"{name} ({count})"
        taken.add(normalize_header(candidate))
        result.append(candidate)
        if candidate != name:
            repeats.setdefault(first[normalize_header(name)], []).append(candidate)
        first.setdefault(normalize_header(name), candidate)
    return result, repeats
