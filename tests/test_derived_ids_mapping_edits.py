"""A sheet without an id column derives each session's id from its title, start and first
room, so editing the mapping changes ids as editing the sheet does: the room joined with its
venue or no longer, and a `Session ID` column read from the same change on. Each session is
taken over under its new id (one PATCH at most), a second run writes nothing, and --prune
deletes nothing attendees saved; never where two rows or two sessions share the title and
start and nothing else tells them apart, and never a session whose title changed."""

from __future__ import annotations

from pathlib import Path

from importer.runner import plan_import, run_import
from importer.settings import Settings
from tests.support import Sandbox
from tests.test_validate import write_csv

MAPPING = """name = "festival"
timezone = "America/Chicago"
import_id_prefix = "fest:"
[fields.name]
column = "Title"
[fields.start]
date_column = "Date"
time_column = "Start"
[fields.end]
time_column = "End"
[fields.locations]
{rooms}
{ids}"""
ALONE, JOINED = 'column = "Room"', 'join = ["Room", "Venue"]'
IDS = '[fields.import_id]\ncolumn = "Session ID"\n'
HEADER = ["Title", "Date", "Start", "End", "Venue", "Room"]
ROWS = [["Opening", "2027-05-11", "09:00", "10:00", "Town Theatre", "Main Hall"],
        ["Poetry", "2027-05-11", "09:00", "10:00", "Old Library", "Main Hall"],
        ["Jazz", "2027-05-11", "11:00", "12:00", "", "Room 1"],
        ["Film", "2027-05-12", "10:00", "11:00", "Town Theatre", "Studio"]]


def _settings(sandbox: Sandbox, folder: Path, rooms: str, ids: str = "") -> Settings:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "festival.toml"
    path.write_text(MAPPING.format(rooms=rooms, ids=ids), encoding="utf-8")
    return sandbox.settings.model_copy(update={"mapping": str(path)})


def _sheet(folder: Path, header: list[str], rows: list[list[str]]) -> Path:
    """The sheet in a folder of its own: a plan records its reads beside the sheet."""
    folder.mkdir(parents=True, exist_ok=True)
    return write_csv(folder, header, rows)


def _sessions(sandbox: Sandbox) -> list[tuple[str, int]]:
    return sorted((s["name"], s["id"]) for s in sandbox.sessions())


def _with_ids(header: list[str], rows: list[list[str]]) -> tuple[list[str], list[list[str]]]:
    return [*header, "Session ID"], [[*row, f"S{n}"] for n, row in enumerate(rows, 1)]


def _switch(tmp_path: Path, before: str, after: str, ids: str = "",
            rows: list[list[str]] = ROWS, edited: list[list[str]] | None = None,
            ) -> tuple[list[tuple[str | None, str, list[str]]], list[tuple[str, int]],
                       list[tuple[str, int]]]:
    """Run the sheet with the rooms read as `before`, plan and run it (or `edited`) read as
    `after`, and check that a second plan writes nothing and --prune deletes nothing. The
    plan's rows as (title, action, fields), and the sessions (title, id) before and after."""
    sandbox = Sandbox()
    first = _sheet(tmp_path / "first", HEADER, rows)
    assert run_import(first, _settings(sandbox, tmp_path / "before", before),
                      transport=sandbox.transport()).summary()["exit_code"] == 0
    kept = _sessions(sandbox)
    header, new_rows = (HEADER, edited or rows)
    if ids:
        header, new_rows = _with_ids(header, new_rows)
    sheet = _sheet(tmp_path / "after", header, new_rows)
    settings = _settings(sandbox, tmp_path / "after", after, ids)
    plan = plan_import(sheet, settings, transport=sandbox.transport())
    actions = [(row.result.name, row.action, [change.field for change in row.changes])
               for row in plan.rows]
    assert run_import(sheet, settings, transport=sandbox.transport()).summary()["exit_code"] == 0
    again = _sheet(tmp_path / "again", header, new_rows)
    assert plan_import(again, settings, transport=sandbox.transport()).writes_planned == 0
    assert not plan_import(again, settings, prune=True, transport=sandbox.transport()).deletes
    return actions, kept, _sessions(sandbox)


def test_rooms_read_alone_again_after_a_join_keep_their_sessions(tmp_path: Path) -> None:
    actions, before, after = _switch(tmp_path, JOINED, ALONE)
    assert actions == [("Opening", "update", ["import_id", "locations"]),
                       ("Poetry", "update", ["import_id", "locations"]),
                       ("Jazz", "unchanged", []),
                       ("Film", "update", ["import_id", "locations"])]
    assert after == before


