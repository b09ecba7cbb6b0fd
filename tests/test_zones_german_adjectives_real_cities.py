"""A city's time by its German adjective ('Wiener Zeit') reaches only a zone the tz database
places in a country, named for its city: not an old alias's place ('Brazil/East' from
'Easter Zeit'), nor a zone of no place ('Etc/UTC' from 'Utcer Zeit')."""

from __future__ import annotations

import pytest

from tests.test_zones_names_region_codes import GENERIC, hint


@pytest.mark.parametrize(("name", "said"), [
    # 'Easter' is Easter Island's own place, as 'Berlin Zeit' is Berlin's.
    ("Easter Zeit", "did you mean 'Pacific/Easter'?"),
    ("Utcer Zeit", GENERIC), ("Gmter Zeit", GENERIC)])
def test_an_adjective_of_an_alias_zones_place_is_not_offered_the_alias(name: str,
                                                                       said: str) -> None:
    """'Easter Zeit' was offered Brazil/East and 'Utcer Zeit' Etc/UTC, taking 'East' and
    'Utc' for cities."""
    assert hint(name) == said


@pytest.mark.parametrize(("name", "zone"), [
    ("Wiener Zeit", "Europe/Vienna"), ("Adener Zeit", "Asia/Aden"),
    ("Limaer Zeit", "America/Lima"), ("Dubaier Ortszeit", "Asia/Dubai")])
def test_an_adjective_of_a_zones_city_is_still_offered_its_zone(name: str, zone: str) -> None:
    assert hint(name) == f"did you mean {zone!r}?"
