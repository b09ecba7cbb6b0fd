"""Shapes the newest changes' tests did not try: an end written 'midnight' in words after a
start at noon or in the morning ('noon - midnight', a festival day's); a sandbox port
mistyped past 65535."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from importer.cli import app
from importer.validate import ValidationReport, validate_file


def _read(report: ValidationReport) -> list[tuple[int, list[str], str | None, str | None]]:
    return [(row.row, [i.code for i in row.issues],
             row.payload and row.payload.start_time.isoformat(),
             row.payload and row.payload.end_time and row.payload.end_time.isoformat())
            for row in report.rows]


def test_an_end_written_midnight_closes_its_day_however_early_the_start(
        tmp_path: Path) -> None:
    """'noon - midnight' (a festival day) was refused as ending before it starts, 'fix the
    end time, or if it runs past midnight, add a column', as 'midnight' read 0:00 of the
    start's day and only an evening start (within nine hours) was taken to run into the
    night after: written in words, midnight is the end of the day; '12:00 AM', which a
    morning's end may mean as noon, stays refused, as does midnight after a start in the
    small hours."""
    sheet = tmp_path / "s.csv"
    sheet.write_text("Session Title,Date,Time Start,Time End,Room/Location\n"
                     "Fair,5/11/2027,noon,midnight,Hall\n"
                     "Party,5/11/2027,12:00,midnight,Tent\n"
                     "Market,5/11/2027,9:00 AM,12 midnight,Yard\n"
                     "Typo,5/11/2027,11:00 AM,12:00 AM,Room\n"
                     "Night,5/11/2027,25:00,midnight,Cellar\n"
                     "Dawn,5/11/2027,1:00 AM,midnight,Roof\n", encoding="utf-8")
    report = validate_file(sheet, timezone="UTC")
    assert _read(report) == [
        (2, [], "2027-05-11T12:00:00+00:00", "2027-05-12T00:00:00+00:00"),
        (3, [], "2027-05-11T12:00:00+00:00", "2027-05-12T00:00:00+00:00"),
        (4, [], "2027-05-11T09:00:00+00:00", "2027-05-12T00:00:00+00:00"),
        (5, ["end-before-start"], None, None),
        (6, ["end-before-start"], None, None),
        (7, ["end-before-start"], None, None)]


def test_a_range_cell_ending_midnight_closes_its_day(tmp_path: Path) -> None:
    mapping = tmp_path / "m.toml"
    mapping.write_text('name = "m"\n[fields.name]\ncolumn = "Title"\n[fields.start]\n'
                       'date_column = "Date"\ntime_column = "Time"\n[fields.end]\n'
                       'time_column = "Time"\n', encoding="utf-8")
    sheet = tmp_path / "s.csv"
    sheet.write_text("Title,Date,Time\nFair,5/11/2027,noon - midnight\n"
                     "Party,5/11/2027,12:00 - midnight\n"
                     "Typo,5/11/2027,11:00 AM - 12:00 AM\n", encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert _read(report) == [
        (2, [], "2027-05-11T12:00:00+00:00", "2027-05-12T00:00:00+00:00"),
        (3, [], "2027-05-11T12:00:00+00:00", "2027-05-12T00:00:00+00:00"),
        (4, ["end-before-start"], None, None)]


@pytest.mark.parametrize("port", ["99999", "-1"])
def test_a_sandbox_port_out_of_range_is_refused_in_the_one_error_line(port: str) -> None:
    """'--port 99999' (a digit too many) stopped the sandbox with a Python traceback ending
    'OverflowError: bind(): port must be 0-65535', not the line its other refusals print."""
    result = CliRunner().invoke(app, ["sandbox", "--port", port])
    assert (result.exit_code, result.stderr) == (2, (
        f"error: command-line option --port: {port} is not a port: give one from 1 to 65535, "
        "or 0 to pick a free one.\n"))
