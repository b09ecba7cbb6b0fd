"""What the terminal shows: big plans summarised, not poured out; counts never cut."""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from rich.console import Console

from importer import render
from importer.report import ImportReport, RowOutcome
from importer.runner import plan_import
from importer.validate import SheetRead, validate_file

from .support import Sandbox, talk, write_sheet

OTHER_TOOLS = "other tools using the account are not counted"


def test_a_migration_plan_prints_the_first_changes_updates_and_deletes_first(
    tmp_path: Path
) -> None:
    """A migration of 12,000 sessions printed a 48,000-line table that took the counts off
    the screen; the deletes and updates, the changes to read, come before the creates."""
    sandbox = Sandbox()
    sandbox.run(write_sheet(tmp_path / "before.csv", [talk(1), talk(2), talk(3)]))
    sheet = [talk(1, **{"Session Title": "Talk one, renamed"}), talk(3),
             *(talk(n) for n in range(4, 254))]
    plan = plan_import(write_sheet(tmp_path / "after.csv", sheet), sandbox.settings,
                       prune=True, transport=sandbox.transport())
    console = Console(record=True, width=200)
    render.plan(console, plan)
    lines = console.export_text().splitlines()
    rows = [[cell.strip() for cell in line.split("│")[1:4]]
            for line in lines if line.startswith("│")]
    assert rows == [
        ["2", "update", "sheet:T001"],
        *([str(n), "create", f"sheet:T{n:03d}"] for n in range(4, 202)),
        ["", "delete", "sheet:T002"],
    ]
    after = lines[lines.index(next(line for line in lines if line.startswith("└"))) + 1]
    assert after == "... and 52 more changes, not printed: --json lists every one."


def migration_report() -> ImportReport:
    outcomes = [RowOutcome(n, f"sheet:S{n}", f"Talk {n}", "unchanged") for n in range(2, 12002)]
    outcomes += [RowOutcome(12002, "sheet:S12002", "New talk", "created", 99)]
    requests = Counter({"GET sessions": 1241, "POST sessions": 1})
    return ImportReport("talks.csv", 1, outcomes, requests)


@pytest.mark.parametrize("width", [60, 80])
def test_run_counts_are_never_cut_on_a_narrow_terminal(width: int) -> None:
    """At 80 columns the table's headers read 'unchan…' and 'deferr…'; at 60, 12,000 rows
    unchanged read '120…'. A table too wide for the terminal becomes a line of counts."""
    console = Console(record=True, width=width)
    render.run_report(console, migration_report(), None)
    assert console.export_text().splitlines()[0] == (
        "Import into guide 1: created 1 · updated 0 · unchanged 12,000 · deleted 0 · invalid 0 · "
        "failed 0 · deferred 0 · skipped 0")


def test_run_counts_are_a_table_where_it_fits() -> None:
    console = Console(record=True, width=100)
    render.run_report(console, migration_report(), None)
    assert [line.rstrip() for line in console.export_text().splitlines()] == [
        "Import into guide 1",
        "┏━━━━━━━━━┳━━━━━━━━━┳━━━━━━━━━━━┳━━━━━━━━━┳━━━━━━━━━┳━━━━━━━━┳━━━━━━━━━━┳━━━━━━━━━┓",
        "┃ created ┃ updated ┃ unchanged ┃ deleted ┃ invalid ┃ failed ┃ deferred ┃ skipped ┃",
        "┡━━━━━━━━━╇━━━━━━━━━╇━━━━━━━━━━━╇━━━━━━━━━╇━━━━━━━━━╇━━━━━━━━╇━━━━━━━━━━╇━━━━━━━━━┩",
        "│       1 │       0 │    12,000 │       0 │       0 │      0 │        0 │       0 │",
        "└─────────┴─────────┴───────────┴─────────┴─────────┴────────┴──────────┴─────────┘",
        "1,242 requests in 0.0 s (GET sessions 1,241, POST sessions 1)",
    ]


