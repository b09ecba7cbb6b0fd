"""Times of day: a cell as a time (the 12- and the 24-hour clock, the clock's words in several
languages, East Asian forms, workbook time cells), a start written open-ended ('from 7pm'),
and a time past midnight (25:30) as the next day's."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from importer._convert_text import CellError, cell_text, elapsed_text
from importer._convert_zones import trailing_zone, unconfirmed_hint, zone_hint

TIME = re.compile(
    r"^(?P<h>\d{1,2})(?:\s*[:.hu]\s*(?P<m>\d{2}))?(?::(?P<s>\d{2})(?:\.\d+)?)?"
    # am/pm, or the 24-hour clock's own word: French "9h", "14h30"; German "10 Uhr"; Dutch
    # "14u", "9u30", "19.00 u" (uur); and "hrs" after hours and minutes, as India and the
    # military write it ("09:30 hrs").
    r"\s*(?:(?P<ampm>[ap])\.?\s*m?\.?|(?P<clock>h|uhr|u)|(?P<hrs>hrs?|hours))?$",
    re.IGNORECASE,
)
# A 24-hour clock without a colon: 0930, 930, 1445; 0930 hrs.
_HHMM = re.compile(r"^([01]?\d|2[0-3])([0-5]\d)(?:\s*(?:hrs?|hours))?$")
DAY = dt.timedelta(days=1)
NAMED_TIMES = {"noon": dt.time(12), "midday": dt.time(12), "midnight": dt.time(0)}
NAMED_TIME = re.compile(r"^(?:12(?::00)?\s*)?(?P<word>[a-z]+)$")  # noon, 12 noon, 12:00 noon
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
    """The time as the forms TIME reads write it: '午後2時30分' as '2:30 pm', '9：00' (the
    full-width colon a Japanese or Chinese input method types) as '9:00'."""
    match = _EAST_ASIAN_TIME.match(text.replace("：", ":"))
    if match is None:
        return text
    rest = match["rest"]
    if hours := _HOUR_WORDS.match(rest):
        rest = f"{hours['h']}:{30 if hours['half'] else int(hours['m'] or 0):02d}"
    return f"{_HOUR_0.sub('12', rest)} {_HALF_OF_DAY[match['half']]}" if match["half"] else rest


# A start written open-ended, "from 8:00 on": a mark after it ('8:00～', '9:00 -'), an end
# that is no time, after a dash, a word or both ('7:30pm - late', 'till close', '8pm - till
# late', 'bis open end', '10:00 - onwards', and in Dutch, German, French and Spanish: '22u tot
# laat', '22:00 bis Ende', '19:00 - Ende offen', '19h - tard', "19h jusqu'à la fin", '20:00
# hasta el cierre'), or "from" before it in English, German, French, Dutch, Spanish,
# Portuguese or Italian ('ab 19 Uhr', 'dès 19h', 'à partir de 19h', 'vanaf 19u', 'from 7pm
# till late'). Not a time named in words ('22:00 - midnight'): that is an end.
_DASH = "~～〜\\-‐‑–—−"
_UNTIL = r"(?:['’]til\b|\b(?:till|til|until|to|bis|tot|jusqu['’]à|hasta))"
_NO_TIME_END = (r"(?:late|close|open end|ende offen|offenes ende|laat|ende|tard|la fin"
                r"|el cierre)")
OPEN_END = re.compile(
    rf"(?<=\S)\s*(?:[{_DASH}]|(?:[{_DASH}]\s*{_UNTIL}?|{_UNTIL})\s*{_NO_TIME_END}"
    rf"|(?:[{_DASH}]\s*)?\bonwards?)\s*$", re.IGNORECASE)
FROM = re.compile(r"^(?:from|ab|dès|à partir de|a partir de|vanaf|desde|dalle)\s+(?=\d)",
                  re.IGNORECASE)


# The 24-hour clock's word said around the time rather than after it: German '9 Uhr 30'
# (9:30), Italian 'ore 9:30' and 'alle ore 9', and the 'h' Italian and Portuguese
# programmes write before it ('h 9:30', 'h. 14'); rewritten as '9:30 uhr' and '9:30h'.
_UHR_BETWEEN = re.compile(r"^(\d{1,2})\s*uhr\s*(\d{2})$")
_ORE_BEFORE = re.compile(r"^(?:(?:alle\s+)?ore\s+|h\.?\s*)(\d{1,2}(?:[:.]\d{2})?)$")


def time_text(text: str) -> str:
    """A time's text in the one form TIME reads: casefolded, East Asian forms rewritten."""
    text = _ORE_BEFORE.sub(r"\1h", _UHR_BETWEEN.sub(r"\1:\2 uhr", text.casefold().strip()))
    return text if text.isascii() else _east_asian_time_text(text)


def says_midnight(text: str) -> bool:
    """Whether a time is midnight in words ('midnight', '12 midnight'): as an end, the close
    of the start's day, where '12:00 AM' or '0:00' may be a slip for noon."""
    named = NAMED_TIME.match(time_text(text))
    return named is not None and named["word"] == "midnight"


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
    text = time_text(FROM.sub("", OPEN_END.sub("", cell_text(cell) or "")))
    if (named := NAMED_TIME.match(text)) and named["word"] in NAMED_TIMES:
        return NAMED_TIMES[named["word"]]
    if hhmm := _HHMM.match(text):
        return dt.time(int(hhmm[1]), int(hhmm[2]))
    match = TIME.match(text)
    if match is None and (zone := trailing_zone(cell_text(cell) or "", parse_time)):
        raise CellError("bad-time", zone_hint(zone[0], offsets_read=False))
    if match is None and (unconfirmed := unconfirmed_hint(cell_text(cell) or "", parse_time)):
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
    if dt.timedelta(0) <= elapsed < DAY:
        return (dt.datetime.min + elapsed).time()
    if elapsed < dt.timedelta(0):
        raise CellError("bad-time", TIME_HINT)
    raise _past_midnight(elapsed)


def _nearest_second(elapsed: dt.timedelta) -> dt.timedelta:
    return dt.timedelta(seconds=round(elapsed.total_seconds()))


def _past_midnight(elapsed: dt.timedelta) -> CellError:
    if elapsed >= 2 * DAY:
        return CellError("bad-time", TIME_HINT)
    return PastMidnightError(elapsed)


class PastMidnightError(CellError):
    """A time from 24:00 on (25:00): that time on the next day. Where the next day goes
    depends on the column (a start's in the date column, an end's in an end-date column),
    which the validator knows: `next_day_hint` says it so. parse_late_time reads one before
    LATEST_WRITTEN as the next day's small hours."""

    def __init__(self, elapsed: dt.timedelta) -> None:
        self.elapsed = elapsed
        self.written, self.within_day = elapsed_text(elapsed), elapsed_text(elapsed - DAY)
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
        return next_day_time(past.elapsed - DAY)


def parse_end_time(cell: Any) -> dt.time:
    """An end column's time, as parse_late_time reads it; not a start written open-ended
    ('from 7pm', '19:00 -', '7:30pm - late'), which says when a session is on from, and
    would end it then."""
    text = cell_text(cell) if isinstance(cell, str) else None
    if text and (OPEN_END.search(text) or FROM.match(text)):
        raise CellError("bad-time", f"{FROM_THEN_ON}; write its end time, like 10:00 PM or 22:00")
    return parse_late_time(cell)


FROM_THEN_ON = "it says from when the session is on, not when it ends"


def next_day_time(elapsed: dt.timedelta) -> NextDayTime:
    time = (dt.datetime.min + elapsed).time()
    return NextDayTime(time.hour, time.minute, time.second)
