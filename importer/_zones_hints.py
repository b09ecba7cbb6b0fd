"""The suggestion an unknown zone name is refused with: by how it is written (an
abbreviation, an offset, an Outlook name), then by its place, then by its spelling."""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections import Counter
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from importer._zones_clocks import offsets_of, place_of, standard_offset, zones_by_own_place
from importer._zones_states import NORTH_AMERICAN_REGIONS, city_in_country, namesake_in_state
from importer._zones_words import (
    AUSTRALIAN,
    CITY_ZONES,
    LOCAL_TIME,
    OWN_LANGUAGE,
    SEVERAL_PLACES,
    TIMEZONE_NICKNAMES,
    US_SHORT,
    german_city_time,
    nickname_of,
    paired_zone,
    windows_zone,
    zone_in_words,
)

# German words a title row, or a setting copied from one, puts before the zone the times are
# in: 'Uhrzeit: MEZ', 'Uhrzeiten in MEZ', 'Alle Zeiten sind in MESZ', 'Zeitzone: MEZ'.
GERMAN_TIMES_IN = r"(?:alle\s+)?(?:uhrzeit(?:en|zone)?|zeit(?:en|zone))\b(?:\s+sind)?(?:\s+in)?"
_GERMAN_TITLE = re.compile(GERMAN_TIMES_IN + r"\s*[:=]?\s*(?P<zone>\S.*)", re.IGNORECASE)
# A zone's nickname or abbreviation with German 'Zeit' (time) after it: 'Eastern Zeit'.
_GERMAN_ZEIT = re.compile(r"(.+?)\s+(?:orts)?zeit", re.IGNORECASE)


def timezone_hint(name: str, known: dict[str, str]) -> str:
    """What to write instead of an unknown zone: first by how it is written, then by its place."""
    if titled := _GERMAN_TITLE.fullmatch(name.strip()):  # the zone after 'Uhrzeit:'
        return timezone_hint(titled["zone"], known)
    if (german := _GERMAN_ZEIT.fullmatch(name.strip())) and (
            nickname_of(german[1]) in TIMEZONE_NICKNAMES):  # 'Eastern Zeit' is 'Eastern Time'
        return timezone_hint(f"{german[1]} time", known)
    return _written_hint(name, known) or _place_hint(name, known)


def _written_hint(name: str, known: dict[str, str]) -> str | None:
    """The hint for a zone written by the name of its clocks rather than its place: an abbreviation
    or nickname ('CEST', 'Eastern'), a standard and summer pair ('CET/CEST'), an Outlook or
    Windows name, an offset ('UTC+2'); None for anything else."""
    word, said = nickname_of(name), name.strip().casefold()
    # Several places' abbreviation, alone or as its time ('IST time'): each place's zone.
    if word in SEVERAL_PLACES and said in (word, f"{word} time"):
        return ("an abbreviation fixes one offset all year, and several places write this "
                f"one; use the place's name, {SEVERAL_PLACES[word]}, which follows its clocks "
                "through the year.")
    # The zone, not a fixed offset: 'Eastern Time', and 'Eastern' alone (abbreviations are
    # of four letters at most).
    if word in TIMEZONE_NICKNAMES and (said == f"{word} time" or (
            said == word and len(word) > 4 and word.isalpha())):
        return f"did you mean {TIMEZONE_NICKNAMES[word]!r}?"
    if word in US_SHORT:
        return US_SHORT[word]
    if word in TIMEZONE_NICKNAMES:
        kind = "a standard or daylight time" if " " in name.strip() else "an abbreviation"
        return (f"{kind} fixes one offset all year; use the place's name, "
                f"{TIMEZONE_NICKNAMES[word]!r}, which follows its clocks through the year.")
    if australian := AUSTRALIAN.get(word) or AUSTRALIAN.get("_".join(name.casefold().split())):
        return australian
    if paired := paired_zone(name):
        return f"did you mean {paired!r}?"
    if outlook := _OUTLOOK.fullmatch(" ".join(name.casefold().split())):
        return _outlook_hint(outlook, name)
    if unbracketed := _OFFSET_AND_CITIES.fullmatch(name.strip()):  # 'UTC+01:00 Amsterdam'
        return timezone_hint(f"({unbracketed[1]}) {unbracketed[2]}", known)
    if (placed := _CITY_AND_OFFSET.fullmatch(name.strip())) and (
            city := _city_offset_hint(placed[1], placed[2])):  # 'Orlando UTC-4'
        return city
    if regional := _US_AND_CANADA.fullmatch(name.strip()):  # 'Central Time (US & Canada)'
        return timezone_hint(regional[1], known)
    if (shown := _cities_offset(name)) is not None:  # 'Amsterdam, Berlin, Bern, Rome'
        return timezone_hint(f"(UTC{shown}) {name.strip()}", known)
    if in_words := zone_in_words(name):  # "heure d'Europe centrale"
        return f"did you mean {in_words!r}?"
    if offset := _UTC_OFFSET.fullmatch(name.strip().casefold()):
        return _offset_hint(offset)
    if windows := windows_zone(name):
        return f"did you mean {windows!r} (its Windows name)?"
    # A nickname under a region, as a tz name is written ('America/Eastern', 'US/Central').
    wanted = "_".join(name.casefold().split())
    region, _, nickname = wanted.rpartition("/")
    if region and nickname in TIMEZONE_NICKNAMES:
        # 'America/Eastern' is New York's; 'Europe/Central' is not Chicago's (nor, by its
        # spelling, 'US/Central'), and 'America/Eastern' not Easter Island's.
        zone = TIMEZONE_NICKNAMES[nickname]
        if zone.casefold().startswith(f"{region}/") or (
                region in ("us", "canada") and zone.startswith("America/")):
            return f"did you mean {zone!r}?"
        return _GENERIC
    return None


