"""date_order is drafted as a setting only where a date is written in figures (5/11/2027):
a sheet with no date column, or with ISO dates or dates in words alone, gets it commented
out, saying why, as it reads nothing there."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from importer.draft import draft_mapping
from tests.test_draft import write_csv

UNREAD = ('# date_order = "month-first"   # how to read dates written 5/11/2027 (month-first: '
          'May 11, day-first: 5 November); the sheet has none')


def _date_order_lines(text: str) -> list[str]:
    return re.findall(r"^.*date_order = .*$", text, re.M)


@pytest.mark.parametrize(("name", "rows"), [
    ("times.csv", [["Start", "End", "Room", "Title"], ["09:00", "10:00", "Hall A", "Opening"],
                   ["10:30", "11:30", "Hall B", "Panel"]]),
    ("programme-2026-05-04.csv", [["Start", "Title"], ["09:00", "Opening"],
                                  ["10:30", "Panel"]]),
    ("iso.csv", [["Start", "End", "Title"], ["2026-05-04 09:00", "2026-05-04 10:00", "Opening"],
                 ["2026-05-05 10:30", "2026-05-05 11:30", "Panel"]])])
def test_a_sheet_with_no_date_in_figures_gets_date_order_commented_out(
        tmp_path: Path, name: str, rows: list[list[str]]) -> None:
    """It was drafted as date_order = "month-first", a setting that read nothing."""
    text = draft_mapping(write_csv(tmp_path / name, rows)).text
    assert _date_order_lines(text) == [UNREAD]


@pytest.mark.parametrize(("date", "order"), [("5/11/2026", "month-first"),
                                             ("13/5/2026", "day-first")])
def test_dates_in_figures_keep_date_order(tmp_path: Path, date: str, order: str) -> None:
    text = draft_mapping(write_csv(tmp_path / "slashed.csv", [
        ["Date", "Start", "Title"], [date, "09:00", "Opening"]])).text
    assert _date_order_lines(text) == [f'date_order = "{order}"']
