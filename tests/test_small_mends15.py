"""Small mends: a time range running past the clock change with its zone written once
('02:30 - 03:15 CEST'), read as written; 'lip', June in Croatian and July in Polish."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_realworld_rw7_times import _validate
from tests.test_small_mends10 import _starts
from tests.test_validate import utc


@pytest.mark.parametrize(("cell", "start", "end"), [
    ("02:30 - 03:15 CEST", "2026-10-25T00:30:00+00:00", "2026-10-25T01:15:00+00:00"),
    ("02:30 - 03:15 MESZ", "2026-10-25T00:30:00+00:00", "2026-10-25T01:15:00+00:00"),
    ("02:30 - 03:15 +02:00", "2026-10-25T00:30:00+00:00", "2026-10-25T01:15:00+00:00"),
    ("02:45 - 03:30 CEST", "2026-10-25T00:45:00+00:00", "2026-10-25T01:30:00+00:00"),
])
def test_a_range_past_the_clock_change_is_read_in_the_zone_written(
        tmp_path: Path, cell: str, start: str, end: str) -> None:
    """Its end (03:15 CEST, the second 02:15 on Berlin's clocks) was refused, told to write
    '02:30 - 03:15 CET', which reads the second 02:30, an hour after the one written."""
    assert _validate(tmp_path, f"25.10.2026,{cell},Night\n") == [(2, start, end)]


def test_a_summer_word_for_a_later_time_that_day_is_refused_as_before(tmp_path: Path) -> None:
    """'10:00 CEST' on the day the clocks go back is a slip more likely than 09:00 CET."""
    assert _validate(tmp_path, "25.10.2026,10:00 - 11:00 CEST,Brunch\n") == [(
        2, "bad-time", "Row 2: 'Time' has '10:00 - 11:00 CEST', but Europe/Berlin is on CET "
                       "(+01:00) on 2026-10-25, not CEST: write 10:00 - 11:00, or 10:00 - "
                       "11:00 CET.")]


@pytest.mark.parametrize(("timezone", "month"), [("Europe/Warsaw", 7), ("Europe/Zagreb", 6)])
def test_lip_alone_is_read_by_the_timezone(tmp_path: Path, timezone: str, month: int) -> None:
    """'lip' is Polish July's short name, but Croatian June's (lipanj): it was July always,
    sending a Croatian programme's sessions a month late."""
    starts, issues = _starts(["15 lip 2027", "16 lip 2027"], tmp_path, timezone)
    assert (issues, [start.month for start in starts]) == ([], [month, month])


def test_lip_is_read_by_the_column_s_other_names(tmp_path: Path) -> None:
    """Croatian lipnja beside it makes it June; Polish lipca, July; only 'lip' is in doubt."""
    starts, issues = _starts(["15 lip 2027", "16 lipnja 2027"], tmp_path, "Europe/Berlin")
    assert (starts, issues) == ([utc(2027, 6, 15, 8), utc(2027, 6, 16, 8)], [])
    starts, issues = _starts(["15 lip 2027", "16 lipca 2027"], tmp_path, "Europe/Berlin")
    assert (starts, issues) == ([utc(2027, 7, 15, 8), utc(2027, 7, 16, 8)], [])


def test_lip_told_by_nothing_is_refused_with_both_readings(tmp_path: Path) -> None:
    starts, issues = _starts(["15 lip 2027", "2027-07-16"], tmp_path, "Europe/Berlin")
    assert (starts, issues) == ([None, utc(2027, 7, 16, 8)], [(
        2, "bad-date", "Row 2: 'Date' has '15 lip 2027': lip is June in Croatian but July in "
                       "Polish, and neither the column's other month and day names nor the "
                       "timezone says which language it is in: set timezone to the event's "
                       "place (Europe/Zagreb reads it as June, Europe/Warsaw as July), or "
                       "write the date with its month as a number, 2027-06-15 for June or "
                       "2027-07-15 for July.")])
