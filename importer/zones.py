"""Time zones: the tz database name a user gives, and local wall times turned into UTC.

A local time that daylight saving time skips or repeats is a row problem (CellError), not a
guess; a zone name nobody knows stops the run (ConfigError) with the zone most likely meant.
"""

from __future__ import annotations

import datetime as dt
import difflib
import importlib.resources
import re
from collections import Counter
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from tzlocal.windows_tz import win_tz

from importer.convert import CellError
from importer.errors import ConfigError

UTC = dt.UTC


@lru_cache(maxsize=64)
def resolve_timezone(name: str) -> ZoneInfo:
    """The tz database zone called `name` (any case); ConfigError with a suggestion otherwise.

    Its `key` is the canonical spelling: pass that on, since `ZoneInfo("america/chicago")`
    loads only where the filesystem ignores case."""
    if _nickname(name) in _TIMEZONE_NICKNAMES:
        # Some are tz names too (EST, MST, HST), but fixed offsets without summer time:
        # sessions in a New York summer would come out an hour off.
        raise ConfigError(f"unknown timezone {name!r}: {_timezone_hint(name, {})}")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, IsADirectoryError):
        pass  # IsADirectoryError: a region alone ('Atlantic'), a folder of the tz database
    known = {zone.casefold(): zone for zone in available_timezones()}
    if name.strip().casefold() in known:
        return ZoneInfo(known[name.strip().casefold()])
    raise ConfigError(f"unknown timezone {name!r}: {_timezone_hint(name, known)}")


def several_places(name: str) -> str | None:
    """Each place's zone, named, for an abbreviation several places write ('IST': India's,
    Ireland's, Israel's); None for one that is one place's."""
    return _SEVERAL_PLACES.get(name.strip().casefold())


def abbreviation_zone(name: str) -> str | None:
    """The place's zone an abbreviation or a zone's nickname is refused with ('GMT' ->
    Europe/London, 'MSK' -> Europe/Moscow), 'UTC' for UTC; None for one no table knows."""
    word = name.strip().casefold()
    return "UTC" if word == "utc" else _TIMEZONE_NICKNAMES.get(word)


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


# What people write instead of a tz database name. An abbreviation names no rules for summer
# time and several are ambiguous (CST is also China), so these only feed the suggestion; the
# closest spelling would be wrong by hours ('CST' is nearest 'UCT').
_TIMEZONE_NICKNAMES = {
    "est": "America/New_York", "edt": "America/New_York", "eastern": "America/New_York",
    "cst": "America/Chicago", "cdt": "America/Chicago", "central": "America/Chicago",
    "mst": "America/Denver", "mdt": "America/Denver", "mountain": "America/Denver",
    "hst": "Pacific/Honolulu",
    "pst": "America/Los_Angeles", "pdt": "America/Los_Angeles",
    "pacific": "America/Los_Angeles", "akst": "America/Anchorage",
    # GMT is a tz name too, but London's clocks keep BST all summer: an hour off then.
    "gmt": "Europe/London", "greenwich mean": "Europe/London",
    "bst": "Europe/London", "cest": "Europe/Berlin", "aest": "Australia/Sydney",
    "central european": "Europe/Berlin", "central europe": "Europe/Berlin",
    "us eastern": "America/New_York",
    "ist": "Asia/Kolkata", "jst": "Asia/Tokyo",
    "british": "Europe/London", "mez": "Europe/Berlin", "mesz": "Europe/Berlin",
    "cedt": "Europe/Berlin", "west": "Europe/Lisbon", "msk": "Europe/Moscow",
    # EET and CET are tz names of the EU's summer time, and taken; their summers are not.
    "eest": "Europe/Helsinki", "eastern european": "Europe/Helsinki",
    "eat": "Africa/Nairobi", "sast": "Africa/Johannesburg", "aedt": "Australia/Sydney",
    "awst": "Australia/Perth", "nzst": "Pacific/Auckland", "nzdt": "Pacific/Auckland",
    "hkt": "Asia/Hong_Kong", "sgt": "Asia/Singapore", "kst": "Asia/Seoul",
}


# Abbreviations several places' clocks are written with, each place's zone named: IST is
# Ireland's summer and Israel's too, hours from India's; CST China's, a day from Chicago's.
# Sydney's summer is AEDT, so AEST all year is Queensland's.
_SEVERAL_PLACES = {
    "ist": "'Asia/Kolkata' in India, 'Europe/Dublin' in Ireland or 'Asia/Jerusalem' in Israel",
    "cst": "'America/Chicago', or 'Asia/Shanghai' in China",
    "aest": "'Australia/Sydney', or in Queensland (no summer time) 'Australia/Brisbane'",
}


