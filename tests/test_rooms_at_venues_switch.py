"""A guide imported with the rooms read alone, then with `join = ["Room", "Venue"]` (as the
room-overlap warning advises): a sheet without an id column derives each session's id from
its first room, so the joined names would have made every session anew beside the old one.
The sessions are taken over instead, each one PATCH, and the plan's line of new rooms quotes
names that hold a comma."""

from __future__ import annotations

import io
from pathlib import Path

from rich.console import Console

from importer import render
from importer.runner import plan_import, run_import
from importer.settings import Settings
from tests.support import Sandbox
from tests.test_validate import write_csv

MAPPING = """name = "festival"
timezone = "America/Chicago"
[fields.name]
column = "Title"
[fields.start]
date_column = "Date"
time_column = "Start"
[fields.end]
time_column = "End"
[fields.locations]
{rooms}
"""
HEADER = ["Title", "Date", "Start", "End", "Venue", "Room"]
ROWS = [["Opening", "2027-05-11", "09:00", "10:00", "Town Theatre", "Main Hall"],
        ["Poetry", "2027-05-11", "09:00", "10:00", "Old Library", "Main Hall"],
        ["Jazz", "2027-05-11", "11:00", "12:00", "", "Room 1"]]


def _with(sandbox: Sandbox, tmp_path: Path, name: str, rooms: str) -> Settings:
    """The sandbox's settings with a mapping file reading the rooms as `rooms` says."""
    path = tmp_path / name
    path.write_text(MAPPING.format(rooms=rooms), encoding="utf-8")
    return sandbox.settings.model_copy(update={"mapping": str(path)})


def test_joining_the_venue_takes_the_sessions_over_rather_than_make_them_again(
        tmp_path: Path) -> None:
    sandbox = Sandbox()
    sheet = write_csv(tmp_path, HEADER, ROWS)
    alone = _with(sandbox, tmp_path, "alone.toml", 'column = "Room"')
    joined = _with(sandbox, tmp_path, "joined.toml", 'join = ["Room", "Venue"]')
    assert run_import(sheet, alone, transport=sandbox.transport()).summary()["exit_code"] == 0
    before = {s["name"]: s["id"] for s in sandbox.sessions()}
    plan = plan_import(sheet, joined, transport=sandbox.transport())
    assert [(row.action, [change.field for change in row.changes]) for row in plan.rows] == [
        ("update", ["import_id", "locations"]), ("update", ["import_id", "locations"]),
        ("unchanged", [])]
    assert run_import(sheet, joined, transport=sandbox.transport()).summary()["exit_code"] == 0
    assert {s["name"]: s["id"] for s in sandbox.sessions()} == before
    again = plan_import(sheet, joined, transport=sandbox.transport())
    assert again.writes_planned == 0


def test_the_plans_new_rooms_are_quoted_when_a_name_holds_a_comma(tmp_path: Path) -> None:
    sandbox = Sandbox()
    sheet = write_csv(tmp_path, HEADER, ROWS)
    joined = _with(sandbox, tmp_path, "joined.toml", 'join = ["Room", "Venue"]')
    plan = plan_import(sheet, joined, transport=sandbox.transport())
    out = io.StringIO()
    render.plan(Console(file=out, width=200), plan)
    assert ("new tracks: -; new rooms: 'Main Hall, Town Theatre', 'Main Hall, Old Library', "
            "'Room 1'") in out.getvalue()


def test_the_plans_changed_rooms_are_quoted_when_a_name_holds_a_comma(tmp_path: Path) -> None:
    """{Main Hall, Town Theatre} would read as two rooms, the Town Theatre one of them."""
    sandbox = Sandbox()
    sheet = write_csv(tmp_path, HEADER, ROWS)
    alone = _with(sandbox, tmp_path, "alone.toml", 'column = "Room"')
    joined = _with(sandbox, tmp_path, "joined.toml", 'join = ["Room", "Venue"]')
    assert run_import(sheet, alone, transport=sandbox.transport()).summary()["exit_code"] == 0
    plan = plan_import(sheet, joined, transport=sandbox.transport())
    out = io.StringIO()
    render.plan(Console(file=out, width=400), plan)
    assert "locations: {Main Hall} → {'Main Hall, Town Theatre'}" in out.getvalue()
    assert "locations: {Main Hall} → {'Main Hall, Old Library'}" in out.getvalue()
