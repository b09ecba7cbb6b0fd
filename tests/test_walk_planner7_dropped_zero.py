"""A planner who types 9.30 in Excel gets the number 9.3: the times column then held '9.3',
told only as 'not a time: write the time like 10:00 AM', which the planner had not typed. It
now says Excel dropped the 0, and what to write so that Excel keeps a time."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from importer import validate_file
from tests.support import HEADER, talk, write_sheet


def _workbook(path: Path, start: object, end: object) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADER)
    row = talk(1)
    row.update({"Time Start": start, "Time End": end})  # type: ignore[dict-item]
    sheet.append([row[name] for name in HEADER])
    book.save(path)
    return path


def _bad_times(path: Path) -> list[tuple[int | None, str | None, str, str]]:
    report = validate_file(path, timezone="America/Chicago")
    return [(i.row, i.column, i.code, i.message) for i in report.issues]


def test_a_time_excel_kept_as_a_number_is_told_with_the_colon_form(tmp_path: Path) -> None:
    sheet = _workbook(tmp_path / "programme.xlsx", 9.3, 10.3)
    assert _bad_times(sheet) == [
        (2, "Time Start", "bad-time",
         "Row 2: 'Time Start' has '9.3', which is not a time: Excel keeps 9.30 typed in a "
         "cell as the number 9.3; if that is the time, write it 9:30, with a colon, and Excel "
         "keeps it as a time."),
        (2, "Time End", "bad-time",
         "Row 2: 'Time End' has '10.3', which is not a time: Excel keeps 10.30 typed in a "
         "cell as the number 10.3; if that is the time, write it 10:30, with a colon, and "
         "Excel keeps it as a time."),
    ]


def test_a_csv_saved_from_excel_holds_the_number_as_excel_showed_it(tmp_path: Path) -> None:
    sheet = write_sheet(tmp_path / "programme.csv", [talk(1, **{"Time Start": "14.3"})])
    assert _bad_times(sheet) == [
        (2, "Time Start", "bad-time",
         "Row 2: 'Time Start' has '14.3', which is not a time: Excel keeps 14.30 typed in a "
         "cell as the number 14.3; if that is the time, write it 14:30, with a colon, and "
         "Excel keeps it as a time."),
    ]


def test_numbers_that_are_no_hour_and_tens_of_minutes_keep_the_plain_message(
        tmp_path: Path) -> None:
    sheet = write_sheet(tmp_path / "programme.csv", [
        talk(1, **{"Time Start": "9.7"}), talk(2, **{"Time Start": "31.3"})])
    assert [message for *_, message in _bad_times(sheet)] == [
        "Row 2: 'Time Start' has '9.7', which is not a time: write the time like 10:00 AM, "
        "10am or 14:30.",
        "Row 3: 'Time Start' has '31.3', which is not a time: write the time like 10:00 AM, "
        "10am or 14:30.",
    ]


def test_two_decimals_read_as_hours_and_minutes_as_before(tmp_path: Path) -> None:
    sheet = _workbook(tmp_path / "programme.xlsx", 9.45, 10.15)
    report = validate_file(sheet, timezone="America/Chicago")
    assert report.issues == []
    payload = report.rows[0].payload
    assert payload is not None
    assert (payload.start_time.isoformat(), str(payload.end_time)) == (
        "2027-05-11T14:45:00+00:00", "2027-05-11 15:15:00+00:00")
