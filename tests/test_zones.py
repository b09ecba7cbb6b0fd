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
