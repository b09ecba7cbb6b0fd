"""A programme's life in the guide: rooms and tracks its edits leave without sessions."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx

from importer.runner import plan_import, run_import_async
from tests.support import Sandbox, talk, write_sheet

ROOM, TRACK = "Room/Location", "Schedule Track (Optional)"


def emptied(notes: list[str]) -> list[str]:
    return [note for note in notes if "no session uses" in note]


def test_a_room_fixed_on_a_sheet_of_derived_ids_moves_its_session_and_is_named(
    tmp_path: Path
) -> None:
    """Without an id column, the fixed room changes the derived id: the session with the
    row's title and start is taken over (one PATCH), so the misspelt room and track are left
    empty as by an update, and said so; --prune has nothing to delete."""
    sandbox = Sandbox()
    sandbox.run(write_sheet(tmp_path / "a.csv", [
        talk(1, **{"Session ID": "", ROOM: "Rom B", TRACK: "Pyhton"}),
        talk(2, **{"Session ID": "", ROOM: "Hall", TRACK: "Community"}),
    ]))
    fixed = write_sheet(tmp_path / "b.csv", [
        talk(1, **{"Session ID": "", ROOM: "Room B", TRACK: "Python"}),
        talk(2, **{"Session ID": "", ROOM: "Hall", TRACK: "Community"}),
    ])
    pruned = plan_import(fixed, sandbox.settings, transport=sandbox.transport(), prune=True)
    assert ([(r.action, r.result.row) for r in pruned.rows], pruned.deletes,
            emptied(pruned.notes)) == (
        [("update", 2), ("unchanged", 3)], [],
        ["after this run no session uses the track 'Pyhton': the sheet puts its "
         "sessions in 'Python', which this run makes (a track renamed in "
         "Builder is made again under the sheet's name: to keep Builder's name, "
         "give it in the sheet too); if it is not wanted, delete it in Builder",
         "after this run no session uses the room 'Rom B': the sheet puts its "
         "sessions in 'Room B', which this run makes (a room renamed in Builder "
         "is made again under the sheet's name: to keep Builder's name, give it "
         "in the sheet too); if it is not wanted, delete it in Builder"])


def test_a_room_whose_last_session_is_pruned_is_named(tmp_path: Path) -> None:
    sandbox = Sandbox()
    sandbox.run(write_sheet(tmp_path / "a.csv", [
        talk(1, **{ROOM: "Annex", TRACK: "Community"}),
        talk(2, **{ROOM: "Hall", TRACK: "Community"}),
    ]))
    cancelled = write_sheet(tmp_path / "b.csv", [talk(2, **{ROOM: "Hall", TRACK: "Community"})])
    plan = plan_import(cancelled, sandbox.settings, transport=sandbox.transport(), prune=True)
    assert ([d.import_id for d in plan.deletes], emptied(plan.notes)) == (
        ["sheet:T001"],
        ["after this run no session uses the room 'Annex': the sheet moved its sessions "
         "elsewhere or no longer has them, and --prune deletes them; if it is not wanted, "
         "delete it in Builder"])


class PatchesRefused(httpx.AsyncBaseTransport):
    """The sandbox, but every PATCH is answered 400."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.inner = sandbox.transport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == "PATCH":
            return httpx.Response(400, json={"locations": ["cannot move this session"]})
        return await self.inner.handle_async_request(request)


def test_a_run_whose_move_out_of_a_room_failed_does_not_call_the_room_empty(
    tmp_path: Path
) -> None:
    """The note is what the run did: a refused update leaves its session in 'Rom B'."""
    sandbox = Sandbox()
    sandbox.run(write_sheet(tmp_path / "a.csv", [talk(1, **{ROOM: "Rom B"}), talk(2)]))
    fixed = write_sheet(tmp_path / "b.csv", [talk(1, **{ROOM: "Room B"}), talk(2)])
    refused = asyncio.run(run_import_async(fixed, sandbox.settings,
                                           transport=PatchesRefused(sandbox)))
    done = sandbox.run(fixed)
    assert ([o.action for o in refused.outcomes], emptied(refused.notes),
            [o.action for o in done.outcomes], emptied(done.notes)) == (
        ["failed", "unchanged"], [],
        ["updated", "unchanged"],
        ["after this run no session uses the room 'Rom B': the sheet moved its sessions "
         "elsewhere; if it is not wanted, delete it in Builder"])
