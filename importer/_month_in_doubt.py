"""A month's name that is October in Croatian and November in Czech and Polish ('15. listopada
2027.'), or the short 'lip', June in Croatian and July in Polish ('15 lip 2027'). No cell
reads it alone (_date_words leaves it out), so a date column holding it has such cells fail,
and only then is the column's language looked for, once, in its other month and day names:
Croatian (or Serbian, Bosnian) ones make it October (June), Czech or Polish ones November
(July). Where they tell neither, a day name beside the date on which only one reading falls
tells it ('Friday, 15 listopada 2027': 15 October 2027 is a Friday), and else the timezone the
times are read in (Europe/Zagreb: October, Europe/Warsaw: November). A column none of these
tell has the cell refused with both readings: a guess would send a session a month off
without a word."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from typing import Any

from importer._convert_text import CellError
from importer._date_words import (
    CZECH_POLISH_WORDS,
    MONTH_IN_DOUBT,
    SOUTH_SLAVIC_WORDS,
    split_weekday,
)

_IN_DOUBT = re.compile(rf"(?<![^\W\d_])(?:{'|'.join(MONTH_IN_DOUBT)})(?![^\W\d_])",
                       re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")
_DATE_CODES = ("bad-date", "bad-datetime")

Failed = list[tuple[int, Any, CellError]]
# A column's language, told by its words or its zone: Croatian's reading, or Czech and Polish's.
CROATIAN, CZECH_POLISH = 0, 1
# The places whose language writes listopad for October (Croatian, Bosnian, Serbian and
# Montenegrin in Latin letters), and for November (Polish, Czech, and Slovak programmes, often
# kept in Czech). Skopje is not among them: Macedonian writes its months in Cyrillic.
_LANGUAGE_BY_ZONE = {
    **dict.fromkeys(("Europe/Zagreb", "Europe/Sarajevo", "Europe/Belgrade", "Europe/Podgorica"),
                    CROATIAN),
    **dict.fromkeys(("Europe/Warsaw", "Poland", "Europe/Prague", "Europe/Bratislava"),
                    CZECH_POLISH),
}


def in_doubt_words(cell: str) -> str:
    """Why a cell naming a month in doubt is refused, said by validate and by a drafted
    mapping's note: 'listopad is October in Croatian but November in Czech and Polish, ...'."""
    name, croatian, other, languages = _named_in(cell)
    return (f"{name} is {croatian} in Croatian but {other} in {languages}, and neither the "
            "column's other month and day names nor the timezone says which language it is in")


def zone_fix(cell: str) -> str:
    """The fix that settles every such cell at once, by the month `cell` names."""
    _, croatian, other, _ = _named_in(cell)
    return (f"set timezone to the event's place (Europe/Zagreb reads it as {croatian}, "
            f"Europe/Warsaw as {other})")


def _named_in(cell: str) -> tuple[str, str, str, str]:
    """MONTH_IN_DOUBT's entry for the first month in doubt `cell` names."""
    found = _IN_DOUBT.search(cell)
    return MONTH_IN_DOUBT[found[0].casefold() if found else "listopad"]


def _in(cell: str, language: int) -> str:
    """The cell with its month in doubt named as `language` reads it, in English."""
    return _IN_DOUBT.sub(lambda found: MONTH_IN_DOUBT[found[0].casefold()][1 + language],
                         cell.strip())


class MonthInDoubt(CellError):
    """A date whose month's name reads two ways, in a column that does not tell which."""


def read_months_in_doubt(uniques: Iterable[Any], parsed: list[Any], failed: Failed,
                         parse: Callable[[Any], Any], zone: str | None = None) -> Failed:
    """`failed` (a column's distinct cells that did not read: code, cell, error) less those
    whose month in doubt the column's other names, day names or `zone` (the timezone's name)
    tell, their values put in `parsed`; a cell none tells is given a MonthInDoubt error."""
    doubtful = [entry for entry in failed
                if entry[2].code in _DATE_CODES and month_in_doubt(entry[1])]
    if not doubtful:
        return failed
    language = language_told([raw for _, raw, _ in doubtful], uniques, parse)
    if language is None:
        language = _LANGUAGE_BY_ZONE.get(zone or "")
    left = [entry for entry in failed if all(entry is not doubt for doubt in doubtful)]
    for code, raw, problem in doubtful:
        if language is None:
            left.append((code, raw, MonthInDoubt(problem.code, _both_readings(raw, parse))))
            continue
        try:
            parsed[code] = parse(_in(raw, language))
        except CellError as error:  # what else is wrong with it (a day name that disagrees)
            left.append((code, raw, error))
    return sorted(left, key=lambda entry: entry[0])


def month_in_doubt(cell: Any) -> bool:
    """Whether a cell names a month in doubt ('15. listopada 2027.')."""
    return isinstance(cell, str) and _IN_DOUBT.search(cell) is not None


def _language_the_column_tells(uniques: Iterable[Any]) -> int | None:
    """CROATIAN where the column's other month and day names are Croatian (or Serbian,
    Bosnian), CZECH_POLISH where they are Czech or Polish; None where they tell neither."""
    words = {word.casefold() for cell in uniques if isinstance(cell, str)
             for word in _WORD.findall(cell)}
    south, west = bool(words & SOUTH_SLAVIC_WORDS), bool(words & CZECH_POLISH_WORDS)
    return CROATIAN if south and not west else CZECH_POLISH if west and not south else None


def language_told(doubtful: list[str], uniques: Iterable[Any],
                  parse: Callable[[Any], Any]) -> int | None:
    """The language the column's other names tell its cells in doubt (`doubtful`) are in,
    else the one their day names tell; None where neither does."""
    told = _language_the_column_tells(uniques)
    return told if told is not None else _language_the_day_names_tell(doubtful, parse)


def _language_the_day_names_tell(doubtful: list[str],
                                 parse: Callable[[Any], Any]) -> int | None:
    """The language whose reading the cells' day names fall on ('Friday, 15 listopada 2027'
    is October's 15th), where they all tell the same one: 15 October and 15 November (or 15
    June and 15 July) are never on the same day of the week, so a day name that fits only one
    reading tells the column's language."""
    told: set[int] = set()
    for raw in doubtful:
        if split_weekday(raw.strip())[0] is not None:
            fitting = _readings(raw, parse)
            if len(fitting) == 1:
                told.update(fitting)
    return told.pop() if len(told) == 1 else None


def _readings(raw: str, parse: Callable[[Any], Any]) -> dict[int, dt.date]:
    """Each reading of a cell in doubt that is a real day (on its day name, if it has one),
    by language."""
    readings = {}
    for language in (CROATIAN, CZECH_POLISH):
        try:
            day = _date_of(parse(_in(raw, language)))
        except CellError:
            continue
        if day is not None:
            readings[language] = day
    return readings


def _both_readings(raw: str, parse: Callable[[Any], Any]) -> str:
    """The hint for a cell whose month nothing tells: each reading that is a real day,
    written with the month as a number."""
    months = _named_in(raw)[1:3]
    readings = [f"{day:%Y-%m-%d} for {months[language]}"
                for language, day in _readings(raw, parse).items()]
    written = " or ".join(readings) if readings else "like 2027-10-15"
    return (f"{in_doubt_words(raw)}: {zone_fix(raw)}, or write the date with its month as a "
            f"number, {written}")


def _date_of(value: Any) -> dt.date | None:
    """The day a date column's value holds: a date, or a (date, time) pair."""
    day = value[0] if isinstance(value, tuple) else value
    if isinstance(day, dt.datetime):
        return day.date()
    return day if isinstance(day, dt.date) else None
