"""Zones as people write them in gbimport.toml, a mapping or a programme's title row, beyond a
tz database name: each refusal offers the zone meant, and a title row naming one place's clocks
is drafted as timezone."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from importer import zones
from importer.draft import draft_mapping
from importer.errors import ConfigError


def _refusal(name: str) -> str:
    with pytest.raises(ConfigError) as caught:
        zones.resolve_timezone(name)
    return str(caught.value)


@pytest.mark.parametrize(("given", "zone"), [
    ("CET/CEST", "Europe/Berlin"), ("MEZ/MESZ", "Europe/Berlin"), ("EST/EDT", "America/New_York"),
    ("PST / PDT", "America/Los_Angeles"), ("GMT/BST", "Europe/London"),
    ("AEST/AEDT", "Australia/Sydney"), ("eet/eest", "Europe/Helsinki"),
])
def test_a_standard_and_summer_time_together_is_offered_their_place(given: str,
                                                                    zone: str) -> None:
    assert _refusal(given) == f"unknown timezone {given!r}: did you mean {zone!r}?"


def test_two_places_times_together_are_not_offered_either() -> None:
    assert _refusal("EST/PST") == ("unknown timezone 'EST/PST': use a tz database name such as "
                                   "'America/Chicago' or 'Europe/Berlin'.")


def test_a_title_row_with_a_standard_and_summer_time_drafts_their_place(tmp_path: Path) -> None:
    sheet = tmp_path / "programme.csv"
    with sheet.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([
            ["Programme (all times CET/CEST)", "", "", ""], ["Date", "Start", "End", "Session"],
            ["2027-07-15", "9:00", "10:30", "Opening"]])
    assert [line for line in draft_mapping(sheet).text.splitlines()
            if "timezone =" in line] == [
        "timezone = \"Europe/Berlin\"   # row 1, above the header, says 'Programme (all times "
        "CET/CEST)'"]


@pytest.mark.parametrize(("given", "hint"), [
    ("Paris time", "did you mean 'Europe/Paris'?"),
    ("London time", "did you mean 'Europe/London'?"),
    ("Sydney Time", "did you mean 'Australia/Sydney'?"),
    ("Munich time", "did you mean 'Europe/Berlin' (Munich's)?"),
])
def test_a_place_s_time_is_offered_the_place_s_zone(given: str, hint: str) -> None:
    assert _refusal(given) == f"unknown timezone {given!r}: {hint}"


@pytest.mark.parametrize(("given", "places"), [
    ("IST", "'Asia/Kolkata' in India, 'Europe/Dublin' in Ireland or 'Asia/Jerusalem' in Israel"),
    ("cst", "'America/Chicago', or 'Asia/Shanghai' in China"),
    ("AEST", "'Australia/Sydney', or in Queensland (no summer time) 'Australia/Brisbane'"),
])
def test_an_abbreviation_several_places_write_is_offered_each(given: str, places: str) -> None:
    """'IST' was offered India's zone alone, hours off for Dublin or Tel Aviv; 'CST' Chicago's,
    a day off for Shanghai; 'AEST' Sydney's, an hour off all summer in Brisbane."""
    assert _refusal(given) == (
        f"unknown timezone {given!r}: an abbreviation fixes one offset all year, and several "
        f"places write this one; use the place's name, {places}, which follows its clocks "
        "through the year.")


def test_a_title_row_in_aest_is_not_drafted_as_sydney_s(tmp_path: Path) -> None:
    sheet = tmp_path / "programme.csv"
    with sheet.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([
            ["Programme (all times AEST)", "", "", ""], ["Date", "Start", "End", "Session"],
            ["2027-12-15", "9:00", "10:30", "Opening"]])
    assert [line for line in draft_mapping(sheet).text.splitlines()
            if "timezone =" in line or "above the header" in line] == [
        '# timezone = "Area/City"   # the tz database name of the place the sheet\'s times are '
        'kept in ("Europe/Madrid"); without it, plan and run read them in the guide\'s timezone, '
        "validate in UTC",
        "# Row 1, above the header, says 'Programme (all times AEST)', which does not tell one "
        "place's clocks: set timezone to the tz database name of the place the times are kept in"]
