"""Time ranges in one cell as planners write them, and what the validator makes of them."""

from __future__ import annotations

import datetime as dt

import pytest

from importer import convert
from importer.convert import CellError

T = dt.time
D = dt.date


@pytest.mark.parametrize(("cell", "expected"), [
    # Noon is 12 PM: an end after it without am/pm is in the afternoon, as after `12 PM`.
    ("12 noon - 1:30", (T(12), T(13, 30))), ("noon - 1:30", (T(12), T(13, 30))),
    ("12:00 noon - 1:30", (T(12), T(13, 30))), ("Noon - 1", (T(12), T(13))),
    ("midday - 2:15", (T(12), T(14, 15))), ("12 noon - 1:30 PM", (T(12), T(13, 30))),
    ("11:30 - noon", (T(11, 30), T(12))), ("noon - 12:45", (T(12), T(12, 45))),
])
def test_a_range_from_noon_ends_in_the_afternoon(cell: str,
                                                 expected: tuple[dt.time, dt.time]) -> None:
    assert convert.parse_time_range(cell) == expected


def test_a_datetime_range_from_noon_ends_in_the_afternoon() -> None:
    assert convert.parse_datetime_range("May 11, 2027 noon → 1:30", "month-first") == (
        (D(2027, 5, 11), T(12)), (D(2027, 5, 11), T(13, 30)))


@pytest.mark.parametrize(("cell", "expected"), [
    # The start takes the end's half of the day, or the other, within 9 hours of the end,
    # as the end takes the start's: an 8-to-5 day is read either way round.
    ("8 - 5 PM", (T(8), T(17))), ("8 AM - 5", (T(8), T(17))),
    ("1:00 - 9:30 PM", (T(13), T(21, 30))), ("7 - 9pm", (T(19), T(21))),
    ("11:30 - 1pm", (T(11, 30), T(13))),
    # Noon is 12 PM, so a start without am/pm before it is the morning's.
    ("9 - noon", (T(9), T(12))), ("11 - 12 noon", (T(11), T(12))),
])
def test_a_start_without_am_pm_is_read_within_9_hours_of_the_end(
        cell: str, expected: tuple[dt.time, dt.time]) -> None:
    assert convert.parse_time_range(cell) == expected


@pytest.mark.parametrize(("cell", "hint"), [
    ("1:00 - 11:30 AM", "1:00 has no am or pm, and 1:00 AM, the only reading before the end, "
     "would make a session of 10:30; write am or pm after the start too, or fix the end"),
    ("2 - 11:30 pm", "2 has no am or pm, and 2:00 PM, the only reading before the end, would "
     "make a session of 9:30; write am or pm after the start too, or fix the end"),
])
def test_a_start_without_am_pm_read_into_a_long_session_is_refused(cell: str, hint: str) -> None:
    """`1:00 - 11:30 AM` was a session from 1 AM, 10 hours and a half, with no word."""
    with pytest.raises(CellError) as refused:
        convert.parse_time_range(cell)
    assert (refused.value.code, refused.value.hint) == ("bad-time", hint)
