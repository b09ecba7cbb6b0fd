"""The mapping's date and time fields (`start`, `end`, the registration dates) and the
readers of their cells as validate picks them, by which the mapping checks its `values`
entries once rather than on each row holding one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from typing import Any

from pydantic import StrictBool, StrictInt, field_validator, model_validator

from importer._mapping_fields import Field
from importer._toml_problems import toml_value
from importer.convert import (
    CellError,
    DateOrder,
    DurationUnit,
    bare_hour,
    cell_text,
    date_and_its_time,
    parse_datetime_cell,
    parse_datetime_range,
    parse_duration,
    parse_end_datetime,
    parse_end_time,
    parse_late_time,
)
from importer.load import normalize_header


class WhenField(Field):
    """A moment: one datetime `column`, or a `date_column` with an optional `time_column`."""

    column: str | None = None
    date_column: str | None = None
    time_column: str | None = None

    def _column_keys(self) -> tuple[str, ...]:
        return ("column", "date_column", "time_column")

    @model_validator(mode="after")
    def _one_layout(self) -> WhenField:
        self._check_layout()
        return self

    def _check_layout(self) -> None:
        if (self.column is None) == (self.date_column is None):
            raise ValueError("give either column (date and time in one cell) or date_column")
        if self.column is not None and self.time_column is not None:
            raise ValueError("time_column goes with date_column, not with column")


def _iso_date(value: Any) -> dt.date | None:
    """A TOML date (2027-05-11), or text holding one ("2027-05-11"); None for anything else,
    a TOML datetime included."""
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, str) and len(value.strip()) == 10:
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


class StartField(WhenField):
    """The start. A programme kept one tab per day may give no date column: the date is each
    tab's, named in `sheet_dates` or read from its name (`date_from_sheet_name`, with `year`
    for names that give none), and `time_column` the time. A programme of one day may give
    its `date` instead, the date of every sheet (and of a CSV file)."""

    sheet_dates: dict[str, dt.date] = {}  # noqa: RUF012 (a pydantic field)
    date_from_sheet_name: StrictBool = False
    year: StrictInt | None = None
    date: dt.date | None = None

    def dates_from_sheets(self) -> bool:
        """Whether each row's date is its sheet's (`date` being every sheet's), not a cell's."""
        return bool(self.sheet_dates) or self.date_from_sheet_name or self.date is not None

    @field_validator("date", mode="before")
    @classmethod
    def _iso_day(cls, value: Any) -> Any:
        """The day as TOML writes a date (2027-05-11) or ISO text, as sheet_dates takes it."""
        if value is None:
            return value
        if (date := _iso_date(value)) is None:
            raise ValueError(f"{toml_value(value)} is not a date: write it as 2027-05-11")
        return date

    @field_validator("sheet_dates", mode="before")
    @classmethod
    def _iso_dates(cls, dates: Any) -> Any:
        """Each date as TOML writes one (2027-05-11) or ISO text ("2027-05-11"): a date in
        another form could be read in either day/month order."""
        if not isinstance(dates, dict):
            return dates
        read = {}
        for name, value in dates.items():
            if (date := _iso_date(value)) is None:
                raise ValueError(f"sheet {name!r} is given {toml_value(value)}, not a date: "
                                 f'write it as "2027-05-11"')
            read[name] = date
        return read

    @field_validator("year")
    @classmethod
    def _plausible_year(cls, year: int | None) -> int | None:
        if year is not None and not 1900 <= year <= 2099:
            raise ValueError(f"{year} is no year a programme is in: write it whole, as 2027")
        return year

    def _check_layout(self) -> None:
        if self.date is not None and (self.sheet_dates or self.date_from_sheet_name):
            given = "sheet_dates" if self.sheet_dates else "date_from_sheet_name"
            raise ValueError(f"date gives every session one day, {given} each sheet its own: "
                             "remove one of them")
        if self.year is not None and not self.date_from_sheet_name:
            raise ValueError("year goes with date_from_sheet_name = true (for sheet names that "
                             "give no year); remove it, or add date_from_sheet_name = true")
        if not self.dates_from_sheets():
            if self.column is None and self.date_column is None and self.time_column:
                raise ValueError(
                    "give either column (date and time in one cell) or date_column; or, when "
                    "each sheet is one day, its date from the sheet: sheet_dates = { \"Day 1\" "
                    "= \"2027-05-11\" } or date_from_sheet_name = true; or, for a programme of "
                    "one day, date = 2027-05-11")
            super()._check_layout()
            return
        if self.date is not None:
            keys, given = "date, which gives every session's date", "date gives the day only"
        else:
            keys = "sheet_dates or date_from_sheet_name, which take the date from each sheet"
            given = ("sheet_dates" if self.sheet_dates else "date_from_sheet_name") + (
                " gives the date from each sheet")
        if self.column is not None or self.date_column is not None:
            mapped = "column" if self.column is not None else "date_column"
            raise ValueError(f"{mapped} cannot go with {keys}: remove one of them")
        if self.time_column is None:
            raise ValueError(f"{given}: give the start's time in time_column too")


LONGEST_LAST_MINUTES = 24 * 60  # a day's last session, given a length by the mapping


class EndField(Field):
    """The end: a datetime `column`, a `time_column` on the start's date, or a duration.
    Or `until_next`: each session ends as the next later one on its day and tab starts (a
    programme giving starts only), the day's last ones `last_minutes` after they start; with
    a column, only its blank cells end so. Or `minutes`: every session lasts that long (a
    film programme's showings); with a column, only its blank cells end so."""

    column: str | None = None
    time_column: str | None = None
    duration_column: str | None = None
    # What a plain number in the duration column counts: a timetable's 1.5 is hours. Unsaid,
    # minutes, but one under 5 (1, 3) is refused as likely hours; said, minutes are minutes.
    duration_unit: DurationUnit | None = None
    until_next: StrictBool = False
    last_minutes: StrictInt | None = None
    minutes: StrictInt | None = None

    def _column_keys(self) -> tuple[str, ...]:
        return ("column", "time_column", "duration_column")

    @model_validator(mode="after")
    def _one_layout(self) -> EndField:
        if self.last_minutes is not None and not self.until_next:
            raise ValueError("last_minutes goes with until_next = true (it is the length of "
                             "each day's last session); remove it, or add until_next = true")
        if self.last_minutes is not None and not 0 < self.last_minutes <= LONGEST_LAST_MINUTES:
            raise ValueError(f"last_minutes = {self.last_minutes} is no session's length: "
                             f"give the minutes the day's last session lasts, 1 to "
                             f"{LONGEST_LAST_MINUTES}, as last_minutes = 60")
        if self.minutes is not None and self.until_next:
            raise ValueError("minutes gives every session that length, and until_next ends "
                             "each as the next one starts: keep one (with until_next, "
                             "last_minutes gives each day's last sessions a length)")
        if self.minutes is not None and not 0 < self.minutes <= LONGEST_LAST_MINUTES:
            raise ValueError(f"minutes = {self.minutes} is no session's length: give the "
                             f"minutes each session lasts, 1 to {LONGEST_LAST_MINUTES}, "
                             "as minutes = 120")
        if self.duration_unit is not None and self.duration_column is None:
            raise ValueError("duration_unit goes with duration_column (it is what that "
                             "column's plain numbers count); remove it, or name the column")
        if len(self.columns()) > 1:
            raise ValueError("give exactly one of column, time_column or duration_column")
        if not self.columns() and not self.until_next and self.minutes is None:
            raise ValueError("give exactly one of column, time_column or duration_column; or, "
                             "for a programme that gives only each session's start, "
                             "until_next = true (each session ends when the next one starts) "
                             "or minutes = 120 (every session lasts that long)")
        return self


# What a `values` entry's value must be, by what the column is read as: said to a planner
# whose entry does not read, who must correct the entry rather than add one.
ENTRY_FORMS = {
    "a date": "a date, as YYYY-MM-DD",
    "a date and time": "a date, as YYYY-MM-DD, or a date and time, as YYYY-MM-DD HH:MM",
    "a start and end date and time": "a date, as YYYY-MM-DD, or a start and end, as "
                                     "YYYY-MM-DD HH:MM - YYYY-MM-DD HH:MM",
    "a time": "a time, as HH:MM",
    "a start and end time": "a start and end time, as HH:MM - HH:MM",
    "a duration": "a duration, as minutes (90) or H:MM (1:30)",
}
Reader = Callable[[Any], Any]


def _or_bare_hour(read: Reader) -> Reader:
    """`read`, or a bare hour (`9`), which a time column writing the 24-hour clock reads as
    that hour: whether it does, only the sheet tells."""
    def read_or_bare_hour(cell: Any) -> Any:
        try:
            return read(cell)
        except CellError:
            if bare_hour(cell) is None:
                raise
            return None
    return read_or_bare_hour


def when_readers(when: WhenField, order: DateOrder,
                 ranges: bool) -> tuple[Reader, str] | None:
    """The reader of a start's or a registration date's cells, as validate picks it, when
    the mapping alone decides it; None when a date column and a time column read the same
    entries, or a column of start and end times reads them (its cells decide how)."""
    if when.column is not None:
        if ranges:
            return partial(parse_datetime_range, order=order), "a start and end date and time"
        return partial(parse_datetime_cell, order=order), "a date and time"
    if isinstance(when, StartField) and when.dates_from_sheets():
        return None if ranges else (_or_bare_hour(parse_late_time), "a time")
    if when.time_column is None:
        return date_and_its_time(order), "a date"
    return None


def end_readers(end: EndField, order: DateOrder,
                ranges: bool) -> tuple[Reader, str] | None:
    """The reader of the end's cells, as validate picks it; None for a column of start and
    end times (its cells decide how it reads)."""
    if end.duration_column is not None:
        return partial(parse_duration, unit=end.duration_unit), "a duration"
    if end.column is not None:
        if ranges:
            return partial(parse_datetime_range, order=order), "a start and end date and time"
        return partial(parse_end_datetime, order=order), "a date and time"
    if end.time_column is not None and not ranges:
        return _or_bare_hour(parse_end_time), "a time"
    return None


def same_column(one: str | None, other: str | None) -> bool:
    return one is not None and other is not None and (
        normalize_header(one) == normalize_header(other))


def entry_problems(key: str, setting: Field, reader: tuple[Reader, str] | None) -> list[str]:
    """A line for each of the field's `values` entries `reader` cannot read (an empty value,
    a blank cell, reads)."""
    if reader is None:
        return []
    read, what = reader
    problems = []
    for cell, value in setting.values.items():
        try:
            if (text := cell_text(value)) is not None:
                read(text)
        except CellError:
            problems.append(f"fields.{key}: values has {toml_value(cell)} = "
                            f"{toml_value(value)}, which is not {what}: correct that entry's "
                            f"value to {ENTRY_FORMS[what]}")
    return problems
