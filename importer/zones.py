"""Time zones: the tz database name a user gives, and local wall times turned into UTC.

A local time that daylight saving time skips or repeats is a row problem (CellError), not a
guess; a zone name nobody knows stops the run (ConfigError) with the zone most likely meant.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from importer._repeated_hour import hour_choice, skipped, skipped_time
from importer._zones_hints import GERMAN_TIMES_IN, timezone_hint
from importer._zones_words import (
    SEVERAL_PLACES,
    TIMEZONE_NICKNAMES,
    local_time_words,
    nickname_of,
    paired_zone,
)
from importer.convert import CellError
from importer.errors import ConfigError

__all__ = ["AMBIGUOUS_ZONES", "GERMAN_TIMES_IN", "OFFSET_AFTER_PLACE", "SHORT_ZONES", "UTC",
           "ZONE_NOTE", "abbreviation_zone", "certain_zone", "local_to_utc", "resolve_timezone",
           "several_places", "timezone_setting", "tz_regions", "zone_note"]

UTC = dt.UTC


@lru_cache(maxsize=64)
def resolve_timezone(name: str) -> ZoneInfo:
    """The tz database zone called `name` (any case); ConfigError with a suggestion otherwise.

    Its `key` is the canonical spelling: pass that on, since `ZoneInfo("america/chicago")`
    loads only where the filesystem ignores case."""
    if nickname_of(name) in TIMEZONE_NICKNAMES:
        # Some are tz names too (EST, MST, HST), but fixed offsets without summer time:
        # sessions in a New York summer would come out an hour off.
        raise ConfigError(f"unknown timezone {name!r}: {timezone_hint(name, {})}")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, IsADirectoryError):
        pass  # IsADirectoryError: a region alone ('Atlantic'), a folder of the tz database
    known = {zone.casefold(): zone for zone in available_timezones()}
    if name.strip().casefold() in known:
        return ZoneInfo(known[name.strip().casefold()])
    raise ConfigError(f"unknown timezone {name!r}: {timezone_hint(name, known)}")


def several_places(name: str) -> str | None:
    """Each place's zone, named, for an abbreviation several places write ('IST': India's,
    Ireland's, Israel's); None for one that is one place's."""
    return SEVERAL_PLACES.get(name.strip().casefold())


def abbreviation_zone(name: str) -> str | None:
    """The place's zone an abbreviation or a zone's nickname is refused with ('GMT' ->
    Europe/London, 'MSK' -> Europe/Moscow), 'UTC' for UTC; None for one no table knows."""
    word = name.strip().casefold()
    return "UTC" if word == "utc" else TIMEZONE_NICKNAMES.get(word)


@lru_cache(maxsize=1)
def tz_regions() -> frozenset[str]:
    """The tz database's regions, folders of zones rather than zones ('america', 'atlantic'),
    in lower case."""
    return frozenset(zone.partition("/")[0].casefold() for zone in available_timezones()
                     if "/" in zone)


def timezone_setting(name: str) -> str:
    """A timezone as a settings or mapping field keeps it: the canonical spelling
    (Europe/Berlin), or ValueError with the suggestion, for pydantic to place in its message."""
    try:
        return resolve_timezone(name).key
    except ConfigError as error:
        raise ValueError(str(error)) from None


def local_to_utc(local: dt.datetime, zone: ZoneInfo) -> dt.datetime:
    """Convert a naive local time to UTC, refusing times DST skips or repeats."""
    early = local.replace(tzinfo=zone, fold=0)
    late = local.replace(tzinfo=zone, fold=1)
    if early.utcoffset() == late.utcoffset():
        return early.astimezone(UTC)
    if skipped(local, zone):
        raise skipped_time(local, zone)
    raise CellError(
        "ambiguous-time",
        f"{local:%Y-%m-%d %H:%M} happens twice in {zone.key} when daylight saving time ends; "
        f"{hour_choice(local, zone)}",
    )


