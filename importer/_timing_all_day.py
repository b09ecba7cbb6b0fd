"""All-day sessions: a row with no times, or one its all_day column flags, and what is said
of a later last day, a time hidden in a date cell, or a start time missing."""

from __future__ import annotations

import datetime as dt
from typing import Any

from importer import convert
from importer._columns import Column, When
from importer._timing_base import TimingBase


class AllDayTiming(TimingBase):
    """An all-day session's start, and the warnings on rows read as all-day or not."""

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
