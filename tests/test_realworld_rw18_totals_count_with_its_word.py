"""A planner's workbook of a real programme (Agile Open Northwest 2011's schedule,
jeremylightsmith/agileopennorthwest, `public/2011/schedule.php`) ends with the total Excel
people write under a day: 'Total', the minutes summed, and the sessions counted with their
word, `=COUNTA(E4:E17)&" sessions"`, which Excel saves as '14 sessions'. That count was no
figure to the totals check, so validate read the row as a session, an error that 'Total' is
not a date, and the draft asked for a date for 'Total' under values. It is the sheet's totals
now, as with a bare count. A few rows in the workbook's shape."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_validate import write_csv

HEADER = ["Day", "Start", "Duration (min)", "End", "Session", "Room"]
ROWS = [
    ["2011-02-08", "8:00 am", "45", "8:45 am", "Registration and Continental Breakfast", "Lobby"],
    ["2011-02-08", "8:45 am", "35", "9:20 am", "Welcome and Opening Session Plenary",
     "Main Hall"],
    ["2011-02-09", "8:00 am", "60", "9:00 am", "Early Bird Session W-8", "Main Hall"],
    ["Total", "", "140", "", "3 sessions", ""],
]
MAPPING = ('name = "aonw"\ntimezone = "America/Los_Angeles"\n'
           '[fields.name]\ncolumn = "Session"\n'
           '[fields.start]\ndate_column = "Day"\ntime_column = "Start"\n'
           '[fields.end]\ntime_column = "End"\n'
           '[fields.locations]\ncolumn = "Room"\n')


def test_a_count_with_its_word_makes_the_totals_row(tmp_path: Path) -> None:
    sheet = write_csv(tmp_path, HEADER, ROWS, name="aonw2011.csv")
    mapping = tmp_path / "aonw.toml"
    mapping.write_text(MAPPING, encoding="utf-8")
    report = validate_file(sheet, mapping=mapping)
    assert [(i.row, i.code, i.severity, i.message) for i in report.issues if i.row] == [
        (5, "totals-row", "warning",
         "Row 5: 'Day' has 'Total' and the other cells figures, so the row is read as the "
         "sheet's totals, not a session, and nothing is sent for it.")]
    assert [p.name for p in report.payloads] == [
        "Registration and Continental Breakfast", "Welcome and Opening Session Plenary",
        "Early Bird Session W-8"]


@pytest.mark.parametrize("count", ["3 sessions", "3"])
def test_the_draft_asks_no_date_for_the_totals_row(tmp_path: Path, count: str) -> None:
    """A bare count too: the draft took its 'Total' for a day to give a date."""
    rows = [*ROWS[:3], ["Total", "", "140", "", count, ""]]
    draft = draft_mapping(write_csv(tmp_path, HEADER, rows, name="aonw2011.csv"))
    assert "values = {" not in draft.text
    assert draft.complete


def test_a_session_whose_cells_say_how_many_talks_it_holds_stays_a_session(
        tmp_path: Path) -> None:
    """'Sessions' with a time is a session, whatever its room says ('3 talks')."""
    rows = [*ROWS[:3], ["2011-02-09", "9:00 am", "30", "9:30 am", "Sessions", "3 talks"]]
    mapping = tmp_path / "aonw.toml"
    mapping.write_text(MAPPING, encoding="utf-8")
    report = validate_file(write_csv(tmp_path, HEADER, rows, name="aonw2011.csv"),
                           mapping=mapping)
    assert [i.code for i in report.issues if i.row] == []
    assert [p.name for p in report.payloads][-1] == "Sessions"
