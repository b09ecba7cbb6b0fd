"""Small mends: a time range running past the clock change with its zone written once
('02:30 - 03:15 CEST'), read as written."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_realworld_rw7_times import _validate


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
