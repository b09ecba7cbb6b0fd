"""Tracks and rooms a run leaves without sessions: the note after a run names only those
that what the run did emptied (deletes and updates that went through)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx

from importer.runner import run_import_async
from tests.support import Sandbox, talk, write_sheet

ROOM, TRACK = "Room/Location", "Schedule Track (Optional)"


def emptied(notes: list[str]) -> list[str]:
    return [note for note in notes if "no session uses" in note]


class Refused(httpx.AsyncBaseTransport):
    """The sandbox, but requests of `method` whose path holds the id of a session named in
    `titles` are answered 400."""

    def __init__(self, sandbox: Sandbox, method: str, titles: set[str]) -> None:
        self.inner = sandbox.transport()
        self.method = method
        self.ids = {f"/sessions/{s['id']}/" for s in sandbox.sessions() if s["name"] in titles}

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == self.method and any(request.url.path.endswith(i) for i in self.ids):
            return httpx.Response(400, json={"detail": "cannot change this session"})
        return await self.inner.handle_async_request(request)


def cancelled_in_annex(tmp_path: Path) -> tuple[Sandbox, Path]:
    sandbox = Sandbox()
    sandbox.run(write_sheet(tmp_path / "a.csv", [
        talk(1, **{ROOM: "Annex", TRACK: "Community"}),
        talk(2, **{ROOM: "Hall", TRACK: "Community"}),
    ]))
    return sandbox, write_sheet(tmp_path / "b.csv", [talk(2, **{ROOM: "Hall",
                                                                TRACK: "Community"})])


def test_a_run_whose_prune_deleted_a_rooms_last_session_names_the_room(tmp_path: Path) -> None:
    sandbox, cancelled = cancelled_in_annex(tmp_path)
    report = sandbox.run(cancelled, prune=True)
    assert ([(o.action, o.import_id) for o in report.outcomes], emptied(report.notes)) == (
        [("unchanged", "sheet:T002"), ("deleted", "sheet:T001")],
        ["after this run no session uses the room 'Annex': the sheet moved its sessions "
         "elsewhere or no longer has them, and --prune deleted them; if it is not wanted, "
         "delete it in Builder"])


def test_a_run_whose_prune_delete_was_refused_does_not_call_the_room_empty(
    tmp_path: Path
) -> None:
    """The refused delete leaves 'Talk number 1' in the Annex: the room is not empty."""
    sandbox, cancelled = cancelled_in_annex(tmp_path)
    report = asyncio.run(run_import_async(
        cancelled, sandbox.settings, prune=True,
        transport=Refused(sandbox, "DELETE", {"Talk number 1"})))
    assert ([(o.action, o.import_id) for o in report.outcomes], emptied(report.notes)) == (
        [("unchanged", "sheet:T002"), ("failed", "sheet:T001")], [])


def test_a_room_two_sessions_leave_is_not_empty_when_one_move_was_refused(
    tmp_path: Path
) -> None:
    """Both talks move from 'Rom B' to 'Room B'; Guidebook refuses the second move, so that
    talk is still in 'Rom B' after the run."""
    sandbox = Sandbox()
    sandbox.run(write_sheet(tmp_path / "a.csv", [talk(1, **{ROOM: "Rom B"}),
                                                 talk(2, **{ROOM: "Rom B"})]))
    fixed = write_sheet(tmp_path / "b.csv", [talk(1, **{ROOM: "Room B"}),
                                             talk(2, **{ROOM: "Room B"})])
    report = asyncio.run(run_import_async(
        fixed, sandbox.settings, transport=Refused(sandbox, "PATCH", {"Talk number 2"})))
    assert ([o.action for o in report.outcomes], emptied(report.notes)) == (
        ["updated", "failed"], [])
