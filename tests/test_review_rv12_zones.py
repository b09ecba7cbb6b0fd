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
