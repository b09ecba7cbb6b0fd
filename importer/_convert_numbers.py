"""Booleans and numbers: yes or no (also a logical cell as Excel in other languages writes
it), a rank, a count; with thousands grouped or not, and never a guess between them."""

from __future__ import annotations

import math
import re
from typing import Any

from importer._convert_text import CellError, cell_text

# Also a logical cell as Excel in German, French, Spanish, Italian, Portuguese or Dutch
# writes it to CSV: WAHR/FALSCH, VRAI/FAUX, VERDADERO/FALSO, VERO, VERDADEIRO, WAAR/ONWAAR;
# and a German or Japanese Outlook calendar's export its flags ('Ganztägiges Ereignis',
# '終日イベント'): Ein/Aus, オン/オフ. And yes and no as a planner types them in those
# languages ('oui'/'non' in a French 'Réservation' column), accents left out or not.
_TRUE = frozenset({"yes", "y", "true", "t", "1", "x", "on",
                   "wahr", "vrai", "verdadero", "vero", "verdadeiro", "waar", "ein", "オン",
                   "ja", "oui", "si", "sí", "sì", "sim"})
# FALSE as a logical cell is written, also an unticked checkbox in every row of its column.
LOGICAL_FALSE = frozenset({"false", "falsch", "faux", "falso", "onwaar"})
_FALSE = LOGICAL_FALSE | {"no", "n", "f", "0", "off", "aus", "オフ",
                          "nein", "non", "não", "nao", "nee"}


def unticked(cell: Any) -> bool:
    """Whether a cell is a logical FALSE: a checkbox column's, unticked."""
    return (cell_text(cell) or "").casefold() in LOGICAL_FALSE


def parse_boolean(cell: Any) -> bool:
    if isinstance(cell, bool):
        return cell
    text = (cell_text(cell) or "").casefold()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise CellError("bad-boolean", _yes_no_hint(text))


_YES_NO_HINT = "write yes or no (also y/n, true/false, 1/0, or x for yes)"
_IN_OTHER_LANGUAGES = ", or the same in French, German, Spanish, Italian, Portuguese or Dutch"


def _yes_no_hint(text: str) -> str:
    """How to write yes or no; for a word ('peut-être'), also that a planner's own language's
    yes and no are read, so that 'oui'/'non' is not rewritten in English."""
    if any(map(str.isalpha, text)):
        return _YES_NO_HINT + _IN_OTHER_LANGUAGES
    return _YES_NO_HINT


# Digits grouped in threes by one separator used throughout (1,000,000; 1.000; 1 000 with
# a space, a no-break or a narrow no-break space, as French writes it; 1'000, as Swiss),
# then perhaps decimals after the other mark: 1,000.5 or 1.000,5.
_GROUPED_NUMBER = re.compile(
    r"^[-+]?[1-9]\d{0,2}(?P<sep>[,. \u00a0\u202f\u2009'’])\d{3}(?:(?P=sep)\d{3})*"
    r"(?:(?!(?P=sep))[.,]\d+)?$"
)
# No grouping: 12, 2.5, 2,5 (a decimal comma), .5; or Excel's scientific form (1E+03).
_PLAIN_NUMBER = re.compile(r"^[-+]?(?:\d+(?:[.,]\d*)?|[.,]\d+|\d+(?:\.\d+)?e[-+]?\d+)$",
                           re.IGNORECASE)
# Only digits, signs and separators: a number whose grouping is off (1,00,000, 1,000 000).
_NUMBER_LIKE = re.compile(r"^[-+]?\d[\d,. \u00a0\u202f\u2009'’]*$")
NUMBER_HINT = "write a number such as 1 or 2.5"
COUNT_HINT = "write a whole number of zero or more, such as 50"
GROUPING_HINT = "group digits in threes with one separator throughout (1,000,000), or not at all"


def number_readings(text: str) -> tuple[float, ...]:
    """Every value a number written as text can mean: none when it is not a number, two when
    one comma or point stands before three digits (1,000 or 2.500 may separate thousands or
    decimals: the thousands reading first), otherwise one."""
    if grouped := _GROUPED_NUMBER.match(text):
        value = float(text.replace(grouped["sep"], "").replace(",", "."))
        if _PLAIN_NUMBER.match(text):  # the separator could be a decimal mark as well
            return value, float(text.replace(",", "."))
        return (value,)
    if _PLAIN_NUMBER.match(text):
        return (float(text.replace(",", ".")),)
    return ()


def parse_float(cell: Any) -> float:
    """A number (a rank). `2,500` alone is refused: as 2500 or 2.5 it would be a guess."""
    if isinstance(cell, (int, float)) and not isinstance(cell, bool):
        if math.isfinite(cell):
            return float(cell)
        raise CellError("bad-number", NUMBER_HINT)
    text = cell_text(cell) or ""
    readings = number_readings(text)
    if len(readings) == 2:
        raise CellError("bad-number", _thousands_or_decimals_hint(text))
    if readings and math.isfinite(readings[0]):
        return readings[0]
    raise CellError("bad-number", _with_grouping_hint(text, NUMBER_HINT))


def parse_count(cell: Any) -> int:
    """A whole number of zero or more (a capacity). `1,000` and `1.000` are a thousand: a
    whole number is never written with three decimals, but often with thousands grouped."""
    value = _count_value(cell)
    if value is None and (cell_text(cell) or "").endswith("%"):
        # Typing 50 into a cell formatted as a percentage shows 50% again: say where to look.
        raise CellError("bad-number", "a percentage is not a count: format the cell as a "
                        f"number (Excel: Format Cells > Number), then {COUNT_HINT}")
    if value is None:
        raise CellError("bad-number", _with_grouping_hint(cell_text(cell) or "", COUNT_HINT))
    if value < 0:
        raise CellError("bad-number", COUNT_HINT)
    if not value.is_integer():
        raise CellError("bad-number", f"a whole number is needed, not a fraction; {COUNT_HINT}")
    return int(value)


def _count_value(cell: Any) -> float | None:
    if isinstance(cell, bool):
        return None
    if isinstance(cell, (int, float)):
        value = float(cell)
    else:
        readings = number_readings(cell_text(cell) or "")
        value = readings[0] if readings else math.nan
    return value if math.isfinite(value) else None


def _thousands_or_decimals_hint(text: str) -> str:
    mark = "comma" if "," in text else "point"
    whole, _, fraction = text.replace(",", ".").partition(".")
    decimal = f"{whole}.{fraction}".rstrip("0").rstrip(".")
    return (f"the {mark} may separate thousands ({whole}{fraction}) or decimals ({decimal}); "
            f"write {whole}{fraction} or {decimal}, whichever is meant")


def _with_grouping_hint(text: str, hint: str) -> str:
    return f"{hint}; {GROUPING_HINT}" if _NUMBER_LIKE.match(text) else hint
