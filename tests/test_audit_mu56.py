"""Today's newest behaviour, as the planner, the migration and the nightly job meet it."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer import plan_import, run_import, validate_file
from importer.errors import MappingError
from tests.support import HEADER, Sandbox, talk
from tests.test_load import write_xlsx
from tests.test_validate import write_csv

# --- a talk paired to its old session by title, with a tab of the workbook unread -------------

NO_ID = HEADER[1:]  # Builder's template without its optional id column: ids are derived


def _row(number: int, **changes: str) -> list[object]:
    return list(talk(number, **changes).values())[1:]


def _days(tmp_path: Path, day_1: list[list[object]]) -> Path:
    day_2 = [NO_ID, _row(3, Date="5/12/2027"), _row(4, Date="5/12/2027")]
    return write_xlsx(tmp_path / "days.xlsx", {"Day 1": [NO_ID, *day_1], "Day 2": day_2})


@pytest.mark.parametrize("room", ["Room 100", "Room 9"])
def test_a_row_of_the_tab_read_takes_no_session_of_a_tab_left_unread(tmp_path: Path,
                                                                     room: str) -> None:
    """Day 1 gains a repeat of Day 2's 'Talk number 4', at another time (in its room, or in
    another one too), and the run reads the first tab alone: Day 2's session of that title
    is in no row read, but it is still Day 2's, not Day 1's new row's, and must not move to
    Day 1 (attendees who saved it would find it on another day, and Day 2 would lose it)."""
    sandbox = Sandbox()
    workbook = _days(tmp_path, [_row(1), _row(2)])
    every_tab = run_import(workbook, sandbox.settings, transport=sandbox.transport(),
                           sheet=["all"])
    assert every_tab.counts["created"] == 4
    before = sorted((s["id"], s["name"], s["start_time"]) for s in sandbox.sessions())
    repeat = _row(4, **{"Time Start": "4:00 PM", "Time End": "4:45 PM", "Room/Location": room})
    workbook = _days(tmp_path, [_row(1), _row(2), repeat])
    plan = plan_import(workbook, sandbox.settings, transport=sandbox.transport())
    assert [(row.result.name, row.action) for row in plan.rows] == [
        ("Talk number 1", "unchanged"), ("Talk number 2", "unchanged"),
        ("Talk number 4", "create")]
    assert sandbox.run(workbook).summary()["exit_code"] == 0
    assert sorted((s["id"], s["name"], s["start_time"]) for s in sandbox.sessions())[:4] == before


# --- '9.30' kept as 9.3, in a column of lengths ----------------------------------------------

DURATION_MAPPING = """name = "lengths"
timezone = "UTC"
[fields.name]
column = "Title"
[fields.start]
date_column = "Date"
time_column = "Start"
[fields.end]
duration_column = "Length"
"""


def test_a_length_in_hours_is_not_told_as_a_time_missing_its_zero(tmp_path: Path) -> None:
    """1.5 in a column of lengths is an hour and a half, not 1:50 with its 0 dropped: the
    message says how to write hours, as it did, and never to write 1:50 or 0:50."""
    mapping = tmp_path / "lengths.toml"
    mapping.write_text(DURATION_MAPPING, encoding="utf-8")
    sheet = write_csv(tmp_path, ["Title", "Date", "Start", "Length"], [
        ["Keynote", "2027-05-11", "09:00", "1.5"], ["Panel", "2027-05-11", "11:00", "0.5"]])
    report = validate_file(sheet, mapping=str(mapping), timezone="UTC")
    assert [(i.row, i.column, i.code, i.message) for i in report.issues
            if i.code != "derived-import-id"] == [
        (2, "Length", "bad-duration",
         "Row 2: 'Length' has '1.5', which is not a duration: a plain number is whole minutes; "
         "if 1.5 means hours, write 1h30 or 90 (or, if the column counts hours, give the end "
         'duration_unit = "hours").'),
        (3, "Length", "bad-duration",
         "Row 3: 'Length' has '0.5', which is not a duration: a plain number is whole minutes; "
         "if 0.5 means hours, write 0h30 or 30 (or, if the column counts hours, give the end "
         'duration_unit = "hours").')]


# --- a month's heading written with its year --------------------------------------------------

FILLED_DOWN_DATES = ('name = "m"\nfill_down = ["Date"]\n[fields.name]\ncolumn = "Session Title"\n'
                     '[fields.start]\ndate_column = "Date"\ntime_column = "Time Start"\n'
                     '[fields.end]\ntime_column = "Time End"\n')


def test_a_months_heading_written_with_de_before_its_year_heads_its_days(tmp_path: Path) -> None:
    """Spanish and Portuguese write a month with its year 'abril de 2027': a heading, as
    'ABRIL 2027' is, not a day with nothing on."""
    mapping = tmp_path / "m.toml"
    mapping.write_text(FILLED_DOWN_DATES, encoding="utf-8")
    sheet = write_csv(tmp_path, ["Date", "Session Title", "Time Start", "Time End"], [
        ["ABRIL DE 2027", "", "", ""], ["4/30/2027", "Clase 1", "9:00", "10:00"],
        ["Maio de 2027", "", "", ""], ["5/3/2027", "Aula 2", "9:00", "10:00"]])
    report = validate_file(sheet, mapping=str(mapping), timezone="UTC")
    heading = ("Row {}: holds only {!r} (in 'Date'), a month's name heading the days under "
               "it, so it is read as a section heading and nothing is sent for it.")
    assert [(i.row, i.code, i.message) for i in report.issues if i.row] == [
        (2, "section-heading", heading.format(2, "ABRIL DE 2027")),
        (4, "section-heading", heading.format(4, "Maio de 2027"))]
    assert [p.name for p in report.payloads] == ["Clase 1", "Aula 2"]


# --- an end unknown in its own column ---------------------------------------------------------

def test_an_end_column_of_question_marks_or_a_bracketed_tbc_is_an_end_not_confirmed(
        tmp_path: Path) -> None:
    """End '?', '??' or '(tbc)' beside a start says what '9:00 - ?' says in one cell: the end
    is not known yet. The mapping's length stands in for it, with the warning, as for 'TBC'."""
    sheet = write_csv(tmp_path, ["Title", "Day", "Start", "End"], [
        ["A", "5/14/2027", "9:00", "?"], ["B", "5/14/2027", "10:00", "??"],
        ["C", "5/14/2027", "11:00", "(tbc)"], ["D", "5/14/2027", "12:00", "13:00"]])
    mapping = tmp_path / "talks.toml"
    mapping.write_text('name = "talks"\n[fields.name]\ncolumn = "Title"\n[fields.start]\n'
                       'date_column = "Day"\ntime_column = "Start"\n[fields.end]\n'
                       'time_column = "End"\nminutes = 45\n', encoding="utf-8")
    report = validate_file(sheet, mapping=str(mapping), timezone="UTC")
    assert [(i.row, i.code, i.severity, i.message) for i in report.issues if i.row] == [
        (row, "end-not-confirmed", "warning",
         f"Row {row}: 'End' has {cell!r}, an end not confirmed yet: the session is sent 45 "
         "minutes long (minutes under [fields.end]) until its end is written in, like 10:30.")
        for row, cell in [(2, "?"), (3, "??"), (4, "(tbc)")]]
    assert [(p.name, f"{p.start_time:%H:%M}", f"{p.end_time:%H:%M}") for p in report.payloads
            if p.end_time] == [("A", "09:00", "09:45"), ("B", "10:00", "10:45"),
                               ("C", "11:00", "11:45"), ("D", "12:00", "13:00")]


# --- a sheet of its own columns, one of them the template's -----------------------------------

def test_a_sheet_of_its_own_columns_with_a_date_column_is_sent_to_draft_mapping_first(
        tmp_path: Path) -> None:
    """'Date' is a column of the template and of nearly every programme: a sheet headed
    'Date', 'Title', 'Start', 'End', 'Room' is a sheet of its own columns all the same, not
    the template with four columns to rename in a mapping the planner never wrote."""
    sheet = tmp_path / "programme.csv"
    sheet.write_text("Date,Title,Start,End,Room\n5/11/2027,Welcome,9:00,9:45,Main Hall\n",
                     encoding="utf-8")
    with pytest.raises(MappingError) as refused:
        validate_file(sheet)
    assert str(refused.value) == (
        f"{sheet}: the sheet has only 'Date' of the columns of Guidebook's import template "
        "('Session Title', 'Date', 'Time Start', 'Time End', 'Room/Location'), which is read "
        "without a mapping; its columns are 'Date', 'Title', 'Start', 'End', 'Room'. For "
        "columns of your own, draft a mapping from them: "
        f"gbimport draft-mapping {sheet} -o my-mapping.toml, then give --mapping "
        "my-mapping.toml to each command.")
