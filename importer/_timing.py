"""When each session is: start, end and all-day, read from the sheet's local times.

The part of validation that turns dates, times, durations and datetimes into UTC moments,
flagging local times that DST skips or repeats, ends before starts, and a date column whose
day/month order is in doubt.

Its parts live in private modules by concern, each a mixin on `_timing_base.py`'s shared state
(the zone, the rows' tabs, a local time to UTC): `_timing_columns.py` reads the start and end
from their columns, with `_timing_dates.py` (the day tabs' dates, the date column's order)
and `_timing_until_next.py` (lone starts, and until_next's ends at the next start);
`_timing_ends.py` weighs ends before starts and times in the night, `_timing_all_day.py` the
all-day sessions; the cells' parsers are `_timing_parsers.py`. This module combines them and
works out each row's start, end and all-day.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np

from importer import convert
from importer._checks import Mask
from importer._columns import Column, When, combined_codes, positions_by_code, seconds_of
from importer._timing_all_day import AllDayTiming
from importer._timing_base import Objects, on_its_day
from importer._timing_columns import ColumnsTiming
from importer._timing_ends import EndsTiming

# What a planner can do about a blank end, where the end column is optional on some rows (a
# template's 'sluttid'): the mapping can give those rows their end.
_BLANK_END_WAYS_OUT = (
    "fill it in, or give blank ends a length with minutes = 60 under [fields.end], or end each "
    "session as the next one starts with until_next = true there (or leave both times blank "
    "for an all-day session).")


class SessionTiming(EndsTiming, AllDayTiming, ColumnsTiming):
    """Reads the timing fields; `read_timing` gives start_time, end_time and all_day per row."""

    def read_timing(self, headings: Mask | None = None) -> dict[str, list[Any]]:
        """`headings`: the rows that are section headings, which until_next passes over."""
        start = self.read_when("start", self.mapping.fields.start, required=True)
        assert start is not None
        end_col, end_date = self._read_end()
        self._small_hours_after_evening(start, end_date)
        self.late_starts = np.array([isinstance(t, convert.NextDayTime) for t in start.time],
                                    dtype=bool)
        all_day_col = self.boolean_column("all_day")
        starts, ends, all_days = self._times_by_combination(start, end_col, end_date,
                                                            all_day_col)
        if self.mapping.fields.end.until_next:
            self._end_at_next_starts(start, end_col, starts, ends, all_days, headings)
        self.start_seconds, self.end_seconds = seconds_of(starts), seconds_of(ends)
        return {"start_time": starts.tolist(), "end_time": ends.tolist(),
                "all_day": all_days.tolist()}

    def _times_by_combination(self, start: When, end_col: Column, end_date: Column | None,
                              all_day_col: Column | None) -> tuple[Objects, Objects, Objects]:
        """Each row's start, end and all-day.

        Schedules repeat a few dates and time slots: work out each distinct combination of
        cells once, on its first row, and give the result to its other rows. A combination
        whose first row raised an issue is worked out row by row, so each row gets its own.
        """
        combination = combined_codes(
            [*start.codes, end_col.codes, *(c.codes for c in (end_date, all_day_col) if c)],
            self.n)
        first_rows = np.unique(combination, return_index=True)[1].tolist()
        by_combination = np.empty((3, len(first_rows)), dtype=object)
        redo: list[int] = []  # combinations whose first row raised an issue
        for code, pos in enumerate(first_rows):
            issues_before = len(self.issues.get(pos, ()))
            by_combination[:, code] = self._session_times(pos, start, end_col, end_date,
                                                          all_day_col)
            if len(self.issues.get(pos, ())) != issues_before:
                redo.append(code)
        starts, ends, all_days = by_combination[:, combination]
        for positions in positions_by_code(combination, redo).values():
            for pos in positions[1:]:
                starts[pos], ends[pos], all_days[pos] = self._session_times(
                    pos, start, end_col, end_date, all_day_col)
        return starts, ends, all_days

    def _session_times(self, pos: int, start: When, end: Column, end_date: Column | None,
                       all_day_col: Column | None) -> tuple[Any, Any, Any]:
        date, time = start.date[pos], start.time[pos]
        if date is None:
            self.tell_zone_words_without_a_day(pos, (start.time_header, time),
                                               (end.header, end.values[pos]))
            return None, None, None
        end_value, end_blank = end.values[pos], bool(end.blank[pos])
        # A datetime end column holding a day without a time: no more a time than a blank.
        end_day = end_value[0] if isinstance(end_value, tuple) and end_value[1] is None else None
        flagged = all_day_col.values[pos] if all_day_col is not None else None
        no_times = time is None and (end_blank or end_day is not None)
        if flagged or (flagged is None and no_times):
            if not flagged:
                self._warn_of_a_time_in_the_date(pos, start)
            # A row flagged all-day that has its times too ('All Day Event' TRUE on an
            # exhibit from Friday 16:00 to Sunday 15:00): unflagged, it keeps them.
            timed = flagged and time is not None and not end_blank
            timed_by = all_day_col.header if timed and all_day_col is not None else None
            return (self._all_day_start(pos, start, end, end_day, end_date, timed_by), None,
                    True)
        if time is None:
            if end_value is not None or end_blank:  # an unreadable end is told of already
                self._report_missing_start_time(pos, start, all_day_col, has_end=not no_times)
            return None, None, None
        if isinstance(end_value, dt.time):
            pair = self._typed_pair(pos, start, end, time, end_value)
            if pair is None:
                return None, None, None
            time, end_value = _kept_on_the_next_day(time, pair[0]), pair[1]
        start_utc = self.utc(pos, start.time_header or start.date_header,
                             on_its_day(date, time))
        if end_value is None:
            minutes = self.mapping.fields.end.minutes
            if end_blank and minutes is not None:
                return start_utc, start_utc and start_utc + dt.timedelta(minutes=minutes), False
            if end_blank and not self.mapping.fields.end.until_next:
                self.add(pos, end.header, None, "missing-required",
                         f"{end.header!r} is empty; a session with a start time needs an end: "
                         f"{_BLANK_END_WAYS_OUT}")
            return start_utc, None, False
        end_utc = self._end_utc(pos, start, start_utc, end, end_value, end_date, time)
        return start_utc, end_utc, False


def _kept_on_the_next_day(start: dt.time, read: dt.time) -> dt.time:
    """A start read again with its end (`_typed_pair`) stays on the next day when it was
    there already (read in the night after its evening, _small_hours)."""
    if isinstance(start, convert.NextDayTime) and not isinstance(read, convert.NextDayTime):
        return convert.NextDayTime(read.hour, read.minute, read.second)
    return read
