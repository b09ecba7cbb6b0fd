"""A session's import id changed in Builder, and a draft of a programme whose times column
heads each day with a row: what the planner is told."""

from __future__ import annotations

from pathlib import Path

from importer.draft import draft_mapping
from importer.runner import plan_import
from tests.support import Sandbox, talk, write_sheet
from tests.test_validate import write_csv
from tests.test_walk_builder_edits2 import change_import_id_in_builder


def test_a_session_whose_id_was_changed_is_not_said_to_be_deleted_with_prune(
        tmp_path: Path) -> None:
    """The note a quiet run mails said the talk was no longer in the sheet and to delete it
    with --prune, beside the note saying how to keep it: pruning lost it from attendees'
    schedules. Only the note on the id changed is left."""
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "s.csv", [talk(1), talk(2), talk(3)])
    sandbox.run(sheet)
    change_import_id_in_builder(sandbox, "sheet:T002", "sheet:T002-old")

    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport())

    assert [note.split(" (")[0] for note in plan.notes_to_act_on] == [
        "1 of this sheet's sessions has another import id in the guide than after the last run"]


def test_the_note_on_several_ids_changed_speaks_of_them_all(tmp_path: Path) -> None:
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "s.csv", [talk(n) for n in range(1, 8)])
    sandbox.run(sheet)
    for n in range(1, 7):
        change_import_id_in_builder(sandbox, f"sheet:T00{n}", f"sheet:T00{n}-old")

    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport())

    note = next(note for note in plan.notes_to_act_on if "another import id" in note)
    assert note.split("and 1 more; ")[1] == (
        "their rows no longer find them, so their sessions are made again beside them (the "
        "app shows both, unless --prune deletes the old: attendees then lose them from their "
        "schedules). To keep the old ones, set their import ids back in the sandbox, deleting "
        "first the ones a run made again, if any")


def _day(heading: str, minute: int) -> list[list[str]]:
    return [[heading, ""]] + [[f"{8 + n}:{minute:02d} - {8 + n}:{minute + 20:02d}", f"Talk {n}"]
                              for n in range(10)]


def _comments(tmp_path: Path, rows: list[list[str]]) -> list[str]:
    draft = draft_mapping(write_csv(tmp_path, ["Time", "Session"], rows, name="p.csv")).text
    return [line for line in draft.splitlines() if line.startswith("# ")]


def test_day_number_headings_ask_for_a_date_column_not_one_date(tmp_path: Path) -> None:
    """'Day 1' and 'Day 2' heading each day's rows got 'date = ...' for a programme of one
    day, which puts every session on the first day, and were asked for an end."""
    comments = _comments(tmp_path, _day("Day 1", 0) + _day("Day 2", 5))
    assert [line.split(": date =")[0] for line in comments if "one day" in line] == [
        "# no column holds the date, and rows in 'Time' head each day's sessions ('Day 1', "
        "'Day 2')"]
    assert not [line for line in comments if "with their end too" in line]


def test_day_number_headings_with_their_dates_ask_for_a_date_column(tmp_path: Path) -> None:
    """The date in brackets was taken off with a venue's name, leaving 'Day 1' unread."""
    comments = _comments(tmp_path, _day("Day 1 (1 December 2022)", 0)
                         + _day("Day 2 (2 December 2022)", 5))
    assert [line.split(": date =")[0] for line in comments if "one day" in line] == [
        "# no column holds the date, and rows in 'Time' head each day's sessions ('Day 1 "
        "(1 December 2022)', 'Day 2 (2 December 2022)')"]


def test_a_one_day_programme_under_a_day_heading_keeps_its_one_date(tmp_path: Path) -> None:
    comments = _comments(tmp_path, _day("Day 1", 0))
    assert any("For a programme of one day, give its date" in line for line in comments)
