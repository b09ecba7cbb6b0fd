"""What a person reading a run's report file sees of the sheet as a whole: which tabs were
read and how many rows each had, and where the run's notes are for the format written."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from openpyxl import load_workbook

from importer.report import ImportReport, RowOutcome, write_report
from importer.runner import run_import
from importer.validate import SheetRead
from tests.support import HEADER, Sandbox, talk, write_sheet
from tests.test_import import RevokedForWrites
from tests.test_report_reading import summary_table


def test_the_summary_tab_counts_each_sheets_rows_as_people_read_numbers(
    tmp_path: Path
) -> None:
    """A migration's tab of 4,000 rows read 'Sessions (4000 rows)' beside counts written
    '4,000'; a tab of one row read '(1 rows)'. Now as the console says them."""
    outcomes = [RowOutcome(row, f"sheet:T{row}", f"Talk {row}", "created", row)
                for row in range(2, 4_003)]
    report = ImportReport("migration.xlsx", 1, outcomes,
                          sheets=[SheetRead("Sessions", 1, 4_000), SheetRead("Late adds", 1, 1)])
    lines = summary_table(write_report(report, tmp_path / "r.xlsx"))
    assert lines[:2] == [("Spreadsheet", "migration.xlsx", "General"),
                         ("Sheets read", "Sessions (4,000 rows), Late adds (1 row)", "General")]


BLOCKED = "not sent: the sheet-wide error ambiguous-date-order blocks every row"
AMBIGUOUS_NOTE = (
    "'Date' has dates that only make sense day-first (e.g. '13/05/2027' on row 3), but the "
    "mapping reads dates month-first, so other dates in this column may be misread too. "
    'Set date_order = "day-first" in the mapping, or write dates as 2027-05-11.')


def a_run_blocked_by_a_sheet_wide_error(tmp_path: Path) -> ImportReport:
    rows = [talk(1, Date="05/11/2027"), talk(2, Date="13/05/2027")]
    report = Sandbox().run(write_sheet(tmp_path / "talks.csv", rows))
    assert report.notes == [AMBIGUOUS_NOTE]
    return report


def test_a_csv_reports_rows_blocked_by_a_sheet_wide_error_name_the_file_with_the_notes(
    tmp_path: Path
) -> None:
    """A CSV report said 'blocks every row (see the notes)' on every line, yet holds no notes:
    they are in the summary beside it, which each line now names. Still one line a row."""
    report = a_run_blocked_by_a_sheet_wide_error(tmp_path)
    path = write_report(report, tmp_path / "nightly.csv")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle))
    see = "(see the notes in nightly.summary.json)"
    assert lines == [
        ["row", "import_id", "name", "action", "session_id", "message"],
        ["2", "sheet:T001", "Talk number 1", "invalid", "", f"{BLOCKED} {see}"],
        ["3", "sheet:T002", "Talk number 2", "invalid", "",
         "bad-date: 'Date' has '13/05/2027', which is not a date: it is only a valid date read "
         "day-first, but the mapping reads month-first; write the date like 5/11/2027 (May 11) "
         f"or 2027-05-11; {BLOCKED} {see}"]]
    summary = json.loads((tmp_path / "nightly.summary.json").read_text(encoding="utf-8"))
    assert (summary["report"], summary["notes"]) == ("nightly.csv", [AMBIGUOUS_NOTE])


def test_an_xlsx_report_sends_the_reader_to_its_summary_tab(tmp_path: Path) -> None:
    report = a_run_blocked_by_a_sheet_wide_error(tmp_path)
    workbook = load_workbook(write_report(report, tmp_path / "nightly.xlsx"))
    messages = [row[5] for row in workbook["Results"].iter_rows(min_row=2, values_only=True)]
    see = "(see the notes on the Summary tab)"
    assert [message.rpartition("; ")[2] for message in messages] == [
        f"{BLOCKED} {see}", f"{BLOCKED} {see}"]
    notes = [value for label, value in workbook["Summary"].iter_rows(values_only=True)
             if label == "Note"]
    assert notes == [AMBIGUOUS_NOTE]


def test_a_json_report_and_the_run_itself_keep_the_notes_beside_the_rows(
    tmp_path: Path
) -> None:
    """A .json report, `run --json` and the console hold the notes with the rows: their
    messages point at them as before."""
    report = a_run_blocked_by_a_sheet_wide_error(tmp_path)
    written = json.loads(write_report(report, tmp_path / "r.json").read_text(encoding="utf-8"))
    assert [row["message"] for row in written["rows"]][:1] == [f"{BLOCKED} (see the notes)"]
    assert written["notes"] == [AMBIGUOUS_NOTE]
    assert report.outcomes[0].message == f"{BLOCKED} (see the notes)"


def test_rows_left_by_a_run_stopped_on_an_error_name_where_the_error_is(
    tmp_path: Path
) -> None:
    """A key revoked mid-run: the rows left read 'the run stopped on an error (see notes)'
    in a CSV with no notes; they now name the summary file holding the error."""
    sandbox = Sandbox()
    rows = [talk(1), talk(2)]
    sandbox.run(write_sheet(tmp_path / "a.csv", rows))
    renamed = [{**row, "Session Title": row["Session Title"] + "!"} for row in rows]
    settings = sandbox.settings.model_copy(update={"concurrency": 1})
    report = run_import(write_sheet(tmp_path / "b.csv", renamed), settings,
                        transport=RevokedForWrites(sandbox.transport()))
    revoked = ("Guidebook rejected the API key (HTTP 401 on PATCH sessions/1/). "
               "Check GUIDEBOOK_API_KEY.")
    assert (report.halted, report.notes) == ("fatal", [revoked])
    path = write_report(report, tmp_path / "r.csv")
    assert path.read_text(encoding="utf-8-sig").splitlines() == [
        "row,import_id,name,action,session_id,message",
        f"2,sheet:T001,Talk number 1!,failed,1,{revoked}",
        "3,sheet:T002,Talk number 2!,deferred,2,not sent: the run stopped on an error "
        "(see the notes in r.summary.json)"]


def test_the_summary_tab_says_which_code_page_a_csv_was_read_in(tmp_path: Path) -> None:
    """A CSV saved by Excel on Windows is read as Windows-1252: the console and the JSON said
    so, with what to do if the letters look wrong; the Summary tab, beside garbled names
    if the guess was wrong, did not. A UTF-8 file adds no line."""
    rows = [talk(1, **{"Session Title": "Café débat"}),
            talk(2, **{"Session Title": "Señor Núñez"})]
    text = io.StringIO()
    writer = csv.DictWriter(text, HEADER)
    writer.writeheader()
    writer.writerows(rows)
    sheet = tmp_path / "talks.csv"
    sheet.write_bytes(text.getvalue().encode("cp1252"))
    report = Sandbox().run(sheet)
    assert (report.encoding, report.counts["created"]) == ("cp1252", 2)
    lines = summary_table(write_report(report, tmp_path / "r.xlsx"))
    assert [label for label, _, _ in lines[:3]] == ["Spreadsheet", "Text read as", "Guide"]
    assert lines[1] == ("Text read as", "Windows-1252, Western: if letters look wrong, save it "
                        "as CSV UTF-8", "General")
    utf8 = summary_table(write_report(Sandbox().run(write_sheet(tmp_path / "u.csv", rows)),
                                      tmp_path / "u.xlsx"))
    assert [label for label, _, _ in utf8[:2]] == ["Spreadsheet", "Guide"]
