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
    assert _refusal("EST/PST") == ("unknown timezone 'EST/PST': write it as a region and a city, "
                                   "like 'America/Chicago' or 'Europe/London'.")


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


@pytest.mark.parametrize(("given", "zone"), [
    ("Europe/Munich", "Europe/Berlin"), ("America/San_Francisco", "America/Los_Angeles"),
    ("Asia/Bombay", "Asia/Kolkata"), ("Europe/Paris", None),
])
def test_a_city_the_tz_database_names_no_zone_for_is_offered_its_clocks(given: str,
                                                                        zone: str | None) -> None:
    """'Europe/Munich' is written as tz names are, of a city the tables place; it got the
    generic hint though 'Munich' alone is offered Berlin's zone."""
    if zone is None:
        assert zones.resolve_timezone(given).key == given
    else:
        assert _refusal(given) == f"unknown timezone {given!r}: did you mean {zone!r}?"


@pytest.mark.parametrize(("given", "zone"), [
    ("heure d'Europe centrale", "Europe/Paris"),
    ("Heure normale d’Europe centrale", "Europe/Paris"),
    ("hora de Europa Central", "Europe/Paris"), ("Mitteleuropäische Zeit", "Europe/Berlin"),
    ("MEZ", None), ("MESZ", None),
])
def test_central_european_time_in_french_spanish_or_german_is_offered_a_place(
        given: str, zone: str | None) -> None:
    """The French, Spanish and German names were given the generic hint; 'MEZ' and 'MESZ'
    were already offered Berlin's zone, as abbreviations."""
    expected = (f"did you mean {zone!r}?" if zone else "an abbreviation fixes one offset all "
                "year; use the place's name, 'Europe/Berlin', which follows its clocks through "
                "the year.")
    assert _refusal(given) == f"unknown timezone {given!r}: {expected}"


@pytest.mark.parametrize("cities", [
    "Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna", "Osaka, Sapporo, Tokyo",
    "Beijing, Chongqing, Hong Kong, Urumqi",
])
def test_an_outlook_name_without_its_offset_is_offered_what_the_whole_name_is(
        cities: str) -> None:
    """'Amsterdam, Berlin, ...' was offered Amsterdam's zone alone, 'Osaka, Sapporo, Tokyo'
    the generic hint; each is offered what '(UTC+01:00) Amsterdam, ...' is."""
    offset = {"A": "+01:00", "O": "+09:00", "B": "+08:00"}[cities[0]]
    outlook = _refusal(f"(UTC{offset}) {cities}").partition(": ")[2]
    assert _refusal(cities) == f"unknown timezone {cities!r}: {outlook}"


@pytest.mark.parametrize(("given", "hint"), [
    ("Berlin, Germany", "did you mean 'Europe/Berlin'?"),
    ("Chicago, IL", "did you mean 'America/Chicago'?"),
    ("Foo/Bar, Baz/Qux",
     "write it as a region and a city, like 'America/Chicago' or 'Europe/London'."),
    ("(UTC+01:00) Foo/Bar",
     "write it as a region and a city, like 'America/Chicago' or 'Europe/London'."),
])
def test_a_city_with_its_country_and_names_of_no_zone_keep_their_hint(
        given: str, hint: str) -> None:
    """'(UTC+01:00) Foo/Bar' stopped with a traceback: no zone is named so."""
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
        '# timezone = "Area/City"   # the region and city of the place the sheet\'s times are '
        'kept in ("Europe/Madrid"); without it, plan and run read them in the guide\'s timezone, '
        "validate in UTC",
        "# Row 1, above the header, says 'Programme (all times AEST)', which does not tell one "
        "place's clocks: set timezone to the region and city of the place the times are kept in"]


@pytest.mark.parametrize(("given", "hint"), [
    ("Paris, Texas", "write it as a region and a city"),
    ("London, Ontario", "did you mean 'America/Toronto'?"),
    ("Berlin, New Hampshire", "did you mean 'America/New_York'?"),
    ("Chicago, Illinois", "did you mean 'America/Chicago'?"),
    ("Vancouver, British Columbia", "did you mean 'America/Vancouver'?"),
    ("Paris, France", "did you mean 'Europe/Paris'?"),
    ("Tbilisi, Georgia", "did you mean 'Asia/Tbilisi'?"),
])
def test_a_european_city_s_namesake_in_a_state_or_province_is_not_offered_its_zone(
        given: str, hint: str) -> None:
    assert _refusal(given).startswith(f"unknown timezone {given!r}: {hint}")
