"""Timezone names as people write them in a mapping, gbimport.toml or --timezone."""

from __future__ import annotations

import pytest

from importer import zones
from importer.errors import ConfigError


def test_a_name_with_spaces_around_it_is_the_zone() -> None:
    """Pasted into gbimport.toml with a space after it, in any case."""
    assert zones.resolve_timezone(" europe/berlin ").key == "Europe/Berlin"


@pytest.mark.parametrize(("given", "meant"), [
    ("Chicago", "America/Chicago"), ("Berlin", "Europe/Berlin"), ("Madrid", "Europe/Madrid"),
    # A place of two words, as people write it; the zone named for it, not an old spelling.
    ("New York", "America/New_York"), ("los angeles", "America/Los_Angeles"),
    ("Hong Kong", "Asia/Hong_Kong"), ("Sao Paulo", "America/Sao_Paulo"),
    # The place misspelt under the wrong region: the place decides, not the region.
    ("Europe/Chicgo", "America/Chicago"), ("Europe/Berlinn", "Europe/Berlin")])
def test_a_city_alone_suggests_its_zone(given: str, meant: str) -> None:
    with pytest.raises(ConfigError) as caught:
        zones.resolve_timezone(given)
    assert str(caught.value) == f"unknown timezone {given!r}: did you mean {meant!r}?"


@pytest.mark.parametrize(("given", "message"), [
    # A conference city that names no zone: the zone its clocks keep.
    ("San Francisco", "did you mean 'America/Los_Angeles' (San Francisco's)?"),
    ("munich", "did you mean 'Europe/Berlin' (munich's)?"),
    # A near spelling of the whole name, its place near too.
    ("US/Eastrn", "did you mean 'US/Eastern'?"),
    # A country of one zone that names none; nothing near: no zone picked at random (a
    # looser match made 'India' the Seychelles' Indian/Mahe, 'Mumbai' Cuba).
    ("India", "did you mean 'Asia/Kolkata' (India's)?"),
    ("Bavaria", "write it as a region and a city, like 'America/Chicago' or 'Europe/London'."),
])
def test_what_a_zone_nobody_knows_is_told(given: str, message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        zones.resolve_timezone(given)
    assert str(caught.value) == f"unknown timezone {given!r}: {message}"
