"""Reading a workbook sheet into a raw grid with python-calamine.

Calamine gives typed cells (str, float, bool, date, time, datetime, timedelta) with formulas as
their cached values. The grid is a DataFrame of object cells with positional integer columns
counted from column A and an index holding the row number as Excel shows it (1-based).
"""

from __future__ import annotations

import logging
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import olefile
import pandas as pd
import python_calamine as calamine

from importer._excel_lock import open_in_excel, owner_file
from importer._export_summary import is_numbers_export_summary
from importer._formula_errors import SheetCell, formula_error_cells
from importer._hidden_rows import HiddenRows, hidden_rows
from importer._ods_merges import ods_merged_ranges
from importer._ods_text import ods_breaks_by_sheet, ods_cells_with_breaks
from importer._percent_cells import percent_cells, show_percentages
from importer._shell_words import shell_word
from importer._struck_cells import struck_rows
from importer.errors import InputError, SheetNotFoundError

logger = logging.getLogger("importer.load")

RESAVE_HINT = "open it in Excel and save it again as .xlsx"
# A LibreOffice spreadsheet's user may have no Excel: saved again where it was made.
RESAVE_ODS_HINT = ("open it in LibreOffice Calc and save it again as .ods (File > Save As, "
                   "ODF Spreadsheet)")


@dataclass(frozen=True, slots=True)
class XlsxGrid:
    cells: pd.DataFrame
    cells_per_row: npt.NDArray[np.int32]  # non-blank cells in each row
    sheet_name: str
    # The first rows of every other visible sheet, when none was named: a programme kept on
    # one tab per day has the rest of its sessions there.
    other_sheets: dict[str, list[list[Any]]]
    # The same for hidden sheets: never read unless named, but a reason to name one.
    hidden_sheets: dict[str, list[list[Any]]]
    hidden_rows: HiddenRows
    struck_rows: frozenset[int]  # rows with a cell struck through (a cancelled talk)


TOP_ROWS = 30  # rows holding a value, of another sheet, looked at for a header like the one read
WIDE_SHEET = 100  # columns from which blank ones are left out of the grid


def read_workbook_grid(path: Path, sheet: str | int | None) -> XlsxGrid:
    refuse_empty(path)
    refuse_encrypted(path)
    try:
        with (calamine.CalamineWorkbook.from_path(str(path)) as workbook,
              ThreadPoolExecutor(max_workers=1) as pool):
            # Look for formula errors and hidden rows in the sheet most likely read, while
            # calamine reads it.
            likely = likely_sheet_name(workbook, sheet)
            scanning = pool.submit(formula_error_cells, path, likely)
            looking = pool.submit(hidden_rows, path, likely)
            styling = pool.submit(percent_cells, path, likely)
            striking = pool.submit(struck_rows, path, likely)
            # Every tab's when none is named: the others' headers are compared with its.
            tabs = workbook.sheet_names if sheet is None else [likely] if likely else []
            breaking = pool.submit(ods_breaks_by_sheet, path, tabs)
            chosen, rows = pick_sheet(path, workbook, sheet)
            start = chosen.start or (0, 0)
            errors = (scanning.result() if chosen.name == likely
                      else formula_error_cells(path, chosen.name))
            hidden = looking.result() if chosen.name == likely else hidden_rows(path, chosen.name)
            struck = (striking.result() if chosen.name == likely
                      else struck_rows(path, chosen.name))
            show_percentages(rows, styling.result() if chosen.name == likely
                             else percent_cells(path, chosen.name), start)
            show_cells(rows, errors, start)
            breaks = breaking.result()
            show_cells(rows, breaks.get(chosen.name, []) if sheet is None or chosen.name == likely
                       else ods_cells_with_breaks(path, chosen.name), start)
            given = fill_merged_down(rows, merged_ranges(path, chosen), start)
            cells, cells_per_row = rows_to_grid(rows, start)
            cells_per_row = counted_cells(cells_per_row, given)
            others, hidden_sheets = (other_sheet_tops(workbook, chosen.name, breaks)
                                     if sheet is None else ({}, {}))
            return XlsxGrid(cells, cells_per_row, chosen.name, others, hidden_sheets, hidden,
                            struck)
    except calamine.PasswordError as error:
        raise password_error(path) from error
    except OverflowError as error:  # calamine turning a number into a date or time
        raise outside_any_calendar(path, error) from error
    except calamine.CalamineError as error:
        raise unreadable_workbook(path, error) from error
    except BaseException as error:
        if not is_calamine_panic(error):
            raise
        raise outside_any_calendar(path, error) from error


