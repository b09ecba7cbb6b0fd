"""A CSV saved by Excel outside the US writes its dates day-first: with every day 12 or under,
none gives the order away, and Guidebook's template (month-first) read a three-day programme
as three months, one day of each, without a word."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rich.console import Console

from importer import render
from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_validate import write_csv

HEADER = ["Session Title", "Date", "Time Start", "Time End", "Room/Location"]


def _sheet(tmp_path: Path, dates: list[str]) -> Path:
    return write_csv(tmp_path, HEADER, [[f"Talk {n}", date, "9:00 AM", "10:00 AM", "Hall"]
                                        for n, date in enumerate(dates, start=1)])


def _months_apart(path: Path, mapping: Path | None = None) -> list[tuple[str | None, str, str]]:
    report = validate_file(path, mapping=mapping, timezone="Europe/London")
    return [(i.column, i.severity, i.message) for i in report.issues
            if i.code == "dates-months-apart"]


def test_a_day_first_programme_read_month_first_is_said_with_both_readings(
        tmp_path: Path) -> None:
    path = _sheet(tmp_path, ["03/04/2027", "04/04/2027", "05/04/2027", "05/04/2027"])
    assert _months_apart(path) == [(
        "Date", "warning",
        "'Date' has dates that read both ways; read month-first, as the mapping says, they are "
        "months apart (4 Mar 2027 to 4 May 2027), where read day-first they fall within 3 "
        "days (3 Apr 2027 to 5 Apr 2027). If the sheet writes them day-first (as Excel saves "
        'a CSV outside the US), set date_order = "day-first" in the mapping (gbimport '
        "draft-mapping drafts a mapping with it), or write dates as 2027-05-11.")]
    report = validate_file(path, timezone="Europe/London")
    assert (report.valid, report.ok) == (4, True)  # a warning: a monthly meetup reads so too


def test_read_as_the_mapping_says_they_are_left_alone(tmp_path: Path) -> None:
    path = _sheet(tmp_path, ["03/04/2027", "04/04/2027", "05/04/2027"])
    mapping = tmp_path / "m.toml"
    template = Path("mappings/guidebook-template.toml").read_text(encoding="utf-8")
    mapping.write_text(template.replace('date_order = "month-first"', 'date_order = "day-first"'),
                       encoding="utf-8")
    assert _months_apart(path, mapping) == []


@pytest.mark.parametrize("dates", [
    ["04/05/2027", "04/06/2027", "04/07/2027"],  # April 5 to 7: the other order is months apart
    ["03/04/2027", "04/04/2027", "13/04/2027"],  # one date gives the order away (an error)
    ["2027-03-04", "2027-04-04"],  # ISO
    ["03/04/2027", "03/04/2027"],  # one day
    ["01/04/2027", "03/04/2027", "01/05/2027"],  # over two weeks both ways
], ids=["close-as-read", "one-tells", "iso", "one-day", "neither-close"])
def test_dates_close_as_read_or_in_no_doubt_are_not_said(tmp_path: Path,
                                                        dates: list[str]) -> None:
    assert _months_apart(_sheet(tmp_path, dates)) == []


def test_a_datetime_column_is_read_alike(tmp_path: Path) -> None:
    mapping = tmp_path / "m.toml"
    mapping.write_text('name = "m"\n[fields.name]\ncolumn = "Title"\n'
                       '[fields.start]\ncolumn = "Starts"\n[fields.end]\ncolumn = "Ends"\n',
                       encoding="utf-8")
    path = write_csv(tmp_path, ["Title", "Starts", "Ends"], [
        ["A", "10/03/2027 09:00", "10/03/2027 10:00"],
        ["B", "11/03/2027 09:00", "11/03/2027 10:00"]])
    assert [(column, severity) for column, severity, _ in _months_apart(path, mapping)] == [
        ("Starts", "warning")]


def test_draft_mapping_says_the_template_would_misread_such_dates(tmp_path: Path) -> None:
    """It said the built-in mapping read the sheet as it is, where it read three days as
    three months."""
    path = _sheet(tmp_path, ["03/04/2027", "04/04/2027", "05/04/2027"])
    draft = draft_mapping(path)
    output = io.StringIO()
    render.draft_summary(Console(file=output, width=300), draft, path, tmp_path / "m.toml")
    said = output.getvalue()
    assert 'date_order = "day-first"' in draft.text
    assert "reads it as it is" not in said
    assert ("The sheet has the columns of Guidebook's template, but its dates are day-first, "
            "where the built-in mapping (the default) reads them month-first: use this draft."
            ) in said
    dated_as_template = draft_mapping(_sheet(tmp_path, ["03/14/2027", "03/15/2027"]))
    assert (dated_as_template.fits_template, dated_as_template.template_misreads_dates) == (
        True, False)
