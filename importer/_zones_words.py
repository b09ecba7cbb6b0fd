"""What people write instead of a tz database name: abbreviations and nicknames, cities
that name no zone, a place's time in its own language, Windows' names, a standard and summer
pair."""

from __future__ import annotations

import re

from tzlocal.windows_tz import win_tz

from importer._zones_clocks import countries_zones, zones_by_own_place

# What people write instead of a tz database name. An abbreviation names no rules for summer
# time and several are ambiguous (CST is also China), so these only feed the suggestion; the
# closest spelling would be wrong by hours ('CST' is nearest 'UCT').
TIMEZONE_NICKNAMES = {
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
SEVERAL_PLACES = {
    "ist": "'Asia/Kolkata' in India, 'Europe/Dublin' in Ireland or 'Asia/Jerusalem' in Israel",
    "cst": "'America/Chicago', or 'Asia/Shanghai' in China",
    "aest": "'Australia/Sydney', or in Queensland (no summer time) 'Australia/Brisbane'",
}


# Cities that host conferences but name no zone of their own, and countries of one zone
# naming none: the zone their clocks keep.
CITY_ZONES = {
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
CITY_ZONES.update({
    **dict.fromkeys(("münchen", "muenchen", "köln", "koeln", "nürnberg"), "Europe/Berlin"),
    **dict.fromkeys(("milano", "firenze", "torino", "napoli", "venezia"), "Europe/Rome"),
    **dict.fromkeys(("genève", "geneve", "genf", "ginevra"), "Europe/Zurich"),
    **dict.fromkeys(("kraków", "krakow"), "Europe/Warsaw"), "porto": "Europe/Lisbon",
    "sevilla": "Europe/Madrid", "antwerpen": "Europe/Brussels",
})
# A zone's own city or country in its own language ('Wien', 'Praha', 'heure de Paris', 'Ora
# italiana'): that zone, named without the words.
OWN_LANGUAGE = {
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
LOCAL_TIME = re.compile(r"^(?:heure|hora|horário|horario|ora)\s+(?:(?:de|di|da|do)\s+|d')?"
                         r"|\s+(?:zeit|ortszeit)$", re.IGNORECASE)


# German names a city's time by its adjective, the city with 'er' after it ('Wiener Zeit',
# 'Berliner Zeit'); these few drop or gain a letter on the way.
_GERMAN_ADJECTIVES = {"münchner": "münchen", "muenchner": "muenchen", "zürcher": "zürich",
                      "zuercher": "zuerich", "basler": "basel"}


def german_city_time(name: str) -> str | None:
    """The zone of a city's time written with its German adjective ('Wiener Zeit', 'Münchner
    Zeit', 'Zürcher Ortszeit'); None for any other words or a city no table places. Only
    a city's zone: 'Easter Zeit' is not Brazil/East's, nor 'Utcer Zeit' Etc/UTC's."""
    adjective = re.fullmatch(r"(\w+er)\s+(?:orts)?zeit", " ".join(name.casefold().split()))
    if adjective is None:
        return None
    city = _GERMAN_ADJECTIVES.get(adjective[1], adjective[1].removesuffix("er"))
    own = zones_by_own_place().get(city)
    return OWN_LANGUAGE.get(city) or CITY_ZONES.get(city) or (
        own if own in countries_zones() else None)


def local_time_words(name: str) -> bool:
    """Whether a zone is written as a place's time in French, Spanish, Portuguese, Italian
    or German words ('heure de Paris', 'Berliner Zeit'): its hint names the place's zone."""
    return LOCAL_TIME.search(name.strip()) is not None


# The US zones as programmes write them short ('9:00 AM PT'); MT is Arizona's too.
US_SHORT = {
    "pt": "did you mean 'America/Los_Angeles'?", "et": "did you mean 'America/New_York'?",
    "ct": "did you mean 'America/Chicago'?",
    "mt": "did you mean 'America/Denver', or in Arizona (no summer time) 'America/Phoenix'?",
}


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
AUSTRALIAN = {
    **dict.fromkeys(("australia/eastern", "australian eastern"), "did you mean "
                    "'Australia/Sydney', or 'Australia/Brisbane' in Queensland, which keeps "
                    "no summer time?"),
    **dict.fromkeys(("australia/central", "australian central"), "did you mean "
                    "'Australia/Adelaide', or 'Australia/Darwin' in the Northern Territory, "
                    "which keeps no summer time?"),
    **dict.fromkeys(("australia/western", "australian western"),
                    "did you mean 'Australia/Perth'?"),
}


def windows_zone(name: str) -> str | None:
    """The zone a Windows name means; its summer name too ('W. Europe Daylight Time')."""
    text = " ".join(name.casefold().split()).replace(" daylight time", " standard time")
    zone = _WINDOWS_ZONES.get(text)
    return _RENAMED.get(zone, zone) if zone else None


def nickname_of(name: str) -> str:
    """The abbreviation, or the words a Windows name puts before its 'Standard Time':
    "Eastern Standard Time" -> "eastern", "Central European Standard Time" -> "central
    european" (not "central", Chicago's); a calendar's "Central European Time" too."""
    text = name.strip().casefold()
    words = text.removesuffix(" time").split()
    if len(words) > 1 and words[-1] in ("standard", "daylight", "summer"):
        return " ".join(words[:-1])
    # "Eastern Time", "Central European Time", as a calendar names the zone
    return " ".join(words) if text.endswith(" time") else text


# The standard half of a pair written as one zone ('CET/CEST') that is a tz name too: the
# zone of the summer time after it is meant.
_STANDARD_HALVES = {"cet": "Europe/Berlin", "eet": "Europe/Helsinki", "wet": "Europe/Lisbon"}


def paired_zone(name: str) -> str | None:
    """The zone of a standard and a summer time written together, as a programme says its
    clocks change ('CET/CEST', 'EST/EDT', 'MEZ/MESZ', 'GMT/BST'): both halves one place's."""
    halves = [half.strip().casefold() for half in re.split(r"\s*[/&]\s*|\s+or\s+", name)]
    zones = {TIMEZONE_NICKNAMES.get(half) or _STANDARD_HALVES.get(half) for half in halves}
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
