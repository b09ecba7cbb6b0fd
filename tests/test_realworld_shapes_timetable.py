"""Shapes of real programmes kept as a course's timetable: a semester's weekly meetings with
their days written as month and day in figures alone ('9/4', '11/13'), the year given by
the term, and a last row whose day is not fixed yet ('TBD'). Invented data of the same
shape."""

from __future__ import annotations

import re
from pathlib import Path

from importer.draft import draft_mapping
from tests.test_load import write_bytes


def _term(days: list[str]) -> bytes:
    rows = "".join(f"Week {n},{day},Room 811,Class {n}\n" for n, day in enumerate(days, 1))
    return ("week,date,location,activity\n" + rows).encode()


def test_days_written_as_month_and_day_in_figures_are_drafted_as_dates_lacking_the_year(
        tmp_path: Path) -> None:
    """'9/4' was said to be no date at all ("'date' holds no dates (16 different words, such
    as '9/4'): map the start to a column of dates"), though the column is the dates, while
    validate says each such cell lacks only its year; a 'TBD' for the day still to be fixed
    does not hide the others."""
    days = [f"{month}/{day}" for month, day in [(9, 4), (9, 11), (9, 18), (9, 25), (10, 2),
                                                (10, 9), (10, 16), (10, 23), (10, 30), (11, 6),
                                                (11, 13), (11, 20), (11, 27), (12, 4),
                                                (12, 11), (12, 18)]]
    text = draft_mapping(write_bytes(tmp_path, "timetable.csv", _term([*days, "TBD"]))).text
    assert re.findall(r"^# 'date'.*$", text, re.M) == [
        "# 'date' gives its dates without the year (16 of them, such as '9/4'): write it into "
        "its cells (9/4/2027)"]


def test_a_few_such_days_get_their_month_and_day_filled_in_the_sheets_order(
        tmp_path: Path) -> None:
    text = draft_mapping(write_bytes(tmp_path, "timetable.csv", _term(["9/4", "9/11"]))).text
    assert re.findall(r"^# 'date'.*$", text, re.M) == [
        "# 'date' gives its dates without the year ('9/4'): write it into its cells "
        '(9/4/2027), or give each its date under [fields.start]: values = { '
        '"9/4" = "YYYY-09-04", "9/11" = "YYYY-09-11" }']
