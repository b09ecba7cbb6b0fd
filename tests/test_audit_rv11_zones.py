"""Timezones as planners type them: a spelled-out or Windows name is read by all its words,
so 'Central European Standard Time' is offered Berlin's zone, never Chicago's."""

from __future__ import annotations

import pytest

from importer import zones
from importer.errors import ConfigError

FIXED = ("a standard or daylight time fixes one offset all year; use the place's name, "
         "{zone!r}, which follows its clocks through the year.")
WINDOWS = "did you mean {zone!r} (its Windows name)?"
GENERIC = "write it as a region and a city, like 'America/Chicago' or 'Europe/London'."


@pytest.mark.parametrize(("given", "hint"), [
    ("Central European Standard Time", FIXED.format(zone="Europe/Berlin")),  # Windows' Warsaw
    ("Central Europe Standard Time", FIXED.format(zone="Europe/Berlin")),  # Windows' Prague
    ("Central European Summer Time", FIXED.format(zone="Europe/Berlin")),  # CEST spelled out
    ("Central European Time", "did you mean 'Europe/Berlin'?"),
    ("US Eastern Time", "did you mean 'America/New_York'?"),
    ("Eastern Standard Time", FIXED.format(zone="America/New_York")),
    # Windows names whose first word is a US zone's nickname, for zones far from it:
    # Bishkek, Santiago, Guatemala, the Solomon Islands. Each was offered a US zone.
    ("Central Asia Standard Time", WINDOWS.format(zone="Asia/Bishkek")),
    ("Pacific SA Standard Time", WINDOWS.format(zone="America/Santiago")),
    ("Central America Standard Time", WINDOWS.format(zone="America/Guatemala")),
    ("Central Pacific Standard Time", WINDOWS.format(zone="Pacific/Guadalcanal")),
    ("Eastern European Standard Time", FIXED.format(zone="Europe/Helsinki")),
])
def test_a_spelled_out_zone_is_read_by_all_its_words(given: str, hint: str) -> None:
    with pytest.raises(ConfigError) as caught:
        zones.resolve_timezone(given)
    assert str(caught.value) == f"unknown timezone {given!r}: {hint}"


def test_an_abbreviation_is_still_called_one() -> None:
    with pytest.raises(ConfigError) as caught:
        zones.resolve_timezone("EST")
    assert str(caught.value) == (
        "unknown timezone 'EST': an abbreviation fixes one offset all year; use the place's "
        "name, 'America/New_York', which follows its clocks through the year.")


@pytest.mark.parametrize(("given", "hint"), [
    ("America/Eastern", "did you mean 'America/New_York'?"),  # was Easter Island's
    ("America/Pacific", "did you mean 'America/Los_Angeles'?"),
    ("Europe/CEST", "did you mean 'Europe/Berlin'?"),
    ("Europe/Central", GENERIC),  # was 'US/Central', seven hours off
    ("Asia/Central", GENERIC),
])
def test_a_region_and_a_zone_s_nickname_are_not_read_by_spelling(given: str,
                                                                  hint: str) -> None:
    with pytest.raises(ConfigError) as caught:
        zones.resolve_timezone(given)
    assert str(caught.value) == f"unknown timezone {given!r}: {hint}"


@pytest.mark.parametrize(("given", "meant"), [
    ("Bombay", "Asia/Kolkata"),  # the tz database keeps 'Asia/Calcutta', not 'Asia/Bombay'
    ("Louisville", "America/Kentucky/Louisville"),  # two zones name it: no one was offered
    ("Washington, D.C.", "America/New_York"), ("Washington DC", "America/New_York"),
    ("St. Louis", "America/Chicago"), ("NYC", "America/New_York"),
    ("Rio de Janeiro", "America/Sao_Paulo"), ("Cape Town", "Africa/Johannesburg"),
    ("Abu Dhabi", "Asia/Dubai"), ("Wellington", "Pacific/Auckland"),
])
def test_a_conference_city_naming_no_zone_is_offered_its_clocks(given: str,
                                                                meant: str) -> None:
    with pytest.raises(ConfigError) as caught:
        zones.resolve_timezone(given)
    assert str(caught.value) == (
        f"unknown timezone {given!r}: did you mean {meant!r} ({given}'s)?")


def test_z_as_iso_8601_writes_utc_is_offered_utc() -> None:
    with pytest.raises(ConfigError) as caught:
        zones.resolve_timezone("Z")
    assert str(caught.value) == "unknown timezone 'Z': did you mean 'UTC'?"
