"""A zone as Outlook and Windows' settings show it, '(UTC+01:00) Amsterdam, Berlin, Bern,
Rome, Stockholm, Vienna', is offered the zones of its cities: the one the sessions are in is
the name to give. A city whose clocks are not at the offset shown is left out, never offered."""

from __future__ import annotations

import pytest

from importer import zones
from importer.errors import ConfigError


@pytest.mark.parametrize(("given", "hint"), [
    ("(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna",
     "its cities' zones are 'Europe/Amsterdam', 'Europe/Berlin', 'Europe/Zurich' (Bern's), "
     "'Europe/Rome', 'Europe/Stockholm' and 'Europe/Vienna': give the one the sessions are in."),
    ("(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi", "did you mean 'Asia/Kolkata'?"),
    ("(UTC-03:00) City of Buenos Aires", "did you mean 'America/Argentina/Buenos_Aires'?"),
    ("(UTC+10:00) Canberra, Melbourne, Sydney",
     "its cities' zones are 'Australia/Canberra', 'Australia/Melbourne' and "
     "'Australia/Sydney': give the one the sessions are in."),
    # Urumqi's clocks are six hours ahead of UTC, not eight: not offered.
    ("(UTC+08:00) Beijing, Chongqing, Hong Kong, Urumqi",
     "its cities' zones are 'Asia/Shanghai' (Beijing's), 'Asia/Chongqing' and "
     "'Asia/Hong_Kong': give the one the sessions are in."),
    ("(GMT) Dublin, Edinburgh, Lisbon, London",
     "its cities' zones are 'Europe/Dublin', 'Europe/London' and 'Europe/Lisbon': give the "
     "one the sessions are in."),
    # A zone named in words, as the US and Canada's are.
    ("(UTC-05:00) Eastern Time (US & Canada)", "did you mean 'America/New_York'?"),
    ("(UTC-08:00) Pacific Time (US & Canada)", "did you mean 'America/Los_Angeles'?"),
    ("(UTC) Coordinated Universal Time", "did you mean 'UTC'?"),
    # An offset that none of its cities keeps: no zone picked from the cities.
    ("(UTC+03:00) Berlin", "write it as a region and a city, like 'America/Chicago' "
     "or 'Europe/London'."),
])
def test_an_outlook_zone_is_offered_its_cities_zones(given: str, hint: str) -> None:
    with pytest.raises(ConfigError) as caught:
        zones.resolve_timezone(given)
    assert str(caught.value) == f"unknown timezone {given!r}: {hint}"


def test_bern_alone_is_offered_switzerland_s_zone_not_berlin_s() -> None:
    with pytest.raises(ConfigError) as caught:
        zones.resolve_timezone("Bern")
    assert str(caught.value) == "unknown timezone 'Bern': did you mean 'Europe/Zurich' (Bern's)?"
