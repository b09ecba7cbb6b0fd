"""The records under the header, with their columns' names and letters."""

from __future__ import annotations

from typing import NamedTuple

import pandas as pd

from importer._load_grid import Grid
from importer._load_names import clean_header, column_letter, column_name, header_text, unique_names


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