def unreadable_workbook(path: Path, error: calamine.CalamineError) -> InputError:
    """Damaged, or open in Excel and caught mid-save when Excel's owner file is beside it."""
    owner = owner_file(path)
    if owner is not None:
        return InputError(open_in_excel(path, owner, error))
    return InputError(
        f"{path} is not a readable workbook ({error}): it may be damaged or not really "
        f"a {path.suffix} file; "
        f"{RESAVE_ODS_HINT if path.suffix.casefold() == '.ods' else RESAVE_HINT}."
    )


def outside_any_calendar(path: Path, error: BaseException) -> InputError:
    return InputError(
        f"{path} has a date, time or duration cell far outside any calendar ({error}): "
        "find the cell Excel shows as ##### and fix or clear it, then save again."
    )


def is_calamine_panic(error: BaseException) -> bool:
    """calamine's Rust code giving up on a cell, as a duration of -1e308 days: pyo3 raises
    its PanicException, which derives from BaseException (not Exception) and cannot be
    imported, so it would pass every `except Exception` up to a traceback."""
    return type(error).__name__ == "PanicException"


def refuse_empty(path: Path) -> None:
    """A nightly job can meet the sheet as a sync client or a copy has only just created it:
    calamine's "invalid Zip archive" would send the user looking for damage."""
    if path.stat().st_size == 0:
        raise InputError(
            f"{path} is empty (0 bytes), not a workbook: it was never saved, or is still being "
            "written or copied; save it again from Excel, or copy it again."
        )


def refuse_encrypted(path: Path) -> None:
    """An encrypted .xlsx is not a zip but an OLE container with an EncryptionInfo stream.

    olefile reads the header, the allocation table and the directory, never the streams: an
    .xls (also an OLE container) can run to hundreds of MB.
    """
    if not olefile.isOleFile(str(path)):
        return
    try:
        with olefile.OleFileIO(str(path)) as container:
            encrypted = container.exists("EncryptionInfo")
    except (OSError, ValueError):
        return  # a damaged container: the workbook reader says what is wrong with it
    if encrypted:
        raise password_error(path)


def password_error(path: Path) -> InputError:
    return InputError(
        f"{path} is password-protected: open it in Excel, remove the password (File > Info > "
        f"Protect Workbook > Encrypt with Password, clear it) and save it, then try again."
    )


def pick_sheet(path: Path, workbook: Any, sheet: str | int | None) -> tuple[Any, list[list[Any]]]:
    """The chosen sheet and its rows (from the first non-empty row and column)."""
    names: list[str] = list(workbook.sheet_names)
    listing = ", ".join(repr(name) for name in names)
    if sheet is None:
        return first_visible_sheet_with_data(path, workbook, names)
    sheet = sheet_meant(names, sheet)
    if isinstance(sheet, int):
        if not 0 <= sheet < len(names):
            raise SheetNotFoundError(
                f"{path} has no sheet number {sheet} (counting from 0); it has {len(names)}: "
                f"{listing}.", sheet=sheet)
        chosen = workbook.get_sheet_by_index(sheet)
    elif sheet in names:
        chosen = workbook.get_sheet_by_name(sheet)
    else:
        raise SheetNotFoundError(f"{path} has no sheet {sheet!r}; its sheets are: {listing}.",
                                 sheet=sheet)
    return chosen, chosen.to_python(skip_empty_area=True)