# Cities that host conferences but name no zone of their own, and countries of one zone
# naming none: the zone their clocks keep.
_CITY_ZONES = {
    "india": "Asia/Kolkata", "china": "Asia/Shanghai", "germany": "Europe/Berlin",
    "france": "Europe/Paris", "italy": "Europe/Rome", "netherlands": "Europe/Amsterdam",
    "england": "Europe/London", "uk": "Europe/London", "korea": "Asia/Seoul",
    "south_korea": "Asia/Seoul", "switzerland": "Europe/Zurich", "austria": "Europe/Vienna",
    "belgium": "Europe/Brussels", "ireland": "Europe/Dublin", "sweden": "Europe/Stockholm",
    **dict.fromkeys(("san_francisco", "san_jose", "seattle", "san_diego", "las_vegas",
                     "portland"), "America/Los_Angeles"),
    **dict.fromkeys(("washington", "boston", "atlanta", "miami", "orlando", "philadelphia",
                     "pittsburgh", "baltimore"), "America/New_York"),
    **dict.fromkeys(("dallas", "houston", "austin", "san_antonio", "new_orleans",
                     "minneapolis", "nashville", "st_louis", "kansas_city"), "America/Chicago"),
    **dict.fromkeys(("salt_lake_city", "albuquerque"), "America/Denver"),
    **dict.fromkeys(("montreal", "ottawa"), "America/Toronto"),
    **dict.fromkeys(("munich", "frankfurt", "hamburg", "cologne", "düsseldorf", "dusseldorf",
                     "stuttgart"), "Europe/Berlin"),
    **dict.fromkeys(("barcelona", "valencia", "seville", "bilbao"), "Europe/Madrid"),
    **dict.fromkeys(("milan", "florence", "turin", "naples", "venice"), "Europe/Rome"),
    **dict.fromkeys(("geneva", "basel", "lausanne", "bern"), "Europe/Zurich"),
    **dict.fromkeys(("edinburgh", "manchester", "glasgow", "cardiff"), "Europe/London"),
    **dict.fromkeys(("lyon", "marseille", "toulouse", "nice"), "Europe/Paris"),
    **dict.fromkeys(("mumbai", "delhi", "new_delhi", "bangalore", "bengaluru", "chennai",
                     "hyderabad", "pune"), "Asia/Kolkata"),
    **dict.fromkeys(("beijing", "shenzhen", "guangzhou", "hangzhou"), "Asia/Shanghai"),
    **dict.fromkeys(("osaka", "kyoto", "yokohama", "fukuoka"), "Asia/Tokyo"),
    # Old names with no zone of their own ('Asia/Calcutta' is one, 'Asia/Bombay' is not),
    # and cities two zones name ('America/Louisville' is a link to Kentucky's).
    "bombay": "Asia/Kolkata", "louisville": "America/Kentucky/Louisville",
    "ensenada": "America/Tijuana",  # as 'montreal': a link zone.tab does not place
    # A town whose province keeps other clocks, written alone (zone.tab: 'Ft St John').
    **dict.fromkeys(("fort_st_john", "fort_saint_john"), "America/Dawson_Creek"),
    "buenos_aires": "America/Argentina/Buenos_Aires",
    **dict.fromkeys(("washington_dc", "nyc", "new_york_city"), "America/New_York"),
    "rio_de_janeiro": "America/Sao_Paulo", "cape_town": "Africa/Johannesburg",
    "abu_dhabi": "Asia/Dubai", "wellington": "Pacific/Auckland", "valletta": "Europe/Malta",
}


# Cities as their own language names them, as a programme from there writes its times.
_CITY_ZONES.update({
    **dict.fromkeys(("münchen", "muenchen", "köln", "koeln", "nürnberg"), "Europe/Berlin"),
    **dict.fromkeys(("milano", "firenze", "torino", "napoli", "venezia"), "Europe/Rome"),
    **dict.fromkeys(("genève", "geneve", "genf", "ginevra"), "Europe/Zurich"),
    **dict.fromkeys(("kraków", "krakow"), "Europe/Warsaw"), "porto": "Europe/Lisbon",
    "sevilla": "Europe/Madrid", "antwerpen": "Europe/Brussels",
})
# A zone's own city or country in its own language ('Wien', 'Praha', 'heure de Paris', 'Ora
# italiana'): that zone, named without the words.
_OWN_LANGUAGE = {
    **dict.fromkeys(("deutschland", "deutsche"), "Europe/Berlin"),
    **dict.fromkeys(("wien", "österreich"), "Europe/Vienna"),
    **dict.fromkeys(("roma", "italia", "italiana"), "Europe/Rome"),
    **dict.fromkeys(("praha", "prag"), "Europe/Prague"),
    "lisboa": "Europe/Lisbon",
    **dict.fromkeys(("bruxelles", "brussel", "belgique", "belgië"), "Europe/Brussels"),
    **dict.fromkeys(("zürich", "zuerich", "schweiz", "suisse", "svizzera"), "Europe/Zurich"),
    **dict.fromkeys(("españa", "espana", "spain", "española", "espanola", "peninsular"),
                    "Europe/Madrid"),
    **dict.fromkeys(("française", "francaise"), "Europe/Paris"),
    **dict.fromkeys(("warszawa", "polska"), "Europe/Warsaw"),
    "københavn": "Europe/Copenhagen", "den_haag": "Europe/Amsterdam",
}
# The words before or after a place naming its time in French, Spanish, Portuguese, Italian
# and German: 'heure de Paris', 'hora de Madrid', 'Ora italiana', 'Berlin Zeit'.
_LOCAL_TIME = re.compile(r"^(?:heure|hora|horário|horario|ora)\s+(?:(?:de|di|da|do)\s+|d')?"
                         r"|\s+(?:zeit|ortszeit)$", re.IGNORECASE)


