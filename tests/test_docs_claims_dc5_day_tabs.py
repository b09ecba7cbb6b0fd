"""mappings/README.md: a workbook tab named as a day label holding its date ('Tag 1 (15.
Juli 2026)') gives its rows that date under date_from_sheet_name, and names the day that
wrong-day-sheet checks a dated row against."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from importer.validate import validate_file

MAPPING = """name = "tabs"
[fields.import_id]
column = "Session ID"
[fields.name]
column = "Session Title"
[fields.start]
time_column = "Time Start"
date_from_sheet_name = true
[fields.end]
time_column = "Time End"
[fields.locations]
column = "Room/Location"
"""


def _book(path: Path, tabs: dict[str, list[list[str]]]) -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in tabs.items():
        tab = book.create_sheet(name)
        for row in rows:
            tab.append(row)
    book.save(path)
    return path


def test_day_label_tabs_give_their_dates(tmp_path: Path) -> None:
    header = ["Session ID", "Session Title", "Time Start", "Time End", "Room/Location"]
    book = _book(tmp_path / "tage.xlsx", {
        "Tag 1 (15. Juli 2026)": [header, ["A1", "Eröffnung", "9:00", "9:45", "Saal"]],
        "Dzień 2 (16 lipca 2026)": [header, ["B1", "Otwarcie", "9:00", "9:45", "Sala"]],
    })
    (tmp_path / "tabs.toml").write_text(MAPPING, encoding="utf-8")

    report = validate_file(book, mapping=tmp_path / "tabs.toml", sheet=["all"],
                           timezone="Europe/Berlin")

    assert [(i.code, i.message) for i in report.issues] == []
    assert [(p.import_id, p.start_time.isoformat()) for p in report.payloads] == [
        ("A1", "2026-07-15T07:00:00+00:00"), ("B1", "2026-07-16T07:00:00+00:00")]


def test_a_row_dated_off_its_day_label_tab_is_warned(tmp_path: Path) -> None:
    book = _book(tmp_path / "tage.xlsx", {"Tag 1 (15. Juli 2026)": [
        ["Session ID", "Session Title", "Date", "Time Start", "Time End", "Room/Location"],
        ["A1", "Erster", "2026-07-15", "9:00 AM", "9:45 AM", "Saal"],
        ["A2", "Falsch", "2026-07-16", "9:00 AM", "9:45 AM", "Saal"],
    ]})

    report = validate_file(book, timezone="Europe/Berlin")

    assert [(i.row, i.code, i.message) for i in report.issues] == [
        (3, "wrong-day-sheet", "Row 3: starts on Thursday 16 July 2026, but sheet 'Tag 1 (15. "
         "Juli 2026)' is named for 15 July 2026: check the date, or move the row to its "
         "day's sheet.")]
