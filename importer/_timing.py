"""When each session is: start, end and all-day, read from the sheet's local times.

The part of validation that turns dates, times, durations and datetimes into UTC moments,
flagging local times that DST skips or repeats, ends before starts, and a date column whose
day/month order is in doubt.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable
from functools import lru_cache, partial
from typing import Any
from zoneinfo import ZoneInfo

import numpy as np

from importer import convert, zones
from importer._checks import Mask
from importer._columns import (
    Codes,
    Column,
    Parser,
    SheetColumns,
    When,
    cell_said,
    combined_codes,
    positions_by_code,
    seconds_of,
)
from importer._day_sheets import sheet_date, sheet_pieces
from importer._end_not_confirmed import lone_end_said
from importer._reading_slips import NOON_NOT_MIDNIGHT, twelve_am
from importer._small_hours import (
    may_run_into_the_night,
    minutes_of,
    night_after_evening,
    night_after_message,
)
from importer._toml_problems import toml_value
from importer.convert import CellError, cell_text
from importer.load import Sheet
from importer.mapping import BoundMapping, StartField, WhenField
from importer.model import row_ref

Objects = np.ndarray[Any, np.dtype[np.object_]]  # one value a row: a moment, None, a bool


# A programme's days follow one another: read the other way, they would be a month or more
# apart, each on the same day of its month.
MONTHS_APART_DAYS = 28
DAYS_IN_A_ROW_DAYS = 13


def _span(dates: set[dt.date]) -> str:
    """'4 Mar 2027 to 4 May 2027', the first and last of `dates`."""
    return f"{min(dates):%-d %b %Y} to {max(dates):%-d %b %Y}"


class SessionTiming(SheetColumns):
    """Reads the timing fields; `read_timing` gives start_time, end_time and all_day per row."""

    def __init__(self, sheet: Sheet, bound: BoundMapping, zone: ZoneInfo) -> None:
        super().__init__(sheet, bound)
        self.zone = zone
        self.sheet_pieces = sheet_pieces(sheet)
        self.utc_cache: dict[dt.datetime, dt.datetime | CellError] = {}
        no_moments = np.full(self.n, np.nan)
        self.start_seconds, self.end_seconds = no_moments, no_moments  # set by read_timing
        # Rows whose start is written past midnight on the day before (25:00): set by
        # read_timing. Such a start is on its row's day's programme, though on the next date.
        self.late_starts: Mask = np.zeros(self.n, dtype=bool)

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

    def _small_hours_after_evening(self, start: When, end_date: Column | None) -> None:
        """A start in the small hours listed after its date's evening is read in the night
        after, as 25:00 would be, and said (_small_hours). Not a start whose date is written
        with it (a datetime column), nor a row whose end gives its own date."""
        if (start.time_header is None or self.mapping.fields.end.column is not None
                or self.n < 2):
            return
        times = start.codes[-1]
        codes, firsts = np.unique(times, return_index=True)
        by_code = np.full(int(codes[-1]) + 2, np.nan)  # a code's minutes at code + 1
        by_code[codes + 1] = [minutes_of(start.time[pos]) for pos in firsts.tolist()]
        by_code[0] = np.nan  # a blank time cell (one a date cell gave: read with its date)
        if not may_run_into_the_night(by_code.tolist()):
            return
        moved = night_after_evening(start.codes[0], by_code[times + 1], self._tab_of_rows())
        if end_date is not None:
            moved &= end_date.blank
        for pos in np.flatnonzero(moved).tolist():
            time = start.time[pos]
            start.time[pos] = convert.NextDayTime(time.hour, time.minute, time.second)
            night = dt.datetime.combine(start.date[pos] + _ONE_DAY, time)
            self.add(pos, start.time_header, self.cell(start.time_header, pos),
                     "night-after-evening", night_after_message(
                         self._written(start.time_header, pos), start.time_header, night,
                         start.date_header), "warning")
        start.codes.append(moved.astype(np.intp))  # read apart from the same cells as written

    def _tab_of_rows(self) -> Codes:
        """Each row's tab, by its place among the sheets read."""
        tab_of: Codes = np.zeros(self.n, dtype=np.intp)
        for tab, (first, count, _) in enumerate(self.sheet_pieces):
            tab_of[first:first + count] = tab
        return tab_of

    def _read_end(self) -> tuple[Column, Column | None]:
        """The end's one column (a time, a datetime or a duration), and the end-date column."""
        end_field = self.mapping.fields.end
        order = self.mapping.date_order
        end_time = self.column("end", end_field.time_column,
                               _range_end(self._time_range_reader())
                               if self._times_in_one_column() else
                               self._bare_hours_read(end_field.time_column, _not_a_range(
                                   self._end_within_a_day(), str(end_field.time_column),
                                   order)),
                               "a time")
        end_dt = self.column("end", end_field.column,
                             _range_end_moment(order, told=not end_field.values)
                             if self._datetimes_in_one_column() else
                             lambda c: convert.parse_end_datetime(c, order), "a date and time")
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
        return _range_start(self._time_range_reader(), lone_starts=self._lone_starts())

    def _time_range_reader(self) -> Callable[[Any], tuple[dt.time, dt.time]]:
        """Reads the cells of the start's and end's one time column, its bare hours as a
        grid's slots where the column writes them so (`9-10`, `10-11`)."""
        header = self.bound.header(self.mapping.fields.start.time_column)
        return convert.time_range_reader(lambda: self.frame[header].unique())

    def _lone_starts(self) -> bool:
        """Whether a blank end is given by the mapping: the next start, or `minutes`."""
        end = self.mapping.fields.end
        return end.until_next or end.minutes is not None

    def _blank_lone_starts(self, ranges: Column, said: str) -> None:
        """A range's cell with one time gives no end: as a blank end cell, the next start
        (until_next) or `minutes` gives it, as `said`. One whose end is not confirmed yet
        (`9:00 - TBC`) is warned of, as its session is sent with an end the sheet does not
        give."""
        for code, cell in enumerate(ranges.cells):
            if ranges.distinct[code] is not None:
                continue
            unconfirmed = convert.end_not_confirmed(cell)
            if unconfirmed is None and convert.lone_start(cell) is None:
                continue
            rows = ranges.codes == code
            ranges.blank[rows] = True
            if unconfirmed is not None:
                for pos in np.flatnonzero(rows).tolist():
                    self.add(pos, ranges.header, cell, "end-not-confirmed",
                             f"{ranges.header!r} has {cell!r}, whose end {unconfirmed[1]!r} is "
                             f"not confirmed yet: the session is sent {said} "
                             "until its end is written in, like 9:00 - 10:30.", "warning")

    def _end_at_next_starts(self, start: When, end: Column, starts: Objects, ends: Objects,
                            all_days: Objects, headings: Mask | None) -> None:
        """until_next: a timed session with no end ends when the next later session on its
        local day and tab starts, across rooms (parallel sessions share their slots); the
        day's last ones `last_minutes` after they start, or, without it, no-next-start.

        Every row whose start was read is a next start, though another of its cells is in
        error (its end, its title): the session is there, only not sent until fixed. Not an
        all-day row, nor a section heading (a lone time, a lone title)."""
        setting = self.mapping.fields.end
        sessions = [pos for pos in range(self.n) if starts[pos] is not None and not all_days[pos]
                    and not (headings is not None and headings[pos])]
        tab_of = self._tab_of_rows()
        day_of = {pos: (int(tab_of[pos]), self._programme_day(pos, starts[pos]))
                  for pos in sessions}
        next_starts: dict[tuple[int, dt.date], list[dt.datetime]] = {}
        for pos in sessions:
            next_starts.setdefault(day_of[pos], []).append(starts[pos])
        slots = {day: sorted(set(moments)) for day, moments in next_starts.items()}
        last = None if setting.last_minutes is None else dt.timedelta(
            minutes=setting.last_minutes)
        for pos in sessions:
            if ends[pos] is not None or not end.blank[pos]:
                continue  # an end of its own, or a cell in error (reported)
            day = slots.get(day_of[pos], [])
            later = bisect.bisect_right(day, starts[pos])
            if later < len(day):
                ends[pos] = day[later]
            elif last is not None:
                ends[pos] = starts[pos] + last
            else:
                self._report_no_next_start(pos, start, end, starts[pos])

    def _programme_day(self, pos: int, start_utc: dt.datetime) -> dt.date:
        """The day whose programme a session is on: its start's local date, or the day
        before for a start written past midnight on it (25:00)."""
        return start_utc.astimezone(self.zone).date() - _ONE_DAY * int(self.late_starts[pos])

    def _report_no_next_start(self, pos: int, start: When, end: Column,
                              start_utc: dt.datetime) -> None:
        local = start_utc.astimezone(self.zone)
        header = start.time_header or start.date_header
        day = (f"{self._programme_day(pos, start_utc):%Y-%m-%d}"
               + (" of its tab" if self.row_sheets[pos] else ""))
        at = f"{local.hour + 24}:{local:%M}" if self.late_starts[pos] else f"{local:%H:%M}"
        fill = f"fill in its end in {end.header!r}" if end.header else (
            "add an end column (time_column, column or duration_column)")
        self.add(pos, header, f"{local:%Y-%m-%d %H:%M}", "no-next-start",
                 f"the session starts at {at}, the last start on {day}, so no next "
                 "session gives its end (until_next); give the day's last sessions a length "
                 f"with last_minutes = 60 under [fields.end], or {fill}.")

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

    def _typed_pair(self, pos: int, start: When, end: Column, time: dt.time,
                    end_time: dt.time) -> tuple[dt.time, dt.time] | None:
        """Start and end times typed as text in two columns, read as a range's two ends
        are: '2:00' then '3:30 PM' is 2 PM to 3:30 PM, not 2 AM; '2:30 PM' then '3:30' ends
        at 3:30 PM. None, with an issue, when the pair is refused as such a range is."""
        if start.time_header is None or start.time_header == end.header:
            return time, end_time  # a range in one cell: read as one already
        cells = self.cell(start.time_header, pos), self.cell(end.header, pos)
        if not all(isinstance(cell, str) for cell in cells):
            return time, end_time  # a workbook's time cells: no am/pm to read
        try:
            return _time_pair(*cells)
        except convert.RangeRefused as refused:
            self.add(pos, start.time_header, cells[0], refused.code,
                     f"{start.time_header!r} has {self._written(start.time_header, pos)} and "
                     f"{end.header!r} has {self._written(end.header, pos)}, which are not a "
                     f"start and end time: {refused.hint}.")
            return None
        except CellError:
            # Each cell reads alone, but not as a range's two ends (two bare hours, an end
            # before the start): the times as each cell gives them, which the end-before-start
            # check then weighs, naming both cells.
            return time, end_time

    def _all_day_start(self, pos: int, start: When, end: Column, end_day: dt.date | None,
                       end_date: Column | None, timed_by: str | None) -> dt.datetime | None:
        """An all-day session's start: midnight of its day. It has that day only, so a later
        last day (in the end or end-date column) is warned about, not sent; for a row with
        times that the all_day column `timed_by` makes all-day, the warning says to unflag it."""
        date = start.date[pos]
        midnight = self.utc(pos, start.time_header or start.date_header,
                            dt.datetime.combine(date, dt.time(0)))
        last_day, header = ((end_day, end.header) if end_day is not None else
                            (end_date.values[pos], end_date.header) if end_date is not None
                            else (None, None))
        if last_day not in (None, date) and not _midnight_after(date, last_day,
                                                                end.values[pos]):
            self.add(pos, header, last_day, "all-day-end-date",
                     f"{header!r} gives a later day, which an all-day session cannot "
                     f"have: it is sent on {date:%Y-%m-%d} only. For an event over several "
                     f"days, give it a row per day, or {_timed_instead(timed_by)}.",
                     severity="warning")
        return midnight

    def _warn_of_a_time_in_the_date(self, pos: int, start: When) -> None:
        """A workbook date cell holding a time ('5/11/2027 9:30' typed, then formatted as a
        date) on a row read as all-day for want of a start time. The time is not used, as
        the sheet does not show it, but is not dropped without a word."""
        header = start.date_header
        cell = self.cell(header, pos) if header is not None else None
        if not isinstance(cell, dt.datetime):
            return
        moment = convert.whole_second(cell)
        if moment.time() == dt.time(0):
            return
        held = (f"{header!r} holds {moment:%Y-%m-%d %H:%M}, with a time (which a date format "
                "hides), but ")
        sent = f", so the session is sent as all-day on {moment:%Y-%m-%d}. "
        if start.time_header is not None:
            end_header = self.bound.header(self.mapping.fields.end.time_column)
            message = (f"{start.time_header!r} is blank{sent}For a session at "
                       f"{moment:%H:%M}, put that time in {start.time_header!r}"
                       + (f" and its end in {end_header!r}" if end_header else "")
                       + "; for an all-day one, retype the date without its time.")
        else:
            message = (f"the mapping reads only its date{sent}If the column holds each "
                       f"session's start, map it as column = \"{header}\" under [fields.start] "
                       "(not date_column); for an all-day session, retype the date without "
                       "its time.")
        self.add(pos, header, f"{moment:%Y-%m-%d %H:%M}", "time-in-date", held + message,
                 severity="warning")

    def _report_missing_start_time(self, pos: int, start: When, all_day_col: Column | None,
                                   *, has_end: bool) -> None:
        """A session that is not all-day but has no start time."""
        if start.time_header and not start.time_blank[pos]:
            return  # unreadable, already reported
        if has_end:
            header = start.time_header or start.date_header
            self.add(pos, header, None, "missing-required",
                     f"{header!r} has no start time but the session has an end; fill in "
                     "both times, or neither for an all-day session.")
        else:  # no times at all, which would make it all-day, but all_day says no
            assert all_day_col is not None
            if not all_day_col.header:  # all_day by its default alone: no column to name
                self.add(pos, None, None, "missing-required",
                         "the mapping's all_day default says no, but the session has no "
                         "times; give its start and end times, or take default = false out "
                         "of [fields.all_day].")
                return
            self.add(pos, all_day_col.header, False, "missing-required",
                     f"{all_day_col.header!r} says no, but the session has no times; "
                     f"give its start and end times, or set {all_day_col.header!r} to yes.")

    def _end_utc(self, pos: int, start: When, start_utc: Any, end: Column, value: Any,
                 end_date: Column | None, start_time: dt.time | None) -> Any:
        """The end in UTC; `start_time` the start's local time as read (with its end's
        half of the day, for two time columns read as a pair)."""
        date = start.date[pos]
        if isinstance(value, dt.timedelta):
            return None if start_utc is None else start_utc + value
        if isinstance(value, tuple):  # a datetime column: (date, time)
            if value[1] is None:
                example = convert.date_example(self.mapping.date_order).split()[0]
                self.add(pos, end.header, end.values[pos][0], "bad-datetime",
                         f"{end.header!r} has a date but no time; write it like "
                         f"{example} 10:00 AM.")
                return None
            local = on_its_day(*value)  # '5/11/2027 25:00': 1:00 on May 12
            if (self._datetimes_in_one_column() and isinstance(value[1], convert.NextDayTime)
                    and start_time is not None
                    and not isinstance(start_time, convert.NextDayTime)):  # 19:00 → 1:00
                self._warn_of_a_lost_two(pos, start, end, start_time.replace(tzinfo=None), local)
        else:
            day = end_date.values[pos] if end_date is not None else None
            if end_date is not None and day is not None and day < date:
                self.add(pos, end_date.header, day, "end-before-start",
                         f"{end_date.header!r} has {self._written(end_date.header, pos)}, "
                         f"before the session's date {self._start_date_said(start, pos)}; "
                         "fix one of the two.")
                return None
            if isinstance(value, convert.NextDayTime) and day == date + _ONE_DAY:
                local = dt.datetime.combine(day, value)  # 25:30 with the next day said already
            elif day is None and _ends_the_morning_after(start_time, value):
                local = dt.datetime.combine(date + _ONE_DAY, value)  # 25:00 to 2:00: next day
            else:
                local = on_its_day(day or date, value)
            if (day is None and not isinstance(value, convert.NextDayTime)
                    and convert.ends_in_the_night_after(start_time, value)):
                local += dt.timedelta(days=1)
                self._warn_of_a_lost_two(pos, start, end, start_time, local)
        end_utc = self.utc(pos, end.header, local)
        if start_utc is not None and end_utc is not None and end_utc < start_utc:
            start_header = start.time_header or start.date_header
            assert start_header is not None  # a date or datetime column, or sheet dates' time
            self._end_before_start(pos, end.header, local, start_utc, start_header,
                                   dated_end=isinstance(value, tuple))
        return end_utc

    def _warn_of_a_lost_two(self, pos: int, start: When, end: Column,
                            start_time: dt.time | None, local: dt.datetime) -> None:
        """An end typed on the 24-hour clock that was read in the night after, where one
        keystroke more makes it an evening end after the start: `19:00 - 1:00` may be a
        late show till 01:00 or a typo for 21:00. A sheet of late shows (`23:00 - 2:00`,
        `22:00 - 01:00`) gets no warning, nor a start or end written with am or pm
        (`7:00 PM - 1:00`, `10 PM - 2 AM`), nor a workbook's time cell."""
        cell = self.cell(end.header, pos)
        start_cell = self.cell(start.time_header, pos) if start.time_header else None
        if not isinstance(cell, str) or start_time is None or any(
                isinstance(text, str) and convert.writes_half_of_day(text)
                for text in (cell, start_cell)):
            return
        written = self._end_text(cell)
        evening = convert.lost_leading_two(written, start_time) if written else None
        if evening is None:
            return
        self.add(pos, end.header, cell, "night-end", (
            f"{end.header!r} has {cell!r}, read as ending at {local:%H:%M} in the night after, "
            f"on {local:%A} {local.day} {local:%B %Y}: if it ends at {evening:%H:%M} the same "
            f"evening, write {evening:%H:%M}; if it runs past midnight, write {local:%H:%M} "
            "(with its 0) to say so."), severity="warning")

    def _end_text(self, cell: str) -> str | None:
        """The end's own text in an end cell: a range's in one cell, after its dash."""
        if self._times_in_one_column():
            return convert.range_end_text(cell)
        if self._datetimes_in_one_column():
            return convert.datetime_range_end_text(cell)
        return cell

    def _start_date_said(self, start: When, pos: int) -> str:
        """Where the session's date is: its cell, or its sheet's date (sheet_dates)."""
        if start.date_header is None:
            return f"({start.date[pos]:%Y-%m-%d}, from its sheet)"
        return f"in {start.date_header!r} ({self._written(start.date_header, pos)})"

    def _end_before_start(self, pos: int, header: str, end_local: dt.datetime,
                          start_utc: dt.datetime, start_header: str, *,
                          dated_end: bool) -> None:
        """`dated_end`: the end column gives its own date, so that is where the fix goes."""
        start_local = start_utc.astimezone(self.zone)
        if end_local.tzinfo is not None:
            end_local = end_local.astimezone(self.zone)
        end_date = self.mapping.fields.end_date
        end_date_header = self.bound.header(end_date.column if end_date else None)
        if dated_end:
            fix = f"fix the date or time in {header!r}"
        elif end_date_header:
            fix = f"if it runs past midnight, put the next day in {end_date_header!r}"
        elif end_date:  # optional, and the sheet lacks it (the template's 'End Date ...')
            fix = (f"fix the end time, or if it runs past midnight, add a column "
                   f"{end_date.column!r} and put the next day in it")
        else:
            fix = ("fix the end time, or if it runs past midnight, give the mapping a "
                   "[fields.end_date] column and put the next day in it")
        if start_local.hour < 12 and end_local.time() == dt.time(0) and isinstance(
                cell := self.cell(header, pos), str) and twelve_am(self._end_text(cell) or ""):
            fix = f"{NOON_NOT_MIDNIGHT}; otherwise {fix}"  # a morning 'till 12:00 AM'
        # The cells as the sheet writes them, and what they were read as: a date read in the
        # other day/month order than meant shows there.
        cells = f"{header!r} has {self._written(header, pos)}" + (
            "" if start_header == header else
            f" and {start_header!r} has {self._written(start_header, pos)}")
        self.add(pos, header, f"{end_local:%Y-%m-%d %H:%M}", "end-before-start",
                 f"the session ends before it starts: {cells} (read as "
                 f"{end_local:%Y-%m-%d %H:%M} and {start_local:%Y-%m-%d %H:%M}); {fix}.")

    def _written(self, header: str, pos: int) -> str:
        """The cell as the sheet writes it, quoted; a workbook's real date or time cell (its
        display format is not read) unquoted, as the date or time it holds."""
        cell = self.cell(header, pos)
        if isinstance(cell, dt.datetime):
            return f"{cell:%Y-%m-%d %H:%M}"
        if isinstance(cell, dt.date | dt.time):
            return cell.strftime("%Y-%m-%d" if isinstance(cell, dt.date) else "%H:%M")
        return repr(cell_said(cell))

    def _end_within_a_day(self) -> Parser:
        """The end column's parser, saying where an end past 29:59 puts its next day. On a
        sheet a tab per day, a row whose start is past midnight too moves to the next day's
        tab, as the start's message says; its end then needs no end date."""
        place = self._end_day_place()
        start, end_date = self.mapping.fields.start, self.mapping.fields.end_date
        dated_by_tabs = start.sheet_dates or start.date_from_sheet_name
        if dated_by_tabs and self.bound.header(end_date.column if end_date else None) is None:
            return _next_day_in(convert.parse_end_time, place, or_next_sheet=True)
        return _next_day_in(convert.parse_end_time, place)

    def _end_day_place(self) -> str:
        """Where an end past midnight puts its next day: the end-date column."""
        end_date = self.mapping.fields.end_date
        if header := self.bound.header(end_date.column if end_date else None):
            return repr(header)
        if end_date:  # optional, and the sheet lacks it (the template's 'End Date ...')
            return f"a new column {end_date.column!r}"
        return "a [fields.end_date] column added to the mapping"

    @property
    def read_local_times(self) -> bool:
        """Whether any wall time was read in the zone (times with an offset are not)."""
        return bool(self.utc_cache)

    def utc(self, pos: int, header: str | None, local: dt.datetime) -> dt.datetime | None:
        """Local wall time -> UTC, once per distinct local time; DST gaps/folds are errors.

        A moment the sheet gave with its own offset (`...T14:00Z`) is an instant already.
        """
        if local.tzinfo is not None:
            return local.astimezone(zones.UTC)
        result = self.utc_cache.get(local)
        if result is None:
            try:
                result = zones.local_to_utc(local, self.zone)
            except CellError as error:
                result = error
            self.utc_cache[local] = result
        if isinstance(result, CellError):
            where = ""
            if header is not None:  # the cell as written, when the time is written in it
                blank = cell_text(self.cell(header, pos)) is None
                where = (f"in {header!r}, " if blank else
                         f"{header!r} has {self._written(header, pos)}, and ")
            self.add(pos, header, f"{local:%Y-%m-%d %H:%M}", result.code,
                     where + result.hint + ".")
            return None
        return result

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
                           else lambda c: convert.parse_datetime_cell(c, order),
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
                when.time_column, _not_a_range(_next_day_in(
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
                when.time_column, _not_a_range(
                    _next_day_on_the_next_sheet(convert.parse_late_time, one_day),
                    str(when.time_column), self.mapping.date_order)), "a time")
        assert times_col is not None  # the mapping requires it with sheet dates
        dates, date_codes = self._sheet_dates(when)
        return When(None, times_col.header, dates, list(times_col.values),
                    times_col.blank.copy(), [date_codes, times_col.codes])

    def _sheet_dates(self, when: StartField) -> tuple[list[Any], Codes]:
        """Each row's date, its sheet's; every row of a sheet the mapping gives no date
        gets a no-sheet-date error saying why. Codes: which sheet, -1 for none."""
        dates: list[Any] = [None] * self.n
        codes: Codes = np.full(self.n, -1, dtype=np.intp)
        several = len(self.sheet_pieces) > 1  # then rows are named with their sheet
        for code, (first, count, name) in enumerate(self.sheet_pieces):
            date = sheet_date(name, when, several=several)
            if isinstance(date, str):
                for pos in range(first, first + count):
                    self.add(pos, None, name, "no-sheet-date", date)
                continue
            dates[first:first + count] = [date] * count
            codes[first:first + count] = code
        return dates, codes

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
        no such times (room numbers, counts mapped by mistake) it stays refused."""
        header = self.bound.header(column)
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

    def _times_in_one_column(self) -> bool:
        """Start and end times mapped to one column: each cell is a range (9:00 - 10:30)."""
        start, end = self.mapping.fields.start, self.mapping.fields.end
        return start.time_column is not None and (
            self.bound.header(start.time_column) == self.bound.header(end.time_column))

    def _datetimes_in_one_column(self) -> bool:
        """Start and end mapped to one datetime column: each cell is a range, as Notion
        exports a date with an end (May 11, 2027 9:00 AM → 10:30 AM)."""
        start, end = self.mapping.fields.start, self.mapping.fields.end
        return start.column is not None and (
            self.bound.header(start.column) == self.bound.header(end.column))

    def _check_date_order(self, column: Column) -> None:
        """Dates valid only in the other order mean the whole column's order is in doubt."""
        order = self.mapping.date_order
        other = convert.other_order(order)
        if order == "month-first" and (dotted := self._first_dotted_date(column)):
            text, pos = dotted
            self.sheet_issue(
                column.header, "ambiguous-date-order",
                f"{column.header!r} writes dates with dots (e.g. {text!r} on "
                f"{row_ref(self.row_numbers[pos], self.row_sheets[pos])}), which "
                "are day-first wherever they are used, but the mapping reads dates month-first. "
                'Set date_order = "day-first" in the mapping, or write dates as 2027-05-11.',
                severity="error")
            return
        for text, positions in column.failed_texts.items():
            readings = convert.numeric_date_readings(text.partition(" ")[0])
            if other in readings and order not in readings:
                self.sheet_issue(
                    column.header, "ambiguous-date-order",
                    f"{column.header!r} has dates that only make sense {other} (e.g. {text!r} "
                    f"on {row_ref(self.row_numbers[positions[0]], self.row_sheets[positions[0]])}"
                    "), but the mapping reads dates "
                    f"{order}, so other dates in this column may be misread too. Set "
                    f'date_order = "{other}" in the mapping, or write dates as 2027-05-11.',
                    severity="error")
                return
        self._warn_of_days_months_apart(column)

    def _warn_of_days_months_apart(self, column: Column) -> None:
        """Every date reads both ways (03/04/2027, 04/04/2027, 05/04/2027), and the mapping's
        order puts them months apart where the other gives days in a row: the dates of a
        workbook saved as CSV by Excel outside the US, read as Guidebook's template writes
        them. Said, not guessed: a monthly meetup's dates read so too."""
        order = self.mapping.date_order
        other = convert.other_order(order)
        read: dict[str, set[dt.date]] = {order: set(), other: set()}
        for cell in column.cells:
            if not isinstance(cell, str):
                continue  # a workbook's date cell: no order to doubt
            readings = convert.numeric_date_readings(cell.strip().partition(" ")[0])
            if order not in readings or other not in readings:
                if readings:
                    return  # one date gives the order away
                continue
            read[order].add(readings[order])
            read[other].add(readings[other])
        if len(read[order]) < 2 or any(  # already said, of the start's column
                issue.code == "dates-months-apart" and issue.column == column.header
                for issue in self.sheet_issues):
            return
        span, other_span = (max(read[o]) - min(read[o]) for o in (order, other))
        if span.days >= MONTHS_APART_DAYS and other_span.days <= DAYS_IN_A_ROW_DAYS:
            self.sheet_issue(
                column.header, "dates-months-apart",
                f"{column.header!r} has dates that read both ways; read {order}, as the "
                f"mapping says, they are months apart ({_span(read[order])}), where read "
                f"{other} they fall within {other_span.days + 1} days "
                f"({_span(read[other])}). If the sheet writes them {other} (as Excel saves a "
                f'CSV outside the US), set date_order = "{other}" in the mapping (gbimport '
                "draft-mapping drafts a mapping with it), or write dates as 2027-05-11.")

    def _first_dotted_date(self, column: Column) -> tuple[str, int] | None:
        """A cell like 11.05.2027: read month-first it would silently be 5 November. The
        cell, and the position of the first row holding it."""
        for code, cell in enumerate(column.cells):
            if isinstance(cell, str) and "." in cell and convert.DOTTED_DATE.match(cell.strip()):
                pos = int(np.argmax(column.codes == code))  # the first row holding it
                return cell.strip(), pos
        return None

    def moment_at(self, pos: int, when: When) -> Any:
        date, time = when.date[pos], when.time[pos]
        if date is None:
            return None
        return self.utc(pos, when.time_header or when.date_header,
                        on_its_day(date, time or dt.time(0)))


