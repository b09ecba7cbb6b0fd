"""A draft asked for one tab of a workbook (--sheet) tells the planner to validate that tab:
validate without --sheet reads the first tab holding data, another day's."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from rich.console import Console

from importer import render
from importer.draft import draft_mapping
from tests.test_load import write_xlsx

HEADER = ["Session", "Date", "Start", "End", "Room"]


def _workbook(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)  # the file named as the planner names it, in its folder
    return write_xlsx(Path("vr 2024.xlsx"), {
        "Monday": [HEADER, ["Gaze", dt.date(2024, 3, 18), dt.time(14), dt.time(15), "G"]],
        "Tuesday 19": [HEADER, ["Haptics", dt.date(2024, 3, 19), dt.time(9), dt.time(10), "H"]],
    })


def _check_lines(path: Path, sheet: str | int | None) -> list[str]:
    draft = draft_mapping(path, sheet)
    output = io.StringIO()
    render.draft_summary(Console(file=output, width=300), draft, path, None)
    return [line for line in [*draft.text.splitlines(), *output.getvalue().splitlines()]
            if "check it" in line]


def test_the_check_names_the_tab_the_draft_was_made_from(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """It named no tab: validate read Monday's, not the Tuesday the draft was made from."""
    path = _workbook(tmp_path, monkeypatch)
    assert _check_lines(path, "Tuesday 19") == [
        "# Read it through, then check it: gbimport validate \"vr 2024.xlsx\" --mapping "
        "<this file> --sheet \"Tuesday 19\"",
        "Then check it: gbimport validate \"vr 2024.xlsx\" --mapping <the draft saved as a "
        ".toml file> --sheet \"Tuesday 19\""]
    assert _check_lines(path, 0)[1].endswith("--sheet Monday")


def test_a_draft_of_the_first_tab_unasked_keeps_its_check(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The file's name is quoted in the draft's comment as in the summary's line."""
    assert _check_lines(_workbook(tmp_path, monkeypatch), None) == [
        "# Read it through, then check it: gbimport validate \"vr 2024.xlsx\" --mapping "
        "<this file>",
        "Then check it: gbimport validate \"vr 2024.xlsx\" --mapping <the draft saved as a "
        ".toml file> --sheet all (read: sheet 'Monday'; with the same columns: 'Tuesday 19')"]