def sheet_meant(names: list[str], sheet: str | int) -> str | int:
    """The tab `sheet` names (see sheet_named), else a number given as text (`--sheet 1` from
    a command line, with no sheet named "1"), else `sheet` as given."""
    if isinstance(sheet, str):
        sheet = sheet_named(names, sheet) or sheet
        if sheet not in names and sheet.isdigit():
            return int(sheet)
    return sheet


def sheet_named(names: list[str], wanted: str) -> str | None:
    """The sheet `wanted` names: itself, else the one name that differs from it only in
    case, Unicode form or spacing (Excel's tab names ignore case; a name typed on a Mac
    can arrive with its accents decomposed)."""
    if wanted in names:
        return wanted
    alike = [name for name in names if sheet_name_key(name) == sheet_name_key(wanted)]
    return alike[0] if len(alike) == 1 else None


def sheet_name_key(name: str) -> str:
    return " ".join(unicodedata.normalize("NFC", name).split()).casefold()


def other_sheet_tops(
    workbook: Any, chosen: str, breaks: dict[str, list[SheetCell]]
) -> tuple[dict[str, list[list[Any]]], dict[str, list[list[Any]]]]:
    """The first rows of the other visible sheets, and of the hidden ones; an .ods cell
    with a line break (`breaks`, by sheet) as the sheet read shows it."""
    visible: dict[str, list[list[Any]]] = {}
    hidden: dict[str, list[list[Any]]] = {}
    for meta in workbook.sheets_metadata:
        if meta.name == chosen:
            continue
        try:
            rows = first_filled_rows(workbook.get_sheet_by_name(meta.name), TOP_ROWS,
                                     breaks.get(meta.name, []))
        except (calamine.CalamineError, OverflowError):
            continue  # only a hint is at stake, not the sheet being read
        except BaseException as error:
            if not is_calamine_panic(error):
                raise
            continue
        shown = meta.visible == calamine.SheetVisibleEnum.Visible
        (visible if shown else hidden)[meta.name] = rows
    return visible, hidden


def first_filled_rows(sheet: Any, count: int, breaks: list[SheetCell]) -> list[list[Any]]:
    """The first `count` rows holding a value, blank ones passed over as the sheet read
    passes them: a day's tab laid out ahead, its first session 40 rows below the header,
    still shows that it holds sessions. The cells in `breaks` are shown with them."""
    rows = []
    first_row, _ = sheet.start or (0, 0)
    for at, row in enumerate(sheet.iter_rows(), start=first_row + 1):
        if any(has_value(cell) for cell in row):
            rows.append(row_with_breaks(row, at, sheet.start, breaks) if breaks else row)
            if len(rows) == count:
                break
    return rows


def row_with_breaks(row: list[Any], number: int, start: tuple[int, int] | None,
                    breaks: list[SheetCell]) -> list[Any]:
    """The row numbered `number` with its cells from `breaks` in place (see show_cells)."""
    rows = [list(row)]
    show_cells(rows, [(1, column, text) for at, column, text in breaks if at == number],
               (0, (start or (0, 0))[1]))
    return rows[0]


def likely_sheet_name(workbook: Any, sheet: str | int | None) -> str | None:
    """The sheet pick_sheet will most likely choose; a guess, so never raises."""
    names: list[str] = list(workbook.sheet_names)
    if sheet is None:
        return next((m.name for m in workbook.sheets_metadata
                     if m.visible == calamine.SheetVisibleEnum.Visible), None)
    sheet = sheet_meant(names, sheet)
    if isinstance(sheet, int):
        return names[sheet] if 0 <= sheet < len(names) else None
    return sheet


