"""Small mends: a time cell with another zone's word, where the sheet's zone is given, is
told the times are read in that zone rather than to give one."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.validate import validate_file
from tests.test_realworld_rw7_times import MAPPING
from tests.test_validate import CLASSIC, write_csv

_GIVE_THE_ZONE = ("is a time zone, which gbimport cannot read in a time cell: remove it from "
                  "the cells and give the sheet's zone once, as timezone = \"America/New_York\" "
                  "(say) in the mapping or --timezone.")
_READ_IN = "is a time zone, which gbimport cannot read in a time cell: remove it from the cells"


@pytest.mark.parametrize(("timezone", "fix"), [
    ("Europe/Berlin", f"{_READ_IN}: times are read in Europe/Berlin."),
    (None, _GIVE_THE_ZONE),  # nobody gave a zone: give it once, as before
    ("UTC", _GIVE_THE_ZONE),  # UTC given, or assumed: the sheet's real zone may be another
])
def test_a_time_with_another_zones_word_names_the_zone_given(
        tmp_path: Path, timezone: str | None, fix: str) -> None:
    """'10:00 EST' in a sheet read in Europe/Berlin was told to give the sheet's zone once,
    as timezone = "America/New_York", though Europe/Berlin was given."""
    sheet = write_csv(tmp_path, ["Session ID", *CLASSIC], [
        ["W0", "Wrong zone", "12/5/2026", "10:00 EST", "11:00", "Hall", "", ""]])
    report = validate_file(sheet, timezone=timezone)
    assert [(i.row, i.column, i.code, i.message) for i in report.issues if i.row] == [
        (2, "Time Start", "bad-time",
         f"Row 2: 'Time Start' has '10:00 EST', which is not a time: 'EST' {fix}")]


def test_a_range_with_another_zones_word_names_the_mappings_timezone(tmp_path: Path) -> None:
    """The same in a range's cell, the zone given by the mapping: it says so."""
    sheet = write_csv(tmp_path, ["Date", "Time", "Title"], [
        ["11.05.2027", "1:00 PM - 2:00 PM ET", "Lunch talk"]])
    mapping = tmp_path / "m.toml"
    mapping.write_text('date_order = "day-first"\n' + MAPPING, encoding="utf-8")
    report = validate_file(sheet, mapping=mapping)
    assert [(i.row, i.column, i.code, i.message) for i in report.issues if i.row] == [
        (2, "Time", "bad-time", "Row 2: 'Time' has '1:00 PM - 2:00 PM ET', which is not a start "
         f"and end time: 'ET' {_READ_IN}: times are read in Europe/Berlin, the mapping's "
         "timezone.")]
