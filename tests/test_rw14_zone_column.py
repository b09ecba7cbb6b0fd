"""A conference's sessions file giving each session its zone in a column of its own, a city
and the offset its clocks keep during the event ('Orlando UTC-4'): the draft sets timezone
from it, and timezone written so is offered the city's zone. Invented data of the same shape."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.draft import draft_mapping
from importer.errors import ConfigError
from importer.zones import resolve_timezone
from tests.test_load import write_bytes


def _timezone_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.lstrip("# ").startswith("timezone")]


def _sessions(tmp_path: Path, zones: list[bytes]) -> Path:
    rows = b"".join(b"S%d,Session %d,\"Monday, 10 May 2027\",%d:00,%d:45,%s,Hall %d\n"
                    % (n, n, 9 + n, 9 + n, zone, n % 2) for n, zone in enumerate(zones))
    return write_bytes(tmp_path, "sessions.csv",
                       b"id,name,day,starttime,endtime,timezone,room\n" + rows)


def test_a_zone_column_of_one_city_sets_timezone(tmp_path: Path) -> None:
    """The draft listed 'timezone' among the columns nothing reads and left timezone as
    'Area/City', so the times were read in the guide's zone whatever the sheet said."""
    path = _sessions(tmp_path, [b"Denver UTC-6"] * 4)
    assert _timezone_lines(draft_mapping(path).text) == [
        "timezone = \"America/Denver\"   # 'timezone' says 'Denver UTC-6' on every row"]


def test_a_zone_column_of_several_zones_is_named(tmp_path: Path) -> None:
    path = _sessions(tmp_path, [b"Denver UTC-6", b"Denver UTC-6", b"Chicago UTC-5", b""])
    assert _timezone_lines(draft_mapping(path).text) == [
        "# timezone = \"Area/City\"   # the region and city of the place the sheet's times "
        "are kept in: 'timezone' says 'Denver UTC-6' and 'Chicago UTC-5', which a mapping "
        "does not read row by row: give the one the sessions are held in"]


@pytest.mark.parametrize(("written", "offered"), [
    ("Denver UTC-6", "did you mean 'America/Denver'?"),        # summer time
    ("Denver (GMT-7)", "did you mean 'America/Denver'?"),      # winter time
    ("Orlando UTC-4", "did you mean 'America/New_York' (Orlando's)?"),
    ("Denver UTC+2", "write it as a region and a city, like 'America/Chicago' or 'Europe/London'."),
])
def test_a_city_with_its_offset_is_offered_the_city_zone(written: str, offered: str) -> None:
    """timezone = 'Orlando UTC-4' got the generic hint, while 'Orlando' alone was offered
    New York's zone; an offset the city's clocks never keep is offered nothing."""
    with pytest.raises(ConfigError) as error:
        resolve_timezone(written)
    assert str(error.value) == f"unknown timezone {written!r}: {offered}"
