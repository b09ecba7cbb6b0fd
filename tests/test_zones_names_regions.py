"""A region of the tz database alone ('America', 'Atlantic') names a folder of zones, not a
zone: refused with a hint like any unknown name, not an internal error."""

from __future__ import annotations

import pytest

from importer import zones
from importer.errors import ConfigError


@pytest.mark.parametrize(("name", "hint"), [
    ("America", "write it as a region and a city, like 'America/Chicago' or 'Europe/London'."),
    ("Europe", "write it as a region and a city, like 'America/Chicago' or 'Europe/London'."),
    ("Atlantic", "did you mean 'Canada/Atlantic'?"),  # Atlantic Time: Halifax's
])
def test_a_region_alone_is_refused_with_a_hint(name: str, hint: str) -> None:
    with pytest.raises(ConfigError) as error:
        zones.resolve_timezone(name)
    assert str(error.value) == f"unknown timezone {name!r}: {hint}"
