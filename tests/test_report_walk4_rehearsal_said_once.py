"""A run with --publish at the sandbox printed 'Sent to <address> (a sandbox on the computer
that ran it: a rehearsal, which changed nothing in Guidebook).' and, a few lines down,
'Published guide 1 (1 request) at <address> (a sandbox ...: a rehearsal, ...).' (the demo
after its own 'Sandbox API at <address>'): the same words twice. The publish line now says
it alone; a run there not published keeps the 'Sent to' line."""

from __future__ import annotations

from pathlib import Path

from tests.support import AT_SANDBOX, REHEARSAL, Sandbox, talk, write_sheet
from tests.test_walk_planner6_unpublished import printed


def test_a_published_rehearsal_says_so_once(tmp_path: Path) -> None:
    sandbox = Sandbox()
    sandbox.settings = sandbox.settings.model_copy(update={"publish": True})
    report = sandbox.run(write_sheet(tmp_path / "talks.csv", [talk(1), talk(2)]))
    lines = printed(report)
    assert [text for text in lines if REHEARSAL in text] == [
        f"Published guide 1 (1 request) {AT_SANDBOX}."]
    assert lines[-1] == f"Published guide 1 (1 request) {AT_SANDBOX}."
