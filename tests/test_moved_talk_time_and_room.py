"""A sheet without an id column derives each session's id from its title, start and room, so a
talk moved to another time and another room in one edit has an id no session has. Its title,
given by no other row and no other of the sheet's sessions, still names its session: the row
takes it over (one PATCH) rather than make the talk again beside it, which the app would show
twice. A title several rows or sessions share ('Workshop') names no session: the row is new."""

from __future__ import annotations

from pathlib import Path

from importer.runner import plan_import, run_import
from importer.settings import Settings
from tests.support import Sandbox
from tests.test_validate import write_csv

MAPPING = """name = "planner"
timezone = "America/Chicago"
import_id_prefix = "sheet:"
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
        ["Web archiving at scale", "2027-05-11", "10:00", "11:00", "Room A"],
        ["Workshop", "2027-05-11", "14:00", "16:00", "Room B"],
        ["Workshop", "2027-05-12", "14:00", "16:00", "Room B"],
        ["Privacy", "2027-05-11", "11:00", "12:00", "Room A"]]
MOVED = ["Web archiving at scale", "2027-05-12", "11:00", "12:00", "Room B"]


def _first_run(tmp_path: Path) -> tuple[Sandbox, Settings]:
    sandbox = Sandbox()
    mapping = tmp_path / "planner.toml"
    mapping.write_text(MAPPING, encoding="utf-8")
    settings = sandbox.settings.model_copy(update={"mapping": str(mapping)})
    sheet = write_csv(tmp_path, HEADER, ROWS)
    assert run_import(sheet, settings, transport=sandbox.transport()).summary()["exit_code"] == 0
    return sandbox, settings


def _guide(sandbox: Sandbox) -> list[tuple[int, str, str, list[int]]]:
    return sorted((s["id"], s["name"], s["start_time"], s["locations"])
                  for s in sandbox.sessions())


def test_a_talk_moved_to_another_time_and_room_keeps_its_one_session(tmp_path: Path) -> None:
    sandbox, settings = _first_run(tmp_path)
    [(old_id, old_rooms)] = [(s["id"], s["locations"]) for s in sandbox.sessions()
                             if s["name"] == "Web archiving at scale"]
    sheet = write_csv(tmp_path, HEADER, [ROWS[0], MOVED, *ROWS[2:]])
    plan = plan_import(sheet, settings, transport=sandbox.transport())
    assert [(row.result.name, row.action, [change.field for change in row.changes])
            for row in plan.rows] == [
        ("Opening", "unchanged", []),
        ("Web archiving at scale", "update",
         ["import_id", "start_time", "end_time", "locations"]),
        ("Workshop", "unchanged", []),
        ("Workshop", "unchanged", []),
        ("Privacy", "unchanged", [])]
    assert plan.notes == []

    report = run_import(sheet, settings, transport=sandbox.transport())
    assert report.summary()["exit_code"] == 0
    assert [note for note in report.notes if "Web archiving" in note] == []
    room_b = next(s["locations"] for s in sandbox.sessions() if s["name"] == "Workshop")
    [moved] = [s for s in sandbox.sessions() if s["name"] == "Web archiving at scale"]
    assert (moved["id"], moved["start_time"], moved["locations"], moved["import_id"]) == (
        old_id, "2027-05-12T16:00:00.000000+0000", room_b, plan.rows[1].result.import_id)
    assert room_b != old_rooms
    assert len(sandbox.sessions()) == len(ROWS)
    writes = sandbox.writes()
    assert run_import(sheet, settings, transport=sandbox.transport()).summary()["exit_code"] == 0
    assert sandbox.writes() == writes


def test_one_of_two_talks_of_a_title_dropped_and_another_added_is_a_new_talk(
        tmp_path: Path) -> None:
    """Two 'Workshop's before, two after, but not the same two: the one dropped on Tuesday is
    not the one added on Wednesday, and attendees who saved it must not find that one in its
    place. It stays, named in the note, for --prune."""
    sandbox, settings = _first_run(tmp_path)
    before = _guide(sandbox)
    added = ["Workshop", "2027-05-13", "09:00", "11:00", "Room C"]
    sheet = write_csv(tmp_path, HEADER, [*ROWS[:3], added, ROWS[4]])
    plan = plan_import(sheet, settings, transport=sandbox.transport())
    assert [(row.action, row.changes) for row in plan.rows][3] == ("create", [])
    assert run_import(sheet, settings, transport=sandbox.transport()).summary()["exit_code"] == 0
    assert _guide(sandbox)[:len(ROWS)] == before


def test_a_talk_retitled_and_moved_at_once_is_a_new_talk(tmp_path: Path) -> None:
    """Nothing of the row is as it was: its session is not told apart from a dropped talk's."""
    sandbox, settings = _first_run(tmp_path)
    retitled = ["Web archiving at scale, revisited", *MOVED[1:]]
    sheet = write_csv(tmp_path, HEADER, [ROWS[0], retitled, *ROWS[2:]])
    plan = plan_import(sheet, settings, transport=sandbox.transport())
    assert [row.action for row in plan.rows] == [
        "unchanged", "create", "unchanged", "unchanged", "unchanged"]
    assert "'Web archiving at scale'" in plan.notes[0]
