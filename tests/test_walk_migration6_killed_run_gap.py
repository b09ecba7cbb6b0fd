"""A migration killed outright (kill -9, a second Ctrl-C) saves what it sent every
SPENT_SAVE_EVERY rows: the sessions it made after its last save were `unchanged` on the next
run's report with nothing said, among rows that said a stopped run had made them. They were
in the guide after no run, and no row of a run that ended says it sent them: the run that was
killed made them."""

from __future__ import annotations

from pathlib import Path

from importer.report import RowOutcome

from .support import Sandbox, talk, write_sheet
from .test_budget_killed_run import SPENT_SAVE_EVERY
from .test_walk_migration5_stopped_run import NOTE, SAID, _about_stopped_runs, _said


def test_sessions_made_after_a_killed_runs_last_save_say_so(tmp_path: Path) -> None:
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "talks.csv", [talk(n) for n in range(1, 4)])
    sandbox.run(sheet)  # a run that ended: its sessions are on record as in the guide
    rows = 3 + SPENT_SAVE_EVERY + 7
    write_sheet(sheet, [talk(n) for n in range(1, rows + 1)])
    state = tmp_path / ".gbimport-state.json"
    sent: list[RowOutcome] = []
    at_kill: list[str] = []

    def progress(outcome: RowOutcome) -> None:
        sent.append(outcome)
        if len(sent) == SPENT_SAVE_EVERY + 7:  # killed here: the file is all it leaves
            at_kill.append(state.read_text())

    sandbox.run(sheet, progress=progress)
    state.write_text(at_kill[0])
    after = sandbox.run(sheet)

    made_by_killed = {o.import_id for o in sent if o.action == "created"}
    assert len(made_by_killed) == SPENT_SAVE_EVERY + 7
    assert _said(after) == [
        (o.import_id, "unchanged", SAID if o.import_id in made_by_killed else "")
        for o in after.outcomes]
    assert _about_stopped_runs(after) == [NOTE.format(57, "created 57")]
    assert sandbox.stats()["duplicate_import_ids"] == {"1": []}
