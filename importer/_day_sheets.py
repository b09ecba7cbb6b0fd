"""Sheets named for a day ("Tue 11 May", "Tuesday", "11.05.", "Day 2 - Wed 12 May"): a
session whose date is another day was most likely filed on the wrong day's tab, or given the
wrong date. Either way the app would show it on a day the planner did not mean: warn.

A name counts only when it is nothing but a day name and/or a date (a leading "Day 2" aside):
"Day 2", "Workshops", "Tuesday workshops" or "Mon-Tue" name no one day, and are left alone.

A mapping may also take each session's date from its sheet (`sheet_dates`, or
`date_from_sheet_name`), or give one `date` to all (a programme of one day): `sheet_date`
gives a sheet's date, or says why it has none.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from importer._checks import Mask
from importer._date_words import (
    ENGLISH_WEEKDAYS,
    date_parts,
    day_label_date,
    short_weekday_named,
    weekday_named,
)
from importer.convert import NIGHT_ENDS
from importer.load import Sheet
from importer.mapping import StartField

# The forms of a sheet's name read as its date, for messages.
SHEET_DATE_FORMS = "'Tue 11 May 2027', '11 May 2027', '2027-05-11' or '11.05.2027'"

_DAY_NUMBER = re.compile(r"^day\s*\d{1,2}\b\s*[-–—:,]?\s*")  # "Day 2 - ", kept out
_WORDS = re.compile(r"[\s,;()\[\]–—]+|\s-\s")
_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.?(?:(\d{4}|\d{2}))?$")  # 11.05. 11.05.2027
_SLASHED = re.compile(r"^(\d{1,2})/(\d{1,2})(?:/(\d{4}|\d{2}))?$")  # 11/5: either order
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


@dataclass(frozen=True)
class SheetDay:
    """The day a sheet's name gives: a weekday (0 = Monday), or the dates it can mean
    (year, month, day), year None when the name gives none; a slashed 11/5 means two."""

    weekday: int | None
    dates: frozenset[tuple[int | None, int, int]]

    def holds(self, day: dt.date) -> bool:
        if self.dates:
            return any(year in (None, day.year) and (month, number) == (day.month, day.day)
                       for year, month, number in self.dates)
        return day.weekday() == self.weekday

    def __str__(self) -> str:
        if not self.dates:
            return f"a {ENGLISH_WEEKDAYS[self.weekday or 0].title()}"
        return " or ".join(sorted(
            dt.date(year or 2000, month, number).strftime("%d %B" + (" %Y" if year else ""))
            .lstrip("0") for year, month, number in self.dates))


def year_of_weekdays(days: Iterable[SheetDay], today: dt.date) -> int | None:
    """The year, from last year to two years on, in which each day named without its year
    and with its weekday ('Mon 11 May') falls on that weekday; None when no day gives both,
    or no year (or, a leap day among them, more than one) fits. In four years running a
    date's weekday differs each year, so one year at most fits a day."""
    named = [(day.weekday, month, number) for day in days if day.weekday is not None
             for year, month, number in day.dates if year is None]
    if not named:
        return None
    fits = [year for year in range(today.year - 1, today.year + 3)
            if all(_falls_on(year, month, number, weekday) for weekday, month, number in named)]
    return fits[0] if len(fits) == 1 else None


def _falls_on(year: int, month: int, number: int, weekday: int) -> bool:
    try:
        return dt.date(year, month, number).weekday() == weekday
    except ValueError:  # 29 February of a year without one
        return False


def sheet_day(name: str) -> SheetDay | None:
    """The day a sheet's name is made of, or None when it names none (or several)."""
    # A day label around its date, as a cell holds one ('Tag 1 (15. Juli 2026)').
    text = _DAY_NUMBER.sub("", (day_label_date(name) or name).strip().casefold(), count=1)
    words = [word for word in _WORDS.split(text) if word]
    weekdays = [day for word in words if (day := weekday_named(word.rstrip("."))) is not None]
    rest = " ".join(word for word in words if weekday_named(word.rstrip(".")) is None)
    if len(weekdays) > 1:
        return None
    dates = dates_named(rest) if rest else frozenset()
    if dates is None or not (weekdays or dates):
        return _after_short_weekday(words)
    return SheetDay(weekdays[0] if weekdays else None, dates)