# German names a city's time by its adjective, the city with 'er' after it ('Wiener Zeit',
# 'Berliner Zeit'); these few drop or gain a letter on the way.
_GERMAN_ADJECTIVES = {"münchner": "münchen", "muenchner": "muenchen", "zürcher": "zürich",
                      "zuercher": "zuerich", "basler": "basel"}


def _german_city_time(name: str) -> str | None:
    """The zone of a city's time written with its German adjective ('Wiener Zeit', 'Münchner
    Zeit', 'Zürcher Ortszeit'); None for any other words or a city no table places. Only
    a city's zone: 'Easter Zeit' is not Brazil/East's, nor 'Utcer Zeit' Etc/UTC's."""
    adjective = re.fullmatch(r"(\w+er)\s+(?:orts)?zeit", " ".join(name.casefold().split()))
    if adjective is None:
        return None
    city = _GERMAN_ADJECTIVES.get(adjective[1], adjective[1].removesuffix("er"))
    own = _zones_by_own_place().get(city)
    return _OWN_LANGUAGE.get(city) or _CITY_ZONES.get(city) or (
        own if own in _countries_zones() else None)


@lru_cache(maxsize=1)
def _countries_zones() -> frozenset[str]:
    """The zones zone.tab places in a country, each named for a city ('Asia/Aden'); not a
    region's or an old alias ('Brazil/East', 'US/Eastern', 'Etc/UTC')."""
    return frozenset().union(*_zones_by_country_code().values())


def local_time_words(name: str) -> bool:
    """Whether a zone is written as a place's time in French, Spanish, Portuguese, Italian
    or German words ('heure de Paris', 'Berliner Zeit'): its hint names the place's zone."""
    return _LOCAL_TIME.search(name.strip()) is not None


# The US zones as programmes write them short ('9:00 AM PT'); MT is Arizona's too.
_US_SHORT = {
    "pt": "did you mean 'America/Los_Angeles'?", "et": "did you mean 'America/New_York'?",
    "ct": "did you mean 'America/Chicago'?",
    "mt": "did you mean 'America/Denver', or in Arizona (no summer time) 'America/Phoenix'?",
}


# US states and Canadian provinces by name: a zone's own city written with one is its
# namesake over there ('Paris, Texas', 'London, Ontario'), not the zone's city.
_E, _C, _M, _P = ("America/New_York", "America/Chicago", "America/Denver",
                  "America/Los_Angeles")
