"""The table load reads (`Sheet`), and each of several sheets read as one (`SheetPart`)."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pandas as pd

from importer._hidden_rows import NONE_HIDDEN, HiddenRows


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
    # A workbook's tabs as the caller named them ('Day 1', '1', 'all'), to name again in a
    # command the messages suggest; empty when none was named, and for a CSV file.
    named: list[str] = field(default_factory=list)

    def filled_cells(self) -> npt.NDArray[np.int32]:
        """Each record's count of filled cells: as the loader counted them (a merge's given
        cells left out), or from the frame for a Sheet made by hand, which has no count."""
        if len(self.cells_per_row) == len(self.frame):
            return self.cells_per_row
        counted: npt.NDArray[np.int32] = self.frame.notna().to_numpy().sum(axis=1,
                                                                         dtype=np.int32)
        return counted

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


def sheet_place(sheet: Sheet) -> str:
    """Where a sheet was read, as messages name it: the file, and its sheet or sheets."""
    return str(sheet.path) + (f", sheet {sheet.sheet_name!r}" if sheet.sheet_name else
                              f", sheets {', '.join(repr(p.name) for p in sheet.parts)}"
                              if sheet.parts else "")
