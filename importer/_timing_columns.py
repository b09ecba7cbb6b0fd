"""Reading the start and the end from the columns the mapping names: a datetime column, a
date and a time column, a time on its tab's date, a range in one cell, an end's time,
datetime or duration, and the end-date column."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from typing import Any

import numpy as np

from importer import convert
from importer._columns import Column, Parser, When
from importer._end_not_confirmed import lone_end_said
from importer._repeated_hour import zone_written_read
from importer._timing_dates import DatesTiming
from importer._timing_parsers import (
    next_day_in,
    next_day_on_the_next_sheet,
    not_a_range,
    range_end,
    range_end_moment,
    range_start,
)
from importer._timing_until_next import UntilNextTiming
from importer.convert import CellError
from importer.mapping import StartField, WhenField


class ColumnsTiming(UntilNextTiming, DatesTiming):
    """The start's and end's cells as read from their columns."""

    def read_when(self, key: str, when: WhenField | None, required: bool = False) -> When | None:
        """Date and time of a moment, from one datetime column or a date (+ time) column."""
        if when is None or key not in self.bound.active:
            return None
        if when.column is not None:
            return self._read_datetime_column(key, when.column, required)
        return self._read_date_and_time(key, when, required)

    def _read_datetime_column(self, key: str, column: str, required: bool) -> When:
        """A moment written whole in one cell (for the start, perhaps with its end: a range)."""
        order = self.mapping.date_order
        ranges = key == "start" and self._datetimes_in_one_column()
        both = self.column(key, column,
                           (lambda c: convert.parse_datetime_range(c, order)[0]) if ranges
                           else self._zone_written(lambda c: convert.parse_datetime_cell(
                               c, order)),
                           "a start and end date and time" if ranges else "a date and time",
                           required)
        assert both is not None
        self._check_date_order(both)
        pairs = [v if v is not None else (None, None) for v in both.values]
        dates, times = [p[0] for p in pairs], [p[1] for p in pairs]
        return When(both.header, None, dates, times, both.blank, [both.codes])

    def _read_date_and_time(self, key: str, when: WhenField, required: bool) -> When:
        """A moment from a date column and, if mapped, a time column (for the start, perhaps
        a range of times)."""
        if isinstance(when, StartField) and when.dates_from_sheets():
            return self._read_time_on_sheet_dates(when)
        order = self.mapping.date_order
        dates_col = self.column(key, when.date_column, convert.date_and_its_time(order), "a date",
                                required, written_once=True)
        assert dates_col is not None
        self._check_date_order(dates_col)
        if key == "start" and self._times_in_one_column():
            times_col = self.column(key, when.time_column, self._range_start(),
                                    "a start and end time")
        else:
            times_col = self.column(key, when.time_column, self._bare_hours_read(
                when.time_column, not_a_range(next_day_in(
                    convert.parse_late_time, repr(dates_col.header)), str(when.time_column),
                    order)),
                "a time")
        times = list(times_col.values) if times_col else [None] * self.n
        blank = times_col.blank.copy() if times_col else np.ones(self.n, dtype=bool)
        dates = [moment[0] if moment else None for moment in dates_col.values]
        if any(moment and moment[1] for moment in dates_col.distinct):
            self._take_times_written_with_dates(dates_col, times_col, times, blank)
        codes = [dates_col.codes] + ([times_col.codes] if times_col else [])
        return When(dates_col.header, times_col.header if times_col else None,
                    dates, times, blank, codes)

    def _read_time_on_sheet_dates(self, when: StartField) -> When:
        """The start from a time column, on the date of each row's sheet (one tab per day)."""
        if self._times_in_one_column():
            times_col = self.column("start", when.time_column, self._range_start(),
                                    "a start and end time")
        else:
            one_day = not (when.sheet_dates or when.date_from_sheet_name)
            times_col = self.column("start", when.time_column, self._bare_hours_read(
                when.time_column, not_a_range(
                    next_day_on_the_next_sheet(convert.parse_late_time, one_day),
                    str(when.time_column), self.mapping.date_order)), "a time")
        assert times_col is not None  # the mapping requires it with sheet dates
        dates, date_codes = self._sheet_dates(when)
        return When(None, times_col.header, dates, list(times_col.values),
                    times_col.blank.copy(), [date_codes, times_col.codes])

    def _take_times_written_with_dates(self, dates_col: Column, times_col: Column | None,
                                       times: list[Any], blank: Any) -> None:
        """A date cell that writes its time too ('5/11/2027 9:30 AM') gives that time to a row
        whose time cell is blank. A time cell saying otherwise leaves the row in doubt, unless
        every date cell holds a time: a column of datetimes mapped for its dates, as an export's
        block start beside each talk's own time, whose times the time column overrules."""
        moments = [moment for moment in dates_col.values if moment]
        overruled = times_col is not None and all(moment[1] is not None for moment in moments)
        for pos, moment in enumerate(dates_col.values):
            if not moment or moment[1] is None:
                continue
            if blank[pos]:
                times[pos], blank[pos] = moment[1], False
            elif (times_col is not None and not overruled and times[pos] is not None
                  and not _the_same_time(times[pos], moment[1])):
                times[pos] = None
                self.add(pos, dates_col.header, self.cell(dates_col.header, pos),
                         "bad-date",
                         f"{dates_col.header!r} has {self._written(dates_col.header, pos)}, "
                         f"with a time, but {times_col.header!r} has "
                         f"{self._written(times_col.header, pos)}; keep the time in "
                         f"{times_col.header!r} alone.")

    def _bare_hours_read(self, column: str | None, parse: Parser) -> Parser:
        """`parse` for a start's or an end's own time column, reading a bare hour (`9`) as
        that hour (9:00) where the column's other cells write times with minutes on the
        24-hour clock (`9:15`, `14:30`), as a range's cell reads `9 - 9:15`. In a column of
        no such times (room numbers, counts mapped by mistake) it stays refused. A time
        followed by one of the zone's own abbreviations or offsets is read with it."""
        header = self.bound.header(column)
        parse = self._zone_written(parse)  # '02:30 CEST'
        if header is None or not convert.keeps_the_24_hour_clock(self.frame[header].unique()):
            return parse

        def parse_or_bare_hour(cell: Any) -> Any:
            try:
                return parse(cell)
            except CellError:
                if (hour := convert.bare_hour(cell)) is None:
                    raise
                return dt.time(hour)
        return parse_or_bare_hour

    def _read_end(self) -> tuple[Column, Column | None]:
        """The end's one column (a time, a datetime or a duration), and the end-date column."""
        end_field = self.mapping.fields.end
        order = self.mapping.date_order
        end_time = self.column("end", end_field.time_column,
                               range_end(self._time_range_reader())
                               if self._times_in_one_column() else
                               self._bare_hours_read(end_field.time_column, not_a_range(
                                   self._end_within_a_day(), str(end_field.time_column),
                                   order)),
                               "a time")
        end_dt = self.column("end", end_field.column,
                             range_end_moment(order, told=not end_field.values)
                             if self._datetimes_in_one_column() else
                             self._zone_written(lambda c: convert.parse_end_datetime(c, order)),
                             "a date and time")
        duration = self.column("end", end_field.duration_column, partial(
            convert.parse_duration, unit=end_field.duration_unit), "a duration")
        end_date = None
        if "end_date" in self.bound.active:
            end_date = self.column("end_date", self.mapping.fields.end_date.column
                                   if self.mapping.fields.end_date else None,
                                   lambda c: convert.parse_date(c, order), "a date")
        said = lone_end_said(self.mapping.fields.end)
        if end_time is not None and said is not None and self._times_in_one_column():
            self._blank_lone_starts(end_time, said)
        end_col = end_time or end_dt or duration
        if end_col is None:  # until_next or minutes alone: every end is as if blank
            assert end_field.until_next or end_field.minutes is not None
            end_col = Column("", [None] * self.n, np.ones(self.n, dtype=bool), {},
                             np.full(self.n, -1, dtype=np.intp), [], [])
        return end_col, end_date

    def _range_start(self) -> Parser:
        return range_start(self._time_range_reader(), lone_starts=self._lone_starts())

    def _time_range_reader(self) -> Callable[[Any], tuple[dt.time, dt.time]]:
        """Reads the cells of the start's and end's one time column, its bare hours as a
        grid's slots where the column writes them so (`9-10`, `10-11`), and a range followed
        by one of the zone's own abbreviations or offsets with it (`02:00 - 02:45 CEST`)."""
        header = self.bound.header(self.mapping.fields.start.time_column)
        return self._zone_written(convert.time_range_reader(lambda: self.frame[header].unique()))

    def _zone_written(self, parse: Parser) -> Parser:
        """`parse`, reading a cell it refuses with the zone's own word or offset after it
        ('02:30 CEST', '25.10.2026 02:30 CEST'), as the hour that happens twice is told."""
        return zone_written_read(parse, self.zone, self.zone_read_in())

    def _end_within_a_day(self) -> Parser:
        """The end column's parser, saying where an end past 29:59 puts its next day. On a
        sheet a tab per day, a row whose start is past midnight too moves to the next day's
        tab, as the start's message says; its end then needs no end date."""
        place = self._end_day_place()
        start, end_date = self.mapping.fields.start, self.mapping.fields.end_date
        dated_by_tabs = start.sheet_dates or start.date_from_sheet_name
        if dated_by_tabs and self.bound.header(end_date.column if end_date else None) is None:
            return next_day_in(convert.parse_end_time, place, or_next_sheet=True)
        return next_day_in(convert.parse_end_time, place)

    def _end_day_place(self) -> str:
        """Where an end past midnight puts its next day: the end-date column."""
        end_date = self.mapping.fields.end_date
        if header := self.bound.header(end_date.column if end_date else None):
            return repr(header)
        if end_date:  # optional, and the sheet lacks it (the template's 'End Date ...')
            return f"a new column {end_date.column!r}"
        return "a [fields.end_date] column added to the mapping"


def _the_same_time(time: dt.time, other: dt.time) -> bool:
    """Whether two times of a row's day are one: `25:00` (1:00 the next day) is not `1:00`."""
    next_day = isinstance(time, convert.NextDayTime), isinstance(other, convert.NextDayTime)
    return time == other and next_day[0] == next_day[1]
