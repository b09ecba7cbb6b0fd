"""A programme kept on one tab per day: several sheets of a workbook read as one."""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from rich.console import Console
from typer.testing import CliRunner

from importer import render
from importer._day_sheets import sheet_day
from importer.cli import app
from importer.errors import InputError
from importer.load import SheetPart, load_sheets
from importer.mapping import load_mapping
from importer.model import RowIssue
from importer.report import ImportReport, RowOutcome, write_report
from importer.runner import run_import
from importer.validate import validate_file
from tests.support import HEADER, Sandbox, talk
from tests.test_load import write_xlsx

TEMPLATE = load_mapping(None)


def cells(*talks: dict[str, str]) -> list[list[Any]]:
    return [[one[column] for column in HEADER] for one in talks]


def programme(tmp_path: Path, **day2_changes: str) -> Path:
    """Day 1 with a title row over its header, Day 2 with its header on row 1, a notes tab,
    and a hidden tab of last year's sessions with the same columns."""
    return write_xlsx(tmp_path / "days.xlsx", {
        "Day 1": [["PyData Summit 2027 - Day 1"], [], HEADER,
                  *cells(talk(1), talk(2), talk(3))],
        "Day 2": [HEADER, *cells(talk(4, Date="5/12/2027"),
                                 talk(5, Date="5/12/2027", **day2_changes))],
        "Notes": [["Rooms open at 8"]],
        "2026": [HEADER, *cells(talk(90, Date="5/12/2026"))],
    }, hidden=("2026",))


def rows_of(path: Path, sheets: Any, **options: Any) -> list[tuple[str | None, int, str | None]]:
    report = validate_file(path, sheet=sheets, timezone="America/Chicago", **options)
    return [(row.sheet, row.row, row.import_id) for row in report.rows]


def test_all_reads_every_visible_sheet_with_the_columns_each_with_its_own_header(
        tmp_path: Path) -> None:
    path = programme(tmp_path)
    sheet = load_sheets(path, ["all"], expected_columns=TEMPLATE.expected_columns(),
                        required_columns=TEMPLATE.required_columns())
    assert (sheet.sheet_name, sheet.parts) == (None, [
        SheetPart("Day 1", 3, 3), SheetPart("Day 2", 1, 2)])
    assert sheet.record_sheets() == ["Day 1"] * 3 + ["Day 2"] * 2
    assert list(sheet.frame.index) == [4, 5, 6, 2, 3]  # as Excel shows each sheet's rows
    assert sheet.frame["Session ID"].tolist() == ["T001", "T002", "T003", "T004", "T005"]
    assert rows_of(path, "All") == rows_of(path, ["all"])  # typed as a word starts
    assert rows_of(path, ["Day 2", "Day 1"]) == [  # named: in the order given
        ("Day 2", 2, "sheet:T004"), ("Day 2", 3, "sheet:T005"), ("Day 1", 4, "sheet:T001"),
        ("Day 1", 5, "sheet:T002"), ("Day 1", 6, "sheet:T003")]
    # A hidden sheet is read only when named.
    assert [r[:2] for r in rows_of(path, ["Day 1", "2026"])] == [
        ("Day 1", 4), ("Day 1", 5), ("Day 1", 6), ("2026", 2)]


def test_each_payload_is_its_own_rows_on_tabs_sharing_row_numbers_with_blank_rows_between(
        tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "days.xlsx", {
        "Day 1": [HEADER, *cells(talk(1)), [], [], *cells(talk(2), talk(3))],
        "Day 2": [HEADER, *cells(talk(4, Date="5/12/2027")), [],
                  *cells(talk(5, Date="5/12/2027"), talk(6, Date="5/12/2027"))],
    })
    report = validate_file(path, sheet=["Day 1", "Day 2"], timezone="America/Chicago")
    assert [(row.sheet, row.row, row.payload and row.payload.name)
            for row in reversed(report.rows)] == [  # read out of order, as a lookup would
        ("Day 2", 5, "Talk number 6"), ("Day 2", 4, "Talk number 5"),
        ("Day 2", 2, "Talk number 4"), ("Day 1", 6, "Talk number 3"),
        ("Day 1", 5, "Talk number 2"), ("Day 1", 2, "Talk number 1")]


def test_one_sheet_reads_as_before_without_sheet_names(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "one.xlsx", {"Sessions": [HEADER, *cells(talk(1))],
                                               "Notes": [["Rooms open at 8"]]})
    report = validate_file(path, sheet=["all"], timezone="America/Chicago")
    assert (report.sheet_name, report.sheets, report.rows[0].sheet) == ("Sessions", [], None)
    assert "sheets" not in report.to_json() and "sheet" not in report.to_json()["rows"][0]
    # Named twice, by name and by number, a sheet is read once.
    assert rows_of(path, ["Sessions", "0"]) == [(None, 2, "sheet:T001")]


def test_a_sheet_without_a_mapped_column_is_refused_naming_it(tmp_path: Path) -> None:
    short = [c for c in HEADER if c != "Room/Location"]
    path = write_xlsx(tmp_path / "days.xlsx", {
        "Day 1": [HEADER, *cells(talk(1))],
        "Day 2": [["Day two"], short, [talk(2)[c] for c in short]],
    })
    with pytest.raises(InputError) as caught:
        load_sheets(path, ["Day 1", "Day 2"], expected_columns=TEMPLATE.expected_columns())
    assert str(caught.value) == (
        f"sheet 'Day 2' of {path} has no 'Room/Location' column (its header is on row 2), but "
        "sheet 'Day 1' has one and the mapping reads it: give every sheet read the same "
        "column headers, or leave sheet 'Day 2' out of --sheet.")
    # With --sheet all, such a sheet would be left out (and its sessions pruned): refused.
    with pytest.raises(InputError) as caught:
        load_sheets(path, ["all"], expected_columns=TEMPLATE.expected_columns())
    assert str(caught.value) == (
        f"sheet 'Day 2' of {path} has most of the columns of sheet 'Day 1' but no "
        "'Room/Location' column, so --sheet all cannot tell whether it is part of the "
        "programme: give it the same header, or name each sheet to read with --sheet.")


