"""A zone's own city written with a US state's or Canadian province's two-letter code
('Paris, TX', 'London, ON') is its namesake over there, as 'Paris, Texas' is: not offered
the European city's zone, but the state's where its clocks keep one ('London, ON' is
Toronto's). A code that is the city's own country's too ('Berlin, DE':
Germany, not Delaware; 'Amsterdam, NL': the Netherlands, not Newfoundland) means the
country, as a planner writing a European city with a country code does."""

from __future__ import annotations

import pytest

from importer import zones
from importer.errors import ConfigError

GENERIC = "write it as a region and a city, like 'America/Chicago' or 'Europe/London'."


def hint(name: str) -> str:
    with pytest.raises(ConfigError) as error:
        zones.resolve_timezone(name)
    said = str(error.value)
    assert said.startswith(f"unknown timezone {name!r}: "), said
    return said.partition(": ")[2]


@pytest.mark.parametrize("name", ["Paris, TX", "Moscow, ID", "London, KY", "Paris, TN"])
def test_a_european_city_with_the_code_of_a_state_of_several_zones_is_offered_no_zone(
        name: str) -> None:
    """'Paris, TX' was offered Europe/Paris: sessions in Texas would be read seven hours
    off."""
    assert hint(name) == GENERIC


@pytest.mark.parametrize(("name", "zone"), [
    ("London, ON", "America/Toronto"), ("Rome, GA", "America/New_York"),
    ("Vienna, VA", "America/New_York"), ("Berlin, MD", "America/New_York"),
    ("Paris, ME", "America/New_York"), ("Dublin, CA", "America/Los_Angeles"),
    ("Berlin, NH", "America/New_York")])
def test_a_european_city_with_the_code_of_a_state_of_one_zone_is_offered_the_states(
        name: str, zone: str) -> None:
    assert hint(name) == f"did you mean {zone!r}?"


@pytest.mark.parametrize(("name", "zone"), [
    ("Paris, FR", "Europe/Paris"), ("London, UK", "Europe/London"),
    ("London, GB", "Europe/London"), ("Rome, IT", "Europe/Rome"),
    ("Berlin, DE", "Europe/Berlin"), ("Amsterdam, NL", "Europe/Amsterdam"),
    ("Kolkata, IN", "Asia/Kolkata"), ("Jerusalem, IL", "Asia/Jerusalem"),
    ("Casablanca, MA", "Africa/Casablanca"), ("Athens, GR", "Europe/Athens"),
    # American zones' cities keep theirs with the state's or the country's code.
    ("Chicago, IL", "America/Chicago"), ("Toronto, ON", "America/Toronto"),
    ("Toronto, CA", "America/Toronto"), ("Lima, PE", "America/Lima")])
def test_a_city_with_its_own_countrys_code_keeps_its_zone(name: str, zone: str) -> None:
    assert hint(name) == f"did you mean {zone!r}?"


@pytest.mark.parametrize(("name", "zone"), [
    ("Munich, DE", "Europe/Berlin"), ("Hamburg, DE", "Europe/Berlin"),
    ("Valletta, MT", "Europe/Malta"), ("Lyon, FR", "Europe/Paris"),
    ("Milan, IT", "Europe/Rome"), ("Barcelona, ES", "Europe/Madrid"),
    ("Osaka, JP", "Asia/Tokyo"), ("Geneva, CH", "Europe/Zurich"),
    ("Valletta, Malta", "Europe/Malta"), ("Valletta", "Europe/Malta")])
def test_a_city_the_tables_place_with_its_countrys_code_is_offered_its_zone(
        name: str, zone: str) -> None:
    """'Munich, DE' got the general hint where 'Munich' and 'Berlin, DE' were offered
    Europe/Berlin."""
    assert hint(name).startswith(f"did you mean {zone!r}")


@pytest.mark.parametrize("name", ["Milan, FR", "Naples, FL", "Munich, IN"])
def test_a_city_the_tables_place_with_another_countrys_or_a_states_code_gets_no_zone(
        name: str) -> None:
    """Naples, Florida is not Naples, Italy, and Florida keeps two zones."""
    assert hint(name) == GENERIC


@pytest.mark.parametrize(("name", "zone"), [
    ("Florence, AL", "America/Chicago"), ("Valencia, CA", "America/Los_Angeles"),
    ("Portland, ME", "America/New_York"), ("Munich, MT", "America/Denver")])
def test_a_city_the_tables_place_with_a_state_of_one_zone_is_offered_the_states(
        name: str, zone: str) -> None:
    """Florence, Alabama is not Florence, Italy; nor is Valencia, California Spain's."""
    assert hint(name) == f"did you mean {zone!r}?"


@pytest.mark.parametrize(("name", "zone"), [
    ("Seattle, WA", "America/Los_Angeles"), ("San Jose, CA", "America/Los_Angeles"),
    ("Boston, MA", "America/New_York"), ("Atlanta, GA", "America/New_York"),
    ("Austin, Texas", "America/Chicago"), ("Austin, TX", "America/Chicago"),
    ("Portland, OR", "America/Los_Angeles"), ("Orlando, Florida", "America/New_York")])
def test_a_conference_city_with_its_state_is_offered_its_zone(name: str, zone: str) -> None:
    """How a US programme writes its place: 'Seattle' alone was offered its zone, 'Seattle,
    WA' got the general hint."""
    assert hint(name) == f"did you mean {zone!r}?"


@pytest.mark.parametrize(("name", "zone"), [
    ("Portland, Maine", "America/New_York"), ("Portland, ME", "America/New_York"),
    ("Miami, OK", "America/Chicago"), ("San Jose, NM", "America/Denver")])
def test_a_city_with_a_state_that_keeps_other_clocks_is_offered_the_states(
        name: str, zone: str) -> None:
    """Portland, Maine is not Portland, Oregon: three hours apart."""
    assert hint(name) == f"did you mean {zone!r}?"
