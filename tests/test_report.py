from __future__ import annotations

import csv
import errno
import json
import os
import zipfile
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from importer.errors import ConfigError
from importer.model import RowIssue
from importer.report import (
    ISSUE_FORMATS,
    REPORT_FORMATS,
    ImportReport,
    RowOutcome,
    neutralise,
    output_path,
    worksheet_text,
    write_issues,
    write_report,
)
from importer.validate import SheetRead, validate_file
from tests.support import HEADER, talk
from tests.test_load import write_xlsx


def make_report(*actions: str, halted: str | None = None) -> ImportReport:
    outcomes = [
        RowOutcome(index + 4, f"sheet:S{index}", f"Talk {index}", action, None, "")  # type: ignore[arg-type]
        for index, action in enumerate(actions)
    ]
    return ImportReport("talks.csv", 1, outcomes, Counter({"POST sessions": 2}), halted=halted)


@pytest.mark.parametrize(
    ("actions", "halted", "exit_code"),
    [
        (("created", "unchanged", "updated"), None, 0),
        (("created", "invalid"), None, 1),
        (("created", "failed"), None, 1),
        (("created", "failed", "deferred"), "budget", 3),
        (("created", "deferred"), "interrupted", 130),
        (("failed", "deferred"), "fatal", 2),
        # Deferred by a connection cut short, with no halt: to be sent again, not "ok".
        (("created", "deferred"), None, 3),
        # Interrupted after the last row went in: nothing deferred, still no "ok" run.
        (("created", "updated"), "interrupted", 130),
    ],
)
def test_exit_code_derives_from_the_outcomes(
    actions: tuple[str, ...], halted: str | None, exit_code: int
) -> None:
    report = make_report(*actions, halted=halted)
    assert report.exit_code == exit_code
    assert report.ok is (exit_code == 0)


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"),
        ("+1", "'+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\n=1+1", "'\n=1+1"),
        ("\nKeynote", "'\nKeynote"),
        ("\rKeynote", "'\rKeynote"),
        ("  =HYPERLINK(\"x\")", "'  =HYPERLINK(\"x\")"),
        ("\u00a0@SUM(A1)", "'\u00a0@SUM(A1)"),
        ("\uff1dHYPERLINK(\"x\")", "'\uff1dHYPERLINK(\"x\")"),
        ("\uff0b1", "'\uff0b1"),
        ("\uff0d2", "'\uff0d2"),
        ("\u3000\uff20SUM(A1)", "'\u3000\uff20SUM(A1)"),
        ("Keynote", "Keynote"),
        (" Keynote", " Keynote"),
        ("Q&A = questions", "Q&A = questions"),
        (42, 42),
        (None, None),
    ],
)
def test_formula_cells_are_neutralised(value: object, written: object) -> None:
    assert neutralise(value) == written


def test_csv_report_has_one_line_per_row_and_a_summary(tmp_path) -> None:  # type: ignore[no-untyped-def]
    report = make_report("created", "invalid")
    report.outcomes[1].name = "=cmd|' /C calc'!A0"
    path = write_report(report, tmp_path / "out" / "result.csv")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows == [
        ["row", "import_id", "name", "action", "session_id", "message"],
        ["4", "sheet:S0", "Talk 0", "created", "", ""],
        ["5", "sheet:S1", "'=cmd|' /C calc'!A0", "invalid", "", ""],
    ]
    summary = json.loads((tmp_path / "out" / "result.summary.json").read_text())
    assert summary == {
        "source": "talks.csv", "sheets": [], "guide": 1, "api_url": None, "ok": False,
        "exit_code": 1,
        "result": "exit code 1: some rows are invalid or failed; each one's message says why",
        "counts": {"created": 1, "updated": 0, "unchanged": 0, "deleted": 0, "invalid": 1,
                   "failed": 0, "deferred": 0, "skipped": 0},
        "with_warnings": 0, "taken_over": 0, "requests_spent": 2,
        "requests": {"POST sessions": 2}, "started_at": None,
        "duration_seconds": 0.0, "halted": None, "published": None, "publish_note": None,
        "notes": [], "report": "result.csv",
    }


