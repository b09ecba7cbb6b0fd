"""A workbook of one tab per day run without --sheet all (a crontab line or gbimport.toml
leaving it out) reads the first tab alone. Sessions of the other tabs already in the guide
are in no row read: --prune would delete them, and the over-10% stop let one or a few by.
Like a hidden tab's, they stop the run before any write, however few. And on the same walk,
the notes a pruning run prints after it."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from importer import cli, plan_import, run_import
from importer.errors import UnsafeOperationError
from importer.report import ImportReport
from tests.support import BASE_URL, HEADER, Sandbox, talk, write_sheet
from tests.test_audit_runs_emptied import emptied
from tests.test_load import write_xlsx

STOP = ("--prune would delete 1 session in no row read ('Talk number 11' (sheet:T011)): only "
        "sheet 'Day 1' was read, and the workbook's other sheet 'Day 2' with its columns may "
        "hold them (see the other-sheets warning): give --sheet all, or sheet = \"all\" in "
        "gbimport.toml, to read every one (gbimport plan --prune lists them all). Pass --force "
        "if that is really intended.")


def _tab(*numbers: int) -> list[list[object]]:
    return [HEADER, *(list(talk(n).values()) for n in numbers)]


@pytest.fixture
def imported(tmp_path: Path) -> tuple[Sandbox, Path]:
    """Ten talks on Day 1, one on Day 2, all in the guide: one delete is under the 10% stop."""
    sandbox = Sandbox()
    workbook = write_xlsx(tmp_path / "days.xlsx", {"Day 1": _tab(*range(1, 11)),
                                                    "Day 2": _tab(11)})
    assert _run(sandbox, workbook, sheet=["all"]).counts["created"] == 11
    return sandbox, workbook


def _run(sandbox: Sandbox, workbook: Path, **options: Any) -> ImportReport:
    return run_import(workbook, sandbox.settings, transport=sandbox.transport(), **options)


def _cli(sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch, *args: str) -> tuple[int, str]:
    monkeypatch.setenv("GUIDEBOOK_API_KEY", sandbox.config.api_key)
    monkeypatch.setattr(cli, "plan_import", partial(plan_import, transport=sandbox.transport()))
    monkeypatch.setattr(cli, "run_import", partial(run_import, transport=sandbox.transport()))
    result = CliRunner().invoke(cli.app, [*args, "--guide", "1", "--api-url", BASE_URL])
    return result.exit_code, " ".join(result.output.split())


def test_a_prune_of_the_first_tab_alone_stops_before_any_write(
        imported: tuple[Sandbox, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    sandbox, workbook = imported
    before = sandbox.writes()
    with pytest.raises(UnsafeOperationError) as stop:
        sandbox.run(workbook, prune=True)
    assert str(stop.value) == STOP
    assert (_cli(sandbox, monkeypatch, "run", str(workbook), "--prune", "--quiet")
            ) == (2, f"error: {STOP}")
    planned = plan_import(workbook, sandbox.settings, transport=sandbox.transport(), prune=True)
    assert planned.needs_force == [STOP.removesuffix(". Pass --force if that is really "
                                                     "intended.")]
    assert (sandbox.writes(), len(sandbox.sessions())) == (before, 11)


def test_force_deletes_the_unread_tabs_session_as_asked(imported: tuple[Sandbox, Path]
                                                        ) -> None:
    sandbox, workbook = imported
    report = sandbox.run(workbook, prune=True, force=True)
    assert [(o.import_id, o.action) for o in report.outcomes if o.action != "unchanged"] == [
        ("sheet:T011", "deleted")]


def test_every_tab_read_prunes_a_dropped_talk_without_a_stop(
        imported: tuple[Sandbox, Path], tmp_path: Path) -> None:
    sandbox, _ = imported
    fewer = write_xlsx(tmp_path / "days.xlsx", {"Day 1": _tab(*range(2, 11)), "Day 2": _tab(11)})
    report = _run(sandbox, fewer, sheet=["all"], prune=True)
    assert [(o.import_id, o.action) for o in report.outcomes if o.action != "unchanged"] == [
        ("sheet:T001", "deleted")]


def test_a_tab_named_with_sheet_is_the_one_meant_and_prunes_the_rest(
        imported: tuple[Sandbox, Path]) -> None:
    """--sheet 'Day 1' names what the programme is, as the hidden-sheets stop advises: the
    other tab is no 'other-sheets' warning, and its session goes as a dropped row's would."""
    sandbox, workbook = imported
    report = _run(sandbox, workbook, sheet=["Day 1"], prune=True)
    assert [(o.import_id, o.action) for o in report.outcomes if o.action != "unchanged"] == [
        ("sheet:T011", "deleted")]


