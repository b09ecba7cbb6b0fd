"""A place written with a US state or Canadian province whose clocks keep one zone is in
that zone, whatever the city ('Athens, GA', 'Portland, Maine'); with a state of several
zones ('Paris, TX') the city alone cannot tell which, and the general hint stays."""

from __future__ import annotations

import pytest

from importer.zones import timezone_setting

GENERIC = "write it as a region and a city, like 'America/Chicago' or 'Europe/London'."


def hint(name: str) -> str:
    with pytest.raises(ValueError) as refused:
        timezone_setting(name)
    return str(refused.value).removeprefix(f"unknown timezone {name!r}: ")


@pytest.mark.parametrize(("name", "zone"), [
    ("Athens, GA", "America/New_York"), ("Athens, Georgia", "America/New_York"),
    ("Atlanta, Georgia", "America/New_York"), ("Portland, Maine", "America/New_York"),
    ("Miami, OK", "America/Chicago"), ("Miami, Oklahoma", "America/Chicago"),
    ("Norman, OK", "America/Chicago"), ("London, Ontario", "America/Toronto"),
    ("Rome, New York", "America/New_York"), ("Paris, Québec", "America/Toronto"),
    # The Northwest Territories' two zones are one clock: Yellowknife's is Edmonton's.
    ("Denver, NT", "America/Yellowknife"), ("Athens, NT", "America/Yellowknife"),
    ("Denver, Northwest Territories", "America/Yellowknife")])
def test_a_place_in_a_state_of_one_zone_is_offered_the_states_zone(name: str,
                                                                   zone: str) -> None:
    """Each got the general hint, and 'Athens, Georgia' was offered Europe/Athens: Georgia
    is a US state too, seven hours from Greece."""
    assert hint(name) == f"did you mean {zone!r}?"


@pytest.mark.parametrize(("name", "said"), [
    ("Paris, TX", GENERIC), ("Paris, Texas", GENERIC), ("Naples, FL", GENERIC),
    ("Warsaw, Indiana", GENERIC), ("Springfield, IL", GENERIC), ("Batumi, Georgia", GENERIC),
    ("Berlin, DE", "did you mean 'Europe/Berlin'?"),
    ("Tbilisi, Georgia", "did you mean 'Asia/Tbilisi'?"),
    ("Libreville, GA", "did you mean 'Africa/Libreville'?")])
def test_a_state_of_several_zones_or_a_country_too_is_not_read_as_one_zone(
        name: str, said: str) -> None:
    """Texas keeps Central and Mountain time; IL is Israel's code as well as Illinois's, and
    Georgia a country as well as a state: a city no table places there tells neither."""
    assert hint(name) == said


@pytest.mark.parametrize(("name", "zone"), [
    ("Vancouver, WA", "America/Los_Angeles"), ("Vancouver, Washington", "America/Los_Angeles"),
    ("Halifax, VA", "America/New_York"), ("Detroit, ON", "America/Toronto")])
def test_a_zones_city_of_the_other_country_is_read_as_the_states(name: str,
                                                                  zone: str) -> None:
    """'Vancouver, WA' was offered Canada's America/Vancouver and 'Vancouver, Washington'
    the general hint (Washington read as the capital's zone): both are the Vancouver in
    Washington state, whose clocks are Los Angeles's."""
    assert hint(name) == f"did you mean {zone!r}?"


@pytest.mark.parametrize(("name", "zone"), [
    ("Vancouver, BC", "America/Vancouver"), ("Vancouver, CA", "America/Vancouver"),
    ("Toronto, CA", "America/Toronto"), ("Juneau, AK", "America/Juneau"),
    ("Menominee, MI", "America/Menominee")])
def test_a_zones_city_in_its_own_country_keeps_its_zone(name: str, zone: str) -> None:
    """CA is Canada's code as well as California's; Alaska and Michigan keep more zones than
    the state's table names."""
    assert hint(name) == f"did you mean {zone!r}?"
