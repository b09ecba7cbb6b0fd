"""A sheet without an id column derives each session's id from its title, start and room, so
a planner's ordinary edits (a room renamed everywhere, a talk moved to another day) change
ids. The session that no row has the id of any more, with the row's title and its start or
its rooms, is taken over (one PATCH) rather than made again beside the old one; a new talk
in a dropped talk's slot is not."""

from __future__ import annotations

from pathlib import Path

from importer.runner import plan_import, run_import
from importer.settings import Settings
from importer.validate import validate_file
from tests.support import Sandbox
from tests.test_validate import write_csv

MAPPING = """name = "planner"
timezone = "America/Chicago"
[fields.name]
column = "Title"
[fields.start]
date_column = "Date"
time_column = "Start"
[fields.end]
time_column = "End"
[fields.locations]
column = "Room"
"""
HEADER = ["Title", "Date", "Start", "End", "Room"]
ROWS = [["Opening", "2027-05-11", "09:00", "10:00", "Main Hall"],
        ["Scaling Ops", "2027-05-11", "10:00", "11:00", "Room A"],
        ["Hiring Well", "2027-05-12", "10:00", "11:00", "Room A"],
        ["Privacy", "2027-05-11", "11:00", "12:00", "Room B"]]


def _first_run(tmp_path: Path) -> tuple[Sandbox, Settings, dict[str, int]]:
    sandbox = Sandbox()
    mapping = tmp_path / "planner.toml"
    mapping.write_text(MAPPING, encoding="utf-8")
    settings = sandbox.settings.model_copy(update={"mapping": str(mapping)})
    sheet = write_csv(tmp_path, HEADER, ROWS)
    assert run_import(sheet, settings, transport=sandbox.transport()).summary()["exit_code"] == 0
    return sandbox, settings, {s["name"]: s["id"] for s in sandbox.sessions()}


def _plan_then_run(sandbox: Sandbox, settings: Settings, tmp_path: Path,
                   rows: list[list[str]]) -> list[tuple[str, str, list[str]]]:
    """The plan's rows as (title, action, fields), after which the sheet is run."""
    sheet = write_csv(tmp_path, HEADER, rows)
    plan = plan_import(sheet, settings, transport=sandbox.transport())
    actions = [(row.result.name, row.action, [change.field for change in row.changes])
               for row in plan.rows]
    assert run_import(sheet, settings, transport=sandbox.transport()).summary()["exit_code"] == 0
    assert plan_import(sheet, settings, transport=sandbox.transport()).writes_planned == 0
    return actions


def test_a_room_renamed_everywhere_moves_its_sessions_rather_than_copy_them(
        tmp_path: Path) -> None:
    sandbox, settings, before = _first_run(tmp_path)
    renamed = [[*row[:4], "Boardroom A" if row[4] == "Room A" else row[4]] for row in ROWS]
    assert _plan_then_run(sandbox, settings, tmp_path, renamed) == [
        ("Opening", "unchanged", []),
        ("Scaling Ops", "update", ["import_id", "locations"]),
        ("Hiring Well", "update", ["import_id", "locations"]),
        ("Privacy", "unchanged", [])]
    assert {s["name"]: s["id"] for s in sandbox.sessions()} == before


def test_a_talk_moved_to_another_day_keeps_its_session(tmp_path: Path) -> None:
    sandbox, settings, before = _first_run(tmp_path)
    moved = [*ROWS[:3], ["Privacy", "2027-05-12", "11:00", "12:00", "Room B"]]
    assert _plan_then_run(sandbox, settings, tmp_path, moved)[3] == (
        "Privacy", "update", ["import_id", "start_time", "end_time"])
    assert {s["name"]: s["id"] for s in sandbox.sessions()} == before


def test_a_new_talk_in_a_dropped_talks_slot_is_a_new_session(tmp_path: Path) -> None:
    sandbox, settings, before = _first_run(tmp_path)
    replaced = [*ROWS[:3], ["Ethics", "2027-05-11", "11:00", "12:00", "Room B"]]
    assert _plan_then_run(sandbox, settings, tmp_path, replaced)[3] == ("Ethics", "create", [])
    assert {s["name"] for s in sandbox.sessions()} == {*before, "Ethics"}


def test_two_talks_of_one_title_moved_together_each_keep_their_rooms_session(
        tmp_path: Path) -> None:
    sandbox, settings, _ = _first_run(tmp_path)
    lunches = [*ROWS, ["Lunch", "2027-05-11", "12:00", "13:00", "Room A"],
               ["Lunch", "2027-05-11", "12:00", "13:00", "Room B"]]
    _plan_then_run(sandbox, settings, tmp_path, lunches)
    rooms = {s["id"]: s["locations"] for s in sandbox.sessions() if s["name"] == "Lunch"}
    moved = [*ROWS, ["Lunch", "2027-05-11", "12:30", "13:30", "Room A"],
             ["Lunch", "2027-05-11", "12:30", "13:30", "Room B"]]
    assert [action for _, action, _ in _plan_then_run(sandbox, settings, tmp_path, moved)][4:] \
        == ["update", "update"]
    assert {s["id"]: s["locations"] for s in sandbox.sessions() if s["name"] == "Lunch"} == rooms


def test_a_session_id_column_added_late_is_named_by_the_warning(tmp_path: Path) -> None:
    """The planner adds the column the warning asks for; the mapping drafted before it still
    reads none, and the warning names the column to read rather than describe one."""
    mapping = tmp_path / "planner.toml"
    mapping.write_text(MAPPING, encoding="utf-8")
    sheet = write_csv(tmp_path, [*HEADER, "Session ID"],
                      [[*row, f"S{n}"] for n, row in enumerate(ROWS, 1)])
    [warning] = validate_file(sheet, mapping=mapping).sheet_issues
    assert (warning.code, warning.message.split(" ratings). ")[1]) == (
        "derived-import-id",
        "The sheet's 'Session ID' column looks like one: to avoid that, have the mapping read "
        "it, [fields.import_id] with column = \"Session ID\" (the sessions already imported "
        "then take their ids, one PATCH each).")


def test_a_numbering_column_is_not_offered_as_the_id(tmp_path: Path) -> None:
    """'#' numbers the rows, and a sort renumbers it: no fixed id."""
    mapping = tmp_path / "planner.toml"
    mapping.write_text(MAPPING, encoding="utf-8")
    sheet = write_csv(tmp_path, [*HEADER, "#"], [[*row, str(n)] for n, row in enumerate(ROWS)])
    [warning] = validate_file(sheet, mapping=mapping).sheet_issues
    assert "give each session a fixed id in a column of its own" in warning.message
