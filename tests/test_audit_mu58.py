"""Reading a sheet where words stand for dates and times: a row under a month's heading; a
workbook kept one tab per day, each tab's date reading both ways."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_docs_claims_dc5_day_tabs import _book
from tests.test_small_mends import filling_down_dates
from tests.test_validate import write_csv


def test_a_blank_date_under_a_months_heading_does_not_take_the_date_above_it(
        tmp_path: Path) -> None:
    """fill_down reading a date typed on each day's first row: a row left blank right under
    'June 2027' is not sent on 28 May, the last date above the heading, but refused; a June
    date under it is filled down to the rows that follow, as on any day."""
    path = write_csv(tmp_path, ["Date", "Session Title", "Time Start", "Time End"], [
        ["5/28/2027", "Talk", "9:00", "10:00"],
        ["June 2027", "", "", ""],
        ["", "Panel", "11:00", "12:00"],
        ["6/2/2027", "Workshop", "9:00", "10:00"],
        ["", "Lab", "11:00", "12:00"]])
    report = validate_file(path, mapping=filling_down_dates(tmp_path), timezone="UTC")
    assert [(r.row, [(i.code, i.message) for i in r.issues],
             r.payload and r.payload.start_time.isoformat()) for r in report.rows] == [
        (2, [], "2027-05-28T09:00:00+00:00"),
        (3, [("section-heading", "Row 3: holds only 'June 2027' (in 'Date'), a month's name "
              "heading the days under it, so it is read as a section heading and nothing is "
              "sent for it.")], None),
        (4, [("missing-required", "Row 4: 'Date' is empty, under the month's heading on row "
              "3: fill_down takes no date from above that heading ('5/28/2027', row 2) into "
              "the month under it. Fill in the row's date.")], None),
        (5, [], "2027-06-02T09:00:00+00:00"),
        (6, [], "2027-06-02T11:00:00+00:00")]


@pytest.mark.parametrize("sheet", [None, ["all"], ["Day 1", "Day 2", "Day 3"]])
def test_a_tab_per_day_drafts_the_date_order_the_other_days_tabs_tell(
        tmp_path: Path, sheet: list[str] | None) -> None:
    """Day 1's tab holds one date, 11/05/2027, which reads both ways; Day 3's 13/05/2027
    reads only day-first. The draft was month-first, so Day 1 was sent on 5 November
    (validate of the first tab alone said nothing of it); the days' tabs now tell it."""
    header = ["Title", "Date", "Start", "End", "Room"]
    path = _book(tmp_path / "days.xlsx", {
        f"Day {day}": [header, [f"Talk {day}", f"1{day}/05/2027", "9:00", "10:00", "Hall"]]
        for day in (1, 2, 3)})
    draft = draft_mapping(path, sheet)
    assert (draft.date_order, 'date_order = "day-first"' in draft.text) == ("day-first", True)
    mapping = tmp_path / "days.toml"
    mapping.write_text(draft.text, encoding="utf-8")
    report = validate_file(path, mapping=mapping, sheet=sheet, timezone="UTC")
    assert [p.start_time.date().isoformat() for p in report.payloads] == (
        ["2027-05-11"] if sheet is None else ["2027-05-11", "2027-05-12", "2027-05-13"])


def test_tabs_of_days_whose_dates_all_read_both_ways_draft_the_order_that_keeps_them_close(
        tmp_path: Path) -> None:
    header = ["Title", "Date", "Start", "End", "Room"]
    path = _book(tmp_path / "days.xlsx", {
        f"Day {day}": [header, [f"Talk {day}", f"1{day}/05/2027", "9:00", "10:00", "Hall"]]
        for day in (1, 2)})
    draft = draft_mapping(path, ["all"])
    assert draft.date_order == "day-first"
    assert ("# Every date here reads both ways: day-first puts them 1 day apart (11 May 2027 "
            "to 12 May 2027), month-first 30 days apart (5 Nov 2027 to 5 Dec 2027), so "
            "date_order is day-first. Check it against the programme.") in draft.text.splitlines()