def test_a_plan_writes_its_cost_with_thousands_separators(
    tmp_path: Path
) -> None:
    """'12007 writes planned = 12012 of 10,000' read as two ways of writing numbers, as did
    'create 1200' above it."""
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "many.csv", [talk(n) for n in range(1, 1201)])
    console = Console(record=True, width=200)
    render.plan(console, plan_import(sheet, sandbox.settings, transport=sandbox.transport()))
    lines = console.export_text().splitlines()
    assert lines[1].rstrip() == "create 1,200 · update 0 · unchanged 0 · invalid 0 · delete 0"
    assert lines[-1] == (
        "Cost: 4 reads done + 1,354 writes planned = 1,358 of 10,000 requests per day")


def printed(show: Callable[[Console], None], width: int = 100) -> list[str]:
    console = Console(record=True, width=width, file=io.StringIO())
    show(console)
    return [line.rstrip() for line in console.export_text().splitlines()]


def test_a_plan_says_what_it_creates_and_what_needs_force_or_a_note(tmp_path: Path) -> None:
    """The lines around the changes table are the ones a planner acts on: rooms and tracks
    to be made, a stop that needs --force, sessions left in the guide."""
    sandbox = Sandbox()
    sandbox.run(write_sheet(tmp_path / "before.csv", [talk(1), talk(2), talk(3)]))
    sheet = write_sheet(tmp_path / "after.csv", [talk(1, **{
        "Room/Location": "Room 900", "Schedule Track (Optional)": "Keynotes"})])
    texts = []
    for prune in (True, False):
        plan = plan_import(sheet, sandbox.settings, prune=prune, transport=sandbox.transport())
        lines = printed(lambda console, plan=plan: render.plan(console, plan), width=300)
        texts.append([line for line in lines if not line.startswith(("┏", "┃", "┡", "│", "└"))])
    heading = f"Plan for guide 1 from {sheet} (times in America/Chicago)"
    assert texts == [[
        heading,
        "create 0 · update 1 · unchanged 0 · invalid 0 · delete 2",
        "new tracks: Keynotes; new rooms: Room 900",
        "Changes",
        "note: after this run no session uses the tracks 'Community', 'Data', 'Python': the "
        "sheet moved its sessions elsewhere or no longer has them, and --prune deletes them; if "
        "they are not wanted, delete them in Builder",
        "note: after this run no session uses the room 'Room 100': the sheet "
        "puts its sessions in 'Room 900', which this run makes (a room renamed "
        "in Builder is made again under the sheet's name: to keep Builder's "
        "name, give it in the sheet too); if it is not wanted, delete it in "
        "Builder",
        "run stops here without --force: --prune would delete 2 of the guide's 3 sessions (over "
        "10%): 'Talk number 2' (sheet:T002), 'Talk number 3' (sheet:T003); check the sheet and "
        "the mapping's import_id prefix (gbimport plan --prune lists them all).",
        "Cost: 4 reads done + 5 writes planned = 9 of 10,000 requests per day (earlier runs "
        f"and plans spent 11 in the last 24 hours, as .gbimport-state.json records; {OTHER_TOOLS}: "
        "9,989 left)",
    ], [
        heading,
        "create 0 · update 1 · unchanged 0 · invalid 0 · delete 0",
        "new tracks: Keynotes; new rooms: Room 900",
        "Changes",
        "note: 2 sessions are in the guide with this sheet's ids but no longer in the sheet: "
        "'Talk number 2' (sheet:T002), 'Talk number 3' (sheet:T003); they stay unless you run "
        "with --prune",
        # The run's 11 requests and the first plan's 4 reads.
        "Cost: 4 reads done + 3 writes planned = 7 of 10,000 requests per day (earlier runs "
        f"and plans spent 15 in the last 24 hours, as .gbimport-state.json records; {OTHER_TOOLS}: "
        "9,985 left)",
    ]]