def _after_short_weekday(words: Sequence[str]) -> SheetDay | None:
    """The day of a name written as a `ddd` format writes it in other languages ('Di 12. Mai',
    'mar. 12 mai'): a short day name, then the date. Looked at only when the name reads no
    other way, as 'Mar 12' is 12 March."""
    if len(words) < 2 or (weekday := short_weekday_named(words[0].rstrip("."))) is None:
        return None
    dates = dates_named(" ".join(words[1:]))
    return None if dates is None else SheetDay(weekday, dates)


def dates_named(text: str) -> frozenset[tuple[int | None, int, int]] | None:
    """The dates a sheet name's date part can mean; None when it is not a date."""
    found: list[tuple[int | None, int, int]] = []
    if match := _DOTTED.match(text):
        found = [(_year(match[3]), int(match[2]), int(match[1]))]
    elif match := _SLASHED.match(text):
        a, b, year = int(match[1]), int(match[2]), _year(match[3])
        found = [(year, a, b), (year, b, a)]
    elif match := _ISO.match(text):
        found = [(int(match[1]), int(match[2]), int(match[3]))]
    elif parts := date_parts(text):  # in words, with a year or without
        number, month, year_written = parts
        found = [(_year(year_written), month, number)]
    real = frozenset(date for date in found if _is_real(date))
    return real or None


def _year(text: str | None) -> int | None:
    return None if text is None else int(text) + (2000 if len(text) == 2 else 0)


def _is_real(date: tuple[int | None, int, int]) -> bool:
    try:
        dt.date(date[0] or 2000, date[1], date[2])
    except ValueError:
        return False
    return True


def sheet_pieces(sheet: Sheet) -> list[tuple[int, int, str | None]]:
    """(first position, rows, sheet name) of each sheet read: one, unless several were read
    as one; the name is None for a CSV file."""
    if not sheet.parts:
        return [(0, len(sheet.frame), sheet.sheet_name)]
    return [(start, part.records, part.name) for start, part in sheet.part_starts()]


def sheet_date(name: str | None, start: StartField, *, several: bool) -> dt.date | str:
    """The date of a sheet's sessions, from `start.sheet_dates` or the sheet's name; or the
    message saying why there is none (`several`: rows are named with their sheet already).
    A programme of one day gives its `date` to every sheet, and to a CSV file."""
    if start.date is not None:
        return start.date
    where = ("the mapping's [fields.start] sheet_dates" if not start.date_from_sheet_name else
             "its sheet's name")
    if name is None:
        return (f"a CSV file has no sheets, and the mapping takes each session's date from "
                f"{where}: map [fields.start] date_column to a column of dates, read the "
                "workbook the sheets are in, or, if every session is on one day, give that "
                "day instead: [fields.start] date = 2027-05-11.")
    its = "its sheet" if several else f"sheet {name!r}"
    given = {key.strip().casefold(): date for key, date in start.sheet_dates.items()}
    named = sheet_day(name)
    if (date := given.get(name.strip().casefold())) is not None:
        if named is not None and not named.holds(date):
            return (f"[fields.start] sheet_dates gives {its} {_day_text(date)}, but the sheet is "
                    f"named for {named}: fix the date there, or the sheet's name.")
        return date
    entry = f'"{name}" = "YYYY-MM-DD"'
    if not start.date_from_sheet_name:
        listed = ", ".join(map(repr, start.sheet_dates))
        return (f"[fields.start] sheet_dates gives no date for {its} (it names {listed}): add "
                f"{entry} there.")
    return _date_named(name, named, start.year, its, entry)


