"""Starts with no end of their own: a range's cell with one time (`9:00`, `9:00 - TBC`), and
until_next ending each session when the next one on its day starts."""

from __future__ import annotations

import bisect
import datetime as dt

import numpy as np

from importer import convert
from importer._checks import Mask
from importer._columns import Column, When
from importer._timing_base import ONE_DAY, Objects, TimingBase


class UntilNextTiming(TimingBase):
    """Lone starts, and the ends until_next gives them."""

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
        return start_utc.astimezone(self.zone).date() - ONE_DAY * int(self.late_starts[pos])

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
