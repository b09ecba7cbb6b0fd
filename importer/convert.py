"""Cell parsers: turn one spreadsheet cell into a date, time, duration, boolean or number.

Every parser takes the cell as the loader gives it (None, str, or for XLSX a number, bool,
date, datetime or time) and either returns a value or raises `CellError` carrying a stable
issue code and a hint that says how to write the value. The validator calls each parser
once per *distinct* cell value, so these functions favour clarity over speed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import math
import re
import unicodedata
from collections.abc import Callable, Iterable
from typing import Any, Literal, NamedTuple, TypeVar

from importer._date_words import (
    ENGLISH_WEEKDAYS,
    date_from_words,
    day_and_month,
    day_label_date,
    day_range_ends,
    east_asian_date,
    lacks_year,
    month_written_after_days,
    month_written_before_days,
    split_weekday,
    weekday_named,
)
from importer.html import split_decoded

DateOrder = Literal["month-first", "day-first"]


class CellError(ValueError):
    """A cell that cannot be read as the value its column is mapped to."""

    def __init__(self, code: str, hint: str) -> None:
        super().__init__(hint)
        self.code = code
        self.hint = hint


# ---------------------------------------------------------------------------- text

# What Excel shows in a cell whose formula failed; a CSV export writes the same text. Also
# Google Sheets' #ERROR! and LibreOffice's numbered ones (Err:502, Err:522 for a circular
# reference), which an .ods holds and its CSV export writes.
FORMULA_ERRORS = frozenset({
    "#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA",
    "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!",
    "#PYTHON!", "#ERROR!", *(f"Err:{code}" for code in range(501, 600)),
})
FORMULA_ERROR_HINT = ("a spreadsheet shows that when a formula fails (a lookup that found nothing, "
                      "a deleted cell); fix the formula or type the value, then save")


class UncomputedFormula(NamedTuple):
    """A workbook cell holding a formula but no saved result, as a script (openpyxl) writes
    it: calamine reads it as blank, but Excel would show a value. Its text is the formula."""

    formula: str

    def __str__(self) -> str:
        return "=" + self.formula if self.formula else "a formula"


UNCOMPUTED_HINT = ("not its result: the file was written by a program, not saved by Excel, "
                   "which works results out; open it in Excel (or LibreOffice) and save it, "
                   "or type the value")


# A letter of UTF-8 read one byte at a time as Windows-1252: its first byte as a letter from
# 'Â' to 'ß' (Polish 'ł' as 'Å‚', Turkish 'ı' as 'Ä±', Cyrillic as 'Ð'), 'à' to 'ï' (CJK,
# '’' as 'â€™') or 'ð' to 'ô' (emoji, 'ðŸŽ‰'), then each next byte as one of the characters
# Windows-1252 gives the bytes 0x80 to 0xBF, or Latin-1's control characters of that number
# (the file read as Latin-1). Not 'Ã' and a no-break space before a capital: Portuguese
# capitals ('IRMÃ DULCE'), where a garbled 'à' ends a word or goes before a small letter.
_NEXT_BYTE = ("[\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030"
              "\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014"
              "\u02dc\u2122\u0161\u203a\u0153\u017e\u0178]")
_GARBLED = re.compile(f"\u00c3\u00a0(?![A-Z\u00c0-\u00de])|\u00c3(?!\u00a0){_NEXT_BYTE}"
                      f"|[\u00c2\u00c4-\u00df]{_NEXT_BYTE}|[\u00e0-\u00ef]{_NEXT_BYTE}{{2}}"
                      f"|[\u00f0-\u00f4]{_NEXT_BYTE}{{3}}")


# The same read as Mac Roman, as older Excel for Mac opens a CSV: 'Caf√©' for Café, 'It‚Äôs'
# for It’s. Its lead bytes are mostly symbols and punctuation, its next bytes accented letters.
_MAC_NEXT = f"[{re.escape(bytes(range(0x80, 0xC0)).decode('mac_roman'))}]"
_MAC_GARBLED = re.compile(
    f"[{re.escape(bytes(range(0xC2, 0xE0)).decode('mac_roman'))}]{_MAC_NEXT}"
    f"|[{re.escape(bytes(range(0xE0, 0xF0)).decode('mac_roman'))}]{_MAC_NEXT}{{2}}"
    f"|[{re.escape(bytes(range(0xF0, 0xF5)).decode('mac_roman'))}]{_MAC_NEXT}{{3}}")


def may_be_garbled(text: str) -> bool:
    """Whether text holds a letter garbled as garbled_reading reads them: a quick look that
    a column's cells, joined, pass or fail at once."""
    return not text.isascii() and (_GARBLED.search(text) or _MAC_GARBLED.search(text)) is not None


def garbled_reading(text: str) -> tuple[str, str] | None:
    """The first word of a cell garbled on its way into the sheet, and that word as it was
    written (`Itâ€™s` -> `It’s`, `CafÃ©` -> `Café`): a file saved as UTF-8, opened by a program
    that read it as Windows-1252, and saved again. None for text not so garbled. The whole
    cell must read back as UTF-8, so text written so on purpose is never taken for it."""
    garbled = garbling(text)
    return None if garbled is None else (garbled[0], garbled[1])


def garbling(text: str) -> tuple[str, str, str] | None:
    """garbled_reading's word and meaning, and the reading that garbled it: 'Windows-1252',
    'Latin-1' (whose control characters the word keeps) or 'Mac Roman' (`Caf√©`)."""
    if text.isascii():
        return None
    if (found := _GARBLED.search(text)) is None:
        return _mac_roman_reading(text)
    try:
        _utf8_read_as_cp1252(text).decode("utf-8")
    except UnicodeError:
        return _mac_roman_reading(text)
    before = _WORD_END.search(text, 0, found.start())
    after = _WORD_START.match(text, found.end())
    word = text[before.start() if before else found.start():after.end() if after else None]
    meant = _utf8_read_as_cp1252(word).decode("utf-8", errors="replace")
    # A file opened and saved so twice is garbled twice ('CafÃƒÂ©'): read back each time
    while (again := garbled_reading(meant)) is not None and again[0] == meant:
        meant = again[1]
    # A control character for a byte Windows-1252 has a character for: read as Latin-1.
    latin_1 = re.search("[\x80\x82-\x8c\x8e\x91-\x9c\x9e\x9f]", word)
    return word, meant, "Latin-1" if latin_1 else "Windows-1252"


def _mac_roman_reading(text: str) -> tuple[str, str, str] | None:
    """garbling's answer for a cell garbled by Mac Roman: all of it must read back as UTF-8."""
    if (found := _MAC_GARBLED.search(text)) is None:
        return None
    try:
        meant = text.encode("mac_roman").decode("utf-8")
    except UnicodeError:
        return None
    if any(unicodedata.category(char)[0] == "C" for char in meant if not char.isascii()):
        return None  # read back as no text: control characters, Apple's private logo
    if any(_mixes_latin(word) for word in meant.split()):
        return None  # a dash before a capital ('—Ésta' reads back as 'уsta'), not a garbling
    before = _WORD_END.search(text, 0, found.start())
    after = _WORD_START.match(text, found.end())
    word = text[before.start() if before else found.start():after.end() if after else None]
    return word, word.encode("mac_roman").decode("utf-8"), "Mac Roman"


def _mixes_latin(word: str) -> bool:
    """Whether a word has Latin letters and letters of another script, by the first word of
    each letter's Unicode name ('уsta': CYRILLIC and LATIN), which no garbled word read back
    has (Japanese mixes scripts, but not with Latin)."""
    scripts = {unicodedata.name(char, "?").split()[0] for char in word if char.isalpha()}
    return "LATIN" in scripts and len(scripts) > 1


_WORD_END = re.compile(r"[^\s<>]*\Z")  # the word's letters before the garbled one
_WORD_START = re.compile(r"[^\s<>]*")  # and after it


def _utf8_read_as_cp1252(text: str) -> bytes:
    """The bytes a garbled text was read from. The five bytes Windows-1252 leaves undefined
    come through as the control characters of their number (the 0x9D ending `”`'s UTF-8), and
    a file read as Latin-1 has such a character for each byte from 0x80 to 0x9F."""
    return b"".join(bytes([ord(char)]) if char < "\u0100" else char.encode("cp1252")
                    for char in text)


def cell_text(cell: Any) -> str | None:
    """The cell as stripped text, None when empty. Integral floats lose their `.0`; elapsed
    times read as Excel shows them."""
    if cell is None:
        return None
    if isinstance(cell, float):
        if math.isnan(cell):
            return None
        if cell.is_integer():
            cell = int(cell)
    elif isinstance(cell, dt.timedelta):
        return elapsed_text(cell)
    elif isinstance(cell, bool):
        return "TRUE" if cell else "FALSE"  # as Excel shows a logical cell, and a CSV holds it
    text = str(cell).strip()
    return text or None