def _date_named(name: str, named: SheetDay | None, year: int | None, its: str,
                entry: str) -> dt.date | str:
    """The date a sheet's name gives, `year` the year of one that gives none."""
    if named is None or len(named.dates) != 1:
        what = ("is not named for a date" if named is None else
                f"is named for {named}, not one date")
        return (f"{its} {what}, and the mapping takes each session's date from its sheet's "
                f"name: name the sheet for its date ({SHEET_DATE_FORMS}), or give its date in "
                f"[fields.start] sheet_dates = {{ {entry} }}.")
    ((year_written, month, number),) = named.dates
    if year_written is None and year is None:
        return (f"{its} is named for {named} but no year: add year = YYYY under "
                "[fields.start] (for every sheet named without one), or write the year in "
                "the sheet's name.")
    try:
        date = dt.date(year_written or year or 0, month, number)
    except ValueError:
        return f"{its} is named for {named}, which {year} does not have: fix the sheet's name."
    if named.weekday is not None and date.weekday() != named.weekday:
        return (f"{its} is named for a {ENGLISH_WEEKDAYS[named.weekday].title()}, but "
                f"{date.day} {date:%B %Y} is a {date:%A}: fix the sheet's name"
                + (" or the mapping's year." if year_written is None else "."))
    return date


def _day_text(date: dt.date) -> str:
    return f"{date:%A} {date.day} {date:%B %Y}"


def other_day_rows(sheet: Sheet, starts: Sequence[Any], zone: ZoneInfo, errors: Mask,
                   late: Mask) -> list[tuple[int, str, str]]:
    """(position, local start date, message) for each session without errors that starts
    on a day other than the one its sheet is named for. A `late` start, written past
    midnight on the day before (29:30), is on that day's sheet at any hour."""
    found = []
    for first, count, name in sheet_pieces(sheet):
        day = sheet_day(name) if name is not None else None
        if day is None:
            continue
        its = "its sheet" if sheet.parts else f"sheet {name!r}"  # several: the row names it
        for pos in range(first, first + count):
            start = starts[pos]
            if start is None or errors[pos]:
                continue
            local = start.astimezone(zone)
            night_before = local.date() - dt.timedelta(days=1)
            if day.holds(local.date()) or ((local.time() < NIGHT_ENDS or late[pos])
                                            and day.holds(night_before)):
                continue
            found.append((pos, local.date().isoformat(), (
                f"starts on {local:%A} {local.day} {local:%B %Y}, but {its} is named for "
                f"{day}: check the date, or move the row to its day's sheet.")))
    return found


def small_hours_rows(sheet: Sheet, starts: Sequence[Any], all_day: Sequence[Any],
                     zone: ZoneInfo, errors: Mask, *,
                     one_date: bool = False) -> list[tuple[int, str, str]]:
    """(position, local start date, message) for each timed session without errors dated by
    its sheet (sheet_dates, date_from_sheet_name), or by the mapping's one date (`one_date`),
    that starts before NIGHT_ENDS: a late show at 00:30 typed on Tuesday's sheet is most
    likely Wednesday's 00:30, which is no longer the sheet's day. It is read as written, and
    said. An all-day session starts at midnight without being typed so: it is left alone."""
    found = []
    several = bool(sheet.parts)
    for first, count, _name in sheet_pieces(sheet):
        for pos in range(first, first + count):
            start = starts[pos]
            if start is None or all_day[pos] or errors[pos]:
                continue
            local = start.astimezone(zone)
            if local.time() >= NIGHT_ENDS:
                continue
            day = f"starts at {local:%H:%M} on {_day_text(local.date())}"
            if one_date:
                message = (f"{day}, the date the mapping gives every session: if it is the "
                           "night after, the programme runs over two days; give it a date "
                           "column and map [fields.start] date_column to it instead.")
            else:
                its = "its sheet" if several else "the sheet"
                message = (f"{day}, the day {its} gives: if it is the night after, move the "
                           "row to the next day's sheet.")
            found.append((pos, local.date().isoformat(), message))
    return found

