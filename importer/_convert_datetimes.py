"""Dates with times: a cell as a date and perhaps a time (`5/11/2027 10:00 AM`, ISO with an
offset, iCalendar), a date column's cell with a time, an end column's, and a start and an end
in one cell (`May 11, 2027 9:00 AM → 10:30 AM`)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from importer._convert_dates import (
    AT_MIDNIGHT,
    DateOrder,
    DayRange,
    WrongWeekday,
    YearTooEarly,
    check_year,
    date_example,
    has_no_year,
    ical_extended,
    iso_datetime,
    numeric_date_readings,
    only_the_other_order,
    parse_date,
    whole_second,
)
from importer._convert_text import CellError, cell_text
from importer._convert_time_ranges import (
    LONGEST_GUESSED,
    between,
    end_of_range,
    ends_in_the_night_after,
    half_of_day,
    lone_start,
    parse_time_range,
    range_end_text,
    range_parts,
)
from importer._convert_times import (
    DAY,
    FROM,
    FROM_THEN_ON,
    OPEN_END,
    NextDayTime,
    PastMidnightError,
    next_day_time,
    parse_late_time,
)
from importer._convert_zones import trailing_zone, zone_hint, zone_offset
from importer._date_words import east_asian_with_year, split_weekday

# What stands between a date and its time in the long forms programs write: a comma, or
# "at" in English, French, German, Spanish, Italian, Portuguese and Dutch; or a spaced dash,
# as a league's fixtures write a kick-off ('So 30.04.23 - 14:15').
_BEFORE_TIME = re.compile(r"\s*(?:,|@|\b(?:at|à|um|a las|a la|alle|às|om)\b)$|\s+[-–—]$",
                          re.IGNORECASE)


# How a datetime cell's hint begins when the cell is a start and an end.
RANGE_SAID = "it is a start and an end"


def parse_datetime(cell: Any, order: DateOrder) -> tuple[dt.date, dt.time | None]:
    """A date with an optional time of day from one cell (`5/11/2027 10:00 AM`, ISO, XLSX).

    An ISO datetime with an offset (`2027-05-11T14:00:00Z`, as other systems export) names
    an instant, not a local time: its time comes back aware, carrying that offset.
    """
    if isinstance(cell, dt.datetime):
        cell = whole_second(cell)
        return check_year(cell.date(), "bad-datetime"), cell.time().replace(tzinfo=None)
    if isinstance(cell, dt.date):
        return check_year(cell, "bad-datetime"), None
    text = cell_text(cell) or ""
    iso = iso_datetime(text) if "-" in text[:5] else None
    if iso is not None:
        if _no_zones_offset(iso) and (ranged := _date_then_time_range(text, order)):
            (_, start), (_, end) = ranged  # 2027-05-11 09:00-10:30: 10:30 is its end
            raise CellError("bad-datetime", (
                f"{RANGE_SAID}, {start:%H:%M} to {end:%H:%M} (no zone's time is "
                f"UTC{_offset_text(iso.utcoffset() or dt.timedelta(0))}): write the start "
                "alone, or map the column as the end's column too, to read both"))
        return (check_year(iso.date(), "bad-datetime"),
                iso.timetz() if ("T" in text or " " in text) else None)
    if (moment := _date_then_time(text, order)) is not None:
        return moment
    if (extended := ical_extended(text)) is not None:
        return parse_datetime(extended, order)
    if zone := trailing_zone(text, lambda rest: parse_datetime(rest, order)):
        written, (date, time) = zone
        offset = zone_offset(written)
        if offset is None or time is None or time.tzinfo is not None:
            raise CellError("bad-datetime", zone_hint(written, offsets_read=True))
        return date, time.replace(tzinfo=offset)
    example = f"{date_example(order).split()[0]} 10:00 AM or 2027-05-11 10:00"
    hint = f"write it like {example}"
    readings = numeric_date_readings((split_weekday(text)[1].split() or [""])[0])
    if readings and order not in readings and "iso" not in readings:
        hint = f"{only_the_other_order(order)}; {hint}"
    elif (day := _yearless_day(text)) is not None:
        shown = _with_its_year(day, text, example)
        hint = f"the date {day!r} has no year; add it to the cell, as in {shown}"
    raise CellError("bad-datetime", hint)


# A time, or a start and an end, after a cell's date: ' 09:00', ', 9 AM', ' 10:00 - 11:00'.
_TIME_AFTER_DATE = re.compile(
    r"[\s,]+\d{1,2}(?:[:.h]\d{2})?\s*(?:[ap]\.?m\.?)?"
    r"(?:\s*[-–—→]\s*\d{1,2}(?:[:.h]\d{2})?\s*(?:[ap]\.?m\.?)?)?\s*$", re.IGNORECASE)


def _yearless_day(text: str) -> str | None:
    """The date before a cell's time when it is a day and a month with no year ('14 March'
    in '14 March 09:00'), else None. Asked only of a cell that did not read."""
    match = _TIME_AFTER_DATE.search(text)
    day = _BEFORE_TIME.sub("", text[:match.start()] if match else text).strip()
    return day if day and has_no_year(split_weekday(day)[1]) else None


def _with_its_year(day: str, text: str, example: str) -> str:
    """The cell with a year put before its East Asian date ('2027年4月29日 09:00'), as that
    date is written; for any other date, `example`."""
    asian = east_asian_with_year(day)
    return text.replace(day, asian[0], 1) if asian is not None else example


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


def parse_end_datetime(cell: Any, order: DateOrder) -> Moment:
    """An end column's date and time, as parse_datetime reads it; not a date with a start
    written open-ended ('5/11/2027 from 7pm', '5/11/2027 19:00 -'), as parse_end_time."""
    moment = parse_datetime(cell, order)
    text = cell_text(cell) if isinstance(cell, str) else None
    if text and moment[1] is not None and (
            OPEN_END.search(text) or FROM.match(" ".join(text.split()[-2:]))):
        raise CellError("bad-datetime", f"{FROM_THEN_ON}; write its end date and time, like "
                        f"{date_example(order).split()[0]} 10:00 PM")
    return moment


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
    splits: list[tuple[list[str], list[str]]] = [] if AT_MIDNIGHT.match(text) else [(words, [])]
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
                            f"{parse_date(date_text, order) + DAY:%Y-%m-%d} "
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
                and between(start[1], end) <= LONGEST_GUESSED):
            end = next_day_time(between(dt.time(0), end))  # 25:00 → 2:00: the next morning
        # '2:30 PM → 3:30' ends at 3:30 PM, as a time range does.
        end = end_of_range(parts[1], half_of_day(parts[0]), start[1].replace(tzinfo=None), end)
        if ends_in_the_night_after(start[1].replace(tzinfo=None), end):
            end = next_day_time(between(dt.time(0), end))  # 7:00 PM → 12:30 AM, as a range
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
            end = next_day_time(between(dt.time(0), end))  # 22:00-1:00, as a range
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
        parts = range_parts(tail)
        if len(parts) == 2 and all(parts):
            return head, parts[0], parts[1]
    raise AssertionError(text)  # only asked of a text read so
