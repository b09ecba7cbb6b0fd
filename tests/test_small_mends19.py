"""Small mends: an East Asian date without its year is told how to write it the East Asian
way; draft-mapping's `values` give the month and day a yearless cell tells; a pandas index
column written into a CSV is told as row numbers a program wrote."""

from __future__ import annotations

import pytest

from importer import convert
from importer._convert_text import CellError


@pytest.mark.parametrize(("cell", "with_year", "day"), [
    ("4月29日", "2027年4月29日", "04-29"),
    ("5月11日(火)", "2027年5月11日(火)", "05-11"),
    ("5월 11일", "2027년 5월 11일", "05-11"),
])
def test_an_east_asian_date_without_its_year_is_shown_with_it(
        cell: str, with_year: str, day: str) -> None:
    """'4月29日' was told to be written like 5/11/2027 or 2027-05-11, a form the planner
    does not use, with no word of what the cell itself lacks."""
    with pytest.raises(CellError) as caught:
        convert.parse_date(cell, "month-first")
    assert str(caught.value) == (
        f"the date has no year; write it into the cell ({with_year}), or, for a column of a "
        f"few days, give each its date once in the mapping, in the field reading this column: "
        f"values = {{ \"{cell}\" = \"YYYY-{day}\" }}")


def test_a_western_date_without_its_year_keeps_the_western_example() -> None:
    with pytest.raises(CellError) as caught:
        convert.parse_date("14 March", "month-first")
    assert str(caught.value).startswith(
        "the date has no year; write the date like 5/11/2027 (May 11) or 2027-05-11, or")
