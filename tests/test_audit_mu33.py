"""leave_out, pinned where changing it left the earlier tests passing: the states and status
headers draft-mapping knows, the notes and the prune stop on rows marked out alongside rows
gone, the section-heading count without the rows marked out, and a marked row's own errors."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from importer.draft import draft_mapping
from importer.errors import UnsafeOperationError
from importer.validate import validate_file
from tests.support import talk
from tests.test_leave_out import (
    MAPPING,
    issue_table,
    sandbox_with,
    validate_speakers_session_marked_out,
    write_mapping,
    write_talks,
)


def write_rows(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    return path


def cfp_sheet(tmp_path: Path, status_header: str, states: list[str]) -> Path:
    return write_rows(tmp_path / "cfp.csv", [
        ["Session Title", "Date", "Time Start", "Time End", "Room", status_header],
        *([f"Talk {n}", "5/11/2027", f"{9 + n}:00", f"{9 + n}:45", "Hall", state]
          for n, state in enumerate(states))])


def test_the_draft_knows_each_spelling_of_a_state_that_leaves_a_row_out(
        tmp_path: Path) -> None:
    """American 'Canceled', French and Spanish states, 'declined', and a cell an export
    left a space after: each is drafted as the sheet spells it, stripped."""
    sheet = cfp_sheet(tmp_path, "Status", ["confirmed", "Canceled ", "Annulée", "declined",
                                           "Rechazada", "withdrawn"])
    assert draft_mapping(sheet).leave_out == (
        "Status", ["Canceled", "Annulée", "declined", "Rechazada", "withdrawn"])


def test_the_draft_reads_a_pretalx_proposal_state_column(tmp_path: Path) -> None:
    sheet = cfp_sheet(tmp_path, "Proposal state", ["accepted", "rejected", "accepted"])
    assert draft_mapping(sheet).leave_out == ("Proposal state", ["rejected"])


def test_rows_marked_out_beside_rows_gone_are_told_apart_and_the_prune_stop_says_both(
        tmp_path: Path) -> None:
    """T005 and T006 marked out, T007's row deleted: the note, the once-told note and the
    10% stop each name both causes."""
    sandbox = sandbox_with(tmp_path)
    sheet = tmp_path / "s.csv"
    talks = [talk(n, Status="Confirmed") for n in range(1, 21)]
    sandbox.run(write_talks(sheet, talks))
    talks[4]["Status"] = talks[5]["Status"] = "withdrawn"
    del talks[6]
    report = sandbox.run(write_talks(sheet, talks))
    assert [note for note in report.notes if "T005" in note] == [
        "3 sessions are in the guide with this sheet's ids but no longer in the sheet, or in "
        "rows marked out by leave_out: 'Talk number 5' (sheet:T005, row 6), 'Talk number 6' "
        "(sheet:T006, row 7), 'Talk number 7' (sheet:T007); they stay unless you run with "
        "--prune"]
    assert report.notes_to_act_on == [
        "'Talk number 5' (sheet:T005, row 6), 'Talk number 6' (sheet:T006, row 7), "
        "'Talk number 7' (sheet:T007) are no longer in the sheet or marked out in it "
        "(leave_out), but their sessions stay in the app: delete them with a run given "
        "--prune (or in the sandbox); later runs list such sessions in the summary file alone"]
    with pytest.raises(UnsafeOperationError) as caught:
        sandbox.run(sheet, prune=True)
    assert str(caught.value).startswith(
        "--prune would delete 3 of the guide's 20 sessions (over 10%, 2 of them in rows marked "
        "out by leave_out): 'Talk number 5' (sheet:T005, row 6), 'Talk number 6' "
        "(sheet:T006, row 7), "
        "'Talk number 7' (sheet:T007); check the sheet and the mapping's import_id prefix and "
        "leave_out values (gbimport plan --prune lists them all).")


def test_two_rows_marked_out_are_named_in_rows_marked_out(tmp_path: Path) -> None:
    sandbox = sandbox_with(tmp_path)
    sheet = tmp_path / "s.csv"
    talks = [talk(n) for n in range(1, 21)]
    sandbox.run(write_talks(sheet, talks))
    talks[0]["Status"] = talks[1]["Status"] = "Rejected"
    report = sandbox.run(write_talks(sheet, talks))
    assert [note for note in report.notes if "T001" in note] == [
        "2 sessions are in the guide with this sheet's ids in rows marked out by leave_out: "
        "'Talk number 1' (sheet:T001, row 2), 'Talk number 2' (sheet:T002, row 3); they stay "
        "unless you run with --prune"]


def test_one_cell_rows_outnumbering_the_sessions_left_are_no_headings(tmp_path: Path) -> None:
    """Two one-cell rows, one session and a row marked out: of the three rows counted, the
    one-cell rows are the most, so the sheet reads as misread and they are no headings."""
    sheet = write_talks(tmp_path / "s.csv", [
        {"Session Title": "Day 1"}, talk(1), {"Session Title": "Day 2"},
        talk(2, Status="cancelled")])
    table = issue_table(sheet, write_mapping(tmp_path))
    assert "section-heading" not in {code for _, _, _, code, _ in table}
    assert (2, "Date", None, "missing-required", "error") in table
    assert table[-1] == (5, "Status", "cancelled", "left-out", "warning")


def test_a_row_marked_out_is_told_only_that_whatever_its_other_cells_hold(
        tmp_path: Path) -> None:
    """A cancelled talk's row is not fixed by its planner: a date that is no date, a start
    that is no time and a blank id among rows with ids would each be an error on a live row,
    and none is told on a row marked out, which sends nothing."""
    sheet = write_talks(tmp_path / "s.csv", [
        talk(1),
        talk(2, **{"Date": "5/32/2027", "Time Start": "soon", "Session ID": "",
                   "Status": "Cancelled"}),
        talk(3)])
    report = validate_file(sheet, mapping=write_mapping(tmp_path), timezone="UTC")
    assert [(i.row, i.column, i.code) for i in report.issues] == [(3, "Status", "left-out")]
    assert [(row["row"], row["status"]) for row in report.to_json()["rows"]] == [
        (2, "ok"), (3, "skipped"), (4, "ok")]


def test_a_days_first_row_marked_out_still_gives_its_date_to_the_rows_under_it(
        tmp_path: Path) -> None:
    """With fill_down, a day's date is typed on its first row alone: that talk cancelled,
    the talks under it are still on that day."""
    sheet = write_talks(tmp_path / "s.csv", [
        talk(1), talk(2, Date="5/12/2027", Status="Cancelled"), talk(3, Date=""),
        talk(4, Date="")])
    mapping = write_mapping(tmp_path, 'fill_down = ["Date"]\n' + MAPPING)
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert [(p.import_id, p.start_time.date().isoformat()) for p in report.payloads] == [
        ("sheet:T001", "2027-05-11"), ("sheet:T003", "2027-05-12"),
        ("sheet:T004", "2027-05-12")]


def test_a_co_presenters_row_marked_out_by_its_own_cell_is_told_that_cell(
        tmp_path: Path) -> None:
    """An export that writes the state on every speaker's row: the co-presenter's warning
    quotes its own cell, as any row's does, rather than pointing at the session's row."""
    report = validate_speakers_session_marked_out(tmp_path, co_presenter_status="cancelled")
    assert [(i.row, i.column, i.value, i.code) for i in report.issues] == [
        (2, "Status", "Cancelled", "left-out"), (3, "Status", "cancelled", "left-out")]
    assert [p.import_id for p in report.payloads] == ["sz:102"]