def _place_hint(name: str, known: dict[str, str]) -> str:
    """The hint for a zone written by its place ('Paris time', 'Berlin, Germany', 'New York')
    or near a zone's spelling ('Europe/Chicgo'); the generic one when nothing is near."""
    # tz names join a place's words with '_': "New York" is America/New_York, the one zone
    # named for that place (the closest spelling of "hong_kong" would be the old 'Hongkong').
    # The place decides before the region: "Europe/Chicgo" is Chicago, not Europe/Riga.
    wanted = "_".join(name.casefold().split())
    # A place's time as people name it ('Paris time', 'Munich time') is the place's.
    said = LOCAL_TIME.sub("", re.sub(r"\s+time$", "", name.strip(), flags=re.IGNORECASE))
    if (city := "_".join(said.casefold().replace(",", " ").replace(".", "").split())) \
            in CITY_ZONES:  # 'Washington, D.C.', 'St. Louis'
        return f"did you mean {CITY_ZONES[city]!r} ({said}'s)?"
    if said_zone := (OWN_LANGUAGE.get(city) or german_city_time(name)
                     or city_in_country(said)):  # 'Wien', 'Wiener Zeit', 'Berlin, Germany'
        return f"did you mean {said_zone!r}?"
    if namesake_in_state(said):  # 'Vancouver, TX' is not near Canada's 'America/Vancouver'
        return _GENERIC
    if wanted == "z":  # ISO 8601's UTC ('10:00Z')
        return "did you mean 'UTC'?"
    own = zones_by_own_place()
    place = "_".join(said.casefold().split()).rpartition("/")[2]
    if place in own:
        return f"did you mean {own[place]!r}?"
    if place in CITY_ZONES:  # 'Europe/Munich': a city the tables place, named as tz names are
        return f"did you mean {CITY_ZONES[place]!r}?"
    if len(wanted) <= 4 and wanted.isalpha():
        # An abbreviation none of the tables knows: one letter off a zone's name is hours off
        # ('EEST' is not 'EST', 'MSK' not Omsk, 'AST' not 'Brazil/East').
        return _GENERIC
    # Only near spellings: a looser match suggests a zone at random ('Mumbai' was 'Cuba').
    # Of the whole name where its place is near too ('US/Eastrn'; 'Europe/Chicgo' is near
    # 'Europe/Riga' by its region alone), else of the place alone.
    for key in difflib.get_close_matches(wanted, list(known), n=5, cutoff=0.75):
        if _near(key.rpartition("/")[2], place):
            return f"did you mean {known[key]!r}?"
    if close := difflib.get_close_matches(place, list(own), n=1, cutoff=0.8):
        return f"did you mean {own[close[0]]!r}?"
    return _GENERIC


