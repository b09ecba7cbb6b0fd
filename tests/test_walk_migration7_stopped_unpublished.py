"""A migration run without --publish that stopped before it finished (the daily budget, a
Ctrl-C) ended telling its user to publish, with the command: half a migration then went out
to attendees. It now says the run stopped, and to publish once the rest is in, as a run with
--publish that stopped says."""

from __future__ import annotations

from pathlib import Path

from tests.support import BASE_URL, Sandbox, talk, write_sheet
from tests.test_walk_planner6_unpublished import printed


def test_a_run_stopped_by_the_budget_without_publish_says_to_publish_once_the_rest_is_in(
    tmp_path: Path,
) -> None:
    sheet = write_sheet(tmp_path / "schedule.csv", [talk(n) for n in range(1, 21)])
    report = Sandbox(daily_budget=12).run(sheet)
    note = (f"Not published (no --publish): the run stopped for the daily request budget; "
            f"what it changed is in the sandbox, not in Builder; in Guidebook it would reach "
            f"attendees' apps once the guide is published, best once the rest is in: give the "
            f"run that finishes the job --publish, "
            f"or then run: gbimport publish {sheet} --guide 1 --api-url {BASE_URL}.")
    assert (report.halted, report.counts["created"] > 0) == ("budget", True)
    assert (report.unpublished_note, printed(report)[-1]) == (note, note)
    assert (report.to_json()["published"], report.to_json()["publish_note"]) == (None, None)