_ONE_DAY = dt.timedelta(days=1)


def on_its_day(date: dt.date, time: dt.time) -> dt.datetime:
    """The wall time a row's date and time give: a time written past midnight on the day
    before (25:30, a NextDayTime) is on the next day."""
    moment = dt.datetime.combine(date, time)
    return moment + _ONE_DAY if isinstance(time, convert.NextDayTime) else moment


# A programme repeats its time slots day after day: each pair of texts is read once.
_time_pair = lru_cache(maxsize=4096)(convert.time_pair)


def _kept_on_the_next_day(start: dt.time, read: dt.time) -> dt.time:
    """A start read again with its end (`_typed_pair`) stays on the next day when it was
    there already (read in the night after its evening, _small_hours)."""
    if isinstance(start, convert.NextDayTime) and not isinstance(read, convert.NextDayTime):
        return convert.NextDayTime(read.hour, read.minute, read.second)
    return read


def _the_same_time(time: dt.time, other: dt.time) -> bool:
    """Whether two times of a row's day are one: `25:00` (1:00 the next day) is not `1:00`."""
    next_day = isinstance(time, convert.NextDayTime), isinstance(other, convert.NextDayTime)
    return time == other and next_day[0] == next_day[1]


def _ends_the_morning_after(start: dt.time | None, end: dt.time) -> bool:
    """Whether an end written within the day (`2:00`, `10:00`), given no end date, is on the
    date of a start written past midnight (`25:00`): within LONGEST_GUESSED of it, as any end
    read in the night after is. `25:00` to `23:00`, 22 hours, stays an end before the start,
    as it was written on the row's day (a typo more likely than a session that long)."""
    if not isinstance(start, convert.NextDayTime):
        return False
    day = dt.date(2000, 1, 1)
    after_start = dt.datetime.combine(day, end) - dt.datetime.combine(day, start)
    return after_start <= convert.LONGEST_GUESSED


