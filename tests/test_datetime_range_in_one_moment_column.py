"""A column mapped as the start alone (beside a duration) whose cells hold a date with a start
and an end ('2027-05-11 09:00 - 10:30'): the message says it is a start and an end and how
the mapping reads both from one column, as a time column's '9:00 - 10:30' says; the lines,
as written, read the sessions."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer import validate_file
from tests.test_load import write_bytes

SHEET = (b"when,minutes,title\n"
         b"2027-05-11 09:00 - 10:30,90,Keynote\n"
         b"2027-05-11 11:00 - 12:00,60,Panel\n")
DATED = (b"date,when,minutes,title\n"
         b"2027-05-11,2027-05-11 09:00 - 10:30,90,Keynote\n"
         b"2027-05-11,2027-05-11 11:00 - 12:00,60,Panel\n")
TOP = 'name = "slots"\n[fields.name]\ncolumn = "title"\n'
BY_DURATION = '[fields.end]\nduration_column = "minutes"\n'
BOTH = '[fields.start]\ncolumn = "when"\n[fields.end]\ncolumn = "when"\n'


def _report(tmp_path: Path, sheet: bytes, tables: str) -> tuple[list[tuple[int, str, str]],
                                                                 list[tuple[str, str]]]:
    path = write_bytes(tmp_path, "slots.csv", sheet)
    mapping = tmp_path / "slots.toml"
    mapping.write_text(TOP + tables)
    report = validate_file(path, mapping=mapping, timezone="UTC")
    return ([(i.row, i.code, i.message) for i in report.issues if i.row],
            [(p.start_time.isoformat(), p.end_time.isoformat()) for p in report.payloads])


@pytest.mark.parametrize(("sheet", "start", "message"), [
    (SHEET, 'column = "when"', "bad-datetime: 'when' has {cell!r}, which is not a date and "
     "time: it is a start and an end: write the start alone, or map the column as the end's "
     "column too, to read both ([fields.start] column and [fields.end] column = this "
     "column)."),
    (DATED, 'date_column = "date"\ntime_column = "when"', "bad-time: 'when' has {cell!r}, "
     "which is not a time: it is a start and an end: to read both, map the start's and the "
     "end's column to 'when' ([fields.start] column = \"when\" and [fields.end] column = "
     "\"when\", in place of their date_column and time_column).")])
def test_a_datetime_range_in_the_start_column_says_how_to_read_both(
        tmp_path: Path, sheet: bytes, start: str, message: str) -> None:
    """Was "'when' has '2027-05-11 09:00 - 10:30', which is not a date and time: write it
    like 5/11/2027 10:00 AM or 2027-05-11 10:00" (for the time column, "not a time: write
    the time like 10:00 AM"), as for a typo."""
    issues, _ = _report(tmp_path, sheet, f"[fields.start]\n{start}\n{BY_DURATION}")
    assert [f"{code}: {text.split(': ', 1)[1]}" for _, code, text in issues] == [
        message.format(cell=cell) for cell in ("2027-05-11 09:00 - 10:30",
                                               "2027-05-11 11:00 - 12:00")]
    assert [row for row, _, _ in issues] == [2, 3]
    assert _report(tmp_path, sheet, BOTH) == ([], [
        ("2027-05-11T09:00:00+00:00", "2027-05-11T10:30:00+00:00"),
        ("2027-05-11T11:00:00+00:00", "2027-05-11T12:00:00+00:00")])


def test_a_date_alone_in_a_time_column_is_no_range(tmp_path: Path) -> None:
    """A day alone reads as a whole day's range, but is no start and end to map."""
    issues, _ = _report(tmp_path, b"date,when,minutes,title\n2027-05-11,2027-05-12,90,Keynote\n",
                        f'[fields.start]\ndate_column = "date"\ntime_column = "when"\n'
                        f"{BY_DURATION}")
    assert [(row, code, "start and an end" in message) for row, code, message in issues] == [
        (2, "bad-time", False)]
