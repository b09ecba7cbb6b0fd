"""Cell parsers: turn one spreadsheet cell into a date, time, duration, boolean, number or HTML.

Every parser takes the cell as the loader gives it (None, str, or for XLSX a number, bool,
date, datetime or time) and either returns a value or raises `CellError` carrying a stable
issue code and a hint that says how to write the value. The validator calls each parser
once per *distinct* cell value, so these functions favour clarity over speed.
"""

from __future__ import annotations

import datetime as dt
import difflib
import html
import math
import re
from functools import lru_cache
from html.parser import HTMLParser
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from markdown_it import MarkdownIt

from importer._date_words import ENGLISH_WEEKDAYS, date_from_words, lacks_year, split_weekday
from importer.errors import ConfigError
from importer.html import ALLOWED_ATTRIBUTES, ALLOWED_TAGS, sanitize_html

DateOrder = Literal["month-first", "day-first"]
DescriptionFormat = Literal["text", "html", "markdown", "auto"]

MAX_DESCRIPTION_CHARS = 20_000
UTC = dt.UTC


class CellError(ValueError):
    """A cell that cannot be read as the value its column is mapped to."""

    def __init__(self, code: str, hint: str) -> None:
        super().__init__(hint)
        self.code = code
        self.hint = hint


# ---------------------------------------------------------------------------- text

# What Excel shows in a cell whose formula failed; a CSV export writes the same text.
FORMULA_ERRORS = frozenset({
    "#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA",
    "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!",
})
FORMULA_ERROR_HINT = ("Excel shows that when a formula fails (a lookup that found nothing, a "
                      "deleted cell); fix the formula or type the value, then save")


def cell_text(cell: Any) -> str | None:
    """The cell as stripped text, None when empty. Integral floats lose their `.0`."""
    if cell is None:
        return None
    if isinstance(cell, float):
        if math.isnan(cell):
            return None
        if cell.is_integer():
            cell = int(cell)
    text = str(cell).strip()
    return text or None


def split_names(text: str | None, separator: str) -> tuple[str, ...]:
    """Names from one cell: split, stripped, empties dropped, first spelling kept."""
    if not text:
        return ()
    names: dict[str, str] = {}
    for part in text.split(separator):
        name = " ".join(part.split())
        if name and name.casefold() not in names:
            names[name.casefold()] = name
    return tuple(names.values())


# ---------------------------------------------------------------------------- booleans

_TRUE = frozenset({"yes", "y", "true", "t", "1", "x", "on"})
_FALSE = frozenset({"no", "n", "false", "f", "0", "off"})


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


def parse_float(cell: Any) -> float:
    if isinstance(cell, (int, float)) and not isinstance(cell, bool):
        if math.isfinite(cell):
            return float(cell)
    else:
        try:
            value = float((cell_text(cell) or "").replace(",", "."))
        except ValueError:
            pass
        else:
            if math.isfinite(value):
                return value
    raise CellError("bad-number", "write a number such as 1 or 2.5")


def parse_count(cell: Any) -> int:
    """A whole number of zero or more (a capacity)."""
    try:
        value = parse_float(cell)
    except CellError:
        value = -1.0
    if value < 0 or not value.is_integer():
        raise CellError("bad-number", "write a whole number of zero or more, such as 50")
    return int(value)


# ---------------------------------------------------------------------------- dates

_NUMERIC_DATE = re.compile(r"^(\d{1,4})[/.-](\d{1,2})[/.-](\d{2,4})$")
_YEARLESS_NUMERIC_DATE = re.compile(r"^\d{1,2}[/.-]\d{1,2}$")
DATE_HINT = "write the date like {example} or 2027-05-11"


class WrongWeekday(CellError):
    """A date whose day name disagrees with it: a typo, or the wrong day/month order."""


def date_example(order: DateOrder) -> str:
    return "5/11/2027 (May 11)" if order == "month-first" else "11/5/2027 (11 May)"


def _full_year(year: int) -> int:
    return year + 2000 if year < 100 else year


def _try_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(_full_year(year), month, day)
    except ValueError:
        return None


