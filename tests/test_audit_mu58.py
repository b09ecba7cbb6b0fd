"""Reading a sheet where words stand for dates and times: a row under a month's heading."""

from __future__ import annotations

from pathlib import Path

from importer.validate import validate_file
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
