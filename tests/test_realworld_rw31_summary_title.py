"""A course's timetable kept to make a calendar from, headed as iCalendar names an event's
parts ('summary,date,duration,start_time': ITSLeeds/TDS, `timetable.csv`). With no column
headed as the title, the draft sent each 'summary' ('TDS Lecture 1') as the description
and left the title to fill in; a summary whose cells are each a line as short as a title is
now the title, while one of longer text stays the description. A few rows in its shape."""
from __future__ import annotations

from pathlib import Path

from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_draft_columns import write_csv

HEADER = ["summary", "date", "duration", "start_time"]


def test_a_summary_of_title_lines_is_the_title(tmp_path: Path) -> None:
    sheet = write_csv(tmp_path / "timetable.csv", [
        HEADER,
        ["TDS Lecture 1", "2022-01-24", "1", "09:00"],
        ["TDS Practical 1", "2022-02-03", "3", "09:00"],
        ["TDS seminar: From OD Data to Dynamic Simulations", "2022-03-09", "3", "13:00"]])
    draft = draft_mapping(sheet)
    assert (draft.chosen, draft.missing) == ({
        "name": "summary", "start": "start_time", "date": "date", "duration": "duration"}, [])
    mapping = tmp_path / "timetable.toml"
    mapping.write_text(draft.text, encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert [(p.name, p.start_time.isoformat(), p.end_time and p.end_time.isoformat(),
             p.description_html) for p in report.payloads] == [
        ("TDS Lecture 1", "2022-01-24T09:00:00+00:00", "2022-01-24T10:00:00+00:00", None),
        ("TDS Practical 1", "2022-02-03T09:00:00+00:00", "2022-02-03T12:00:00+00:00", None),
        ("TDS seminar: From OD Data to Dynamic Simulations", "2022-03-09T13:00:00+00:00",
         "2022-03-09T16:00:00+00:00", None)]


def test_a_summary_of_longer_text_is_still_the_description(tmp_path: Path) -> None:
    sheet = write_csv(tmp_path / "timetable.csv", [
        HEADER,
        ["How transport data is collected, cleaned and joined, with worked examples from "
         "Leeds", "2022-01-24", "1", "09:00"],
        ["Routing", "2022-02-03", "3", "09:00"]])
    draft = draft_mapping(sheet)
    assert (draft.chosen.get("name"), draft.chosen["description"], draft.missing) == (
        None, "summary", ["name"])