def numeric_date_readings(text: str) -> dict[DateOrder | Literal["iso"], dt.date]:
    """Every way a numeric date can be read: ISO, month-first, day-first (only valid ones)."""
    match = _NUMERIC_DATE.match(text)
    if not match:
        return {}
    first, second, third = match.groups()
    a, b, c = int(first), int(second), int(third)
    readings: dict[DateOrder | Literal["iso"], dt.date] = {}
    if len(first) == 4:
        if (iso := _try_date(a, b, c)) is not None:
            readings["iso"] = iso
        return readings
    if len(third) == 3:
        return readings
    if (month_first := _try_date(c, a, b)) is not None:
        readings["month-first"] = month_first
    if (day_first := _try_date(c, b, a)) is not None:
        readings["day-first"] = day_first
    return readings


def parse_date(cell: Any, order: DateOrder) -> dt.date:
    """A calendar date: XLSX date cells as they are; text ISO, numeric in `order`, or words."""
    if isinstance(cell, dt.datetime):
        return cell.date()
    if isinstance(cell, dt.date):
        return cell
    weekday, text = split_weekday(cell_text(cell) or "")
    date = _date_from_text(text, order)
    if weekday is not None and date.weekday() != weekday:
        raise WrongWeekday("bad-date", _wrong_weekday_hint(text, date, weekday, order))
    return date


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
    if (in_words := date_from_words(text)) is not None:
        return in_words
    hint = DATE_HINT.format(example=date_example(order))
    if readings:  # valid only in the other order
        hint = f"{_only_the_other_order(order)}; {hint}"
    elif _YEARLESS_NUMERIC_DATE.match(text) or lacks_year(text):
        hint = f"the date has no year; {hint}"
    raise CellError("bad-date", hint)


def _wrong_weekday_hint(text: str, date: dt.date, weekday: int, order: DateOrder) -> str:
    named = ENGLISH_WEEKDAYS[weekday].title()
    hint = f"{date:%B} {date.day}, {date.year} is a {date:%A}, not a {named}"
    other: DateOrder = "day-first" if order == "month-first" else "month-first"
    swapped = numeric_date_readings(text).get(other)
    if swapped is not None and swapped.weekday() == weekday:
        return (f"{hint}; read {other} it is {named}, {swapped:%B} {swapped.day}, so the sheet "
                f"may write dates {other}: set date_order = \"{other}\" in the mapping")
    return f"{hint}; fix the day name or the date"


def _only_the_other_order(order: DateOrder) -> str:
    other = "day-first" if order == "month-first" else "month-first"
    return f"it is only a valid date read {other}, but the mapping reads {order}"


def _iso_datetime(text: str) -> dt.datetime | None:
    """An ISO 8601 date and time; aware when it carries an offset (`Z`, `+02:00`)."""
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        return None


# ---------------------------------------------------------------------------- times

_TIME = re.compile(
    r"^(?P<h>\d{1,2})(?:\s*[:.h]\s*(?P<m>\d{2}))?(?::(?P<s>\d{2})(?:\.\d+)?)?"
    # am/pm, or the 24-hour clock's own word: French "9h", "14h30"; German "10 Uhr".
    r"\s*(?:(?P<ampm>[ap])\.?\s*m?\.?|(?P<clock>h|uhr))?$",
    re.IGNORECASE,
)
_HHMM = re.compile(r"^([01]\d|2[0-3])([0-5]\d)$")  # a 24-hour clock without a colon: 0930
_NAMED_TIMES = {"noon": dt.time(12), "midday": dt.time(12), "midnight": dt.time(0)}
TIME_HINT = "write the time like 10:00 AM, 10am or 14:30"


