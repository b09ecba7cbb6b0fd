"""Time ranges in one cell as planners write them, and what the validator makes of them."""

from __future__ import annotations

import datetime as dt

import pytest

from importer import convert

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
