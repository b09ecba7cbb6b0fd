"""Claims of README.md and mappings/README.md about today's changes, pinned where no test
looked."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from importer.zones import timezone_setting
from tests.test_draft import drafted, write_csv


@pytest.mark.parametrize(("zone", "meant"), [
    ("GMT", "Europe/London"), ("UTC", "UTC"), ("MSK", "Europe/Moscow"),
    ("IST", "Asia/Kolkata"), ("SGT", "Asia/Singapore"), ("CET", "Europe/Paris"),
])
def test_a_zone_in_a_time_header_is_offered_the_zone_timezone_offers_for_it(
        tmp_path: Path, zone: str, meant: str) -> None:
    """README: a zone in a time's header gets a comment suggesting a tz database name. It
    suggested Europe/Paris for any abbreviation but a few American ones: 'Start (GMT)' of a
    UK event, an hour off all summer, 'Start (UTC)', and 'Start (MSK)' America/Denver (by
    its 'MS'), where `timezone = "MSK"` is refused with 'Europe/Moscow'."""
    sheet = write_csv(tmp_path / "zone.csv", [
        ["Title", "Date", f"Start ({zone})", f"End ({zone})"],
        ["Keynote", "2027-05-11", "09:00", "10:00"],
    ])
    mapping, _ = drafted(tmp_path, sheet)
    assert re.findall(r"^# .* says its times are .*$", mapping.read_text(encoding="utf-8"),
                      re.M) == [
        f"# 'Start ({zone})' says its times are {zone}: set timezone to the tz database name "
        f"of the place they are in ({meant}): an abbreviation does not say when summer time "
        "applies"]
    assert timezone_setting(meant) == meant
    if zone not in ("UTC", "CET"):  # tz names; the others are refused with the same zone
        with pytest.raises(ValueError, match=f"use the place's name, '{meant}'"):
            timezone_setting(zone)
