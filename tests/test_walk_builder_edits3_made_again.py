"""A track merged into another in Builder, and a room deleted there while still in use,
between nightly runs of a sheet that still gives them."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx

from importer.runner import plan_import
from tests.support import BASE_URL, Sandbox, talk, write_sheet
from tests.test_builder_renames import _renamed_in_builder


def delete_in_builder(sandbox: Sandbox, collection: str, name: str) -> None:
    """Builder's delete of a track or room: its sessions lose it."""
    async def delete() -> None:
        async with httpx.AsyncClient(transport=sandbox.transport(), base_url=BASE_URL) as c:
            headers = {"Authorization": f"JWT {sandbox.config.api_key}"}
            page = (await c.get(f"{collection}/?guide=1", headers=headers)).json()
            found = next(item["id"] for item in page["results"] if item["name"] == name)
            (await c.delete(f"{collection}/{found}/", headers=headers)).raise_for_status()

    asyncio.run(delete())


def gone(notes: list[str]) -> list[str]:
    return [note for note in notes if "gone from it now" in note or "no session uses" in note]


MADE_AGAIN = [
    "the track 'Python' was in the guide after the last run and is gone from it now (deleted "
    "in Builder, most likely): 3 rows of the sheet give it (row 2, row 4, row 6), so this run "
    "makes it again and puts their sessions back in it; to remove it for good, or merge it "
    "into another track, change those rows in the sheet",
    "the room 'Room 100' was in the guide after the last run and is gone from it now (deleted "
    "in Builder, most likely): 4 rows of the sheet give it (row 2, row 3, row 4 and 1 more), "
    "so this run makes it again and puts their sessions back in it; to remove it for good, or "
    "merge it into another room, change those rows in the sheet",
]
RENAMED = (
    "after this run no session uses the track 'Community & Outreach': the sheet puts its "
    "sessions in 'Community', which this run makes (a track renamed in Builder is made again "
    "under the sheet's name: to keep Builder's name, give it in the sheet too); if it is not "
    "wanted, delete it in Builder")


def test_a_track_merged_and_a_room_deleted_in_builder_are_told_before_they_come_back(
    tmp_path: Path,
) -> None:
    """A nightly `run --quiet` made the merged track and the deleted room again and put the
    sessions back in them without a word: the planner found both back in the app. Now the
    plan and the run say which, the rows that give them, and that the sheet is where to
    change them; a track renamed there keeps its own note alone; the next night is quiet."""
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "s.csv", [talk(1), talk(2), talk(3), talk(4), talk(9)])
    sandbox.run(sheet)
    delete_in_builder(sandbox, "schedule-tracks", "Python")
    delete_in_builder(sandbox, "locations", "Room 100")
    _renamed_in_builder(sandbox, "schedule-tracks", "Community", "Community & Outreach")

    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport())
    night = sandbox.run(sheet)
    writes_before = sandbox.writes()
    next_night = sandbox.run(sheet)

    assert gone(plan.notes) == [RENAMED, *MADE_AGAIN]
    assert gone(night.notes_to_act_on) == [*MADE_AGAIN, RENAMED]  # emptied: as done
    assert (next_night.notes_to_act_on, sandbox.writes() - writes_before) == ([], {})
