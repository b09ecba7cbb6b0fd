"""Small mends: a time cell with another zone's word, where the sheet's zone is given, is
told the times are read in that zone rather than to give one; a drafted mapping's own check
line, like the console's, says to fix first the tab validate --sheet all would stop at."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from importer.cli import app
from importer.validate import validate_file
from tests.test_load import write_xlsx
from tests.test_realworld_rw7_times import MAPPING
from tests.test_small_mends8 import day_tab
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
    as timezone = "America/New_York", though Europe/Berlin was given. ('CST' is Chicago's
    and China's; a word naming one offset, 'EST', says its time on Berlin's clock there,
    test_small_mends16.)"""
    sheet = write_csv(tmp_path, ["Session ID", *CLASSIC], [
        ["W0", "Wrong zone", "12/5/2026", "10:00 CST", "11:00", "Hall", "", ""]])
    report = validate_file(sheet, timezone=timezone)
    assert [(i.row, i.column, i.code, i.message) for i in report.issues if i.row] == [
        (2, "Time Start", "bad-time",
         f"Row 2: 'Time Start' has '10:00 CST', which is not a time: 'CST' {fix}")]


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


@pytest.mark.parametrize("sheet", [["--sheet", "all"], []])  # only the first was wrong
def test_the_drafted_files_check_line_says_to_fix_the_tab_first(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sheet: list[str]) -> None:
    """The drafted file's top offered 'then check it: gbimport validate ...', which stops at
    'Day 3', while the console said to fix that tab first."""
    monkeypatch.chdir(tmp_path)
    write_xlsx(Path("programme.xlsx"), {
        "Day 1": day_tab("Title", 1), "Day 2": day_tab("Title", 2), "Day 3": day_tab("Talk", 3)})
    shown = CliRunner().invoke(app, ["draft-mapping", "programme.xlsx", "-o", "m.toml", *sheet])
    assert shown.exit_code == 0
    assert Path("m.toml").read_text(encoding="utf-8").splitlines()[:3] == [
        "# Drafted by `gbimport draft-mapping` from programme.xlsx, sheet 'Day 1' (header on "
        "row 1).",
        "# Read it through, then, once sheet 'Day 3' is fixed as said below, check it: gbimport "
        "validate programme.xlsx --mapping <this file> --sheet all" if sheet else
        "# Read it through, then check it: gbimport validate programme.xlsx --mapping "
        "<this file>",  # without --sheet, validate reads 'Day 1' alone: it does not stop
        "# validate --sheet all stops at a tab: sheet 'Day 3' of programme.xlsx has most of the "
        "columns of sheet 'Day 1' but no 'Title' column, so --sheet all cannot tell whether it "
        "is part of the programme: give it the same header, or name each sheet to read with "
        "--sheet."]
