"""A totals row under a sheet's sessions ('Total' and a count or a sum beside it), as a
planner adds one at the foot of each day's tab: read as the sheet's totals, not a session."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from importer._totals_rows import is_totals_row
from importer.convert import UncomputedFormula
from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_draft_columns import write_csv
from tests.test_load import write_bytes, write_xlsx

MAPPING = """\
name = "vr"
[fields.import_id]
column = "Session ID"
[fields.name]
column = "Session"
[fields.start]
date_column = "Date"
time_column = "Start"
[fields.end]
time_column = "End"
"""
HEADER = ["Session ID", "Session", "Date", "Start", "End"]


def _mapping(tmp_path: Path) -> Path:
    path = tmp_path / "vr.toml"
    path.write_text(MAPPING, encoding="utf-8")
    return path


def _issues(path: Path, mapping: Path, **options: object) -> list[tuple[object, ...]]:
    report = validate_file(path, mapping=mapping, **options)  # type: ignore[arg-type]
    return [(i.row, i.sheet, i.column, i.code, i.severity) for i in report.issues
            if i.row is not None]


def test_a_totals_row_at_the_foot_of_each_tab_is_no_session(tmp_path: Path) -> None:
    """Excel saves the count (here a formula written by a program, with no result yet)."""
    day = dt.date(2024, 3, 18)

    def tab(ids: str, date: dt.date) -> list[list[object]]:
        return [HEADER, [f"{ids}1", "Gaze", date, dt.time(8, 30), dt.time(9, 45)],
                [f"{ids}2", "Haptics", date, dt.time(10, 15), dt.time(11, 15)],
                ["Total", "=COUNTA(B2:B3)"]]

    path = write_xlsx(tmp_path / "days.xlsx", {
        "Monday": tab("MO", day), "Tuesday": tab("TU", day + dt.timedelta(1))})
    report = validate_file(path, mapping=_mapping(tmp_path), sheet="All")
    assert _issues(path, _mapping(tmp_path), sheet="All") == [
        (4, "Monday", "Session ID", "totals-row", "warning"),
        (4, "Tuesday", "Session ID", "totals-row", "warning")]
    assert [row.payload.name for row in report.rows if row.payload] == [
        "Gaze", "Haptics", "Gaze", "Haptics"]
    assert [(row.row, row.import_id) for row in report.rows if not row.payload] == [
        (4, None), (4, None)]
    assert report.ok


def test_the_totals_rows_warning_says_what_it_read(tmp_path: Path) -> None:
    path = write_bytes(tmp_path, "program.csv", (
        b"Session ID,Session,Date,Start,End\n"
        b"MO1,Gaze,2024-03-18,8:30,9:45\nMO2,Haptics,2024-03-18,10:15,11:15\n"
        b"Grand total:,2,,,\n"))
    report = validate_file(path, mapping=_mapping(tmp_path))
    assert [(i.row, i.code, i.value, i.message) for i in report.issues if i.row] == [
        (4, "totals-row", "Grand total:",
         "Row 4: 'Session ID' has 'Grand total:' and the other cells figures, so the row is "
         "read as the sheet's totals, not a session, and nothing is sent for it.")]


def test_a_session_named_total_stays_a_session(tmp_path: Path) -> None:
    """A title alike with its date and times is a session; so is a totals-like row that is
    not the last (a session whose other cells are being filled in is told what it lacks)."""
    path = write_bytes(tmp_path, "program.csv", (
        b"Session ID,Session,Date,Start,End\n"
        b"T1,Total,2024-03-18,8:30,9:45\nTotal,2,,,\nMO2,Haptics,2024-03-18,10:15,11:15\n"
        b"T4,Total recall,2024-03-18,12:00,13:00\n"))
    report = validate_file(path, mapping=_mapping(tmp_path))
    assert [(i.row, i.code) for i in report.issues if i.row] == [
        (3, "missing-required")]
    assert [row.payload.name for row in report.rows if row.payload] == [
        "Total", "Haptics", "Total recall"]


def test_the_draft_takes_a_totals_row_for_no_unscheduled_session(tmp_path: Path) -> None:
    """The draft asked for skip_unscheduled for the totals row, as a row with no date."""
    sheet = write_csv(tmp_path / "days.csv", [
        HEADER, ["MO1", "Gaze", "2024-03-18", "8:30", "9:45"],
        ["MO2", "Haptics", "2024-03-18", "10:15", "11:15"], ["Total", "2", "", "", ""]])
    assert [line for line in draft_mapping(sheet).text.splitlines()
            if "skip_unscheduled" in line] == []


def test_a_session_titled_total_written_with_dots_stays_a_session(tmp_path: Path) -> None:
    """Its dotted date and times (5.11.2027, 9.00), as German planners write them, were read
    as the figures of a totals row: the session was dropped with a totals-row warning."""
    mapping = tmp_path / "dotted.toml"
    mapping.write_text(MAPPING.replace('name = "vr"', 'name = "vr"\ndate_order = "day-first"')
                       .replace('"Session ID"', '"Session"', 1), encoding="utf-8")
    path = write_bytes(tmp_path, "program.csv", (
        b"Session,Date,Start,End\nGaze,5.11.2027,8.30,9.45\nTotal,5.11.2027,9.00,10.00\n"))
    report = validate_file(path, mapping=mapping, timezone="UTC")
    assert [(i.row, i.code) for i in report.issues if i.row] == []
    assert [(p.name, p.start_time.hour) for p in report.payloads] == [("Gaze", 8), ("Total", 9)]


@pytest.mark.parametrize(("cells", "totals"), [
    (["Total", "6"], True), (["Total", "1,234"], True), (["Total", "12.5"], True),
    (["Total", "1 234"], True), (["Total", 6], True), (["Gesamt", "1.234,5"], True),
    (["Summe", UncomputedFormula("=COUNTA(B5:B10)")], True),
    (["Total", "5.11.2027", "9.00", "10.00"], False), (["Total", "9.00", "10.00"], False),
    (["Total", "17.30"], False), (["Total", "5.11."], False), (["Total", "9:00"], False),
    (["Total  sessions :", "11"], True), (["No. of talks", 24], True),
    (["Sessions", "5.11.2027"], False), (["Sessions", "9:00"], False), (["Sum 41", "11"], False),
    (["Talk", "11"], False), (["Number of the Beast", "11"], False),
])
def test_a_figure_is_a_count_or_a_sum_not_a_date_or_a_time(cells: list[object],
                                                            totals: bool) -> None:
    assert is_totals_row(cells) is totals


@pytest.mark.parametrize("label", [
    "Total sessions", "Total talks:", "Number of sessions", "Total number of talks",
    "Sessions", "Gesamt Vorträge", "Anzahl der Vorträge", "Vorträge gesamt"])
def test_a_count_row_labelled_with_what_it_counts_is_no_session(
        tmp_path: Path, label: str) -> None:
    """'Total sessions | 11' was an error for its missing date, where 'Total | 11' was read
    as the sheet's totals."""
    path = write_csv(tmp_path / "program.csv", [
        HEADER, ["MO1", "Gaze", "2024-03-18", "8:30", "9:45"],
        ["MO2", "Haptics", "2024-03-18", "10:15", "11:15"], [label, "11", "", "", ""]])
    report = validate_file(path, mapping=_mapping(tmp_path))
    assert ([(i.row, i.code, i.value) for i in report.issues if i.row],
            [p.name for p in report.payloads]) == (
        [(4, "totals-row", label)], ["Gaze", "Haptics"])


@pytest.mark.parametrize(("label", "when", "code"), [
    ("Sum 41", ["2024-03-18", "9:00", "10:00"], None),
    ("Talks", ["2024-03-18", "9:00", "10:00"], None), ("Sum 41", [], "missing-required"),
    ("Number of the Beast", [], "missing-required"), ("Total recall", [], "missing-required"),
])
def test_a_title_a_count_row_could_not_hold_stays_a_session(
        tmp_path: Path, label: str, when: list[str], code: str | None) -> None:
    """A last row with its date and times is a session, whatever its title ('Sum 41' the
    band, in room 11); without them, a title that names nothing counted is told what it
    lacks."""
    mapping = tmp_path / "rooms.toml"
    mapping.write_text(MAPPING.replace('"Session ID"', '"Session"', 1), encoding="utf-8")
    path = write_csv(tmp_path / "program.csv", [
        ["Session", "Room", "Date", "Start", "End"],
        ["Gaze", "10", "2024-03-18", "8:30", "9:45"], [label, "11", *when]])
    report = validate_file(path, mapping=mapping)
    assert ([i.code for i in report.issues if i.row], len(report.payloads)) == (
        [code] if code else [], 1 if code else 2)
