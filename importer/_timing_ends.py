"""An end weighed against its start: an end in the night after, an end before its start, two
time columns read as one range, and a start in the small hours listed after its evening."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any

import numpy as np

from importer import convert
from importer._columns import Column, When
from importer._reading_slips import NOON_NOT_MIDNIGHT, twelve_am
from importer._repeated_hour import WrittenZone
from importer._small_hours import (
    may_run_into_the_night,
    minutes_of,
    night_after_evening,
    night_after_message,
)
from importer._timing_base import ONE_DAY, TimingBase, on_its_day
from importer.convert import CellError

# A programme repeats its time slots day after day: each pair of texts is read once.
_time_pair = lru_cache(maxsize=4096)(convert.time_pair)


class EndsTiming(TimingBase):
    """Each end in UTC, and what is said of it against its start."""

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
            if start.date[pos] is None:  # a date that does not read (13/5/2027, month-first)
                moved[pos] = False  # has no night after: its bad-date error is the row's
                continue
            time = start.time[pos]
            start.time[pos] = convert.NextDayTime(time.hour, time.minute, time.second)
            night = dt.datetime.combine(start.date[pos] + ONE_DAY, time)
            self.add(pos, start.time_header, self.cell(start.time_header, pos),
                     "night-after-evening", night_after_message(
                         self._written(start.time_header, pos), start.time_header, night,
                         start.date_header), "warning")
        start.codes.append(moved.astype(np.intp))  # read apart from the same cells as written

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
            if isinstance(value, convert.NextDayTime) and day == date + ONE_DAY:
                local = dt.datetime.combine(day, value)  # 25:30 with the next day said already
            elif day is None and _ends_the_morning_after(start_time, value):
                local = dt.datetime.combine(date + ONE_DAY, value)  # 25:00 to 2:00: next day
            else:
                local = on_its_day(day or date, value)
            if (day is None and not isinstance(value, convert.NextDayTime)
                    and convert.ends_in_the_night_after(start_time, value)):
                local += dt.timedelta(days=1)
                self._warn_of_a_lost_two(pos, start, end, start_time, local)
        end_utc = self.utc(pos, end.header, local)
        if start_utc is not None and end_utc is not None and end_utc < start_utc:
            dated = isinstance(value, tuple) or (end_date is not None
                                                 and end_date.values[pos] is not None)
            if not dated and (closing := self._closing_midnight(pos, end.header, local,
                                                                 start_utc)):
                return closing  # 'noon - midnight'
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

    def _closing_midnight(self, pos: int, header: str, local: dt.datetime,
                          start_utc: dt.datetime) -> dt.datetime | None:
        """An end without a date of its own read before its start, written 'midnight' in
        words: the midnight that closes the start's day, however long the session (a fair's
        'noon - midnight'), as an evening's '22:00 - midnight' is read already. None for
        another end, or a start in the small hours (1:00 or 25:00), a night's, not a day's."""
        cell = self.cell(header, pos)
        if not (local.time() == dt.time(0) and isinstance(cell, str)
                and start_utc.astimezone(self.zone).time() >= convert.NIGHT_ENDS
                and convert.says_midnight(self._end_text(cell) or "")):
            return None
        closing: dt.datetime | None = self.utc(pos, header, local + ONE_DAY)
        return closing if closing is not None and closing >= start_utc else None

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
        if isinstance(end_local.tzinfo, WrittenZone):  # '02:45 CEST': the time written
            end_local = end_local.replace(tzinfo=None)
        elif end_local.tzinfo is not None:
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
