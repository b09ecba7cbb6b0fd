"""The zone a programme's times are in, written in a title row above its header ('Programme
(all times CEST)', 'Times are in Pacific Time'): the draft sets `timezone` from it, with a
comment naming the row, where the words tell one place's clocks; where they do not ('CST',
China's too; 'UTC+2', an offset) the comment says so and timezone stays to be filled in. It
was not noticed: the times were read in the guide's zone (validate's UTC)."""

from __future__ import annotations

import csv
import re
from pathlib import Path
from typing import Any

import pytest

from importer.draft import draft_mapping
from importer.validate import validate_file

UNSET = ('# timezone = "Area/City"   # the region and city of the place the sheet\'s times '
         'are kept in ("Europe/Madrid"); without it, plan and run read them in the guide\'s '
         'timezone, validate in UTC')
UNCERTAIN = ("which does not tell one place's clocks: set timezone to the region and city of "
             "the place the times are kept in")


def _csv(path: Path, rows: list[list[Any]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    return path


def _programme(tmp_path: Path, *titles: str) -> Path:
    return _csv(tmp_path / "programme.csv", [
        *([title, "", "", ""] for title in titles),
        ["Date", "Start", "End", "Session"],
        ["2027-07-15", "9:00", "10:30", "Opening"], ["2027-07-15", "11:00", "12:30", "Keynote"]])


def _zone_lines(text: str) -> list[str]:
    return re.findall(r"^#? ?timezone = .*$|^# Row \d+, above the header.*$", text, re.M)


def test_a_zone_in_the_title_row_is_drafted_and_the_times_read_in_it(tmp_path: Path) -> None:
    sheet = _programme(tmp_path, "Programme (all times CEST)")
    text = draft_mapping(sheet).text
    assert _zone_lines(text) == [
        "timezone = \"Europe/Berlin\"   # row 1, above the header, says 'Programme (all "
        "times CEST)'"]
    mapping = tmp_path / "draft.toml"
    mapping.write_text(text, encoding="utf-8")
    report = validate_file(sheet, mapping=mapping)
    assert [(p.name, p.start_time.isoformat(), p.end_time.isoformat())
            for p in report.payloads] == [
        ("Opening", "2027-07-15T07:00:00+00:00", "2027-07-15T08:30:00+00:00"),
        ("Keynote", "2027-07-15T09:00:00+00:00", "2027-07-15T10:30:00+00:00")]


@pytest.mark.parametrize(("titles", "drafted"), [
    (["Summit 2027", "Times are in Pacific Time"],
     "timezone = \"America/Los_Angeles\"   # row 2, above the header, says 'Times are in "
     "Pacific Time'"),
    (["Time zone: Europe/Lisbon"],
     "timezone = \"Europe/Lisbon\"   # row 1, above the header, says 'Time zone: "
     "Europe/Lisbon'"),
    (["DevDays (all times ET)"],
     "timezone = \"America/New_York\"   # row 1, above the header, says 'DevDays (all "
     "times ET)'"),
    (["All times shown in Chicago time"],
     "timezone = \"America/Chicago\"   # row 1, above the header, says 'All times shown in "
     "Chicago time'"),
])
def test_a_zone_telling_one_places_clocks_is_drafted(tmp_path: Path, titles: list[str],
                                                     drafted: str) -> None:
    assert _zone_lines(draft_mapping(_programme(tmp_path, *titles)).text) == [drafted]


@pytest.mark.parametrize("titles", [
    ["Summit 2027 (all times CST)"], ["All times are UTC+2"], ["All times GMT"],
    ["Times are in Pacific Time", "Times in Europe/Berlin"]])
def test_a_zone_telling_no_one_place_is_left_to_fill_in_saying_so(
        tmp_path: Path, titles: list[str]) -> None:
    assert _zone_lines(draft_mapping(_programme(tmp_path, *titles)).text) == [
        UNSET, f"# Row 1, above the header, says {titles[0]!r}, {UNCERTAIN}"]


@pytest.mark.parametrize("titles", [
    ["Times are subject to change"], ["Please enter times in HH:MM"], ["Summit 2027"],
    ["All times in Atlantic."]])  # a folder of the tz database, no zone
def test_a_title_naming_no_zone_changes_nothing(tmp_path: Path, titles: list[str]) -> None:
    assert _zone_lines(draft_mapping(_programme(tmp_path, *titles)).text) == [UNSET]
