"""leave_out: rows the sheet itself marks as out (a Status column saying 'Cancelled')."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from unittest.mock import ANY

import pytest
from openpyxl import Workbook
from openpyxl.styles import Font
from rich.console import Console
from typer.testing import CliRunner

from importer import render
from importer.cli import app
from importer.draft import draft_mapping
from importer.errors import MappingError, UnsafeOperationError
from importer.plan import Plan
from importer.report import write_report
from importer.runner import plan_import
from importer.validate import ValidationReport, validate_file
from tests.support import HEADER, Sandbox, talk
from tests.test_presenter_rows_sessionize import BLANK_SESSION, KEYNOTE, SOIL
from tests.test_presenter_rows_sessionize import HEADER as SPEAKERS_HEADER
from tests.test_presenter_rows_sessionize import MAPPING as SPEAKERS_MAPPING
from tests.test_validate import write_csv

MAPPING = """name = "talks"
import_id_prefix = "sheet:"
[leave_out]
column = "Status"
values = ["cancelled", " Withdrawn", "rejected"]
[fields.import_id]
column = "Session ID"
[fields.name]
column = "Session Title"
[fields.start]
date_column = "Date"
time_column = "Time Start"
[fields.end]
time_column = "Time End"
[fields.locations]
column = "Room/Location"
"""


def write_mapping(tmp_path: Path, text: str = MAPPING) -> Path:
    path = tmp_path / "talks.toml"
    path.write_text(text, encoding="utf-8")
    return path


def write_talks(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, [*HEADER, "Status"], restval="")
        writer.writeheader()
        writer.writerows(rows)
    return path


def issue_table(path: Path, mapping: Path) -> list[tuple[int, str | None, object, str, str]]:
    report = validate_file(path, mapping=mapping, timezone="UTC")
    return [(i.row, i.column, i.value, i.code, i.severity) for i in report.issues]


def test_a_row_marked_out_is_skipped_with_a_warning_and_no_other_check(
        tmp_path: Path) -> None:
    """Row 3 reuses row 2's id, room and hour, and row 4 has no time: marked out, neither
    is a duplicate id, a room overlap or an error. The cell is compared stripped and without
    case, and quoted as written."""
    sheet = write_talks(tmp_path / "s.csv", [
        talk(1, Status="Confirmed"),
        talk(1, **{"Session Title": "Old keynote", "Status": " CANCELLED "}),
        talk(2, **{"Time Start": "", "Time End": "", "Status": "withdrawn"}),
        talk(3),
    ])
    report = validate_file(sheet, mapping=write_mapping(tmp_path), timezone="UTC")
    assert [(i.row, i.column, i.value, i.code, i.severity) for i in report.issues] == [
        (3, "Status", "CANCELLED", "left-out", "warning"),
        (4, "Status", "withdrawn", "left-out", "warning"),
    ]
    assert report.issues[0].message == (
        "Row 3: 'Status' has 'CANCELLED', which the mapping's leave_out names, so the row is "
        "left out: nothing is sent for it, and row 2 has its id too: that row's session "
        "stays, --prune keeps it")
    assert report.issues[1].message.endswith(
        "its session from an earlier run is deleted by --prune; change the cell to send the "
        "session")
    assert [(row["row"], row["status"]) for row in report.to_json()["rows"]] == [
        (2, "ok"), (3, "skipped"), (4, "skipped"), (5, "ok")]
    assert [p.import_id for p in report.payloads] == ["sheet:T001", "sheet:T003"]


def test_a_row_marked_out_counts_as_neither_heading_nor_session(tmp_path: Path) -> None:
    """Two one-cell rows of three would make every one-cell row a misread (no headings);
    the row marked out is not counted, so 'Day 1' is still a heading."""
    sheet = write_talks(tmp_path / "s.csv", [
        {"Session Title": "Day 1"}, talk(1), {"Status": "Cancelled"}])
    assert issue_table(sheet, write_mapping(tmp_path)) == [
        (2, "Session Title", "Day 1", "section-heading", "warning"),
        (4, "Status", "Cancelled", "left-out", "warning"),
    ]


def test_a_column_the_sheet_lacks_gets_did_you_mean(tmp_path: Path) -> None:
    sheet = write_talks(tmp_path / "s.csv", [talk(1)])
    mapping = write_mapping(tmp_path, MAPPING.replace('column = "Status"', 'column = "Stats"'))
    with pytest.raises(MappingError) as caught:
        validate_file(sheet, mapping=mapping, timezone="UTC")
    assert str(caught.value).removeprefix(str(tmp_path) + "/").startswith(
        "s.csv: mapping 'talks': leave_out needs column 'Stats', which the sheet does not "
        "have; did you mean 'Status'? The sheet's columns are: ")


def test_a_mapping_without_values_is_refused(tmp_path: Path) -> None:
    sheet = write_talks(tmp_path / "s.csv", [talk(1)])
    mapping = write_mapping(tmp_path, MAPPING.replace(
        'values = ["cancelled", " Withdrawn", "rejected"]', 'values = [" "]'))
    with pytest.raises(MappingError, match=r"leave_out\.values: names no value"):
        validate_file(sheet, mapping=mapping, timezone="UTC")


def sandbox_with(tmp_path: Path, mapping: str = MAPPING) -> Sandbox:
    sandbox = Sandbox()
    sandbox.settings = sandbox.settings.model_copy(
        update={"mapping": str(write_mapping(tmp_path, mapping)), "timezone": "UTC"})
    return sandbox


# The sheet's ids not read: each session's id is derived from its title, start and room.
DERIVED_IDS = MAPPING.replace('[fields.import_id]\ncolumn = "Session ID"\n', "")


def test_a_row_marked_out_on_a_sheet_without_ids_is_told_as_marked_out(
        tmp_path: Path) -> None:
    """Its id is derived from its cells, as when it was sent: the notes say the row is
    marked out (not 'no longer in the sheet', a row the planner can see), and the report's
    line gives the session's id to find it in Builder. An error in another cell (its end)
    hides nothing the id is made from; a start that does not read leaves the row as before."""
    sandbox = sandbox_with(tmp_path, DERIVED_IDS)
    sheet = tmp_path / "s.csv"
    talks = [talk(n, Status="Confirmed") for n in range(1, 21)]
    sandbox.run(write_talks(sheet, talks))
    guide = {s["name"]: (s["import_id"], s["id"]) for s in sandbox.sessions()}
    talks[4].update({"Status": "Cancelled", "Time End": "late"})
    report = sandbox.run(write_talks(sheet, talks))
    t5, session_5 = guide["Talk number 5"]
    assert [(o.row, o.import_id, o.action, o.session_id) for o in report.outcomes
            if o.action != "unchanged"] == [(6, t5, "skipped", session_5)]
    assert [note for note in report.notes if "Talk number" in note] == [
        f"1 session is in the guide with this sheet's ids in a row marked out by leave_out: "
        f"'Talk number 5' ({t5}, row 6); it stays unless you run with --prune"]
    assert report.notes_to_act_on == [
        f"'Talk number 5' ({t5}, row 6) is marked out in the sheet (leave_out), but its "
        "session stays in the app: delete it with a run given --prune (or in the sandbox); later "
        "runs list such sessions in the summary file alone"]
    talks[5].update({"Status": "Cancelled", "Time Start": "soon"})
    report = sandbox.run(write_talks(sheet, talks))
    t6 = guide["Talk number 6"][0]
    named = ", ".join(text for _, text in sorted(  # in the order of their ids
        [(t5, f"'Talk number 5' ({t5}, row 6)"), (t6, f"'Talk number 6' ({t6})")]))
    assert [(o.row, o.import_id, o.action) for o in report.outcomes if o.action != "unchanged"
            ] == [(6, t5, "skipped"), (7, None, "skipped")]
    assert [note for note in report.notes if "Talk number" in note] == [
        f"2 sessions are in the guide with this sheet's ids but no longer in the sheet, or "
        f"in rows marked out by leave_out: {named}; they stay unless you run with --prune"]
    report = sandbox.run(sheet, prune=True)
    deleted = sorted([(t5, session_5), guide["Talk number 6"]])
    assert [(o.row, o.import_id, o.action, o.session_id) for o in report.outcomes
            if o.action != "unchanged"] == [
        (6, t5, "skipped", None), (7, None, "skipped", None),
        *((None, import_id, "deleted", session) for import_id, session in deleted)]
    assert len(sandbox.sessions()) == 18


def test_rows_marked_out_at_once_on_a_sheet_without_ids_meet_the_guard_naming_leave_out(
        tmp_path: Path) -> None:
    refused = prune_refused_after_five_of_twenty_marked_out(
        tmp_path, sandbox_with(tmp_path, DERIVED_IDS))
    assert "(over 10%, 5 of them in rows marked out by leave_out)" in refused
    assert "check the sheet and the mapping's leave_out values (" in refused


def prune_refused_after_five_of_twenty_marked_out(tmp_path: Path, sandbox: Sandbox) -> str:
    """Twenty talks imported, five then marked Cancelled: what refuses run --prune."""
    sheet = tmp_path / "s.csv"
    talks = [talk(n, Status="Confirmed") for n in range(1, 21)]
    sandbox.run(write_talks(sheet, talks))
    for row in talks[:5]:
        row["Status"] = "Cancelled"
    with pytest.raises(UnsafeOperationError) as caught:
        sandbox.run(write_talks(sheet, talks), prune=True)
    return str(caught.value)
    assert len(sandbox.sessions()) == 20


def test_a_talk_cancelled_between_runs_is_named_then_pruned(tmp_path: Path) -> None:
    sandbox = sandbox_with(tmp_path)
    sheet = tmp_path / "s.csv"
    talks = [talk(n, Status="Confirmed") for n in range(1, 21)]
    assert sandbox.run(write_talks(sheet, talks)).counts["created"] == 20
    talks[4]["Status"] = "Cancelled"  # T005, on row 6
    before = sandbox.writes()
    report = sandbox.run(write_talks(sheet, talks))
    assert sandbox.writes() == before  # the unchanged rows and the one marked out cost nothing
    assert [(o.row, o.import_id, o.action) for o in report.outcomes if o.action != "unchanged"
            ] == [(6, "sheet:T005", "skipped")]
    assert report.outcomes[4].message.startswith(
        "warning: left-out: 'Status' has 'Cancelled', which the mapping's leave_out names")
    assert [note for note in report.notes if "T005" in note] == [
        "1 session is in the guide with this sheet's ids in a row marked out by leave_out: "
        "'Talk number 5' (sheet:T005, row 6); it stays unless you run with --prune"]
    assert report.notes_to_act_on == [  # what a quiet run (cron) prints, once
        "'Talk number 5' (sheet:T005, row 6) is marked out in the sheet (leave_out), but its "
        "session stays in the app: delete it with a run given --prune (or in the sandbox); later "
        "runs list such sessions in the summary file alone"]
    report = sandbox.run(sheet, prune=True)
    assert [(o.row, o.import_id, o.action, o.message) for o in report.outcomes
            if o.action != "unchanged"] == [
        (6, "sheet:T005", "skipped", report.outcomes[4].message),
        (None, "sheet:T005", "deleted", "left out by the sheet (leave_out) in row 6")]
    assert sorted(s["import_id"] for s in sandbox.sessions()) == [
        f"sheet:T{n:03d}" for n in range(1, 21) if n != 5]


def heading_marked_out_and_id_only_rows(tmp_path: Path) -> tuple[Sandbox, Path, dict[str, int]]:
    """Twenty talks imported; then a heading above them (row 2), T005 marked Cancelled (row
    7) and T006's row holding its id alone (row 8). The sandbox, the sheet, the guide's
    session ids by import id."""
    sandbox = sandbox_with(tmp_path)
    sheet = tmp_path / "s.csv"
    talks = [talk(n, Status="Confirmed") for n in range(1, 21)]
    sandbox.run(write_talks(sheet, talks))
    guide = {s["import_id"]: int(s["id"]) for s in sandbox.sessions()}
    talks[4]["Status"] = "Cancelled"
    talks[5] = {"Session ID": "T006"}
    write_talks(sheet, [{"Session Title": "Day 1"}, *talks])
    return sandbox, sheet, guide


def test_a_skipped_rows_line_gives_the_session_it_leaves_in_the_guide(tmp_path: Path) -> None:
    """A row marked out (without --prune) and a row holding only a session's id leave that
    session in the app: their lines in the report give its id, to find it in Builder. A
    heading has none, and a session --prune deletes is given on its own line alone."""
    sandbox, sheet, guide = heading_marked_out_and_id_only_rows(tmp_path)
    report = sandbox.run(sheet)
    written = write_report(report, tmp_path / "results.csv")
    with written.open(newline="", encoding="utf-8-sig") as handle:
        lines = [line for line in csv.DictReader(handle) if line["action"] == "skipped"]
    assert [(line["row"], line["import_id"], line["session_id"]) for line in lines] == [
        ("2", "", ""), ("7", "sheet:T005", str(guide["sheet:T005"])),
        ("8", "sheet:T006", str(guide["sheet:T006"]))]
    report = sandbox.run(sheet, prune=True)
    assert [(o.row, o.import_id, o.action, o.session_id) for o in report.outcomes
            if o.action not in ("unchanged", "updated")] == [
        (2, None, "skipped", None), (7, "sheet:T005", "skipped", None),
        (8, "sheet:T006", "skipped", guide["sheet:T006"]),
        (None, "sheet:T005", "deleted", guide["sheet:T005"])]


def changes_table(plan: Plan) -> list[list[str]]:
    """The printed plan's Changes table, cell by cell."""
    console = Console(record=True, width=200, file=io.StringIO())
    render.plan(console, plan)
    return [[cell.strip() for cell in line.split("│")[1:-1]]
            for line in console.export_text().splitlines() if line.startswith("│")]