# The US states and Canadian provinces by their codes, as an address writes them ('Paris, TX',
# 'London, ON'), with the zones their clocks keep: 'Seattle, WA' keeps Seattle's, where
# 'Portland, Maine' does not keep Portland, Oregon's.
_STATE_ZONES: dict[str, tuple[str, ...]] = {
    "al": (_C,), "ak": ("America/Anchorage",), "az": ("America/Phoenix",), "ar": (_C,),
    "ca": (_P,), "co": (_M,), "ct": (_E,), "dc": (_E,), "de": (_E,), "fl": (_E, _C),
    "ga": (_E,), "hi": ("Pacific/Honolulu",), "id": ("America/Boise", _P), "il": (_C,),
    "in": ("America/Indiana/Indianapolis", _C), "ia": (_C,), "ks": (_C, _M),
    "ky": ("America/Kentucky/Louisville", _C), "la": (_C,), "me": (_E,), "md": (_E,),
    "ma": (_E,), "mi": ("America/Detroit", _C), "mn": (_C,), "ms": (_C,), "mo": (_C,),
    "mt": (_M,), "ne": (_C, _M), "nv": (_P,), "nh": (_E,), "nj": (_E,), "nm": (_M,),
    "ny": (_E,), "nc": (_E,), "nd": (_C, _M), "oh": (_E,), "ok": (_C,), "or": (_P, _M),
    "pa": (_E,), "ri": (_E,), "sc": (_E,), "sd": (_C, _M), "tn": (_C, _E), "tx": (_C, _M),
    "ut": (_M,), "vt": (_E,), "va": (_E,), "wa": (_P,), "wv": (_E,), "wi": (_C,), "wy": (_M,),
    "ab": ("America/Edmonton",), "bc": ("America/Vancouver",), "mb": ("America/Winnipeg",),
    "nb": ("America/Moncton",), "nl": ("America/St_Johns",), "ns": ("America/Halifax",),
    "nt": ("America/Yellowknife", "America/Edmonton"),
    "nu": ("America/Iqaluit", "America/Rankin_Inlet", "America/Cambridge_Bay"),
    "on": ("America/Toronto",), "pe": ("America/Halifax",), "qc": ("America/Toronto",),
    "sk": ("America/Regina",), "yt": ("America/Whitehorse",),
}
# The same by their names.
_STATE_CODES = {
    "alabama": "al", "alaska": "ak", "arizona": "az", "arkansas": "ar", "california": "ca",
    "colorado": "co", "connecticut": "ct", "delaware": "de", "florida": "fl", "hawaii": "hi",
    "idaho": "id", "illinois": "il", "indiana": "in", "iowa": "ia", "kansas": "ks",
    "kentucky": "ky", "louisiana": "la", "maine": "me", "maryland": "md",
    "massachusetts": "ma", "michigan": "mi", "minnesota": "mn", "mississippi": "ms",
    "missouri": "mo", "montana": "mt", "nebraska": "ne", "nevada": "nv", "ohio": "oh",
    "oklahoma": "ok", "oregon": "or", "pennsylvania": "pa", "tennessee": "tn", "texas": "tx",
    "utah": "ut", "vermont": "vt", "virginia": "va", "washington": "wa", "wisconsin": "wi",
    "wyoming": "wy", "alberta": "ab", "manitoba": "mb", "ontario": "on", "quebec": "qc",
    "québec": "qc", "saskatchewan": "sk", "yukon": "yt", "new_hampshire": "nh",
    "new_jersey": "nj", "new_mexico": "nm", "new_york": "ny", "north_carolina": "nc",
    "north_dakota": "nd", "rhode_island": "ri", "south_carolina": "sc", "south_dakota": "sd",
    "west_virginia": "wv", "british_columbia": "bc", "new_brunswick": "nb",
    "newfoundland_and_labrador": "nl", "nova_scotia": "ns", "prince_edward_island": "pe",
    "northwest_territories": "nt", "nunavut": "nu",
    "georgia": "ga",
}
# A state's name that is a country's too, with the country's code: 'Tbilisi, Georgia' is the
# country's capital, 'Athens, Georgia' a city of the state.
_COUNTRY_NAMES = {"georgia": "ge"}
_NORTH_AMERICAN_REGIONS = frozenset(_STATE_CODES)
_NORTH_AMERICAN_CODES = frozenset(_STATE_ZONES)
# Towns keeping clocks other than their state's or province's, as zone.tab's comments place
# them ('MST - BC (Dawson Cr, Ft St John)'; Rainy River and Coral Harbour name links): a town
# so named written with its state keeps its own zone ('Adak, AK' is an hour behind Anchorage).
# America/Adak is the Aleutians west of 169.5° W: Atka's too, not Unalaska's (Anchorage's).
_TOWN_ZONES: dict[str, dict[str, str]] = {
    "ak": {"adak": "America/Adak", "atka": "America/Adak"},
    "bc": {"creston": "America/Creston", "dawson_creek": "America/Dawson_Creek",
           **dict.fromkeys(("fort_st_john", "fort_saint_john"), "America/Dawson_Creek"),
           "fort_nelson": "America/Fort_Nelson"},
    "on": {"atikokan": "America/Atikokan", "rainy_river": "America/Winnipeg"},
    "nu": {"coral_harbour": "America/Atikokan"}, "qc": {"blanc-sablon": "America/Blanc-Sablon"},
    "nl": {"goose_bay": "America/Goose_Bay"},
}


# A country's two-letter code (ISO 3166) after one of its cities means the country, as a
# planner writes a European city with its country: 'Munich, DE', 'Lyon, FR'. Where the code is
# a US state's or Canadian province's too, 'Berlin, DE' is not in Delaware, nor 'Amsterdam, NL'
# in Newfoundland, since the zone is that country's.
@lru_cache(maxsize=1)
def _zones_by_country_code() -> dict[str, frozenset[str]]:
    """Each country's zones by its code, as the tz database's zone.tab lists them: 'de' ->
    Europe/Berlin and Europe/Busingen, 'mt' -> Europe/Malta."""
    table = importlib.resources.files("tzdata.zoneinfo").joinpath("zone.tab")
    zones: dict[str, set[str]] = {}
    for line in table.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            code, _, zone = line.split("\t")[:3]
            zones.setdefault(code.casefold(), set()).add(zone)
    return {code: frozenset(its) for code, its in zones.items()}


def _country_has_zone(code: str, zone: str) -> bool:
    return zone in _zones_by_country_code().get(code, frozenset())


def _namesake_over_there(region: str, zone: str) -> bool:
    """Whether a zone's own city written with `region` is its namesake in a US state or
    Canadian province ('Paris, Texas', 'London, ON', 'Vancouver, WA'): not where the code is
    its own country's too ('Berlin, DE', 'Toronto, CA'), nor for an American zone's city
    but one of the other country ('Juneau, AK' keeps Juneau's)."""
    if not _is_state(region) or _country_has_zone(_COUNTRY_NAMES.get(region, region), zone):
        return False
    if zone.startswith("America/"):
        return _country_has_zone(_neighbour_of(region), zone)
    return True


# Canada's provinces and territories: a Canadian zone's city with a US state's code is its
# namesake there, as a US zone's city with a province's is.
_CANADIAN_CODES = frozenset(("ab", "bc", "mb", "nb", "nl", "ns", "nt", "nu", "on", "pe", "qc",
                             "sk", "yt"))


