"""A column of each row's kind (Type: lecture, lab) that marks a cancelled day ('cancelled')
or a heading row ('subheading' beside 'Week 3'), as a course schedule kept as a site's data
file does."""

from __future__ import annotations

import csv
from pathlib import Path

from typer.testing import CliRunner

from importer.cli import app
from importer.draft import draft_mapping
from importer.validate import validate_file

HEAD = ["date", "type", "title", "room"]
ROWS = [
    ["2026-11-09 10:00", "lecture", "Intro to compilers", "Hall A"],
    ["2026-11-09 14:00", "lab", "Lab 1: lexers", "Lab 2"],
    ["", "subheading", "Week 3", ""],
    ["2026-11-11 10:00", "cancelled", "Veterans Day", "Hall A"],
    ["2026-11-11 14:00", "lab", "Lab 2: parsers", "Lab 2"],
    ["2026-11-13 10:00", "lecture", "Parsing", "Hall A"],
    ["", "Überschrift", "Week 4", ""],
    ["2026-11-16 10:00", "lecture", "Type checking", "Hall A"],
]
MAPPING = """name = "course"
[fields.name]
column = "title"
[fields.start]
column = "date"
[fields.end]
minutes = 60
[fields.locations]
column = "room"
[fields.schedule_tracks]
column = "type"
"""


def write_schedule(tmp_path: Path, rows: list[list[str]] = ROWS) -> Path:
    path = tmp_path / "schedule.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([HEAD, *rows])
    return path


def write_mapping(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "course.toml"
    path.write_text(text, encoding="utf-8")
    return path


def issue_table(sheet: Path, mapping: Path) -> list[tuple[int, str | None, object, str, str]]:
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    return [(i.row, i.column, i.value, i.code, i.severity) for i in report.issues
            if i.row is not None]


def test_the_draft_leaves_out_the_rows_a_type_column_says_are_cancelled(
        tmp_path: Path) -> None:
    """The draft read 'type' as tracks only, so the cancelled day was sent as a session with
    a track named 'cancelled'. It now drafts leave_out for the column, as for a Status one."""
    sheet = write_schedule(tmp_path)
    draft = draft_mapping(sheet)
    assert draft.leave_out == ("type", ["cancelled"])
    assert ('[leave_out]   # rows whose \'type\' says the session will not take place\n'
            'column = "type"\nvalues = ["cancelled"]\n') in draft.text
    assert draft.chosen["schedule_tracks"] == "type"
    result = CliRunner().invoke(app, ["draft-mapping", str(sheet), "-o",
                                      str(tmp_path / "d.toml")])
    assert ("Rows whose 'type' is 'cancelled' are left out (leave_out): nothing is sent "
            "for them.") in " ".join(result.stderr.split())


def test_a_column_of_kinds_without_cancelled_cells_gets_no_leave_out(tmp_path: Path) -> None:
    """Nor does one where cancelled fills half the cells: then it is no column of kinds."""
    kept = [row for row in ROWS if row[1] != "cancelled"]
    assert draft_mapping(write_schedule(tmp_path, kept)).leave_out is None
    half = [["2026-11-09 10:00", "Cancelled", "A", "Hall A"],
            ["2026-11-09 11:00", "lecture", "B", "Hall A"]]
    assert draft_mapping(write_schedule(tmp_path, half)).leave_out is None


def test_rows_a_type_column_names_headings_are_section_headings(tmp_path: Path) -> None:
    """'Week 3' with 'subheading' in its type and no date was a missing-required error each
    (and the draft offered skip_unscheduled for them); it is now a section heading, skipped
    with a warning naming both cells. The cancelled track cell gets one cancelled-title
    warning, which offers leave_out for the column."""
    sheet = write_schedule(tmp_path)
    assert issue_table(sheet, write_mapping(tmp_path, MAPPING)) == [
        (4, "title", "Week 3", "section-heading", "warning"),
        (5, "type", "cancelled", "cancelled-title", "warning"),
        (8, "title", "Week 4", "section-heading", "warning"),
    ]
    report = validate_file(sheet, mapping=tmp_path / "course.toml", timezone="UTC")
    messages = {issue.row: issue.message for issue in report.issues}
    assert messages[4] == (
        "Row 4: holds only 'Week 3' (in 'title') and 'subheading' (in 'type'), which names a "
        "heading, so it is read as a section heading and nothing is sent for it; to make it a "
        "session, give it a date and times and another 'type'.")
    assert messages[5] == (
        "Row 5: 'type' has 'cancelled', which says the session is cancelled, yet it is "
        "imported like every other row and shown in the app as written; to leave the session "
        "out, add leave_out to the mapping ([leave_out] with column = 'type' and values = "
        "['cancelled']: rows so marked are left out) or delete the row (and run with --prune "
        "to take it out of the app), or keep it as it is to show attendees it is cancelled.")
    assert "skip_unscheduled" not in draft_mapping(sheet).text


def test_the_drafted_mapping_sends_only_the_sessions(tmp_path: Path) -> None:
    """The draft, its end filled in, validates clean: the headings and the cancelled day are
    skipped, and no session has a track named 'cancelled'."""
    sheet = write_schedule(tmp_path)
    text = draft_mapping(sheet).text.replace('time_column = "FILL IN"', "minutes = 60")
    report = validate_file(sheet, mapping=write_mapping(tmp_path, text), timezone="UTC")
    assert [(row, code) for row, _, _, code, _ in issue_table(sheet, tmp_path / "course.toml")
            ] == [(4, "section-heading"), (5, "left-out"), (8, "section-heading")]
    assert [(p.name, p.schedule_tracks) for p in report.payloads] == [
        ("Intro to compilers", ("lecture",)), ("Lab 1: lexers", ("lab",)),
        ("Lab 2: parsers", ("lab",)), ("Parsing", ("lecture",)),
        ("Type checking", ("lecture",))]


def test_a_title_saying_cancelled_beside_a_cancelled_type_gets_one_warning(
        tmp_path: Path) -> None:
    rows = [*ROWS[:3], ["2026-11-11 10:00", "cancelled", "CANCELLED: Veterans Day", "Hall A"],
            *ROWS[4:]]
    sheet = write_schedule(tmp_path, rows)
    assert [(row, column, code) for row, column, _, code, _ in issue_table(
        sheet, write_mapping(tmp_path, MAPPING)) if code == "cancelled-title"] == [
        (5, "title", "cancelled-title")]


def test_a_status_column_saying_abgesagt_is_drafted_as_leave_out(tmp_path: Path) -> None:
    """German for cancelled was not among the states a Status column marks rows out with."""
    path = tmp_path / "programm.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([
            ["Titel", "Beginn", "Raum", "Status"],
            ["Eröffnung", "2027-05-13 09:00", "Saal 1", "bestätigt"],
            ["Podium", "2027-05-13 10:00", "Saal 1", "Abgesagt"],
            ["Vortrag", "2027-05-13 11:00", "Saal 1", "bestätigt"]])
    assert draft_mapping(path).leave_out == ("Status", ["Abgesagt"])