def test_reports_sharing_a_summary_file_are_told_apart_by_name(tmp_path: Path) -> None:
    """r.csv and r.xlsx have one r.summary.json: it names the report of the latest run."""
    write_report(make_report("created"), tmp_path / "r.csv")
    write_report(make_report("failed"), tmp_path / "r.xlsx")
    summary = json.loads((tmp_path / "r.summary.json").read_text())
    assert (summary["report"], summary["exit_code"]) == ("r.xlsx", 1)


def files_in(folder: Path) -> dict[str, bytes]:
    """Every file of a folder by name, with its content: what a failed write must not touch."""
    return {path.name: path.read_bytes() for path in folder.iterdir()}


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".json"])
def test_a_report_that_fails_midway_leaves_the_last_runs_files_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    """A disk filling up while a nightly report is written: last night's report and summary
    stay as they were (never a cut report beside an older summary), and no scrap is left."""
    write_report(make_report("created"), tmp_path / f"nightly{suffix}")
    before = files_in(tmp_path)

    def disk_full(target: Path, *_: object, **__: object) -> None:
        with open(target, "w") as handle:
            handle.write("row,import_id,name\n4,sheet:S0,Ta")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("importer.report._csv_table", disk_full)
    monkeypatch.setattr("importer.report._xlsx_table", disk_full)
    monkeypatch.setattr(Path, "write_text", disk_full)  # a .json report, and every summary
    with pytest.raises(ConfigError) as caught:
        write_report(make_report("failed"), tmp_path / f"nightly{suffix}")
    assert str(caught.value) == (
        f"{tmp_path / f'nightly{suffix}'}: cannot write the report there (No space left on "
        "device); free space on that disk, or give a path on another one")
    assert files_in(tmp_path) == before


def test_a_summary_that_fails_midway_leaves_the_last_runs_pair_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The report written, the disk fills up while its summary is: neither file is new (a
    new report beside last night's summary would be counted as last night's run)."""
    write_report(make_report("created"), tmp_path / "nightly.csv")
    before = files_in(tmp_path)
    write_text = Path.write_text

    def disk_full_on_the_summary(target: Path, data: str, *args: object, **kwargs: object) -> int:
        if ".summary." not in target.name:
            return write_text(target, data, *args, **kwargs)
        with open(target, "w") as handle:
            handle.write('{"source": "talks.csv", "gu')
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Path, "write_text", disk_full_on_the_summary)
    with pytest.raises(ConfigError):
        write_report(make_report("failed"), tmp_path / "nightly.csv")
    assert files_in(tmp_path) == before


def test_a_report_held_open_in_excel_keeps_its_summary_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Excel locks the report it shows, not the summary beside it: the report cannot be
    replaced, so the summary stays the one describing that report."""
    write_report(make_report("created"), tmp_path / "nightly.xlsx")
    before = files_in(tmp_path)
    replace = os.replace

    def report_locked(source: Path, target: Path) -> None:
        if Path(target).name == "nightly.xlsx":
            raise PermissionError(errno.EACCES, "Permission denied")
        replace(source, target)

    monkeypatch.setattr("importer.report.os.replace", report_locked)
    with pytest.raises(ConfigError):
        write_report(make_report("failed"), tmp_path / "nightly.xlsx")
    assert files_in(tmp_path) == before


def test_an_issue_list_that_fails_midway_leaves_the_last_one_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    issues = [RowIssue(4, "Date", "13/40/2027", "bad-date", "error", "Row 4: not a date")]
    write_issues(issues, tmp_path / "issues.csv")
    before = files_in(tmp_path)

    def disk_full(target: Path, *_: object) -> None:
        with open(target, "w") as handle:
            handle.write("row,column\n4,Da")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("importer.report._csv_table", disk_full)
    with pytest.raises(ConfigError):
        write_issues(issues * 2, tmp_path / "issues.csv")
    assert files_in(tmp_path) == before