def _neighbour_of(region: str) -> str:
    """The country code of the country a state or province is not in: 'ca' for 'WA'."""
    return "us" if _country_of(region) == "ca" else "ca"


def _country_of(region: str) -> str:
    """The country code of a state or province: 'us' for 'WA', 'ca' for 'BC'."""
    return "ca" if _STATE_CODES.get(region, region) in _CANADIAN_CODES else "us"


def _is_state(region: str) -> bool:
    return region in _NORTH_AMERICAN_REGIONS or region in _NORTH_AMERICAN_CODES


def _is_country_too(region: str) -> bool:
    """Whether a state's name or code names a country as well ('Georgia'; 'IL' is Israel's)."""
    return region in _COUNTRY_NAMES or region in _zones_by_country_code()


def _state_zone(region: str, city_zone: str | None) -> str | None:
    """The zone of a US state or Canadian province whose clocks keep one zone, whatever its
    city ('Athens, GA', 'Portland, Maine': New York's; 'Denver, NT': Yellowknife's); of a
    state of several zones, the one keeping the clocks of the zone named for its city
    ('Vancouver, OR': Oregon's Pacific time). None for a state of several zones none of which
    is the city's ('Paris, TX'), or a city no table places with a name or code that is a
    country's too ('Springfield, IL' may be in Illinois or Israel)."""
    kept = _STATE_ZONES.get(_STATE_CODES.get(region, region), ())
    if city_zone is None and _is_country_too(region):
        return None
    if len(kept) == 1 or _one_clock(kept):  # the Northwest Territories' two names
        return kept[0]
    same_clocks = [zone for zone in kept if city_zone and _offsets(zone) == _offsets(city_zone)]
    return same_clocks[0] if len(same_clocks) == 1 else None


def _one_clock(zones: tuple[str, ...]) -> bool:
    """Whether zones keep one clock under several names ('America/Yellowknife' is a link to
    'America/Edmonton')."""
    return len({frozenset(_offsets(zone)) for zone in zones}) == 1


def _namesake_in_another_state(region: str, zone: str) -> bool:
    """Whether a city with a zone, written with a state none of whose zones keeps its clocks, is
    its namesake there ('New York, TX', 'Phoenix, NM', 'Mexico City, TX', 'Juneau, TX'); not
    where the code is the city's country's too ('Toronto, CA'). A town of the state keeping
    clocks of its own ('Adak, AK') is placed before this, by `_town_zone`."""
    if not _is_state(region) or _country_has_zone(_COUNTRY_NAMES.get(region, region), zone):
        return False
    if _in_another_country(region, zone):  # 'Havana, FL': Cuba's clocks are New York's
        return True  # on this year's dates, but Havana is not in Florida
    kept = _STATE_ZONES.get(_STATE_CODES.get(region, region), ())
    return all(_offsets(other) != _offsets(zone) for other in kept)


def _in_another_country(region: str, zone: str) -> bool:
    """Whether zone.tab places the zone in a country other than the state's or province's.
    A link it does not list ('America/Montreal') is left to the clocks."""
    return zone in _countries_zones() and not _country_has_zone(_country_of(region), zone)


def _town_zone(city: str, region: str) -> str | None:
    """The zone of a town keeping clocks other than its state's, written with its state by
    name or code ('Creston, BC', 'Adak, Alaska'); None for any other place."""
    return _TOWN_ZONES.get(_STATE_CODES.get(region, region), {}).get(city.replace(".", ""))


def _state_keeps(region: str, zone: str) -> bool:
    """Whether a US state or Canadian province, by name or code, keeps a city's zone:
    'Seattle, WA', 'Austin, Texas'."""
    return zone in _STATE_ZONES.get(_STATE_CODES.get(region, region), ())


def _city_in_country(said: str) -> str | None:
    """The zone of a place written with its country or state ('Berlin, Germany', 'Chicago,
    IL'): a zone's own city, or a city its country's zone agrees with ('Munich, Germany');
    else the zone of a state of one zone ('Portland, Maine' keeps New York's clocks, not
    Portland, Oregon's)."""
    place, comma, country = said.partition(",")
    if not comma:
        return None
    own = _zones_by_own_place()
    city, after = ("_".join(words.casefold().split()) for words in (place, country))
    zone: str | None
    if town := _town_zone(city, after):  # 'Adak, Alaska' is not Anchorage's (US/Alaska)
        return town
    if city in own:  # a zone's own city: the country must agree, or be one no table knows
        # An old link's city is the tables' ('Montreal, NY' is not America/Montreal's Canada,
        # and 'Ensenada, CA' keeps California's clocks, as 'Tijuana, CA' does).
        zone = _CITY_ZONES.get(city, own[city])
        agrees = (_CITY_ZONES.get(after) or own.get(after)) in (zone, None) and not (
            _namesake_over_there(after, zone) or _namesake_in_another_state(after, zone))
    else:  # a city the tables place ('Munich'): its country, by name or by code, must keep
        zone = _CITY_ZONES.get(city)  # the city's zone ('Munich, Germany', 'Munich, DE')
        agrees = zone is not None and (
            (_CITY_ZONES.get(after) or own.get(after)) == zone or _country_has_zone(after, zone)
            or _state_keeps(after, zone))
    return zone if agrees else _state_zone(after, zone)


