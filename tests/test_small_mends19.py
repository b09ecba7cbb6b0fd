"""Small mends: an East Asian date without its year is told how to write it the East Asian
way; draft-mapping's `values` give the month and day a yearless cell tells; a pandas index
column written into a CSV is told as row numbers a program wrote."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from importer import convert, validate_file
from importer._convert_text import CellError
from importer.draft import draft_mapping
from tests.test_draft_columns import write_csv
from tests.test_validate import CLASSIC


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


def _date_notes(tmp_path: Path, days: list[str]) -> list[str]:
    rows = [["Date", "Time", "Title"], *([day, "09:00", f"Talk {n}"] for n, day in
                                         enumerate(days))]
    draft = draft_mapping(write_csv(tmp_path / "days.csv", rows))
    return [line for line in draft.text.splitlines() if line.startswith("# 'Date'")]


@pytest.mark.parametrize(("days", "pairs"), [
    (["2027-04-22", "4月23日", "4月24日"], '"4月23日" = "YYYY-04-23", "4月24日" = "YYYY-04-24"'),
    (["2027-04-22", "14 March", "3/14", "14.03."],
     '"14 March" = "YYYY-03-14", "3/14" = "YYYY-03-14", "14.03." = "YYYY-03-14"'),
    (["2027-04-22", "4月23日", "Day 2"], '"4月23日" = "YYYY-04-23", "Day 2" = "YYYY-MM-DD"'),
])
def test_the_values_of_a_few_days_without_a_year_give_their_month_and_day(
        tmp_path: Path, days: list[str], pairs: str) -> None:
    """Beside dated cells, '4月23日' was offered as "YYYY-MM-DD", leaving the planner to
    write out the month and day the cell already gives."""
    some = len(days) - 1
    assert _date_notes(tmp_path, days) == [
        f"# 'Date' holds dates, but not in {some} of its cells. Give each of those its date "
        f"under [fields.start]: values = {{ {pairs} }}"]


def test_the_values_of_a_column_of_no_dates_give_the_month_and_day_it_tells(
        tmp_path: Path) -> None:
    assert _date_notes(tmp_path, ["4月23日", "Day 2"]) == [
        "# 'Date' holds no dates. Give each its date under [fields.start]: values = { "
        '"4月23日" = "YYYY-04-23", "Day 2" = "YYYY-MM-DD" }']


def _untitled(path: Path) -> list[tuple[str | None, str]]:
    report = validate_file(path, timezone="UTC")
    return [(i.column, i.message) for i in report.issues if i.code == "untitled-column"]


ROW_NUMBERS = ("Column A holds the numbers {first} to {last}, one a row in order, under no "
               "header: they look like row numbers a program wrote (as pandas writes its "
               "index), which nothing reads, so the column can stay as it is or be deleted.")


@pytest.mark.parametrize("first", [0, 1])
def test_a_pandas_index_in_a_csv_is_told_as_row_numbers(tmp_path: Path, first: int) -> None:
    """A CSV from pandas' to_csv() starts each row with its index under an empty header:
    the planner was told to give it a header, as if a field might want it."""
    path = tmp_path / "programme.csv"
    path.write_text("," + ",".join(CLASSIC) + "\n" + "".join(
        f"{first + n},Talk {n},5/11/2027,{9 + n}:00 AM,{10 + n}:00 AM,Hall,,\n"
        for n in range(3)), encoding="utf-8")
    assert _untitled(path) == [("Column A", ROW_NUMBERS.format(first=first, last=first + 2))]


def test_row_numbers_in_a_workbook_are_told_so_too(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append([None, *CLASSIC])
    for n in range(2):
        sheet.append([n + 1, f"Talk {n}", "5/11/2027", f"{9 + n}:00 AM", f"{10 + n}:00 AM",
                      "Hall"])
    workbook.save(tmp_path / "s.xlsx")
    assert _untitled(tmp_path / "s.xlsx") == [
        ("Column A", ROW_NUMBERS.format(first=1, last=2))]


@pytest.mark.parametrize("numbers", [["0", "2", "1"], ["3", "4", "5"], ["1", "", "3"]])
def test_other_numbers_under_no_header_keep_the_plain_warning(
        tmp_path: Path, numbers: list[str]) -> None:
    path = tmp_path / "programme.csv"
    path.write_text("," + ",".join(CLASSIC) + "\n" + "".join(
        f"{number},Talk {n},5/11/2027,{9 + n}:00 AM,{10 + n}:00 AM,Hall,,\n"
        for n, number in enumerate(numbers)), encoding="utf-8")
    filled = sum(1 for number in numbers if number)
    assert _untitled(path) == [("Column A", f"Column A holds data on {filled} rows but has no "
                                "header, so it is not imported; give it a header if a field "
                                "should read it.")]


@pytest.mark.parametrize(("cell", "with_year"), [
    ("4月29日 09:00", "2027年4月29日 09:00"), ("5월 11일 10:00", "2027년 5월 11일 10:00")])
def test_an_east_asian_date_and_time_without_its_year_is_shown_with_it(
        cell: str, with_year: str) -> None:
    """A date and time cell was told to add the year as in 5/11/2027 10:00 AM, though a date
    cell of the same day is shown the East Asian way."""
    with pytest.raises(CellError) as caught:
        convert.parse_datetime_cell(cell, "month-first")
    day = cell.rsplit(" ", 1)[0]
    assert str(caught.value) == (
        f"the date {day!r} has no year; add it to the cell, as in {with_year}")


def test_a_western_date_and_time_without_its_year_keeps_the_western_example() -> None:
    with pytest.raises(CellError) as caught:
        convert.parse_datetime_cell("14 March 09:00", "month-first")
    assert str(caught.value) == ("the date '14 March' has no year; add it to the cell, as in "
                                 "5/11/2027 10:00 AM or 2027-05-11 10:00")