def test_xlsx_report_colours_rows_by_action(tmp_path) -> None:  # type: ignore[no-untyped-def]
    report = make_report("created", "failed")
    report.outcomes[1].name = "=1+1"
    sheet = load_workbook(write_report(report, tmp_path / "r.xlsx")).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=2)]
    assert values == [  # a text cell: never run as a formula, and the name as written
        [4, "sheet:S0", "Talk 0", "created", None, None],
        [5, "sheet:S1", "=1+1", "failed", None, None],
    ]
    assert sheet["C3"].data_type == "s"
    with zipfile.ZipFile(tmp_path / "r.xlsx") as archive:
        assert b"<f>" not in archive.read("xl/worksheets/sheet1.xml")
    colours = [row[0].fill.start_color.rgb for row in sheet.iter_rows(min_row=2)]
    assert colours == ["00C6EFCE", "00F4B084"]
    assert sheet.freeze_panes == "A2"  # the header stays in sight down a long report


def test_issues_file_lists_every_issue(tmp_path) -> None:  # type: ignore[no-untyped-def]
    issues = [
        RowIssue(4, "Date", "13/40/2027", "bad-date", "error", "row 4: not a date"),
        RowIssue(None, None, None, "derived-import-id", "warning", "no id column"),
    ]
    path = write_issues(issues, tmp_path / "issues.csv")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["row"], r["code"], r["severity"]) for r in rows] == [
        ("4", "bad-date", "error"),
        ("", "derived-import-id", "warning"),
    ]
    sheet = load_workbook(write_issues(issues, tmp_path / "issues.xlsx")).active
    assert sheet.max_row == 3


def test_xlsx_files_hold_control_characters_and_overlong_text(tmp_path: Path) -> None:
    """A description pasted from PowerPoint keeps its vertical tabs, which a worksheet cannot
    hold; a huge cell is cut to Excel's 32,767 characters instead of damaging the file."""
    huge = "<p>" + "word " * 8_000 + "</p>"
    issues = [
        RowIssue(2, "Description", "<p>one\x0btwo</p><script>x</script>", "html-stripped",
                 "warning", "Row 2: <script> removed"),
        RowIssue(3, "Description", huge, "description-too-long", "error", "Row 3: too long"),
    ]
    sheet = load_workbook(write_issues(issues, tmp_path / "issues.xlsx")).active
    assert [[cell.value for cell in row] for row in sheet.iter_rows(min_row=2)] == [
        [2, "Description", "<p>one two</p><script>x</script>", "html-stripped", "warning",
         "Row 2: <script> removed"],
        [3, "Description", huge[:32_766] + "…", "description-too-long", "error",
         "Row 3: too long"],
    ]
    report = make_report("failed")
    report.outcomes[0].message = "rejected by Guidebook: name: bad\x07name \x1b[1mbold\x1f"
    sheet = load_workbook(write_report(report, tmp_path / "r.xlsx")).active
    assert sheet["F2"].value == "rejected by Guidebook: name: bad name  [1mbold "


