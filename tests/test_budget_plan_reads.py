"""A plan's reads of the guide are requests of the account's daily budget too: a cron job
that plans before each run spends them every night. They are recorded as a run's are, and
recording them never costs the plan anything: no failure, no note, no file written over."""

from __future__ import annotations

import json
import threading
from pathlib import Path

from filelock import FileLock

from importer.runner import plan_import, run_lock_path

from .support import Sandbox, talk, write_sheet


def _plan(sandbox: Sandbox, sheet: Path, **settings: object) -> object:
    return plan_import(sheet, sandbox.settings.model_copy(update=settings),
                       transport=sandbox.transport())


def _spent(state: Path) -> list[int]:
    return [count for entry in json.loads(state.read_text()).values()
            for _, count in entry.get("spent", ())]


def test_a_plans_reads_are_counted_by_the_next_plan(tmp_path: Path) -> None:
    """Two plans after a run: the second counted the run's requests alone."""
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1), talk(2)])
    ran = sandbox.run(sheet).requests_spent
    first = _plan(sandbox, sheet)
    second = _plan(sandbox, sheet)
    assert first.reads_spent > 0  # type: ignore[attr-defined]
    assert second.spent_earlier == ran + first.reads_spent  # type: ignore[attr-defined]
    assert _spent(tmp_path / ".gbimport-state.json") == [
        ran, first.reads_spent, second.reads_spent]  # type: ignore[attr-defined]


def test_a_plan_during_a_run_leaves_the_state_file_to_the_run(tmp_path: Path) -> None:
    """A run holding the guide's lock writes the file from what it holds: the plan neither
    writes over it nor stops, and says nothing of it."""
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1)])
    sandbox.run(sheet)
    state = tmp_path / ".gbimport-state.json"
    before = state.read_bytes()
    alone = _plan(sandbox, sheet)
    state.write_bytes(before)
    with FileLock(run_lock_path(sandbox.settings.api_url, 1)):
        during = _plan(sandbox, sheet)
    assert state.read_bytes() == before
    assert during.notes == alone.notes  # type: ignore[attr-defined]


def test_a_state_file_the_plan_cannot_write_or_read_costs_it_nothing(tmp_path: Path) -> None:
    """A folder it may not write in: the plan's notes are those it had; a damaged file stays
    as it is, for the run that meets it to say so and write anew."""
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1)])
    nowhere = tmp_path / "missing" / "state.json"
    plan = _plan(sandbox, sheet, state_file=str(nowhere))
    assert not nowhere.parent.exists()
    assert not any("state file" in note for note in plan.notes)  # type: ignore[attr-defined]

    damaged = tmp_path / ".gbimport-state.json"
    damaged.write_text("{not json")
    plan = _plan(sandbox, sheet)
    assert damaged.read_text() == "{not json"
    assert [note for note in plan.notes if "state file" in note] == [  # type: ignore[attr-defined]
        f"the state file {damaged} could not be read (not JSON, at line 1) and was taken as "
        "empty: images may be sent again, a publish an earlier run left owing is not made, "
        "and earlier runs' requests are not counted; a run writes it anew"]


def test_a_run_waits_out_a_plan_holding_the_lock_a_moment(tmp_path: Path) -> None:
    """A plan takes the guide's lock for a moment to record its reads: a cron run starting
    in that moment refused as if another run were importing, and failed its night."""
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1)])
    lock = FileLock(run_lock_path(sandbox.settings.api_url, 1), thread_local=False)
    lock.acquire()
    threading.Timer(0.3, lock.release).start()  # as a plan's write of the state file ends
    report = sandbox.run(sheet)
    assert (report.counts["created"], report.exit_code) == (1, 0)
