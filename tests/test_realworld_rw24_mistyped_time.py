"""A football club's pre-season friendlies, typed by hand, one end time written with a
semicolon for the colon (gbebbs/RuncornTownFixtures, `fixtures.csv`:
'Date,StartTime,EndTime,Title,Location,Notes' and '2026-07-08,19:00,21;00,Rainhill Town
(A),...'). In a list this short one mistyped cell of four was enough for the draft to say no
column looked like the end and leave it to fill in, though the column is headed 'EndTime'.
It now drafts the column and names the cell to fix; validate names its row. A few rows in
the file's shape."""
from __future__ import annotations

from pathlib import Path

from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_draft_columns import write_csv

HEADER = ["Date", "StartTime", "EndTime", "Title", "Location", "Notes"]
ROWS = [
    ["2026-07-04", "14:00", "16:00", "Helsby (A)", "Helsby Sports Club", "Friendly"],
    ["2026-07-08", "19:00", "21;00", "Rainhill Town (A)", "Rainhill High School", "Friendly"],
    ["2026-07-11", "15:00", "17:00", "Barnton (H)", "Viridor Community Stadium", "Friendly"],
    ["2026-08-15", "19:30", "21:30", "MSB Woolton (A)", "Simpsons Ground", "Friendly"],
]


def test_a_mistyped_end_leaves_the_end_column_drafted(tmp_path: Path) -> None:
    sheet = write_csv(tmp_path / "fixtures.csv", [HEADER, *ROWS])
    draft = draft_mapping(sheet)
    assert (draft.chosen, draft.missing) == (
        {"name": "Title", "start": "StartTime", "date": "Date", "end": "EndTime",
         "locations": "Location"}, [])
    assert ("# 'EndTime' has '21;00', no time: fix it in the sheet (validate names the row)"
            in draft.text)
    mapping = tmp_path / "fixtures.toml"
    mapping.write_text(draft.text, encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="Europe/London")
    assert [(i.row, i.column, i.value, i.code) for i in report.issues if i.row] == [
        (3, "EndTime", "21;00", "bad-time")]
    assert [p.name for p in report.payloads] == ["Helsby (A)", "Barnton (H)",
                                                 "MSB Woolton (A)"]


def test_a_mistyped_start_leaves_the_start_column_drafted(tmp_path: Path) -> None:
    rows = [[*row[:1], "19,00" if n == 1 else row[1], *row[2:]]
            for n, row in enumerate(ROWS)]
    rows[1][2] = "21:00"
    sheet = write_csv(tmp_path / "fixtures.csv", [HEADER, *rows])
    draft = draft_mapping(sheet)
    assert (draft.chosen, draft.missing) == (
        {"name": "Title", "start": "StartTime", "date": "Date", "end": "EndTime",
         "locations": "Location"}, [])
    assert ("# 'StartTime' has '19,00', no time: fix it in the sheet (validate names the row)"
            in draft.text)


def test_a_column_of_scores_is_no_mistyped_time(tmp_path: Path) -> None:
    sheet = write_csv(tmp_path / "fixtures.csv", [
        ["Date", "Time", "End", "Title"],
        ["2026-07-04", "14:00", "2;1", "Helsby (A)"],
        ["2026-07-08", "19:00", "0;0", "Rainhill Town (A)"]])
    draft = draft_mapping(sheet)
    assert (draft.chosen.get("end"), draft.missing) == (None, ["end"])
