"""A planner on a Mac keeps the programme in Apple Numbers and exports it to Excel. Numbers
puts an 'Export Summary' worksheet first (its note, then a table of the Numbers sheets and
the worksheets they became): that tab is no schedule, so the one after it is read. Before,
the summary was read: a template-laid sheet was found all the same, but a mapping with one
column misspelt was told the summary lacked all its eleven columns, and validate without a
mapping named the summary's columns rather than the schedule's. Invented data."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from importer.errors import MappingError
from importer.load import load_sheet
from importer.validate import validate_file
from tests.test_load import write_xlsx

NOTE = ("This document was exported from Numbers. Each table was converted to an Excel "
        "worksheet. All other objects on each Numbers sheet were placed on separate "
        "worksheets. Please be aware that formula calculations may differ in Excel.")
SUMMARY = [[NOTE], [],
           ["Numbers Sheet Name", "Numbers Table Name", "Excel Worksheet Name"],
           ["Programme", "Table 1", "Programme - Table 1"]]
HEADER = ["Date", "Start", "End", "Session Title", "Room", "Session Type"]
SESSIONS = [[dt.datetime(2027, 3, 14), dt.time(9), dt.time(10), "Opening Keynote",
             "Main Hall", "Keynote"],
            [dt.datetime(2027, 3, 14), dt.time(10, 30), dt.time(12), "Panel: Open Data",
             "Room 101", "Panel"]]


def _numbers_export(tmp_path: Path, summary: list[list[object]] = SUMMARY) -> Path:
    return write_xlsx(tmp_path / "symposium.xlsx", {
        "Export Summary": summary, "Programme - Table 1": [HEADER, *SESSIONS]})


@pytest.mark.parametrize("summary", [SUMMARY, [["Export Summary"], [], *SUMMARY]])
def test_the_schedule_after_numbers_export_summary_is_read(
    tmp_path: Path, summary: list[list[object]]
) -> None:
    sheet = load_sheet(_numbers_export(tmp_path, summary))
    assert (sheet.sheet_name, sheet.header_row, sheet.columns, len(sheet.frame)) == (
        "Programme - Table 1", 1, HEADER, 2)


def test_a_misspelt_column_is_named_on_the_schedule_not_on_the_summary(
    tmp_path: Path
) -> None:
    mapping = tmp_path / "symposium.toml"
    mapping.write_text(
        'name = "symposium"\ndate_order = "month-first"\n'
        '[fields.name]\ncolumn = "Session Titel"\n'
        '[fields.start]\ndate_column = "Date"\ntime_column = "Start"\n'
        '[fields.end]\ntime_column = "End"\n[fields.locations]\ncolumn = "Room"\n',
        encoding="utf-8")
    with pytest.raises(MappingError) as raised:
        validate_file(_numbers_export(tmp_path), mapping=mapping, timezone="UTC")
    assert str(raised.value).startswith(
        f"{tmp_path / 'symposium.xlsx'}, sheet 'Programme - Table 1': mapping 'symposium': "
        "fields.name needs column 'Session Titel', which the sheet does not have; did you "
        "mean 'Session Title'?")


def test_a_workbook_of_the_summary_alone_is_still_read(tmp_path: Path) -> None:
    """Nothing else holds data: the summary is what there is to read and to be told about."""
    path = write_xlsx(tmp_path / "summary.xlsx", {"Export Summary": SUMMARY})
    assert load_sheet(path).sheet_name == "Export Summary"