def parse_time(cell: Any) -> dt.time:
    """A time of day: XLSX time/datetime cells, Excel day fractions, or text forms."""
    if isinstance(cell, dt.datetime):
        return cell.time().replace(tzinfo=None)
    if isinstance(cell, dt.time):
        return cell.replace(tzinfo=None)
    if isinstance(cell, float) and 0 <= cell < 1:  # Excel stores times as a fraction of a day
        seconds = round(cell * 86_400)
        return dt.time(seconds // 3600, seconds % 3600 // 60, seconds % 60)
    text = (cell_text(cell) or "").casefold()
    if text in _NAMED_TIMES:
        return _NAMED_TIMES[text]
    if hhmm := _HHMM.match(text):
        return dt.time(int(hhmm[1]), int(hhmm[2]))
    match = _TIME.match(text)
    if match is None or (match["m"] is None and match["ampm"] is None and not match["clock"]):
        raise CellError("bad-time", TIME_HINT)  # a bare "10" could be either half of the day
    hour, minute, second = int(match["h"]), int(match["m"] or 0), int(match["s"] or 0)
    if match["ampm"]:
        if not 1 <= hour <= 12:
            raise CellError("bad-time", f"{hour} is not an hour on a 12-hour clock; {TIME_HINT}")
        hour = hour % 12 + (12 if match["ampm"] == "p" else 0)
    if hour > 23 or minute > 59 or second > 59:
        raise CellError("bad-time", TIME_HINT)
    return dt.time(hour, minute, second)


_RANGE_SEPARATOR = re.compile(r"\s*(?:-|–|—|~|\bto\b|\buntil\b)\s*", re.IGNORECASE)
TIME_RANGE_HINT = "write the start and end like 9:00 - 10:30, 9:00 AM - 10:30 AM or 9am to 11am"


def parse_time_range(cell: Any) -> tuple[dt.time, dt.time]:
    """A start and an end from one cell: `9:00 - 10:30`, `9–10:30am`, `11:30 to 1pm`.

    A start without am/pm takes the end's, or the other one where that would put it after
    the end (`11:30 - 1pm` is 11:30 AM to 1 PM).
    """
    text = cell_text(cell) if isinstance(cell, str) else None
    parts = _RANGE_SEPARATOR.split(text.strip(), maxsplit=1) if text else []
    if len(parts) != 2 or not all(parts):
        raise CellError("bad-time", TIME_RANGE_HINT)
    try:
        end = parse_time(parts[1])
        return _start_of_range(parts[0], parts[1], end), end
    except CellError:
        raise CellError("bad-time", TIME_RANGE_HINT) from None


def _start_of_range(start: str, end_text: str, end: dt.time) -> dt.time:
    end_match = _TIME.match(end_text.casefold())
    start_match = _TIME.match(start.casefold())
    if end_match and end_match["ampm"] and start_match and not start_match["ampm"]:
        shared = end_match["ampm"]
        other = "a" if shared == "p" else "p"
        for meridiem in (shared, other):
            try:
                candidate = parse_time(f"{start} {meridiem}m")
            except CellError:
                break  # a 24-hour start such as 14:00: read it as written
            if candidate <= end:
                return candidate
    clock = end_match and (end_match["clock"] or ("h" if "h" in end_text.casefold() else None))
    if clock and start.strip().isdigit():
        return parse_time(f"{start} {clock}")  # 9-10h30: nine o'clock, as the end is written
    return parse_time(start)


# ---------------------------------------------------------------------------- datetimes


# What stands between a date and its time in the long forms programs write: a comma, or
# "at" in English, French, German, Spanish, Italian, Portuguese and Dutch.
_BEFORE_TIME = re.compile(r"\s*(?:,|@|\b(?:at|à|um|a las|a la|alle|às|om)\b)$", re.IGNORECASE)


def parse_datetime(cell: Any, order: DateOrder) -> tuple[dt.date, dt.time | None]:
    """A date with an optional time of day from one cell (`5/11/2027 10:00 AM`, ISO, XLSX).

    An ISO datetime with an offset (`2027-05-11T14:00:00Z`, as other systems export) names
    an instant, not a local time: its time comes back aware, carrying that offset.
    """
    if isinstance(cell, dt.datetime):
        return cell.date(), cell.time().replace(tzinfo=None)
    if isinstance(cell, dt.date):
        return cell, None
    text = cell_text(cell) or ""
    iso = _iso_datetime(text) if "-" in text[:5] else None
    if iso is not None:
        return iso.date(), (iso.timetz() if ("T" in text or " " in text) else None)
    words = text.split()
    # The time is the last word or two ("10:00", "10:00 AM"); the date is the rest, and may
    # have spaces of its own ("May 11, 2027"). A whole date is tried first, so that a year
    # is never read as a 24-hour time.
    splits: list[tuple[list[str], list[str]]] = [(words, [])]
    splits += [(words[:-n], words[-n:]) for n in (2, 1) if n < len(words)]
    for date_words, time_words in splits:
        date_text = " ".join(date_words)
        if time_words:  # "May 11, 2027, 9:00 AM", "Tuesday, May 11, 2027 at 9:00 AM"
            date_text = _BEFORE_TIME.sub("", date_text)
        try:
            return parse_date(date_text, order), (
                parse_time(" ".join(time_words)) if time_words else None)
        except WrongWeekday as error:
            raise CellError("bad-datetime", error.hint) from None
        except CellError:
            continue
    hint = f"write it like {date_example(order).split()[0]} 10:00 AM or 2027-05-11 10:00"
    readings = numeric_date_readings(words[0] if words else "")
    if readings and order not in readings and "iso" not in readings:
        hint = f"{_only_the_other_order(order)}; {hint}"
    raise CellError("bad-datetime", hint)


# ---------------------------------------------------------------------------- durations

_DURATION_HM = re.compile(r"^(\d+)\s*h(?:ours?|rs?)?\s*(?:(\d+)\s*(?:m|mins?|minutes?)?)?$")
_DURATION_UNIT = re.compile(
    r"^(\d+(?:[.,]\d+)?)\s*(?P<unit>m|mins?|minutes?|h|hrs?|hours?)?$"
)
_DURATION_COLON = re.compile(r"^(\d+):(\d{2})$")
DURATION_HINT = "write minutes (90, 90 min) or hours and minutes (1h30, 1:30, 1.5h)"


def parse_duration(cell: Any) -> dt.timedelta:
    """A session length: plain numbers are minutes; `1h30`, `1:30`, `1.5h`, XLSX times."""
    if isinstance(cell, dt.timedelta):
        duration = cell
    elif isinstance(cell, dt.time):
        duration = dt.timedelta(hours=cell.hour, minutes=cell.minute, seconds=cell.second)
    elif isinstance(cell, (int, float)) and not isinstance(cell, bool):
        duration = dt.timedelta(minutes=float(cell))
    else:
        duration = _duration_from_text((cell_text(cell) or "").casefold())
    if duration <= dt.timedelta(0):
        raise CellError("bad-duration", "a duration must be longer than zero; " + DURATION_HINT)
    return duration


def _duration_from_text(text: str) -> dt.timedelta:
    if match := _DURATION_HM.match(text):
        return dt.timedelta(hours=int(match[1]), minutes=int(match[2] or 0))
    if match := _DURATION_COLON.match(text):
        return dt.timedelta(hours=int(match[1]), minutes=int(match[2]))
    if match := _DURATION_UNIT.match(text):
        amount = float(match[1].replace(",", "."))
        in_hours = (match["unit"] or "m").startswith("h")
        return dt.timedelta(hours=amount) if in_hours else dt.timedelta(minutes=amount)
    raise CellError("bad-duration", DURATION_HINT)


# ---------------------------------------------------------------------------- time zones


@lru_cache(maxsize=64)
def resolve_timezone(name: str) -> ZoneInfo:
    """The tz database zone called `name` (any case); ConfigError with a suggestion otherwise.

    Its `key` is the canonical spelling: pass that on, since `ZoneInfo("america/chicago")`
    loads only where the filesystem ignores case."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        pass
    known = {zone.casefold(): zone for zone in available_timezones()}
    if name.strip().casefold() in known:
        return ZoneInfo(known[name.strip().casefold()])
    raise ConfigError(f"unknown timezone {name!r}: {_timezone_hint(name, known)}")


# What people write instead of a tz database name. An abbreviation names no rules for summer
# time and several are ambiguous (CST is also China), so these only feed the suggestion; the
# closest spelling would be wrong by hours ('CST' is nearest 'UCT').
_TIMEZONE_NICKNAMES = {
    "est": "America/New_York", "edt": "America/New_York", "eastern": "America/New_York",
    "cst": "America/Chicago", "cdt": "America/Chicago", "central": "America/Chicago",
    "mdt": "America/Denver", "mountain": "America/Denver",
    "pst": "America/Los_Angeles", "pdt": "America/Los_Angeles",
    "pacific": "America/Los_Angeles", "akst": "America/Anchorage",
    "bst": "Europe/London", "cest": "Europe/Berlin", "aest": "Australia/Sydney",
    "ist": "Asia/Kolkata", "jst": "Asia/Tokyo",
}


def _timezone_hint(name: str, known: dict[str, str]) -> str:
    # Windows names: "Eastern Standard Time", "Pacific Daylight Time" -> "eastern", "pacific".
    words = name.strip().casefold().removesuffix(" time").split()
    word = words[0] if len(words) > 1 and words[-1] in ("standard", "daylight") else \
        name.strip().casefold()
    if word in _TIMEZONE_NICKNAMES:
        return (f"that is not a tz database name; use {_TIMEZONE_NICKNAMES[word]!r}, which "
                "also follows its summer time.")
    close = difflib.get_close_matches(name.casefold(), list(known), n=1, cutoff=0.6)
    if close:
        return f"did you mean {known[close[0]]!r}?"
    return "use a tz database name such as 'America/Chicago' or 'Europe/Berlin'."


def local_to_utc(local: dt.datetime, zone: ZoneInfo) -> dt.datetime:
    """Convert a naive local time to UTC, refusing times DST skips or repeats."""
    early = local.replace(tzinfo=zone, fold=0)
    late = local.replace(tzinfo=zone, fold=1)
    if early.utcoffset() == late.utcoffset():
        return early.astimezone(UTC)
    round_trip = early.astimezone(UTC).astimezone(zone).replace(tzinfo=None)
    if round_trip != local:
        raise CellError(
            "nonexistent-time",
            f"{local:%Y-%m-%d %H:%M} does not exist in {zone.key}: clocks skip it when "
            "daylight saving time starts; use a time before or after the jump",
        )
    raise CellError(
        "ambiguous-time",
        f"{local:%Y-%m-%d %H:%M} happens twice in {zone.key} when daylight saving time ends; "
        "move the session off that hour",
    )


# ---------------------------------------------------------------------------- descriptions

_LOOKS_LIKE_HTML = re.compile(r"<[a-zA-Z/!]")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
_markdown = MarkdownIt("commonmark").enable("table")


def text_to_html(text: str) -> str:
    """Plain text as HTML: escaped, blank lines make paragraphs, single newlines `<br>`."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    paragraphs = _PARAGRAPH_BREAK.split(text)
    return "".join(
        "<p>" + html.escape(p.strip(), quote=False).replace("\n", "<br>") + "</p>"
        for p in paragraphs
        if p.strip()
    )


def sanitize_with_audit(fragment: str) -> tuple[str, list[str]]:
    """Clean to Guidebook's allowed HTML; also name what was removed (empty if nothing)."""
    cleaned = sanitize_html(fragment)
    if cleaned == fragment.strip():  # the usual case, and much cheaper than an audit
        return cleaned, []
    return cleaned, _removed_markup(fragment)


def description_to_html(text: str, fmt: DescriptionFormat) -> tuple[str, list[str]]:
    """Description cell -> (HTML, what sanitising removed)."""
    if fmt == "auto":
        fmt = "html" if _LOOKS_LIKE_HTML.search(text) else "text"
    if fmt == "text":
        return text_to_html(text), []
    if fmt == "markdown":
        text = _markdown.render(text).strip()
    elif "<" not in text:  # nothing a sanitiser could change except entities
        return text.strip(), []
    return sanitize_with_audit(text)


class _MarkupAudit(HTMLParser):
    """Collect the tags, attributes and style properties the sanitiser will drop."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.removed: dict[str, None] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED_TAGS:
            self.removed[f"<{tag}>"] = None
            return
        allowed = ALLOWED_ATTRIBUTES["*"] | ALLOWED_ATTRIBUTES.get(tag, set())
        for name, value in attrs:
            if name not in allowed:
                self.removed[f"{name}= on <{tag}>"] = None
            elif name == "style" and _non_color_style(value or ""):
                self.removed[f"style {_non_color_style(value or '')} on <{tag}>"] = None

    def handle_comment(self, data: str) -> None:
        self.removed["comments"] = None


def _non_color_style(style: str) -> str:
    props = [p.split(":")[0].strip().lower() for p in style.split(";") if p.strip()]
    return ", ".join(p for p in props if p != "color")


def _removed_markup(fragment: str) -> list[str]:
    audit = _MarkupAudit()
    audit.feed(fragment)
    audit.close()
    return list(audit.removed)
