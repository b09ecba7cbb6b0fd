"""Nightly runs meeting a track or room renamed in Builder while the sheet keeps its name."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import httpx

from importer.runner import plan_import
from tests.support import BASE_URL, Sandbox, talk, write_sheet

ROOM, TRACK = "Room/Location", "Schedule Track (Optional)"


def _builder(sandbox: Sandbox, method: str, path: str, body: dict[str, Any]) -> None:
    """An edit made by hand in Builder."""
    async def send() -> None:
        async with httpx.AsyncClient(transport=sandbox.transport(), base_url=BASE_URL) as c:
            headers = {"Authorization": f"JWT {sandbox.config.api_key}"}
            (await c.request(method, path, json=body, headers=headers)).raise_for_status()

    asyncio.run(send())


def _renamed_in_builder(sandbox: Sandbox, collection: str, old: str, new: str) -> None:
    """Builder's rename: the sheet is not touched."""
    async def find() -> int:
        async with httpx.AsyncClient(transport=sandbox.transport(), base_url=BASE_URL) as c:
            headers = {"Authorization": f"JWT {sandbox.config.api_key}"}
            page = (await c.get(f"{collection}/?guide=1", headers=headers)).json()
            return next(int(item["id"]) for item in page["results"] if item["name"] == old)

    _builder(sandbox, "PATCH", f"{collection}/{asyncio.run(find())}/", {"name": new})


def emptied(notes: list[str]) -> list[str]:
    return [note for note in notes if "no session uses" in note]


def test_a_room_renamed_in_builder_is_not_said_to_be_moved_by_the_sheet(tmp_path: Path) -> None:
    """The sheet still says 'Room A': its sessions go to a 'Room A' made again, and the note
    says so rather than that the sheet moved them (it did not change)."""
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "a.csv", [
        talk(1, **{ROOM: "Room A", TRACK: "Main"}), talk(2, **{ROOM: "Hall", TRACK: "Main"})])
    sandbox.run(sheet)
    _renamed_in_builder(sandbox, "locations", "Room A", "Auditorium A")
    _renamed_in_builder(sandbox, "schedule-tracks", "Main", "Main Stage")
    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport())
    assert (plan.locations_to_create, plan.tracks_to_create, emptied(plan.notes)) == (
        ["Room A"], ["Main"],
        ["after this run no session uses the track 'Main Stage': the sheet puts its sessions "
         "in 'Main', which this run makes (a track renamed in Builder is made again under the "
         "sheet's name: to keep Builder's name, give it in the sheet too); if it is not "
         "wanted, delete it in Builder",
         "after this run no session uses the room 'Auditorium A': the sheet puts its sessions "
         "in 'Room A', which this run makes (a room renamed in Builder is made again under the "
         "sheet's name: to keep Builder's name, give it in the sheet too); if it is not "
         "wanted, delete it in Builder"])


def test_sessions_moved_by_the_sheet_into_a_room_in_the_guide_keep_the_old_note(
    tmp_path: Path
) -> None:
    """Moved into a room the guide has, the sheet did move them."""
    sandbox = Sandbox()
    sandbox.run(write_sheet(tmp_path / "a.csv", [
        talk(1, **{ROOM: "Annex"}), talk(2, **{ROOM: "Hall"})]))
    moved = write_sheet(tmp_path / "b.csv", [talk(1, **{ROOM: "Hall"}), talk(2, **{ROOM: "Hall"})])
    plan = plan_import(moved, sandbox.settings, transport=sandbox.transport())
    assert emptied(plan.notes) == [
        "after this run no session uses the room 'Annex': the sheet moved its sessions "
        "elsewhere; if it is not wanted, delete it in Builder"]
