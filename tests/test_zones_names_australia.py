"""Australia's zones as people name them: 'Eastern' is Sydney's clocks, with summer time, or
Brisbane's, with none; one hour apart all summer. Both are offered, and which is which."""

from __future__ import annotations

import pytest

from importer import zones
from importer.errors import ConfigError

EASTERN = ("did you mean 'Australia/Sydney', or 'Australia/Brisbane' in Queensland, "
           "which keeps no summer time?")
CENTRAL = ("did you mean 'Australia/Adelaide', or 'Australia/Darwin' in the Northern "
           "Territory, which keeps no summer time?")


@pytest.mark.parametrize(("given", "hint"), [
    ("Australia/Eastern", EASTERN), ("australia/central", CENTRAL),
    ("Australia/Western", "did you mean 'Australia/Perth'?"),
    ("Australian Eastern Time", EASTERN), ("Australian Central Standard Time", CENTRAL),
    ("Australian Western Standard Time", "did you mean 'Australia/Perth'?"),
])
def test_an_australian_zone_by_its_side_of_the_country_is_offered_its_places(
        given: str, hint: str) -> None:
    with pytest.raises(ConfigError) as caught:
        zones.resolve_timezone(given)
    assert str(caught.value) == f"unknown timezone {given!r}: {hint}"
