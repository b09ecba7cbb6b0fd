"""A user group's calendar of meetups, a row per event, its day in a column headed
'complete_date' beside a 'month' of words (TechMeetupsPH/api, `_data/events.csv`: 'AUGUST',
' 2016-08-06'), written with a space after each comma. The draft knew no 'complete_date':
it said no column looked like the start and left both the start and the end to fill in,
though the column held nothing but dates. A free column of dates whose header says 'date'
is now drafted as the sessions' days, with a comment to check it; a record's own dates
('Date created') are still not taken. A few rows in the file's shape."""

from __future__ import annotations

from pathlib import Path

from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_draft import write_csv

HEADER = ["group", "title", "description", "url", "month", "complete_date"]
ROWS = [
    ["TechTalks.ph", "Digital Healthcare Innovation Challenge", "Check it out here",
     "http://www.meetup.com/TechTalks-ph-Manila/events/231904505/", "AUGUST", "2016-08-06"],
    ["Data Driven Rocks", "Google Analytics Foundations", "Learn more",
     "http://www.meetup.com/data-driven-rocks/events/231617434/", "AUGUST", "2016-08-13"],
]


def test_a_column_of_dates_headed_date_is_drafted_as_the_day(tmp_path: Path) -> None:
    sheet = write_csv(tmp_path / "events.csv", [HEADER, *ROWS])
    draft = draft_mapping(sheet)
    assert draft.complete
    assert ("# 'complete_date' holds dates ('2016-08-06'), though its name is none the draft "
            "knows: read as each session's day; check it is") in draft.text
    assert '[fields.start]\n# no column holds times: each session is all day, on the day its ' \
        'cell gives\ncolumn = "complete_date"' in draft.text
    mapping = tmp_path / "events.toml"
    mapping.write_text(draft.text, encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="Asia/Manila")
    assert [i.code for i in report.issues if i.row] == []
    assert [(p.name, f"{p.start_time:%Y-%m-%d %H:%M}", p.all_day) for p in report.payloads] == [
        ("Digital Healthcare Innovation Challenge", "2016-08-05 16:00", True),  # Manila's day
        ("Google Analytics Foundations", "2016-08-12 16:00", True)]


def test_a_records_own_date_is_not_taken_for_the_day(tmp_path: Path) -> None:
    sheet = write_csv(tmp_path / "events.csv", [
        ["title", "Date created"],
        ["Google Analytics Foundations", "2016-08-06"]])
    draft = draft_mapping(sheet)
    assert not draft.complete
    assert '= "Date created"' not in draft.text
    assert "read as each session's day" not in draft.text
