"""Abbreviations and spelled-out names of zones that were told only what a zone name looks
like, or worse, offered a zone by spelling alone, hours off ('EEST' was offered 'EST', seven
hours behind; 'MSK' Omsk's; 'EAT', East Africa's, Brazil's)."""

from __future__ import annotations

import pytest

from importer import zones
from importer.errors import ConfigError

ABBREVIATION = ("an abbreviation fixes one offset all year; use the place's name, {zone!r}, "
                "which follows its clocks through the year.")
SPELLED_OUT = ("a standard or daylight time fixes one offset all year; use the place's name, "
               "{zone!r}, which follows its clocks through the year.")
GENERIC = "write it as a region and a city, like 'America/Chicago' or 'Europe/London'."


@pytest.mark.parametrize(("given", "hint"), [
    # German: Mitteleuropäische (Sommer)Zeit.
    ("MEZ", ABBREVIATION.format(zone="Europe/Berlin")),
    ("MESZ", ABBREVIATION.format(zone="Europe/Berlin")),
    ("MSK", ABBREVIATION.format(zone="Europe/Moscow")),  # was 'Asia/Omsk', three hours off
    ("EEST", ABBREVIATION.format(zone="Europe/Helsinki")),  # was 'EST'
    ("EAT", ABBREVIATION.format(zone="Africa/Nairobi")),  # was 'Brazil/East'
    ("AEDT", ABBREVIATION.format(zone="Australia/Sydney")),
    ("NZDT", ABBREVIATION.format(zone="Pacific/Auckland")),
    ("SGT", ABBREVIATION.format(zone="Asia/Singapore")),
    ("HKT", ABBREVIATION.format(zone="Asia/Hong_Kong")),
    ("SAST", ABBREVIATION.format(zone="Africa/Johannesburg")),
    ("British Summer Time", SPELLED_OUT.format(zone="Europe/London")),
    ("Eastern European Summer Time", SPELLED_OUT.format(zone="Europe/Helsinki")),
    ("Eastern European Time", "did you mean 'Europe/Helsinki'?"),
    ("British Time", "did you mean 'Europe/London'?"),
])
def test_an_abbreviation_or_a_spelled_out_zone_is_offered_its_place(given: str,
                                                                    hint: str) -> None:
    with pytest.raises(ConfigError) as caught:
        zones.resolve_timezone(given)
    assert str(caught.value) == f"unknown timezone {given!r}: {hint}"


@pytest.mark.parametrize("given", [
    # Atlantic (Halifax) or Arabia (Riyadh); Adelaide's summer time or Darwin's none: no one
    # zone, and nothing offered by spelling ('AST' was 'Brazil/East', 'ACST' 'Australia/ACT').
    "AST", "ACST", "ast", "XYZ",
])
def test_a_short_word_no_table_knows_is_not_offered_a_zone_by_spelling(given: str) -> None:
    with pytest.raises(ConfigError) as caught:
        zones.resolve_timezone(given)
    assert str(caught.value) == f"unknown timezone {given!r}: {GENERIC}"


@pytest.mark.parametrize(("given", "meant"), [
    ("Oslo", "Europe/Oslo"), ("lima", "America/Lima"), ("Tokio", "Asia/Tokyo")])
def test_a_short_place_is_still_offered_its_zone(given: str, meant: str) -> None:
    with pytest.raises(ConfigError) as caught:
        zones.resolve_timezone(given)
    assert str(caught.value) == f"unknown timezone {given!r}: did you mean {meant!r}?"


@pytest.mark.parametrize("given", ["CET", "EET", "WET", "MET"])
def test_the_tz_database_s_european_zones_are_still_taken(given: str) -> None:
    """Unlike EST, these follow the EU's summer time."""
    assert zones.resolve_timezone(given).key == given
