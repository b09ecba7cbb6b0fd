"""The sheet header most like a column the mapping names: said in the mapping's own
messages (`fill_down`) and in `bind`'s, where a column is missing or left unread."""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Sequence

from importer.load import normalize_header

# What `gbimport draft-mapping` writes where no column fits a field, for the user to replace.
FILL_IN = "FILL IN"
# A header whose words are all the column's ('Title' for 'Session Title'): above one sharing a
# word (0.78, 'Session Id'), below a near-exact spelling ('Sesion Title').
NESTED_LIKENESS = 0.85
# A header holding the column's whole name ('Session Title (updated)' for 'Session Title'): a
# column renamed by an edit in the sheet, above any other spelling, below the name itself.
HOLDING_LIKENESS = 0.99


def closest_header(column: str, sheet_columns: Sequence[str]) -> str | None:
    """The sheet header most like `column`, word order ignored ('Start Time' ~ 'Time Start').
    None for a drafted mapping's FILL_IN, which is like no column ('Fin' is not meant)."""
    if column == FILL_IN:
        return None
    holds = _holding(normalize_header(column))

    def likeness(header: str) -> float:
        a, b = normalize_header(column), normalize_header(header)
        swapped = " ".join(sorted(a.split())), " ".join(sorted(b.split()))
        # 'Title' for 'Session Title': one name's words all within the other's.
        nested = bool(a.split()) and bool(b.split()) and (
            set(a.split()) <= set(b.split()) or set(b.split()) <= set(a.split()))
        return max(difflib.SequenceMatcher(None, a, b).ratio(),
                   difflib.SequenceMatcher(None, *swapped).ratio(),
                   NESTED_LIKENESS if nested else 0.0,
                   HOLDING_LIKENESS if holds(b) else 0.0)

    best = max(sheet_columns, key=likeness, default=None)
    return best if best is not None and likeness(best) >= 0.6 else None


def _holding(name: str) -> Callable[[str], bool]:
    """Whether a header (in `normalize_header`'s form) holds `name` whole, spaces aside, and
    not within a longer word: 'ID' is not held in 'Video'."""
    if not name.strip():
        return lambda header: False
    spaced = r"\s*".join(re.escape(part) for part in name.replace(" ", ""))
    found = re.compile(rf"(?<!\w){spaced}(?!\w)").search
    return lambda header: found(header) is not None