def test_a_csv_is_refused_several_sheets(tmp_path: Path) -> None:
    path = tmp_path / "talks.csv"
    path.write_text(",".join(HEADER) + "\n")
    with pytest.raises(InputError, match=r"is a CSV file and has no sheets: do not name a sheet"):
        load_sheets(path, ["Day 1", "Day 2"])


def test_checks_across_rows_span_the_sheets_and_name_each_row_with_its_sheet(
        tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "days.xlsx", {
        "Day 1": [HEADER, *cells(talk(1), talk(2), talk(3))],
        "Day 2": [HEADER, *cells(
            talk(1, **{"Session Title": "Another talk"}),  # T001 again, another session
            talk(2),  # Day 1's row 3 again, word for word
            talk(4, **{"Session ID": "T009", "Time Start": "11:30 AM",
                       "Time End": "11:50 AM"}),  # in talk 2's room at its time
        )],
    })
    report = validate_file(path, sheet=["Day 1", "Day 2"], timezone="America/Chicago")
    assert [(i.sheet, i.row, i.code, i.message) for i in report.issues] == [
        ("Day 1", 2, "duplicate-import-id",
         "Row 2 of sheet 'Day 1': import id 'sheet:T001' is also used by row 2 of sheet "
         "'Day 2'; the rows differ in 'Session Title' ('Talk number 1' / 'Another talk'): "
         "if they are one session, make them agree; if not, give each session its own "
         "'Session ID'."),
        ("Day 1", 3, "room-overlap",
         "Row 3 of sheet 'Day 1': overlaps row 4 of sheet 'Day 2' in 'Room 100'; check the "
         "times and rooms (ignore this if the sessions really share the room)."),
        ("Day 2", 2, "duplicate-import-id",
         "Row 2 of sheet 'Day 2': import id 'sheet:T001' is also used by row 2 of sheet "
         "'Day 1'; the rows differ in 'Session Title' ('Talk number 1' / 'Another talk'): "
         "if they are one session, make them agree; if not, give each session its own "
         "'Session ID'."),
        ("Day 2", 3, "repeated-row",
         "Row 3 of sheet 'Day 2': repeats row 3 of sheet 'Day 1' word for word (a copy), "
         "so the session is sent once, from row 3 of sheet 'Day 1' alone."),
        ("Day 2", 4, "room-overlap",
         "Row 4 of sheet 'Day 2': overlaps row 3 of sheet 'Day 1' in 'Room 100'; check the "
         "times and rooms (ignore this if the sessions really share the room)."),
    ]


def test_a_derived_id_does_not_change_when_its_row_moves_to_another_sheet(
        tmp_path: Path) -> None:
    """The id names the session, not the tab it is filed on: a guide imported from one
    sheet keeps its sessions when the programme is split into one tab per day."""
    no_id = [c for c in HEADER if c != "Session ID"]
    row = [talk(2)[c] for c in no_id]
    one = write_xlsx(tmp_path / "one.xlsx", {"Programme": [no_id, [talk(1)[c] for c in no_id],
                                                           row]})
    split = write_xlsx(tmp_path / "split.xlsx", {"Day 1": [no_id, [talk(1)[c] for c in no_id]],
                                                 "Day 2": [["Day 2"], no_id, row]})
    before, after = rows_of(one, None), rows_of(split, ["all"])
    assert [i for _, _, i in after] == [i for _, _, i in before]
    assert [r[:2] for r in after] == [("Day 1", 2), ("Day 2", 3)]


