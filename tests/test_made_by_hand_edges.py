"""Sessions a run of the sheet made itself, though no finished run left a record of them in
the guide: dropped from the sheet, they are talks no longer in the sheet, not sessions made
by hand in Builder (tests/test_walk_builder_edits3_made_by_hand.py)."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import httpx

from importer.plan import saved_state
from importer.report import RowOutcome
from importer.runner import plan_import, run_import_async
from tests.support import Sandbox, talk, write_sheet
from tests.test_budget_killed_run import SPENT_SAVE_EVERY


def _about(notes: list[str], import_id: str) -> list[str]:
    return [note for note in notes if f"({import_id}" in note]


def _killed_after_saving(sandbox: Sandbox, sheet: Path) -> list[str]:
    """A run of the sheet killed outright (kill -9) once its last row is sent: the state
    file holds what it saved along the way. Returns the ids it names as created so far."""
    state = sheet.parent / ".gbimport-state.json"
    at_kill: list[str] = []

    def progress(outcome: RowOutcome) -> None:
        at_kill[:] = [state.read_text()]  # killed after the last: all it leaves

    sandbox.run(sheet, progress=progress)
    state.write_text(at_kill[0])
    return sorted(saved_state(sandbox.settings, sheet).ids("created_by_stopped"))


def test_a_talk_a_killed_run_made_then_dropped_is_no_longer_in_the_sheet(
        tmp_path: Path) -> None:
    """A migration killed outright after making sessions, then a talk it made dropped from
    the sheet: the plan said the talk was made since the last run, by hand in Builder most
    likely, and --prune's row said so, though the state file names it as made by the run
    that was killed. It is now a talk no longer in the sheet, as any dropped row's."""
    sandbox = Sandbox()
    rows = SPENT_SAVE_EVERY + 5
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1), talk(2)])
    sandbox.run(sheet)
    write_sheet(sheet, [talk(n) for n in range(1, rows + 1)])
    made = _killed_after_saving(sandbox, sheet)
    assert "sheet:T010" in made
    write_sheet(sheet, [talk(n) for n in range(1, rows + 1) if n != 10])

    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport())
    pruned = plan_import(sheet, sandbox.settings, transport=sandbox.transport(), prune=True)
    nightly = sandbox.run(sheet)

    assert _about(plan.notes, "sheet:T010") == [
        "1 session is in the guide with this sheet's ids but no longer in the sheet: 'Talk "
        "number 10' (sheet:T010); it stays unless you run with --prune"]
    assert ([(d.import_id, d.reason) for d in pruned.deletes],
            _about(pruned.notes, "sheet:T010")) == ([("sheet:T010", "not in the sheet")], [])
    assert _about(nightly.notes_to_act_on, "sheet:T010") == [
        "'Talk number 10' (sheet:T010) is no longer in the sheet, but its session stays in the "
        "app: delete it with a run given --prune (or in the sandbox); later runs list such "
        "sessions in the summary file alone"]


class _AnswerLost(httpx.AsyncBaseTransport):
    """The sandbox, where the create of `import_id` is made but its answer lost, and the
    lookup that would find it fails too (Guidebook answering 503 for a while)."""

    def __init__(self, sandbox: Sandbox, import_id: str) -> None:
        self.sandbox, self.import_id = sandbox, import_id

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        answer = await self.sandbox.transport().handle_async_request(request) if not (
            request.method == "GET" and request.url.params.get("import_id") == self.import_id
        ) else httpx.Response(503)
        if request.method == "POST" and request.url.path.endswith("/sessions/") and (
                json.loads(request.content).get("import_id") == self.import_id):
            raise httpx.RemoteProtocolError("Server disconnected without sending a response.")
        return answer


def test_a_talk_whose_create_went_unanswered_then_dropped_is_no_longer_in_the_sheet(
        tmp_path: Path) -> None:
    """A talk's create made it, but its answer was lost and the lookup failed too (the row
    'failed', its outcome unknown); the talk then dropped from the sheet. The next plan said
    it was made since the last run, by hand in the sandbox most likely. It is now a talk no
    longer in the sheet, as any dropped row's."""
    sandbox = Sandbox()
    sandbox.settings = sandbox.settings.model_copy(update={"max_retry_wait": 0.5})
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1), talk(2)])
    sandbox.run(sheet)
    write_sheet(sheet, [talk(1), talk(2), talk(3)])
    lost = asyncio.run(run_import_async(sheet, sandbox.settings,
                                        transport=_AnswerLost(sandbox, "sheet:T003")))
    assert [(o.import_id, o.action) for o in lost.outcomes] == [
        ("sheet:T001", "unchanged"), ("sheet:T002", "unchanged"), ("sheet:T003", "failed")]
    assert "sheet:T003" in {s["import_id"] for s in sandbox.sessions()}
    write_sheet(sheet, [talk(1), talk(2)])

    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport())
    pruned = plan_import(sheet, sandbox.settings, transport=sandbox.transport(), prune=True)

    assert _about(plan.notes, "sheet:T003") == [
        "1 session is in the guide with this sheet's ids but no longer in the sheet: 'Talk "
        "number 3' (sheet:T003); it stays unless you run with --prune"]
    assert ([(d.import_id, d.reason) for d in pruned.deletes],
            _about(pruned.notes, "sheet:T003")) == ([("sheet:T003", "not in the sheet")], [])
