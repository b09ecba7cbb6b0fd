"""A month's name alone on a row ('ABRIL', 'May', 'Juni:', 'ABRIL 2026'), as a course
calendar heads each month's days: a section heading, not a day with nothing on."""

from __future__ import annotations

import re
from typing import Any

from importer._date_words import month_named

# A month's name and its year ('ABRIL 2026', 'May, 2027', 'Sept. 2027').
_WITH_YEAR = re.compile(r"(?P<month>[^\W\d_]+)\.?,?\s+(?:19|20)\d\d")


def names_a_month(cell: Any) -> bool:
    """Whether a cell alone on its row is a month's name heading the days under it."""
    return _month_word(cell) is not None


def _month_word(cell: Any) -> str | None:
    """The month's name a cell is written as, alone or with its year; None for any other."""
    if not isinstance(cell, str):
        return None
    text = " ".join(cell.split()).rstrip(".:")
    if with_year := _WITH_YEAR.fullmatch(text):
        text = with_year["month"]
    return text if month_named(text) is not None else None
