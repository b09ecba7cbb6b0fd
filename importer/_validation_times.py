"""Starts read as written though most likely meant otherwise: at night without am or pm
(`2:30`), or at midnight as `12:00 AM` on a session running past noon."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

import numpy as np

from importer import convert
from importer._checks import Mask
from importer._columns import positions_by_code
from importer._validation_base import ValidationBase
from importer.convert import NIGHT_ENDS

# A start typed as 1 to 4 o'clock (`1:00`, `4.45`, `1h30`, `1:00 - 2:30`, a bare `2` among
# times with minutes): without am or pm it is read at night, where a sheet on the 12-hour
# clock means the afternoon. Not `02:30`: no 12-hour clock writes the hour's 0.
NIGHT_HOUR = re.compile(r"\s*[1-4]\s*(?:[:.hu]|$)")
# A time only the 24-hour clock has (`14:00`, `19.30`, `9:00 - 17:00`): a column holding one,
# and no am or pm, keeps that clock, and its 1:00 to 4:59 are at night as written.
AFTERNOON_HOUR = re.compile(r"(?<!\d)(?:1[3-9]|2[0-3])\s*[:.hu]\s*\d{2}")
NIGHT_BEGINS = dt.time(1)
# A start written as 12 o'clock am (`12:00 AM`, `12 a.m.`): midnight, and most often typed for
# noon, as `11:00 AM - 12:00 AM` is (refused, as it ends before it starts).
MIDNIGHT_AS_12 = re.compile(r"(?<![\d:.])12(?:[:.][0-5]\d){0,2}\s*a\.?\s?m\b", re.IGNORECASE)


class TimesValidation(ValidationBase):
    """The warnings on starts read at night or at midnight."""

    def _warn_of_night_starts(self, starts: Sequence[Any], all_day: Sequence[Any]) -> None:
        """A start typed without am/pm that reads between 1 and 5 at night ('1:00', '2:30 -
        3:30'): the 24-hour reading is kept, but a sheet on the 12-hour clock means the
        afternoon, and the app would show the session at night. Not on a sheet that shows
        it keeps the 24-hour clock: a start written `02:00`, or a column with a time such as
        `14:00` in it and no am or pm, nor one read in the night after its evening
        (night-after-evening). Tab-dated rows have their own warning (small_hours_rows)."""
        header = self.bound.header(self.mapping.fields.start.time_column)
        if header is None:
            return
        codes, cells = self.factorized(header)
        texts = [cell for cell in cells if isinstance(cell, str)]
        if any(AFTERNOON_HOUR.search(text) for text in texts) and not any(
                convert.writes_half_of_day(text) for text in texts):
            return  # the 24-hour clock, which the column keeps throughout: no am or pm in it
        unmarked = [code for code, cell in enumerate(cells)
                    if isinstance(cell, str) and NIGHT_HOUR.match(cell)
                    and not convert.writes_half_of_day(cell)]
        for code, positions in positions_by_code(codes, unmarked).items():
            for pos in positions:
                if (starts[pos] is None or all_day[pos] or self.errors[pos]
                        or self.late_starts[pos]):  # the night after its evening: said so
                    continue
                local = starts[pos].astimezone(self.zone)
                if not NIGHT_BEGINS <= local.time() < NIGHT_ENDS:
                    continue
                afternoon = f"{local.hour + 12}:{local:%M}"
                self.add(pos, header, cells[code], "night-start", (
                    f"{header!r} has {cells[code]!r}, read as {local:%H:%M} at night on "
                    f"{local:%A} {local.day} {local:%B %Y}: if it is in the afternoon, write "
                    f"{afternoon} or {local.hour}:{local:%M} PM; if it is at night, write "
                    f"{local.hour}:{local:%M} AM to say so."), "warning")

    def _warn_of_midnight_starts(self, fields: dict[str, list[Any]]) -> Mask:
        """A start written `12:00 AM` whose session then runs past noon that day (`12:00 AM -
        1:00 PM`, a 13-hour session from midnight): read as written, but noon was most likely
        meant. A workbook's time cells say nothing of how they were typed: not warned of.
        Returns the rows warned."""
        warned: Mask = np.zeros(self.n, dtype=bool)
        start = self.mapping.fields.start
        header = self.bound.header(start.time_column or start.column)
        if header is None:
            return warned
        codes, cells = self.factorized(header)
        written = [code for code, cell in enumerate(cells)
                   if isinstance(cell, str) and MIDNIGHT_AS_12.search(cell)]
        for code, positions in positions_by_code(codes, written).items():
            for pos in positions:
                begins, ends = fields["start_time"][pos], fields["end_time"][pos]
                if begins is None or ends is None or fields["all_day"][pos] or self.errors[pos]:
                    continue
                begins, ends = begins.astimezone(self.zone), ends.astimezone(self.zone)
                # Read at noon it would end before it starts ('12:00 AM - 12:00 PM'), or it
                # fills the day as all-day events are written in times ('- 11:59 PM'): midnight.
                if begins.hour or ends.date() != begins.date() or \
                        ends <= begins + dt.timedelta(hours=12) or ends.time() >= dt.time(23, 59):
                    continue
                self.add(pos, header, cells[code], "midnight-start", (
                    f"{header!r} has {cells[code]!r}: 12 AM is midnight, so the session runs "
                    f"from {begins:%H:%M} to {ends:%H:%M} on {begins:%A} {begins.day} "
                    f"{begins:%B %Y}. If it starts at noon, write 12:{begins:%M} PM; if at "
                    f"midnight, write 0:{begins:%M} to say so."), "warning")
                warned[pos] = True
        return warned
