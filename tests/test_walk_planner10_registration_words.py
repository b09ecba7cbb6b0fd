"""A planner's symposium sheet as Google Sheets downloads it (File > Download > CSV: UTF-8,
CRLF, times '9:00:00 AM'), with a 'Register?' yes/no column and a 'Capacity' column read
as Guidebook's registration fields. The rule that registration needs the session to be one
attendees can add to their schedule is said in those words: before, the message said only
'registration needs add_to_schedule set to yes', an API field a planner has not met.
Invented data."""

from __future__ import annotations

from pathlib import Path

from importer.validate import validate_file
from tests.test_load import write_bytes

SHEET = (
    "Date,Start,End,Session Title,Session Type,Room,Capacity,Register?\r\n"
    "3/14/2027,9:00:00 AM,10:00:00 AM,Opening Keynote,Keynote,Main Hall,300,yes\r\n"
    "3/14/2027,10:00:00 AM,10:30:00 AM,Coffee Break,Break,Foyer,,no\r\n"
    "3/14/2027,1:00:00 PM,2:30:00 PM,Poster Session A,Poster,Atrium,150,no\r\n"
)
MAPPING = """name = "symposium"
date_order = "month-first"
timezone = "America/New_York"
[fields.name]
column = "Session Title"
[fields.start]
date_column = "Date"
time_column = "Start"
[fields.end]
time_column = "End"
[fields.locations]
column = "Room"
[fields.require_login]
column = "Register?"
[fields.max_capacity]
column = "Capacity"
"""


def test_registration_is_told_in_a_planners_words(tmp_path: Path) -> None:
    path = write_bytes(tmp_path, "symposium.csv", SHEET.encode("utf-8"))
    mapping = tmp_path / "symposium.toml"
    mapping.write_text(MAPPING, encoding="utf-8")
    report = validate_file(path, mapping=mapping)
    assert [(i.row, i.column, i.value, i.code, i.message) for i in report.issues
            if i.code != "derived-import-id"] == [
        (2, "Register?", "yes", "registration-dependency",
         "Row 2: registration needs attendees to be able to add the session to their "
         "schedule (add_to_schedule), and the sheet has no column saying so; add "
         "[fields.add_to_schedule] with default = true to the mapping, or set 'Register?' "
         "to no."),
        (4, "Capacity", "150", "registration-dependency",
         "Row 4: a capacity limit needs 'Register?' set to yes; set it, or clear "
         "'Capacity'."),
    ]