def _namesake_in_state(said: str) -> bool:
    """Whether the words are a city a zone or a table places, with a US state or Canadian
    province ('Vancouver, TX'): the state rules have decided, and a near spelling must not
    undo them."""
    place, comma, region = said.partition(",")
    city = "_".join(place.casefold().split())
    return bool(comma) and _is_state("_".join(region.casefold().split())) and (
        city in _zones_by_own_place() or city in _CITY_ZONES)


# Windows' zone names (CLDR's windowsZones table, as tzlocal ships it), as Outlook, Exchange
# and a PowerShell export write them: 'W. Europe Standard Time' keeps Berlin's clocks. Read by
# the whole name, never by its first word: 'Central Asia Standard Time' is not Chicago's.
_WINDOWS_ZONES = {windows.casefold(): zone for windows, zone in win_tz.items()}
# CLDR keeps the old spellings for stability; the tz database has renamed these places.
_RENAMED = {"Asia/Calcutta": "Asia/Kolkata", "Asia/Katmandu": "Asia/Kathmandu",
            "Asia/Rangoon": "Asia/Yangon", "Europe/Kiev": "Europe/Kyiv",
            "America/Godthab": "America/Nuuk", "America/Buenos_Aires":
            "America/Argentina/Buenos_Aires", "America/Indianapolis":
            "America/Indiana/Indianapolis"}


# Australia's sides as people name them: Queensland and the Northern Territory keep the clocks
# of their side without its summer time, an hour off Sydney's and Adelaide's all summer.
_AUSTRALIAN = {
    **dict.fromkeys(("australia/eastern", "australian eastern"), "did you mean "
                    "'Australia/Sydney', or 'Australia/Brisbane' in Queensland, which keeps "
                    "no summer time?"),
    **dict.fromkeys(("australia/central", "australian central"), "did you mean "
                    "'Australia/Adelaide', or 'Australia/Darwin' in the Northern Territory, "
                    "which keeps no summer time?"),
    **dict.fromkeys(("australia/western", "australian western"),
                    "did you mean 'Australia/Perth'?"),
}


def _windows_zone(name: str) -> str | None:
    """The zone a Windows name means; its summer name too ('W. Europe Daylight Time')."""
    text = " ".join(name.casefold().split()).replace(" daylight time", " standard time")
    zone = _WINDOWS_ZONES.get(text)
    return _RENAMED.get(zone, zone) if zone else None


def _nickname(name: str) -> str:
    """The abbreviation, or the words a Windows name puts before its 'Standard Time':
    "Eastern Standard Time" -> "eastern", "Central European Standard Time" -> "central
    european" (not "central", Chicago's); a calendar's "Central European Time" too."""
    text = name.strip().casefold()
    words = text.removesuffix(" time").split()
    if len(words) > 1 and words[-1] in ("standard", "daylight", "summer"):
        return " ".join(words[:-1])
    # "Eastern Time", "Central European Time", as a calendar names the zone
    return " ".join(words) if text.endswith(" time") else text


# German words a title row, or a setting copied from one, puts before the zone the times are
# in: 'Uhrzeit: MEZ', 'Uhrzeiten in MEZ', 'Alle Zeiten sind in MESZ', 'Zeitzone: MEZ'.
GERMAN_TIMES_IN = r"(?:alle\s+)?(?:uhrzeit(?:en|zone)?|zeit(?:en|zone))\b(?:\s+sind)?(?:\s+in)?"
_GERMAN_TITLE = re.compile(GERMAN_TIMES_IN + r"\s*[:=]?\s*(?P<zone>\S.*)", re.IGNORECASE)
# A zone's nickname or abbreviation with German 'Zeit' (time) after it: 'Eastern Zeit'.
_GERMAN_ZEIT = re.compile(r"(.+?)\s+(?:orts)?zeit", re.IGNORECASE)


def _timezone_hint(name: str, known: dict[str, str]) -> str:
    """What to write instead of an unknown zone: first by how it is written, then by its place."""
    if titled := _GERMAN_TITLE.fullmatch(name.strip()):  # the zone after 'Uhrzeit:'
        return _timezone_hint(titled["zone"], known)
    if (german := _GERMAN_ZEIT.fullmatch(name.strip())) and (
            _nickname(german[1]) in _TIMEZONE_NICKNAMES):  # 'Eastern Zeit' is 'Eastern Time'
        return _timezone_hint(f"{german[1]} time", known)
    return _written_hint(name, known) or _place_hint(name, known)


