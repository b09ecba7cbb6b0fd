"""Another zone's word after a time ('10:00 UTC', '10:00 EST' in a sheet read in Berlin):
refused, as the sheet's times are read in its own zone, but where the word names one offset
the message says what the time is on the sheet's clock that day, so that deleting the word
does not leave the time off by the zones' difference. A standard time's word on a day its
usual zone is on summer time ('10:00 EST' in July) says the time read on that zone's clock
too: a planner writing EST then most likely means New York's, on EDT."""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import NamedTuple
from zoneinfo import ZoneInfo, available_timezones

from importer._convert_zones import zone_offset

# The abbreviations German (and Austrian, Swiss) programmes write, by the tz database's.
GERMAN_NAMES = {"MEZ": "CET", "MESZ": "CEST", "OEZ": "EET", "OESZ": "EEST", "WEZ": "WET",
                "WESZ": "WEST"}
# The zone a standard time's word most likely means, where that zone keeps summer time.
# A word whose zones keep one clock all year ('HST', Honolulu's) has no summer reading;
# one of several offsets ('PST', Manila's too) is refused before it is asked for one.
USUAL_ZONES = {"EST": "America/New_York", "MST": "America/Denver",
               "AKST": "America/Anchorage", "AST": "America/Halifax", "NST": "America/St_Johns",
               "GMT": "Europe/London", "WET": "Europe/Lisbon", "CET": "Europe/Berlin",
               "EET": "Europe/Athens", "AEST": "Australia/Sydney", "ACST": "Australia/Adelaide",
               "NZST": "Pacific/Auckland"}


class Elsewhere(NamedTuple):
    """A time cell's word naming another zone's clock at one offset, to be refused once the
    row's date is known. `code`: the cell's refusal's; `read_in`: the sheet's zone as named
    ('Europe/Berlin, the mapping's timezone'); `cell`: as written; `walls`: the cell's
    times, a range's two; `dated`: the cell writes its date too; `word`: the zone's word
    as written ('EST')."""

    offset: dt.tzinfo
    code: str
    read_in: str
    cell: str
    walls: tuple[dt.time, ...]
    dated: bool
    word: str

    def cell_day(self, wall: dt.datetime) -> dt.date:
        """The row's day, from one of the cell's times placed on it: a range's end before its
        start (23:00 - 00:30) is on the next day."""
        end_of_a_night = len(self.walls) > 1 and wall.time() == self.walls[-1] < self.walls[0]
        return wall.date() - dt.timedelta(days=1) if end_of_a_night else wall.date()


def single_offset(written: str) -> dt.tzinfo | None:
    """The one offset `written` names: UTC, an offset, or an abbreviation every zone using
    it this year gives the same offset ('EST', 'CET'); None for one in use at several
    ('IST' is India's, Ireland's and Israel's), or none."""
    if (offset := zone_offset(written)) is not None:
        return offset
    offsets = _offsets_by_abbreviation().get(GERMAN_NAMES.get(written.upper(), written.upper()))
    return dt.timezone(next(iter(offsets))) if offsets and len(offsets) == 1 else None


def summer_reading(written: str, day: dt.date, wall: dt.time) -> ZoneInfo | None:
    """The zone `written`, a standard time's word, most likely means, where the tz database
    has that zone on another clock at `wall` on `day` ('EST' in July: New York, on EDT);
    None where it is on the word's own clock then, or the word has no usual zone."""
    word = GERMAN_NAMES.get(written.upper(), written.upper())
    if (key := USUAL_ZONES.get(word)) is None:
        return None
    usual = ZoneInfo(key)
    return usual if dt.datetime.combine(day, wall, usual).tzname() != word else None


def city(zone: ZoneInfo) -> str:
    """The place a zone is named by: 'New York' for America/New_York."""
    return zone.key.rsplit("/", 1)[-1].replace("_", " ")


@cache
def _offsets_by_abbreviation() -> dict[str, set[dt.timedelta]]:
    """Each abbreviation of the tz database with the offsets its zones use it for, in winter
    and summer this year. Built once, only for a cell refused with another zone's word."""
    year, found = dt.date.today().year, dict[str, set[dt.timedelta]]()
    for key in available_timezones():
        for month in (1, 7):
            moment = dt.datetime(year, month, 1, 12, tzinfo=ZoneInfo(key))
            name, offset = moment.tzname() or "", moment.utcoffset()
            if name.isalpha() and offset is not None:
                found.setdefault(name, set()).add(offset)
    return found
