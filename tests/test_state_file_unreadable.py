"""A state file found damaged (edited by hand, cut short by a full disk) is taken as empty, so
a nightly run still starts; but what it remembered is lost: images are sent again, a publish
an earlier run left owing is not made, and the budget line counts no earlier run. The run
that finds it says so, once, also under --quiet; the file it writes anew is read again."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.images import SavedState
from tests.support import Sandbox, talk, write_sheet


@pytest.mark.parametrize(("content", "why"), [
    ('{"1": {"images": {', "not JSON, at line 1"),
    ("[1, 2]", "not a record of guides"),
    (b"\xff\xfe{\x00", "not UTF-8 text"),
])
def test_a_damaged_state_file_is_read_as_empty_and_says_why(
        tmp_path: Path, content: str | bytes, why: str) -> None:
    path = tmp_path / ".gbimport-state.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    state = SavedState(path, 1)
    assert (state.sent("sheet:T001"), state.unreadable) == (None, why)
    assert state.unreadable_note() == [
        f"the state file {path} could not be read ({why}) and was taken as empty: images may "
        "be sent again, a publish an earlier run left owing is not made, and earlier runs' "
        "requests are not counted; a run writes it anew"]


@pytest.mark.parametrize("content", [None, '{"1": {"images": {}}}', "{}"])
def test_a_missing_or_sound_state_file_has_no_note(tmp_path: Path, content: str | None) -> None:
    path = tmp_path / ".gbimport-state.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    assert SavedState(path, 1).unreadable_note() == []


def test_the_run_that_finds_a_damaged_state_file_says_so_once(tmp_path: Path) -> None:
    """A quiet night printed nothing of it: the publish owed and the budget record were lost
    without a word. The run rewrites the file, so the next night is silent again."""
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1), talk(2)])
    state = tmp_path / ".gbimport-state.json"
    state.write_text('{"1": {"unpublished": tru', encoding="utf-8")

    reports = [sandbox.run(sheet), sandbox.run(sheet)]

    damaged = (f"the state file {state} could not be read (not JSON, at line 1) and was taken "
               "as empty: images may be sent again, a publish an earlier run left owing is not "
               "made, and earlier runs' requests are not counted; a run writes it anew")
    assert [(r.exit_code, r.notes_to_act_on, r.notes.count(damaged)) for r in reports] == [
        (0, [damaged], 1), (0, [], 0)]
