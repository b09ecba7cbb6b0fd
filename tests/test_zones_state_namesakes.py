"""A zone's city written with a US state is decided by the state rules: the near-spelling
fallback that runs after them must not offer the city's own zone back ('Vancouver, TX' is
not Canada's America/Vancouver). A nickname with German 'Zeit' is its time, not a near
spelling ('Eastern Zeit' is not Easter Island's)."""

from __future__ import annotations

import pytest

from tests.test_zones_names_region_codes import GENERIC, hint


@pytest.mark.parametrize(("name", "said"), [
    ("Vancouver, OR", "did you mean 'America/Los_Angeles'?"),
    ("Vancouver, Oregon", "did you mean 'America/Los_Angeles'?"),
    ("Vancouver, ID", "did you mean 'America/Los_Angeles'?"),
    ("Vancouver, TX", GENERIC), ("Vancouver, Texas", GENERIC),
    ("Paris, OR", GENERIC), ("Paris, TX", GENERIC), ("Naples, FL", GENERIC),
    ("Vancouver, WA", "did you mean 'America/Los_Angeles'?"),
    ("Vancouver, BC", "did you mean 'America/Vancouver'?")])
def test_a_zones_city_in_a_state_of_several_zones(name: str, said: str) -> None:
    """'Vancouver, OR' and 'Vancouver, TX' were offered America/Vancouver by its spelling.
    Oregon keeps Pacific time (and Mountain in one county): the one of its zones that keeps
    Vancouver's clocks is offered. Texas keeps Central and Mountain, neither Vancouver's."""
    assert hint(name) == said


@pytest.mark.parametrize(("name", "zone"), [
    ("Eastern Zeit", "America/New_York"), ("Eastern Ortszeit", "America/New_York"),
    ("Eastern Time", "America/New_York"), ("Eastern", "America/New_York"),
    ("ET", "America/New_York"), ("EST Zeit", "America/New_York"),
    ("Pacific Zeit", "America/Los_Angeles"), ("MEZ Zeit", "Europe/Berlin"),
    ("Berliner Zeit", "Europe/Berlin")])
def test_a_nickname_with_german_zeit_is_offered_as_its_time(name: str, zone: str) -> None:
    """'Eastern Zeit' was offered Pacific/Easter, and 'EST Zeit' Brazil/East."""
    assert hint(name) == f"did you mean {zone!r}?"


def test_easter_zeit_stays_easter_islands() -> None:
    assert hint("Easter Zeit") == "did you mean 'Pacific/Easter'?"
