"""A template's row of hints under the header: how each cell is to be written ('(hh:mm)',
'YYYY-MM-DD', 'format: 24h') and what to write there ('optional', 'e.g. Keynote'). No
session's cell reads so: a time or a date written in has digits, a title has words of its own.
"""

from __future__ import annotations

import re
from typing import Any

# A date's or a time's format spelled with its letters, two groups at least ('D' alone may
# be a title): 'hh:mm', 'mm/dd/yyyy', 'HH:MM am/pm', 'YYYY-MM-DD', 'dd.mm.yy'; or '24h' or
# '12-hour' for the clock; in brackets or after 'format:' as often. Nothing with a digit but
# the clock's 24 or 12: '9:00' is a time.
_FORMAT_LETTERS = r"(?:h{1,2}|m{1,2}|s{1,2}|d{1,4}|y{2}|y{4}|am|pm|t{2})"
_CLOCK = r"(?:24|12)\s*-?\s*(?:h|hr|hrs|hours?)\b(?:\s+(?:clock|format|time))?"
_FORMAT = (rf"(?:{_FORMAT_LETTERS}(?:\s*[:/.\- ]\s*{_FORMAT_LETTERS})+"
           rf"(?:\s*,?\s*\(?\s*(?:am/pm|a/p|{_CLOCK})\s*\)?)?|{_CLOCK})")
FORMAT_HINT = re.compile(
    rf"(?:format\s*:?\s*|e\.?\s?g\.?\s*:?\s*)?[(\[]?\s*(?:format\s*:?\s*)?{_FORMAT}\s*[)\]]?",
    re.IGNORECASE)

# What a template says of a column under its header: whether it is to be filled in, what
# kind of value, an example to follow, or when to leave it blank. Whole cells only, so a
# title 'Optional workshop' is a session's.
INSTRUCTION = re.compile(
    r"[(\[]?\s*(?:optional|required|mandatory|text|free text|number|yes\s*/\s*no|"
    r"(?:please\s+)?leave\s+(?:it\s+)?(?:blank|empty)\b.*|"
    r"(?:e\.?\s?g\.?|example|for example|ex\.)\s*[:,]?\s+\S.*)\s*[)\]]?",
    re.IGNORECASE)


def format_hint(cell: Any) -> bool:
    """A cell telling how a date or a time is written ('(hh:mm)', 'YYYY-MM-DD')."""
    return isinstance(cell, str) and FORMAT_HINT.fullmatch(cell.strip()) is not None


def hint_or_instruction(cell: Any) -> bool:
    """A cell telling how or whether its column is filled in, rather than a value."""
    return format_hint(cell) or (
        isinstance(cell, str) and INSTRUCTION.fullmatch(cell.strip()) is not None)