def _cities_offset(name: str) -> str | None:
    """The offset Outlook shows before a list of cities written without it ('Amsterdam,
    Berlin, Bern, Rome'): the standard offset most of its cities keep, as '+01:00'; None
    unless two of its cities name a zone. 'Rome, New York' is one place, in its state."""
    cities = name.split(",")
    if len(cities) == 2 and "_".join(cities[1].casefold().split()) in NORTH_AMERICAN_REGIONS:
        return None
    zones = [zone for city in cities if (zone := _city_zone(" ".join(city.split())))]
    if len(zones) < 2:
        return None
    offset = Counter(map(standard_offset, zones)).most_common(1)[0][0]
    sign, size = ("-", -offset) if offset < dt.timedelta(0) else ("+", offset)
    hours, minutes = divmod(int(size.total_seconds()) // 60, 60)
    return f"{sign}{hours:02d}:{minutes:02d}"


# An offset as a calendar writes a zone, 'GMT+2', 'UTC -05:00'. The tz database's 'Etc/GMT+2'
# is its nearest spelling, but counts the sign backwards (POSIX): it is UTC-2, not UTC+2.
# Written without 'UTC' too ('+02:00', as ISO 8601 does), or in decimal hours ('UTC+5.5').
_UTC_OFFSET = re.compile(r"(?:utc|gmt)?\s*([+-])\s*(\d{1,2})(?::?(\d\d)|\.(\d+))?")


def _offset_hint(offset: re.Match[str]) -> str:
    sign, hours = offset[1], int(offset[2])
    whole_hours = offset[3] in (None, "00") and int(offset[4] or 0) == 0
    if hours == 0 and whole_hours:
        return "did you mean 'UTC'?"
    reversed_zone = ("" if not whole_hours else
                     f" (not 'Etc/GMT{sign}{hours}', which is UTC{'-' if sign == '+' else '+'}"
                     f"{hours}: its sign is reversed)")
    return ("an offset fixes one all year; use the place's name, such as 'America/Chicago' or "
            f"'Europe/Berlin', which follows its clocks through the year{reversed_zone}.")


# A zone as Outlook and Windows' settings show it: '(UTC+01:00) Amsterdam, Berlin, Bern, Rome',
# '(UTC-05:00) Eastern Time (US & Canada)', '(UTC) Coordinated Universal Time'.
_OUTLOOK = re.compile(r"\((?:utc|gmt)(?: ?([+-]) ?(\d\d?)(?::?(\d\d))?)?\) ?(.+)")
_GENERIC = "write it as a region and a city, like 'America/Chicago' or 'Europe/London'."
# The same written without its brackets, as a calendar's export may: 'UTC+01:00 Amsterdam'.
_OFFSET_AND_CITIES = re.compile(r"((?:utc|gmt)\s*[+-]\s*\d\d?(?::?\d\d)?)\s+([^\d\s].*)",
                                re.IGNORECASE)
# A place with the offset its clocks keep during the event after it, as a conference's data
# writes its zone: 'Orlando UTC-4', 'Lisbon (GMT+1)'.
_CITY_AND_OFFSET = re.compile(
    r"([^\W\d][\w .'-]*?),?\s*\(?((?:utc|gmt)\s*[+-]\s*\d\d?(?::?\d\d)?)\)?", re.IGNORECASE)
# Its name without the offset before it: 'Central Time (US & Canada)'.
_US_AND_CANADA = re.compile(r"(.+?time)\s*\((?:us\s*&\s*canada|canada)\)", re.IGNORECASE)


def _outlook_hint(outlook: re.Match[str], name: str) -> str:
    """The zones of its cities that keep the offset shown: the one the sessions are in."""
    sign = -1 if outlook[1] == "-" else 1
    offset = sign * dt.timedelta(hours=int(outlook[2] or 0), minutes=int(outlook[3] or 0))
    words = re.sub(r" \(.*\)$", "", outlook[4])  # '(US & Canada)'
    if words == "coordinated universal time" and not offset:
        return "did you mean 'UTC'?"
    cities = name.split(")", 1)[1].split(",")
    if (nickname := nickname_of(words)) in TIMEZONE_NICKNAMES:  # 'Eastern Time'
        cities = [TIMEZONE_NICKNAMES[nickname]]
    offered: dict[str, str] = {}  # zone -> how it is shown
    for city in (" ".join(city.split()).removeprefix("City of ") for city in cities):
        zone = _city_zone(city)
        if zone is None or standard_offset(zone) != offset:
            continue  # Urumqi's clocks are not Beijing's: never offered by the hour shown
        if zone not in offered or place_of(zone) == place_of(city):
            offered[zone] = (repr(zone) if place_of(zone) == place_of(city)
                             else f"{zone!r} ({city}'s)")
    shown = list(offered.values())
    if len(shown) == 1:
        return f"did you mean {next(iter(offered))!r}?"
    if shown:
        return (f"its cities' zones are {', '.join(shown[:-1])} and {shown[-1]}: give the one "
                "the sessions are in.")
    return _GENERIC


def _city_offset_hint(city: str, offset: str) -> str | None:
    """The zone of a city written with an offset its clocks keep in winter or in summer
    ('Orlando UTC-4' in March is New York's summer time); None for another offset, or a
    place no zone is named for."""
    zone = _city_zone(city)
    if zone is None or (found := _UTC_OFFSET.fullmatch(offset.casefold())) is None:
        return None
    sign = -1 if found[1] == "-" else 1
    written = sign * dt.timedelta(hours=int(found[2]), minutes=int(found[3] or 0))
    if written not in offsets_of(zone):
        return None
    return f"did you mean {zone!r}?" if place_of(zone) == place_of(city) else (
        f"did you mean {zone!r} ({city}'s)?")


def _city_zone(city: str) -> str | None:
    """The zone a city (or a zone's name) keeps the clocks of, if one zone is named for it."""
    if "/" in city:
        try:
            return ZoneInfo(city).key
        except (ZoneInfoNotFoundError, ValueError, IsADirectoryError):
            return None  # no zone: 'Foo/Bar'
    return CITY_ZONES.get(place_of(city)) or zones_by_own_place().get(place_of(city))


def _near(one: str, other: str) -> bool:
    return difflib.SequenceMatcher(None, one, other).ratio() >= 0.8