def _written_hint(name: str, known: dict[str, str]) -> str | None:
    """The hint for a zone written by the name of its clocks rather than its place: an abbreviation
    or nickname ('CEST', 'Eastern'), a standard and summer pair ('CET/CEST'), an Outlook or
    Windows name, an offset ('UTC+2'); None for anything else."""
    word, said = _nickname(name), name.strip().casefold()
    # Several places' abbreviation, alone or as its time ('IST time'): each place's zone.
    if word in _SEVERAL_PLACES and said in (word, f"{word} time"):
        return ("an abbreviation fixes one offset all year, and several places write this "
                f"one; use the place's name, {_SEVERAL_PLACES[word]}, which follows its clocks "
                "through the year.")
    # The zone, not a fixed offset: 'Eastern Time', and 'Eastern' alone (abbreviations are
    # of four letters at most).
    if word in _TIMEZONE_NICKNAMES and (said == f"{word} time" or (
            said == word and len(word) > 4 and word.isalpha())):
        return f"did you mean {_TIMEZONE_NICKNAMES[word]!r}?"
    if word in _US_SHORT:
        return _US_SHORT[word]
    if word in _TIMEZONE_NICKNAMES:
        kind = "a standard or daylight time" if " " in name.strip() else "an abbreviation"
        return (f"{kind} fixes one offset all year; use the place's name, "
                f"{_TIMEZONE_NICKNAMES[word]!r}, which follows its clocks through the year.")
    if australian := _AUSTRALIAN.get(word) or _AUSTRALIAN.get("_".join(name.casefold().split())):
        return australian
    if paired := paired_zone(name):
        return f"did you mean {paired!r}?"
    if outlook := _OUTLOOK.fullmatch(" ".join(name.casefold().split())):
        return _outlook_hint(outlook, name)
    if unbracketed := _OFFSET_AND_CITIES.fullmatch(name.strip()):  # 'UTC+01:00 Amsterdam'
        return _timezone_hint(f"({unbracketed[1]}) {unbracketed[2]}", known)
    if (placed := _CITY_AND_OFFSET.fullmatch(name.strip())) and (
            city := _city_offset_hint(placed[1], placed[2])):  # 'Orlando UTC-4'
        return city
    if regional := _US_AND_CANADA.fullmatch(name.strip()):  # 'Central Time (US & Canada)'
        return _timezone_hint(regional[1], known)
    if (shown := _cities_offset(name)) is not None:  # 'Amsterdam, Berlin, Bern, Rome'
        return _timezone_hint(f"(UTC{shown}) {name.strip()}", known)
    if in_words := zone_in_words(name):  # "heure d'Europe centrale"
        return f"did you mean {in_words!r}?"
    if offset := _UTC_OFFSET.fullmatch(name.strip().casefold()):
        return _offset_hint(offset)
    if windows := _windows_zone(name):
        return f"did you mean {windows!r} (its Windows name)?"
    # A nickname under a region, as a tz name is written ('America/Eastern', 'US/Central').
    wanted = "_".join(name.casefold().split())
    region, _, nickname = wanted.rpartition("/")
    if region and nickname in _TIMEZONE_NICKNAMES:
        # 'America/Eastern' is New York's; 'Europe/Central' is not Chicago's (nor, by its
        # spelling, 'US/Central'), and 'America/Eastern' not Easter Island's.
        zone = _TIMEZONE_NICKNAMES[nickname]
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
    said = _LOCAL_TIME.sub("", re.sub(r"\s+time$", "", name.strip(), flags=re.IGNORECASE))
    if (city := "_".join(said.casefold().replace(",", " ").replace(".", "").split())) \
            in _CITY_ZONES:  # 'Washington, D.C.', 'St. Louis'
        return f"did you mean {_CITY_ZONES[city]!r} ({said}'s)?"
    if said_zone := (_OWN_LANGUAGE.get(city) or _german_city_time(name)
                     or _city_in_country(said)):  # 'Wien', 'Wiener Zeit', 'Berlin, Germany'
        return f"did you mean {said_zone!r}?"
    if _namesake_in_state(said):  # 'Vancouver, TX' is not near Canada's 'America/Vancouver'
        return _GENERIC
    if wanted == "z":  # ISO 8601's UTC ('10:00Z')
        return "did you mean 'UTC'?"
    own = _zones_by_own_place()
    place = "_".join(said.casefold().split()).rpartition("/")[2]
    if place in own:
        return f"did you mean {own[place]!r}?"
    if place in _CITY_ZONES:  # 'Europe/Munich': a city the tables place, named as tz names are
        return f"did you mean {_CITY_ZONES[place]!r}?"
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


# The standard half of a pair written as one zone ('CET/CEST') that is a tz name too: the
# zone of the summer time after it is meant.
_STANDARD_HALVES = {"cet": "Europe/Berlin", "eet": "Europe/Helsinki", "wet": "Europe/Lisbon"}


def paired_zone(name: str) -> str | None:
    """The zone of a standard and a summer time written together, as a programme says its
    clocks change ('CET/CEST', 'EST/EDT', 'MEZ/MESZ', 'GMT/BST'): both halves one place's."""
    halves = [half.strip().casefold() for half in re.split(r"\s*[/&]\s*|\s+or\s+", name)]
    zones = {_TIMEZONE_NICKNAMES.get(half) or _STANDARD_HALVES.get(half) for half in halves}
    if len(halves) == 2 and len(zones) == 1 and None not in zones:
        return zones.pop()
    return None