def _not_a_range(parse: Parser, column: str, order: convert.DateOrder) -> Parser:
    """`parse` for a start's or an end's own time column, saying of a cell it refuses that
    reads as a start and an end (`9:00 - 10:00`, `2027-05-11 09:00 - 10:30`) how the mapping
    reads such a column."""
    def parse_one_time(cell: Any) -> Any:
        try:
            return parse(cell)
        except CellError as error:
            key = ("time_column" if convert.is_time_range(cell) else
                   "column" if convert.is_datetime_range(cell, order) else None)
            if key is None:
                raise error from None
            raise CellError(error.code, "it is a start and an end: to read both, map the "
                            f"start's and the end's {key} to {column!r} ([fields.start] "
                            f"{key} = {toml_value(column)} and [fields.end] "
                            f"{key} = {toml_value(column)}"
                            + (", in place of their date_column and time_column)"
                               if key == "column" else ")")) from None
    return parse_one_time


def _next_day_in(parse: Parser, where: str, *, or_next_sheet: bool = False) -> Parser:
    """`parse`, saying that a time past midnight (25:00) takes its next day in `where`; with
    `or_next_sheet` (an end on a tab-dated sheet), or on the next day's sheet with its row,
    when the start is past midnight too."""
    def parse_within_a_day(cell: Any) -> Any:
        try:
            return parse(cell)
        except convert.PastMidnightError as error:
            if or_next_sheet:
                raise CellError(error.code, f"{error.said()}; write it as {error.within_day} "
                                "and, if the session starts past midnight too, move the row "
                                "to the next day's sheet; if not, put the next day in "
                                f"{where}") from None
            raise CellError(error.code, error.next_day_hint(where)) from None
    return parse_within_a_day


