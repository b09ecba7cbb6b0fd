"""A time typed with a dot, 9.30, that Excel kept as the number 9.3: it drops the last 0, so
the cell no longer reads as a time (9.45 still does). Told, not read as meant: 9.5 may be
9:50 with its 0 dropped, or half past nine in hours, and a wrong reading would be worse than
a stop. Looked for only in a cell that already failed to read."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from importer._convert_text import cell_text

# An hour and one figure of tens of minutes: 9.3 (9.30), 14.5 (14.50); a CSV saved from
# Excel holds the number as Excel showed it, so the text form is looked for too.
_HOUR_AND_TENS = re.compile(r"(\d{1,2})\.([0-5])")


def dropped_zero_message(header: str, cell: Any, reads: Callable[[str], bool]) -> str | None:
    """The message for a time cell holding an hour and tens of minutes as a number (9.3),
    with the time written with a colon (9:30), where `reads` it; None for any other cell."""
    if not isinstance(cell, float | str):
        return None
    text = cell_text(cell) or ""
    match = _HOUR_AND_TENS.fullmatch(text)
    if match is None or not reads(meant := f"{match[1]}:{match[2]}0"):
        return None
    return (f"{header!r} has {text!r}, which is not a time: Excel keeps {text}0 typed in a cell "
            f"as the number {text}; if that is the time, write it {meant}, with a colon, and "
            "Excel keeps it as a time.")
