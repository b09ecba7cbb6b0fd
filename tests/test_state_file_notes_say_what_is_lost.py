"""The notes on a state file the run could not write, or found damaged, say what the next run
loses by what the file held and why it could not be read: the words a person acts on."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from importer.images import SavedState
from tests.support import unwritable

FIX = "let the run write in that folder, or set state_file in gbimport.toml"


def _unwritable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                held: dict[str, object]) -> SavedState:
    """A state file holding `held` for guide 1 (and guide 2's images), in a folder where its
    copy cannot be made."""
    path = tmp_path / "state.json"
    path.write_text(json.dumps({"1": held, "2": {"images": {"sheet:T9": "abc"}}}),
                    encoding="utf-8")
    unwritable(monkeypatch, tmp_path)
    return SavedState(path, 1)


def test_a_file_holding_all_four_records_names_each_loss_in_one_list(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    state = _unwritable(tmp_path, monkeypatch, {
        "images": {"sheet:T001": "abc"}, "unpublished": True, "left_told": ["sheet:T002"],
        "spent": [[datetime.now(UTC).isoformat(), 3]]})
    state.save()
    assert state.unsaved_note() == [
        f"the state file {state.path} could not be written (Permission denied): the next run may "
        "send images again, not know of changes left unpublished, tell again of sessions left "
        f"in the guide and not count this run's requests against the daily budget; {FIX}"]


def test_a_file_holding_sessions_told_of_alone_says_they_are_told_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    state = _unwritable(tmp_path, monkeypatch, {"images": {}, "left_told": ["sheet:T002"]})
    state.save()
    assert state.unsaved_note() == [
        f"the state file {state.path} could not be written (Permission denied): the next run may "
        f"tell again of sessions left in the guide; {FIX}"]


def test_a_file_holding_nothing_of_this_guide_says_what_a_file_is_for(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A publish clearing what an earlier run left unpublished, in a file of another guide's
    images only: the first words the note had, as nothing names a loss of its own."""
    state = _unwritable(tmp_path, monkeypatch, {"images": {}, "unpublished": True})
    state.unpublished = False
    state.save()
    assert state.unsaved_note() == [
        f"the state file {state.path} could not be written (Permission denied): the next run may "
        f"send images again and not know of changes left unpublished; {FIX}"]


def test_a_damaged_file_names_the_line_it_breaks_on(tmp_path: Path) -> None:
    """A file edited by hand and left with a stray comma: the line to look at, as a text
    editor counts it."""
    path = tmp_path / "state.json"
    path.write_text('{\n "1": {\n  "images": {},\n }\n}\n', encoding="utf-8")
    assert SavedState(path, 1).unreadable == "not JSON, at line 4"


def test_a_folder_where_the_file_should_be_is_said_as_the_system_says_it(
        tmp_path: Path) -> None:
    """Not read, and the run goes on: the reason is the system's words, not a class name."""
    path = tmp_path / "state.json"
    path.mkdir()
    state = SavedState(path, 1)
    assert (state.sent("sheet:T001"), state.unreadable) == (None, "Is a directory")
