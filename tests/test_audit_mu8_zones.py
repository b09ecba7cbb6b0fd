"""A timezone written as an offset from UTC, as a calendar shows it ('GMT+2'), is not
pointed at the tz database's 'Etc/GMT+2': that zone counts the sign backwards, UTC-2, and
would put every session four hours off."""

from __future__ import annotations

import pytest

from importer import zones
from importer.errors import ConfigError

PLACE = ("an offset fixes one all year; use the place's name, such as 'America/Chicago' or "
         "'Europe/Berlin', which follows its clocks through the year")


@pytest.mark.parametrize(("given", "hint"), [
    ("GMT+2", f"{PLACE} (not 'Etc/GMT+2', which is UTC-2: its sign is reversed)."),
    ("UTC+1", f"{PLACE} (not 'Etc/GMT+1', which is UTC-1: its sign is reversed)."),
    ("gmt-5", f"{PLACE} (not 'Etc/GMT-5', which is UTC+5: its sign is reversed)."),
    ("GMT+10:00", f"{PLACE} (not 'Etc/GMT+10', which is UTC-10: its sign is reversed)."),
    ("UTC +05:30", f"{PLACE}."),  # no Etc/ zone keeps a half hour
    ("UTC+0", "did you mean 'UTC'?"), ("GMT-00:00", "did you mean 'UTC'?"),
])
def test_an_offset_from_utc_is_told_to_name_the_place(given: str, hint: str) -> None:
    with pytest.raises(ConfigError) as caught:
        zones.resolve_timezone(given)
    assert str(caught.value) == f"unknown timezone {given!r}: {hint}"


def test_the_tz_database_s_own_offset_zone_is_still_taken_as_written() -> None:
    assert zones.resolve_timezone("Etc/GMT-2").key == "Etc/GMT-2"


@pytest.mark.parametrize(("given", "meant"), [
    ("Eastern Time", "America/New_York"), ("Pacific Time", "America/Los_Angeles"),
    ("central time", "America/Chicago"), ("Mountain Time", "America/Denver"),
])
def test_a_zone_named_as_a_calendar_names_it_is_offered_its_place(given: str,
                                                                   meant: str) -> None:
    """'Eastern Time', as Google Calendar and Outlook name the zone, follows the clocks
    through the year: the place's name is what it means."""
    with pytest.raises(ConfigError) as caught:
        zones.resolve_timezone(given)
    assert str(caught.value) == f"unknown timezone {given!r}: did you mean {meant!r}?"