def test_an_id_column_read_with_the_join_in_one_change_keeps_every_session(
        tmp_path: Path) -> None:
    actions, before, after = _switch(tmp_path, ALONE, JOINED, IDS)
    assert actions == [("Opening", "update", ["import_id", "locations"]),
                       ("Poetry", "update", ["import_id", "locations"]),
                       ("Jazz", "update", ["import_id"]),
                       ("Film", "update", ["import_id", "locations"])]
    assert after == before


def test_an_id_column_and_the_join_find_a_talk_given_at_two_venues_at_once(
        tmp_path: Path) -> None:
    """Two rows share the title and start: each finds its session by the id its room alone
    gave it, not by title and start."""
    rows = [*ROWS, ["Lunch", "2027-05-11", "12:00", "13:00", "Town Theatre", "Foyer"],
            ["Lunch", "2027-05-11", "12:00", "13:00", "Old Library", "Reading Room"]]
    actions, before, after = _switch(tmp_path, ALONE, JOINED, IDS, rows=rows)
    assert [action for _, action, _ in actions] == ["update"] * 6
    assert after == before


def test_an_id_column_read_as_a_room_is_renamed_keeps_the_sessions(tmp_path: Path) -> None:
    renamed = [[*row[:5], "Great Hall" if row[5] == "Main Hall" else row[5]] for row in ROWS]
    actions, before, after = _switch(tmp_path, ALONE, ALONE, IDS, edited=renamed)
    assert actions == [("Opening", "update", ["import_id", "locations"]),
                       ("Poetry", "update", ["import_id", "locations"]),
                       ("Jazz", "update", ["import_id"]),
                       ("Film", "update", ["import_id"])]
    assert after == before


def test_an_id_column_read_as_a_talk_is_retitled_leaves_the_old_session(
        tmp_path: Path) -> None:
    """Attendees who saved the old talk must not find the new one in their plans."""
    retitled = [["Welcome", *ROWS[0][1:]], *ROWS[1:]]
    sandbox = Sandbox()
    assert run_import(_sheet(tmp_path / "first", HEADER, ROWS),
                      _settings(sandbox, tmp_path / "before", ALONE),
                      transport=sandbox.transport()).summary()["exit_code"] == 0
    header, rows = _with_ids(HEADER, retitled)
    plan = plan_import(_sheet(tmp_path / "after", header, rows),
                       _settings(sandbox, tmp_path / "after", ALONE, IDS),
                       transport=sandbox.transport())
    assert [row.action for row in plan.rows] == ["create", "update", "update", "update"]


LUNCH = [["Lunch", "2027-05-11", "12:00", "13:00", "Town Theatre", "Foyer"],
         ["Lunch", "2027-05-11", "12:00", "13:00", "Old Library", "Reading Room"]]


def test_rooms_read_alone_again_find_a_talk_given_at_two_venues_at_once(
        tmp_path: Path) -> None:
    """Two rows share the title and start, and no room is named as before: each finds its
    session by its room without the venue."""
    actions, before, after = _switch(tmp_path, JOINED, ALONE, rows=[*ROWS, *LUNCH])
    assert actions[4:] == [("Lunch", "update", ["import_id", "locations"])] * 2
    assert after == before


def test_a_session_id_column_read_late_on_joined_rooms_keeps_the_sessions(
        tmp_path: Path) -> None:
    actions, before, after = _switch(tmp_path, JOINED, JOINED, IDS)
    assert actions == [(row[0], "update", ["import_id"]) for row in ROWS]
    assert after == before


def test_two_sessions_alike_but_for_their_venue_are_not_guessed(tmp_path: Path) -> None:
    """'Main Hall' at two venues, read alone again, is one row for two sessions: neither
    is taken over, and plan names both as no longer in the sheet."""
    twice = [["Lunch", "2027-05-11", "12:00", "13:00", "Town Theatre", "Main Hall"],
             ["Lunch", "2027-05-11", "12:00", "13:00", "Old Library", "Main Hall"]]
    sandbox = Sandbox()
    assert run_import(_sheet(tmp_path / "first", HEADER, twice),
                      _settings(sandbox, tmp_path / "before", JOINED),
                      transport=sandbox.transport()).summary()["exit_code"] == 0
    plan = plan_import(_sheet(tmp_path / "after", HEADER, twice),
                       _settings(sandbox, tmp_path / "after", ALONE),
                       transport=sandbox.transport(), prune=True)
    assert [row.action for row in plan.rows] == ["create", "skipped"]
    assert len(plan.deletes) == 2
