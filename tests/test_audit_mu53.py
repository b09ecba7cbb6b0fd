"""An end time column holding 'TBC' beside a start (Start 9:00, End TBC): the end is not
confirmed yet, as in a range's `9:00 - TBC`. Where the mapping gives a start alone its end
(until_next, minutes) the session is sent with that end and an end-not-confirmed warning, as
the range's is; without, it is refused saying what to write, not advising blank_values to
send it as an all-day session (a blank end beside a start is refused as missing).

Two sessions' ids swapped in Builder, then one of the two talks marked out by leave_out
('Cancelled'): the other row takes its own session back, and the marked-out row's line no
longer names that session as the one it leaves in the app."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from importer.runner import plan_import
from importer.validate import validate_file
from tests.support import Sandbox, talk
from tests.test_audit_mu52 import swap_in_builder
from tests.test_duplicate_in_guide import guide, outcomes
from tests.test_festival_small_hours import at
from tests.test_leave_out import write_mapping, write_talks

ROWS = ("A,5/14/2027,9:00,TBC,R\n"
        "B,5/14/2027,10:30,11:00,R\n"
        "C,5/14/2027,11:00,to be confirmed,R\n"
        "D,5/14/2027,TBD,TBD,R\n")


Issue = tuple[int | None, str, str, str]
Sent = tuple[str, dt.datetime, dt.datetime]


def _issues_and_sent(tmp_path: Path, end: str) -> tuple[list[Issue], list[Sent]]:
    sheet = tmp_path / "talks.csv"
    sheet.write_text("Title,Day,Start,End,Room\n" + ROWS, encoding="utf-8")
    mapping = tmp_path / "talks.toml"
    mapping.write_text('name = "talks"\n[fields.name]\ncolumn = "Title"\n[fields.start]\n'
                       'date_column = "Day"\ntime_column = "Start"\n[fields.end]\n'
                       f'time_column = "End"\n{end}\n[fields.locations]\ncolumn = "Room"\n',
                       encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    return ([(i.row, i.code, i.severity, i.message) for i in report.issues if i.row],
            [(p.name, p.start_time, p.end_time) for p in report.payloads])


def _warning(row: int, cell: str, sent: str) -> Issue:
    return (row, "end-not-confirmed", "warning",
            f"Row {row}: 'End' has {cell!r}, an end not confirmed yet: the session is sent "
            f"{sent} until its end is written in, like 10:30.")


NOT_FIXED = ("a time not fixed yet: write the time once the session has one, or add "
             'blank_values = ["TBD"] to the mapping to send it meanwhile as an all-day session '
             "on its date.")
BOTH_TBD = [(5, "bad-time", "error", f"Row 5: 'Start' has 'TBD', {NOT_FIXED}"),
            (5, "bad-time", "error", f"Row 5: 'End' has 'TBD', {NOT_FIXED}")]


def test_with_until_next_an_end_column_to_be_confirmed_ends_at_the_next_start(
        tmp_path: Path) -> None:
    issues, sent = _issues_and_sent(tmp_path, "until_next = true\nlast_minutes = 30")
    until_next = "ending as the next session starts (until_next under [fields.end])"
    assert issues == [_warning(2, "TBC", until_next), _warning(4, "to be confirmed", until_next),
                      *BOTH_TBD]
    assert sent == [("A", at(14, 9), at(14, 10, 30)), ("B", at(14, 10, 30), at(14, 11)),
                    ("C", at(14, 11), at(14, 11, 30))]


def test_with_minutes_an_end_column_to_be_confirmed_takes_the_mappings_length(
        tmp_path: Path) -> None:
    issues, sent = _issues_and_sent(tmp_path, "minutes = 45")
    minutes = "45 minutes long (minutes under [fields.end])"
    assert issues == [_warning(2, "TBC", minutes), _warning(4, "to be confirmed", minutes),
                      *BOTH_TBD]
    assert sent == [("A", at(14, 9), at(14, 9, 45)), ("B", at(14, 10, 30), at(14, 11)),
                    ("C", at(14, 11), at(14, 11, 45))]


def test_without_a_length_an_end_column_to_be_confirmed_says_what_to_write(
        tmp_path: Path) -> None:
    issues, sent = _issues_and_sent(tmp_path, "")
    assert issues == [
        (row, "bad-time", "error",
         f"Row {row}: 'End' has {cell!r}, an end not confirmed yet: write the end once it is "
         "known, like 10:30; or give such sessions a length with minutes = 60 (say) under "
         "[fields.end], or end each as the next session starts with until_next = true there.")
        for row, cell in [(2, "TBC"), (4, "to be confirmed")]] + BOTH_TBD
    assert [name for name, _, _ in sent] == ["B"]


def swapped_then_one_cancelled(tmp_path: Path) -> tuple[Sandbox, Path]:
    """Three talks imported, talk 1's and talk 3's ids then swapped in Builder, and talk 3
    marked out in the sheet (Status 'Cancelled')."""
    sandbox = Sandbox()
    sandbox.settings = sandbox.settings.model_copy(
        update={"mapping": str(write_mapping(tmp_path))})
    sheet = write_talks(tmp_path / "s.csv", [talk(1), talk(2), talk(3)])
    sandbox.run_in_order(sheet)
    swap_in_builder(sandbox, "sheet:T001", "sheet:T003")
    write_talks(sheet, [talk(1), talk(2), talk(3, Status="Cancelled")])
    return sandbox, sheet


def test_a_row_marked_out_after_its_id_was_swapped_names_not_the_session_taken_back(
        tmp_path: Path) -> None:
    """Talk 1's and talk 3's ids swapped in Builder, then talk 3 cancelled in the sheet. Row
    2 takes talk 1's session (id 1) back; the cancelled row's line said it left id 1 in the
    app, 'to find it in Builder': deleting id 1 there deleted talk 1. Its session is under
    talk 1's id now (id 3, which row 2's warning names), so its line names none."""
    sandbox, sheet = swapped_then_one_cancelled(tmp_path)

    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport(), prune=True)
    report = sandbox.run(sheet, prune=True)

    assert [(row["row"], row["action"], row["session_id"])
            for row in plan.to_json()["rows"]] == [
        (2, "update", 1), (3, "unchanged", 2), (4, "skipped", None)]
    assert outcomes(report) == [(2, "updated", 1), (3, "unchanged", 2), (4, "skipped", None)]
    assert guide(sandbox) == [(1, "sheet:T001", "Talk number 1"),
                              (2, "sheet:T002", "Talk number 2"),
                              (3, "sheet:T001", "Talk number 3")]
