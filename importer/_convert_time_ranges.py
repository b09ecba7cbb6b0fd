"""Time ranges: a start and an end from one cell (`9:00 - 10:30`), each read in the light of
the other (am or pm, the 24-hour clock, bare hours), and an end in the night after its start."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from typing import Any

from importer._convert_dates import not_fixed_yet
from importer._convert_text import CellError, cell_text, elapsed_text
from importer._convert_times import (
    NAMED_TIME,
    NAMED_TIMES,
    TIME,
    PastMidnightError,
    parse_late_time,
    parse_time,
    time_text,
)
from importer._convert_zones import trailing_zone, unconfirmed_hint, zone_hint

# A hyphen or a dash (also the minus sign and the hyphens a word processor puts in), a tilde,
# or "to" in English (also "until", "till", "til", "'til", "through", "thru"), German
# ("bis"), French ("à") or Dutch ("tot"). A slash only after minutes, am/pm (also a.m.), an
# hour's word (`9h`, `9.30 u`, `9 Uhr`, `09:30 hrs`) or a time named in words (`9:30/12:30`,
# `9am/11am`, `noon/2pm`), so that a date strayed into the column (`5/11`, `12/1`) is no
# range of hours.
_AFTER_NAMED_TIME = "|".join(rf"(?<=\b{word})" for word in NAMED_TIMES)
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


def range_parts(text: str) -> list[str]:
    text = _RANGE_FROM.sub("", text.strip())
    parts = _RANGE_SEPARATOR.split(text, maxsplit=1)
    return parts if len(parts) == 2 and all(parts) else _RANGE_A.split(text, maxsplit=1)


def range_end_text(text: str) -> str | None:
    """The end of a time range as written (`1:00` of `19:00 - 1:00`), None if none."""
    parts = range_parts(text)
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
    end_of_range), and may then be a bare hour (`10 AM - 11`, `9 AM - 5`).
    """
    text = cell_text(cell) if isinstance(cell, str) else None
    parts = range_parts(text) if text else []
    try:
        if len(parts) != 2 or not all(parts):
            raise CellError("bad-time", TIME_RANGE_HINT)
        return time_pair(parts[0], parts[1])
    except CellError:
        if (start := lone_start(cell)) is not None:  # '9:00', '7:30pm - late', 'ab 19 Uhr'
            raise LoneStart(start) from None
        if (start_alone := end_not_confirmed(cell)) is not None:  # '9:00 - TBC'
            raise EndNotConfirmed(*start_alone) from None
        if text and (zone := trailing_zone(text, parse_time_range)):  # '10:00 - 11:00 CET'
            raise CellError("bad-time", zone_hint(zone[0], offsets_read=False)) from None
        if text and (unconfirmed := unconfirmed_hint(text, parse_time_range)):  # '(tbc)'
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

    def __init__(self, start: dt.time,
                 hint: str = f"it has a start but no end; {TIME_RANGE_HINT}") -> None:
        super().__init__("bad-time", hint)
        self.start = start


def end_not_confirmed(cell: Any) -> tuple[dt.time, str] | None:
    """The start of a range whose end is written as not confirmed yet (`9:00 - TBC`,
    `9:00-TBA`, `9:00 – to be confirmed`, `9:00 - TBD (afternoon)`, `9:00 - (tbc)`) or as
    unknown (`9:00 - ?`), and that end as written; None for any other."""
    text = cell_text(cell) if isinstance(cell, str) else None
    parts = range_parts(text) if text else []
    if len(parts) != 2 or not end_unknown(parts[1]):
        return None
    start = lone_start(parts[0])
    return None if start is None else (start, parts[1].strip())


def end_unknown(end: Any) -> bool:
    """Whether an end (a range's, or an end column's cell) says it is not known yet: 'TBC'
    and its kin (also in brackets, or with a note after it: 'TBD (afternoon)'), or question
    marks alone ('?', '??')."""
    if not isinstance(end, str):
        return False
    end = end.strip()
    return not_fixed_yet(end.strip("()[] ")) or (bool(end) and not end.strip("?"))


class EndNotConfirmed(LoneStart):
    """A range's start whose end is not confirmed yet (`9:00 - TBC`): a start with no end."""

    def __init__(self, start: dt.time, end: str) -> None:
        super().__init__(start, f"its end {end!r} is not confirmed yet: write the end once "
                                "it is known, like 9:00 - 10:30")


