"""Montreal and Ensenada name old links of the tz database (America/Montreal, America/Ensenada)
that zone.tab does not list, so the country rules could not place them: 'Montreal, NY' was
offered Canada's old name, 'Montreal, CA' (Canada's code) Los Angeles's zone, three hours off.
Their cities are now the zones the tables give; Fort St. John alone is Dawson Creek's, as
with its province."""

from __future__ import annotations

import pytest

from importer.zones import timezone_setting


@pytest.mark.parametrize(("written", "offered"), [
    ("Montreal, NY", "did you mean 'America/New_York'?"),
    ("Montreal, CA", "did you mean 'America/Toronto'?"),
    ("Montreal, QC", "did you mean 'America/Toronto'?"),
    ("Montreal, Canada", "did you mean 'America/Toronto'?"),
    ("Ensenada, CA", "did you mean 'America/Los_Angeles'?"),
    ("Tijuana, CA", "did you mean 'America/Los_Angeles'?"),
    ("Ensenada, MX", "did you mean 'America/Tijuana'?"),
    ("Ensenada", "did you mean 'America/Tijuana' (Ensenada's)?"),
    ("Fort St. John", "did you mean 'America/Dawson_Creek' (Fort St. John's)?"),
    ("Fort St. John, BC", "did you mean 'America/Dawson_Creek'?"),
])
def test_a_city_of_an_old_link_or_a_lone_town_is_offered_its_clocks(
        written: str, offered: str) -> None:
    with pytest.raises(ValueError) as refused:
        timezone_setting(written)
    assert str(refused.value) == f"unknown timezone {written!r}: {offered}"
