"""Inputs a fourth fuzzer found, over a sheet of several tabs with ids edited in it and
sessions edited in Builder between runs: each row keeps its own session, and a second run
sends nothing."""

from __future__ import annotations

from pathlib import Path

from tests.support import Sandbox, talk, write_sheet
from tests.test_builder_renames import _builder


def test_a_talk_given_a_new_id_then_retitled_in_builder_keeps_its_own_session(
    tmp_path: Path,
) -> None:
    """A talk given a new id in the sheet is made anew, its old session left under the old
    id; a colleague then fixed the new session's title in Builder. The next run took the
    old session for the row's (its title and start) as if the two ids were swapped in
    Builder, and left the row's own session, at the talk's time and in its room, as
    'another talk' that --prune never deletes: the app showed the talk twice for good. The
    row now puts its title back on its own session, and --prune deletes the old one."""
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "s.csv", [talk(1), talk(2)])
    sandbox.run(sheet)
    write_sheet(sheet, [talk(1, **{"Session ID": "T036"}), talk(2)])
    sandbox.run(sheet)
    made = next(s for s in sandbox.sessions() if s["import_id"] == "sheet:T036")
    _builder(sandbox, "PATCH", f"sessions/{made['id']}/", {"name": "Talk number 1 (typo fixed)"})

    night = sandbox.run(sheet)
    pruned = sandbox.run(sheet, prune=True, force=True)
    writes_before = sandbox.writes()
    quiet = sandbox.run(sheet, prune=True)

    assert [(o.row, o.import_id, o.action, o.message) for o in night.outcomes] == [
        (2, "sheet:T036", "updated", "changed: name"), (3, "sheet:T002", "unchanged", "")]
    assert [(o.import_id, o.action) for o in pruned.outcomes] == [
        ("sheet:T036", "unchanged"), ("sheet:T002", "unchanged"), ("sheet:T001", "deleted")]
    assert sorted((s["id"], s["import_id"], s["name"]) for s in sandbox.sessions()) == [
        (2, "sheet:T002", "Talk number 2"), (made["id"], "sheet:T036", "Talk number 1")]
    assert ([o.action for o in quiet.outcomes], sandbox.writes() - writes_before) == (
        ["unchanged", "unchanged"], {})