def elapsed_text(elapsed: dt.timedelta) -> str:
    """A workbook's elapsed-time cell (`[h]:mm`) as Excel shows it, `24:30`: Python's own
    `1 day, 0:30:00` is not what the user sees in their sheet."""
    seconds = round(elapsed.total_seconds())
    sign = "-" if seconds < 0 else ""
    minutes, seconds = divmod(abs(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{sign}{hours}:{minutes:02d}" + (f":{seconds:02d}" if seconds else "")


def split_names(text: str | None, separator: str) -> tuple[str, ...]:
    """Names from one cell: split, stripped, empties dropped, first spelling kept. Character
    references are read as text, as a site's data file writes them ('ROXY &amp; WAKE'): the
    `;` ending one is no separator, nor is one a reference stands for ('A&#59;B'). A comma
    left at a name's end or start ('Data,', after a second track was deleted) is no part of
    it: it would make a track or room of its own beside 'Data'."""
    if not text:
        return ()
    names: dict[str, str] = {}
    for part in split_decoded(text, separator):
        name = " ".join(part.strip().strip(",").split())
        if name and name.casefold() not in names:
            names[name.casefold()] = name
    return tuple(names.values())


# ---------------------------------------------------------------------------- booleans

# Also a logical cell as Excel in German, French, Spanish, Italian, Portuguese or Dutch
# writes it to CSV: WAHR/FALSCH, VRAI/FAUX, VERDADERO/FALSO, VERO, VERDADEIRO, WAAR/ONWAAR.
_TRUE = frozenset({"yes", "y", "true", "t", "1", "x", "on",
                   "wahr", "vrai", "verdadero", "vero", "verdadeiro", "waar"})
# FALSE as a logical cell is written, also an unticked checkbox in every row of its column.
LOGICAL_FALSE = frozenset({"false", "falsch", "faux", "falso", "onwaar"})
_FALSE = LOGICAL_FALSE | {"no", "n", "f", "0", "off"}


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
    raise CellError("bad-boolean", "write yes or no (also y/n, true/false, 1/0, or x for yes)")


# ---------------------------------------------------------------------------- numbers

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


# ---------------------------------------------------------------------------- dates

# A time written as not fixed yet ('TBA', 'TBD (afternoon)', 'to be confirmed'), as a
# programme lists a talk before it has its slot.
NOT_FIXED_YET = re.compile(r"^(?:tb[acd]|to be (?:announced|confirmed|decided|determined))\b",
                           re.IGNORECASE)


def not_fixed_yet(cell: Any) -> bool:
    """Whether a cell gives its time as not fixed yet ('TBA', ' TBD (afternoon) ')."""
    return isinstance(cell, str) and NOT_FIXED_YET.match(cell.strip()) is not None


# The last part is a year of two to four digits, or after a year a day of one or two
# (2027/5/6, as Japanese and Chinese Excel's yyyy/m/d writes it).
_NUMERIC_DATE = re.compile(r"^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})$")
_YEARLESS_NUMERIC_DATE = re.compile(r"^\d{1,2}[/.-]\d{1,2}$")
# A month and a day as four figures with no year, as some programmes write a day: 1126.
_MONTH_DAY_FIGURES = re.compile(r"^(\d\d)(\d\d)$")
# ISO 8601's basic form, as systems and `yyyymmdd` formats write it: 20270511. Only a year
# from 1900 to 2099 first, so no day-first or month-first date (11052027) reads as one.
_COMPACT_DATE = re.compile(r"^(?P<year>(?:19|20)\d{2})(?P<month>\d{2})(?P<day>\d{2})$")
# A date as Korean locales write it, the year first, a dot and a space after each part:
# 2027. 5. 11 (Google Sheets in Korean shows dates so, and its CSV export writes them so).
_SPACED_YEAR_FIRST = re.compile(r"^(?P<year>\d{4})\.\s+(?P<month>\d{1,2})\.\s+"
                                r"(?P<day>\d{1,2})\.?$")
# A date written with dots (11.05.2027) is day-first wherever it is used.
DOTTED_DATE = re.compile(r"^\d{1,2}\.\d{1,2}\.\d{2,4}\b")
DATE_HINT = "write the date like {example} or 2027-05-11"
FIRST_YEAR = 1900


class WrongWeekday(CellError):
    """A date whose day name disagrees with it: a typo, or the wrong day/month order."""


class YearTooEarly(CellError):
    """A date before any Guidebook can hold: a mistyped year."""


class DayRange(CellError):
    """Several days in a date cell (`May 11-13, 2027`): a session has one date."""


def other_order(order: DateOrder) -> DateOrder:
    return "day-first" if order == "month-first" else "month-first"


def date_example(order: DateOrder) -> str:
    return "5/11/2027 (May 11)" if order == "month-first" else "11/5/2027 (11 May)"


def _full_year(written: str) -> int:
    """Two digits are this century's (27 is 2027); three or four are the year as written, so
    0027 is not quietly 2027."""
    return int(written) + 2000 if len(written) == 2 else int(written)


def _try_date(year: str, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(_full_year(year), month, day)
    except ValueError:
        return None


def _check_year(date: dt.date, code: str) -> dt.date:
    """Refuse a year no session can have: most likely a typo (0027, 1027) for 2027."""
    if date.year < FIRST_YEAR:
        raise YearTooEarly(code, f"the year is {date.year:04d}, and Guidebook holds no dates "
                                 f"before {FIRST_YEAR}; check the year and write all four "
                                 "digits, like 2027")
    return date


def numeric_date_readings(text: str) -> dict[DateOrder | Literal["iso"], dt.date]:
    """Every way a numeric date can be read: ISO, month-first, day-first (only valid ones)."""
    match = _NUMERIC_DATE.match(text)
    if not match:
        return {}
    first, second, third = match.groups()
    a, b = int(first), int(second)
    readings: dict[DateOrder | Literal["iso"], dt.date] = {}
    if len(first) == 4:
        if (iso := _try_date(first, b, int(third))) is not None:
            readings["iso"] = iso
        return readings
    if len(third) < 2:  # 5/6/7: no year
        return readings
    if (month_first := _try_date(third, a, b)) is not None:
        readings["month-first"] = month_first
    if (day_first := _try_date(third, b, a)) is not None:
        readings["day-first"] = day_first
    return readings


def parse_date(cell: Any, order: DateOrder) -> dt.date:
    """A calendar date: XLSX date cells as they are; text ISO, numeric in `order`, or words."""
    if isinstance(cell, dt.datetime):
        return _check_year(cell.date(), "bad-date")
    if isinstance(cell, dt.date):
        return _check_year(cell, "bad-date")
    text = cell_text(cell) or ""
    try:
        return _written_date(text, order)
    except CellError:
        if (labelled := _labelled_date(text, order)) is not None:
            return labelled
        raise


def _written_date(text: str, order: DateOrder) -> dt.date:
    weekday, text = split_weekday(text)
    date = _check_year(_date_from_text(text, order), "bad-date")
    if weekday is not None and date.weekday() != weekday:
        raise WrongWeekday("bad-date", _wrong_weekday_hint(text, date, weekday, order))
    return date


def _labelled_date(text: str, order: DateOrder) -> dt.date | None:
    """The date a day label holds (`Day 1 (Wednesday, 15-July-2026)`), when the rest of it
    is one date and nothing more; None when it holds none. What is wrong with a date it
    holds (a day name that disagrees, no year, several days) is raised."""
    inner = day_label_date(text)
    if inner is None:
        return None
    try:
        return _written_date(inner, order)
    except (WrongWeekday, YearTooEarly, DayRange):
        raise
    except CellError as error:
        if error.hint.startswith(("the date has no year", "it is only a valid date read")):
            raise
        return None


# A date cell formatted with its time, as Excel writes it to CSV: 5/11/2027 0:00.
_AT_MIDNIGHT = re.compile(r"^(?P<date>.*\S)\s+(?:0?0:00(?::00)?|12:00(?::00)?\s*am)$",
                          re.IGNORECASE)


def _date_from_text(text: str, order: DateOrder) -> dt.date:
    readings = numeric_date_readings(text)
    if "iso" in readings:
        return readings["iso"]
    if order in readings:
        return readings[order]
    iso_datetime = _iso_datetime(text)
    if (iso_datetime is not None and iso_datetime.tzinfo is None
            and iso_datetime.time() == dt.time(0)):
        return iso_datetime.date()
    if (compact := _compact_date(text)) is not None:
        return compact
    if (spaced := _SPACED_YEAR_FIRST.match(text)) and (read := _try_date(
            spaced["year"], int(spaced["month"]), int(spaced["day"]))) is not None:
        return read
    if at_midnight := _AT_MIDNIGHT.match(text):  # Excel's CSV of a date-and-time cell
        return _date_from_text(at_midnight["date"], order)
    if (days := _day_range(text, order)) is not None:  # before words: 'May 11-13' is no 2013
        raise DayRange("bad-date", days)
    if (in_words := date_from_words(text)) is not None:
        return in_words
    if (east_asian := east_asian_date(text)) is not None:
        date, weekday = east_asian
        if weekday is not None and date.weekday() != weekday:
            raise WrongWeekday("bad-date", _wrong_weekday_hint(text, date, weekday, order))
        return date
    raise CellError("bad-date", _bad_date_hint(text, order, bool(readings)))


SEVERAL_DAYS_HINT = ("a session has one date: give an event over several days a row per day "
                     "(an all-day session is one day), or write its first day here, give it "
                     "start and end times, and put its last day in an end-date column")


_DOTTED_DAY = re.compile(r"^\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})?$")  # 11.05.2027, 11.05.


def _day_range(text: str, order: DateOrder) -> str | None:
    """What is wrong with a cell giving a range of days (the hint), or None when the text
    is not one: each end must read as a date, or lack only its year."""
    ends = day_range_ends(text)
    if ends is None:
        return None
    if all(_DOTTED_DAY.match(end.strip()) for end in ends):
        order = "day-first"  # 11.05.-13.05.2027: dots are day-first wherever used
    days: list[dt.date | None] = []
    for end in ends:
        try:
            days.append(_date_from_text(end.strip(), order))
        except CellError:
            if not lacks_year(end.strip()) and _numeric_day_and_month(end, order) is None:
                return None
            days.append(None)
    first, last = days
    if first is None and last is not None:  # May 11 - May 13, 2027: the year written once
        first = _in_year_of(ends[0], last, order, later=False)
    elif last is None and first is not None:  # 2027年5月11日～5月13日
        last = _in_year_of(ends[1], first, order, later=True)
    if first is None or last is None:  # no year, or no such day in it (Feb 29 - Mar 1, 2027)
        no_year = days == [None, None]
        return f"it is a range of days{', with no year' if no_year else ''}; {SEVERAL_DAYS_HINT}"
    if last < first and month_written_after_days(text):
        first = _in_month_beside(first, later=False)  # 29 a 01/12/2019: the last's month
    elif last < first and month_written_before_days(text):
        last = _in_month_beside(last, later=True)  # May 30-2, 2027: the first's month
    return f"it is a range of days, {first:%Y-%m-%d} to {last:%Y-%m-%d}; {SEVERAL_DAYS_HINT}"


def _in_month_beside(day: dt.date, *, later: bool) -> dt.date:
    """The same day of the month before (29 December as 29 November) or, `later`, after (2
    May as 2 June), or the day itself where that month has no such day."""
    beside = (day.replace(day=28) + dt.timedelta(days=4) if later
              else day.replace(day=1) - dt.timedelta(days=1))
    with contextlib.suppress(ValueError):
        return beside.replace(day=day.day)
    return day


def _in_year_of(text: str, other: dt.date, order: DateOrder, *, later: bool) -> dt.date | None:
    """A range's day written without its year, in the year of its other day, or in the
    year next to it when the range crosses New Year (Dec 30 - Jan 2, 2028 starts in 2027)."""
    day_month = day_and_month(text.strip()) or _numeric_day_and_month(text, order)
    if day_month is None:
        return None
    day, month = day_month
    try:
        date = dt.date(other.year, month, day)
    except ValueError:
        return None
    if (date < other) if later else (date > other):
        with contextlib.suppress(ValueError):
            crossing = date.replace(year=other.year + (1 if later else -1))
            if abs(crossing - other) <= dt.timedelta(days=31):
                return crossing
    return date


# A day and month in numbers, without a year, as a range of days writes one of its days
# (5/11 - 5/13/2027, 11.05. - 13.05.2027): dots are day first, a slash in the mapping's order.
_NUMERIC_DAY_MONTH = re.compile(r"^(\d{1,2})([/.])(\d{1,2})\.?$")


def _numeric_day_and_month(text: str, order: DateOrder) -> tuple[int, int] | None:
    """(day, month) of a range's day written in numbers without its year, else None."""
    match = _NUMERIC_DAY_MONTH.match(text.strip())
    if match is None:
        return None
    first, second = int(match[1]), int(match[3])
    day, month = (second, first) if match[2] == "/" and order == "month-first" else (
        first, second)
    return (day, month) if 1 <= day <= 31 and 1 <= month <= 12 else None


def _compact_date(text: str) -> dt.date | None:
    match = _COMPACT_DATE.match(text)
    if match is None:
        return None
    return _try_date(match["year"], int(match["month"]), int(match["day"]))


def _bad_date_hint(text: str, order: DateOrder, other_order_reads: bool) -> str:
    """How to write the date, led by what is wrong with it when that can be told."""
    hint = DATE_HINT.format(example=date_example(order))
    if other_order_reads:
        return f"{_only_the_other_order(order)}; {hint}"
    if _YEARLESS_NUMERIC_DATE.match(text) or lacks_year(text):
        return (f"the date has no year; {hint}, or, for a column of a few days, give each its "
                f"date once in the mapping, in the field reading this column: "
                f'values = {{ "<the cell as written>" = "YYYY-MM-DD" }}')
    if (day := _month_and_day_figures(text)) is not None:
        return (f"if it is a month and a day ({day:%B} {day.day}), it has no year; {hint}, or, "
                f"for a column of a few days, give each its date once in the mapping, in the "
                f"field reading this column: "
                f"values = {{ {json.dumps(text)} = \"YYYY-{day:%m-%d}\" }}")
    if weekday_named(text.rstrip(".")) is not None:  # a programme's 'Saturday' column
        return (f"it names a day of the week, not its date; {hint}, or give each day its "
                f"date once in the mapping, in the field reading this column: "
                f"values = {{ {json.dumps(text)} = \"YYYY-MM-DD\" }}")
    if (serial := _serial_date(text)) is not None:
        return (f"it is a number; if the cell is a date whose date format was lost, it is "
                f"{serial:%Y-%m-%d} (Excel counts days from 1900): format the column as a "
                f"date (Excel: Format Cells > Date), or {hint}")
    return hint


def _month_and_day_figures(text: str) -> dt.date | None:
    """The day four figures name as month and day ('1126', November 26), in a leap year so
    that '0229' is one; None when they name none (a year, '2027', has no month 20)."""
    match = _MONTH_DAY_FIGURES.match(text)
    return None if match is None else _try_date("2028", int(match[1]), int(match[2]))


def _serial_date(text: str) -> dt.date | None:
    """The date a spreadsheet's day count (46518) stands for, when it is one of this
    century's: what a date cell shows once its date format is cleared, or a CSV exports."""
    if not (text.isascii() and text.isdigit() and len(text) == 5):
        return None
    date = dt.date(1899, 12, 30) + dt.timedelta(days=int(text))
    return date if 2000 <= date.year <= 2099 else None


def _wrong_weekday_hint(text: str, date: dt.date, weekday: int, order: DateOrder) -> str:
    named = ENGLISH_WEEKDAYS[weekday].title()
    hint = f"{date:%B} {date.day}, {date.year} is a {date:%A}, not a {named}"
    other = other_order(order)
    swapped = numeric_date_readings(text).get(other)
    if swapped is not None and swapped.weekday() == weekday:
        return (f"{hint}; read {other} it is {named}, {swapped:%B} {swapped.day}, so the sheet "
                f"may write dates {other}: set date_order = \"{other}\" in the mapping")
    return f"{hint}; fix the day name or the date"


def _only_the_other_order(order: DateOrder) -> str:
    return f"it is only a valid date read {other_order(order)}, but the mapping reads {order}"


# ISO 8601 as systems export it: a date, perhaps a time with a colon, perhaps an offset.
# fromisoformat alone takes more: '2027-05-11 10.30' as 10:00:00.3, '2027-05-11 10' as 10:00.
_ISO_DATETIME = re.compile(
    r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$",
    re.IGNORECASE,
)


# iCalendar's DTSTART and DTEND as a calendar converted to a sheet writes them: ISO 8601's
# basic form, 20270511T090000 (local) or 20270511T090000Z (UTC).
_ICAL_DATETIME = re.compile(r"^((?:19|20)\d{2})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})?(Z?)$",
                            re.IGNORECASE)


def _ical_extended(text: str) -> str | None:
    """An iCalendar date and time in ISO 8601's extended form, which parse_datetime reads
    ('20270511T090000Z' as '2027-05-11T09:00:00Z'); None for any other text."""
    if (match := _ICAL_DATETIME.match(text)) is None:
        return None
    year, month, day, hour, minute, second, utc = match.groups()
    return f"{year}-{month}-{day}T{hour}:{minute}:{second or '00'}{utc}"


def _iso_datetime(text: str) -> dt.datetime | None:
    """An ISO 8601 date and time, to the nearest second; aware when it carries an offset
    (`Z`, `+02:00`). Other forms ('2027-05-11 10.30') are read as a date and a time."""
    if not _ISO_DATETIME.match(text):
        return None
    try:
        return whole_second(dt.datetime.fromisoformat(text.replace(",", ".")))
    except ValueError:
        return None


# ---------------------------------------------------------------------------- times

_TIME = re.compile(
    r"^(?P<h>\d{1,2})(?:\s*[:.hu]\s*(?P<m>\d{2}))?(?::(?P<s>\d{2})(?:\.\d+)?)?"
    # am/pm, or the 24-hour clock's own word: French "9h", "14h30"; German "10 Uhr"; Dutch
    # "14u", "9u30", "19.00 u" (uur); and "hrs" after hours and minutes, as India and the
    # military write it ("09:30 hrs").
    r"\s*(?:(?P<ampm>[ap])\.?\s*m?\.?|(?P<clock>h|uhr|u)|(?P<hrs>hrs?|hours))?$",
    re.IGNORECASE,
)
# A 24-hour clock without a colon: 0930, 930, 1445; 0930 hrs.
_HHMM = re.compile(r"^([01]?\d|2[0-3])([0-5]\d)(?:\s*(?:hrs?|hours))?$")
_DAY = dt.timedelta(days=1)
_NAMED_TIMES = {"noon": dt.time(12), "midday": dt.time(12), "midnight": dt.time(0)}
_NAMED_TIME = re.compile(r"^(?:12(?::00)?\s*)?(?P<word>[a-z]+)$")  # noon, 12 noon, 12:00 noon
TIME_HINT = "write the time like 10:00 AM, 10am or 14:30"
# Times as Japanese, Chinese and Korean write them: the half of the day first (午前 9:00,
# 下午2:30, 오후 2:30), the hour and minutes in words (9時30分, 14时, 9시 30분).
_HALF_OF_DAY = {"午前": "am", "上午": "am", "오전": "am", "午後": "pm", "下午": "pm", "오후": "pm"}
_EAST_ASIAN_TIME = re.compile(
    r"^(?:(?P<half>午前|午後|上午|下午|오전|오후)\s*)?(?P<rest>.+?)$")
# 半 and 반 are half past (9時半 is 9:30); 点 is the hour in Chinese (9点30分, 下午2点半).
_HOUR_WORDS = re.compile(
    r"^(?P<h>\d{1,2})\s*[時时點点시](?:\s*(?P<m>\d{1,2})\s*[分분]|\s*(?P<half>[半반]))?$")
_HOUR_0 = re.compile(r"^0{1,2}(?=:|$)")  # 午後0時: Japan's noon, the first hour of the pm


def _east_asian_time_text(text: str) -> str:
    """The time as the forms _TIME reads write it: '午後2時30分' as '2:30 pm', '9：00' (the
    full-width colon a Japanese or Chinese input method types) as '9:00'."""
    match = _EAST_ASIAN_TIME.match(text.replace("：", ":"))
    if match is None:
        return text
    rest = match["rest"]
    if hours := _HOUR_WORDS.match(rest):
        rest = f"{hours['h']}:{30 if hours['half'] else int(hours['m'] or 0):02d}"
    return f"{_HOUR_0.sub('12', rest)} {_HALF_OF_DAY[match['half']]}" if match["half"] else rest


# A start written open-ended, "from 8:00 on": a mark after it ('8:00～', '9:00 -'), an end
# that is no time ('7:30pm - late', 'till close', 'bis open end', and in Dutch, German,
# French and Spanish: '22u tot laat', '22:00 bis Ende', '19h - tard', "19h jusqu'à la fin",
# '20:00 hasta el cierre'), or "from" before it in English, German, French, Dutch, Spanish,
# Portuguese or Italian ('ab 19 Uhr', 'dès 19h', 'à partir de 19h', 'vanaf 19u', 'from 7pm
# till late'). Not a time named in words ('22:00 - midnight'): that is an end.
_DASH = "~～〜\\-‐‑–—−"
_OPEN_END = re.compile(
    rf"(?<=\S)\s*(?:[{_DASH}]|(?:[{_DASH}]|['’]til\b|\b(?:till|til|until|to|bis|tot|jusqu['’]à|"
    r"hasta))\s*"
    r"(?:late|close|open end|laat|ende|tard|la fin|el cierre)|\bonwards?)\s*$", re.IGNORECASE)
_FROM = re.compile(r"^(?:from|ab|dès|à partir de|a partir de|vanaf|desde|dalle)\s+(?=\d)",
                   re.IGNORECASE)


# The 24-hour clock's word said around the time rather than after it: German '9 Uhr 30'
# (9:30), Italian 'ore 9:30' and 'alle ore 9', and the 'h' Italian and Portuguese
# programmes write before it ('h 9:30', 'h. 14'); rewritten as '9:30 uhr' and '9:30h'.
_UHR_BETWEEN = re.compile(r"^(\d{1,2})\s*uhr\s*(\d{2})$")
_ORE_BEFORE = re.compile(r"^(?:(?:alle\s+)?ore\s+|h\.?\s*)(\d{1,2}(?:[:.]\d{2})?)$")


def _time_text(text: str) -> str:
    """A time's text in the one form _TIME reads: casefolded, East Asian forms rewritten."""
    text = _ORE_BEFORE.sub(r"\1h", _UHR_BETWEEN.sub(r"\1:\2 uhr", text.casefold().strip()))
    return text if text.isascii() else _east_asian_time_text(text)


def parse_time(cell: Any) -> dt.time:
    """A time of day: XLSX time/datetime cells, Excel day fractions, or text forms."""
    if isinstance(cell, dt.datetime):
        cell = cell.time()
    if isinstance(cell, dt.time):
        return _time_of_elapsed(dt.timedelta(hours=cell.hour, minutes=cell.minute,
                                             seconds=cell.second, microseconds=cell.microsecond))
    if isinstance(cell, dt.timedelta):
        return _time_of_elapsed(cell)
    if isinstance(cell, float) and 0 <= cell < 1:  # Excel stores times as a fraction of a day
        return _time_of_elapsed(dt.timedelta(days=cell))
    # '8:00～', 'ab 19 Uhr': a start written open-ended ("from 8:00"), as Japanese and
    # nightlife programmes write it.
    text = _time_text(_FROM.sub("", _OPEN_END.sub("", cell_text(cell) or "")))
    if (named := _NAMED_TIME.match(text)) and named["word"] in _NAMED_TIMES:
        return _NAMED_TIMES[named["word"]]
    if hhmm := _HHMM.match(text):
        return dt.time(int(hhmm[1]), int(hhmm[2]))
    match = _TIME.match(text)
    if match is None and (zone := _trailing_zone(cell_text(cell) or "", parse_time)):
        raise CellError("bad-time", _zone_hint(zone[0], offsets_read=False))
    if match is None and (unconfirmed := _unconfirmed_hint(cell_text(cell) or "", parse_time)):
        raise CellError("bad-time", unconfirmed)
    if match is None or (match["m"] is None and match["ampm"] is None and not match["clock"]):
        raise CellError("bad-time", TIME_HINT)  # a bare "10" could be either half of the day
    hour, minute, second = int(match["h"]), int(match["m"] or 0), int(match["s"] or 0)
    if match["ampm"]:
        if not 1 <= hour <= 12:
            raise CellError("bad-time", f"{hour} is not an hour on a 12-hour clock; {TIME_HINT}")
        hour = hour % 12 + (12 if match["ampm"] == "p" else 0)
    if minute > 59 or second > 59:
        raise CellError("bad-time", TIME_HINT)
    if hour > 23:  # 24:30 or 25:00, as some programmes write the small hours
        raise _past_midnight(dt.timedelta(hours=hour, minutes=minute, seconds=second))
    return dt.time(hour, minute, second)


def _time_of_elapsed(elapsed: dt.timedelta) -> dt.time:
    """A workbook time (a time cell, a fraction of a day, or an elapsed-time `[h]:mm` cell,
    which calamine gives as a timedelta) as a time of day, to the nearest second as Excel
    shows it: a stored 0.3958333 is 9:30, not 9:29:59.997. From 24:00 on it is a time on a
    later day, which a time column cannot say."""
    elapsed = _nearest_second(elapsed)
    if dt.timedelta(0) <= elapsed < _DAY:
        return (dt.datetime.min + elapsed).time()
    if elapsed < dt.timedelta(0):
        raise CellError("bad-time", TIME_HINT)
    raise _past_midnight(elapsed)


def _nearest_second(elapsed: dt.timedelta) -> dt.timedelta:
    return dt.timedelta(seconds=round(elapsed.total_seconds()))


def whole_second(moment: dt.datetime) -> dt.datetime:
    """A workbook datetime to the nearest second, as Excel shows it (9:29:59.997 is 9:30)."""
    try:
        return (moment + dt.timedelta(microseconds=500_000)).replace(microsecond=0)
    except OverflowError:  # 9999-12-31 23:59:59.6: no later second to round to
        return moment.replace(microsecond=0)


def _past_midnight(elapsed: dt.timedelta) -> CellError:
    if elapsed >= 2 * _DAY:
        return CellError("bad-time", TIME_HINT)
    return PastMidnightError(elapsed)


class PastMidnightError(CellError):
    """A time from 24:00 on (25:00): that time on the next day. Where the next day goes
    depends on the column (a start's in the date column, an end's in an end-date column),
    which the validator knows: `next_day_hint` says it so. parse_late_time reads one before
    LATEST_WRITTEN as the next day's small hours."""

    def __init__(self, elapsed: dt.timedelta) -> None:
        self.elapsed = elapsed
        self.written, self.within_day = elapsed_text(elapsed), elapsed_text(elapsed - _DAY)
        super().__init__("bad-time", self.next_day_hint(
            "an end-date column ('End Date (Optional)' in the template)"))

    def next_day_hint(self, where: str) -> str:
        return f"{self.said()}; write it as {self.within_day} and put the next day in {where}"

    def said(self) -> str:
        later = (", later than the small hours that 24:00 to 29:59 write on the day before"
                 if self.elapsed >= LATEST_WRITTEN else "")
        return f"{self.written} is past midnight{later}"


# The latest time written on the day before, as Japanese festival, broadcast and nightlife
# programmes write the small hours (25:30 is 1:30 the next morning): 29:59, 5:59 next day.
LATEST_WRITTEN = dt.timedelta(hours=30)


class NextDayTime(dt.time):
    """A time of day on the day after its row's date: 1:30 written as 25:30."""

    __slots__ = ()


def parse_late_time(cell: Any) -> dt.time:
    """A time of day as parse_time reads it; from 24:00 to 29:59 (25:30, or a workbook
    `[h]:mm` cell holding it) that time on the next day, a NextDayTime (1:30). Later ones
    (30:00) raise PastMidnightError."""
    try:
        return parse_time(cell)
    except PastMidnightError as past:
        if past.elapsed >= LATEST_WRITTEN:
            raise
        return next_day_time(past.elapsed - _DAY)


def parse_end_time(cell: Any) -> dt.time:
    """An end column's time, as parse_late_time reads it; not a start written open-ended
    ('from 7pm', '19:00 -', '7:30pm - late'), which says when a session is on from, and
    would end it then."""
    text = cell_text(cell) if isinstance(cell, str) else None
    if text and (_OPEN_END.search(text) or _FROM.match(text)):
        raise CellError("bad-time", f"{FROM_THEN_ON}; write its end time, like 10:00 PM or 22:00")
    return parse_late_time(cell)


FROM_THEN_ON = "it says from when the session is on, not when it ends"


def parse_end_datetime(cell: Any, order: DateOrder) -> Moment:
    """An end column's date and time, as parse_datetime reads it; not a date with a start
    written open-ended ('5/11/2027 from 7pm', '5/11/2027 19:00 -'), as parse_end_time."""
    moment = parse_datetime(cell, order)
    text = cell_text(cell) if isinstance(cell, str) else None
    if text and moment[1] is not None and (
            _OPEN_END.search(text) or _FROM.match(" ".join(text.split()[-2:]))):
        raise CellError("bad-datetime", f"{FROM_THEN_ON}; write its end date and time, like "
                        f"{date_example(order).split()[0]} 10:00 PM")
    return moment


def next_day_time(elapsed: dt.timedelta) -> NextDayTime:
    time = (dt.datetime.min + elapsed).time()
    return NextDayTime(time.hour, time.minute, time.second)


# A hyphen or a dash (also the minus sign and the hyphens a word processor puts in), a tilde,
# or "to" in English (also "until", "till", "til", "'til", "through", "thru"), German
# ("bis"), French ("à") or Dutch ("tot"). A slash only after minutes, am/pm (also a.m.), an
# hour's word (`9h`, `9.30 u`, `9 Uhr`, `09:30 hrs`) or a time named in words (`9:30/12:30`,
# `9am/11am`, `noon/2pm`), so that a date strayed into the column (`5/11`, `12/1`) is no
# range of hours.
_AFTER_NAMED_TIME = "|".join(rf"(?<=\b{word})" for word in _NAMED_TIMES)
_RANGE_SEPARATOR = re.compile(r"\s*(?:[-‐‑‒–—−~～〜]|['’]til\b|"
                              r"\b(?:to|until|till|til|through|thru|bis|à|tot)\b)\s*"
                              r"|(?:(?<=[:.h]\d\d)|(?<=[ap]m)|(?<=[ap]\.m\.)|(?<=\d[hu])"
                              r"|(?<=\d [hu])|(?<=[\d ]hr)|(?<=[\d ]hrs)|(?<=\buhr)"
                              rf"|{_AFTER_NAMED_TIME})\s*/\s*",
                              re.IGNORECASE)
TIME_RANGE_HINT = "write the start and end like 9:00 - 10:30, 9:00 AM - 10:30 AM or 9am to 11am"
# "from" before a range: de 9h à 10h30, von 9 bis 10 Uhr, van 9 tot 10.
_RANGE_FROM = re.compile(r"^(?:from|de|von|van)\s+", re.IGNORECASE)
# Spanish and Portuguese "a" (9:00 a 10:30): tried last, as "9 a" is also 9 am.
_RANGE_A = re.compile(r"\s+a\s+", re.IGNORECASE)


def _range_parts(text: str) -> list[str]:
    text = _RANGE_FROM.sub("", text.strip())
    parts = _RANGE_SEPARATOR.split(text, maxsplit=1)
    return parts if len(parts) == 2 and all(parts) else _RANGE_A.split(text, maxsplit=1)


def range_end_text(text: str) -> str | None:
    """The end of a time range as written (`1:00` of `19:00 - 1:00`), None if none."""
    parts = _range_parts(text)
    return parts[1] if len(parts) == 2 and all(parts) else None


# A 24-hour time with one digit for its hour (1:00, 0:30, 1h, 1u30, 1.00 u, 1 Uhr): one
# keystroke from 21:00, 20:30.
_ONE_DIGIT_HOUR = re.compile(
    r"^\s*(?P<h>\d)(?:\s*[:.hu]\s*(?P<m>\d{2}))?\s*(?:h|u|uhr)?\s*$", re.IGNORECASE)


def lost_leading_two(end_written: str, start: dt.time) -> dt.time | None:
    """The evening time an end read in the night after the start may have lost its leading
    2 from (`19:00 - 1:00` for 21:00), when that time is after the start; None when the end
    says which it is (`01:00`, `1:00 AM`) or no such time falls after the start (`23:00 -
    2:00`: 22:00 is before it). Not `0:00`, the midnight that ends the start's day."""
    match = _ONE_DIGIT_HOUR.match(end_written)
    minute = int(match["m"] or 0) if match else 0
    if match is None or int(match["h"]) > 3 or int(match["h"]) == minute == 0:
        return None
    evening = dt.time(int(match["h"]) + 20, minute)
    return evening if evening > start else None


def parse_time_range(cell: Any) -> tuple[dt.time, dt.time]:
    """A start and an end from one cell: `9:00 - 10:30`, `9–10:30am`, `11:30 to 1pm`.

    A start without am/pm takes the end's, or the other one where that would put it after
    the end (`11:30 - 1pm` is 11:30 AM to 1 PM); an end without it, the start's (see
    _end_of_range), and may then be a bare hour (`10 AM - 11`, `9 AM - 5`).
    """
    text = cell_text(cell) if isinstance(cell, str) else None
    parts = _range_parts(text) if text else []
    try:
        if len(parts) != 2 or not all(parts):
            raise CellError("bad-time", TIME_RANGE_HINT)
        return time_pair(parts[0], parts[1])
    except CellError:
        if (start := lone_start(cell)) is not None:  # '9:00', '7:30pm - late', 'ab 19 Uhr'
            raise LoneStart(start) from None
        if text and (zone := _trailing_zone(text, parse_time_range)):  # '10:00 - 11:00 CET'
            raise CellError("bad-time", _zone_hint(zone[0], offsets_read=False)) from None
        if text and (unconfirmed := _unconfirmed_hint(text, parse_time_range)):  # '(tbc)'
            raise CellError("bad-time", unconfirmed) from None
        raise


def lone_start(cell: Any) -> dt.time | None:
    """The time a range's cell gives alone (`9:00`, `10:30～`: from 10:30 on, a time cell),
    None when it is not one time. A bare hour (`9`) is no time."""
    try:
        return parse_late_time(cell)
    except CellError:
        return None


class LoneStart(CellError):
    """A time range's cell holding one time: a start with no end."""

    def __init__(self, start: dt.time) -> None:
        super().__init__("bad-time", f"it has a start but no end; {TIME_RANGE_HINT}")
        self.start = start


def time_pair(start_written: str, end_written: str) -> tuple[dt.time, dt.time]:
    """A start and an end written apart (a range's two sides, or two time columns' text),
    each read in the light of the other; `RangeRefused` with a hint of its own, or
    CellError with the general one."""
    start_text, end_text = _on_the_24_hour_clock(start_written, end_written)
    if _written_past_midnight(start_text) or _written_past_midnight(end_text):
        return _late_pair(start_text, end_text)
    start_half = _half_of_day(start_text)
    try:
        end = _written_end(end_text, start_half)
        start = _start_of_range(start_text, end_text, end)
        end = _end_of_range(end_text, start_half, start, end)
        if start_half is not None and _long_in_the_starts_half(end_text, start, end):
            raise RangeRefused("bad-time", _long_end_hint(end_text, start, end))
        return start, end
    except RangeRefused:
        raise
    except CellError:
        raise CellError("bad-time", TIME_RANGE_HINT) from None


class RangeRefused(CellError):
    """A range refused with a hint of its own, not the general one."""


def _written_past_midnight(text: str) -> bool:
    """Whether one end of a range, its start or its end, is a time from 24:00 on (25:30)."""
    try:
        parse_time(text)
    except PastMidnightError:
        return True
    except CellError:
        pass
    return False


def _late_pair(start: str, end: str) -> tuple[dt.time, dt.time]:
    """A range written past midnight on the day before (`23:00～25:30`, `25:00 - 26:30`):
    on the 24-hour clock, as written, each end from 24:00 on a NextDayTime."""
    try:
        return parse_late_time(start), parse_late_time(end)
    except PastMidnightError:
        raise  # 30:00: its own hint
    except CellError:
        raise CellError("bad-time", TIME_RANGE_HINT) from None


def _on_the_24_hour_clock(start: str, end: str) -> tuple[str, str]:
    """The range's ends, a bare hour written `9:00` where the range is on the 24-hour clock:
    its other end has minutes and no am/pm (`9 - 10:30`, `9:30 - 11`), or it is an hour
    that clock alone has (`14 - 15`, `9 - 17`). Two bare hours of a 12-hour clock
    (`11 - 12`) may be morning or afternoon, and are refused saying so."""
    start_hour, end_hour = _bare_hour(start), _bare_hour(end)
    if start_hour is not None and end_hour is not None:
        if 1 <= end_hour <= start_hour <= 12 and end_hour < 12:
            return f"{start_hour}:00", f"{end_hour}:00"  # `9 - 5`: the end in the afternoon
        if 1 <= start_hour <= 12 and 1 <= end_hour <= 12:
            raise CellError("bad-time", _two_bare_hours_hint(start_hour, end_hour))
        return f"{start_hour}:00", f"{end_hour}:00"
    if start_hour is not None and (not 1 <= start_hour <= 12 or _written_24_hour(end)):
        return f"{start_hour}:00", end
    if end_hour is not None and (not 1 <= end_hour <= 12 or _written_24_hour(start)):
        return start, f"{end_hour}:00"
    return start, end  # `9 - 10am`, `9 AM - 5`: read with the other end's am/pm


def _bare_hour(text: str) -> int | None:
    """The hour a range's end gives as a number alone (`9`, `14`), else None."""
    text = text.strip()
    return int(text) if text.isascii() and text.isdigit() and int(text) <= 23 else None


def bare_hour(cell: Any) -> int | None:
    """The hour a time cell gives as a number alone (`9`, `14`, a workbook's 9), else None."""
    if isinstance(cell, bool) or not isinstance(cell, (str, int, float)):
        return None
    return _bare_hour(cell_text(cell) or "")


# The earliest hour a grid's slot of two bare hours (`9-10`) is read from on the 24-hour
# clock: on a 12-hour sheet an afternoon's `1-2` would start before it.
FIRST_SLOT_HOUR = 7


def bare_hour_range(cell: Any) -> tuple[int, int] | None:
    """The two hours a range's cell gives as numbers alone (`9-10`, `14 - 15`), else None."""
    text = cell_text(cell) if isinstance(cell, str) else None
    parts = _range_parts(text) if text else []
    if len(parts) != 2:
        return None
    start, end = _bare_hour(parts[0]), _bare_hour(parts[1])
    return None if start is None or end is None else (start, end)


def slots_of_bare_hours(cells: Iterable[Any]) -> bool:
    """Whether a range column's bare hours are on the 24-hour clock, as a grid writes its
    slots (`9-10`, `10-11`, `11-12`): no cell writes am or pm, none ends at or before its
    start as a 12-hour sheet's afternoon does (`12-1`), and none starts before
    FIRST_SLOT_HOUR (`1-2`)."""
    texts = [cell for cell in cells if isinstance(cell, str)]
    hours = [pair for text in texts if (pair := bare_hour_range(text)) is not None]
    return bool(hours) and not any(writes_half_of_day(text) for text in texts) and all(
        FIRST_SLOT_HOUR <= start < end for start, end in hours)


def time_range_reader(column_cells: Callable[[], Iterable[Any]],
                      ) -> Callable[[Any], tuple[dt.time, dt.time]]:
    """parse_time_range for one column, reading two bare hours (`9-10`) as 9:00 - 10:00
    where the column's bare hours are slots on the 24-hour clock (slots_of_bare_hours).
    The column is looked at once, at the first such cell parse_time_range refuses."""
    slots: list[bool] = []

    def read(cell: Any) -> tuple[dt.time, dt.time]:
        try:
            return parse_time_range(cell)
        except CellError:
            if (hours := bare_hour_range(cell)) is None:
                raise
            if not slots:
                slots.append(slots_of_bare_hours(column_cells()))
            if not slots[0]:
                raise
            return dt.time(hours[0]), dt.time(hours[1])
    return read


def keeps_the_24_hour_clock(cells: Iterable[Any]) -> bool:
    """Whether a time column writes times with minutes on the 24-hour clock (`9:15`, `14:30`,
    a workbook's time cells), and none with am/pm: a bare hour among them (`9`) is that hour."""
    cells = list(cells)
    texts = [text for cell in cells if isinstance(cell, str) and (text := cell.strip())]
    return ((any(isinstance(cell, dt.time) for cell in cells)
             or any(_bare_hour(text) is None and _written_24_hour(text) for text in texts))
            and not any(writes_half_of_day(text) for text in texts))


def _written_24_hour(text: str) -> bool:
    """Whether a time is written on the 24-hour clock: read, with no am/pm and no word."""
    try:
        parse_time(text)
    except CellError:
        return False
    return _half_of_day(text) is None and _NAMED_TIME.match(_time_text(text.strip())) is None


def _two_bare_hours_hint(start: int, end: int) -> str:
    return (f"{start} and {end} are hours alone, which may be morning or afternoon; write "
            f"{start}:00 - {end}:00 if the sheet keeps the 24-hour clock, or add am or pm "
            "(like 9am - 10:30am)")


def _written_end(text: str, start_half: str | None) -> dt.time:
    """A range's end as written. A bare hour, which alone could be either half of the day,
    is read after a start written with am/pm: on the 24-hour clock here, then moved to the
    half that puts it after the start."""
    if start_half is not None and text.strip().isdigit() and 1 <= int(text) <= 12:
        return dt.time(int(text))
    return parse_time(text)


def _start_of_range(start: str, end_text: str, end: dt.time) -> dt.time:
    end_match = _TIME.match(_time_text(end_text))
    start_match = _TIME.match(_time_text(start))
    if (shared := _half_of_day(end_text)) and start_match and not start_match["ampm"]:
        other = "a" if shared == "p" else "p"
        for meridiem in (shared, other):
            try:
                candidate = parse_time(f"{start} {meridiem}m")
            except CellError:
                break  # a 24-hour start such as 14:00: read it as written
            if candidate <= end:
                # A start in the morning before an afternoon end is as the 24-hour clock
                # reads it, however long the day (`7:30 - 5:30 PM`): only the end's half is
                # a guess.
                if meridiem == shared and _between(candidate, end) > LONGEST_GUESSED:
                    raise RangeRefused("bad-time", _long_start_hint(start, candidate, end))
                return candidate
    clock = end_match and (end_match["clock"] or ("h" if "h" in end_text.casefold() else None))
    if clock and start.strip().isdigit():
        return parse_time(f"{start} {clock}")  # 9-10h30: nine o'clock, as the end is written
    return parse_time(start)


def _long_start_hint(start: str, guessed: dt.time, end: dt.time) -> str:
    """A start without am/pm whose only reading before the end makes a session longer than
    LONGEST_GUESSED (`1:00 - 11:30 AM`): a typo more likely than a session from 1 AM."""
    half = "AM" if guessed.hour < 12 else "PM"
    written = f"{guessed.hour % 12 or 12}:{guessed.minute:02d} {half}"
    return (f"{start.strip()} has no am or pm, and {written}, the only reading before the end, "
            f"would make a session of {elapsed_text(_between(guessed, end))}; write am or pm "
            "after the start too, or fix the end")


def _long_in_the_starts_half(end_text: str, start: dt.time, end: dt.time) -> bool:
    """Whether an end without am/pm, an hour of the 12-hour clock, is read in the half of the
    day its start writes more than LONGEST_GUESSED after it: `midnight - 10` (10 AM, ten
    hours on) and `1 AM - 11` are as likely typos as sessions that long."""
    match = _TIME.match(_time_text(end_text))
    return (match is not None and not (match["ampm"] or match["clock"])
            and not end_text.strip().startswith("0") and 1 <= int(match["h"]) <= 12
            and end >= start and _between(start, end) > LONGEST_GUESSED)


def _long_end_hint(end_text: str, start: dt.time, end: dt.time) -> str:
    written = f"{end.hour % 12 or 12}:{end.minute:02d} {'AM' if end.hour < 12 else 'PM'}"
    return (f"{end_text.strip()} has no am or pm, and as {written} it would make a session "
            f"of {elapsed_text(_between(start, end))}; write am or pm after the end too, or "
            "fix it")


# A half of the day written anywhere in a cell: '1:00 AM', '1am - 2', '1 p.m.', '午前1時'.
_ANY_HALF_OF_DAY = re.compile(r"\d\s*[ap]\.?\s*m?\.?(?![^\W\d_])|午前|午後|上午|下午|오전|오후",
                              re.IGNORECASE)


def writes_half_of_day(text: str) -> bool:
    """Whether a cell says am or pm for some time in it (a range's start or end alike)."""
    return _ANY_HALF_OF_DAY.search(text) is not None


# The half of the day a time is written with, at the end of its text: 2:30 PM, 2:30p.m.
_HALF_WRITTEN = re.compile(r"\d\s*(?P<half>[ap])\.?\s*(?:m\.?)?$")


def _half_of_day(text: str) -> str | None:
    """'a' or 'p' when the text ends in a time written with am/pm (午後2:30 too, after a
    date: its last word alone is a time), else None. Noon is 12 PM: `noon - 1:30` ends at
    1:30 PM; midnight 12 AM: `midnight - 2` ends at 2 AM."""
    for tail in (text.strip(), text.strip().rpartition(" ")[2]):
        if written := _HALF_WRITTEN.search(_time_text(tail)):
            return written["half"]
        if (named := _NAMED_TIME.match(_time_text(tail))) and named["word"] in _NAMED_TIMES:
            return "p" if _NAMED_TIMES[named["word"]] == dt.time(12) else "a"
    return None


def _end_of_range(end_text: str, start_half: str | None, start: dt.time,
                  end: dt.time) -> dt.time:
    """An end without am/pm, read as written, that falls before a start written with it
    takes the start's half of the day, or else the other one, where that puts it after the
    start: `2:30 PM - 3:30` ends at 3:30 PM, `11:30 AM - 1:00` at 1 PM. A start without
    am/pm on the 12-hour clock (1 to 12) has an end before it in the afternoon:
    `12:30 - 1:30`, `9 - 5`. Not past LONGEST_GUESSED: `9:30 AM - 9:15` is more likely a
    typo than a session till 9:15 PM, and is left to be an end before its start."""
    end_match = _TIME.match(_time_text(end_text))
    end_has_no_half = end_match is not None and not (end_match["ampm"] or end_match["clock"])
    if end >= start or not end_has_no_half:
        return end
    if start_half is None and not 1 <= start.hour <= 12:
        return end  # `13:00 - 2:00`, on the 24-hour clock: a typo, or past midnight
    halves = ("p",) if start_half is None else (start_half, "a" if start_half == "p" else "p")
    for half in halves:
        try:
            candidate = parse_time(f"{_time_text(end_text)} {half}m")
        except CellError:
            return end  # a 24-hour end such as 13:00: read as written
        if candidate >= start:
            return candidate if _between(start, candidate) <= LONGEST_GUESSED else end
    return end


# The longest session a range's start or end is read into by taking a half of the day it
# does not write: an 8-to-5 day (`8 AM - 5`, `8 - 5 PM`) is 9 hours.
LONGEST_GUESSED = dt.timedelta(hours=9)
# The small hours end: a session starting before this on the next day belongs to the night
# before (a late show at 00:30 filed on Tuesday's tab), and an end before it after an
# afternoon or evening start may be a late show's.
NIGHT_ENDS = dt.time(5, 0)


def ends_in_the_night_after(start: dt.time | None, end: dt.time) -> bool:
    """Whether an end in the small hours (`midnight`, `12:30 AM`, `2:00`), given no end date,
    falls in the night after an afternoon or evening start (`10 PM - 2 AM`, `23:00 - 0:30`),
    within LONGEST_GUESSED: a late show, not a typo. `11:00 AM - 12:00 AM` (most likely noon
    mistyped) and `13:00 - 2:00` (13 hours) stay an end before the start."""
    in_the_small_hours = end < NIGHT_ENDS
    from_noon_on = start is not None and start >= dt.time(12)
    if start is None or not (in_the_small_hours and from_noon_on and end < start):
        return False
    to_midnight = dt.timedelta(days=1) - dt.timedelta(
        hours=start.hour, minutes=start.minute, seconds=start.second)
    after_midnight = dt.timedelta(hours=end.hour, minutes=end.minute, seconds=end.second)
    return to_midnight + after_midnight <= LONGEST_GUESSED


def _between(start: dt.time, end: dt.time) -> dt.timedelta:
    day = dt.date(2000, 1, 1)
    return dt.datetime.combine(day, end) - dt.datetime.combine(day, start)


# ---------------------------------------------------------------------------- datetimes


# What stands between a date and its time in the long forms programs write: a comma, or
# "at" in English, French, German, Spanish, Italian, Portuguese and Dutch.
_BEFORE_TIME = re.compile(r"\s*(?:,|@|\b(?:at|à|um|a las|a la|alle|às|om)\b)$", re.IGNORECASE)


# How a datetime cell's hint begins when the cell is a start and an end.
RANGE_SAID = "it is a start and an end"


def parse_datetime(cell: Any, order: DateOrder) -> tuple[dt.date, dt.time | None]:
    """A date with an optional time of day from one cell (`5/11/2027 10:00 AM`, ISO, XLSX).

    An ISO datetime with an offset (`2027-05-11T14:00:00Z`, as other systems export) names
    an instant, not a local time: its time comes back aware, carrying that offset.
    """
    if isinstance(cell, dt.datetime):
        cell = whole_second(cell)
        return _check_year(cell.date(), "bad-datetime"), cell.time().replace(tzinfo=None)
    if isinstance(cell, dt.date):
        return _check_year(cell, "bad-datetime"), None
    text = cell_text(cell) or ""
    iso = _iso_datetime(text) if "-" in text[:5] else None
    if iso is not None:
        if _no_zones_offset(iso) and (ranged := _date_then_time_range(text, order)):
            (_, start), (_, end) = ranged  # 2027-05-11 09:00-10:30: 10:30 is its end
            raise CellError("bad-datetime", (
                f"{RANGE_SAID}, {start:%H:%M} to {end:%H:%M} (no zone's time is "
                f"UTC{_offset_text(iso.utcoffset() or dt.timedelta(0))}): write the start "
                "alone, or map the column as the end's column too, to read both"))
        return (_check_year(iso.date(), "bad-datetime"),
                iso.timetz() if ("T" in text or " " in text) else None)
    if (moment := _date_then_time(text, order)) is not None:
        return moment
    if (extended := _ical_extended(text)) is not None:
        return parse_datetime(extended, order)
    if zone := _trailing_zone(text, lambda rest: parse_datetime(rest, order)):
        written, (date, time) = zone
        offset = _zone_offset(written)
        if offset is None or time is None or time.tzinfo is not None:
            raise CellError("bad-datetime", _zone_hint(written, offsets_read=True))
        return date, time.replace(tzinfo=offset)
    hint = f"write it like {date_example(order).split()[0]} 10:00 AM or 2027-05-11 10:00"
    readings = numeric_date_readings(text.split()[0] if text else "")
    if readings and order not in readings and "iso" not in readings:
        hint = f"{_only_the_other_order(order)}; {hint}"
    raise CellError("bad-datetime", hint)


# A start and an end with no date ('10:00-11:30') in a column read as dates and times: the
# mapping that reads a column of time ranges, as a programme's 'Time' writes each slot.
# A date with a start and an end ('2027-05-11 09:00 - 10:30') in the start's one column of
# dates and times, its end read from elsewhere (a duration): how to read both from it.
DATETIME_RANGE_IN_DATETIME = (
    f"{RANGE_SAID}: write the start alone, or map the column as the end's column too, to read "
    "both ([fields.start] column and [fields.end] column = this column)")
TIME_RANGE_IN_DATETIME = (
    "it is a time range (a start and an end) with no date; to read a column of them, map "
    "[fields.start] with date_column = the column of dates (or date = the day, for a "
    "programme of one day) and time_column = this column, and [fields.end] with time_column "
    "= this column")


def date_and_its_time(order: DateOrder) -> Callable[[Any], tuple[dt.date, dt.time | None]]:
    """A date column's cell as (date, time or None). Text may write a time after the date,
    as a column of datetimes saved to CSV does ('5/11/2027 9:30 AM'): the planner sees it,
    so it is read. A workbook cell's time is not: a date format hides it, so that cell is
    read as the date the planner sees. So is a day stamped at midnight in a zone, as JSON
    exports write a date ('2027-05-11T00:00:00Z'): in the Americas that instant is the
    evening before; and one stamped at noon UTC ('2027-05-11T12:00:00.000Z'), as app
    builders' exports write a date so that it is the same day in every zone."""

    def parse(cell: Any) -> tuple[dt.date, dt.time | None]:
        try:
            return parse_date(cell, order), None
        except CellError as refused:
            if isinstance(cell, dt.date):
                raise
            try:
                date, time = parse_datetime(cell, order)
            except CellError:
                raise refused from None
            if time is None:
                raise refused from None
            return date, None if _stamps_a_day(time) else time

    return parse


def _stamps_a_day(time: dt.time) -> bool:
    """Whether a date cell's time only stamps its day: midnight (in a zone or none), or noon
    UTC exactly."""
    if isinstance(time, NextDayTime):
        return False  # 24:00, written past midnight: a time, not a stamp
    stamp = time.replace(tzinfo=None)
    return stamp == dt.time(0) or (stamp == dt.time(12) and time.utcoffset() == dt.timedelta(0))


def parse_datetime_cell(cell: Any, order: DateOrder) -> Moment:
    """A datetime column's cell, as parse_datetime reads it; one that is a time range with no
    date ('10:00-11:30') is refused saying so. Asked only of a cell that failed, so a sheet
    whose cells read costs nothing (nor a datetime range's parts, read by parse_datetime)."""
    try:
        return parse_datetime(cell, order)
    except CellError as error:
        if isinstance(cell, str) and is_time_range(cell):
            raise CellError("bad-datetime", TIME_RANGE_IN_DATETIME) from None
        # parse_datetime names an unspaced range's times itself (2027-05-11 09:00-10:30)
        if not error.hint.startswith(RANGE_SAID) and is_datetime_range(cell, order):
            raise CellError("bad-datetime", DATETIME_RANGE_IN_DATETIME) from None
        raise


def is_time_range(text: Any) -> bool:
    """Whether a cell is a start and an end time (`9:00 - 10:30`)."""
    try:
        parse_time_range(text)
    except (CellError, ValueError):
        return False
    return True


def is_datetime_range(cell: Any, order: DateOrder) -> bool:
    """Whether a cell is a date with a start and an end (`2027-05-11 09:00 - 10:30`), not a
    day alone, which parse_datetime_range reads as a whole day."""
    text = cell_text(cell) if isinstance(cell, str) else None
    if text is None or datetime_range_end_text(text) is None:
        return False
    try:
        parse_datetime_range(text, order)
    except CellError:
        return False
    return True


def _date_then_time(text: str, order: DateOrder) -> Moment | None:
    """A date written in any way parse_date reads, then perhaps a time; None when the text
    is not that. A date that reads but cannot be (a wrong day name, year 0027) raises. A
    time past midnight (25:00) is a NextDayTime, as in a time column."""
    words = text.split()
    # The time is the last word or two ("10:00", "10:00 AM"); the date is the rest, and may
    # have spaces of its own ("May 11, 2027"). A whole date is tried first, so that a year
    # is never read as a 24-hour time.
    # (But not a date at midnight: a date column reads "5/11/2027 0:00" as the day alone,
    # a datetime column as that day at 0:00.)
    splits: list[tuple[list[str], list[str]]] = [] if _AT_MIDNIGHT.match(text) else [(words, [])]
    splits += [(words[:-n], words[-n:]) for n in (2, 1) if n < len(words)]
    for date_words, time_words in splits:
        date_text = " ".join(date_words)
        if time_words:  # "May 11, 2027, 9:00 AM", "Tuesday, May 11, 2027 at 9:00 AM"
            date_text = _BEFORE_TIME.sub("", date_text)
        try:
            return parse_date(date_text, order), (
                parse_late_time(" ".join(time_words)) if time_words else None)
        except PastMidnightError as error:  # 30:00: the next day's 6:00, written so
            raise CellError("bad-datetime", f"{error.said()}; write it as "
                            f"{parse_date(date_text, order) + _DAY:%Y-%m-%d} "
                            f"{error.within_day:0>5}") from None
        except DayRange as error:
            if time_words and lone_start(" ".join(time_words)) is None:
                continue  # '11-13 May' before '2027 9:00': its year is in the time's words
            raise CellError("bad-datetime", error.hint) from None
        except (WrongWeekday, YearTooEarly) as error:
            raise CellError("bad-datetime", error.hint) from None
        except CellError:
            continue
    return None


# Between the start and the end of a datetime range: Notion's arrow, a dash, a full-width
# tilde (2027年5月11日 9:00～10:30), "to". A hyphen, the minus sign, "~" or a word needs
# spaces around it, as dates and offsets hold hyphens (and typeset offsets minus signs).
_DATETIME_RANGE_SEPARATOR = re.compile(
    r"\s*[→–—～〜]\s*|\s+(?:[-‐‑−~]|to|until|till|['’]?til|through|thru|bis|à|tot)\s+",
    re.IGNORECASE)


def _datetime_range_hint(order: DateOrder) -> str:
    """How to write a datetime range, its example date in the mapping's order."""
    return (f"write the start and end like {date_example(order).split()[0]} 9:00 AM → "
            "10:30 AM or 2027-05-11 09:00 - 2027-05-11 10:30")


Moment = tuple[dt.date, dt.time | None]


def datetime_range_end_text(text: str) -> str | None:
    """The end of a datetime range as written (`1:00` of `5/11/2027 19:00 → 1:00` or of
    `2027-05-11 19:00-1:00`), None if none."""
    parts = _DATETIME_RANGE_SEPARATOR.split(text.strip(), maxsplit=1)
    if len(parts) == 2 and all(parts):
        return parts[1]
    for _, tail in _date_and_time_splits(text):  # a date, then a time range: 19:00-1:00
        try:
            parse_time_range(tail)
        except CellError:
            continue
        return range_end_text(tail)
    return None


def parse_datetime_range(cell: Any, order: DateOrder) -> tuple[Moment, Moment]:
    """A start and an end from one cell, as Notion exports a date property with an end:
    `May 11, 2027 9:00 AM → 10:30 AM` (the end on the start's day) or with the end's own
    date (`May 11, 2027 7:00 PM → May 12, 2027 12:30 AM`). A day alone (`May 12, 2027`)
    is a whole day, start and end; one date with a time has no end, and is refused."""
    text = cell_text(cell) if isinstance(cell, str) else None
    parts = _DATETIME_RANGE_SEPARATOR.split(text.strip(), maxsplit=1) if text else []
    if len(parts) == 2 and all(parts):
        try:
            start = parse_datetime(parts[0], order)
        except CellError as error:
            raise CellError(error.code, f"its start {parts[0]!r} is unreadable: {error.hint}"
                            ) from None
        try:
            return start, parse_datetime(parts[1], order)
        except CellError:
            pass
        try:
            end = parse_late_time(parts[1])
        except CellError:
            raise CellError("bad-datetime", _datetime_range_hint(order)) from None
        if start[1] is None:  # a day at a time ('11/05/2027 à 9h00': 'à' is "at" too)
            raise CellError("bad-datetime",
                            f"it has a start but no end; {_datetime_range_hint(order)}")
        if (isinstance(start[1], NextDayTime) and not isinstance(end, NextDayTime)
                and _between(start[1], end) <= LONGEST_GUESSED):
            end = next_day_time(_between(dt.time(0), end))  # 25:00 → 2:00: the next morning
        # '2:30 PM → 3:30' ends at 3:30 PM, as a time range does.
        end = _end_of_range(parts[1], _half_of_day(parts[0]), start[1].replace(tzinfo=None), end)
        if ends_in_the_night_after(start[1].replace(tzinfo=None), end):
            end = next_day_time(_between(dt.time(0), end))  # 7:00 PM → 12:30 AM, as a range
        # A time alone is on the start's day, and in its zone when it names one (09:00 UTC).
        return start, (start[0], end.replace(tzinfo=start[1].tzinfo))
    ranged = _date_then_time_range(text, order) if text else None
    try:
        moment = parse_datetime(cell, order)
    except CellError:
        if ranged is None:
            raise
        return ranged  # 5/11/2027 9:00-10:30
    if moment[1] is not None and ranged is not None:
        offset = moment[1].utcoffset()
        if offset is None or offset not in _OFFSETS_WEST_IN_USE:
            return ranged  # 2027-05-11 09:00-10:30: no zone is 10:30 behind UTC
        day, begins, ends = _date_then_time_range_text(text or "")
        raise CellError("bad-datetime", (
            f"it reads as {moment[1]:%H:%M} at UTC{_offset_text(offset)}, a start with no "
            f"end; if {ends} is its end, put spaces around the hyphen: {day} {begins} - {ends}"))
    if moment[1] is not None:
        raise CellError("bad-datetime",
                        f"it has a start but no end; {_datetime_range_hint(order)}")
    return moment, moment


# The offsets behind UTC that zones keep (Hawaii's -10:00, Newfoundland's -03:30, the
# Marquesas' -09:30): `09:00-10:00` after a date may be such a time, `09:00-10:30` not.
_OFFSETS_WEST_IN_USE = frozenset(
    [-dt.timedelta(hours=hours) for hours in range(13)]
    + [-dt.timedelta(hours=hours, minutes=30) for hours in (2, 3, 9)])


def _no_zones_offset(moment: dt.datetime) -> bool:
    """Whether a moment's offset is one behind UTC that no zone keeps (-10:30)."""
    offset = moment.utcoffset()
    return offset is not None and offset < dt.timedelta(0) and offset not in _OFFSETS_WEST_IN_USE


def _offset_text(offset: dt.timedelta) -> str:
    minutes = int(offset.total_seconds()) // 60
    return f"{'-' if minutes < 0 else '+'}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _date_then_time_range(text: str, order: DateOrder) -> tuple[Moment, Moment] | None:
    """A date, then a time range with its hyphen unspaced, as a time range's cell writes it
    (`2027-05-11 09:00-10:30`, `5/11/2027 9:00-10:30`); None when the text is not that."""
    for head, tail in _date_and_time_splits(text):
        try:
            day, (start, end) = parse_date(head, order), parse_time_range(tail)
        except CellError:
            continue
        if ends_in_the_night_after(start, end):
            end = next_day_time(_between(dt.time(0), end))  # 22:00-1:00, as a range
        return (day, start), (day, end)
    return None


def _date_and_time_splits(text: str) -> list[tuple[str, str]]:
    """Each way to split a cell into a date and what follows it, at a space or ISO's T."""
    text = text.strip()
    return [(text[:gap.start()], text[gap.end():])
            for gap in re.finditer(r"\s+|(?<=\d)T(?=\d)", text)]


def _date_then_time_range_text(text: str) -> tuple[str, str, str]:
    """The date, start and end as `_date_then_time_range` found them written."""
    for head, tail in _date_and_time_splits(text):
        parts = _range_parts(tail)
        if len(parts) == 2 and all(parts):
            return head, parts[0], parts[1]
    raise AssertionError(text)  # only asked of a text read so


# A time zone written after the time, as some systems export it: UTC or an offset names an
# instant and is read; an abbreviation (EDT, CET, IST) is not, as one can name several zones.
_ZONE_WORD = re.compile(r"^\(?(?P<zone>(?i:utc|gmt|z)|(?i:utc|gmt)?[+-]\d{1,2}(?::?\d{2})?|"
                        r"[A-Z]{2,5})\)?$")  # an abbreviation in capitals: EDT, not "Room"
_OFFSET = re.compile(r"^(?:utc|gmt)?(?P<sign>[+-])(?P<h>\d{1,2})(?::?(?P<m>\d{2}))?$",
                     re.IGNORECASE)
T = TypeVar("T")  # what _trailing_zone's parser reads


def _trailing_zone(text: str, parse: Callable[[str], T]) -> tuple[str, T] | None:
    """(the zone as written, what `parse` reads in the rest) when the cell's last word is a
    time zone and the rest reads without it; None otherwise."""
    rest, _, last = text.strip().rpartition(" ")
    zone = _ZONE_WORD.match(last)
    if not rest or zone is None or zone["zone"].casefold() in _NOT_ZONES:
        return None  # 10:00 AM, 14 H: read (or refused) as times
    try:
        return zone["zone"], parse(rest)
    except CellError:
        return None


_NOT_ZONES = {"am", "pm", "h", "uhr", "hrs", "hr", "hours", "noon"}


def _zone_offset(written: str) -> dt.tzinfo | None:
    if written.casefold() in {"utc", "gmt", "z"}:
        return dt.UTC
    if (match := _OFFSET.match(written)) and int(match["h"]) < 24:
        minutes = int(match["h"]) * 60 + int(match["m"] or 0)
        return dt.timezone(dt.timedelta(minutes=-minutes if match["sign"] == "-" else minutes))
    return None


# A mark after a time saying it is not confirmed, as planners flag a slot: '(tbc)', '[TBC]',
# 'T.B.C.', '(to be confirmed)', 'provisional'. Looked for only in a cell refused as a time.
_UNCONFIRMED_AFTER = re.compile(
    r"^(?P<rest>.*\d.*?)\s*[(\[]?\s*(?P<mark>t\.?\s?b\.?\s?[acd]\.?|to be (?:announced|confirmed"
    r"|decided|determined)|provisional|tentative|unconfirmed|not (?:yet )?confirmed)\s*\??\s*"
    r"[)\]]?\s*\??$", re.IGNORECASE)


def _unconfirmed_hint(text: str, parse: Callable[[str], object]) -> str | None:
    """The fix for a time flagged after it as not confirmed, when the rest reads as one;
    None for any other cell."""
    match = _UNCONFIRMED_AFTER.match(text.strip())
    if match is None:
        return None
    try:
        parse(match["rest"])
    except CellError:
        return None
    return _not_confirmed_hint(match["mark"])


def _not_confirmed_hint(written: str) -> str:
    return (f"{written!r} after the time says it is not confirmed yet, which the app "
            "cannot show: take it out of the cell to send the time as it stands (the "
            "description can say it may change)")


def _zone_hint(written: str, *, offsets_read: bool) -> str:
    """The fix for a word in capitals after a time: a zone's, or a time's not confirmed yet
    ('9:00 - 10:30 (TBC)'), which names no zone to give."""
    if NOT_FIXED_YET.fullmatch(written):
        return _not_confirmed_hint(written)
    why = (" (an abbreviation can stand for several zones; UTC or an offset such as -04:00 "
           "after a date and time is read)" if offsets_read else " in a time cell")
    return (f"{written!r} is a time zone, which gbimport cannot read{why}: remove it from the "
            "cells and give the sheet's zone once, as timezone = \"America/New_York\" (say) in "
            "the mapping or --timezone")


# ---------------------------------------------------------------------------- durations

# A unit may end in a point (`90 min.`, `2 hrs.`); `'` after minutes is the minute mark (90').
# Hours and minutes also as sheets in German, French, Spanish, Portuguese, Italian, Dutch,
# Japanese, Chinese and Korean write them: 1,5 Std., 2 heures, 1 hora, 1 uur, 1u30 (Dutch),
# 1時間30分, 90분.
_HOURS = r"(?:h|hrs?|hours?|std|stunden?|heures?|horas?|ora|ore|uur|u|時間|小时|小時|시간)"
_MINUTES = r"(?:m|mins?|minutes?|minuten|minutos?|minuti|minuut|mn|分钟|分鐘|分|분)"
_DURATION_HM = re.compile(  # or the hours and a half: 1時間半, 1시간 반
    rf"^(\d+)\s*{_HOURS}\.?\s*(?:(\d+)\s*{_MINUTES}?\.?|(?P<half>[半반]))?$")
_DURATION_UNIT = re.compile(
    rf"^(\d+(?:[.,]\d+)?)\s*(?:(?P<unit>{_MINUTES}|{_HOURS}|['’′])\.?)?$"
)
# h:mm, or h:mm:ss as a duration cell shows it (Google Sheets, Excel's [h]:mm:ss); `1:30 h`.
_DURATION_COLON = re.compile(r"^(\d+):(\d{2})(?::(\d{2}))?(?:\s*(?P<unit>h(?:rs?)?)\.?)?$")
# ISO 8601, as other systems export a length: PT1H30M, PT90M.
_DURATION_ISO = re.compile(r"^pt(?=\d)(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$")
# A plain number under 5 is refused, as it is most likely hours: lightning talks last 5.
SHORTEST_PLAIN = 5
DURATION_HINT = "write minutes (90, 90 min) or hours and minutes (1h30, 1:30, 1.5h)"


DurationUnit = Literal["minutes", "hours"]
HOURS_COLUMN_HINT = 'or, if the column counts hours, give the end duration_unit = "hours"'


def parse_duration(cell: Any, unit: DurationUnit | None = None) -> dt.timedelta:
    """A session length: plain numbers are whole minutes (or hours, in a column the mapping
    says counts them: 1.5 is 90 minutes); `1h30`, `1:30`, `1.5h`, XLSX times. Unless the
    mapping says minutes, a plain number under 5 is refused as likely hours."""
    try:
        duration = _duration_of(cell, unit)
    except OverflowError:  # "99999999999 h": longer than a timedelta can hold
        raise CellError("bad-duration", DURATION_HINT) from None
    if duration <= dt.timedelta(0):
        raise CellError("bad-duration", "a duration must be longer than zero; " + DURATION_HINT)
    return duration


def _duration_of(cell: Any, unit: DurationUnit | None) -> dt.timedelta:
    if isinstance(cell, dt.timedelta):
        return cell
    if isinstance(cell, dt.time):
        return dt.timedelta(hours=cell.hour, minutes=cell.minute, seconds=cell.second)
    if isinstance(cell, (int, float)) and not isinstance(cell, bool):
        return _plain_number(float(cell), cell_text(cell) or "", unit)
    return _duration_from_text((cell_text(cell) or "").casefold(), unit)


def _plain_number(amount: float, written: str, unit: DurationUnit | None) -> dt.timedelta:
    if unit == "hours" and math.isfinite(amount):
        return dt.timedelta(minutes=round(amount * 60))  # 1.33 h: to the minute
    if unit == "minutes" and amount.is_integer() and amount >= 1:  # 2-minute pitches
        return dt.timedelta(minutes=amount)
    return _plain_minutes(amount, written)


def _duration_from_text(text: str, unit: DurationUnit | None = None) -> dt.timedelta:
    if match := _DURATION_HM.match(text):
        return dt.timedelta(hours=int(match[1]),
                            minutes=30 if match["half"] else int(match[2] or 0))
    if match := _DURATION_COLON.match(text):
        if int(match[1]) >= 24 and not (match[3] or match["unit"]):
            raise CellError("bad-duration", _hours_or_minutes_hint(match[1], match[2]))
        return dt.timedelta(hours=int(match[1]), minutes=int(match[2]), seconds=int(match[3] or 0))
    if match := _DURATION_ISO.match(text):
        return dt.timedelta(hours=int(match[1] or 0), minutes=int(match[2] or 0),
                            seconds=int(match[3] or 0))
    if match := _DURATION_UNIT.match(text):
        amount = float(match[1].replace(",", "."))
        if match["unit"] is None:
            return _plain_number(amount, text, unit)
        in_hours = re.fullmatch(_HOURS, match["unit"]) is not None
        return dt.timedelta(hours=amount) if in_hours else dt.timedelta(minutes=amount)
    if _ALL_DAY.fullmatch(text.strip(" .")):
        raise CellError("bad-duration", ALL_DAY_HINT)
    raise CellError("bad-duration", DURATION_HINT)


# A length written as the whole day, as a convention's or a festival's programme gives an
# activity open all day: 'All day', 'Todo el día', 'Toute la journée', 'Ganztägig'.
_ALL_DAY = re.compile(
    r"(?:the\s+)?(?:all|whole|full|entire)[\s-]+day|todo\s+el\s+d[ií]a|d[ií]a\s+completo"
    r"|toute\s+la\s+journ[ée]e|(?:la\s+)?journ[ée]e\s+enti[èe]re"
    r"|ganzt[äa]gig|ganztags|den\s+ganzen\s+tag|tutto\s+il\s+giorno|tutta\s+la\s+giornata"
    r"|giornata\s+intera|(?:o\s+)?dia\s+(?:todo|inteiro)|todo\s+o\s+dia|(?:de\s+)?hele\s+dag")
ALL_DAY_HINT = ("it says the session lasts all day: to send it as an all-day session on its "
                "date, empty this cell and the row's start time; else write its length (90, "
                "1h30)")


def _hours_or_minutes_hint(first: str, second: str) -> str:
    """`45:00`: as h:mm a session of a day or more, as mm:ss (a media player's form) 45
    minutes; no sheet says which, so neither is guessed."""
    hours = f"{int(first)}h" + ("" if second == "00" else second)
    return (f"{first}:{second} may be hours and minutes (h:mm) or minutes and seconds (mm:ss); "
            f"write {hours} for hours, or {int(first)} min for minutes")


def _plain_minutes(amount: float, written: str) -> dt.timedelta:
    """A number without a unit is minutes, but a fraction of one (1.5) or a number under
    5 (1, 3) is almost surely hours meant: read as minutes it would make a session of
    seconds or a few minutes."""
    if not math.isfinite(amount):
        raise CellError("bad-duration", DURATION_HINT)
    if not amount.is_integer():
        minutes = round(amount * 60)
        raise CellError(
            "bad-duration",
            f"a plain number is whole minutes; if {written} means hours, write "
            f"{minutes // 60}h{minutes % 60:02d} or {minutes} ({HOURS_COLUMN_HINT})",
        )
    if 1 <= amount < SHORTEST_PLAIN:  # 1 or 3 (hours, as a timetable counts them)
        count = int(amount)
        raise CellError(
            "bad-duration",
            f"a plain number is whole minutes, and a {count}-minute session is most likely "
            f"hours meant; if {written} means hours, write {count}h or {count * 60} "
            f"({HOURS_COLUMN_HINT}); if minutes, write {count} min (or, if the column "
            'counts minutes, give the end duration_unit = "minutes")',
        )
    return dt.timedelta(minutes=amount)
