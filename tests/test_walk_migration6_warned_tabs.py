"""The line a run prints before sending for each kind of warning, on a workbook of one tab
per day read with --sheet all: it named the first ten rows one by one ('row 3 of sheet 'Day
1', row 4 of sheet 'Day 1', ...') and trailed off without a count, where the same warning on
a single sheet reads 'rows 3–4, 6–9 (1,524 rows; ...)' and validate groups each tab's rows."""

from __future__ import annotations

from pathlib import Path

from importer import render
from importer.runner import plan_import
from tests.support import HEADER, Sandbox, talk
from tests.test_load import write_xlsx
from tests.test_render import printed

SCRIPTED = {"Description (Optional)": "<p>x</p><script>y</script>"}


def _tab(numbers: range, scripted: set[int]) -> list[list[str]]:
    rows = [talk(n, **(SCRIPTED if n in scripted else {})) for n in numbers]
    return [HEADER, *([row[column] for column in HEADER] for row in rows)]


def test_warned_rows_of_day_tabs_are_runs_by_tab_with_their_count(tmp_path: Path) -> None:
    book = write_xlsx(tmp_path / "days.xlsx", {
        "Day 1": _tab(range(1, 16), {1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13}),
        "Day 2": _tab(range(21, 26), {21, 25}),
    })
    sandbox = Sandbox()
    settings = sandbox.settings.model_copy(update={"sheet": "all"})
    plan = plan_import(book, settings, transport=sandbox.transport())
    assert printed(lambda console: render.plan_warnings(console, plan)) == [
        "warning: html-stripped on rows 2–7, 9–14 of sheet 'Day 1', rows 2, 6 of sheet "
        "'Day 2' (14 rows; details in the report)",
    ]
