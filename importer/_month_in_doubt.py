"""A month's name that is October in Croatian and November in Czech and Polish ('15. listopada
2027.'). No cell reads it alone (_date_words leaves it out), so a date column holding it has
such cells fail, and only then is the column's language looked for, once, in its other month
and day names: Croatian (or Serbian, Bosnian) ones make it October, Czech or Polish ones
November. A column that tells neither (or both) has the cell refused with both readings: a
guess would send a session a month off without a word."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from typing import Any

from importer._convert_text import CellError
from importer._date_words import CZECH_POLISH_WORDS, MONTH_IN_DOUBT, SOUTH_SLAVIC_WORDS

_IN_DOUBT = re.compile(rf"(?<![^\W\d_])(?:{'|'.join(MONTH_IN_DOUBT)})(?![^\W\d_])",
                       re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")
_DATE_CODES = ("bad-date", "bad-datetime")

Failed = list[tuple[int, Any, CellError]]
MONTHS_IN_DOUBT = ("October", "November")
# Why such a cell is refused, said by validate and by a drafted mapping's note.
IN_DOUBT = ("listopad is October in Croatian but November in Czech and Polish, and no other "
            "month or day name in the column says which language it is in")


class MonthInDoubt(CellError):
    """A date whose month's name reads two ways, in a column that does not tell which."""


def read_months_in_doubt(uniques: Iterable[Any], parsed: list[Any], failed: Failed,
                         parse: Callable[[Any], Any]) -> Failed:
    """`failed` (a column's distinct cells that did not read: code, cell, error) less those
    whose month in doubt the column's other names tell, their values put in `parsed`; a
    cell the column tells nothing of is given a MonthInDoubt error."""
    doubtful = [entry for entry in failed
                if entry[2].code in _DATE_CODES and month_in_doubt(entry[1])]
    if not doubtful:
        return failed
    month = month_the_column_tells(uniques)
    left = [entry for entry in failed if all(entry is not doubt for doubt in doubtful)]
    for code, raw, problem in doubtful:
        if month is None:
            left.append((code, raw, MonthInDoubt(problem.code, _both_readings(raw, parse))))
            continue
        try:
            parsed[code] = parse(_IN_DOUBT.sub(month, raw.strip()))
        except CellError as error:  # what else is wrong with it (a day name that disagrees)
            left.append((code, raw, error))
    return sorted(left, key=lambda entry: entry[0])


def month_in_doubt(cell: Any) -> bool:
    """Whether a cell names a month in doubt ('15. listopada 2027.')."""
    return isinstance(cell, str) and _IN_DOUBT.search(cell) is not None


def month_the_column_tells(uniques: Iterable[Any]) -> str | None:
    """'October' where the column's other month and day names are Croatian (or Serbian,
    Bosnian), 'November' where they are Czech or Polish; None where they tell neither."""
    words = {word.casefold() for cell in uniques if isinstance(cell, str)
             for word in _WORD.findall(cell)}
    south, west = bool(words & SOUTH_SLAVIC_WORDS), bool(words & CZECH_POLISH_WORDS)
    return "October" if south and not west else "November" if west and not south else None


def _both_readings(raw: str, parse: Callable[[Any], Any]) -> str:
    """The hint for a cell whose month the column does not tell: each reading that is a
    real day, written with the month as a number."""
    readings = []
    for month in MONTHS_IN_DOUBT:
        try:
            day = _date_of(parse(_IN_DOUBT.sub(month, raw.strip())))
        except CellError:
            continue
        if day is not None:
            readings.append(f"{day:%Y-%m-%d} for {month}")
    written = " or ".join(readings) if readings else "like 2027-10-15"
    return f"{IN_DOUBT}: write the date with its month as a number, {written}"


def _date_of(value: Any) -> dt.date | None:
    """The day a date column's value holds: a date, or a (date, time) pair."""
    day = value[0] if isinstance(value, tuple) else value
    if isinstance(day, dt.datetime):
        return day.date()
    return day if isinstance(day, dt.date) else None
