"""A zone as Windows names it ('W. Europe Standard Time', as Outlook, Exchange and a
PowerShell export write it) is offered the tz database zone Windows means by it, from CLDR's
table of Windows zones: never taken silently, and never a zone by its spelling alone."""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

import pytest

from importer import zones
from importer.errors import ConfigError

FIXED = ("a standard or daylight time fixes one offset all year; use the place's name, "
         "{zone!r}, which follows its clocks through the year.")


@pytest.mark.parametrize(("given", "meant"), [
    ("W. Europe Standard Time", "Europe/Berlin"), ("Romance Standard Time", "Europe/Paris"),
    ("India Standard Time", "Asia/Kolkata"),  # CLDR keeps the old spelling, Asia/Calcutta
    ("AUS Eastern Standard Time", "Australia/Sydney"),
    ("E. Australia Standard Time", "Australia/Brisbane"),  # Eastern, with no summer time
    ("Tokyo Standard Time", "Asia/Tokyo"), ("China Standard Time", "Asia/Shanghai"),
    ("FLE Standard Time", "Europe/Kyiv"), ("Russian Standard Time", "Europe/Moscow"),
    ("US Mountain Standard Time", "America/Phoenix"),  # Arizona: not Denver's clocks
    ("Central Standard Time (Mexico)", "America/Mexico_City"),  # not Chicago's
    # Windows names whose first word is a US zone's nickname, for zones far from it.
    ("Central Asia Standard Time", "Asia/Bishkek"), ("Pacific SA Standard Time",
                                                     "America/Santiago"),
    ("Central America Standard Time", "America/Guatemala"),
    ("Central Pacific Standard Time", "Pacific/Guadalcanal"),
    # As Outlook shows it in summer, in any case and spacing.
    ("W. Europe Daylight Time", "Europe/Berlin"), ("  tokyo  standard time ", "Asia/Tokyo"),
])
def test_a_windows_zone_name_is_offered_the_zone_windows_means(given: str, meant: str) -> None:
    with pytest.raises(ConfigError) as caught:
        zones.resolve_timezone(given)
    assert str(caught.value) == (
        f"unknown timezone {given!r}: did you mean {meant!r} (its Windows name)?")


@pytest.mark.parametrize(("given", "hint"), [
    # Both an abbreviation spelled out and a Windows name: the place's zone either way.
    ("Eastern Standard Time", FIXED.format(zone="America/New_York")),
    ("GMT Standard Time", FIXED.format(zone="Europe/London")),
])
def test_a_windows_name_that_is_also_a_spelled_out_abbreviation_keeps_its_hint(
        given: str, hint: str) -> None:
    with pytest.raises(ConfigError) as caught:
        zones.resolve_timezone(given)
    assert str(caught.value) == f"unknown timezone {given!r}: {hint}"


def test_every_windows_zone_offered_keeps_the_clocks_of_cldr_s_zone() -> None:
    """Where an old spelling is offered under its new name, the clocks are the same."""
    from tzlocal.windows_tz import win_tz

    offered = {}
    for windows in win_tz:
        if windows.startswith("UTC"):
            continue  # an offset: told as one ('UTC-02')
        try:
            zones.resolve_timezone(windows)
        except ConfigError as error:
            offered[windows] = str(error)
    assert len(offered) == len([name for name in win_tz if not name.startswith("UTC")])
    assert [name for name, message in offered.items() if "America/Chicago' or" in message] == []
    for windows, message in offered.items():
        zone = re.findall(r"'([\w+-]+/[\w/+-]+)'", message)[0]
        when = dt.datetime(2025, 1, 15, 12, tzinfo=dt.UTC)
        for moment in (when, when.replace(month=7)):
            assert (moment.astimezone(ZoneInfo(zone)).utcoffset()
                    == moment.astimezone(ZoneInfo(win_tz[windows])).utcoffset()), (windows, zone)