def test_cli_validate_names_rows_with_their_sheets_in_every_output(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Before, a second --sheet replaced the first: Day 1 went unread without a word."""
    monkeypatch.chdir(tmp_path)
    path = programme(tmp_path, **{"Time End": "8:00 AM"}).relative_to(tmp_path)
    issues_out = tmp_path / "issues.csv"
    result = CliRunner().invoke(app, [
        "validate", str(path), "--sheet", "Day 1", "--sheet", "Day 2", "--timezone",
        "America/Chicago", "--issues-out", str(issues_out)])
    assert result.exit_code == 1, result.output
    assert " ".join(result.output.split()).startswith(
        "days.xlsx, sheets 'Day 1', 'Day 2': headers on rows 3, 1, mapping "
        "'guidebook-template', times in America/Chicago "
        "Rows read 5 · valid 4 · with errors 1 · with warnings 0 "
        "error end-before-start Row 3 of sheet 'Day 2': the session ends")
    with issues_out.open(encoding="utf-8-sig") as handle:
        assert list(csv.reader(handle)) == [
            ["sheet", "row", "column", "value", "code", "severity", "message"],
            ["Day 2", "3", "Time End", "2027-05-12 08:00", "end-before-start", "error",
             "Row 3 of sheet 'Day 2': the session ends before it starts: 'Time End' has "
             "'8:00 AM' and 'Time Start' has '3:00 PM' (read as 2027-05-12 08:00 and "
             "2027-05-12 15:00); fix the end time, or if it runs past midnight, add a column "
             "'End Date (Optional)' and put the next day in it."],
        ]
    as_json = json.loads(CliRunner().invoke(app, [
        "validate", str(path), "--sheet", "all", "--timezone", "America/Chicago", "--json",
    ]).output)
    assert as_json["sheets"] == [
        {"name": "Day 1", "header_row": 3, "header_rows": 1, "rows_read": 3},
        {"name": "Day 2", "header_row": 1, "header_rows": 1, "rows_read": 2}]
    assert [(r["sheet"], r["row"], r["status"]) for r in as_json["rows"]] == [
        ("Day 1", 4, "ok"), ("Day 1", 5, "ok"), ("Day 1", 6, "ok"), ("Day 2", 2, "ok"),
        ("Day 2", 3, "error")]


def test_one_problem_on_many_rows_prints_one_line_per_sheet(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Rows 2-4 of Day 1 and rows 2-4 of Day 2 are six rows: grouped by number alone they
    would print as 'Rows 2-4 (6 rows)', naming neither tab."""
    monkeypatch.chdir(tmp_path)
    late = {"Time End": "30:00"}
    write_xlsx(tmp_path / "days.xlsx", {
        day: [HEADER, *cells(*(talk(n, Date=date, **late) for n in numbers))]
        for day, date, numbers in (("Day 1", "5/11/2027", (1, 2, 3)),
                                   ("Day 2", "5/12/2027", (4, 5, 6)))})
    result = CliRunner().invoke(app, ["validate", "days.xlsx", "--sheet", "all",
                                      "--timezone", "UTC"])
    lines = [" ".join(line.split()) for line in result.output.splitlines()
             if line.startswith("error")]
    assert [line.split(":")[0] for line in lines] == [
        "error bad-time Rows 2–4 of sheet 'Day 1' (3 rows)",
        "error bad-time Rows 2–4 of sheet 'Day 2' (3 rows)"]


def test_the_sessions_table_names_each_rows_sheet_and_row(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A clean validate lists the sessions to send: each beside where to find it."""
    monkeypatch.chdir(tmp_path)
    programme(tmp_path)
    several = CliRunner().invoke(app, ["validate", "days.xlsx", "--sheet", "all",
                                       "--timezone", "UTC"], terminal_width=200)
    one = CliRunner().invoke(app, ["validate", "days.xlsx", "--sheet", "Day 2",
                                   "--timezone", "UTC"], terminal_width=200)

    def table(output: str) -> list[list[str]]:
        return [[cell.strip() for cell in line.strip("│").split("│")][:3]
                for line in output.splitlines() if line.startswith("│")]

    assert table(several.output) == [
        ["Day 1", "4", "sheet:T001"], ["Day 1", "5", "sheet:T002"], ["Day 1", "6", "sheet:T003"],
        ["Day 2", "2", "sheet:T004"], ["Day 2", "3", "sheet:T005"]]
    assert table(one.output) == [["2", "sheet:T004", "Talk number 4"],
                                 ["3", "sheet:T005", "Talk number 5"]]


def test_without_sheet_the_other_sheets_warning_says_how_to_read_them(tmp_path: Path) -> None:
    report = validate_file(programme(tmp_path), timezone="America/Chicago")
    assert report.sheet_issues == [RowIssue(
        None, None, None, "other-sheets", "warning",
        "Only sheet 'Day 1' was read, but the workbook's other sheet 'Day 2' has the same "
        "columns. If they hold more sessions, give --sheet all to read every sheet with these "
        "columns as one programme (or name each with its own --sheet).")]


def run(sandbox: Sandbox, path: Path, **options: Any) -> ImportReport:
    return run_import(path, sandbox.settings, transport=sandbox.transport(), **options)


def test_run_imports_the_union_reruns_free_and_prunes_what_a_sheet_dropped(
        tmp_path: Path) -> None:
    """Row 2 of Day 1 and row 2 of Day 2 are two sessions, each with its own outcome."""
    sandbox = Sandbox()
    day1, day2 = [talk(1), talk(2)], [talk(3, Date="5/12/2027"), talk(4, Date="5/12/2027")]
    path = write_xlsx(tmp_path / "days.xlsx", {"Day 1": [HEADER, *cells(*day1)],
                                               "Day 2": [HEADER, *cells(*day2)]})
    first = run(sandbox, path, sheet=["all"])
    assert [(o.sheet, o.row, o.import_id, o.action) for o in first.outcomes] == [
        ("Day 1", 2, "sheet:T001", "created"), ("Day 1", 3, "sheet:T002", "created"),
        ("Day 2", 2, "sheet:T003", "created"), ("Day 2", 3, "sheet:T004", "created")]
    assert sorted(s["import_id"] for s in sandbox.sessions()) == [
        "sheet:T001", "sheet:T002", "sheet:T003", "sheet:T004"]
    before = sandbox.writes()
    again = run(sandbox, path, sheet=["all"], prune=True)
    assert sandbox.writes() == before  # the nightly sync of an unchanged workbook: no write
    assert {o.action for o in again.outcomes} == {"unchanged"}
    write_xlsx(path, {"Day 1": [HEADER, *cells(*day1)],
                      "Day 2": [HEADER, *cells(talk(4, Date="5/12/2027"))]})
    pruned = run(sandbox, path, sheet=["all"], prune=True, force=True)
    assert sandbox.writes() - before == Counter({"DELETE /open-api/v1.1/sessions/{id}/": 1})
    assert [(o.sheet, o.row, o.import_id, o.action) for o in pruned.outcomes] == [
        ("Day 1", 2, "sheet:T001", "unchanged"), ("Day 1", 3, "sheet:T002", "unchanged"),
        ("Day 2", 2, "sheet:T004", "unchanged"), (None, None, "sheet:T003", "deleted")]


def test_the_run_report_has_a_sheet_column_only_for_several_sheets(tmp_path: Path) -> None:
    sandbox = Sandbox()
    path = write_xlsx(tmp_path / "days.xlsx", {
        "Day 1": [HEADER, *cells(talk(1))],
        "Day 2": [HEADER, *cells(talk(2, **{"Time End": "8:00 AM"}))]})
    report = run(sandbox, path, sheet=["Day 1", "Day 2"])
    with write_report(report, tmp_path / "report.csv").open(encoding="utf-8-sig") as handle:
        table = [row[:5] for row in csv.reader(handle)]
    assert table == [["sheet", "row", "import_id", "name", "action"],
                     ["Day 1", "2", "sheet:T001", "Talk number 1", "created"],
                     ["Day 2", "2", "sheet:T002", "Talk number 2", "invalid"]]
    assert report.outcomes[1].message.startswith(
        "end-before-start: the session ends before it starts: 'Time End' has '8:00 AM'")
    single = run(sandbox, path, sheet="Day 1")
    with write_report(single, tmp_path / "one.csv").open(encoding="utf-8-sig") as handle:
        assert next(csv.reader(handle)) == [
            "row", "import_id", "name", "action", "session_id", "message"]


def test_the_run_summary_and_its_lines_name_the_sheets_read(tmp_path: Path) -> None:
    """A nightly `--sheet all` run: the summary a script reads, and the lines cron mails,
    say which tabs were read, so a 'Day 3' tab added since shows up (or is seen missing)."""
    sandbox = Sandbox()
    path = programme(tmp_path)
    several = run(sandbox, path, sheet=["all"])
    write_report(several, tmp_path / "report.csv")
    summary = json.loads((tmp_path / "report.summary.json").read_text(encoding="utf-8"))
    assert summary["sheets"] == [
        {"name": "Day 1", "header_row": 3, "header_rows": 1, "rows_read": 3},
        {"name": "Day 2", "header_row": 1, "header_rows": 1, "rows_read": 2}]
    console = Console(width=80, record=True, file=io.StringIO())
    render.run_report(console, several, None)
    assert "Sheets read: 'Day 1' (3 rows), 'Day 2' (2 rows)\n" in console.export_text()
    one = run(sandbox, path, sheet="Day 2")
    assert [sheet.to_dict() for sheet in one.sheets] == [
        {"name": "Day 2", "header_row": 1, "header_rows": 1, "rows_read": 2}]


def problem_lines(outcomes: list[RowOutcome]) -> list[str]:
    """The lines after a run's table that name rows gone wrong, and the count left off."""
    console = Console(width=300, record=True, file=io.StringIO())
    render.run_report(console, ImportReport("days.xlsx", 1, outcomes), None)
    return [line for line in console.export_text().splitlines()
            if line.startswith(("row", "...", "session"))]


def test_rows_sharing_a_problem_print_as_one_line_per_sheet() -> None:
    """Three rows of one tab with one message are one line naming the tab; the same
    message on two rows of another tab is not folded into it, and two rows stay two lines.
    Past 20 lines, what is left off is counted in rows, a folded line's rows and all."""
    gone = "rejected by Guidebook: location: unknown room"
    day1 = [RowOutcome(row, f"sheet:T{row}", "Talk", "failed", message=gone, sheet="Day 1")
            for row in (2, 3, 4)]
    day2 = [RowOutcome(row, f"sheet:U{row}", "Talk", "failed", message=gone, sheet="Day 2")
            for row in (2, 3)]
    assert problem_lines(day1 + day2) == [
        f"rows 2–4 of sheet 'Day 1' (3 rows): failed: {gone}",
        f"row 2 of sheet 'Day 2': failed: {gone}",
        f"row 3 of sheet 'Day 2': failed: {gone}",
    ]
    singles = [RowOutcome(row, f"sheet:V{row}", "Talk", "failed", message=f"problem {row}",
                          sheet="Day 3") for row in range(2, 22)]
    assert problem_lines(singles)[-1] == "row 21 of sheet 'Day 3': failed: problem 21"
    lines = problem_lines(singles + day1 + day2)
    assert (len(lines), lines[-1]) == (21, "... and 5 more in the report")


def test_a_hidden_row_is_named_on_its_own_sheet(tmp_path: Path) -> None:
    path = programme(tmp_path)
    workbook = openpyxl.load_workbook(path)
    workbook["Day 2"].row_dimensions[3].hidden = True
    workbook.save(path)
    report = validate_file(path, sheet=["all"], timezone="America/Chicago")
    assert [(i.sheet, i.row, i.code, i.message) for r in report.rows for i in r.issues] == [
        ("Day 2", 3, "hidden-row",
         "Row 3 of sheet 'Day 2': the row is hidden in the sheet, yet it is imported like every "
         "other row; to leave the session out, delete the row rather than hide it.")]


@pytest.mark.e2e
def test_cli_plan_and_run_over_loopback_read_every_day(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from importer.sandbox import SandboxConfig, running_sandbox

    monkeypatch.chdir(tmp_path)
    programme(tmp_path, **{"Room/Location": "Room 100; Annex"})
    with running_sandbox(SandboxConfig(guide_timezone="America/Chicago")) as sandbox:
        monkeypatch.setenv("GUIDEBOOK_API_KEY", sandbox.api_key)
        options = ["days.xlsx", "--sheet", "all", "--guide", "1", "--api-url",
                   sandbox.base_url]
        plan = CliRunner().invoke(app, ["plan", *options])
        first = CliRunner().invoke(app, ["run", *options, "--report", "first.csv"])
        again = CliRunner().invoke(app, ["run", *options, "--json", "--report", "again.csv"])
        stored = sandbox.stats()["sessions"]
    assert (plan.exit_code, first.exit_code, again.exit_code) == (0, 0, 0), first.output
    assert "create 5 · update 0 · unchanged 0 · invalid 0 · delete 0" in plan.output
    assert stored == {"1": 5}
    with (tmp_path / "first.csv").open(encoding="utf-8-sig") as handle:
        assert [row[:5] for row in csv.reader(handle)] == [
            ["sheet", "row", "import_id", "name", "action"],
            *[[day, str(row), f"sheet:T00{n}", f"Talk number {n}", "created"]
              for n, (day, row) in enumerate([("Day 1", 4), ("Day 1", 5), ("Day 1", 6),
                                              ("Day 2", 2), ("Day 2", 3)], start=1)]]
    summary = json.loads(again.output)
    assert (summary["counts"]["unchanged"], summary["requests_spent"]) == (5, 4)  # reads only


def test_cli_sheet_names_made_of_digits_are_names_first(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tabs named by the day of the month: '--sheet 13' is the tab '13', not the 14th tab;
    a number no tab is named is still a tab's position."""
    monkeypatch.chdir(tmp_path)
    write_xlsx(tmp_path / "may.xlsx", {
        "Notes": [["Rooms open at 8"]],
        "12": [HEADER, *cells(talk(1, Date="5/12/2027"))],
        "13": [HEADER, *cells(talk(2, Date="5/13/2027"))],
    })

    def read(*sheets: str) -> list[tuple[Any, ...]]:
        options = [option for sheet in sheets for option in ("--sheet", sheet)]
        result = CliRunner().invoke(app, ["validate", "may.xlsx", *options, "--timezone",
                                          "America/Chicago", "--json"])
        assert result.exit_code == 0, result.output
        return [(row.get("sheet"), row["row"], row["import_id"])
                for row in json.loads(result.output)["rows"]]

    assert read("13") == [(None, 2, "sheet:T002")]
    assert read("12", "13") == [("12", 2, "sheet:T001"), ("13", 2, "sheet:T002")]
    assert read("1") == [(None, 2, "sheet:T001")]  # no tab named '1': the second tab
    csv_path = tmp_path / "talks.csv"
    csv_path.write_text(",".join(HEADER) + "\n" + ",".join(talk(1).values()).replace(
        "\n\n", " ") + "\n")
    result = CliRunner().invoke(app, ["validate", "talks.csv", "--sheet", "0", "--timezone",
                                      "America/Chicago"])
    assert result.exit_code == 0, result.output  # a CSV's only table is sheet 0


def test_a_column_problem_names_the_sheet_it_is_on(tmp_path: Path) -> None:
    """A note typed beside Day 3's sessions, a 'Description' column only Day 2 has and a
    second 'Date' on Day 2: each warning says which tab to open."""
    base = HEADER[:6]

    def row(number: int, date: str, *more: str | None) -> list[Any]:
        return [*(talk(number, Date=date)[c] for c in base), *more]

    path = write_xlsx(tmp_path / "days.xlsx", {
        "Day 1": [base, row(1, "5/11/2027")],
        "Day 2": [[*base, "Description", "Date"], row(2, "5/12/2027", None, None, "ask Bob"),
                  row(3, "5/12/2027", "About three", "5/13/2027")],
        "Day 3": [base, row(4, "5/13/2027", None, "call back")],
    })
    report = validate_file(path, sheet=["all"], timezone="America/Chicago")
    assert [(i.sheet, i.column, i.code, i.message) for i in report.sheet_issues] == [
        ("Day 2", "Description", "unread-column",
         "Column 'Description' of sheet 'Day 2' holds data that is not imported: "
         "fields.description reads 'Description (Optional)', which the sheet does not have. "
         "Rename the column to 'Description (Optional)', or give fields.description column = "
         "'Description' in a mapping of your own."),
        ("Day 2", "Column I", "untitled-column",
         "Column I of sheet 'Day 2' holds data on 1 row but has no header, so it is not "
         "imported; give it a header if a field should read it."),
        ("Day 3", "Column H", "untitled-column",
         "Column H of sheet 'Day 3' holds data on 1 row but has no header, so it is not "
         "imported; give it a header if a field should read it."),
    ]


def test_a_header_written_twice_on_one_tab_holds_back_that_tabs_rows_only(
        tmp_path: Path) -> None:
    """Day 2 has a second 'Room/Location' column (last year's rooms, say) differing from the
    first: which one is meant is in doubt on Day 2 only. Its rows are errors; Day 1 and
    Day 3 are read and sent as usual."""
    path = write_xlsx(tmp_path / "days.xlsx", {
        "Day 1": [HEADER, *cells(talk(1), talk(2))],
        "Day 2": [[*HEADER, "Room/Location"],
                  *[[*row, "Hall X"] for row in cells(talk(4, Date="5/12/2027"),
                                                      talk(5, Date="5/12/2027"))]],
        "Day 3": [HEADER, *cells(talk(6, Date="5/13/2027"))],
    })
    report = validate_file(path, sheet=["all"], timezone="America/Chicago")
    problem = ("two columns of its sheet are headed 'Room/Location': 'Room/Location' (column "
               "F) and 'Room/Location (2)' (column I), and they differ (row 2: 'Room 100' "
               "against 'Hall X'), so no row of this sheet is sent until the one that is not "
               "meant is renamed or deleted (the mapping reads the first).")
    assert report.sheet_issues == []
    assert [(i.sheet, i.row, i.column, i.code, i.severity, i.message)
            for i in report.issues] == [
        ("Day 2", 2, "Room/Location", "repeated-column", "error",
         f"Row 2 of sheet 'Day 2': {problem}"),
        ("Day 2", 3, "Room/Location", "repeated-column", "error",
         f"Row 3 of sheet 'Day 2': {problem}"),
    ]
    assert (report.blocked, report.valid, report.with_errors) == (False, 3, 2)
    assert [p.import_id for p in report.payloads] == ["sheet:T001", "sheet:T002", "sheet:T006"]


def test_all_names_a_hidden_sheet_with_the_columns_it_left_out(tmp_path: Path) -> None:
    """A day's tab hidden in Excel is not read by --sheet all, so a run with --prune would
    delete its sessions: the warning says so (the workbook opens on a speakers tab)."""
    path = write_xlsx(tmp_path / "days.xlsx", {
        "Speakers": [["Name", "Bio"], ["Ann", "Talks a lot"]],
        "Day 1": [HEADER, *cells(talk(1))],
        "Day 2": [HEADER, *cells(talk(2, Date="5/12/2027"))],
        "Day 3": [HEADER, *cells(talk(3, Date="5/13/2027"))],
        "Lists": [["Room/Location", "Capacity"], ["Room 100", 40]],
    }, hidden=("Day 3", "Lists"))
    report = validate_file(path, sheet=["all"], timezone="America/Chicago")
    assert [(r.sheet, r.row) for r in report.rows] == [("Day 1", 2), ("Day 2", 2)]
    assert report.sheet_issues == [RowIssue(
        None, None, None, "hidden-sheets", "warning",
        "Sheet 'Day 3' is hidden, so it was not read, though it has the same columns as the "
        "sheets read. If it holds sessions of this programme, unhide it in Excel or name each "
        "sheet to read with --sheet: --prune deletes the sessions that no sheet read holds.")]
    # Named, or one sheet meant, the hidden ones are nobody's concern.
    assert validate_file(path, sheet=["Day 1", "Day 2"], timezone="America/Chicago"
                         ).sheet_issues == []
    assert [i.code for i in validate_file(path, timezone="America/Chicago").sheet_issues
            ] == ["other-sheets"]


def test_a_sheet_is_found_by_its_name_typed_in_another_case_or_unicode_form(
        tmp_path: Path) -> None:
    """Excel's tab names ignore case ('Day 1' and 'day 1' cannot both exist), and a name
    typed or pasted on a Mac can arrive decomposed ('i' + accent for 'í')."""
    path = write_xlsx(tmp_path / "days.xlsx", {
        "Day 1": [HEADER, *cells(talk(1))],
        "Día 2": [HEADER, *cells(talk(2, Date="5/12/2027"))],
    })
    decomposed = unicodedata.normalize("NFD", "Día 2")
    assert rows_of(path, ["day 1", decomposed]) == [
        ("Day 1", 2, "sheet:T001"), ("Día 2", 2, "sheet:T002")]
    assert rows_of(path, ["DAY 1", "Day 1"]) == [(None, 2, "sheet:T001")]  # one sheet, once


def test_a_date_order_in_doubt_names_the_row_with_its_sheet(tmp_path: Path) -> None:
    """The example row of a column-wide error is on one of the tabs: say which."""
    path = write_xlsx(tmp_path / "days.xlsx", {
        "Day 1": [HEADER, *cells(talk(1))],
        "Día 2": [HEADER, *cells(talk(2, Date="12.5.2027"))],
        "Día 3": [HEADER, *cells(talk(3, Date="13/5/2027"))],
    })
    dotted = validate_file(path, sheet=["all"], timezone="America/Chicago")
    assert [(i.code, i.message) for i in dotted.sheet_issues] == [(
        "ambiguous-date-order",
        "'Date' writes dates with dots (e.g. '12.5.2027' on row 2 of sheet 'Día 2'), which are "
        "day-first wherever they are used, but the mapping reads dates month-first. Set "
        'date_order = "day-first" in the mapping, or write dates as 2027-05-11.')]
    slashed = validate_file(path, sheet=["Day 1", "Día 3"], timezone="America/Chicago")
    assert [(i.code, i.message) for i in slashed.sheet_issues] == [(
        "ambiguous-date-order",
        "'Date' has dates that only make sense day-first (e.g. '13/5/2027' on row 2 of sheet "
        "'Día 3'), but the mapping reads dates month-first, so other dates in this column may "
        'be misread too. Set date_order = "day-first" in the mapping, or write dates as '
        "2027-05-11.")]


def test_the_plan_names_the_sheets_it_read(tmp_path: Path) -> None:
    """A re-run's plan lists no unchanged row: its first line is where a planner sees that
    --sheet all also took the 'Cancelled' tab, kept with the same columns."""
    from rich.console import Console

    from importer import render
    from importer.runner import plan_import

    sandbox = Sandbox()
    path = write_xlsx(tmp_path / "days.xlsx", {
        "Day 1": [HEADER, *cells(talk(1))],
        "Cancelled": [HEADER, *cells(talk(2))],
    })
    run(sandbox, path, sheet=["all"])
    console = Console(record=True, width=200)
    render.plan(console, plan_import(path, sandbox.settings, transport=sandbox.transport(),
                                     sheet=["all"]))
    assert console.export_text().splitlines()[:2] == [
        f"Plan for guide 1 from {path}, sheets 'Day 1', 'Cancelled' (times in "
        "America/Chicago)",
        "create 0 · update 0 · unchanged 2 · invalid 0 · delete 0"]


def test_a_named_sheet_without_a_header_is_refused_as_such(tmp_path: Path) -> None:
    """A day's tab holding only a title so far ('to be announced') has no header: naming
    its first missing column, on 'its header' the title's row, misled."""
    path = write_xlsx(tmp_path / "days.xlsx", {
        "Day 1": [HEADER, *cells(talk(1))],
        "Day 3": [["Friday - to be announced"]],
    })
    with pytest.raises(InputError) as caught:
        load_sheets(path, ["Day 1", "Day 3"], expected_columns=TEMPLATE.expected_columns())
    assert str(caught.value) == (
        f"sheet 'Day 3' of {path} has none of the columns the mapping reads (sheet 'Day 1' "
        "has its header on row 1): give it the same header row, or leave sheet 'Day 3' out "
        "of --sheet.")
    with pytest.raises(InputError, match=r"^sheet 'Day 3' of .* has none of the columns"):
        load_sheets(path, ["Day 3", "Day 1"], expected_columns=TEMPLATE.expected_columns())


def test_the_sheets_to_read_can_be_set_in_the_settings_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A nightly cron job on a workbook kept on one tab per day: `sheet = "all"` in
    gbimport.toml reads every day without a crontab option; --sheet still wins."""
    monkeypatch.chdir(tmp_path)
    programme(tmp_path)
    (tmp_path / "gbimport.toml").write_text('sheet = "all"\n', encoding="utf-8")

    def rows_read(*options: str) -> list[tuple[str | None, int]]:
        result = CliRunner().invoke(app, ["validate", "days.xlsx", "--json", *options])
        assert result.exit_code == 0, result.output
        return [(row.get("sheet"), row["row"]) for row in json.loads(result.output)["rows"]]

    assert rows_read() == [("Day 1", 4), ("Day 1", 5), ("Day 1", 6), ("Day 2", 2), ("Day 2", 3)]
    assert rows_read("--sheet", "Day 2") == [(None, 2), (None, 3)]
    sandbox = Sandbox()
    report = run_import("days.xlsx", sandbox.settings.model_copy(update={"sheet": ["Day 2"]}),
                        transport=sandbox.transport())
    assert [(o.sheet, o.row, o.action) for o in report.outcomes] == [
        (None, 2, "created"), (None, 3, "created")]
    (tmp_path / "gbimport.toml").write_text("sheet = 1.5\n", encoding="utf-8")
    refused = CliRunner().invoke(app, ["validate", "days.xlsx"])
    assert (refused.exit_code, " ".join(refused.output.split())) == (
        2, "error: gbimport.toml:1: sheet: expected a sheet's name or 0-based number, \"all\", "
        "or a list of names, got 1.5; change it")


def test_prune_stops_without_force_while_a_day_is_hidden(tmp_path: Path) -> None:
    """A day's tab hidden in Excel after its import: --sheet all --prune would delete its
    sessions, however few, and a cron run's --quiet hides the warning; it needs --force."""
    from importer.errors import UnsafeOperationError

    sandbox = Sandbox()
    days = {f"Day {n}": [HEADER, *cells(talk(n, Date=f"5/{10 + n}/2027"))] for n in range(1, 12)}
    path = write_xlsx(tmp_path / "days.xlsx", days)
    run(sandbox, path, sheet=["all"])
    write_xlsx(path, days, hidden=("Day 11",))
    before = sandbox.writes()
    with pytest.raises(UnsafeOperationError) as stopped:
        run(sandbox, path, sheet=["all"], prune=True)
    assert sandbox.writes() == before
    assert str(stopped.value) == (
        "--prune would delete 1 session (such as 'sheet:T011') while the workbook has hidden "
        "sheets with the programme's columns, which may hold them (see the hidden-sheets "
        "warning); unhide those sheets, or name the sheets to read with --sheet. Pass --force "
        "if that is really intended.")
    forced = run(sandbox, path, sheet=["all"], prune=True, force=True)
    assert [(o.import_id, o.action) for o in forced.outcomes if o.action != "unchanged"] == [
        ("sheet:T011", "deleted")]


def test_the_plan_as_json_carries_the_sheet_wide_issues_and_names_sessions_left(
        tmp_path: Path) -> None:
    """A script reading `plan --json` hears of a hidden day's tab, which is on no row; a
    session whose row left every tab read is said to be in none of them."""
    from importer.runner import plan_import

    sandbox = Sandbox()
    days = {"Day 1": [HEADER, *cells(talk(1))], "Day 2": [HEADER, *cells(talk(2))],
            "Day 3": [HEADER, *cells(talk(3))]}
    path = write_xlsx(tmp_path / "days.xlsx", days)
    run(sandbox, path, sheet=["all"])
    write_xlsx(path, {**days, "Day 2": [HEADER, *cells(talk(4))]}, hidden=("Day 3",))
    plan = plan_import(path, sandbox.settings, sheet=["all"], transport=sandbox.transport())
    as_json = json.loads(json.dumps(plan.to_json(), default=str))
    assert [(i["code"], i["severity"]) for i in as_json["sheet_issues"]] == [
        ("hidden-sheets", "warning")]
    # Which tabs the plan read, as the run's summary lists them: Day 3 is hidden now.
    assert as_json["sheets"] == [
        {"name": "Day 1", "header_row": 1, "header_rows": 1, "rows_read": 1},
        {"name": "Day 2", "header_row": 1, "header_rows": 1, "rows_read": 1}]
    assert as_json["notes"] == [
        "2 sessions are in the guide with these sheets' ids but in none of them: 'Talk number "
        "2' (sheet:T002), 'Talk number 3' (sheet:T003); they stay unless you run with --prune"]


def test_a_template_tab_kept_first_is_passed_over_for_the_programme(tmp_path: Path) -> None:
    """A planner's workbook opens on a Template tab (the header, no row): without --sheet
    the tab with sessions is read, not 0 rows; a template tab is no 'other sheet' either."""
    path = write_xlsx(tmp_path / "days.xlsx", {
        "Template": [HEADER],
        "Programme": [["PyData Summit 2027"], HEADER, *cells(talk(1), talk(2))],
        "Spare": [HEADER],
    })
    report = validate_file(path, timezone="UTC")
    assert (report.sheet_name, [(r.row, r.import_id) for r in report.rows]) == (
        "Programme", [(3, "sheet:T001"), (4, "sheet:T002")])
    assert [i.code for i in report.sheet_issues] == []
    assert rows_of(path, ["all"]) == [(None, 3, "sheet:T001"), (None, 4, "sheet:T002")]
    # Only templates: the first is read, as before (0 rows, nothing to send).
    empty = write_xlsx(tmp_path / "empty.xlsx", {"Template": [HEADER], "Spare": [HEADER]})
    assert (validate_file(empty, timezone="UTC").sheet_name,
            validate_file(empty, timezone="UTC").rows_read) == ("Template", 0)


def test_a_tab_whose_first_session_is_far_below_its_header_holds_sessions(
        tmp_path: Path) -> None:
    """Day 2 laid out ahead, its first session 40 blank rows below the header: --sheet all
    reads it (left out, its sessions would be pruned), and a template tab kept first gives
    way to such a tab."""
    gap: list[list[Any]] = [[] for _ in range(40)]
    path = write_xlsx(tmp_path / "days.xlsx", {
        "Day 1": [HEADER, *cells(talk(1))],
        "Day 2": [HEADER, *gap, *cells(talk(2, Date="5/12/2027"))],
    })
    assert rows_of(path, ["all"]) == [("Day 1", 2, "sheet:T001"), ("Day 2", 42, "sheet:T002")]
    first = write_xlsx(tmp_path / "template.xlsx", {
        "Template": [HEADER],
        "Day 1": [HEADER, *gap, *cells(talk(1))],
    })
    assert rows_of(first, ["all"]) == [(None, 42, "sheet:T001")]
    assert validate_file(first, timezone="UTC").sheet_name == "Day 1"


def test_a_session_on_another_days_tab_is_warned_about(tmp_path: Path) -> None:
    """Tabs named for their day: a row dated another day was filed on the wrong tab (or
    given the wrong date). A show at 00:30 belongs to the night before; tabs named 'Day 3'
    or 'Workshops' name no date, so nothing is said of their rows."""
    late = {"Date": "5/13/2027", "Time Start": "12:30 AM", "Time End": "1:30 AM"}
    path = write_xlsx(tmp_path / "days.xlsx", {
        "Tue 11 May": [HEADER, *cells(talk(1), talk(2, Date="5/12/2027"))],
        "Wednesday": [HEADER, *cells(talk(3, Date="5/12/2027"), talk(4), talk(5, **late))],
        "11.05.": [HEADER, *cells(talk(6), talk(7, Date="5/12/2027"))],
        "Day 3": [HEADER, *cells(talk(8))],
        "Workshops": [HEADER, *cells(talk(9, Date="5/14/2027"))],
    })
    report = validate_file(path, sheet=["all"], timezone="America/Chicago")
    assert [(i.sheet, i.row, i.column, i.value, i.code, i.severity, i.message)
            for i in report.issues] == [
        ("Tue 11 May", 3, "Date", "2027-05-12", "wrong-day-sheet", "warning",
         "Row 3 of sheet 'Tue 11 May': starts on Wednesday 12 May 2027, but its sheet is named "
         "for 11 May: check the date, or move the row to its day's sheet."),
        ("Wednesday", 3, "Date", "2027-05-11", "wrong-day-sheet", "warning",
         "Row 3 of sheet 'Wednesday': starts on Tuesday 11 May 2027, but its sheet is named "
         "for a Wednesday: check the date, or move the row to its day's sheet."),
        ("11.05.", 3, "Date", "2027-05-12", "wrong-day-sheet", "warning",
         "Row 3 of sheet '11.05.': starts on Wednesday 12 May 2027, but its sheet is named "
         "for 11 May: check the date, or move the row to its day's sheet."),
    ]
    one = validate_file(path, sheet="Wednesday", timezone="America/Chicago")
    assert [i.message for i in one.issues] == [
        "Row 3: starts on Tuesday 11 May 2027, but sheet 'Wednesday' is named for a "
        "Wednesday: check the date, or move the row to its day's sheet."]


def test_day_tabs_read_the_year_a_monday_and_where_the_night_ends(tmp_path: Path) -> None:
    """'11.05.27' is 2027: a row copied with last year's date is warned about, this year's
    is not. A Monday tab holds Monday sessions. A session till 5 am belongs to the night
    before, one from 5 am on to its own day; a row with an error is told of that alone."""
    path = write_xlsx(tmp_path / "days.xlsx", {
        "11.05.27": [HEADER, *cells(talk(1), talk(2, Date="5/11/2026"))],
        "Monday": [HEADER, *cells(talk(3, Date="5/10/2027"))],
        "Tuesday": [HEADER, *cells(
            talk(4, Date="5/12/2027", **{"Time Start": "4:30 AM", "Time End": "5:30 AM"}),
            talk(5, Date="5/12/2027", **{"Time Start": "5:00 AM", "Time End": "6:00 AM",
                                         "Room/Location": "Room 200"}),
            talk(6, Date="5/12/2027", **{"Session Title": ""}))],
    })
    report = validate_file(path, sheet=["all"], timezone="UTC")
    assert [(i.sheet, i.row, i.column, i.value, i.code, i.severity, i.message)
            for i in report.issues] == [
        ("11.05.27", 3, "Date", "2026-05-11", "wrong-day-sheet", "warning",
         "Row 3 of sheet '11.05.27': starts on Monday 11 May 2026, but its sheet is named "
         "for 11 May 2027: check the date, or move the row to its day's sheet."),
        ("Tuesday", 3, "Date", "2027-05-12", "wrong-day-sheet", "warning",
         "Row 3 of sheet 'Tuesday': starts on Wednesday 12 May 2027, but its sheet is named "
         "for a Tuesday: check the date, or move the row to its day's sheet."),
        ("Tuesday", 4, "Session Title", None, "missing-required", "error",
         "Row 4 of sheet 'Tuesday': 'Session Title' is empty; every session needs a title. "
         "Fill it in."),
    ]


@pytest.mark.parametrize(("name", "day"), [
    ("Tuesday", "a Tuesday"), ("Tue", "a Tuesday"), ("Tue, May 11th", "11 May"),
    ("Day 2 - Tue 11 May", "11 May"), ("Day 2 (Tue)", "a Tuesday"),
    ("mardi 11 mai", "11 May"), ("Dienstag, 11. Mai 2027", "11 May 2027"),
    ("2027-05-11", "11 May 2027"), ("11/5", "11 May or 5 November"),
    ("11.05.27", "11 May 2027"), ("Day 2: Tue", "a Tuesday"), ("Wed 29.02.", "29 February"),
    ("Tue – 11 May", "11 May"),
    ("Thursday, Friday", None),
    ("Day 2", None), ("Workshops", None), ("Tuesday workshops", None), ("Mon - Tue", None),
    ("Thursday & Friday", None), ("13", None), ("May", None), ("31.02.", None), ("Mar", None),
])
def test_what_counts_as_a_tab_named_for_a_day(name: str, day: str | None) -> None:
    found = sheet_day(name)
    assert (None if found is None else str(found)) == day


def test_the_issue_list_of_several_sheets_always_has_the_sheet_column(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Only a sheet-wide warning found (the hidden tab of last year), on no sheet: the
    columns are still those of a run that found row issues, for a script reading them."""
    monkeypatch.chdir(tmp_path)
    programme(tmp_path)
    result = CliRunner().invoke(app, ["validate", "days.xlsx", "--sheet", "all", "--timezone",
                                      "UTC", "--issues-out", "issues.csv"])
    assert result.exit_code == 0, result.output
    with (tmp_path / "issues.csv").open(encoding="utf-8-sig") as handle:
        assert [row[:6] for row in csv.reader(handle)] == [
            ["sheet", "row", "column", "value", "code", "severity"],
            ["", "", "", "", "hidden-sheets", "warning"]]