# The offset written after a place's name, as a zone column gives it: 'Denver UTC-6'.
OFFSET_AFTER_PLACE = re.compile(r",?\s*\(?(?:utc|gmt)\s*[+-]\s*\d\d?(?::?\d\d)?\)?$",
                                re.IGNORECASE)
# A cell naming the zone in brackets, as a row of units under the header does: '(GMT Time)',
# '(CET)', '[UTC+2]'.
ZONE_NOTE = re.compile(r"[(\[]\s*([A-Z]{2,5}(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?)"
                       r"(?:\s+(?i:time))?\s*[)\]]")
# Abbreviations several places' clocks are written with: CST is China's too, IST India's,
# Ireland's and Israel's, AST Atlantic and Arabia, MST and MT Denver's or Arizona's (no
# summer time), BST Bangladesh's too, GMT London's (BST all summer) or UTC, AEST Sydney's
# winter or Brisbane's (no summer time).
AMBIGUOUS_ZONES = frozenset({"CST", "IST", "AST", "MST", "MT", "BST", "GMT", "AEST"})
# The US zones as programmes write them short, by the name zones knows them by.
SHORT_ZONES = {"ET": "Eastern Time", "CT": "Central Time", "PT": "Pacific Time"}


def zone_note(text: str) -> str:
    """The zone a cell of a times column names in brackets, as a row of units under the
    header writes it ('(GMT Time)', '(CET)', '[UTC+2]'); '' for any other text."""
    match = ZONE_NOTE.fullmatch(text)
    return match[1] if match and certain_zone(match[1]) is not None else ""


def certain_zone(written: str) -> str | None:
    """The tz database name a title's zone stands for, where it tells one place's clocks:
    a tz name ('Europe/Lisbon', 'UTC'), a place with a zone of its name ('Lisbon', 'New York
    time') or one the tables place ('Orlando'), with or without an offset its clocks keep
    ('Denver UTC-6'), a zone's name ('Pacific Time', 'PT'), or an abbreviation only one
    place's clocks are written with ('CEST', 'PDT'). '' for a zone that does not ('CST',
    China's too; 'GMT', London's or UTC; an offset, 'UTC+2'); None for words naming no zone
    ('TBD')."""
    written = SHORT_ZONES.get(written, written)
    if written.strip().casefold() in tz_regions():  # a folder of zones ('Atlantic'), no zone
        return None
    if paired := paired_zone(written):  # 'CET/CEST': one place's standard and summer time
        return paired
    try:
        return resolve_timezone(written).key
    except ConfigError as error:
        hint = str(error).partition(": ")[2]
    if written in AMBIGUOUS_ZONES or re.match(r"(?:UTC|GMT)\s*[+\-−]", written):
        return ""
    if found := re.fullmatch(r"did you mean '([\w/+-]+)' \(.+'s\)\?", hint):
        return found[1]  # a city the tables place ('Orlando', 'Orlando UTC-4')
    if found := re.fullmatch(r"did you mean '([\w/+-]+)'\?", hint):
        place = found[1].rpartition("/")[2].replace("_", " ").casefold()
        # A zone's name ('Eastern Time'), or the place it is named for ('New York'), with
        # the offset its clocks keep ('Denver UTC-6', which the hint offers only if they do),
        # or its time in the place's words ('heure de Paris', 'Berliner Zeit').
        if (written.casefold().endswith(" time")
                or place == OFFSET_AFTER_PLACE.sub("", written).casefold()
                or local_time_words(written)):
            return found[1]
    if found := re.match(r"(an abbreviation|a standard or daylight time) fixes one offset "
                         r"all year; use the place's name, '([\w/]+)'", hint):
        return found[2] if written.isupper() or found[1] != "an abbreviation" else None
    place_time = re.fullmatch(r"(.+)\s+time", written, re.IGNORECASE)  # 'New York time'
    return certain_zone(place_time[1]) if place_time else None