def held_by_excel(monkeypatch: pytest.MonkeyPatch) -> None:
    """Excel on Windows locks a file it has open: putting a new one in its place fails."""
    def locked(*_: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr("importer.report.os.replace", locked)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_an_issue_list_that_cannot_be_written_is_an_error_saying_what_to_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    target = tmp_path / f"issues{suffix}"
    held_by_excel(monkeypatch)
    issues = [RowIssue(4, "Date", "13/40/2027", "bad-date", "error", "Row 4: not a date")]
    with pytest.raises(ConfigError) as caught:
        write_issues(issues, target)
    assert str(caught.value) == (
        f"{target}: cannot write the issue list there (Permission denied); if the file is open "
        "in Excel, close it, or give another file name")


def test_a_report_that_cannot_be_written_is_an_error_saying_what_to_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "report.csv"
    held_by_excel(monkeypatch)
    with pytest.raises(ConfigError) as caught:
        write_report(make_report("created"), target)
    assert str(caught.value) == (
        f"{target}: cannot write the report there (Permission denied); if the file is open "
        "in Excel, close it, or give another file name")


def test_a_place_no_report_can_go_is_refused_before_any_work(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Checked by output_path, which the CLI calls before reading the guide: a cron run must
    not do all its work and then find it cannot leave a report."""
    (tmp_path / "nightly.csv").mkdir()
    (tmp_path / "notes.txt").write_text("not a folder")

    def refusal(path: Path) -> str:
        with pytest.raises(ConfigError) as caught:
            output_path(path, REPORT_FORMATS, what="report")
        return str(caught.value)

    assert [refusal(tmp_path / "nightly.csv"),
            refusal(tmp_path / "notes.txt" / "reports" / "r.csv")] == [
        f"{tmp_path / 'nightly.csv'} is a folder: give the report a file name in it, such as "
        f"{tmp_path / 'nightly.csv' / 'gbimport.csv'}",
        f"{tmp_path / 'notes.txt' / 'reports' / 'r.csv'}: cannot write the report there, as "
        f"{tmp_path / 'notes.txt'} is a file, not a folder; give another path",
    ]
    monkeypatch.setattr("importer.report.os.access", lambda *_: False)  # root may write anywhere
    assert refusal(tmp_path / "reports" / "r.csv") == (
        f"{tmp_path / 'reports' / 'r.csv'}: cannot write the report there, as this user may not "
        f"write in {tmp_path}; give a path in a folder it may write in")
    monkeypatch.undo()
    assert output_path(tmp_path / "reports" / "r.csv", REPORT_FORMATS, what="report") == (
        tmp_path / "reports" / "r.csv")  # a folder not there yet is made when writing
    nested = tmp_path / "reports" / "2027" / "05" / "r.csv"  # so are several levels of them
    assert output_path(nested, REPORT_FORMATS, what="report") == nested


def test_text_is_cut_only_past_excels_cell_limit() -> None:
    assert worksheet_text("x" * 32_767) == "x" * 32_767
    assert worksheet_text("x" * 32_768) == "x" * 32_766 + "…"
    assert worksheet_text(7) == 7


def several_sheets_report() -> ImportReport:
    """A run of two day tabs read as one, with a session deleted by --prune (no row)."""
    outcomes = [
        RowOutcome(4, "sheet:D1-1", "Keynote", "created", 101, "", sheet="Day 1"),
        RowOutcome(2, "sheet:D2-1", "@everyone lunch", "invalid", None,
                   "Row 2 of sheet 'Day 2': bad-date", sheet="Day 2"),
        RowOutcome(None, "sheet:OLD", "Old talk", "deleted", 77, "not in the sheet any more"),
    ]
    return ImportReport("days.xlsx", 1, outcomes, Counter({"POST sessions": 1}))


def test_csv_xlsx_and_json_reports_hold_the_same_rows(tmp_path: Path) -> None:
    """A script reads whichever format the job writes: each names every row's sheet."""
    report = several_sheets_report()
    with write_report(report, tmp_path / "r.csv").open(encoding="utf-8-sig",
                                                       newline="") as handle:
        as_csv = list(csv.reader(handle))
    workbook = load_workbook(write_report(report, tmp_path / "r.xlsx")).active
    as_xlsx = [[cell.value for cell in row] for row in workbook.iter_rows()]
    as_json = json.loads(write_report(report, tmp_path / "r.json").read_text())["rows"]
    header = ["sheet", "row", "import_id", "name", "action", "session_id", "message"]
    assert as_csv == [
        header,
        ["Day 1", "4", "sheet:D1-1", "Keynote", "created", "101", ""],
        ["Day 2", "2", "sheet:D2-1", "'@everyone lunch", "invalid", "",
         "Row 2 of sheet 'Day 2': bad-date"],
        ["", "", "sheet:OLD", "Old talk", "deleted", "77", "not in the sheet any more"],
    ]
    assert as_xlsx == [
        header,
        ["Day 1", 4, "sheet:D1-1", "Keynote", "created", 101, None],
        ["Day 2", 2, "sheet:D2-1", "@everyone lunch", "invalid", None,
         "Row 2 of sheet 'Day 2': bad-date"],
        [None, None, "sheet:OLD", "Old talk", "deleted", 77, "not in the sheet any more"],
    ]
    assert as_json == [
        {"sheet": "Day 1", "row": 4, "import_id": "sheet:D1-1", "name": "Keynote",
         "action": "created", "session_id": 101, "message": "", "issues": []},
        {"sheet": "Day 2", "row": 2, "import_id": "sheet:D2-1", "name": "@everyone lunch",
         "action": "invalid", "session_id": None,
         "message": "Row 2 of sheet 'Day 2': bad-date", "issues": []},
        {"sheet": None, "row": None, "import_id": "sheet:OLD", "name": "Old talk",
         "action": "deleted", "session_id": 77, "message": "not in the sheet any more",
         "issues": []},
    ]


@pytest.mark.parametrize("name", ["Nightly.XLSX", "Nightly.Json", "Nightly.CSV"])
def test_an_extension_in_capitals_writes_the_format_it_names(tmp_path: Path, name: str) -> None:
    """Windows users type NIGHTLY.XLSX: it is an Excel file, not CSV text under that name."""
    path = write_report(make_report("created"), tmp_path / name)
    content = path.read_bytes()
    kind = path.suffix.lower()
    assert (content.startswith(b"PK") if kind == ".xlsx" else
            json.loads(content)["rows"][0]["action"] == "created" if kind == ".json" else
            content.decode("utf-8-sig").startswith("row,import_id,name,action"))
    summary = json.loads((tmp_path / "Nightly.summary.json").read_text())
    assert (summary["report"], summary["counts"]["created"]) == (name, 1)


def test_the_spreadsheet_is_refused_however_its_path_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`validate schedule.csv --issues-out /home/me/event/schedule.csv` names one file."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "event").mkdir()
    sheet = tmp_path / "event" / "schedule.csv"
    sheet.write_text("Session ID\n")
    for written in (sheet, Path("event/../event/schedule.csv")):
        with pytest.raises(ConfigError) as caught:
            output_path(written, ISSUE_FORMATS, what="issue list", source="event/schedule.csv")
        assert str(caught.value) == (
            f"{written} is the spreadsheet being read; writing the issue list there would "
            "replace your schedule. Choose another file name.")
    assert sheet.read_text() == "Session ID\n"


def test_a_sheet_read_counts_every_record_not_only_the_valid_ones(tmp_path: Path) -> None:
    """The summary's sheets tell a cron job's admin how many rows each tab gave."""
    path = write_xlsx(tmp_path / "s.xlsx", {"Programme": [
        HEADER, *[[one[column] for column in HEADER]
                  for one in (talk(1), talk(2, Date="5/32/2027"), talk(3))]]})
    validation = validate_file(path, timezone="UTC")
    assert (validation.valid, validation.sheets_read()) == (2, [SheetRead("Programme", 1, 3)])


def test_xlsx_report_opens_ready_to_filter_and_read(tmp_path: Path) -> None:
    """A planner sorts and filters by action at once, and reads ids and messages without
    widening columns; the run's totals are on a second tab."""
    report = several_sheets_report()
    report.started_at = datetime(2027, 5, 11, 14, 0, tzinfo=UTC)
    report.timezone = "UTC"
    report.notes = ["track 'Old' is left empty"]
    workbook = load_workbook(write_report(report, tmp_path / "r.xlsx"))
    assert workbook.sheetnames == ["Results", "Summary"]
    results = workbook["Results"]
    assert results.auto_filter.ref == "A1:G4"
    widths = {letter: results.column_dimensions[letter].width for letter in "ABCDEFG"}
    assert widths == {"A": 7, "B": 5, "C": 12, "D": 17, "E": 9, "F": 12, "G": 34}
    summary = {row[0]: row[1] for row in workbook["Summary"].iter_rows(values_only=True)}
    assert summary["Spreadsheet"] == "days.xlsx"
    assert isinstance(summary["Started (UTC)"], datetime)
    assert (summary["created"], summary["invalid"], summary["deleted"]) == (1, 1, 1)
    assert (summary["Requests"], summary["Result"]) == (
        1, "exit code 1: some rows are invalid or failed; each one's message says why")
    assert summary["Note"] == "track 'Old' is left empty"


def test_issue_list_xlsx_has_a_filter_on_its_header(tmp_path: Path) -> None:
    issues = [RowIssue(4, "Date", "13/40/2027", "bad-date", "error", "row 4: not a date")]
    sheet = load_workbook(write_issues(issues, tmp_path / "issues.xlsx")).active
    assert sheet.auto_filter.ref == "A1:F2"
