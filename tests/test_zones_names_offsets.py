"""An offset written without 'UTC' ('+02:00', as ISO 8601 and a spreadsheet's time column
write it) or with a decimal hour ('UTC+5.5') is told as an offset, like 'UTC+05:30'."""

from __future__ import annotations

import pytest

from importer import zones
from importer.errors import ConfigError

PLACE = ("an offset fixes one all year; use the place's name, such as 'America/Chicago' or "
         "'Europe/Berlin', which follows its clocks through the year")


@pytest.mark.parametrize(("given", "hint"), [
    ("+02:00", f"{PLACE} (not 'Etc/GMT+2', which is UTC-2: its sign is reversed)."),
    ("-0500", f"{PLACE} (not 'Etc/GMT-5', which is UTC+5: its sign is reversed)."),
    ("UTC+5.5", f"{PLACE}."),  # India's half hour: no Etc/ zone keeps it
    ("GMT +9.0", f"{PLACE} (not 'Etc/GMT+9', which is UTC-9: its sign is reversed)."),
    ("+00:00", "did you mean 'UTC'?"), ("UTC-0.0", "did you mean 'UTC'?"),
])
def test_an_offset_without_utc_or_with_a_decimal_hour_is_told_as_one(given: str,
                                                                     hint: str) -> None:
    with pytest.raises(ConfigError) as caught:
        zones.resolve_timezone(given)
    assert str(caught.value) == f"unknown timezone {given!r}: {hint}"
