"""A place written with its US state, Canadian province or country ('Portland, Maine',
'Berlin, DE'): the zone its clocks keep, and a zone's city that is its namesake there."""

from __future__ import annotations

from importer._zones_clocks import (
    countries_zones,
    country_has_zone,
    offsets_of,
    zones_by_country_code,
    zones_by_own_place,
)
from importer._zones_words import CITY_ZONES

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
NORTH_AMERICAN_REGIONS = frozenset(_STATE_CODES)
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


def _namesake_over_there(region: str, zone: str) -> bool:
    """Whether a zone's own city written with `region` is its namesake in a US state or
    Canadian province ('Paris, Texas', 'London, ON', 'Vancouver, WA'): not where the code is
    its own country's too ('Berlin, DE', 'Toronto, CA'), nor for an American zone's city
    but one of the other country ('Juneau, AK' keeps Juneau's)."""
    if not _is_state(region) or country_has_zone(_COUNTRY_NAMES.get(region, region), zone):
        return False
    if zone.startswith("America/"):
        return country_has_zone(_neighbour_of(region), zone)
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
    return region in NORTH_AMERICAN_REGIONS or region in _NORTH_AMERICAN_CODES


def _is_country_too(region: str) -> bool:
    """Whether a state's name or code names a country as well ('Georgia'; 'IL' is Israel's)."""
    return region in _COUNTRY_NAMES or region in zones_by_country_code()


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
    same_clocks = [zone for zone in kept if city_zone and offsets_of(zone) == offsets_of(city_zone)]
    return same_clocks[0] if len(same_clocks) == 1 else None


def _one_clock(zones: tuple[str, ...]) -> bool:
    """Whether zones keep one clock under several names ('America/Yellowknife' is a link to
    'America/Edmonton')."""
    return len({frozenset(offsets_of(zone)) for zone in zones}) == 1


def _namesake_in_another_state(region: str, zone: str) -> bool:
    """Whether a city with a zone, written with a state none of whose zones keeps its clocks, is
    its namesake there ('New York, TX', 'Phoenix, NM', 'Mexico City, TX', 'Juneau, TX'); not
    where the code is the city's country's too ('Toronto, CA'). A town of the state keeping
    clocks of its own ('Adak, AK') is placed before this, by `_town_zone`."""
    if not _is_state(region) or country_has_zone(_COUNTRY_NAMES.get(region, region), zone):
        return False
    if _in_another_country(region, zone):  # 'Havana, FL': Cuba's clocks are New York's
        return True  # on this year's dates, but Havana is not in Florida
    kept = _STATE_ZONES.get(_STATE_CODES.get(region, region), ())
    return all(offsets_of(other) != offsets_of(zone) for other in kept)


def _in_another_country(region: str, zone: str) -> bool:
    """Whether zone.tab places the zone in a country other than the state's or province's.
    A link it does not list ('America/Montreal') is left to the clocks."""
    return zone in countries_zones() and not country_has_zone(_country_of(region), zone)


def _town_zone(city: str, region: str) -> str | None:
    """The zone of a town keeping clocks other than its state's, written with its state by
    name or code ('Creston, BC', 'Adak, Alaska'); None for any other place."""
    return _TOWN_ZONES.get(_STATE_CODES.get(region, region), {}).get(city.replace(".", ""))


def _state_keeps(region: str, zone: str) -> bool:
    """Whether a US state or Canadian province, by name or code, keeps a city's zone:
    'Seattle, WA', 'Austin, Texas'."""
    return zone in _STATE_ZONES.get(_STATE_CODES.get(region, region), ())


def city_in_country(said: str) -> str | None:
    """The zone of a place written with its country or state ('Berlin, Germany', 'Chicago,
    IL'): a zone's own city, or a city its country's zone agrees with ('Munich, Germany');
    else the zone of a state of one zone ('Portland, Maine' keeps New York's clocks, not
    Portland, Oregon's)."""
    place, comma, country = said.partition(",")
    if not comma:
        return None
    own = zones_by_own_place()
    city, after = ("_".join(words.casefold().split()) for words in (place, country))
    zone: str | None
    if town := _town_zone(city, after):  # 'Adak, Alaska' is not Anchorage's (US/Alaska)
        return town
    if city in own:  # a zone's own city: the country must agree, or be one no table knows
        # An old link's city is the tables' ('Montreal, NY' is not America/Montreal's Canada,
        # and 'Ensenada, CA' keeps California's clocks, as 'Tijuana, CA' does).
        zone = CITY_ZONES.get(city, own[city])
        agrees = (CITY_ZONES.get(after) or own.get(after)) in (zone, None) and not (
            _namesake_over_there(after, zone) or _namesake_in_another_state(after, zone))
    else:  # a city the tables place ('Munich'): its country, by name or by code, must keep
        zone = CITY_ZONES.get(city)  # the city's zone ('Munich, Germany', 'Munich, DE')
        agrees = zone is not None and (
            (CITY_ZONES.get(after) or own.get(after)) == zone or country_has_zone(after, zone)
            or _state_keeps(after, zone))
    return zone if agrees else _state_zone(after, zone)


def namesake_in_state(said: str) -> bool:
    """Whether the words are a city a zone or a table places, with a US state or Canadian
    province ('Vancouver, TX'): the state rules have decided, and a near spelling must not
    undo them."""
    place, comma, region = said.partition(",")
    city = "_".join(place.casefold().split())
    return bool(comma) and _is_state("_".join(region.casefold().split())) and (
        city in zones_by_own_place() or city in CITY_ZONES)
