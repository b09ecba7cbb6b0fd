"""A file's raw cells before the header is found: which reader a file's extension picks,
and the one-line errors for a file that cannot be read."""

from __future__ import annotations

from pathlib import Path
from typing import Any, NamedTuple

import numpy as np
import numpy.typing as npt
import pandas as pd

from importer._csv import read_csv_grid
from importer._hidden_rows import NONE_HIDDEN, HiddenRows
from importer._xlsx import read_workbook_grid
from importer.errors import InputError, NoSheetsInCsvError

CSV_EXTENSIONS = (".csv", ".tsv", ".txt")
WORKBOOK_EXTENSIONS = (".xlsx", ".xlsm", ".xls", ".ods")
ACCEPTED_EXTENSIONS = CSV_EXTENSIONS + WORKBOOK_EXTENSIONS


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
        if sheet is not None and sheet not in (0, "0"):
            raise NoSheetsInCsvError(path, sheet=sheet)
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
