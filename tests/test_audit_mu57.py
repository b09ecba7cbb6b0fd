"""What the newest nightly notes do at their edges: a copy made in Builder of a session of a
sheet whose mapping gives no import_id_prefix. Invented data."""

from __future__ import annotations

from pathlib import Path

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
                "id 1, with the same import id, title and start (copied in Builder, most "
                "likely), so the app shows the talk twice; delete the copy in Builder, or run "
                "with --prune, which deletes it")

    assert nights == [[note(3)], [], [note(4)]]