def time_pair(start_written: str, end_written: str) -> tuple[dt.time, dt.time]:
    """A start and an end written apart (a range's two sides, or two time columns' text),
    each read in the light of the other; `RangeRefused` with a hint of its own, or
    CellError with the general one."""
    start_text, end_text = _on_the_24_hour_clock(start_written, end_written)
    if _written_past_midnight(start_text) or _written_past_midnight(end_text):
        return _late_pair(start_text, end_text)
    start_half = half_of_day(start_text)
    try:
        end = _written_end(end_text, start_half)
        start = _start_of_range(start_text, end_text, end)
        end = end_of_range(end_text, start_half, start, end)
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
    parts = range_parts(text) if text else []
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
    return half_of_day(text) is None and NAMED_TIME.match(time_text(text.strip())) is None


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
    end_match = TIME.match(time_text(end_text))
    start_match = TIME.match(time_text(start))
    if (shared := half_of_day(end_text)) and start_match and not start_match["ampm"]:
        other = "a" if shared == "p" else "p"
        for meridiem in (shared, other):
            try:
                candidate = parse_time(f"{start} {meridiem}m")
            except CellError:
                break  # a 24-hour start such as 14:00: read it as written
            if candidate == end:
                break  # `12:00 - midnight` is no session at 0:00 that ends as it starts
            if candidate < end:
                # A start in the morning before an afternoon end is as the 24-hour clock
                # reads it, however long the day (`7:30 - 5:30 PM`): only the end's half is
                # a guess.
                if meridiem == shared and between(candidate, end) > LONGEST_GUESSED:
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
            f"would make a session of {elapsed_text(between(guessed, end))}; write am or pm "
            "after the start too, or fix the end")


def _long_in_the_starts_half(end_text: str, start: dt.time, end: dt.time) -> bool:
    """Whether an end without am/pm, an hour of the 12-hour clock, is read in the half of the
    day its start writes more than LONGEST_GUESSED after it: `midnight - 10` (10 AM, ten
    hours on) and `1 AM - 11` are as likely typos as sessions that long."""
    match = TIME.match(time_text(end_text))
    return (match is not None and not (match["ampm"] or match["clock"])
            and not end_text.strip().startswith("0") and 1 <= int(match["h"]) <= 12
            and end >= start and between(start, end) > LONGEST_GUESSED)


def _long_end_hint(end_text: str, start: dt.time, end: dt.time) -> str:
    written = f"{end.hour % 12 or 12}:{end.minute:02d} {'AM' if end.hour < 12 else 'PM'}"
    return (f"{end_text.strip()} has no am or pm, and as {written} it would make a session "
            f"of {elapsed_text(between(start, end))}; write am or pm after the end too, or "
            "fix it")


# A half of the day written anywhere in a cell: '1:00 AM', '1am - 2', '1 p.m.', '午前1時'.
_ANY_HALF_OF_DAY = re.compile(r"\d\s*[ap]\.?\s*m?\.?(?![^\W\d_])|午前|午後|上午|下午|오전|오후",
                              re.IGNORECASE)


def writes_half_of_day(text: str) -> bool:
    """Whether a cell says am or pm for some time in it (a range's start or end alike)."""
    return _ANY_HALF_OF_DAY.search(text) is not None


# The half of the day a time is written with, at the end of its text: 2:30 PM, 2:30p.m.
_HALF_WRITTEN = re.compile(r"\d\s*(?P<half>[ap])\.?\s*(?:m\.?)?$")


def half_of_day(text: str) -> str | None:
    """'a' or 'p' when the text ends in a time written with am/pm (午後2:30 too, after a
    date: its last word alone is a time), else None. Noon is 12 PM: `noon - 1:30` ends at
    1:30 PM; midnight 12 AM: `midnight - 2` ends at 2 AM."""
    for tail in (text.strip(), text.strip().rpartition(" ")[2]):
        if written := _HALF_WRITTEN.search(time_text(tail)):
            return written["half"]
        if (named := NAMED_TIME.match(time_text(tail))) and named["word"] in NAMED_TIMES:
            return "p" if NAMED_TIMES[named["word"]] == dt.time(12) else "a"
    return None


def end_of_range(end_text: str, start_half: str | None, start: dt.time,
                 end: dt.time) -> dt.time:
    """An end without am/pm, read as written, that falls before a start written with it
    takes the start's half of the day, or else the other one, where that puts it after the
    start: `2:30 PM - 3:30` ends at 3:30 PM, `11:30 AM - 1:00` at 1 PM. A start without
    am/pm on the 12-hour clock (1 to 12) has an end before it in the afternoon:
    `12:30 - 1:30`, `9 - 5`. Not past LONGEST_GUESSED: `9:30 AM - 9:15` is more likely a
    typo than a session till 9:15 PM, and is left to be an end before its start."""
    end_match = TIME.match(time_text(end_text))
    end_has_no_half = end_match is not None and not (end_match["ampm"] or end_match["clock"])
    if end >= start or not end_has_no_half:
        return end
    if start_half is None and not 1 <= start.hour <= 12:
        return end  # `13:00 - 2:00`, on the 24-hour clock: a typo, or past midnight
    halves = ("p",) if start_half is None else (start_half, "a" if start_half == "p" else "p")
    for half in halves:
        try:
            candidate = parse_time(f"{time_text(end_text)} {half}m")
        except CellError:
            return end  # a 24-hour end such as 13:00: read as written
        if candidate >= start:
            return candidate if between(start, candidate) <= LONGEST_GUESSED else end
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


def between(start: dt.time, end: dt.time) -> dt.timedelta:
    day = dt.date(2000, 1, 1)
    return dt.datetime.combine(day, end) - dt.datetime.combine(day, start)
