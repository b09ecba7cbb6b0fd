"""The tz database's places and clocks: the zones named for each place and each country,
and the offsets a zone keeps."""

from __future__ import annotations

import datetime as dt
import importlib.resources
from functools import lru_cache
from zoneinfo import ZoneInfo, available_timezones


@lru_cache(maxsize=1)
def countries_zones() -> frozenset[str]:
    """The zones zone.tab places in a country, each named for a city ('Asia/Aden'); not a
    region's or an old alias ('Brazil/East', 'US/Eastern', 'Etc/UTC')."""
    return frozenset().union(*zones_by_country_code().values())


# A country's two-letter code (ISO 3166) after one of its cities means the country, as a
# planner writes a European city with its country: 'Munich, DE', 'Lyon, FR'. Where the code is
# a US state's or Canadian province's too, 'Berlin, DE' is not in Delaware, nor 'Amsterdam, NL'
# in Newfoundland, since the zone is that country's.
@lru_cache(maxsize=1)
def zones_by_country_code() -> dict[str, frozenset[str]]:
    """Each country's zones by its code, as the tz database's zone.tab lists them: 'de' ->
    Europe/Berlin and Europe/Busingen, 'mt' -> Europe/Malta."""
    table = importlib.resources.files("tzdata.zoneinfo").joinpath("zone.tab")
    zones: dict[str, set[str]] = {}
    for line in table.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            code, _, zone = line.split("\t")[:3]
            zones.setdefault(code.casefold(), set()).add(zone)
    return {code: frozenset(its) for code, its in zones.items()}


def country_has_zone(code: str, zone: str) -> bool:
    return zone in zones_by_country_code().get(code, frozenset())


def offsets_of(zone: str) -> set[dt.timedelta | None]:
    """The offsets a zone keeps this year, in winter and in summer."""
    year = dt.date.today().year
    return {dt.datetime(year, month, 1, tzinfo=ZoneInfo(zone)).utcoffset() for month in (1, 7)}


def place_of(name: str) -> str:
    return "_".join(name.rpartition("/")[2].casefold().split())


@lru_cache(maxsize=1)
def zones_by_own_place() -> dict[str, str]:
    """Each place the tz database names one zone for: 'amsterdam' -> Europe/Amsterdam."""
    zones_by_place: dict[str, list[str]] = {}
    for zone in available_timezones():
        if "/" in zone:
            zones_by_place.setdefault(place_of(zone), []).append(zone)
    return {place: zones[0] for place, zones in zones_by_place.items() if len(zones) == 1}


def standard_offset(zone: str) -> dt.timedelta:
    """The offset a zone keeps outside summer time, as Outlook shows it: '(UTC+01:00)'."""
    year = dt.date.today().year
    offsets = (dt.datetime(year, month, 1, tzinfo=ZoneInfo(zone)).utcoffset()
               for month in (1, 7))
    return min(offset for offset in offsets if offset is not None)