def test_plan_gives_the_session_a_skipped_row_leaves_in_the_guide(tmp_path: Path) -> None:
    """As the report's lines do, `plan --json`'s rows give the session a row marked out
    (without --prune) or holding only a session's id leaves in the app, and none once
    --prune deletes it; a heading has none. The plan table's delete names the marked row.
    What --prune decides is unchanged: it deletes the marked row's session alone."""
    sandbox, sheet, guide = heading_marked_out_and_id_only_rows(tmp_path)
    skipped = {}
    for prune in (False, True):
        plan = plan_import(sheet, sandbox.settings, prune=prune, transport=sandbox.transport())
        rows = json.loads(json.dumps(plan.to_json(), default=str))["rows"]  # as --json prints
        skipped[prune] = [(row["row"], row["import_id"], row["session_id"])
                          for row in rows if row["action"] == "skipped"]
    assert skipped == {
        False: [(2, None, None), (7, "sheet:T005", guide["sheet:T005"]),
                (8, "sheet:T006", guide["sheet:T006"])],
        True: [(2, None, None), (7, "sheet:T005", None), (8, "sheet:T006", guide["sheet:T006"])]}
    assert [(d.import_id, d.session_id) for d in plan.deletes] == [
        ("sheet:T005", guide["sheet:T005"])]
    assert [row.session_id for row in plan.rows if row.action == "skipped"] == [None] * 3
    assert [line for line in changes_table(plan) if line[1] == "delete"] == [[
        "", "delete", "sheet:T005", "Talk number 5", "left out by the sheet (leave_out) in row 7"]]


