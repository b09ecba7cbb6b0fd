"""A heading for a part of the day ('Morning', 'Afternoon session') beside its date between
a day's timed sessions, as many programmes split each day. It names no session: read as
one, its word in the times column was a bad time, and in the title an all-day session."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import numpy as np
import pandas as pd

from importer._checks import Mask
from importer._date_words import weekday_named
from importer.convert import CellError, parse_date
from importer.load import Sheet

# A part of the day, in the languages the headers are read in, alone or as a session's
# ('Morning session', 'Evening programme'). Not 'Poster session', 'Lunch' or 'Soirée': a
# session of their own, all day or not timed yet, as the planner may well mean them.
DAY_PART = re.compile(
    r"(?:(?:early|late|mid) ?-?)?(?:morning|afternoon|evening|night|forenoon|vormittag"
    r"|nachmittag|abend|morgen|matin|apr[eè]s-midi|soir|ma[ñn]ana|tarde|noche|mattina"
    r"|pomeriggio|sera|ochtend|middag|avond|manh[ãa]|noite)"
    r"(?: (?:sessions?|programme|program|block))?",
    re.IGNORECASE)


def is_day_part(cell: Any) -> bool:
    """Whether a cell names a part of the day: 'Morning', 'AFTERNOON:', 'Evening session'."""
    return isinstance(cell, str) and DAY_PART.fullmatch(
        " ".join(cell.split()).rstrip(":")) is not None


def day_part_headings(sheet: Sheet, counts: Any) -> Mask:
    """Rows of two cells, a part of the day and a day (a date, or a day's name). Only those
    rows' distinct cells are matched, so a sheet of sessions (more cells each) gives up at
    once; a part of the day beside a title ('Evening', 'Dinner') is a session lacking its
    time, as validate says."""
    found: Mask = np.asarray(counts == 2, dtype=bool)
    if not found.any():
        return found
    pairs = sheet.frame[found]
    words = {cell for column in pairs for cell in pairs[column].dropna().unique().tolist()
             if is_day_part(cell)}
    if not words:
        return np.zeros(len(found), dtype=bool)
    found[found] = [_part_beside_day(row.dropna().tolist(), words)
                    for _, row in pairs.iterrows()]
    return found


def day_part_cell(cells: pd.Series) -> str | None:
    """The column of a heading row's part of the day, if it has one beside a day."""
    filled = cells.dropna()
    if len(filled) != 2:
        return None
    part = next((str(name) for name, cell in filled.items() if is_day_part(cell)), None)
    return part if part is not None and _part_beside_day(filled.tolist(), {filled[part]}) \
        else None


def _part_beside_day(cells: list[Any], words: set[Any]) -> bool:
    return len(cells) == 2 and any(cell in words for cell in cells) and any(
        _is_day(cell) for cell in cells if cell not in words)


def _is_day(cell: Any) -> bool:
    if isinstance(cell, dt.date):
        return True
    if not isinstance(cell, str):
        return False
    if weekday_named(cell.strip().rstrip(".")) is not None:
        return True
    for order in ("month-first", "day-first"):
        try:
            parse_date(cell, order)
        except CellError:
            continue
        return True
    return False