def test_a_run_names_its_failed_invalid_and_pruned_rows_its_notes_sheet_and_report() -> None:
    outcomes = [
        RowOutcome(2, "sheet:S2", "Keynote", "created", 11),
        RowOutcome(3, "sheet:S3", "Panel", "failed", None, "rejected by Guidebook: name: bad"),
        RowOutcome(4, "sheet:S4", "Lunch", "invalid", None, "bad-date: 'Date' has '5/32'"),
        RowOutcome(None, "sheet:OLD", "Old", "failed", 77, "session 77 is gone"),
    ]
    report = ImportReport("talks.xlsx", 1, outcomes, Counter({"POST sessions": 1}),
                          notes=["images sent again: the state file was missing"],
                          sheets=[SheetRead("Day 1", 1, 3)])
    assert printed(lambda console: render.run_report(console, report, Path("r.csv")))[6:] == [
        "1 request in 0.0 s (POST sessions 1)",
        "Sheet read: 'Day 1' (3 rows)",
        "note: images sent again: the state file was missing",
        "row 3: failed: rejected by Guidebook: name: bad",
        "row 4: invalid: bad-date: 'Date' has '5/32'",
        "session 77 (sheet:OLD): failed: session 77 is gone",
        "Report: r.csv",
    ]


def test_a_run_prints_twenty_problem_lines_and_counts_the_rows_left_out() -> None:
    """A grouped line stands for all of its rows: 'and N more' counts rows, as the report
    lists them."""
    outcomes = [RowOutcome(n, f"sheet:S{n}", "Talk", "failed", None, f"error {n}")
                for n in range(2, 23)]  # 21 lines of one row each
    outcomes += [RowOutcome(n, f"sheet:S{n}", "Talk", "invalid", None, "bad-date")
                 for n in range(30, 35)]  # and one line for 5 rows
    report = ImportReport("talks.csv", 1, outcomes)
    lines = printed(lambda console: render.run_report(console, report, None), width=200)
    problems = [line for line in lines if line.startswith(("row", "..."))]
    assert problems == [*(f"row {n}: failed: error {n}" for n in range(2, 22)),
                        "... and 6 more in the report"]


def test_rows_failing_alike_in_an_outage_share_a_line() -> None:
    """An outage mid-run printed a line per row, each naming its own session's request
    ('PATCH sessions/1/', 'PATCH sessions/2/', ...): the cron mail's 13 lines were one."""
    lost = ("Lost the connection to Guidebook (http://127.0.0.1:8980/open-api/v1.1/), which "
            "had answered this run: PATCH sessions/{}/ got ConnectError after 10 attempts. "
            "Try again later.")
    outcomes = [RowOutcome(n + 3, f"sheet:S{n}", "Talk", "failed", n, lost.format(n))
                for n in (1, 2, 3)]
    outcomes += [RowOutcome(9, "sheet:S9", "Talk", "failed", None, "POST sessions/ got "
                            "ConnectError"), RowOutcome(10, "sheet:S10", "Talk", "updated", 70)]
    report = ImportReport("talks.csv", 1, outcomes)
    lines = printed(lambda console: render.run_report(console, report, None), width=300)
    assert [line for line in lines if line.startswith("row")] == [
        f"rows 4–6 (3 rows): failed: {lost.format('<id>')}",
        "row 9: failed: POST sessions/ got ConnectError",
    ]


def test_warnings_before_sending_name_their_rows_as_runs_with_a_count(tmp_path: Path) -> None:
    sheet = write_sheet(tmp_path / "s.csv", [
        *(talk(n, **{"Time Start": "9:00 AM", "Time End": "10:00 AM", "Room/Location": "Hall"})
          for n in range(1, 13)),
        talk(20, **{"Description (Optional)": "<p>x</p><script>y</script>"})])
    sandbox = Sandbox()
    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport())
    assert printed(lambda console: render.plan_warnings(console, plan)) == [
        "warning: room-overlap on rows 2–13 (12 rows; details in the report)",
        "warning: html-stripped on row 14 (details in the report)",
    ]