def test_a_track_a_prune_empties_is_told_as_deleted_after_the_run(tmp_path: Path) -> None:
    """The plan tells of the delete to come; the run's note came after it, saying the same
    'and --prune deletes them' of a talk already deleted. Without --prune nothing is emptied."""
    sandbox = Sandbox()
    sandbox.run(write_sheet(tmp_path / "a.csv", [
        talk(1, **{"Schedule Track (Optional)": "Sponsors"}), talk(2), talk(4)]))
    dropped = write_sheet(tmp_path / "b.csv", [talk(2), talk(4)])
    note = ("after this run no session uses the track 'Sponsors': the sheet moved its "
            "sessions elsewhere or no longer has them, and --prune {} them; if it is not "
            "wanted, delete it in Builder")
    kept = sandbox.run(dropped)
    planned = plan_import(dropped, sandbox.settings, transport=sandbox.transport(), prune=True)
    pruned = sandbox.run(dropped, prune=True)
    assert (emptied(kept.notes), emptied(planned.notes), emptied(pruned.notes)) == (
        [], [note.format("deletes")], [note.format("deleted")])
    assert [(o.import_id, o.action) for o in pruned.outcomes] == [
        ("sheet:T002", "unchanged"), ("sheet:T004", "unchanged"), ("sheet:T001", "deleted")]


def test_each_tabs_note_under_its_totals_is_told_once_in_the_totals_warning(
        tmp_path: Path) -> None:
    """A note of one cell under each tab's totals row was a section-heading warning of its
    own on every plan, beside the totals-row warning. A one-cell row above the totals is
    still a heading, warned of as before, and every session is sent."""
    def tab(*numbers: int) -> list[list[object]]:
        return [*_tab(*numbers), ["Total", len(numbers)], ["Notes: rooms subject to change"]]

    sandbox = Sandbox()
    morning: list[object] = ["Morning"]
    workbook = write_xlsx(tmp_path / "days.xlsx", {"Day 1": tab(1, 2),
                                                    "Day 2": [HEADER, morning, *tab(3)[1:]]})
    planned = plan_import(workbook, sandbox.settings, transport=sandbox.transport(),
                          sheet=["all"])
    report = _run(sandbox, workbook, sheet=["all"])
    note = ", nor for the note under it (row {} 'Notes: rooms subject to change')."
    assert [(i.sheet, i.row, i.code, i.message) for i in planned.validation.issues] == [
        ("Day 1", 4, "totals-row", "Row 4 of sheet 'Day 1': 'Session ID' has 'Total' and the "
         "other cells figures, so the row is read as the sheet's totals, not a session, and "
         f"nothing is sent for it{note.format(5)}"),
        ("Day 2", 2, "section-heading", "Row 2 of sheet 'Day 2': holds only 'Morning' (in "
         "'Session ID'), so it is read as a section heading and nothing is sent for it; to "
         "make it a session, give it a date and times."),
        ("Day 2", 4, "totals-row", "Row 4 of sheet 'Day 2': 'Session ID' has 'Total' and the "
         "other cells figures, so the row is read as the sheet's totals, not a session, and "
         f"nothing is sent for it{note.format(5)}")]
    assert [(o.sheet, o.row, o.import_id, o.action) for o in report.outcomes] == [
        ("Day 1", 2, "sheet:T001", "created"), ("Day 1", 3, "sheet:T002", "created"),
        ("Day 1", 4, None, "skipped"), ("Day 1", 5, None, "skipped"),
        ("Day 2", 2, "sheet:Morning", "skipped"), ("Day 2", 3, "sheet:T003", "created"),
        ("Day 2", 4, None, "skipped"), ("Day 2", 5, None, "skipped")]
