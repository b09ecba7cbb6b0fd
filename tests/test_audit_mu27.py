"""Cases the newest id take-overs and the units row under the header had no test for: a
sheet given an id column where exactly half its rows find their sessions from before; one
given an id column and the join, whose session only the id its title as written and its
room alone derived tells; a units row on each tab of a workbook read whole; an ambiguous
zone ('(CST)') in a units row; the zone noted under the end column only; a zone written
with spaces around it; a first row whose time is a real time."""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path

import httpx

from importer.runner import plan_import, run_import
from importer.validate import validate_file
from tests.support import BASE_URL, Sandbox
from tests.test_derived_ids_mapping_edits import (
    ALONE,
    HEADER,
    IDS,
    JOINED,
    ROWS,
    _settings,
    _sheet,
    _with_ids,
)
from tests.test_load import write_bytes, write_xlsx

UNITS_MAPPING = """\
name = "workshop"
timezone = "Europe/Stockholm"
[fields.name]
column = "Title"
[fields.start]
date_column = "Date"
time_column = "Start"
[fields.end]
time_column = "End"
"""


def test_half_the_rows_finding_their_sessions_is_most_of_the_sheet(tmp_path: Path) -> None:
    """Two of four sessions (a heading is none) keep their titles and starts, their room
    renamed, as the sheet gains an id column: as many as are new, so theirs are taken over."""
    sandbox = Sandbox()
    assert run_import(_sheet(tmp_path / "first", HEADER, ROWS),
                      _settings(sandbox, tmp_path / "before", ALONE),
                      transport=sandbox.transport()).summary()["exit_code"] == 0
    edited = [[*ROWS[0][:5], "Great Hall", "S1"], [*ROWS[1][:5], "Great Hall", "S2"],
              ["Day two", "", "", "", "", "", ""],
              ["Blues", *ROWS[2][1:], "S3"], ["Drama", *ROWS[3][1:], "S4"]]
    plan = plan_import(_sheet(tmp_path / "after", [*HEADER, "Session ID"], edited),
                       _settings(sandbox, tmp_path / "after", ALONE, IDS),
                       transport=sandbox.transport())
    assert [(row.result.name, row.action) for row in plan.rows] == [
        ("Opening", "update"), ("Poetry", "update"), ("Day two", "skipped"),
        ("Blues", "create"), ("Drama", "create")]


def _rename(sandbox: Sandbox, name: str, new_name: str) -> None:
    session_id = next(s["id"] for s in sandbox.sessions() if s["name"] == name)

    async def patch() -> None:
        async with httpx.AsyncClient(transport=sandbox.transport(), base_url=BASE_URL) as c:
            headers = {"Authorization": f"JWT {sandbox.config.api_key}"}
            answer = await c.patch(f"sessions/{session_id}/", json={"name": new_name},
                                   headers=headers)
            answer.raise_for_status()

    asyncio.run(patch())


def test_an_id_column_and_the_join_find_a_session_by_the_id_its_title_as_written_gave(
        tmp_path: Path) -> None:
    """A title written with tags, its session renamed in Builder since: neither the title
    nor the rooms tell it, only the id its title as written and its room alone derived."""
    rows = [["<b>Opening</b>", *ROWS[0][1:]], *ROWS[1:]]
    sandbox = Sandbox()
    assert run_import(_sheet(tmp_path / "first", HEADER, rows),
                      _settings(sandbox, tmp_path / "before", ALONE),
                      transport=sandbox.transport()).summary()["exit_code"] == 0
    _rename(sandbox, "Opening", "Opening night")
    header, with_ids = _with_ids(HEADER, rows)
    plan = plan_import(_sheet(tmp_path / "after", header, with_ids),
                       _settings(sandbox, tmp_path / "after", JOINED, IDS),
                       transport=sandbox.transport())
    opening = plan.rows[0]
    assert (opening.result.name, opening.action, [c.field for c in opening.changes]) == (
        "Opening", "update", ["import_id", "name", "locations"])


def _mapping(tmp_path: Path) -> Path:
    path = tmp_path / "workshop.toml"
    path.write_text(UNITS_MAPPING, encoding="utf-8")
    return path


def _units_issues(path: Path, mapping: Path, **options: object) -> list[tuple[object, ...]]:
    report = validate_file(path, mapping=mapping, **options)  # type: ignore[arg-type]
    return [(i.row, i.sheet, i.column, i.code, i.message)
            for i in report.issues if i.code == "units-row"]


def test_a_units_row_on_each_tab_of_a_workbook_read_whole(tmp_path: Path) -> None:
    header = ["Title", "Date", "Start", "End"]
    day = dt.date(2026, 10, 5)
    path = write_xlsx(tmp_path / "days.xlsx", {
        "Monday": [header, [None, None, "(CEST)", None],
                   ["Welcome", day, dt.time(9), dt.time(10)]],
        "Tuesday": [header, [None, None, "(CEST)", None],
                    ["Lab", day + dt.timedelta(1), dt.time(9), dt.time(10)]]})
    report = validate_file(path, mapping=_mapping(tmp_path), sheet="All")
    assert [(i.row, i.sheet, i.code) for i in report.issues if i.row is not None] == [
        (2, "Monday", "units-row"), (2, "Tuesday", "units-row")]
    assert [row.payload.name for row in report.rows if row.payload] == ["Welcome", "Lab"]
    assert [i.message for i in report.issues if i.row is not None][1].startswith(
        "Row 2 of sheet 'Tuesday': 'Start' has '(CEST)'")


def test_an_ambiguous_zone_in_a_units_row_names_no_place(tmp_path: Path) -> None:
    """'CST' is China's too: the warning asks for the place, suggesting none."""
    path = write_bytes(tmp_path, "program.csv", (
        b"Title,Date,Start,End\n,,(CST),\nWelcome,2027-05-11,9:00,10:00\n"))
    assert _units_issues(path, _mapping(tmp_path)) == [
        (2, None, "Start", "units-row",
         "Row 2: 'Start' has '(CST)', the zone of the times under it, so the row is read as "
         "the columns' units or notes, not a session, and nothing is sent for it. Check that "
         "the times are read in that zone: set timezone to the region and city of its "
         "place.")]


def test_the_zone_noted_under_the_end_column_alone(tmp_path: Path) -> None:
    path = write_bytes(tmp_path, "program.csv", (
        b"Title,Date,Start,End\n,,,(CEST)\nWelcome,2027-05-11,9:00,10:00\n"))
    assert [issue[:4] for issue in _units_issues(path, _mapping(tmp_path))] == [
        (2, None, "End", "units-row")]


def test_a_first_row_of_real_times_stays_a_session(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "days.xlsx", {"Monday": [
        ["Title", "Date", "Start", "End"],
        ["Welcome (CEST)", dt.date(2026, 10, 5), dt.time(9), dt.time(10)]]})
    report = validate_file(path, mapping=_mapping(tmp_path))
    assert [(row.row, row.payload.name) for row in report.rows if row.payload] == [
        (2, "Welcome (CEST)")]
    assert not [i for i in report.issues if i.row is not None]


def test_a_units_cell_written_with_spaces_around_the_zone(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "days.xlsx", {"Monday": [
        ["Title", "Date", "Start", "End"], [None, None, " (CEST) ", None],
        ["Welcome", dt.date(2026, 10, 5), dt.time(9), dt.time(10)]]})
    assert [issue[:4] for issue in _units_issues(path, _mapping(tmp_path))] == [
        (2, None, "Start", "units-row")]
