"""A zone's city written with a US state or Canadian province that keeps other clocks is its
namesake there ('New York, TX' is no New Yorker, nor 'Mexico City, TX' a Mexican): it was
offered the city's own zone, as 'Vancouver, TX' is no longer offered Canada's. A town of the
state keeping clocks of its own ('Adak, AK', 'Adak, Alaska') keeps its zone."""

from __future__ import annotations

import pytest

from importer.zones import timezone_setting

GENERIC = "write it as a region and a city, like 'America/Chicago' or 'Europe/London'."


def hint(name: str) -> str:
    with pytest.raises(ValueError) as refused:
        timezone_setting(name)
    return str(refused.value).split(": ", 1)[1]


@pytest.mark.parametrize(("name", "said"), [
    ("New York, TX", GENERIC),
    ("Los Angeles, Texas", GENERIC),
    ("Phoenix, NM", "did you mean 'America/Denver'?"),  # New Mexico keeps summer time
    ("Chicago, NY", "did you mean 'America/New_York'?"),
    ("New York, NY", "did you mean 'America/New_York'?"),
    ("Chicago, IL", "did you mean 'America/Chicago'?"),
    ("Los Angeles, OR", "did you mean 'America/Los_Angeles'?"),
    ("Phoenix, AZ", "did you mean 'America/Phoenix'?"),
    ("Adak, AK", "did you mean 'America/Adak'?"),
    ("Dawson Creek, BC", "did you mean 'America/Dawson_Creek'?"),
    ("Atikokan, ON", "did you mean 'America/Atikokan'?"),
    ("Berlin, DE", "did you mean 'Europe/Berlin'?"),
    ("Toronto, CA", "did you mean 'America/Toronto'?"),  # Canada, not California
    # A zone no state's table lists: Texas keeps neither Mexico City's clocks nor Juneau's.
    ("Mexico City, TX", GENERIC),
    ("Mexico City, Texas", GENERIC),
    ("Juneau, TX", GENERIC),
    ("Adak, TX", GENERIC),
    ("Juneau, AK", "did you mean 'America/Juneau'?"),  # Alaska's clocks
    ("Mexico City, ON", "did you mean 'America/Toronto'?"),
    # Towns of clocks of their own in their state, by its code or name ('US/Alaska' is
    # Anchorage's, an hour ahead of Adak's).
    ("Adak, Alaska", "did you mean 'America/Adak'?"),
    ("Creston, British Columbia", "did you mean 'America/Creston'?"),
    ("Goose Bay, NL", "did you mean 'America/Goose_Bay'?"),
    ("Blanc-Sablon, QC", "did you mean 'America/Blanc-Sablon'?"),
    ("Rainy River, ON", "did you mean 'America/Winnipeg'?"),  # its link, Central time
    ("Coral Harbour, NU", "did you mean 'America/Atikokan'?"),  # Eastern Standard all year
])
def test_a_state_citys_namesake_in_another_state_is_not_offered_its_zone(
        name: str, said: str) -> None:
    assert hint(name) == said


@pytest.mark.parametrize(("name", "zone"), [
    ("Fort St. John, BC", "America/Dawson_Creek"),  # zone.tab: 'BC (Dawson Cr, Ft St John)'
    ("Fort St John, British Columbia", "America/Dawson_Creek"),
    ("Creston, BC", "America/Creston"), ("Fort Nelson, BC", "America/Fort_Nelson"),
    ("Victoria, BC", "America/Vancouver"),
    # America/Adak is the Aleutians west of 169.5° W: Atka is, Unalaska (166.5° W) is not.
    ("Atka, AK", "America/Adak"), ("Atka, Alaska", "America/Adak"),
    ("Unalaska, AK", "America/Anchorage")])
def test_a_town_keeping_other_clocks_than_its_province_is_offered_its_own_zone(
        name: str, zone: str) -> None:
    """'Fort St. John, BC' was offered Vancouver's zone, an hour off all summer (it keeps
    Mountain Standard time all year), and 'Atka, AK' the old name America/Atka, a link."""
    assert hint(name) == f"did you mean {zone!r}?"


@pytest.mark.parametrize(("name", "zone"), [
    ("Havana, FL", "America/New_York"), ("Havana, Florida", "America/New_York"),
    ("Havana, NY", "America/New_York"), ("Nassau, FL", "America/New_York"),
    ("Havana, Cuba", "America/Havana"), ("Havana, CU", "America/Havana")])
def test_a_city_of_another_country_keeping_a_states_clocks_is_its_namesake_there(
        name: str, zone: str) -> None:
    """'Havana, FL' was offered America/Havana: Cuba's offsets are New York's in January and
    July, which let the clocks rule take it, but Cuba is not in Florida. The state's zone
    that keeps those clocks is offered, as for any namesake."""
    assert hint(name) == f"did you mean {zone!r}?"
