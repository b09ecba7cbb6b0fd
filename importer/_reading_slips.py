"""Slips a planner makes writing a date or time, told as what they likely are. Each is
looked for only in a cell that already failed to read, or read to an end before its start:
never on the path of a cell that reads."""

from __future__ import annotations

import re

# 12 AM written as the end of a morning: midnight, where noon (12 PM) is the likely meaning.
_TWELVE_AM = re.compile(r"(?<!\d)12(?:[:.]00){0,2}\s*a\.?\s*m?\.?$", re.IGNORECASE)
NOON_NOT_MIDNIGHT = "12:00 AM is midnight: for noon write 12:00 PM"


def twelve_am(text: str) -> bool:
    """Whether a time's text is 12 AM ('12:00:00 AM', '12am'), not 'midnight' in words."""
    return _TWELVE_AM.search(text.strip()) is not None
