"""The report as the colleague it is forwarded to reads it, who never saw the command: each
Summary cell says what happened and what to do, in words, beside the code a script reads."""

from __future__ import annotations

import json
from pathlib import Path

from importer.report import ImportReport, write_report
from importer.validate import SheetRead
from tests.support import AT_SANDBOX, Sandbox, talk, write_sheet
from tests.test_report_reading import summary_table


def cells(report: ImportReport, path: Path) -> dict[str, object]:
    """The Summary tab's value by label (the last of a repeated label, as 'Note')."""
    return {label: value for label, value, _ in summary_table(write_report(report, path))}


def a_run_out_of_budget(tmp_path: Path) -> ImportReport:
    """Five talks on a budget of six requests: the reads and a track or two, then no more."""
    report = Sandbox(daily_budget=6).run(
        write_sheet(tmp_path / "talks.csv", [talk(n) for n in range(1, 6)]))
    assert (report.halted, report.counts["deferred"], report.exit_code) == ("budget", 5, 3)
    return report


def test_a_run_stopped_by_the_budget_says_what_stopped_it_and_how_to_go_on(
    tmp_path: Path
) -> None:
    """'Stopped early: budget' told the colleague neither what ran out nor what to do."""
    summary = cells(a_run_out_of_budget(tmp_path), tmp_path / "r.xlsx")
    assert summary["Stopped early"] == (
        "budget: the daily request budget ran out, so the rest was deferred; run the same "
        "command again once the budget resets (within a day): it carries on where this run "
        "stopped, and the rows this run sent cost no write as they are found unchanged")


def test_a_run_that_went_to_the_end_says_it_did_not_stop_early(tmp_path: Path) -> None:
    """An empty cell beside 'Stopped early' could be a value missing; it says 'no'."""
    report = Sandbox().run(write_sheet(tmp_path / "talks.csv", [talk(1)]))
    assert cells(report, tmp_path / "r.xlsx")["Stopped early"] == "no"


def test_the_result_says_what_its_exit_code_means_beside_the_number(tmp_path: Path) -> None:
    """'Result: exit code 3' sent the colleague to `gbimport run --help`; the words are now
    in the cell, and in the summary file beside `exit_code` (a CSV report's only summary)."""
    report = a_run_out_of_budget(tmp_path)
    words = ("exit code 3: some changes were not sent (deferred); run the same command again "
             "later to send them")
    assert cells(report, tmp_path / "r.xlsx")["Result"] == words
    write_report(report, tmp_path / "r.csv")
    summary = json.loads((tmp_path / "r.summary.json").read_text(encoding="utf-8"))
    assert (summary["exit_code"], summary["result"]) == (3, words)


def test_rows_in_error_say_so_in_the_result(tmp_path: Path) -> None:
    report = Sandbox().run(write_sheet(tmp_path / "talks.csv",
                                       [talk(1), talk(2, Date="5/32/2027")]))
    words = "exit code 1: some rows are invalid or failed; each one's message says why"
    assert (cells(report, tmp_path / "r.xlsx")["Result"], report.summary()["result"]) == (
        words, words)


def test_a_csv_sheets_summary_has_no_empty_sheets_line(tmp_path: Path) -> None:
    """'Sheets read' stood empty for a CSV, as if the run had read nothing; the line is left
    out, the file being named on the line above, and a workbook's tabs are still listed."""
    report = Sandbox().run(write_sheet(tmp_path / "talks.csv", [talk(1)]))
    labels = [label for label, _, _ in summary_table(write_report(report, tmp_path / "r.xlsx"))]
    assert labels[:4] == ["Spreadsheet", "Guide", "API", "Started (America/Chicago)"]
    report.sheets = [SheetRead("Day 1", 1, 1)]
    assert cells(report, tmp_path / "w.xlsx")["Sheets read"] == "Day 1 (1 row)"


def test_rows_deferred_by_the_budget_send_the_csvs_reader_to_the_budget_note(
    tmp_path: Path
) -> None:
    """A CSV report's deferred rows said 'run again later' and no more: how much is left, and
    whether one more day does it, was in the summary file no line named."""
    report = a_run_out_of_budget(tmp_path)
    path = write_report(report, tmp_path / "nightly.csv")
    messages = {line.rpartition(",")[2] for line in
                path.read_text(encoding="utf-8-sig").splitlines()[1:]}
    assert messages == {"not sent: the daily request budget is exhausted; run again later to "
                        "continue (see the notes in nightly.summary.json)"}
    summary = json.loads((tmp_path / "nightly.summary.json").read_text(encoding="utf-8"))
    assert summary["notes"] == [
        "daily request budget exhausted; the rest is deferred: 5 changes, about 7 writes more "
        "and the guide's reads (gbimport plan counts them); run the same command again once "
        "the day's budget resets, and it carries on"]


def test_rows_of_a_sheet_with_a_sheet_wide_warning_send_the_csvs_reader_to_it(
    tmp_path: Path
) -> None:
    """A sheet with its id column left empty: every session's id is derived from its title,
    which the notes warn of once; the CSV's lines said nothing, so a reader of the rows file
    alone never learnt that editing a title makes a new session. Each line now names the
    warning and the file holding it; an invalid row keeps its own error first."""
    rows = [talk(1, **{"Session ID": ""}), talk(2, **{"Session ID": ""}, Date="5/32/2027")]
    report = Sandbox().run(write_sheet(tmp_path / "talks.csv", rows))
    assert [note[:48] for note in report.notes] == [
        "The 'Session ID' column is empty, so each sessio"]
    path = write_report(report, tmp_path / "nightly.csv")
    see = "sheet-wide warning derived-import-id (see the notes in nightly.summary.json)"
    assert [line.split(",", 3)[3] for line in
            path.read_text(encoding="utf-8-sig").splitlines()[1:]] == [
        f"created,1,{see}",
        "invalid,,\"bad-date: 'Date' has '5/32/2027', which is not a date: write the date like "
        f"5/11/2027 (May 11) or 2027-05-11; {see}\""]


def test_a_run_not_asked_to_publish_says_so_rather_than_leave_the_cell_empty(
    tmp_path: Path
) -> None:
    """An empty 'Published' cell left the colleague to guess whether attendees see the
    changes; a run with --publish says what it did, as before."""
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1)])
    assert cells(sandbox.run(sheet), tmp_path / "r.xlsx")["Published"] == (
        "not asked to (no --publish): what the run changed is in the sandbox, not in Builder; "
        "in Guidebook it would reach attendees' apps once the guide is published")
    sandbox.settings = sandbox.settings.model_copy(update={"publish": True})
    published = sandbox.run(write_sheet(tmp_path / "talks.csv", [talk(1), talk(2)]))
    assert cells(published, tmp_path / "p.xlsx")["Published"] == (
        f"Published guide 1 (1 request) {AT_SANDBOX}.")
