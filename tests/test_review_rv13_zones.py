"""Zones as programmes write them that were refused with only what a zone name looks like:
the US zones short, an Outlook zone without its brackets or offset, a place in its own
language or with its country; and a zone's name alone is not called an abbreviation."""

from __future__ import annotations

import pytest

from importer import zones
from importer.errors import ConfigError
from importer.settings import Settings


def _refusal(name: str) -> str:
    with pytest.raises(ConfigError) as caught:
        zones.resolve_timezone(name)
    return str(caught.value)


@pytest.mark.parametrize(("given", "hint"), [
    ("PT", "did you mean 'America/Los_Angeles'?"),
    ("ET", "did you mean 'America/New_York'?"),
    ("ct", "did you mean 'America/Chicago'?"),
    ("MT", "did you mean 'America/Denver', or in Arizona (no summer time) 'America/Phoenix'?"),
    ("Pacific", "did you mean 'America/Los_Angeles'?"),
    ("Eastern", "did you mean 'America/New_York'?"),
    ("UTC+01:00 Amsterdam", "did you mean 'Europe/Amsterdam'?"),
    ("UTC+05:30 Chennai, Kolkata, Mumbai, New Delhi", "did you mean 'Asia/Kolkata'?"),
    ("Central Time (US & Canada)", "did you mean 'America/Chicago'?"),
    ("München", "did you mean 'Europe/Berlin' (München's)?"),
    ("Wien", "did you mean 'Europe/Vienna'?"),
    ("Roma", "did you mean 'Europe/Rome'?"),
    ("Praha", "did you mean 'Europe/Prague'?"),
    ("Lisboa", "did you mean 'Europe/Lisbon'?"),
    ("Bruxelles", "did you mean 'Europe/Brussels'?"),
    ("Genève", "did you mean 'Europe/Zurich' (Genève's)?"),
    ("Zürich", "did you mean 'Europe/Zurich'?"),
    ("Berlin, Germany", "did you mean 'Europe/Berlin'?"),
    ("Chicago, IL", "did you mean 'America/Chicago'?"),
    ("heure de Paris", "did you mean 'Europe/Paris'?"),
    ("hora de Madrid", "did you mean 'Europe/Madrid'?"),
    ("Ora italiana", "did you mean 'Europe/Rome'?"),
])
def test_a_zone_as_programmes_write_it_is_offered_its_place(given: str, hint: str) -> None:
    assert _refusal(given) == f"unknown timezone {given!r}: {hint}"


def test_a_city_with_a_place_of_other_clocks_is_offered_the_places_zone() -> None:
    """Portland, Maine keeps New York's clocks, not those of the Portland in Oregon."""
    assert _refusal("Portland, Maine") == (
        "unknown timezone 'Portland, Maine': did you mean 'America/New_York'?")


def test_settings_refuse_a_short_us_zone_with_the_zone_draft_mapping_reads_it_as() -> None:
    with pytest.raises(ConfigError) as caught:
        Settings(timezone="PT")
    assert str(caught.value) == (
        "argument timezone: unknown timezone 'PT': did you mean 'America/Los_Angeles'?")
