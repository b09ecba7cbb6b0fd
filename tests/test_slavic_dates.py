"""Dates written in Czech, Russian and Ukrainian, as their programmes write them: the month's
name in the genitive after the day ('17. listopadu 2027', '15 мая 2027', '14 травня 2027'),
after a day's name ('čtvrtek 13. května 2027'). They were refused with 'write the date like
11/5/2027', and a day's name alone ('Вторник') was not known for one."""

from __future__ import annotations

import datetime as dt

import pytest

from importer import convert
from importer.convert import CellError


@pytest.mark.parametrize(("text", "date"), [
    ("17. listopadu 2027", dt.date(2027, 11, 17)),
    ("čtvrtek 13. května 2027", dt.date(2027, 5, 13)),
    ("ctvrtek 13. kvetna 2027", dt.date(2027, 5, 13)),
    ("1. září 2027", dt.date(2027, 9, 1)),
    ("15 мая 2027", dt.date(2027, 5, 15)),
    ("суббота, 15 мая 2027", dt.date(2027, 5, 15)),
    ("1 марта 2027", dt.date(2027, 3, 1)),
    ("пʼятниця, 14 травня 2027", dt.date(2027, 5, 14)),
    ("п'ятниця, 14 травня 2027", dt.date(2027, 5, 14)),
    ("3 листопада 2027", dt.date(2027, 11, 3)),
])
def test_a_date_in_czech_russian_or_ukrainian_words_is_read(text: str, date: dt.date) -> None:
    assert convert.parse_date(text, "day-first") == date


def test_a_wrong_day_name_in_russian_is_told_as_in_other_languages() -> None:
    with pytest.raises(CellError, match="May 15, 2027 is a Saturday, not a Tuesday"):
        convert.parse_date("вторник, 15 мая 2027", "day-first")


@pytest.mark.parametrize("day", ["Вторник", "Понеділок", "Středa", "PÁTEK"])
def test_a_day_name_alone_is_told_to_be_given_its_date(day: str) -> None:
    with pytest.raises(CellError, match="it names a day of the week, not its date"):
        convert.parse_date(day, "day-first")
