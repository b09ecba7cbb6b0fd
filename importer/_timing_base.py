"""The timing's shared state and primitives, on which each concern's mixin builds
(`_timing_columns.py`, `_timing_ends.py`, ...) and which `_timing.py`'s `SessionTiming`
combines: the zone and the sheet's tabs, how the start and end columns are mapped, a cell as
written, and a local time to UTC."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import numpy as np

from importer import convert, zones
from importer._checks import Mask
from importer._columns import Codes, SheetColumns, When, cell_said
from importer._day_sheets import sheet_pieces
from importer._repeated_hour import WrittenZone, utc_as_written, without_its_day
from importer.convert import CellError, cell_text
from importer.load import Sheet
from importer.mapping import BoundMapping

Objects = np.ndarray[Any, np.dtype[np.object_]]  # one value a row: a moment, None, a bool

ONE_DAY = dt.timedelta(days=1)


def on_its_day(date: dt.date, time: dt.time) -> dt.datetime:
    """The wall time a row's date and time give: a time written past midnight on the day
    before (25:30, a NextDayTime) is on the next day."""
    moment = dt.datetime.combine(date, time)
    return moment + ONE_DAY if isinstance(time, convert.NextDayTime) else moment


class TimingBase(SheetColumns):
    """The state of reading the timing fields, and the primitives each mixin uses."""

    def __init__(self, sheet: Sheet, bound: BoundMapping, zone: ZoneInfo) -> None:
        super().__init__(sheet, bound, zone)
        self.sheet_pieces = sheet_pieces(sheet)
        self.utc_cache: dict[dt.datetime, dt.datetime | CellError] = {}
        no_moments = np.full(self.n, np.nan)
        self.start_seconds, self.end_seconds = no_moments, no_moments  # set by read_timing
        # Rows whose start is written past midnight on the day before (25:00): set by
        # read_timing. Such a start is on its row's day's programme, though on the next date.
        self.late_starts: Mask = np.zeros(self.n, dtype=bool)

    def _tab_of_rows(self) -> Codes:
        """Each row's tab, by its place among the sheets read."""
        tab_of: Codes = np.zeros(self.n, dtype=np.intp)
        for tab, (first, count, _) in enumerate(self.sheet_pieces):
            tab_of[first:first + count] = tab
        return tab_of

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

    def _written(self, header: str, pos: int) -> str:
        """The cell as the sheet writes it, quoted; a workbook's real date or time cell (its
        display format is not read) unquoted, as the date or time it holds."""
        cell = self.cell(header, pos)
        if isinstance(cell, dt.datetime):
            return f"{cell:%Y-%m-%d %H:%M}"
        if isinstance(cell, dt.date | dt.time):
            return cell.strftime("%Y-%m-%d" if isinstance(cell, dt.date) else "%H:%M")
        return repr(cell_said(cell))

    def zone_read_in(self) -> str | None:
        """How a time cell's message names the zone its times are read in, where one other
        than UTC was given (the mapping's, --timezone's, the guide's); None for UTC, which
        may be nobody's choice."""
        if self.zone.key == "UTC":
            return None
        given_by = ", the mapping's timezone" if self.mapping.timezone == self.zone.key else ""
        return self.zone.key + given_by

    @property
    def read_local_times(self) -> bool:
        """Whether any wall time was read in the zone (times with an offset are not)."""
        return bool(self.utc_cache)

    def utc(self, pos: int, header: str | None, local: dt.datetime) -> dt.datetime | None:
        """Local wall time -> UTC, once per distinct local time; DST gaps/folds are errors.

        A moment the sheet gave with its own offset (`...T14:00Z`) is an instant already.
        """
        if local.tzinfo is not None:
            if isinstance(local.tzinfo, WrittenZone):  # '02:30 CEST': seldom, not cached
                return self._utc_as_written(pos, header, local)
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

    def _utc_as_written(self, pos: int, header: str | None,
                        local: dt.datetime) -> dt.datetime | None:
        """A time written with its zone, refused where the zone's clocks are not written so
        that day ('10:00 CEST' in December), saying how they are."""
        try:
            return utc_as_written(local, self.zone)
        except CellError as error:
            assert header is not None  # the zone is written in the time's own cell
            self.add(pos, header, self.cell(header, pos), error.code,
                     f"{header!r} has {self._written(header, pos)}, but {error.hint}.")
            return None

    def tell_zone_words_without_a_day(self, pos: int, *cells: tuple[str | None, Any]) -> None:
        """A row without its date: its time cells with another zone's word ('10:00 UTC'),
        told now rather than once the date is filled in (see `without_its_day`)."""
        for header, value in cells:
            if header is not None and (error := without_its_day(value)) is not None:
                self.add(pos, header, self.cell(header, pos), error.code,
                         f"{header!r} has {self._written(header, pos)}, but {error.hint}.")

    def moment_at(self, pos: int, when: When) -> Any:
        date, time = when.date[pos], when.time[pos]
        if date is None:
            return None
        return self.utc(pos, when.time_header or when.date_header,
                        on_its_day(date, time or dt.time(0)))