def test_progress_on_a_pipe_counts_the_deletes_of_a_prune(tmp_path: Path) -> None:
    """'progress: 3 of 1 changes sent' would read as a run gone wrong."""
    sandbox = Sandbox()
    sandbox.run(write_sheet(tmp_path / "before.csv", [talk(1), talk(2), talk(3)]))
    sheet = write_sheet(tmp_path / "after.csv", [talk(1, **{"Session Title": "Renamed"})])
    plan = plan_import(sheet, sandbox.settings, prune=True, transport=sandbox.transport())
    output, now = io.StringIO(), [0.0]
    with render.RunProgress(Console(file=output), enabled=True, warnings=False,
                            clock=lambda: now[0]) as progress:
        progress.start(plan)
        now[0] = 61.0
        progress.advance(RowOutcome(2, "sheet:T001", "Renamed", "updated", 1))
        for session, seconds in ((2, 90.0), (3, 122.0)):
            now[0] = seconds
            progress.advance(RowOutcome(None, f"sheet:T00{session}", "Talk", "deleted", session))
    assert output.getvalue().splitlines() == ["progress: 1 of 3 changes sent, about 2 min left",
                                              "progress: 3 of 3 changes sent"]


@pytest.mark.parametrize(("sessions", "table"), [(200, True), (1_201, False)])
def test_validate_lists_up_to_200_sessions_and_counts_more(
    tmp_path: Path, sessions: int, table: bool
) -> None:
    """A migration's thousands of payloads would flood the terminal: --json has them."""
    rows = [talk(n, **{"Time Start": f"{8 + n % 10}:00", "Time End": f"{8 + n % 10}:30",
                       "Room/Location": f"Room {n}"}) for n in range(1, sessions + 1)]
    report = validate_file(write_sheet(tmp_path / "s.csv", rows), timezone="UTC")
    lines = printed(lambda console: render.validation(console, report), width=200)
    listed = [line.split("│")[1].strip() for line in lines if line.startswith("│ ")]
    counted = f"{sessions:,} sessions ready (use --json to see every payload)."
    assert (report.valid, listed[-1:], lines[-1] == counted) == (
        sessions, [str(sessions + 1)] if table else [], not table)


def test_a_plan_shows_a_cleared_cell_as_empty_and_cuts_long_values_and_one_write(
    tmp_path: Path
) -> None:
    """Each change reads "field: old → new" in the guide's local time. A cleared description
    ended in "→ " and nothing, as if the line were cut; a long title is cut at 60
    characters; one write is "1 write"."""
    sandbox = Sandbox()
    sandbox.run(write_sheet(tmp_path / "before.csv", [talk(1)]))
    long = "A talk whose title runs on and on, well past what one table cell shows whole"
    sheet = write_sheet(tmp_path / "after.csv", [talk(1, **{
        "Session Title": long, "Description (Optional)": "", "Time Start": "9:30 AM"})])
    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport())
    lines = printed(lambda console: render.plan(console, plan), width=400)
    (row,) = [[cell.strip() for cell in line.split("│")[1:-1]]
              for line in lines if line.startswith("│")]
    assert row == [
        "2", "update", "sheet:T001", long,
        "name: Talk number 1 → A talk whose title runs on and on, well past what one table…; "
        "start_time: 2027-05-11 10:00 → 2027-05-11 09:30; "
        "description_html: <p>About talk 1.</p><p>Second paragraph.</p> → ∅"]
    assert lines[-1] == (  # the first run's requests are the day's too
        "Cost: 4 reads done + 1 write planned = 5 of 10,000 requests per day (earlier runs "
        f"and plans spent 8 in the last 24 hours, as .gbimport-state.json records; {OTHER_TOOLS}: "
        "9,992 left)")


def test_the_sessions_to_send_show_all_day_items_by_their_date_alone(tmp_path: Path) -> None:
    rows = [talk(1), talk(2, **{"Time Start": "", "Time End": ""})]
    report = validate_file(write_sheet(tmp_path / "s.csv", rows), timezone="America/Chicago")
    lines = printed(lambda console: render.validation(console, report), width=200)
    listed = [[cell.strip() for cell in line.split("│")[1:-1]]
              for line in lines if line.startswith("│ ")]
    assert listed == [
        ["2", "sheet:T001", "Talk number 1", "Tue 11 May 10:00", "10:45", "Room 100",
         "Data; Python"],
        ["3", "sheet:T002", "Talk number 2", "Tue 11 May all day", "", "Room 100", "Community"]]