def test_a_row_marked_out_with_its_id_on_a_live_row_keeps_that_session(
        tmp_path: Path) -> None:
    """A talk moved to a new row under its id, its old row marked out: the session stays,
    and the old row's warning says so (it said --prune would delete the session)."""
    sandbox = sandbox_with(tmp_path)
    sheet = tmp_path / "s.csv"
    talks = [talk(n) for n in range(1, 21)]
    sandbox.run(write_talks(sheet, talks))
    moved = talk(5, **{"Time Start": "4:00 PM", "Time End": "4:45 PM"})
    report = sandbox.run(write_talks(sheet, [*talks[:4], {**talks[4], "Status": "withdrawn"},
                                             *talks[5:], moved]), prune=True)
    assert [(o.row, o.action) for o in report.outcomes if o.action != "unchanged"] == [
        (6, "skipped"), (22, "updated")]
    assert len(sandbox.sessions()) == 20
    assert next(o.message for o in report.outcomes if o.row == 6) == (
        "warning: left-out: 'Status' has 'withdrawn', which the mapping's leave_out names, so "
        "the row is left out: nothing is sent for it, and row 22 has its id too: that row's "
        "session stays, --prune keeps it")


def draft_sheet(tmp_path: Path, states: list[str]) -> Path:
    rows = [["Session Title", "Date", "Time Start", "Time End", "Room", "Status"], *(
        [f"Talk {n}", "5/11/2027", f"{9 + n}:00", f"{9 + n}:45", "Hall", state]
        for n, state in enumerate(states))]
    path = tmp_path / "cfp.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    return path


