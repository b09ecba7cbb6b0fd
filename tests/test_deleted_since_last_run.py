"""A session of the sheet deleted in Builder is made again from its row (the sheet is the
source of truth), and the run says so: the planner who deleted it expected it gone."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import httpx

from importer.images import SavedState
from importer.runner import plan_import, run_import
from tests.support import BASE_URL, Sandbox, talk, write_sheet
from tests.test_leave_out import sandbox_with, write_talks

DELETED_K = (
    "1 of this sheet's sessions was in the guide after the last run and is gone from it now "
    "(deleted in the sandbox, most likely): 'Talk number 2' (row 3); it is made again from its "
    "row. To remove a session for good, delete its row from the sheet; it is made again from "
    "the sheet otherwise")


def delete_in_builder(sandbox: Sandbox, *import_ids: str) -> None:
    """What Builder does to a session someone deletes there."""
    doomed = [s["id"] for s in sandbox.sessions() if s["import_id"] in import_ids]

    async def delete() -> None:
        async with httpx.AsyncClient(transport=sandbox.transport(), base_url=BASE_URL) as c:
            headers = {"Authorization": f"JWT {sandbox.config.api_key}"}
            for session_id in doomed:
                (await c.delete(f"sessions/{session_id}/", headers=headers)).raise_for_status()

    asyncio.run(delete())


class RefusingCreates(httpx.AsyncBaseTransport):
    """The sandbox, but a session's create is refused (400) as Guidebook refuses a bad one."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox.transport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == "POST" and request.url.path.endswith("/sessions/"):
            return httpx.Response(400, json={"name": ["refused"]})
        return await self.sandbox.handle_async_request(request)


def deleted_notes(notes: list[str]) -> list[str]:
    return [note for note in notes if "gone from it now" in note]


def test_a_session_deleted_in_builder_is_told_once_by_the_run_that_makes_it_again(
    tmp_path: Path,
) -> None:
    """The run made it again as a plain create, saying nothing: a quiet night printed
    nothing. Now the plan and the run say so (a note to act on); the next run, finding it
    in the guide again, says nothing."""
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "s.csv", [talk(1), talk(2), talk(3)])
    sandbox.run(sheet)
    delete_in_builder(sandbox, "sheet:T002")

    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport())
    report = sandbox.run(sheet)
    again = sandbox.run(sheet)

    assert (deleted_notes(plan.notes), deleted_notes(plan.to_json()["notes"])) == (
        [DELETED_K], [DELETED_K])
    assert (report.exit_code, report.counts["created"], deleted_notes(report.notes),
            report.notes_to_act_on) == (0, 1, [DELETED_K], [DELETED_K])
    assert (again.counts["unchanged"], deleted_notes(again.notes), again.notes_to_act_on) == (
        3, [], [])


def test_many_deleted_are_counted_and_a_few_named(tmp_path: Path) -> None:
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "s.csv", [talk(n) for n in range(1, 9)])
    sandbox.run(sheet)
    delete_in_builder(sandbox, *(f"sheet:T00{n}" for n in range(1, 8)))

    report = sandbox.run(sheet)

    assert deleted_notes(report.notes_to_act_on) == [
        "7 of this sheet's sessions were in the guide after the last run and are gone from it "
        "now (deleted in the sandbox, most likely): 'Talk number 1' (row 2), 'Talk number 2' "
        "(row 3), 'Talk number 3' (row 4), 'Talk number 4' (row 5), 'Talk number 5' (row 6) "
        "and 2 more; they are made again from their rows. To remove a session for good, "
        "delete its row from the sheet; it is made again from the sheet otherwise"]


def test_with_leave_out_the_note_offers_marking_the_row_out(tmp_path: Path) -> None:
    """A team with a Status column keeps a cancelled talk's row: the note told only to
    delete the row, where writing the leave_out value in its Status cell is their way: the
    row stays, and --prune takes out the session this run made again."""
    sandbox = sandbox_with(tmp_path)
    sheet = tmp_path / "s.csv"
    talks = [talk(n, Status="Confirmed") for n in range(1, 4)]
    sandbox.run(write_talks(sheet, talks))
    delete_in_builder(sandbox, "sheet:T002")

    report = sandbox.run(sheet)
    talks[1]["Status"] = "Cancelled"
    marked = sandbox.run(write_talks(sheet, talks), prune=True)

    assert deleted_notes(report.notes_to_act_on) == [
        "1 of this sheet's sessions was in the guide after the last run and is gone from it "
        "now (deleted in the sandbox, most likely): 'Talk number 2' (row 3); it is made again "
        "from its row. To remove a session for good, write 'cancelled' in its 'Status' cell "
        "(the mapping's leave_out leaves such rows out) or delete the row from the sheet; it "
        "is made again from the sheet otherwise"]
    assert (marked.counts["unchanged"], marked.counts["deleted"], marked.notes_to_act_on,
            sorted(s["import_id"] for s in sandbox.sessions())) == (
        2, 1, [], ["sheet:T001", "sheet:T003"])