def test_a_header_written_on_two_rows_is_said_to_stand_on_both(tmp_path: Path) -> None:
    """'Time' merged over 'Start' and 'End' on the row below: the columns are 'Time Start'
    and 'Time End', named from rows 1 and 2, so 'header on row 1' sent the planner looking
    for names that row does not hold. Another day's tab laid out the same way is read with
    --sheet all (it was refused as lacking 'Time Start')."""
    import datetime as dt

    from openpyxl import Workbook

    from importer.draft import draft_mapping

    workbook = Workbook()
    for sheet, day in ((workbook.active, 11), (workbook.create_sheet("Day 2"), 12)):
        assert sheet is not None
        sheet.append(["Session", "Date", "Time", None, "Room"])
        sheet.append([None, None, "Start", "End", None])
        sheet.merge_cells("C1:D1")
        sheet.append([f"Keynote {day}", dt.date(2027, 5, day), dt.time(9), dt.time(10), "Hall"])
    workbook.save(tmp_path / "two.xlsx")
    draft = draft_mapping(tmp_path / "two.xlsx")
    assert draft.text.splitlines()[0] == (
        "# Drafted by `gbimport draft-mapping` from two.xlsx, sheet 'Sheet' "
        "(header on rows 1–2).")
    (tmp_path / "two.toml").write_text(draft.text, encoding="utf-8")
    report = validate_file(tmp_path / "two.xlsx", mapping=tmp_path / "two.toml",
                           timezone="UTC")
    lines = printed(lambda console: render.validation(console, report), width=200)
    assert lines[0] == (f"{tmp_path / 'two.xlsx'}, sheet 'Sheet': header on rows 1–2, "
                        "mapping 'two', times in UTC")
    several = validate_file(tmp_path / "two.xlsx", mapping=tmp_path / "two.toml",
                            timezone="UTC", sheet=["all"])
    lines = printed(lambda console: render.validation(console, several), width=200)
    assert lines[0] == (f"{tmp_path / 'two.xlsx'}, sheets 'Sheet', 'Day 2': headers on rows "
                        "1–2, 1–2, mapping 'two', times in UTC")
    # A script reading the JSON learns the same: the header starts on row 1 and takes two.
    assert {key: report.to_json()[key] for key in ("header_row", "header_rows")} == {
        "header_row": 1, "header_rows": 2}
    assert several.to_json()["sheets"] == [
        {"name": "Sheet", "header_row": 1, "header_rows": 2, "rows_read": 1},
        {"name": "Day 2", "header_row": 1, "header_rows": 2, "rows_read": 1}]


def test_the_note_on_sessions_left_in_the_guide_counts_thousands_with_separators(
        tmp_path: Path) -> None:
    """'1,001 sessions are in the guide ... no longer in the sheet': it said '1001'."""
    sandbox = Sandbox()
    sandbox.run(write_sheet(tmp_path / "before.csv", [talk(n) for n in range(1, 1003)]))
    plan = plan_import(write_sheet(tmp_path / "after.csv", [talk(1002)]), sandbox.settings,
                       transport=sandbox.transport())
    notes = [line for line in printed(lambda console: render.plan(console, plan), width=2000)
             if line.startswith("note:")]
    assert notes[0].startswith("note: 1,001 sessions are in the guide with this sheet's ids but "
                               "no longer in the sheet: 'Talk number 1' (sheet:T001)")


def test_the_plan_counts_skipped_rows_sessions_left_unprinted_apart_from_changes() -> None:
    """A skipped row's line is no change: what the table leaves out counts it apart."""
    assert [render._left_out(actions) for actions in (
        ["create"] * 52, ["update", "skipped"], ["skipped"] * 3)] == [
        "52 more changes", "1 more change and 1 skipped row's session", "3 skipped rows' sessions"]
