"""What the newest nightly notes do at their edges: a copy made in Builder of a session of a
sheet whose mapping gives no import_id_prefix; the state file saved by a run that has let
go of the guide's lock. Invented data."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.errors import ConfigError
from importer.images import SavedState
from importer.runner import one_run_at_a_time
from tests.support import Sandbox, talk, write_sheet

COPIED = ("guide", "name", "start_time", "end_time", "import_id", "locations")


def own_mapping(folder: Path) -> Path:
    """The template's mapping as a planner's own, without an import_id_prefix (the sheet's
    ids go to Guidebook as they are)."""
    text = (Path(__file__).parent.parent / "mappings" / "guidebook-template.toml").read_text(
        encoding="utf-8")
    text = text.replace('import_id_prefix = "sheet:"', "").replace(
        'name = "guidebook-template"', 'name = "own"')
    mapping = folder / "own.toml"
    mapping.write_text(text, encoding="utf-8")
    return mapping


def test_a_copy_is_told_once_when_the_mapping_has_no_import_id_prefix(tmp_path: Path) -> None:
    """The quiet mail tells of the copy the night it is found and not the nights after, as
    it does with a prefix; the copy deleted in Builder and made again is told again."""
    sandbox = Sandbox()
    sandbox.settings = sandbox.settings.model_copy(update={"mapping": str(own_mapping(tmp_path))})
    sheet = write_sheet(tmp_path / "s.csv", [talk(1), talk(2)])
    sandbox.run_in_order(sheet)
    original = next(s for s in sandbox.sessions() if s["import_id"] == "T001")
    sandbox.post_session({key: original[key] for key in COPIED})

    nights = [sandbox.run(sheet).notes_to_act_on for _ in range(2)]
    sandbox.run(sheet, prune=True, force=True)  # the copy deleted, as in Builder
    sandbox.post_session({key: original[key] for key in COPIED})
    nights += [sandbox.run(sheet).notes_to_act_on]

    def note(copy: int) -> str:
        return (f"the guide holds a copy of 'Talk number 1' (T001, row 2): id {copy} beside "
                "id 1, with the same import id, title and start (copied in the sandbox, most "
                "likely), so the app shows the talk twice; delete the copy in the sandbox, or run "
                "with --prune, which deletes it")

    assert nights == [[note(3)], [], [note(4)]]


def test_a_run_saves_the_state_file_only_while_it_holds_the_guides_lock(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A plan records its reads, and the next run reads the file, once the lock is free: a
    save of the run's after that (the sessions left and copies told, the guide's names) was
    written over by a plan that had read the file before it, or missed by the next run,
    which told the same notes again."""
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "s.csv", [talk(1), talk(2)])
    sandbox.run_in_order(sheet)
    original = next(s for s in sandbox.sessions() if s["import_id"] == "sheet:T001")
    sandbox.post_session({key: original[key] for key in COPIED})  # a copy, told and kept
    save, held = SavedState.save, list[bool]()

    def saving(state: SavedState) -> None:
        try:
            with one_run_at_a_time(sandbox.settings.api_url, 1):
                held.append(False)
        except ConfigError:
            held.append(True)
        save(state)

    monkeypatch.setattr(SavedState, "save", saving)
    sandbox.run(sheet)
    assert held and all(held), held
