"""The edges of what a time range's guesses allow: the start read in the end's half of the
day up to 9 hours before it, two bare hours of the 12-hour clock, and the hint for a start
read at noon."""

from __future__ import annotations

import datetime as dt

import pytest

from importer import convert
from importer.convert import CellError

T = dt.time


@pytest.mark.parametrize(("cell", "expected"), [
    # Exactly LONGEST_GUESSED (9 hours) from a start taken in the end's half of the day.
    ("2:30 - 11:30 PM", (T(14, 30), T(23, 30))), ("1 - 10 pm", (T(13), T(22))),
])
def test_a_start_read_in_the_ends_half_up_to_9_hours_before_it_is_kept(
        cell: str, expected: tuple[dt.time, dt.time]) -> None:
    assert convert.parse_time_range(cell) == expected


def test_a_start_at_twelve_read_into_a_long_session_is_named_as_noon() -> None:
    """12:00 is 12:00 PM, not 12:00 AM nor 0:00 PM, in the hint that refuses it."""
    with pytest.raises(CellError) as refused:
        convert.parse_time_range("12:00 - 11:30 PM")
    assert (refused.value.code, refused.value.hint) == (
        "bad-time", "12:00 has no am or pm, and 12:00 PM, the only reading before the end, "
        "would make a session of 11:30; write am or pm after the start too, or fix the end")


def test_twelve_to_twelve_as_bare_hours_is_refused_as_two_bare_hours() -> None:
    """`12 - 12` may be noon or midnight at either end: refused saying so, not read as a
    session of no length at noon."""
    with pytest.raises(CellError) as refused:
        convert.parse_time_range("12 - 12")
    assert (refused.value.code, refused.value.hint) == (
        "bad-time", "12 and 12 are hours alone, which may be morning or afternoon; write "
        "12:00 - 12:00 if the sheet keeps the 24-hour clock, or add am or pm (like 9am - "
        "10:30am)")


@pytest.mark.parametrize(("written", "expected"), [
    ("1:00 PM", True), ("1pm", True), ("1 p.m.", True), ("1:00 - 2:30 pm", True),
    ("1:00 a.m. - 2", True), ("午後1時", True), ("오후 1시", True),
    ("1:00", False), ("1:00 - 2:30", False), ("1h30", False),
    # A word starting with a or p after a number is not am or pm.
    ("1 April", False), ("2 pax", False), ("3 Plenary", False),
])
def test_writes_half_of_day_finds_am_or_pm_anywhere_but_not_in_a_word(
        written: str, expected: bool) -> None:
    assert convert.writes_half_of_day(written) is expected


@pytest.mark.parametrize(("cell", "expected"), [
    ("9:30 am - 14", (T(9, 30), T(14))), ("9 AM - 17", (T(9), T(17))),
    ("noon - 14", (T(12), T(14))),
])
def test_a_bare_hour_past_12_ends_a_range_whose_start_says_am(
        cell: str, expected: tuple[dt.time, dt.time]) -> None:
    """An hour only the 24-hour clock has is that hour, whatever the start writes."""
    assert convert.parse_time_range(cell) == expected


def test_two_time_columns_read_as_a_pair_ignore_spaces_around_a_bare_hour() -> None:
    """Text cells keep the spaces typed around them: ' 9 ' beside '10:30' is 9:00."""
    assert convert.time_pair(" 9 ", "10:30") == (T(9), T(10, 30))
    assert convert.time_pair("9:00 ", " 5 ") == (T(9), T(17))


@pytest.mark.parametrize(("cell", "expected"), [
    ("midday - 2", (T(12), T(14))), ("11 - midday", (T(11), T(12))),
    ("11 - noon", (T(11), T(12))),
])
def test_midday_is_12_pm_as_noon_is_beside_a_bare_hour(
        cell: str, expected: tuple[dt.time, dt.time]) -> None:
    assert convert.parse_time_range(cell) == expected
