"""A session a colleague made in Builder under the sheet's prefix, deleted by a run given
--prune: the report's row says why as the note does, for someone reading it later."""

from __future__ import annotations

from pathlib import Path

from tests.support import Sandbox, talk, write_sheet
from tests.test_walk_builder_edits3_made_by_hand import LIGHTNING


def test_a_session_made_by_hand_and_pruned_is_not_said_to_have_left_the_sheet(
    tmp_path: Path,
) -> None:
    """Its deleted row said 'not in the sheet' while the note said it never was in the
    sheet, made by hand in Builder: the row now says the note's words."""
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "s.csv", [talk(1), talk(2), talk(3)])
    sandbox.run(sheet)
    sandbox.post_session(LIGHTNING)

    report = sandbox.run(sheet, prune=True)

    assert [(o.import_id, o.action, o.message) for o in report.outcomes
            if o.action == "deleted"] == [
        ("sheet:LT1", "deleted", "made since the last run (by hand in the sandbox most likely): "
                                 "not in the guide after the last run, and in no row")]
    assert any("--prune deletes 1 session with this sheet's import id prefix" in note
               for note in report.notes)
