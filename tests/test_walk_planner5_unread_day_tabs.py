"""A workbook of one tab per day run without --sheet all (a crontab line or gbimport.toml
that left it out): only the first tab is read, and the other days' sessions are in no row
of it. Telling the planner to delete them with --prune would delete those days."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer import plan_import, run_import
from importer.errors import UnsafeOperationError
from importer.report import ImportReport
from tests.support import HEADER, Sandbox, talk
from tests.test_load import write_xlsx

READ_EVERY_TAB = ("only sheet 'Day 1' was read, and the workbook's other sheet 'Day 2' with "
                  "its columns may hold them (see the other-sheets warning): give --sheet all, "
                  'or sheet = "all" in gbimport.toml, to read every one')


def _workbook(tmp_path: Path) -> Path:
    def tab(*numbers: int) -> list[list[object]]:
        return [HEADER, *(list(talk(n).values()) for n in numbers)]

    return write_xlsx(tmp_path / "days.xlsx", {"Day 1": tab(1, 2), "Day 2": tab(3, 4)})


def _run_every_tab(sandbox: Sandbox, workbook: Path) -> ImportReport:
    return run_import(workbook, sandbox.settings, transport=sandbox.transport(), sheet=["all"])


@pytest.fixture
def imported(tmp_path: Path) -> tuple[Sandbox, Path]:
    sandbox, workbook = Sandbox(), _workbook(tmp_path)
    assert _run_every_tab(sandbox, workbook).counts["created"] == 4
    return sandbox, workbook


def test_a_quiet_run_says_to_read_every_tab_not_to_prune(imported: tuple[Sandbox, Path]
                                                         ) -> None:
    sandbox, workbook = imported
    report = sandbox.run(workbook)
    assert report.notes_to_act_on == [
        "'Talk number 3' (sheet:T003), 'Talk number 4' (sheet:T004) are in no row read; "
        f"{READ_EVERY_TAB}, rather than --prune, which would delete them; later runs list "
        "such sessions in the summary file alone"]


def test_the_plan_says_so_too(imported: tuple[Sandbox, Path]) -> None:
    sandbox, workbook = imported
    plan = plan_import(workbook, sandbox.settings, transport=sandbox.transport())
    assert [n for n in plan.notes if "Talk number 3" in n] == [
        "2 sessions are in the guide with this sheet's ids but no longer in the sheet: 'Talk "
        f"number 3' (sheet:T003), 'Talk number 4' (sheet:T004); {READ_EVERY_TAB}, before any "
        "--prune"]


def test_the_prune_stop_names_the_tabs_not_read(imported: tuple[Sandbox, Path]) -> None:
    sandbox, workbook = imported
    with pytest.raises(UnsafeOperationError) as stop:
        sandbox.run(workbook, prune=True)
    assert str(stop.value) == (
        "--prune would delete 2 sessions in no row read ('Talk number 3' (sheet:T003), 'Talk "
        f"number 4' (sheet:T004)): {READ_EVERY_TAB} (gbimport plan --prune lists them all). "
        "Pass --force if that is really intended.")
    assert len(sandbox.sessions()) == 4


def test_a_run_of_every_tab_tells_of_a_dropped_talk_as_before(imported: tuple[Sandbox, Path],
                                                             tmp_path: Path) -> None:
    sandbox, _ = imported
    fewer = write_xlsx(tmp_path / "days.xlsx", {"Day 1": [HEADER, list(talk(1).values())],
                                                "Day 2": [HEADER, *(list(talk(n).values())
                                                                    for n in (3, 4))]})
    report = _run_every_tab(sandbox, fewer)
    assert report.notes_to_act_on == [
        "'Talk number 2' (sheet:T002) is no longer in the sheet, but its session stays in the "
        "app: delete it with a run given --prune (or in the sandbox); later runs list such "
        "sessions in the summary file alone"]