def show_cells(rows: list[list[Any]], cells: list[SheetCell], start: tuple[int, int]) -> None:
    """Put each cell calamine reads short in its place: an error cell's text (#N/A), or a
    formula without a value, where calamine left '' or nothing (a row of formulas only, past
    the last value, is a row all the same); an .ods cell's text with its line breaks."""
    first_row, first_col = start
    width = len(rows[0]) if rows else 0
    for row, column, shown in cells:
        at_row, at_column = row - 1 - first_row, column - first_col
        if at_row < 0 or at_column < 0:
            continue  # before the first value: no header can be over it
        rows.extend([""] * width for _ in range(at_row + 1 - len(rows)))
        if at_column >= width:
            width = at_column + 1
            for row_cells in rows:
                row_cells.extend([""] * (width - len(row_cells)))
        rows[at_row][at_column] = shown


def merged_ranges(path: Path, sheet: Any) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """The sheet's merged cells: calamine lists an .xlsx's, not an .ods's."""
    if path.suffix.lower() == ".ods":
        return ods_merged_ranges(path, sheet.name)
    return list(sheet.merged_cell_ranges or [])


def fill_merged_down(
    rows: list[list[Any]], merged: list[tuple[tuple[int, int], tuple[int, int]]],
    start: tuple[int, int],
) -> npt.NDArray[np.int32]:
    """Give every row of a merged block the block's value, as Excel shows it; return how
    many values each row was given, so that a row's own cells can still be counted (a
    'Lunch break' heading inside a Date merged over the day holds one, a blank row none).

    Planners merge a Date or Room cell down over the sessions it applies to; the file keeps
    the value in the block's top-left cell only, and the rows below would read as blank. The
    value goes down the block's first column, where it is stored. Merges within a single row
    (a title across the columns) are left alone: they say nothing about the rows.
    """
    first_row, first_col = start
    given = np.zeros(len(rows), dtype=np.int32)
    for (top, left), (bottom, _right) in merged:
        top_row, column = top - first_row, left - first_col
        if bottom == top or not 0 <= top_row < len(rows) or column < 0:
            continue
        value = rows[top_row][column] if column < len(rows[top_row]) else None
        for at, row in enumerate(rows[top_row + 1: bottom - first_row + 1], start=top_row + 1):
            if column < len(row):
                given[at] += value is not None and has_value(value) and not has_value(row[column])
                row[column] = value
    return given


def counted_cells(cells_per_row: npt.NDArray[np.int32],
                  given: npt.NDArray[np.int32]) -> npt.NDArray[np.int32]:
    """Each row's cells as the heading and blank-row checks count them, `given` of them
    by merges. One value given by a merge (a Date over the day) leaves a 'Lunch break' one
    cell, a heading. Several that fill it as fully as the row above it (a paper in a block
    whose time and room are merged down over its papers) are the slot it fills: they stay
    its own, and it a session. Several that leave it short of that (a one-room day's Date
    and Room, not the times the sessions around it have) leave a heading its one cell. A row
    with nothing of its own is blank however many values merges gave it."""
    own = cells_per_row - given
    filled = np.flatnonzero(own > 1)
    # The cells of the nearest row above holding more than one of its own (the header for
    # the first record): not a heading's or a blank row's, so a second heading in a row
    # ('Lunch break', then 'Afternoon track') is measured against a session too.
    above = np.zeros_like(cells_per_row)
    at = np.searchsorted(filled, np.arange(len(cells_per_row))) - 1
    above[at >= 0] = cells_per_row[filled[at[at >= 0]]]
    return np.where((given == 1) | (own == 0) | (cells_per_row < above), own, cells_per_row)


