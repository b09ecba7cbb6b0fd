"""A month's name alone on a row ('ABRIL', 'May', 'Juni:', 'ABRIL 2026'), as a course
calendar heads each month's days: a section heading, not a day with nothing on."""

from __future__ import annotations

import re
from typing import Any

from importer._date_words import month_named
from importer.load import Sheet

# A month's name and its year ('ABRIL 2026', 'May, 2027', 'Sept. 2027'; Spanish and
# Portuguese 'abril de 2026').
_WITH_YEAR = re.compile(r"(?P<month>[^\W\d_]+)\.?,?\s+(?:de\s+)?(?:19|20)\d\d", re.IGNORECASE)


def names_a_month(sheet: Sheet, header: str, cell: Any) -> bool:
    """Whether a cell of `header`, alone on its row, is a month's name heading the days
    under it. A short one in small letters ('mar', 'set', 'dic') may be something else (a
    Tuesday in Spanish, a word of its own): only where the column's other cells alone on
    their rows name months too; written 'Mar' or 'SET' it is a heading as a long name is."""
    word = _month_word(cell)
    if word is None:
        return False
    return not _may_be_another_word(word, cell) or _other_lone_cells_months(sheet, header, cell)


def _may_be_another_word(word: str, cell: str) -> bool:
    """Whether a month's name is short, in small letters and without a year ('mar')."""
    return len(word) <= 3 and word.islower() and not any(char.isdigit() for char in cell)


def _month_word(cell: Any) -> str | None:
    """The month's name a cell is written as, alone or with its year; None for any other."""
    if not isinstance(cell, str):
        return None
    text = " ".join(cell.split()).rstrip(".:")
    if with_year := _WITH_YEAR.fullmatch(text):
        text = with_year["month"]
    return text if month_named(text) is not None else None


def _other_lone_cells_months(sheet: Sheet, header: str, cell: Any) -> bool:
    """Whether the column has other cells alone on their rows, all names of months. Looked
    at only for a short month's name in small letters, alone on its row: rarely."""
    lone = sheet.frame[header][sheet.filled_cells() == 1].dropna().unique().tolist()
    others = [other for other in lone if other != cell]
    return bool(others) and all(_month_word(other) is not None for other in others)
