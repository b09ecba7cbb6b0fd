"""Sessions deleted in Builder since the last run: what a run's record of the sessions in
the guide must leave out (a --prune's deletes, a create that failed, an id taken over) and
must keep (an id a take-over gave), and a state file whose lists are damaged; and the
draft's headings of a speaker's affiliation and of a planner's notes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from importer.draft import draft_mapping
from importer.images import SavedState
from importer.runner import run_import
from tests.support import BASE_URL, HEADER, Sandbox, talk, write_sheet
from tests.test_deleted_since_last_run import RefusingCreates, delete_in_builder, deleted_notes
from tests.test_draft_people_notes_kinds import sheet_with


def in_guide(tmp_path: Path) -> frozenset[str]:
    return SavedState(tmp_path / ".gbimport-state.json", 1, BASE_URL).in_guide()


def test_a_session_the_run_pruned_is_no_session_deleted_in_builder(tmp_path: Path) -> None:
    """A row taken out and pruned, then put back, is a plain create: the run deleted it."""
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "s.csv", [talk(1), talk(2), talk(3)])
    sandbox.run(sheet)
    write_sheet(sheet, [talk(1), talk(3)])
    pruned = sandbox.run(sheet, prune=True, force=True)
    write_sheet(sheet, [talk(1), talk(2), talk(3)])
    back = sandbox.run(sheet)
    assert (pruned.counts["deleted"], back.counts["created"], deleted_notes(back.notes)) == (
        1, 1, [])


def test_a_new_row_whose_create_failed_is_no_session_deleted_in_builder(
    tmp_path: Path,
) -> None:
    """A row new to the sheet whose create was refused was never in the guide."""
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "s.csv", [talk(1)])
    sandbox.run(sheet)
    write_sheet(sheet, [talk(1), talk(2)])
    failed = run_import(sheet, sandbox.settings, transport=RefusingCreates(sandbox))
    made = sandbox.run(sheet)
    assert (failed.counts["failed"], made.counts["created"], deleted_notes(made.notes)) == (
        1, 1, [])


def test_a_taken_over_session_is_held_by_its_new_id_alone(tmp_path: Path) -> None:
    """A sheet gaining its id column takes its sessions over (their import_id patched): the
    record holds the new ids, not the derived ones, and a session then deleted in Builder is
    told of by its new id."""
    sandbox = Sandbox()
    sheet = tmp_path / "s.csv"
    without_ids = [h for h in HEADER if h != "Session ID"]
    rows = [talk(1), talk(2)]
    sheet.write_text(",".join(without_ids) + "\n" + "".join(
        ",".join(f'"{row[h]}"' for h in without_ids) + "\n" for row in rows), encoding="utf-8")
    sandbox.run(sheet)
    derived = in_guide(tmp_path)
    write_sheet(sheet, rows)
    took = sandbox.run(sheet)
    held = in_guide(tmp_path)
    delete_in_builder(sandbox, "sheet:T002")
    again = sandbox.run(sheet)
    assert (len(derived), took.counts["updated"], held) == (
        2, 2, {"sheet:T001", "sheet:T002"})
    assert [note.split(":")[0] for note in deleted_notes(again.notes)] == [
        "1 of this sheet's sessions was in the guide after the last run and is gone from it "
        "now (deleted in the sandbox, most likely)"]


def test_lists_of_ids_that_are_no_lists_are_read_as_empty(tmp_path: Path) -> None:
    """A hand-edited state file with a number or a string where a list of ids belongs."""
    path = tmp_path / "state.json"
    path.write_text(json.dumps({"1": {"images": {}, "in_guide": 7,
                                      "left_told": "sheet:T001"}}), encoding="utf-8")
    state = SavedState(path, 1)
    assert (state.in_guide(), state.left_told()) == (frozenset(), frozenset())


def test_two_remarks_columns_are_named_together_in_the_plural(tmp_path: Path) -> None:
    sheet = sheet_with(tmp_path, ["Speaker", "Notes", "Comments"],
                       [["Ana Ruiz", "bring the adapter", "late"], ["Bo Li", "", ""]])
    assert ("# 'Notes' and 'Comments' are not offered to the description: a planner's notes "
            "are often for the team alone. To show them in the app, add them to add_columns "
            "under [fields.description]\n") in draft_mapping(sheet).text


@pytest.mark.parametrize("header", ["note", "Comment", "Remark", "Anmerkungen"])
def test_each_remarks_heading_is_left_out_with_a_word(tmp_path: Path, header: str) -> None:
    sheet = sheet_with(tmp_path, ["Speaker", header], [["Ana Ruiz", "x"], ["Bo Li", "y"]])
    assert f"# {header!r} is not offered to the description" in draft_mapping(sheet).text


@pytest.mark.parametrize("header", ["Affiliations", "Institute", "Speaker affiliation"])
def test_each_affiliation_heading_is_offered_beside_a_speaker(tmp_path: Path,
                                                              header: str) -> None:
    sheet = sheet_with(tmp_path, ["Speaker", header], [["Ana Ruiz", "MIT"], ["Bo Li", "ETH"]])
    assert f'# add_columns = ["Speaker", "{header}"]\n' in draft_mapping(sheet).text


def test_an_organisation_named_for_no_speaker_is_not_offered_as_an_affiliation(
    tmp_path: Path,
) -> None:
    """A 'Sponsor Company' pays for the session: it is no speaker's affiliation."""
    sheet = sheet_with(tmp_path, ["Speaker", "Sponsor Company"],
                       [["Ana Ruiz", "MIT"], ["Bo Li", "ETH"]])
    assert '# add_columns = ["Speaker"]\n' in draft_mapping(sheet).text


def test_a_sheet_without_a_prefix_keeps_another_sheets_sessions_deleted_since(
    tmp_path: Path,
) -> None:
    """A second sheet into the guide whose mapping gives no prefix replaced the whole record
    with what it found: the first sheet's session deleted in Builder before it ran was then
    made again by the first sheet's run without a word."""
    template = Path(__file__).parent.parent / "mappings" / "guidebook-template.toml"
    mapping = tmp_path / "no-prefix.toml"
    mapping.write_text(template.read_text(encoding="utf-8").replace(
        'import_id_prefix = "sheet:"', 'import_id_prefix = ""'), encoding="utf-8")
    sandbox = Sandbox()
    first = write_sheet(tmp_path / "day1.csv", [talk(1), talk(2)])
    sandbox.run(first)
    delete_in_builder(sandbox, "sheet:T002")
    with_prefix = sandbox.settings
    sandbox.settings = with_prefix.model_copy(update={"mapping": str(mapping)})
    second = sandbox.run(write_sheet(tmp_path / "day2.csv", [talk(5)]), force=True)
    sandbox.settings = with_prefix
    again = sandbox.run(first)
    assert (second.counts["created"], deleted_notes(second.notes)) == (1, [])
    assert (again.counts["created"], deleted_notes(again.notes)) == (1, [
        "1 of this sheet's sessions was in the guide after the last run and is gone from it "
        "now (deleted in the sandbox, most likely): 'Talk number 2' (row 3); it is made again "
        "from its row. To remove a session for good, delete its row from the sheet; it is made "
        "again from the sheet otherwise"])
