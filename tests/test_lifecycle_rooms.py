"""A programme's life in the guide: rooms and tracks its edits leave without sessions."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx

from importer.runner import run_import_async
from tests.support import Sandbox, talk, write_sheet

ROOM, TRACK = "Room/Location", "Schedule Track (Optional)"


def emptied(notes: list[str]) -> list[str]:
    return [note for note in notes if "no session uses" in note]


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
         "elsewhere; if it was a typo, delete it in Builder"])
