"""A zone's own city written with a US state's or Canadian province's two-letter code
('Paris, TX', 'London, ON') is its namesake over there, as 'Paris, Texas' is: not offered
the European city's zone. A code that is the city's own country's too ('Berlin, DE':
Germany, not Delaware; 'Amsterdam, NL': the Netherlands, not Newfoundland) means the
country, as a planner writing a European city with a country code does."""

from __future__ import annotations

import pytest

from importer import zones
from importer.errors import ConfigError

GENERIC = "use a tz database name such as 'America/Chicago' or 'Europe/Berlin'."


def hint(name: str) -> str:
    with pytest.raises(ConfigError) as error:
        zones.resolve_timezone(name)
    said = str(error.value)
    assert said.startswith(f"unknown timezone {name!r}: "), said
    return said.partition(": ")[2]


@pytest.mark.parametrize("name", [
    "Paris, TX", "London, ON", "Rome, GA", "Athens, GA", "Vienna, VA", "Berlin, MD",
    "Moscow, ID", "Paris, ME", "Dublin, CA", "London, KY", "Berlin, NH"])
def test_a_european_city_with_a_state_or_province_code_is_offered_no_zone(name: str) -> None:
    """'Paris, TX' was offered Europe/Paris: sessions in Texas would be read seven hours
    off."""
    assert hint(name) == GENERIC


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


@pytest.mark.parametrize("name", [
    "Munich, MT", "Milan, FR", "Florence, AL", "Valencia, CA", "Portland, ME", "Naples, FL"])
def test_a_city_the_tables_place_with_another_countrys_or_a_states_code_gets_no_zone(
        name: str) -> None:
    """Florence, Alabama is not Florence, Italy; nor is Valencia, California Spain's."""
    assert hint(name) == GENERIC


@pytest.mark.parametrize(("name", "zone"), [
    ("Seattle, WA", "America/Los_Angeles"), ("San Jose, CA", "America/Los_Angeles"),
    ("Boston, MA", "America/New_York"), ("Atlanta, GA", "America/New_York"),
    ("Austin, Texas", "America/Chicago"), ("Austin, TX", "America/Chicago"),
    ("Portland, OR", "America/Los_Angeles"), ("Orlando, Florida", "America/New_York")])
def test_a_conference_city_with_its_state_is_offered_its_zone(name: str, zone: str) -> None:
    """How a US programme writes its place: 'Seattle' alone was offered its zone, 'Seattle,
    WA' got the general hint."""
    assert hint(name) == f"did you mean {zone!r}?"


@pytest.mark.parametrize("name", ["Portland, Maine", "Portland, ME", "Miami, OK",
                                  "San Jose, NM"])
def test_a_city_with_a_state_that_keeps_other_clocks_is_offered_no_zone(name: str) -> None:
    """Portland, Maine is not Portland, Oregon: three hours apart."""
    assert hint(name) == GENERIC