def test_the_draft_reads_a_status_column_that_marks_rows_out(tmp_path: Path) -> None:
    sheet = draft_sheet(tmp_path, ["confirmed", "Cancelled", "rejected", "cancelled",
                                   "accepted"])
    draft = draft_mapping(sheet)
    assert draft.leave_out == ("Status", ["Cancelled", "rejected"])
    assert ('[leave_out]   # rows whose status says the session will not take place\n'
            'column = "Status"\nvalues = ["Cancelled", "rejected"]\n') in draft.text
    assert "Columns nothing reads" not in draft.text
    report = validate_file(sheet, mapping=write_mapping(tmp_path, draft.text), timezone="UTC")
    assert [(i.row, i.code) for i in report.issues if i.code == "left-out"] == [
        (3, "left-out"), (4, "left-out"), (5, "left-out")]
    result = CliRunner().invoke(app, ["draft-mapping", str(sheet), "-o",
                                      str(tmp_path / "d.toml")])
    assert ("Rows whose 'Status' is 'Cancelled' or 'rejected' are left out (leave_out): "
            "nothing is sent for them.") in " ".join(result.stderr.split())


def test_a_status_column_of_confirmed_talks_gets_leave_out_commented_out(
        tmp_path: Path) -> None:
    draft = draft_mapping(draft_sheet(tmp_path, ["confirmed", "Accepted", "confirmed"]))
    assert draft.leave_out is None
    assert "\n[leave_out]" not in draft.text
    assert '\n# [leave_out]   # uncomment to keep out rows' in draft.text