def test_no_word_on_a_first_run_a_new_row_or_without_a_readable_state_file(
    tmp_path: Path,
) -> None:
    """Creates that are no session deleted since: a first run's, a row added to the sheet;
    and a state file missing or damaged, which cannot tell."""
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "s.csv", [talk(1), talk(2)])
    first = sandbox.run(sheet)
    write_sheet(sheet, [talk(1), talk(2), talk(3)])
    added = sandbox.run(sheet)
    state = tmp_path / ".gbimport-state.json"
    held = state.read_text(encoding="utf-8")
    results = []
    for damage in ("missing", "{not json"):
        delete_in_builder(sandbox, "sheet:T002")
        state.unlink()
        if damage != "missing":
            state.write_text(damage, encoding="utf-8")
        results.append(sandbox.run(sheet))
    assert "sheet:T002" in held
    assert [(r.counts["created"], deleted_notes(r.notes))
            for r in (first, added, *results)] == [(2, []), (1, []), (1, []), (1, [])]


def test_an_edited_row_of_a_sheet_without_ids_is_no_deleted_session(tmp_path: Path) -> None:
    """Without an id column a session's id comes from its title, start and room: an edited
    title makes it anew under a new id, which no run left in the guide."""
    sandbox = Sandbox()
    sheet = tmp_path / "s.csv"
    row = "{title},5/11/2027,9:00 AM,10:00 AM,Hall\n"
    held = []
    for title in ("Keynote", "Keynote: the future"):
        sheet.write_text("Session Title,Date,Time Start,Time End,Room/Location\n"
                         + row.format(title=title), encoding="utf-8")
        report = sandbox.run(sheet)
        held.append(len(SavedState(tmp_path / ".gbimport-state.json", 1, BASE_URL).in_guide()))
    # The old session stays beside the new one (no --prune): both are in the guide.
    assert (report.counts["created"], deleted_notes(report.notes), held) == (1, [], [1, 2])


def test_a_create_that_failed_is_told_again(tmp_path: Path) -> None:
    """A session deleted in Builder whose create did not go through is still gone: the next
    run, which makes it, says so again."""
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "s.csv", [talk(1), talk(2)])
    sandbox.run(sheet)
    delete_in_builder(sandbox, "sheet:T002")

    failed = run_import(sheet, sandbox.settings, transport=RefusingCreates(sandbox))
    made = sandbox.run(sheet)

    assert (failed.counts["failed"], deleted_notes(failed.notes)) == (1, [DELETED_K])
    assert (made.counts["created"], deleted_notes(made.notes)) == (1, [DELETED_K])


def test_the_sessions_in_the_guide_are_kept_per_prefix_and_merged(tmp_path: Path) -> None:
    """Two sheets with their prefixes share the state file; an older file's two spellings
    of one sandbox are one guide, holding both lists."""
    path = tmp_path / "state.json"
    state = SavedState(path, 1)
    state.remember_in_guide(["day1:K1", "day1:K2"], "day1:")
    state.remember_in_guide(["day2:T5"], "day2:")
    state.save()
    again = SavedState(path, 1)
    again.remember_in_guide(["day1:K2"], "day1:")
    assert again.in_guide() == {"day1:K2", "day2:T5"}
    path.write_text(json.dumps({
        "1 at localhost:8950": {"images": {}, "in_guide": ["sheet:A", 7]},
        "1 at 127.0.0.1:8950": {"images": {}, "in_guide": ["sheet:B"]},
    }), encoding="utf-8")
    assert SavedState(path, 1, "http://127.0.0.1:8950/").in_guide() == {"sheet:A", "sheet:B"}


def clear_import_id_in_builder(sandbox: Sandbox, import_id: str) -> None:
    """What Builder does to a session whose import id someone empties there."""
    (session_id,) = [s["id"] for s in sandbox.sessions() if s["import_id"] == import_id]

    async def clear() -> None:
        async with httpx.AsyncClient(transport=sandbox.transport(), base_url=BASE_URL) as c:
            headers = {"Authorization": f"JWT {sandbox.config.api_key}"}
            (await c.patch(f"sessions/{session_id}/", json={"import_id": ""},
                           headers=headers)).raise_for_status()

    asyncio.run(clear())


def test_a_session_whose_import_id_was_cleared_in_builder_is_not_told_as_deleted(
    tmp_path: Path,
) -> None:
    """The session is still in the guide: the row's copy-without-id warning names it (and
    --adopt), so a note calling it deleted in Builder would send the planner looking for a
    deletion that never was."""
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "s.csv", [talk(1), talk(2), talk(3)])
    sandbox.run(sheet)
    clear_import_id_in_builder(sandbox, "sheet:T002")

    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport())

    assert ([(i.row, i.code) for row in plan.rows for i in row.issues],
            deleted_notes(plan.notes), plan.notes_to_act_on) == ([(3, "copy-without-id")], [], [])
