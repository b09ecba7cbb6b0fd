"""draft-mapping and the zone a programme names: an abbreviation several places write in a
time's header is commented with each place's zone, and a title row in lower case is read."""

from __future__ import annotations

import csv
from pathlib import Path

from importer.draft import draft_mapping


def _drafted(tmp_path: Path, rows: list[list[str]]) -> list[str]:
    sheet = tmp_path / "programme.csv"
    with sheet.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    return [line for line in draft_mapping(sheet).text.splitlines()
            if "timezone =" in line or "says its times" in line]


def test_ist_in_a_header_is_commented_with_india_s_ireland_s_and_israel_s_zones(
        tmp_path: Path) -> None:
    """It gave 'Asia/Kolkata' alone, hours off for a programme in Dublin or Tel Aviv."""
    assert _drafted(tmp_path, [["Date", "Start (IST)", "End", "Session"],
                               ["2027-07-15", "9:00", "10:30", "Opening"]]) == [
        "# timezone = \"Area/City\"   # the region and city of the place the sheet's times are "
        "kept in (\"Europe/Madrid\"); without it, plan and run read them in the guide's "
        "timezone, validate in UTC",
        "# 'Start (IST)' says its times are IST: set timezone to the region and city of the "
        "place they are in ('Asia/Kolkata' in India, 'Europe/Dublin' in Ireland or "
        "'Asia/Jerusalem' in Israel): an abbreviation does not say when summer time applies"]


def test_a_title_row_in_lower_case_naming_a_place_s_time_is_drafted(tmp_path: Path) -> None:
    assert _drafted(tmp_path, [["all times london time", "", "", ""],
                               ["Date", "Start", "End", "Session"],
                               ["2027-07-15", "9:00", "10:30", "Opening"]]) == [
        "timezone = \"Europe/London\"   # row 1, above the header, says 'all times london time'"]


def test_a_title_row_saying_local_time_drafts_no_zone(tmp_path: Path) -> None:
    assert _drafted(tmp_path, [["all times are local time", "", "", ""],
                               ["Date", "Start", "End", "Session"],
                               ["2027-07-15", "9:00", "10:30", "Opening"]]) == [
        "# timezone = \"Area/City\"   # the region and city of the place the sheet's times are "
        "kept in (\"Europe/Madrid\"); without it, plan and run read them in the guide's "
        "timezone, validate in UTC"]