def _next_day_on_the_next_sheet(parse: Parser, one_day: bool) -> Parser:
    """`parse`, saying that a start past midnight (24:30) goes on the next day's sheet; with
    `one_day` (the mapping's `date`, no sheet per day) that a date column must give it."""
    def parse_within_a_day(cell: Any) -> Any:
        try:
            return parse(cell)
        except convert.PastMidnightError as error:
            if one_day:
                raise CellError(error.code, f"{error.said()}; write it as {error.within_day} "
                                "on the next day, which the mapping's one date (date under "
                                "[fields.start]) cannot give: add a date column and map it as "
                                "date_column instead") from None
            raise CellError(error.code, f"{error.said()}; write it as {error.within_day} "
                            "and move the row to the next day's sheet") from None
    return parse_within_a_day


# What a planner can do about a blank end, where the end column is optional on some rows (a
# template's 'sluttid'): the mapping can give those rows their end.
_BLANK_END_WAYS_OUT = (
    "fill it in, or give blank ends a length with minutes = 60 under [fields.end], or end each "
    "session as the next one starts with until_next = true there (or leave both times blank "
    "for an all-day session).")


def _range_start(read: Callable[[Any], tuple[dt.time, dt.time]], lone_starts: bool) -> Parser:
    """The start of a range. A cell with one time is a start whose end the next session's
    start gives when `lone_starts` (until_next), and otherwise refused saying how to fix it."""
    def start_of(cell: Any) -> dt.time:
        try:
            return read(cell)[0]
        except convert.LoneStart as lone:
            if lone_starts:
                return lone.start
            raise CellError(lone.code, f"{lone.hint}; or give such starts a length with "
                            "minutes = 120 (say) under [fields.end], or end each as the next "
                            "session starts with until_next = true there") from None
    return start_of


