"""A date typed once per day, on the day's first row, and the rows under it blank: a
programme written for people to read, or a workbook's merged Date cell as a CSV export
leaves it. The mapping's fill_down reads each blank as the cell above it."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from importer.errors import MappingError
from importer.mapping import load_mapping
from importer.validate import validate_file
from tests.test_validate import write_csv

HEADER = ["Title", "Date", "Start", "End", "Room"]


def mapping(path: Path, fill_down: str = "") -> Path:
    path.write_text(
        f'name = "once a day"\n{fill_down}\n'
        '[fields.name]\ncolumn = "Title"\n'
        '[fields.start]\ndate_column = "Date"\ntime_column = "Start"\n'
        '[fields.end]\ntime_column = "End"\n'
        '[fields.locations]\ncolumn = "Room"\noptional = true\n', encoding="utf-8")
    return path


def test_a_date_written_on_each_days_first_row_is_read_on_the_rows_under_it(
        tmp_path: Path) -> None:
    """The Room column, merged in the workbook, is filled down too; a row's own date or
    room stands."""
    sheet = write_csv(tmp_path, HEADER, [
        ["Opening", "5/11/2027", "9:00", "10:00", "Hall"],
        ["Talk A", "", "10:00", "11:00", ""],
        ["Talk B", "", "11:00", "12:00", "Room 2"],
        ["Day two", "5/12/2027", "9:00", "10:00", ""],
        ["Talk C", "", "10:00", "11:00", ""]])
    toml = mapping(tmp_path / "m.toml", 'fill_down = ["date", "Room"]')
    report = validate_file(sheet, mapping=toml, timezone="UTC")
    assert [(p.name, f"{p.start_time:%m-%d %H:%M}", p.locations) for p in report.payloads] == [
        ("Opening", "05-11 09:00", ("Hall",)), ("Talk A", "05-11 10:00", ("Hall",)),
        ("Talk B", "05-11 11:00", ("Room 2",)), ("Day two", "05-12 09:00", ("Room 2",)),
        ("Talk C", "05-12 10:00", ("Room 2",))]


def test_without_fill_down_a_blank_date_under_a_dated_row_says_how_to_read_it(
        tmp_path: Path) -> None:
    """The first rows, with no date above them, are told only to fill it in."""
    sheet = write_csv(tmp_path, HEADER, [
        ["Early", "", "8:00", "9:00", ""],
        ["Opening", "5/11/2027", "9:00", "10:00", ""],
        ["Talk A", "", "10:00", "11:00", ""]])
    report = validate_file(sheet, mapping=mapping(tmp_path / "m.toml"), timezone="UTC")
    assert [(i.row, i.code, i.message) for i in report.issues if i.row] == [
        (2, "missing-required", "Row 2: 'Date' is empty; every session needs a date. Fill it "
         "in."),
        (4, "missing-required", "Row 4: 'Date' is empty; every session needs a date. Fill it "
         'in, or if it is written once for the rows under it, add fill_down = ["Date"] to '
         "the mapping.")]


def test_a_days_own_row_gives_its_date_and_a_heading_takes_none(tmp_path: Path) -> None:
    """A row of a date alone heads its day's sessions (skipped, as a heading of that day);
    a 'Day 2' heading written in the title column is no session and is not given a date
    (it would be sent as an all-day session named 'Day 2')."""
    sheet = write_csv(tmp_path, HEADER, [
        ["", "5/11/2027", "", "", ""],
        ["Talk A", "", "9:00", "10:00", ""],
        ["Day 2", "", "", "", ""],
        ["Talk B", "5/12/2027", "9:00", "10:00", ""],
        ["Talk C", "", "10:00", "11:00", ""]])
    toml = mapping(tmp_path / "m.toml", 'fill_down = ["Date"]')
    report = validate_file(sheet, mapping=toml, timezone="UTC")
    assert [(i.row, i.code, i.message) for i in report.issues if i.row] == [
        (2, "empty-day", "Row 2: only the date is filled in (in 'Date'), perhaps with the "
         "day's name: a heading for that day's sessions, so no session is sent for it."),
        (4, "section-heading", "Row 4: holds only 'Day 2' (in 'Title'), so it is read as a "
         "section heading and nothing is sent for it; to make it a session, give it a date "
         "and times.")]
    assert [(p.name, f"{p.start_time:%m-%d %H:%M}") for p in report.payloads] == [
        ("Talk A", "05-11 09:00"), ("Talk B", "05-12 09:00"), ("Talk C", "05-12 10:00")]


def test_each_tab_fills_down_its_own_rows(tmp_path: Path) -> None:
    """Read together, one tab's last date is not lent to the next tab's first rows."""
    book = openpyxl.Workbook()
    first = book.active
    assert first is not None
    first.title = "Day 1"
    first.append(HEADER)
    first.append(["Talk A", "5/11/2027", "9:00", "10:00", ""])
    first.append(["Talk B", None, "10:00", "11:00", ""])
    second = book.create_sheet("Day 2")
    second.append(HEADER)
    second.append(["Talk C", None, "9:00", "10:00", ""])
    second.append(["Talk D", "5/12/2027", "10:00", "11:00", ""])
    book.save(path := tmp_path / "days.xlsx")
    toml = mapping(tmp_path / "m.toml", 'fill_down = ["Date"]')
    report = validate_file(path, mapping=toml, timezone="UTC", sheet=["all"])
    assert [(i.sheet, i.row, i.message) for i in report.issues if i.row] == [
        ("Day 2", 2, "Row 2 of sheet 'Day 2': 'Date' is empty; every session needs a date. "
         "Fill it in.")]
    assert [p.name for p in report.payloads] == ["Talk A", "Talk B", "Talk D"]


def test_fill_down_naming_a_column_no_field_reads_is_refused(tmp_path: Path) -> None:
    toml = mapping(tmp_path / "m.toml", 'fill_down = ["Day"]')
    with pytest.raises(MappingError) as caught:
        load_mapping(toml)
    assert str(caught.value).split(": ", 1)[1] == (
        "fill_down names 'Day', which no field reads (the mapping reads 'Title', 'Date', "
        "'Start', 'End', 'Room'): name a column the mapping reads, as the sheet heads it")
    toml = mapping(tmp_path / "m.toml", 'fill_down = ["Dates"]')
    with pytest.raises(MappingError) as caught:
        load_mapping(toml)
    assert "(did you mean 'Date'?)" in str(caught.value)
