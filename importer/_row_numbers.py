"""A column counting the rows under no header: the index pandas' `to_csv()` writes before a
table's columns (an empty header, then 0, 1, 2, ...), or a program's row number from 1."""

from __future__ import annotations

import numpy as np
import pandas as pd


def row_numbers(cells: pd.Series) -> tuple[int, int] | None:
    """(first, last) when the cells number the rows in order from 0 or from 1, none blank;
    else None. Asked once per column with no header, never per row."""
    if len(cells) < 2 or bool(cells.isna().any()):
        return None
    numbers = pd.to_numeric(cells, errors="coerce").to_numpy()
    if numbers.dtype.kind not in "iuf":  # ticks (False, True) count nothing
        return None
    first = numbers[0]
    if first not in (0, 1):
        return None
    if not np.array_equal(numbers, np.arange(first, first + len(numbers))):
        return None
    return int(first), int(first) + len(numbers) - 1
