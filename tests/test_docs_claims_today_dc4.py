"""Claims of README.md and mappings/README.md about today's changes, pinned where no test
looked."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from importer.validate import validate_file
from importer.zones import timezone_setting
from tests.test_draft import drafted, write_csv


@pytest.mark.parametrize(("zone", "meant"), [
    ("GMT", "Europe/London"), ("UTC", "UTC"), ("MSK", "Europe/Moscow"),
    ("JST", "Asia/Tokyo"), ("SGT", "Asia/Singapore"), ("CET", "Europe/Paris"),
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
        f"# 'Start ({zone})' says its times are {zone}: set timezone to the region and city "
        f"of the place they are in ({meant}): an abbreviation does not say when summer time "
        "applies"]
    assert timezone_setting(meant) == meant
    if zone not in ("UTC", "CET"):  # tz names; the others are refused with the same zone
        with pytest.raises(ValueError, match=f"use the place's name, '{meant}'"):
            timezone_setting(zone)


def test_a_garbled_cell_of_the_descriptions_added_columns_is_said(tmp_path: Path) -> None:
    """mappings/README.md's `garbled-text`: a description cell is said, and so is a cell of
    its `add_columns`, a speaker's name the app shows in the description."""
    sheet = write_csv(tmp_path / "talks.csv", [
        ["ID", "Title", "Date", "Start", "End", "Abstract", "Speaker"],
        ["1", "Keynote", "5/11/2027", "9:00 AM", "10:00 AM", "Soil probes.", "JosÃ© GarcÃ­a"],
    ])
    mapping = tmp_path / "talks.toml"
    mapping.write_text('name = "talks"\n[fields.import_id]\ncolumn = "ID"\n'
                       '[fields.name]\ncolumn = "Title"\n[fields.start]\ndate_column = "Date"\n'
                       'time_column = "Start"\n[fields.end]\ntime_column = "End"\n'
                       '[fields.description]\ncolumn = "Abstract"\nadd_columns = ["Speaker"]\n',
                       encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert [(i.row, i.column, i.code, i.message) for i in report.issues] == [
        (2, "Speaker", "garbled-text",
         "Row 2: 'Speaker' has 'JosÃ©', garbled on its way into the sheet (UTF-8 read as "
         "Windows-1252): most likely 'José'. It is sent as written; fix it in the sheet "
         "(Find and Replace)."),
    ]
    assert [p.description_html for p in report.payloads] == [
        "<p>Soil probes.</p><p>Speaker: JosÃ© GarcÃ\xada</p>"]
