"""The requests a run saves as it goes, the note on a room emptied into one the run makes, and
the id headings draft-mapping reads: cases the earlier tests left open."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from importer import cli
from importer.images import SavedState
from importer.report import RowOutcome
from importer.runner import SPENT_SAVE_EVERY, plan_import

from .support import Sandbox, talk, unwritable, write_sheet

ROOM = "Room/Location"


def _spent_entries(state: Path) -> list[list[object]]:
    return [spent for entry in json.loads(state.read_text()).values()
            for spent in entry.get("spent", ())]


def test_a_run_so_far_of_one_request_is_replaced_by_its_next_save(tmp_path: Path) -> None:
    """Every save of a run's requests replaces its last one, however few it had spent."""
    state = SavedState(tmp_path / "state.json", "1")
    now = datetime.now(UTC)
    state.record_spent_so_far(1, now)
    state.record_spent_so_far(5, now + timedelta(seconds=1))
    assert state.spent_since(now + timedelta(seconds=2)) == 5


def test_a_run_of_fewer_rows_than_a_save_counts_its_requests_once(tmp_path: Path) -> None:
    """No save as it goes: the run's requests are on record once, and a second run that day
    stands beside the first."""
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "talks.csv",
                        [talk(n) for n in range(1, SPENT_SAVE_EVERY // 5 + 1)])
    state = tmp_path / ".gbimport-state.json"
    first = sandbox.run(sheet)
    assert [count for _, count in _spent_entries(state)] == [first.requests_spent]
    second = sandbox.run(write_sheet(tmp_path / "talks.csv", [
        talk(n, **{"Session Title": f"Renamed {n}"})
        for n in range(1, SPENT_SAVE_EVERY // 5 + 1)]))
    assert second.counts["updated"] == SPENT_SAVE_EVERY // 5
    assert [count for _, count in _spent_entries(state)] == [
        first.requests_spent, second.requests_spent]


def test_a_state_file_that_cannot_be_written_mid_run_is_noted_once(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The folder turns unwritable after the first row: every row is still sent, and the
    report says once that the budget's record is lost, not at each save that failed."""
    sandbox = Sandbox()
    rows = 2 * SPENT_SAVE_EVERY + 1
    sheet = write_sheet(tmp_path / "talks.csv", [talk(n) for n in range(1, rows + 1)])
    blocked: list[bool] = []

    def progress(outcome: RowOutcome) -> None:
        if not blocked:
            unwritable(monkeypatch, tmp_path)
            blocked.append(True)

    report = sandbox.run(sheet, progress=progress)
    assert report.counts["created"] == rows
    for notes in (report.notes, report.notes_to_act_on):
        unsaved = [note for note in notes if "could not be written" in note]
        assert len(unsaved) == 1
        assert "not count this run's requests against the daily budget" in unsaved[0]


def test_sessions_moved_into_a_made_room_and_a_room_of_the_guide_keep_the_old_note(
        tmp_path: Path) -> None:
    """Half into a room this run makes, half into one the guide has: the sheet did move them,
    and no rename in Builder explains it."""
    sandbox = Sandbox()
    sandbox.run(write_sheet(tmp_path / "a.csv", [
        talk(1, **{ROOM: "Annex"}), talk(2, **{ROOM: "Annex"}), talk(3, **{ROOM: "Hall"})]))
    moved = write_sheet(tmp_path / "b.csv", [
        talk(1, **{ROOM: "New Wing"}), talk(2, **{ROOM: "Hall"}), talk(3, **{ROOM: "Hall"})])
    plan = plan_import(moved, sandbox.settings, transport=sandbox.transport())
    assert plan.locations_to_create == ["New Wing"]
    assert [note for note in plan.notes if "no session uses" in note] == [
        "after this run no session uses the room 'Annex': the sheet moved its sessions "
        "elsewhere; if it is not wanted, delete it in Builder"]


TRACK = "Schedule Track (Optional)"


def _emptied_notes(sandbox: Sandbox, before: Path, after: Path) -> list[str]:
    sandbox.run(before)
    plan = plan_import(after, sandbox.settings, transport=sandbox.transport())
    return [note for note in plan.notes if "no session uses" in note]


def test_a_track_a_session_keeps_is_not_one_it_moves_into(tmp_path: Path) -> None:
    """'Data; Python' to 'Python; Science': the session moved out of 'Data' into 'Science'
    alone, which the run makes; 'Python', which it keeps, does not make it a move by the
    sheet."""
    notes = _emptied_notes(
        Sandbox(),
        write_sheet(tmp_path / "a.csv", [talk(1, **{TRACK: "Data; Python"}),
                                         talk(2, **{TRACK: "Python"})]),
        write_sheet(tmp_path / "b.csv", [talk(1, **{TRACK: "Python; Science"}),
                                         talk(2, **{TRACK: "Python"})]))
    assert len(notes) == 1
    assert notes[0].startswith(
        "after this run no session uses the track 'Data': the sheet puts its sessions in "
        "'Science', which this run makes (a track renamed in Builder")


def test_a_move_between_other_rooms_does_not_hide_the_rooms_made_for_the_emptied_one(
        tmp_path: Path) -> None:
    """'Annex' empties into 'New Wing', made by the run, while another session moves from
    'Hall' to 'Lobby' (both kept): only the moves out of 'Annex' say where its sessions
    went."""
    notes = _emptied_notes(
        Sandbox(),
        write_sheet(tmp_path / "a.csv", [
            talk(1, **{ROOM: "Annex"}), talk(2, **{ROOM: "Hall"}), talk(3, **{ROOM: "Hall"}),
            talk(4, **{ROOM: "Lobby"})]),
        write_sheet(tmp_path / "b.csv", [
            talk(1, **{ROOM: "New Wing"}), talk(2, **{ROOM: "Lobby"}), talk(3, **{ROOM: "Hall"}),
            talk(4, **{ROOM: "Lobby"})]))
    assert len(notes) == 1
    assert notes[0].startswith(
        "after this run no session uses the room 'Annex': the sheet puts its sessions in "
        "'New Wing', which this run makes (a room renamed in Builder")


def test_a_track_the_run_makes_is_not_a_room_it_makes(tmp_path: Path) -> None:
    """Sessions moved from 'Annex' into the guide's room 'Keynote' while the run makes a
    track 'Keynote': the sheet moved them."""
    notes = _emptied_notes(
        Sandbox(),
        write_sheet(tmp_path / "a.csv", [talk(1, **{ROOM: "Annex", TRACK: "Data"}),
                                         talk(2, **{ROOM: "Keynote", TRACK: "Data"})]),
        write_sheet(tmp_path / "b.csv", [talk(1, **{ROOM: "Keynote", TRACK: "Keynote"}),
                                         talk(2, **{ROOM: "Keynote", TRACK: "Data"})]))
    assert notes == [
        "after this run no session uses the room 'Annex': the sheet moved its sessions "
        "elsewhere; if it is not wanted, delete it in Builder"]


def test_sessions_emptied_into_two_made_rooms_name_both_in_order(tmp_path: Path) -> None:
    notes = _emptied_notes(
        Sandbox(),
        write_sheet(tmp_path / "a.csv", [talk(1, **{ROOM: "Annex"}), talk(2, **{ROOM: "Annex"})]),
        write_sheet(tmp_path / "b.csv", [talk(1, **{ROOM: "West Wing"}),
                                         talk(2, **{ROOM: "East Wing"})]))
    assert len(notes) == 1
    assert notes[0].startswith(
        "after this run no session uses the room 'Annex': the sheet puts its sessions in "
        "'East Wing', 'West Wing', which this run makes")


def test_a_command_that_exits_1_with_stdout_open_keeps_its_code(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Exit 1 is "some rows failed": only help whose stdout went away becomes 141."""
    def rows_failed() -> None:
        raise SystemExit(1)

    monkeypatch.setattr(cli, "app", rows_failed)
    with pytest.raises(SystemExit) as done:
        cli.main()
    assert done.value.code == 1