def first_visible_sheet_with_data(
    path: Path, workbook: Any, names: list[str]
) -> tuple[Any, list[list[Any]]]:
    """The default sheet: the first one a person sees in Excel that holds data, past the
    summary Apple Numbers puts before the tables it exports. A hidden sheet (lookup lists,
    say) is never picked, though `--sheet` can still name it."""
    visible = {
        sheet.name for sheet in workbook.sheets_metadata
        if sheet.visible == calamine.SheetVisibleEnum.Visible
    }
    summary = None  # Numbers' export summary, read only if no other sheet holds data
    for name in [name for name in names if name in visible]:
        candidate, rows = sheet_and_rows(workbook, name)
        if rows and summary is None and is_numbers_export_summary(rows):
            summary = candidate, rows
        elif rows:
            return candidate, rows
    if summary is not None:
        return summary
    for name in [name for name in names if name not in visible]:
        if sheet_and_rows(workbook, name)[1]:
            raise InputError(
                f"{path}: the only data is in hidden sheet {name!r}; unhide it in Excel "
                f"or pass --sheet {shell_word(name)}."
            )
    listing = ", ".join(repr(name) for name in names)
    raise InputError(f"{path} has no data in any sheet ({listing}): fill in a sheet and save.")


def sheet_and_rows(workbook: Any, name: str) -> tuple[Any, list[list[Any]]]:
    """A sheet and its rows; no rows when it holds no value (its used range can hold only
    blank text)."""
    sheet = workbook.get_sheet_by_name(name)
    rows = sheet.to_python(skip_empty_area=True) if sheet.height else []
    if not any(has_value(cell) for row in rows for cell in row):
        rows = []
    return sheet, rows


def has_value(cell: Any) -> bool:
    return not isinstance(cell, str) or bool(cell.strip())


def rows_to_grid(
    rows: list[list[Any]], start: tuple[int, int]
) -> tuple[pd.DataFrame, npt.NDArray[np.int32]]:
    """Build the grid once, cleaning it column by column (most columns hold one type).
    On a wide sheet, columns holding nothing are left out (labels still count from A)."""
    first_row, first_col = start
    width = max(map(len, rows), default=0)
    # A stray cell far to the right (XFD5) makes every row 16,384 cells wide: a grid of them
    # all would take gigabytes for a few thousand rows. Narrow sheets are not worth a look.
    used = used_columns(rows) if width > WIDE_SHEET else list(range(width))
    if len(used) < width:
        rows = [[row[i] if i < len(row) else "" for i in used] for row in rows]
    raw = pd.DataFrame(rows, columns=[first_col + i for i in used], dtype=object)
    cells_per_row = np.zeros(len(raw), dtype=np.int32)
    columns = {}
    for name in raw.columns:
        values = clean_column(raw[name].to_numpy(dtype=object, copy=True))
        cells_per_row += pd.notna(values)
        columns[name] = values
    index = pd.RangeIndex(first_row + 1, first_row + 1 + len(raw))
    return pd.DataFrame(columns, index=index, dtype=object, copy=False), cells_per_row


def used_columns(rows: list[list[Any]]) -> list[int]:
    """Positions of the columns with a cell other than '' in some row. Counting a row's
    blanks runs in C; a row is looked at cell by cell only when it has a value in a column
    not yet seen, which happens about once per column."""
    used: list[int] = []
    for row in rows:
        if len(row) - row.count("") > sum(row[i] != "" for i in used if i < len(row)):
            used = sorted(set(used) | {i for i, cell in enumerate(row) if cell != ""})
    return used


def clean_column(values: npt.NDArray[np.object_]) -> npt.NDArray[np.object_]:
    """'' and whitespace-only -> None; integral floats -> int (xlsx stores every number as a
    float, so 12 would otherwise arrive as 12.0)."""
    kinds = set(map(type, values))
    if float in kinds:
        values = np.array(
            [int(v) if type(v) is float and v.is_integer() else v for v in values], dtype=object
        )
    if str in kinds:
        blank = np.fromiter(
            (type(v) is str and not v.strip() for v in values), dtype=bool, count=len(values)
        )
        values[blank] = None
    return values
