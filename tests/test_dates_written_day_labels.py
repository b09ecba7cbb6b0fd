"""A date written inside a programme's day label, as a summer school's timetable keeps each
day's cell: `Day 1 (Wednesday, 15-July-2026)`. The cell holds its date, so it is read, and the
draft maps the column as dates; it was refused as no date, and the draft asked for every
label's date under `values`. A label holding no date (`Day 1`), or more than one date, is
refused as before."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import Any

from importer.convert import CellError, parse_date
from importer.draft import draft_mapping
from importer.validate import validate_file

NOT_A_DATE = "write the date like 5/11/2027 (May 11) or 2027-05-11"


def _written(cell: str, order: Any = "month-first") -> dt.date | tuple[str, str]:
    try:
        return parse_date(cell, order)
    except CellError as error:
        return error.code, error.hint


def test_a_day_label_holding_one_date_reads_as_that_date() -> None:
    cells = ["Day 1 (Wednesday, 15-July-2026)", "Day 2 (Thursday, 16-Jul-2026)",
             "Day 12 (26-July-2026)", "Tag 3 (Freitag, 17. Juli 2026)",
             "Jour 4 (samedi 18 juillet 2026)", "Day 5 - Sunday, July 19, 2026",
             "DAY 6: 2026-07-20"]
    assert [_written(cell) for cell in cells] == [
        dt.date(2026, 7, 15), dt.date(2026, 7, 16), dt.date(2026, 7, 26),
        dt.date(2026, 7, 17), dt.date(2026, 7, 18), dt.date(2026, 7, 19),
        dt.date(2026, 7, 20)]


def test_a_label_with_no_date_or_more_than_one_is_refused_as_before() -> None:
    cells = ["Day 1", "Day 1 (Wednesday)", "Day 1 (15 July 2026 or 16 July 2026)",
             "Day 1 (15 July 2026, 16 July 2026)", "Day 1 (15 July 2026) 9:00",
             "Day 1 (15 July 2026) (16 July 2026)", "Session 1 (15 July 2026)"]
    assert [_written(cell) for cell in cells] == [("bad-date", NOT_A_DATE)] * len(cells)


def test_what_is_wrong_with_a_labels_date_is_told() -> None:
    assert [_written(cell) for cell in [
        "Day 1 (Wednesday, 16-July-2026)", "Day 1 (15 July)", "Day 1 (13/7/2026)"]] == [
        ("bad-date", "July 16, 2026 is a Thursday, not a Wednesday; fix the day name or the "
                     "date"),
        ("bad-date", f"the date has no year; {NOT_A_DATE}, or, for a column of a few days, "
                     "give each its date once in the mapping, in the field reading this "
                     'column: values = { "<the cell as written>" = "YYYY-MM-DD" }'),
        ("bad-date", "it is only a valid date read day-first, but the mapping reads "
                     f"month-first; {NOT_A_DATE}")]


def _csv(path: Path, rows: list[list[Any]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    return path


def test_the_draft_maps_a_column_of_day_labels_as_dates_and_validate_reads_them(
        tmp_path: Path) -> None:
    first = dt.date(2026, 7, 15)
    rows: list[list[Any]] = [["Date", "Time", "Session", "Room"]]
    for number in range(12):
        day = first + dt.timedelta(days=number)
        label = f"Day {number + 1} ({day:%A}, {day.day}-{day:%B}-{day.year})"
        rows += [[label, "9:00 - 10:30", f"Lecture {number + 1}", "Hall A"],
                 [label, "11:00 - 12:30", f"Seminar {number + 1}", "Room 2"]]
    sheet = _csv(tmp_path / "mmttc.csv", rows)
    draft = draft_mapping(sheet)
    assert "values" not in draft.text and "holds no dates" not in draft.text
    mapping = tmp_path / "draft.toml"
    mapping.write_text(draft.text, encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert [i.code for i in report.issues if i.severity == "error"] == []
    assert [(p.name, p.start_time.isoformat()) for p in report.payloads][::11] == [
        ("Lecture 1", "2026-07-15T09:00:00+00:00"), ("Seminar 6", "2026-07-20T11:00:00+00:00"),
        ("Lecture 12", "2026-07-26T09:00:00+00:00")]


def test_the_draft_takes_the_order_of_numeric_dates_inside_labels(tmp_path: Path) -> None:
    sheet = _csv(tmp_path / "days.csv", [
        ["Date", "Time", "Session"], ["Day 1 (15/07/2026)", "9:00 - 10:30", "Opening"],
        ["Day 2 (16/07/2026)", "9:00 - 10:30", "Keynote"]])
    assert 'date_order = "day-first"' in draft_mapping(sheet).text.splitlines()


def test_a_column_of_bare_day_numbers_is_still_asked_for_its_dates(tmp_path: Path) -> None:
    sheet = _csv(tmp_path / "days.csv", [
        ["Date", "Time", "Session"], ["Day 1", "9:00 - 10:30", "Opening"],
        ["Day 2", "9:00 - 10:30", "Keynote"]])
    assert ("# 'Date' holds no dates. Give each its date under [fields.start]: values = { "
            '"Day 1" = "YYYY-MM-DD", "Day 2" = "YYYY-MM-DD" }'
            in draft_mapping(sheet).text.splitlines())
