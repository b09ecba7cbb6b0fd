"""Drafts the end: a column named for it, a duration (its plain numbers hours where its
header says so), or a column of dates with times named for the end's date; and the note on
sessions that last days."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from importer import convert
from importer._draft_base import DrafterBase, table
from importer._draft_cells import sample, time_or_none
from importer._draft_words import HOURS
from importer.convert import CellError, cell_text
from importer.load import normalize_header
from importer.mapping import FILL_IN


class EndsDrafter(DrafterBase):
    """The end."""

    def _end(self, date: str | None, by_cells: str | None = None) -> str:
        """[fields.end]; `by_cells` is the start's column when it was found by its cells,
        and the end may be too."""
        end = (self._take("end", ("datetime", "time")) or self._end_named_as_date()
               or self._take_mistyped_times("end"))
        if end is not None and date is not None and (
                later := self._end_days_later(date, end)) is not None:
            return later
        if end is not None:
            key = "column" if self._kind(end) == "datetime" else "time_column"
            end_table = table("end", end, column_key=key)
            end_date = self._take("end_date", ("date",)) if key == "time_column" else None
            if end_date is not None:
                self._note_days_long(date, end, end_date)
            return end_table + (table("end_date", end_date) if end_date else "")
        duration = self._take("duration")  # its name is telling enough: 'Duration', 'Length'
        start = self.chosen.get("start")
        if duration is not None and start is not None and self._times_after(start, duration):
            # Read as lengths, '21:30' beside '20:00' would end each session the next day.
            self.chosen["end"] = self.chosen.pop("duration")  # the summary names it so
            return table("end", duration, column_key="time_column", note=(
                f"{duration!r} holds times after those of {start!r}, though its name is a "
                "length's: read as the end; if they are lengths (1:30), write duration_column "
                "in place of time_column"))
        if duration is not None and (counted := self._counts_hours(duration)):
            return table("end", duration, column_key="duration_column",
                         extra='duration_unit = "hours"', note=(
                              f"{duration!r} {counted}: its plain numbers are read as hours "
                              "(1.5 is 90 minutes), a cell written with its unit (45 min) "
                              'as written; if they are minutes, write duration_unit = "minutes"'))
        if duration is not None:
            return table("end", duration, column_key="duration_column")
        if by_cells is not None and (end := self._end_by_cells(by_cells)) is not None:
            self.used.add(end)
            self.chosen["end"] = end
            return table("end", end, column_key="time_column", note=(
                f"{end!r} holds times after those of {by_cells!r}, though its name is none the "
                "draft knows: read as the end; check it is"))
        if (end := self._take_unfilled("end", self.chosen.get("start"))) is not None:
            return table("end", end, column_key="time_column")
        # A published agenda often gives start times only: each item ends as the next begins.
        until_next = (". If each session ends when the next one starts, replace the "
                      "time_column line with until_next = true, and last_minutes = 60 (the "
                      "length of each day's last sessions); if every session lasts as long, "
                      "with minutes = 120 (say)")
        if date is not None:  # all-day items: a date alone
            return table("end", FILL_IN, column_key="time_column",
                         note=self._blank("end", "the end (a time, a date and time, or a "
                                          "duration)") + until_next)
        return table("end", FILL_IN, column_key="time_column",
                     note=self._blank("end", "the end") + until_next)

    def _end_days_later(self, date: str, end: str) -> str | None:
        """[fields.end] from a column named for the end's date that holds dates with times
        ('DateEnd') beside the end's times, where it ends a session on another day than the
        date and the end's time do as validate reads them (a workshop over two nights, a
        vigil to 7:00): the end's time alone cannot say so. Where it agrees on every row
        (an end past midnight is read in the night after) it tells nothing more: unread, as
        where it is blank beside an end's time."""
        start = self.chosen.get("start")
        header = next((h for n in self.names["end_date"] if (h := self.by_name.get(n))
                       and h not in self.used and self._kind(h) == "datetime"), None)
        if start is None or header is None or self._kind(end) != "time":
            return None
        frame = self.sheet.frame
        if (frame[end].notna() & frame[header].isna()).any():
            return None  # read alone, it would lose the ends only the end's time gives
        for day, began, ended, full in zip(frame[date], frame[start], frame[end],
                                           frame[header], strict=True):
            moment, read = self._moment_in(full), self._moment(day, ended)
            if moment is None or read is None:
                continue
            if convert.ends_in_the_night_after(time_or_none(began), read.time()):
                read += dt.timedelta(days=1)
            if moment != read:
                self.used.discard(end)
                self.used.add(header)
                self.chosen["end"] = header
                return table("end", header, note=(
                    f"{header!r} ends some sessions on another day than {date!r} and {end!r} "
                    f"do ({cell_text(full)!r} where they give {read:%Y-%m-%d %H:%M}): read "
                    f"as the end, and {end!r} is not"))
        return None

    def _note_days_long(self, date: str | None, end: str, end_date: str) -> None:
        """Rows whose end_date puts their end more than a day after their start (a
        workshop's 2027-05-11 09:00 to 2027-05-13 17:00): validate sends each as one session
        over those days, not one a day, which a planner may not expect. `date` None: the
        start's column holds dates with times."""
        # Dates with times headed as a date ('DateStart') are chosen as the date.
        start = self.chosen.get("start") or (self.chosen.get("date") if date is None else None)
        if start is None:
            return
        frame = self.sheet.frame
        starts = (map(self._moment, frame[date], frame[start]) if date is not None
                  else map(self._moment_in, frame[start]))
        long = [f"{began:%Y-%m-%d %H:%M} to {ended:%Y-%m-%d %H:%M}" for began, cells in zip(
                    starts, zip(frame[end_date], frame[end], strict=True), strict=True)
                if began and (ended := self._moment(*cells))
                and ended - began > dt.timedelta(days=1)]
        if long:
            self.notes.append(
                f"{end_date!r} ends some sessions days after they start ({long[0]}): each is "
                "sent as one session from its start to its end; for a session held each day, "
                "give it a row per day")

    def _moment(self, day: Any, time: Any) -> dt.datetime | None:
        """A date cell and a time cell as one moment, or None where either does not read."""
        clock = time_or_none(time)
        if clock is None:
            return None
        try:
            return dt.datetime.combine(convert.parse_date(day, self.order), clock)
        except (CellError, ValueError, TypeError):
            return None

    def _moment_in(self, cell: Any) -> dt.datetime | None:
        """A date-and-time cell as a moment on the sheet's clock, or None where it has no
        time or does not read."""
        try:
            day, clock = convert.parse_datetime(cell, self.order)
        except (CellError, ValueError, TypeError):
            return None
        return None if clock is None else dt.datetime.combine(day, clock.replace(tzinfo=None))

    def _end_named_as_date(self) -> str | None:
        """A column named for the end's date that holds dates with times ('DateEnd' of
        '2027-05-11 10:00' beside a 'DateStart' of the same): the end itself, as end_date
        takes a date alone."""
        header = self._take("end_date", ("datetime",))
        if header is not None:
            self.chosen["end"] = self.chosen.pop("end_date")
        return header

    def _counts_hours(self, header: str) -> str | None:
        """Why a duration column's plain numbers are hours, if they are: it is headed as
        hours ('Duration (h)', 'Dauer [Std.]'), or they are all under 5 or fractions (1, 3,
        1.5, as a course timetable writes them: as minutes, each would be refused)."""
        plain = [float(text.replace(",", ".")) for c in sample(self.sheet, header)
                 if re.fullmatch(r"\d+(?:[.,]\d+)?", text := (cell_text(c) or "").strip())]
        if not plain:
            return None
        if HOURS.search(normalize_header(header)):
            return "counts hours"
        if all(n < convert.SHORTEST_PLAIN or not n.is_integer() for n in plain):
            some = ", ".join(map(_figure, sorted(set(plain))[:3]))
            return f"holds plain numbers such as {some}, too short as minutes"
        return None


def _figure(number: float) -> str:
    return str(int(number)) if number.is_integer() else str(number)
