"""A programme pasted from one table a day, each table under a heading row and with its own
header row, as a workshop's site keeps its schedule
(probprog-conference/probprog-conference.github.io, `_data/schedule-2021.csv`: a row
'BST,EDT,PDT,Duration,Activity,...' above each session's talks). Each header row after the
first was read as a session: errors that 'BST' is not a time and 'Duration' no duration, on
a row the planner could not delete without losing the sheet's shape. It is now the header
again, skipped with a warning. A few rows in the file's shape."""

from __future__ import annotations

from pathlib import Path

from importer.validate import validate_file
from tests.test_validate import write_csv

HEADER = ["BST", "EDT", "Duration", "Activity", "Presenter", "Title"]
ROWS = [
    ["16:10", "11:10", "40", "Keynote", "Katie Bouman", "Opening keynote"],
    ["17:30", "12:30", "20", "Contributed Talk", "Feras Saad", "SPPL"],
    ["", "", "", "", "", ""],
    ["Wednesday 20 October / Session 2", "", "", "", "", ""],
    ["", "", "", "", "", ""],
    # The second table's header: its own words under two columns ('Panel Title').
    ["BST", "EDT", "Duration", "Activity", "Panel Title", "Title"],
    ["18:45", "13:45", "60", "Industry Panel", "", "Industry panel"],
]
MAPPING = ('name = "probprog"\ntimezone = "Europe/London"\n'
           '[fields.name]\ncolumn = "Title"\n'
           '[fields.start]\ndate = 2021-10-20\ntime_column = "BST"\n'
           '[fields.end]\nduration_column = "Duration"\n')


def test_a_header_row_written_again_is_skipped_not_read_as_a_session(tmp_path: Path) -> None:
    sheet = write_csv(tmp_path, HEADER, ROWS, name="schedule-2021.csv")
    mapping = tmp_path / "probprog.toml"
    mapping.write_text(MAPPING, encoding="utf-8")
    report = validate_file(sheet, mapping=mapping)
    assert [(i.row, i.code, i.severity, i.message) for i in report.issues if i.row] == [
        (5, "section-heading", "warning",
         "Row 5: holds only 'Wednesday 20 October / Session 2' (in 'BST'), so it is read as a "
         "section heading and nothing is sent for it; to make it a session, give it a date "
         "and times."),
        (7, "repeated-header", "warning",
         "Row 7: repeats the header ('BST', 'EDT', 'Duration', 'Activity' and 'Title'), so it "
         "is read as the header of the rows under it, not a session, and nothing is sent "
         "for it.")]
    assert [(p.name, f"{p.start_time:%H:%M}", f"{p.end_time:%H:%M}")
            for p in report.payloads] == [
        ("Opening keynote", "15:10", "15:50"), ("SPPL", "16:30", "16:50"),
        ("Industry panel", "17:45", "18:45")]


def test_a_session_titled_as_a_header_word_stays_a_session(tmp_path: Path) -> None:
    """A talk named 'Title' at a time is a session: the start column must repeat its header."""
    sheet = write_csv(tmp_path, HEADER, [*ROWS[:2], ["18:00", "BST", "20", "Activity", "",
                                                     "Title"]], name="schedule-2021.csv")
    mapping = tmp_path / "probprog.toml"
    mapping.write_text(MAPPING, encoding="utf-8")
    report = validate_file(sheet, mapping=mapping)
    assert [i.code for i in report.issues if i.row] == []
    assert [p.name for p in report.payloads] == ["Opening keynote", "SPPL", "Title"]
