"""A demanding planner's tries at the newest features: tabs named by a date format of their
own language, a time flagged as not confirmed in the ways sheets write it, a mapping's
value refused at its own line, a planner's own copy of a built-in mapping passed over."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from importer._day_sheets import SheetDay, sheet_day
from importer.draft import draft_mapping
from importer.errors import MappingError
from importer.mapping import load_mapping
from importer.validate import validate_file
from tests.test_load import write_xlsx
from tests.test_mapping_values import SAMPLE
from tests.test_walk_planner5_time_not_confirmed import MAPPING as TIME_MAPPING
from tests.test_walk_planner5_time_not_confirmed import NOT_CONFIRMED

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


def test_a_time_flagged_not_confirmed_as_sheets_write_it_says_to_take_the_mark_out(
        tmp_path: Path) -> None:
    """'(TBC)' after a time was told so, but '(tbc)', '[TBC]', 'T.B.C.' or '(to be confirmed)'
    got the bare advice to write the start and end like 9:00 - 10:30, as they were."""
    cells = ["9:00 - 10:30 (tbc)", "9:00-10:30 [TBC]", "9:00 - 10:30 (T.B.C.)",
             "9:00 - 10:30 (to be confirmed)", "9:00 - 10:30 provisional", "9:00 - 10:30 TBC?",
             "9:00 - 10:30 (Cheese)"]
    sheet = write_xlsx(tmp_path / "s.xlsx", {"Mon": [
        ["Date", "Time", "Session"], *(["2026-05-11", cell, "Talk"] for cell in cells)]})
    mapping = tmp_path / "m.toml"
    mapping.write_text(TIME_MAPPING, encoding="utf-8")
    report = validate_file(sheet, mapping=mapping)
    marks = ["tbc", "TBC", "T.B.C.", "to be confirmed", "provisional", "TBC"]
    assert [(i.row, i.code, i.message) for i in report.issues if i.row] == [
        *((row, "bad-time", f"Row {row}: 'Time' has {cell!r}, which is not a start and end "
                            f"time: {mark!r} {NOT_CONFIRMED}")
          for row, cell, mark in zip(range(2, 8), cells[:-1], marks, strict=True)),
        (8, "bad-time", "Row 8: 'Time' has '9:00 - 10:30 (Cheese)', which is not a start and "
                        "end time: write the start and end like 9:00 - 10:30, 9:00 AM - 10:30 "
                        "AM or 9am to 11am.")]


def test_a_minutes_no_session_lasts_names_its_own_line(tmp_path: Path) -> None:
    """'minutes = -5' (as 'last_minutes = 0') was named at its table's heading, lines above
    it in a mapping with notes between (here saved with Windows line endings)."""
    mapping = tmp_path / "m.toml"
    mapping.write_bytes((
        'name = "m"\n[fields.name]\ncolumn = "Title"\n[fields.start]\ndate_column = "Date"\n'
        'time_column = "Start"\n[fields.end]\n# every talk is a short one\n\n'
        "minutes   =   -5   # see the printed programme\n").replace("\n", "\r\n").encode())
    with pytest.raises(MappingError) as refused:
        load_mapping(mapping)
    assert str(refused.value) == (
        f"{mapping}:10: fields.end: minutes = -5 is no session's length: give the minutes each "
        "session lasts, 1 to 1440, as minutes = 120")


def test_a_sheet_the_builtin_cannot_read_names_the_file_of_its_name_passed_over(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The planner's ./guidebook-template.toml marks the room optional for a sheet without
    one. --mapping guidebook-template read the built-in, and the run stopped asking to mark
    the field optional = true, as they had, without the same-name-mapping warning that a
    run going on gives."""
    monkeypatch.chdir(tmp_path)
    template = (SAMPLE.parent.parent / "mappings" / "guidebook-template.toml").read_text(
        encoding="utf-8")
    (tmp_path / "guidebook-template.toml").write_text(template.replace(
        'column = "Room/Location"', 'column = "Room/Location"\noptional = true'),
        encoding="utf-8")
    sheet = tmp_path / "s.csv"
    sheet.write_text("Session Title,Date,Time Start,Time End\nOpening,5/11/2027,9:00 AM,"
                     "10:00 AM\n", encoding="utf-8")
    with pytest.raises(MappingError) as refused:
        validate_file(sheet, mapping="guidebook-template", timezone="America/Chicago")
    assert str(refused.value) == (
        f"{sheet}: mapping 'guidebook-template': fields.locations needs column "
        "'Room/Location', which the sheet does not have; the sheet's columns are: 'Session "
        "Title', 'Date', 'Time Start', 'Time End'. Fix the column name in the mapping or the "
        "sheet, or mark the field optional = true. The mapping named 'guidebook-template' read "
        "the built-in one, not guidebook-template.toml in this folder. To read that file, give "
        "its path: --mapping ./guidebook-template.toml")
    report = validate_file(sheet, mapping="./guidebook-template.toml", timezone="America/Chicago")
    assert [row.payload.name for row in report.rows if row.payload] == ["Opening"]
