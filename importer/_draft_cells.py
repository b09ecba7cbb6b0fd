"""What a column's cells are, as `draft-mapping` reads them: a sample of them, the kind most
of them read as (a datetime, a date, a time, a range, a duration), and days written without
their year ('Monday, May 11', '14.11.', '9/4', '1126')."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any, Literal

from importer import convert
from importer._date_words import (
    day_label_alone,
    east_asian_with_year,
    lacks_year,
    split_weekday,
)
from importer._day_parts import is_day_part
from importer._day_sheets import SheetDay, sheet_day
from importer._draft_words import BRACKETED_TAIL, DOTTED_DAY, MMDD_DAY, MOST, SAMPLE, SLASHED_DAY
from importer._layout import writes_header
from importer.convert import CellError, DateOrder, cell_text
from importer.load import Sheet
from importer.zones import zone_note

Kind = Literal["datetime", "datetime range", "date", "time", "time range", "duration", "other"]


def slashed_day_order(cell: Any) -> DateOrder | None:
    """The one order a day and month with a slash and no year reads in ('15/07' day-first,
    '7/15' month-first); None for one reading both ways ('9/4') or neither, or no such day."""
    _, day = split_weekday(cell_text(cell) or "")
    if not SLASHED_DAY.fullmatch(day):
        return None
    first, second = (int(part) for part in day.split("/"))
    if 1 <= second <= 12 < first <= 31:
        return "day-first"
    if 1 <= first <= 12 < second <= 31:
        return "month-first"
    return None


def dotted_day(cell: Any) -> bool:
    """A day and month with dots and no year ('9.05', 'Di 14.11.'), a real one."""
    _, day = split_weekday(cell_text(cell) or "")
    if not DOTTED_DAY.fullmatch(day):
        return False
    number, month = (int(part) for part in day.rstrip(".").split("."))
    return 1 <= number <= 31 and 1 <= month <= 12


def yearless(words: Sequence[str], order: DateOrder) -> dict[str, tuple[str, dt.date]]:
    """Each word written with a year ('Monday, May 11, 2027') and its date then, when every
    word is a date lacking only its year ('Monday, May 11', '11 mai', '14.11.', day first as
    dates with dots are, '9/4' in the sheet's `order`, '1126' as month and day); else {}."""
    read = {}
    for word in words:
        _, day = split_weekday(word)
        if match := MMDD_DAY.fullmatch(word):
            try:  # a leap year, so that '0229' is a day
                date = dt.date(2028, int(match[1]), int(match[2]))
            except ValueError:
                return {}
            read[word] = (f"2027-{date:%m-%d}", date)
            continue
        if SLASHED_DAY.fullmatch(day):
            try:
                read[word] = (word + "/2027", convert.parse_date(day + "/2027", order))
            except CellError:
                return {}
            continue
        if DOTTED_DAY.fullmatch(day):
            try:
                read[word] = (word.rstrip(".") + ".2027",
                              convert.parse_date(day.rstrip(".") + ".2027", "day-first"))
            except CellError:
                return {}
            continue
        if (east_asian := east_asian_with_year(word)) is not None:
            read[word] = east_asian
            continue
        if not lacks_year(day):
            return {}
        for suffix in (", 2027", " 2027") if day[-1:].isdigit() else (" 2027", ", 2027"):
            try:
                read[word] = (word + suffix, convert.parse_date(day + suffix, "month-first"))
                break
            except CellError:
                continue
        else:
            return {}
    return read


def heading_day(text: str) -> SheetDay | str | None:
    """The day a heading row names: its date ('Day 1 (1 December 2022)', 'Piątek, 2.12.2022
    (Collegium Geographicum)' less its place), else its label alone ('Day 2', which names
    its day as well as a date would)."""
    day = sheet_day(text) or sheet_day(BRACKETED_TAIL.sub("", text).rstrip(":"))
    return day or (text.casefold().rstrip(": ") if day_label_alone(text) else None)


def sample(sheet: Sheet, header: str) -> list[Any]:
    """The column's distinct cells, but blank ones and its header written again over each
    day's table ('Date' under 'Date'), a row validate skips: no date, time or title."""
    values = sheet.frame[header].dropna().unique()[:SAMPLE]
    return [v for v in values if not (isinstance(v, str) and not v.strip())
            and not writes_header(v, header)]


def reads(cells: Sequence[Any], parse: Callable[[Any], Any]) -> int:
    count = 0
    for cell in cells:
        try:
            parse(cell)
        except (CellError, ValueError, TypeError):
            continue
        count += 1
    return count


def kind_of(cells: Sequence[Any]) -> Kind:
    """What most of a column's cells are, the narrowest first. A time not fixed yet ('TBA')
    is of no kind, as a blank cell is: a programme may list many talks before their slots;
    so is a zone noted under the header ('(GMT Time)'), and a part of the day heading the
    sessions under it ('Morning'), which validate reads as a section heading."""
    cells = [cell for cell in cells if not convert.not_fixed_yet(cell) and not is_day_part(cell)
             and not (isinstance(cell, str) and zone_note(cell.strip()))]
    if not cells:
        return "other"

    def most(parse: Callable[[Any], Any]) -> bool:
        return reads(cells, parse) >= MOST * len(cells)

    def time(cell: Any) -> None:
        # A workbook's date-and-time cell is a moment, not a time of day: its day is in it.
        if isinstance(cell, dt.datetime) and cell.year > 1900:
            raise CellError("bad-time", "a date and time")
        convert.parse_late_time(cell)  # 28:00, a late show's end written past midnight

    def datetime(cell: Any) -> None:
        if either_order(convert.parse_datetime, cell)[1] is None:
            raise CellError("bad-datetime", "a date alone")

    def datetime_range(cell: Any) -> None:
        start, end = either_order(convert.parse_datetime_range, cell)
        if start == end:
            raise CellError("bad-datetime", "a date alone")

    # A grid's slots of bare hours ('9-10', '10-11') are ranges on the 24-hour clock.
    time_range = convert.time_range_reader(lambda: cells)

    def time_or_range(cell: Any) -> None:
        try:
            time_range(cell)
        except CellError:
            time(cell)

    readers: tuple[tuple[Kind, Callable[[Any], Any]], ...] = (
        ("time range", time_range),
        ("time", time),
        # Some evenings given a start and an end ('18:00–21:00'), others a start alone.
        ("time range", time_or_range),
        ("datetime range", datetime_range),
        ("datetime", datetime),
        ("date", lambda c: either_order(convert.parse_date, c)),
        ("duration", convert.parse_duration))
    for kind, parse in readers:
        if most(parse):
            return kind
        if kind == "datetime" and _days_among_moments(cells, datetime):
            return "datetime"
    return "other"


def _days_among_moments(cells: Sequence[Any], moment: Callable[[Any], Any]) -> bool:
    """Whether the cells are dates with times and dates alone, as a start column gives
    all-day items ('2027-05-11') beside talks ('2027-05-11 09:00'): validate reads a date
    alone as an all-day session. More than a few must have times (`moment` reads those),
    lest a column of days with a stray time be taken for the start."""
    days = reads(cells, lambda cell: either_order(convert.parse_datetime, cell))
    return days >= MOST * len(cells) and reads(cells, moment) > (1 - MOST) * len(cells)


def time_or_none(cell: Any) -> dt.time | None:
    """A cell's time of day, or None for one that is not."""
    if cell is None or (isinstance(cell, float) and cell != cell):
        return None
    try:
        return convert.parse_time(cell)
    except (CellError, ValueError, TypeError):
        return None


def start_or_none(cell: Any) -> dt.time | None:
    """A cell's time of day, or the start of its range ('08h00 – 08h55'); else None."""
    if (time := time_or_none(cell)) is not None:
        return time
    try:
        return convert.parse_time_range(cell)[0]
    except (CellError, ValueError, TypeError):
        return None


def is_day_range(text: str) -> bool:
    """Whether a cell is a range of days ('May 11-13, 2027', '20 a 22/09/2027')."""
    try:
        either_order(convert.parse_date, text)
    except convert.DayRange:
        return True
    except CellError:
        pass
    return False


def either_order(parse: Callable[[Any, DateOrder], Any], cell: Any) -> Any:
    try:
        return parse(cell, "month-first")
    except CellError:
        return parse(cell, "day-first")
