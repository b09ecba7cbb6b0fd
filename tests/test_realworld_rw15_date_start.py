"""A congress's agenda exported from its abstracts system, a row per presentation, its day
in a column headed 'DateStart' beside 'StartTime' and 'EndTime' (ACC-Style/PrototypingACCorg,
`_data/agenda.csv`: '7/9/2021', '5:10 PM', 'SGT'), kept here as a workbook with real date and
time cells. The draft knew 'StartDate' but not 'DateStart': it said no column looked like
the date and left it to fill in. It now drafts 'DateStart' as the date, and 'DateEnd' as the
end's. A few rows in the file's shape."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_draft import write_csv, write_xlsx

HEADER = ["SessionNumber", "PresentationNumber", "SessionTitle", "PresentationTitle",
          "FullName", "Location", "DateStart", "StartTime", "EndTime", "TimeZone"]
ROWS = [
    [101, "101_01", "Nothing Left Behind: Drug Coated Balloon in Coronary Intervention",
     "Drug Coated Balloons: Present Status", "Scheller (Germany)", "",
     dt.datetime(2021, 7, 9), dt.time(17, 10), dt.time(18, 10), "SGT"],
    [102, "102_01", "Dyslipidemia: Today and Tomorrow", "Welcome & Introduction",
     "Khurana (Singapore)", "", dt.datetime(2021, 7, 9), dt.time(18, 15), dt.time(19, 0),
     "SGT"],
    [201, "201_01", "Welcome and Opening Plenary", "Subclinical Cardiovascular Disease",
     "Fuster (USA)", "", dt.datetime(2021, 7, 10), dt.time(7, 30), dt.time(8, 30), "SGT"],
]


def test_date_start_is_drafted_as_the_sessions_date(tmp_path: Path) -> None:
    sheet = write_xlsx(tmp_path / "agenda.xlsx", [HEADER, *ROWS])
    draft = draft_mapping(sheet)
    assert draft.complete
    mapping = tmp_path / "agenda.toml"
    mapping.write_text(draft.text, encoding="utf-8")
    report = validate_file(sheet, mapping=mapping)
    assert [i.code for i in report.issues if i.row] == []
    assert [(p.import_id, f"{p.start_time:%Y-%m-%d %H:%M}", f"{p.end_time:%H:%M}")
            for p in report.payloads] == [  # Singapore's times, in UTC
        ("agenda:101", "2021-07-09 09:10", "10:10"),
        ("agenda:102", "2021-07-09 10:15", "11:00"),
        ("agenda:201", "2021-07-09 23:30", "00:30")]


def test_date_end_is_drafted_as_the_ends_date(tmp_path: Path) -> None:
    sheet = write_csv(tmp_path / "retreat.csv", [
        ["Title", "DateStart", "StartTime", "DateEnd", "EndTime"],
        ["Night walk", "2027-05-11", "22:00", "2027-05-12", "02:00"]])
    draft = draft_mapping(sheet).text
    assert 'date_column = "DateStart"' in draft
    assert '[fields.end_date]\ncolumn = "DateEnd"' in draft
