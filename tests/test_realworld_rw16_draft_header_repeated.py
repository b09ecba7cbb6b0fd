"""A programme pasted from one table a day writes its header again above each table
(probprog-conference/probprog-conference.github.io, `_data/schedule-2021.csv`, with the
'Date' column a planner adds to each day's table). The draft took the 'Date' written again
in that column for a day with no date: it said the column holds dates but not in one cell,
to give it a date with values = { "Date" = "YYYY-MM-DD" }, and left the start to fill in. A
few rows in the file's shape."""

from __future__ import annotations

from pathlib import Path

from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_validate import write_csv

HEADER = ["Date", "BST", "Duration", "Activity", "Title"]
ROWS = [
    ["2021-10-20", "16:10", "40", "Keynote", "Opening keynote"],
    ["2021-10-20", "16:50", "20", "Contributed Talk", "Guide generation for Stan"],
    ["2021-10-20", "17:10", "20", "Contributed Talk", "Causal programming"],
    ["2021-10-20", "17:30", "20", "Contributed Talk", "SPPL"],
    ["", "Thursday 21 October / Session 3", "", "", ""],
    ["Date", "BST", "Duration", "Activity", "Title"],
    ["2021-10-21", "13:00", "20", "Invited Talk", "Sequential Monte Carlo"],
    ["2021-10-21", "13:40", "40", "Keynote", "Getting all the facts"],
    ["2021-10-21", "14:40", "20", "Contributed Talk", "GPflux"],
]


def test_the_header_written_again_is_no_day_to_give_a_date(tmp_path: Path) -> None:
    sheet = write_csv(tmp_path, HEADER, ROWS, name="schedule-2021.csv")
    draft = draft_mapping(sheet)
    assert "values = {" not in draft.text
    assert draft.complete


def test_a_heading_in_the_times_column_is_no_time_without_a_date(tmp_path: Path) -> None:
    """'Thursday 21 October / Session 3' in the times column, its Date blank, was counted as
    a time with no date: the draft said 1 row had a time but no 'Date' and drafted fill_down,
    where every session's row has its date. Validate reads the row as a section heading."""
    sheet = write_csv(tmp_path, HEADER, ROWS, name="schedule-2021.csv")
    draft = draft_mapping(sheet)
    assert "fill_down" not in draft.text
    assert "a time but no 'Date'" not in draft.text


def test_the_drafted_mapping_reads_the_sessions(tmp_path: Path) -> None:
    sheet = write_csv(tmp_path, HEADER, ROWS, name="schedule-2021.csv")
    draft = draft_mapping(sheet)
    mapping = tmp_path / "probprog.toml"
    mapping.write_text(draft.text, encoding="utf-8")
    report = validate_file(sheet, mapping=mapping)
    assert [(i.row, i.code) for i in report.issues if i.row] == [
        (6, "section-heading"), (7, "repeated-header")]
    assert [(p.name, f"{p.start_time:%d %H:%M}") for p in report.payloads] == [
        ("Opening keynote", "20 16:10"), ("Guide generation for Stan", "20 16:50"),
        ("Causal programming", "20 17:10"), ("SPPL", "20 17:30"),
        ("Sequential Monte Carlo", "21 13:00"), ("Getting all the facts", "21 13:40"),
        ("GPflux", "21 14:40")]
