"""Switching from Builder's import: where the stop asking for --adopt falls, what the
run's and plan's taken-over counts count, and when the note on another sheet sharing the
prefix is given, and how plan and run print them, pinned at the edges a change would move
unnoticed."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from importer import cli
from importer.runner import plan_import, run_import
from tests.support import Sandbox, talk, write_sheet
from tests.test_adopt_builder_import import _builder_import
from tests.test_adopt_ux_plan_output import _cli
from tests.test_adopt_ux_stop import _clear_import_id
from tests.test_audit_runs_emptied import Refused


def _cleared(tmp_path: Path, rows: int, cleared: int) -> tuple[Sandbox, Path]:
    """A sheet of `rows` talks imported before, `cleared` of its sessions' import ids
    cleared in Builder since."""
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "talks.csv", [talk(n) for n in range(1, rows + 1)])
    sandbox.run_in_order(sheet)
    for session_id in sorted(int(s["id"]) for s in sandbox.sessions())[:cleared]:
        _clear_import_id(sandbox, session_id)
    return sandbox, sheet


def test_copies_as_many_as_the_rows_found_by_id_are_a_warning_not_a_stop(
    tmp_path: Path,
) -> None:
    """Two of four sessions' ids cleared: the copies do not outnumber the two rows found by
    import id, so the nightly run makes them beside, warned, as for one."""
    sandbox, sheet = _cleared(tmp_path, 4, 2)

    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport())

    assert ((plan.counts["create"], plan.counts["unchanged"]), plan.needs_force) == (
        (2, 2), [])


def test_copies_outnumbering_the_rows_found_by_id_stop_the_run(tmp_path: Path) -> None:
    """Three of five cleared: three copies outnumber the two found, and the run stops."""
    sandbox, sheet = _cleared(tmp_path, 5, 3)

    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport())

    assert ((plan.counts["create"], plan.counts["unchanged"]),
            [reason.split(" (")[0] for reason in plan.needs_force]) == (
        (3, 2), ["3 of the 3 rows to create have the title and start of a session without "
                 "an import id"])


def test_plan_json_counts_as_taken_over_only_the_updates_that_take_one_over(
    tmp_path: Path,
) -> None:
    """A sheet imported before gains a talk Builder's import made: its --adopt plan
    updates an edited talk found by its id and takes the new one over; 'taken_over' is
    the one, not both updates."""
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1), talk(2)])
    sandbox.run_in_order(sheet)
    _builder_import(sandbox, write_sheet(tmp_path / "builder.csv", [talk(3)]))
    write_sheet(sheet, [talk(1, **{"Description (Optional)": "Edited."}), talk(2), talk(3)])

    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport(), adopt=True)

    assert ((plan.counts["update"], plan.counts["unchanged"]),
            plan.to_json()["taken_over"]) == ((2, 1), 1)


def test_a_take_over_whose_patch_was_refused_is_not_counted_taken_over(
    tmp_path: Path,
) -> None:
    """The summary's 'Taken over' and 'taken_over' count the sessions that now have the
    sheet's import id: one whose PATCH failed has none, and is no update."""
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1), talk(2), talk(3)])
    _builder_import(sandbox, sheet)

    report = run_import(sheet, sandbox.settings, adopt=True,
                        transport=Refused(sandbox, "PATCH", {"Talk number 2"}))

    assert ([(o.row, o.action) for o in report.outcomes], report.taken_over,
            report.to_json()["taken_over"]) == (
        [(2, "updated"), (3, "failed"), (4, "updated")], 2, 2)


def test_a_talk_dropped_since_the_sheet_switched_is_not_called_another_sheets(
    tmp_path: Path,
) -> None:
    """A sheet switched with --adopt, run with --adopt again after Builder made a new
    talk and a talk was dropped from the sheet: rows are found by import id, so the
    session left with the prefix is the sheet's own dropped talk (the --prune note), not
    another sheet sharing the prefix."""
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1), talk(2), talk(3)])
    _builder_import(sandbox, sheet)
    sandbox.run(sheet, adopt=True)
    _builder_import(sandbox, write_sheet(tmp_path / "builder.csv", [talk(4)]))
    write_sheet(sheet, [talk(1), talk(2), talk(4)])

    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport(), adopt=True)

    assert ((plan.counts["unchanged"], plan.to_json()["taken_over"]),
            ["--prune" in note for note in plan.notes],
            [note for note in plan.notes if "prefix of its own" in note]) == (
        (2, 1), [True], [])


def test_plan_groups_three_rows_to_take_over_and_keeps_rows_in_doubt_apart(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Three of Builder's talks print as one line saying to run --adopt; the two lunches
    whose session is in doubt keep their own lines, which say --adopt takes none."""
    sandbox = Sandbox()
    lunch = {"Session Title": "Lunch", "Time Start": "12:00 PM", "Time End": "1:00 PM"}
    _builder_import(sandbox, write_sheet(tmp_path / "builder.csv", [
        talk(1), talk(2), talk(3), talk(4, **lunch, **{"Room/Location": "Hall A"}),
        talk(5, **lunch, **{"Room/Location": "Hall B"})]))
    sheet = write_sheet(tmp_path / "talks.csv", [
        talk(1), talk(2), talk(3), talk(4, **lunch, **{"Room/Location": "Atrium"}),
        talk(5, **lunch, **{"Room/Location": "Terrace"})])

    planned = CliRunner().invoke(cli.app, ["plan", str(sheet),
                                           *_cli(sandbox, tmp_path, monkeypatch)])

    printed = " ".join(planned.stdout.split())
    assert [printed.count(said) for said in (
        "copy-without-id Rows 2–4 (3 rows): the guide already holds a session with the row's "
        "title and start time and no import id", "(one PATCH each,",
        "copy-without-id Row 5: the guide already holds a session 'Lunch'",
        "copy-without-id Row 6: the guide already holds a session 'Lunch'",
        "so none is taken over (not even with --adopt)")] == [1, 1, 1, 1, 2]


def test_a_single_row_to_take_over_stops_and_is_told_taken_over_in_the_singular(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1)])
    _builder_import(sandbox, sheet)
    options = _cli(sandbox, tmp_path, monkeypatch)

    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport())
    ran = CliRunner().invoke(cli.app, ["run", str(sheet), *options, "--adopt"])

    assert plan.needs_force == [
        "1 of the 1 rows to create has the title and start of a session without an import id "
        "(row 2 ('Talk number 1'); see the copy-without-id warning), as Builder's spreadsheet "
        "import makes them: the run would make it anew beside it, so the app would show that "
        "talk twice; run with --adopt to take it over instead (plan with --adopt shows how)"]
    assert [line for line in ran.stdout.splitlines() if "aken over" in line] == [
        "Taken over: 1 of the updated sessions had no import id; it is found by the sheet's "
        "ids from now on."]
