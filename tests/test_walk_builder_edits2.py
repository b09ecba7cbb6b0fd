"""Edits made by hand in Builder between nightly runs of a sheet kept as the source."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx

from importer.runner import plan_import
from tests.support import BASE_URL, Sandbox, talk, write_sheet

RENAMED = (
    "1 of this sheet's sessions has another import id in the guide than after the last run "
    "(changed in the sandbox, most likely): 'Talk number 2' (sheet:T002-old, was sheet:T002); "
    "its row no longer finds it, so its session is made again beside it (the app shows both, "
    "unless --prune deletes the old: attendees then lose it from their schedules). To keep "
    "the old one, set its import id back in the sandbox, deleting first the one a run made "
    "again, if any")


def change_import_id_in_builder(sandbox: Sandbox, old: str, new: str) -> None:
    """What Builder does to a session whose import id someone edits there."""
    session_id = next(s["id"] for s in sandbox.sessions() if s["import_id"] == old)

    async def patch() -> None:
        async with httpx.AsyncClient(transport=sandbox.transport(), base_url=BASE_URL) as c:
            headers = {"Authorization": f"JWT {sandbox.config.api_key}"}
            (await c.patch(f"sessions/{session_id}/", headers=headers,
                           json={"import_id": new})).raise_for_status()

    asyncio.run(patch())


def about_ids(notes: list[str]) -> list[str]:
    return [note for note in notes if "gone from it now" in note or "import id" in note]


def test_an_import_id_changed_in_builder_is_not_called_a_deleted_session(
    tmp_path: Path,
) -> None:
    """The plan said the session was 'deleted in the sandbox, most likely' while it was still
    there under another id, and beside it that the same talk, under that id, stays unless
    --prune: the planner pruned it, and attendees lost it. Now the note names the id changed
    and how to keep the session; with --prune it says the same."""
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "s.csv", [talk(1), talk(2), talk(3)])
    sandbox.run(sheet)
    change_import_id_in_builder(sandbox, "sheet:T002", "sheet:T002-old")

    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport())
    pruned = plan_import(sheet, sandbox.settings, transport=sandbox.transport(), prune=True)

    assert (plan.counts["create"], about_ids(plan.notes_to_act_on)) == (1, [RENAMED])
    assert ([d.import_id for d in pruned.deletes], about_ids(pruned.notes_to_act_on)) == (
        ["sheet:T002-old"], [RENAMED])


def test_a_session_deleted_in_builder_beside_an_unrelated_leftover_is_still_told(
    tmp_path: Path,
) -> None:
    """A talk dropped from the sheet stays in the guide (no --prune); another, deleted in
    Builder, is not taken for an id changed there: their titles differ."""
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "s.csv", [talk(1), talk(2), talk(3)])
    sandbox.run(sheet)
    write_sheet(sheet, [talk(1), talk(2)])
    sandbox.run(sheet)
    change_import_id_in_builder(sandbox, "sheet:T002", "sheet:T002-old")
    change_import_id_in_builder(sandbox, "sheet:T002-old", "sheet:T002")
    session_id = next(s["id"] for s in sandbox.sessions() if s["import_id"] == "sheet:T001")
    sandbox_delete(sandbox, session_id)

    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport())

    assert [n.split(":")[0] for n in about_ids(plan.notes_to_act_on)] == [
        "1 of this sheet's sessions was in the guide after the last run and is gone from it "
        "now (deleted in the sandbox, most likely)"]


def sandbox_delete(sandbox: Sandbox, session_id: int) -> None:
    async def delete() -> None:
        async with httpx.AsyncClient(transport=sandbox.transport(), base_url=BASE_URL) as c:
            headers = {"Authorization": f"JWT {sandbox.config.api_key}"}
            (await c.delete(f"sessions/{session_id}/", headers=headers)).raise_for_status()

    asyncio.run(delete())