# Central European Time as French, Spanish and German name it: the zone of a country that
# names it so, as 'CET/CEST' is Berlin's.
_ZONES_IN_WORDS = {
    **dict.fromkeys(("heure d'europe centrale", "heure normale d'europe centrale",
                     "heure d'été d'europe centrale", "heure avancée d'europe centrale",
                     "hora de europa central", "hora central europea",
                     "hora de verano de europa central"), "Europe/Paris"),
    **dict.fromkeys(("mitteleuropäische zeit", "mitteleuropaeische zeit",
                     "mitteleuropäische sommerzeit", "mitteleuropaeische sommerzeit"),
                    "Europe/Berlin"),
}


def zone_in_words(name: str) -> str | None:
    """The zone of a zone's name written in French, Spanish or German words ("heure
    d'Europe centrale", 'Mitteleuropäische Zeit'); None for any other."""
    return _ZONES_IN_WORDS.get(" ".join(name.casefold().replace("’", "'").split()))


def _cities_offset(name: str) -> str | None:
    """The offset Outlook shows before a list of cities written without it ('Amsterdam,
    Berlin, Bern, Rome'): the standard offset most of its cities keep, as '+01:00'; None
    unless two of its cities name a zone. 'Rome, New York' is one place, in its state."""
    cities = name.split(",")
    if len(cities) == 2 and "_".join(cities[1].casefold().split()) in _NORTH_AMERICAN_REGIONS:
        return None
    zones = [zone for city in cities if (zone := _city_zone(" ".join(city.split())))]
    if len(zones) < 2:
        return None
    offset = Counter(map(_standard_offset, zones)).most_common(1)[0][0]
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
_GENERIC = "use a tz database name such as 'America/Chicago' or 'Europe/Berlin'."
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
    if (nickname := _nickname(words)) in _TIMEZONE_NICKNAMES:  # 'Eastern Time'
        cities = [_TIMEZONE_NICKNAMES[nickname]]
    offered: dict[str, str] = {}  # zone -> how it is shown
    for city in (" ".join(city.split()).removeprefix("City of ") for city in cities):
        zone = _city_zone(city)
        if zone is None or _standard_offset(zone) != offset:
            continue  # Urumqi's clocks are not Beijing's: never offered by the hour shown
        if zone not in offered or _place(zone) == _place(city):
            offered[zone] = repr(zone) if _place(zone) == _place(city) else f"{zone!r} ({city}'s)"
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
    if written not in _offsets(zone):
        return None
    return f"did you mean {zone!r}?" if _place(zone) == _place(city) else (
        f"did you mean {zone!r} ({city}'s)?")


def _offsets(zone: str) -> set[dt.timedelta | None]:
    """The offsets a zone keeps this year, in winter and in summer."""
    year = dt.date.today().year
    return {dt.datetime(year, month, 1, tzinfo=ZoneInfo(zone)).utcoffset() for month in (1, 7)}


def _place(name: str) -> str:
    return "_".join(name.rpartition("/")[2].casefold().split())


def _city_zone(city: str) -> str | None:
    """The zone a city (or a zone's name) keeps the clocks of, if one zone is named for it."""
    if "/" in city:
        try:
            return ZoneInfo(city).key
        except (ZoneInfoNotFoundError, ValueError, IsADirectoryError):
            return None  # no zone: 'Foo/Bar'
    return _CITY_ZONES.get(_place(city)) or _zones_by_own_place().get(_place(city))


@lru_cache(maxsize=1)
def _zones_by_own_place() -> dict[str, str]:
    """Each place the tz database names one zone for: 'amsterdam' -> Europe/Amsterdam."""
    zones_by_place: dict[str, list[str]] = {}
    for zone in available_timezones():
        if "/" in zone:
            zones_by_place.setdefault(_place(zone), []).append(zone)
    return {place: zones[0] for place, zones in zones_by_place.items() if len(zones) == 1}


def _standard_offset(zone: str) -> dt.timedelta:
    """The offset a zone keeps outside summer time, as Outlook shows it: '(UTC+01:00)'."""
    year = dt.date.today().year
    offsets = (dt.datetime(year, month, 1, tzinfo=ZoneInfo(zone)).utcoffset()
               for month in (1, 7))
    return min(offset for offset in offsets if offset is not None)


def _near(one: str, other: str) -> bool:
    return difflib.SequenceMatcher(None, one, other).ratio() >= 0.8


def local_to_utc(local: dt.datetime, zone: ZoneInfo) -> dt.datetime:
    """Convert a naive local time to UTC, refusing times DST skips or repeats."""
    early = local.replace(tzinfo=zone, fold=0)
    late = local.replace(tzinfo=zone, fold=1)
    if early.utcoffset() == late.utcoffset():
        return early.astimezone(UTC)
    round_trip = early.astimezone(UTC).astimezone(zone).replace(tzinfo=None)
    if round_trip != local:
        raise CellError(
            "nonexistent-time",
            f"{local:%Y-%m-%d %H:%M} does not exist in {zone.key}: clocks skip it when "
            "daylight saving time starts; use a time before or after the jump",
        )
    raise CellError(
        "ambiguous-time",
        f"{local:%Y-%m-%d %H:%M} happens twice in {zone.key} when daylight saving time ends; "
        "move the session off that hour",
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
