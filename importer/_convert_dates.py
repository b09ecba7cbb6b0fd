"""Dates: a cell as a calendar date in the mapping's DateOrder (numeric, ISO, compact, in
words, in a day label), and what is wrong with one that is not (a day name that disagrees,
no year, a year too early, several days)."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import re
from typing import Any, Literal

from importer._convert_text import CellError, cell_text
from importer._date_words import (
    ENGLISH_WEEKDAYS,
    date_from_words,
    day_and_month,
    day_label_date,
    day_range_ends,
    east_asian_date,
    east_asian_with_year,
    lacks_year,
    month_written_after_days,
    month_written_before_days,
    split_weekday,
    weekday_named,
)

DateOrder = Literal["month-first", "day-first"]


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
# A date as Czech and Slovak write it, day first, a dot and a space after the day and the
# month: 11. 5. 2027 (their norm spaces it so). It is the dotted date 11.5.2027, below, and
# is read as that one is, so the mapping's order rules both alike.
_SPACED_DAY_FIRST = re.compile(r"^(?P<day>\d{1,2})\.\s+(?P<month>\d{1,2})\.\s*"
                               r"(?P<year>\d{4})\b")
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


def check_year(date: dt.date, code: str) -> dt.date:
    """Refuse a year no session can have: most likely a typo (0027, 1027) for 2027."""
    if date.year < FIRST_YEAR:
        raise YearTooEarly(code, f"the year is {date.year:04d}, and Guidebook holds no dates "
                                 f"before {FIRST_YEAR}; check the year and write all four "
                                 "digits, like 2027")
    return date


def dots_closed_up(text: str) -> str:
    """A date spaced after its dots as the dotted date it is ('11. 5. 2027 10:00' as
    '11.5.2027 10:00'); any other text as it is."""
    spaced = _SPACED_DAY_FIRST.match(text)
    if spaced is None:
        return text
    return f"{spaced['day']}.{spaced['month']}.{spaced['year']}{text[spaced.end():]}"


def dotted_date(text: str) -> bool:
    """Whether a cell starts with a date written with dots, spaced after them or not."""
    return DOTTED_DATE.match(dots_closed_up(text)) is not None


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
        return check_year(cell.date(), "bad-date")
    if isinstance(cell, dt.date):
        return check_year(cell, "bad-date")
    text = cell_text(cell) or ""
    try:
        return _written_date(text, order)
    except CellError:
        if (labelled := _labelled_date(text, order)) is not None:
            return labelled
        raise


def _written_date(text: str, order: DateOrder) -> dt.date:
    weekday, text = split_weekday(text)
    date = check_year(_date_from_text(text, order), "bad-date")
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
AT_MIDNIGHT = re.compile(r"^(?P<date>.*\S)\s+(?:0?0:00(?::00)?|12:00(?::00)?\s*am)$",
                         re.IGNORECASE)


def _date_from_text(text: str, order: DateOrder) -> dt.date:
    readings = numeric_date_readings(text)
    if "iso" in readings:
        return readings["iso"]
    if order in readings:
        return readings[order]
    stamp = iso_datetime(text)
    if stamp is not None and stamp.tzinfo is None and stamp.time() == dt.time(0):
        return stamp.date()
    if (compact := _compact_date(text)) is not None:
        return compact
    if (closed := dots_closed_up(text)) != text:  # 11. 5. 2027, read as 11.5.2027 is
        return _date_from_text(closed, order)
    spaced = _SPACED_YEAR_FIRST.match(text)
    if spaced and (read := _try_date(
            spaced["year"], int(spaced["month"]), int(spaced["day"]))) is not None:
        return read
    if at_midnight := AT_MIDNIGHT.match(text):  # Excel's CSV of a date-and-time cell
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


def _date_in_mapping(cell: str, date: str) -> str:
    """The end of a hint giving a column's days their dates in the mapping's `values`."""
    return (f"date once in the mapping, in the field reading this column: "
            f"values = {{ {json.dumps(cell, ensure_ascii=False)} = \"{date}\" }}")


def has_no_year(text: str) -> bool:
    """A day and a month with no year: '3/14', '14.11', '14 March', '06/Enero'."""
    return bool(_YEARLESS_NUMERIC_DATE.match(text)) or lacks_year(text)


def _bad_date_hint(text: str, order: DateOrder, other_order_reads: bool) -> str:
    """How to write the date, led by what is wrong with it when that can be told."""
    hint = DATE_HINT.format(example=date_example(order))
    if other_order_reads:
        return f"{only_the_other_order(order)}; {hint}"
    if (east_asian := east_asian_with_year(text)) is not None:  # 4月29日: shown as written
        return (f"the date has no year; write it into the cell ({east_asian[0]}), or, for a "
                f"column of a few days, give each its "
                f"{_date_in_mapping(text, f'YYYY-{east_asian[1]:%m-%d}')}")
    if has_no_year(text):
        return (f"the date has no year; {hint}, or, for a column of a few days, give each its "
                f"{_date_in_mapping('<the cell as written>', 'YYYY-MM-DD')}")
    if (day := _month_and_day_figures(text)) is not None:
        return (f"if it is a month and a day ({day:%B} {day.day}), it has no year; {hint}, or, "
                f"for a column of a few days, give each its "
                f"{_date_in_mapping(text, f'YYYY-{day:%m-%d}')}")
    if weekday_named(text.rstrip(".")) is not None:  # a programme's 'Saturday' column
        return (f"it names a day of the week, not its date; {hint}, or give each day its "
                f"{_date_in_mapping(text, 'YYYY-MM-DD')}")
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


def only_the_other_order(order: DateOrder) -> str:
    return f"it is only a valid date read {other_order(order)}, but the mapping reads {order}"


def whole_second(moment: dt.datetime) -> dt.datetime:
    """A workbook datetime to the nearest second, as Excel shows it (9:29:59.997 is 9:30)."""
    try:
        return (moment + dt.timedelta(microseconds=500_000)).replace(microsecond=0)
    except OverflowError:  # 9999-12-31 23:59:59.6: no later second to round to
        return moment.replace(microsecond=0)


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


def ical_extended(text: str) -> str | None:
    """An iCalendar date and time in ISO 8601's extended form, which parse_datetime reads
    ('20270511T090000Z' as '2027-05-11T09:00:00Z'); None for any other text."""
    if (match := _ICAL_DATETIME.match(text)) is None:
        return None
    year, month, day, hour, minute, second, utc = match.groups()
    return f"{year}-{month}-{day}T{hour}:{minute}:{second or '00'}{utc}"


def iso_datetime(text: str) -> dt.datetime | None:
    """An ISO 8601 date and time, to the nearest second; aware when it carries an offset
    (`Z`, `+02:00`). Other forms ('2027-05-11 10.30') are read as a date and a time."""
    if not _ISO_DATETIME.match(text):
        return None
    try:
        return whole_second(dt.datetime.fromisoformat(text.replace(",", ".")))
    except ValueError:
        return None
