"""A Swiss league's fixtures, each kick-off written as its date, a spaced dash and its time
(ISYgrinder/referee, `spielplan.csv`: 'Runde 31,So 30.04.23 - 14:15   ,FC Vaduz,Yverdon
Sport FC,...'). Validate refused every game as bad-datetime ('write it like 5/11/2027 10:00
AM'), though it read 'May 11, 2027 - 9:00 AM' and '30.04.23, 14:15'. A dash between a date
and its time is now read as the comma is; a date with a start and an end ('11/05/2027 09:00
- 10:30') is still a range, not a start. A few rows in the file's shape."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from importer import convert
from importer.validate import validate_file
from tests.test_draft_columns import write_csv


@pytest.mark.parametrize(("cell", "read"), [
    ("30.04.2023 - 14:15", (dt.date(2023, 4, 30), dt.time(14, 15))),
    ("30/04/2023 – 14:15", (dt.date(2023, 4, 30), dt.time(14, 15))),
    ("Sun 30/04/23 - 2:15 PM", (dt.date(2023, 4, 30), dt.time(14, 15))),
    ("So 30.04.23 - 14:15   ", (dt.date(2023, 4, 30), dt.time(14, 15)))])
def test_a_dash_between_the_date_and_its_time(cell: str, read: tuple[dt.date, dt.time]) -> None:
    assert convert.parse_datetime(cell, "day-first") == read


def test_a_date_with_a_start_and_an_end_is_still_a_range() -> None:
    with pytest.raises(convert.CellError) as refused:
        convert.parse_datetime_cell("11/05/2027 09:00 - 10:30", "day-first")
    assert refused.value.hint == convert.DATETIME_RANGE_IN_DATETIME


def test_the_leagues_kick_offs_are_read(tmp_path: Path) -> None:
    sheet = write_csv(tmp_path / "spielplan.csv", [
        ["Runde", "Anpfiff", "Heim", "Gast"],
        ["Runde 31", "30.04.2023 - 14:15" + " " * 40, "FC Vaduz", "Yverdon Sport FC"],
        ["Runde 30", "27.04.2023 - 20:30" + " " * 40, "FC Luzern", "FC Winterthur"]])
    mapping = tmp_path / "spielplan.toml"
    mapping.write_text('name = "spielplan"\ndate_order = "day-first"\n'
                       '[fields.name]\njoin = ["Heim", "Gast"]\nseparator = " vs "\n'
                       '[fields.start]\ncolumn = "Anpfiff"\n[fields.end]\nminutes = 105\n',
                       encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="Europe/Zurich")
    assert [(p.name, p.start_time.isoformat(), p.end_time.isoformat())
            for p in report.payloads] == [
        ("FC Vaduz vs Yverdon Sport FC", "2023-04-30T12:15:00+00:00",
         "2023-04-30T14:00:00+00:00"),
        ("FC Luzern vs FC Winterthur", "2023-04-27T18:30:00+00:00",
         "2023-04-27T20:15:00+00:00")]
