"""A migration killed outright (kill -9), run again and stopped once more (the daily
budget), then finished the next day: the rows the killed run made after its last save said
so on the stopped run's report, but on the finishing run's they were `unchanged` with
nothing said (42 rows of 6,000), though the note counts the others. The stopped run found
them, but did not save them when its own rows were already saved as it went."""

from __future__ import annotations

import asyncio
from pathlib import Path

from importer.report import RowOutcome
from importer.runner import run_import_async

from .support import Sandbox, talk, write_sheet
from .test_budget_killed_run import SPENT_SAVE_EVERY
from .test_walk_migration5_stopped_run import SAID, _said, _stopped_after


def test_rows_made_after_a_killed_runs_last_save_say_so_until_a_run_finishes(
    tmp_path: Path,
) -> None:
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "talks.csv", [talk(n) for n in range(1, 4)])
    sandbox.run(sheet)
    write_sheet(sheet, [talk(n) for n in range(1, 3 + 2 * SPENT_SAVE_EVERY + 13)])
    state = tmp_path / ".gbimport-state.json"
    at_kill: list[str] = []
    stop = asyncio.Event()
    made: list[RowOutcome] = []

    def progress(outcome: RowOutcome) -> None:
        made.extend([outcome] if outcome.action == "created" else [])
        if len(made) == SPENT_SAVE_EVERY + 7 and not stop.is_set():
            at_kill.append(state.read_text())  # killed here: the file is all it leaves
            stop.set()

    killed = asyncio.run(run_import_async(
        sheet, sandbox.settings.model_copy(update={"concurrency": 1}), stop=stop,
        progress=progress, transport=sandbox.transport()))
    state.write_text(at_kill[0])
    # Its deferred rows pass a save after its last create: all it made is saved as it went.
    stopped = _stopped_after(sandbox, sheet, 5)
    finishing = sandbox.run(sheet)

    by_killed = {o.import_id for o in killed.outcomes if o.action == "created"}
    by_stopped = {o.import_id for o in stopped.outcomes if o.action == "created"}
    assert (len(by_killed), len(by_stopped), stopped.counts["deferred"]) == (
        SPENT_SAVE_EVERY + 7, 5, SPENT_SAVE_EVERY)
    assert [(i, a, m) for i, a, m in _said(finishing) if a == "unchanged"] == [
        (o.import_id, "unchanged", SAID if o.import_id in by_killed | by_stopped else "")
        for o in finishing.outcomes if o.action == "unchanged"]
    assert finishing.counts["unchanged"] == 3 + len(by_killed) + len(by_stopped)