def _range_end_moment(order: convert.DateOrder, *, told: bool) -> Parser:
    """The end of a datetime range; None when unreadable and `told`, as reading the start
    reports it. An end giving `values` of its own may read a cell otherwise (a day they
    leave out): such a cell's error is the end's to report."""
    def end_of(cell: Any) -> convert.Moment | None:
        try:
            return convert.parse_datetime_range(cell, order)[1]
        except CellError:
            if told:
                return None
            raise
    return end_of


def _range_end(read: Callable[[Any], tuple[dt.time, dt.time]]) -> Parser:
    """The end of a range; None when unreadable, as reading the start reports the cell."""
    def end_of(cell: Any) -> dt.time | None:
        try:
            return read(cell)[1]
        except CellError:
            return None
    return end_of


def _timed_instead(timed_by: str | None) -> str:
    """How an all-day row over several days keeps its times: unflagged, when it has them."""
    if timed_by is None:
        return "start and end times"
    return (f"set {timed_by!r} to no to send it from its start time to its end time on its "
            "last day")


def _midnight_after(date: dt.date, last_day: Any, end_time: Any) -> bool:
    """An end at midnight the day after, as a calendar writes an all-day event's (Outlook's
    End Time 12:00:00 AM on the next day's End Date): the end of its one day, no second day."""
    return bool(end_time == dt.time(0) and last_day == date + dt.timedelta(days=1))
