"""A migration stopped halfway (Ctrl-C, a stop signal, the daily budget) and run again: the
next run finds the sessions the stopped one made as the sheet has them. Its report must not
read as if nothing had ever been sent for those rows."""

from __future__ import annotations

import asyncio
from pathlib import Path

from importer.report import ImportReport, RowOutcome
from importer.runner import run_import_async

from .support import Sandbox, talk, write_sheet
from .test_budget_killed_run import SPENT_SAVE_EVERY

SAID = "created by an earlier run that was stopped before it finished; nothing left to send"


def _stopped_after(sandbox: Sandbox, sheet: Path, sent: int,
                   action: str = "created") -> ImportReport:
    """A run stopped (as by Ctrl-C) once `sent` more rows are `action`."""
    stop = asyncio.Event()
    done: list[RowOutcome] = []

    def progress(outcome: RowOutcome) -> None:
        done.extend([outcome] if outcome.action == action else [])
        if len(done) == sent:
            stop.set()

    settings = sandbox.settings.model_copy(update={"concurrency": 1})
    return asyncio.run(run_import_async(sheet, settings, stop=stop, progress=progress,
                                        transport=sandbox.transport()))


def _said(report: ImportReport) -> list[tuple[str | None, str, str]]:
    return [(o.import_id, o.action, o.message) for o in report.outcomes]


def test_rows_a_stopped_run_created_say_so_until_a_run_finishes(tmp_path: Path) -> None:
    """The run after a stop listed the stopped runs' creates as `unchanged`, no more: each
    says an earlier run that was stopped created it, on every run until one finishes."""
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "talks.csv", [talk(n) for n in range(1, 13)])
    first = _stopped_after(sandbox, sheet, 3)
    second = _stopped_after(sandbox, sheet, 3)
    third = sandbox.run(sheet)
    fourth = sandbox.run(sheet)

    by_first = [o.import_id for o in first.outcomes if o.action == "created"]
    by_second = [o.import_id for o in second.outcomes if o.action == "created"]
    assert (first.halted, second.halted, len(by_first), len(by_second)) == (
        "interrupted", "interrupted", 3, 3)
    assert [o for o in _said(second) if o[1] == "unchanged"] == [
        (i, "unchanged", SAID) for i in by_first]
    assert _said(third) == [
        (o.import_id, "unchanged", SAID) if o.import_id in by_first + by_second
        else (o.import_id, "created", "") for o in third.outcomes]
    assert _said(fourth) == [(o.import_id, "unchanged", "") for o in fourth.outcomes]
    assert [_about_stopped_runs(r) for r in (second, third, fourth)] == [
        [NOTE.format(3, "created 3")], [NOTE.format(6, "created 6")], []]


NOTE = ("{} rows are unchanged as an earlier run that was stopped before it finished sent "
        "them ({}); each one's row says so")


def _about_stopped_runs(report: ImportReport) -> list[str]:
    return [note for note in report.notes if "earlier run that was stopped" in note]


def test_rows_a_stopped_run_updated_say_so(tmp_path: Path) -> None:
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "talks.csv", [talk(n) for n in range(1, 7)])
    sandbox.run(sheet)
    write_sheet(sheet, [talk(n, **{"Session Title": f"Renamed {n}"}) for n in range(1, 7)])
    stopped = _stopped_after(sandbox, sheet, 2, "updated")
    after = sandbox.run(sheet)

    by_stopped = [o.import_id for o in stopped.outcomes if o.action == "updated"]
    assert len(by_stopped) == 2
    assert _said(after) == [
        (o.import_id, "unchanged", SAID.replace("created", "updated"))
        if o.import_id in by_stopped else (o.import_id, "updated", o.message)
        for o in after.outcomes]
    assert after.counts["updated"] == 4


def test_rows_a_run_killed_outright_created_say_so(tmp_path: Path) -> None:
    """A kill -9 leaves no report and no word that the run stopped: the state file as it was
    saved along the way (every SPENT_SAVE_EVERY rows) names the sessions sent until then, and
    those made after were in the guide after no run that ended."""
    sandbox = Sandbox()
    rows = SPENT_SAVE_EVERY + 5
    sheet = write_sheet(tmp_path / "talks.csv", [talk(n) for n in range(1, rows + 1)])
    state = tmp_path / ".gbimport-state.json"
    seen: list[str | None] = []
    at_kill: list[str] = []

    def progress(outcome: RowOutcome) -> None:
        seen.append(outcome.import_id)
        if len(seen) == rows:  # killed here: what the file holds is all it leaves
            at_kill.append(state.read_text())

    sandbox.run(sheet, progress=progress)
    state.write_text(at_kill[0])
    after = sandbox.run(sheet)

    # Those after the last save too: in the guide after no run that ended, the killed run
    # made them.
    assert _said(after) == [(o.import_id, "unchanged", SAID) for o in after.outcomes]
    assert len(seen) == rows