def test_a_cancelled_title_is_told_to_be_marked_out_in_the_leave_out_column(
        tmp_path: Path) -> None:
    """With leave_out, the cancelled-title warning told the planner only to delete the row,
    where marking it out keeps the row: it names the column and a value that does so (one
    saying cancelled, as written in the mapping)."""
    sheet = write_talks(tmp_path / "s.csv", [
        talk(1, **{"Session Title": "CANCELLED: Keynote", "Status": "confirmed"})])
    report = validate_file(sheet, mapping=write_mapping(tmp_path), timezone="UTC")
    assert [(i.row, i.code, i.message) for i in report.issues] == [(2, "cancelled-title", (
        "Row 2: 'Session Title' has 'CANCELLED: Keynote', which says the session is "
        "cancelled, yet it is imported like every other row and shown in the app as written; "
        "to leave the session out, write 'cancelled' in its 'Status' cell (the mapping's "
        "leave_out leaves such rows out) or delete the row (and run with --prune to take it "
        "out of the app), or keep it as it is to show attendees it is cancelled."))]


def test_a_struck_row_is_told_to_be_marked_out_in_the_leave_out_column(
        tmp_path: Path) -> None:
    """A struck-through row under a mapping with leave_out: the warning names the column
    and the first value when none says cancelled."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.append([*HEADER, "Status"])
    row = talk(1, Status="confirmed")
    sheet.append([row.get(header, "") for header in [*HEADER, "Status"]])
    sheet["B2"].font = Font(strike=True)
    workbook.save(tmp_path / "s.xlsx")
    mapping = write_mapping(tmp_path, MAPPING.replace(
        '["cancelled", " Withdrawn", "rejected"]', '[" Withdrawn", "rejected"]'))
    report = validate_file(tmp_path / "s.xlsx", mapping=mapping, timezone="UTC")
    assert [(i.row, i.code, i.message) for i in report.issues] == [(2, "struck-row", (
        "Row 2: the row has text struck through, as a cancelled session's often is, yet it is "
        "imported like every other row (formatting is not read); if the session is cancelled, "
        "write 'Withdrawn' in its 'Status' cell (the mapping's leave_out leaves such rows out) "
        "or delete the row (and run with --prune to take it out of the app)."))]


def test_rows_the_draft_leaves_out_are_not_counted_as_waiting_for_a_slot(
        tmp_path: Path) -> None:
    """A call-for-papers export's rejected and withdrawn talks have no slot: the draft
    counted them among rows with no start and offered skip_unscheduled, which the drafted
    leave_out makes needless. Only a talk kept in and still without a slot is counted."""
    head = ["ID", "Proposal title", "Proposal state", "Room", "Start", "End"]
    rows = [["A1", "Kept", "confirmed", "Hall", "2027-05-13 09:00", "2027-05-13 09:30"],
            ["A2", "Turned down", "rejected", "", "", ""],
            ["A3", "Pulled", "withdrawn", "", "", ""]]
    with (tmp_path / "out.csv").open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([head, *rows])
    assert "skip_unscheduled" not in draft_mapping(tmp_path / "out.csv").text
    with (tmp_path / "slot.csv").open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([head, *rows, ["A4", "Later", "accepted", "", "", ""]])
    assert ("# 1 row has no 'Start': to skip such rows until they get one, instead of "
            "reporting each as an error, add skip_unscheduled = true") in draft_mapping(
                tmp_path / "slot.csv").text


def validate_speakers_session_marked_out(tmp_path: Path, co_presenter_status: str
                                         ) -> ValidationReport:
    """A sessions-and-speakers export: session 101 marked Cancelled (row 2), its co-presenter's
    row (its id and speaker cells alone) with the Status given (row 3), a live keynote."""
    sheet = write_csv(tmp_path, [*SPEAKERS_HEADER, "Status"], [
        [*SOIL, "Ana Ruiz", "Uni A", "ana@example.org", "Cancelled"],
        ["101", *BLANK_SESSION, "Bo Li", "Uni B", "bo@example.org", co_presenter_status],
        [*KEYNOTE, ""],
    ])
    mapping = tmp_path / "sz.toml"
    mapping.write_text(SPEAKERS_MAPPING.format(
        extra='[leave_out]\ncolumn = "Status"\nvalues = ["cancelled"]'), encoding="utf-8")
    return validate_file(sheet, mapping=mapping)


def test_a_co_presenters_row_under_a_row_marked_out_is_left_out_with_it(
        tmp_path: Path) -> None:
    """A sessions-and-speakers export writes a session's other speaker on a row of its id and
    speaker cells alone, its Status blank: the session's row marked out takes that row with it,
    where it was an error for its empty title and start."""
    report = validate_speakers_session_marked_out(tmp_path, co_presenter_status="")
    assert [(i.row, i.column, i.code, i.severity) for i in report.issues] == [
        (2, "Status", "left-out", "warning"), (3, None, "left-out", "warning")]
    assert report.issues[1].message == (
        "Row 3: has row 2's id and, of the mapped columns, only a speaker's cells (a session's "
        "other speaker), and the mapping's leave_out leaves row 2 out, so nothing is sent for "
        "this row either")
    assert [(row["row"], row["status"]) for row in report.to_json()["rows"]] == [
        (2, "skipped"), (3, "skipped"), (4, "ok")]
    assert [p.import_id for p in report.payloads] == ["sz:102"]


def test_many_rows_marked_out_at_once_meet_the_prune_guard_naming_leave_out(
        tmp_path: Path) -> None:
    """A leave_out value that names a live state ('Confirmed') flips many rows at once, as
    a wrong prefix does: the guard holds, and points at the values rather than the prefix."""
    sandbox = sandbox_with(tmp_path)
    assert prune_refused_after_five_of_twenty_marked_out(tmp_path, sandbox).startswith(
        "--prune would delete 5 of the guide's 20 sessions (over 10%, 5 of them in rows marked "
        "out by leave_out): 'Talk number 1' (sheet:T001, row 2), 'Talk number 2' (sheet:T002, "
        "row 3), 'Talk number 3' (sheet:T003, row 4) and 2 more; check the sheet and the "
        "mapping's leave_out values (gbimport plan --prune lists them all).")
    assert len(sandbox.sessions()) == 20


def test_the_plan_table_gives_the_session_a_skipped_row_leaves_in_the_guide(
        tmp_path: Path) -> None:
    """As --json and the report's lines do: a row marked out (without --prune) and a row
    holding only a session's id each have a line giving the session left in the app; a
    heading has none, nor a marked row whose session --prune deletes."""
    sandbox, sheet, guide = heading_marked_out_and_id_only_rows(tmp_path)
    tables = [changes_table(plan_import(sheet, sandbox.settings, prune=prune,
                                        transport=sandbox.transport()))
              for prune in (False, True)]
    left = f"leaves session {guide['sheet:T006']} in the guide"
    assert tables == [
        [["7", "skipped", "sheet:T005", "Talk number 5",
          f"leaves session {guide['sheet:T005']} in the guide"],
         ["8", "skipped", "sheet:T006", "T006", left]],
        [["8", "skipped", "sheet:T006", "T006", left],
         ["", "delete", "sheet:T005", "Talk number 5",
          "left out by the sheet (leave_out) in row 7"]]]


def test_the_plan_table_has_no_line_for_a_co_presenters_row_its_session_row_sends(
        tmp_path: Path) -> None:
    """A co-presenter's row repeats its session's row: an unchanged plan prints no line for
    it (a speakers' export would fill the table), while --json still gives its session."""
    sandbox = Sandbox()
    mapping = tmp_path / "sz.toml"
    mapping.write_text(SPEAKERS_MAPPING.format(extra=""), encoding="utf-8")
    sandbox.settings = sandbox.settings.model_copy(update={"mapping": str(mapping)})
    sheet = write_csv(tmp_path, SPEAKERS_HEADER, [
        [*SOIL, "Ana Ruiz", "Uni A", "ana@example.org"],
        ["101", *BLANK_SESSION, "Bo Li", "Uni B", "bo@example.org"], KEYNOTE])
    assert changes_table(plan_import(sheet, sandbox.settings, transport=sandbox.transport())
                         ) == [["2", "create", "sz:101", "Soil probes", ANY],
                               ["4", "create", "sz:102", "Keynote", ANY]]
    sandbox.run(sheet)
    soil = next(s["id"] for s in sandbox.sessions() if s["import_id"] == "sz:101")
    again = plan_import(sheet, sandbox.settings, transport=sandbox.transport())
    assert changes_table(again) == []
    assert again.to_json()["rows"][1]["session_id"] == soil


def test_the_plan_table_gives_a_session_marked_out_with_its_co_presenter_once(
        tmp_path: Path) -> None:
    """A cancelled talk's row and its co-presenter's row, both marked out, leave one session
    in the guide (without --prune): the printed plan gives it on the first row's line alone,
    while --json gives it on each row, as the report does."""
    sandbox = Sandbox()
    mapping = tmp_path / "sz.toml"
    mapping.write_text(SPEAKERS_MAPPING.format(
        extra='[leave_out]\ncolumn = "Status"\nvalues = ["cancelled"]'), encoding="utf-8")
    sandbox.settings = sandbox.settings.model_copy(update={"mapping": str(mapping)})
    rows = [[*SOIL, "Ana Ruiz", "Uni A", "ana@example.org", ""],
            ["101", *BLANK_SESSION, "Bo Li", "Uni B", "bo@example.org", ""], [*KEYNOTE, ""]]
    sandbox.run(write_csv(tmp_path, [*SPEAKERS_HEADER, "Status"], rows))
    soil = next(s["id"] for s in sandbox.sessions() if s["import_id"] == "sz:101")
    rows[0][-1] = rows[1][-1] = "Cancelled"
    plan = plan_import(write_csv(tmp_path, [*SPEAKERS_HEADER, "Status"], rows),
                       sandbox.settings, transport=sandbox.transport())
    assert changes_table(plan) == [
        ["2", "skipped", "sz:101", "Soil probes", f"leaves session {soil} in the guide"]]
    assert [row["session_id"] for row in plan.to_json()["rows"]][:2] == [soil, soil]
