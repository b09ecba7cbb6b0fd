"""Apple Numbers' export summary: the worksheet Numbers puts first in a workbook it exports
('Export Summary', opening 'This document was exported from Numbers. Each table was
converted to an Excel worksheet...', then a table of the Numbers sheets and tables). It
holds no schedule, so the sheet read by default is the first one after it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

_OPENING = "this document was exported from numbers"
_ROWS_LOOKED_AT = 3  # its note is in A1, or under a title row in some versions


def is_numbers_export_summary(rows: Sequence[Sequence[Any]]) -> bool:
    """Whether a sheet's rows (from its first non-empty one) are Numbers' export summary."""
    return any(isinstance(cell, str) and cell.strip().lower().startswith(_OPENING)
               for row in rows[:_ROWS_LOOKED_AT] for cell in row[:1])
