"""A demanding planner's tries at the newest features: tabs named by a date format of their
own language, a time flagged as not confirmed in the ways sheets write it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from importer._day_sheets import SheetDay, sheet_day
from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_load import write_xlsx

DAY_TABS_MAPPING = """\
name = "tage"
[fields.name]
column = "Titel"
[fields.start]
time_column = "Zeit"
date_from_sheet_name = true
[fields.end]
time_column = "Zeit"
"""


def _day_tabs(tmp_path: Path, *names: str) -> Path:
    def tab(name: str) -> list[list[object]]:
        return [["Zeit", "Titel"], ["9:00 - 10:30", f"Vortrag {name}"],
                ["11:00 - 12:00", f"Panel {name}"]]

    return write_xlsx(tmp_path / "tage.xlsx", {name: tab(name) for name in names})


@pytest.mark.parametrize(("name", "day"), [
    ("Di 12. Mai", SheetDay(1, frozenset({(None, 5, 12)}))),
    ("Mi., 13.05.2026", SheetDay(2, frozenset({(2026, 5, 13)}))),
    ("mar. 12 mai 2026", SheetDay(1, frozenset({(2026, 5, 12)}))),
    ("mié 13 may", SheetDay(2, frozenset({(None, 5, 13)}))),
    ("Tu 12 May", SheetDay(1, frozenset({(None, 5, 12)}))),
    # Read as before: 'Mar 12' is 12 March, not a Tuesday.
    ("Mar 12", SheetDay(None, frozenset({(None, 3, 12)}))),
])
def test_a_tab_named_by_a_short_day_name_of_its_language_names_its_day(
        name: str, day: SheetDay) -> None:
    """'Di 12. Mai' (German), 'mar. 12 mai' (French), as those languages' `ddd` formats
    write a date, named no day: the short day name was read only before a whole date."""
    assert sheet_day(name) == day


def test_tabs_named_in_german_give_their_sessions_dates(tmp_path: Path) -> None:
    """With date_from_sheet_name, each tab was 'not named for a date', every row an error."""
    mapping = tmp_path / "tage.toml"
    mapping.write_text(DAY_TABS_MAPPING, encoding="utf-8")
    report = validate_file(_day_tabs(tmp_path, "Di 12. Mai 2026", "Mi 13. Mai 2026"),
                           mapping=mapping, sheet="all", timezone="Europe/Berlin")
    assert [i.code for i in report.issues if i.row] == []
    assert [(row.payload.name, row.payload.start_time.date()) for row in report.rows
            if row.payload] == [
        ("Vortrag Di 12. Mai 2026", dt.date(2026, 5, 12)),
        ("Panel Di 12. Mai 2026", dt.date(2026, 5, 12)),
        ("Vortrag Mi 13. Mai 2026", dt.date(2026, 5, 13)),
        ("Panel Mi 13. Mai 2026", dt.date(2026, 5, 13))]


def test_the_draft_reads_the_dates_of_tabs_named_in_german(tmp_path: Path) -> None:
    """The draft asked for each tab's date in sheet_dates = { "Di 12. Mai 2026" = "YYYY-MM-DD" }."""
    draft = draft_mapping(_day_tabs(tmp_path, "Di 12. Mai 2026", "Mi 13. Mai 2026"))
    assert draft.missing == []
    assert ('time_column = "Zeit"\ndate_from_sheet_name = true\n\n[fields.end]'
            in draft.text)
