"""Shapes of real programmes' time cells: the 24-hour clock's word said around the time,
German '9 Uhr 30' and Italian 'ore 9:30'. Invented data of the same shape."""

from __future__ import annotations

from pathlib import Path

from tests.test_realworld_rw9_dates import _validate


def test_the_clock_word_around_the_time_is_read(tmp_path: Path) -> None:
    """'9 Uhr 30' and 'ore 9:30' were refused with the general time hint ('9.30 Uhr' and
    '9 Uhr' were read); 'ore 14' is 14:00 as '14 Uhr' is, not a bare hour."""
    assert _validate(tmp_path, "24.09.2024,9 Uhr 30 - 10 Uhr 45,Vortrag\n"
                               "24.09.2024,ore 9:30 - ore 10:30,Relazione\n"
                               "24.09.2024,ore 14 - ore 15.30,Tavola rotonda\n") == [
        (2, "2024-09-24T07:30:00+00:00", "2024-09-24T08:45:00+00:00"),
        (3, "2024-09-24T07:30:00+00:00", "2024-09-24T08:30:00+00:00"),
        (4, "2024-09-24T12:00:00+00:00", "2024-09-24T13:30:00+00:00"),
    ]


def test_an_h_before_the_time_is_read_as_ore_is(tmp_path: Path) -> None:
    """'h 9:30', 'h 14', 'h. 16', as Italian and Portuguese programmes write the time, were
    refused with the general time hint."""
    assert _validate(tmp_path, "24.09.2024,h 9:30 - h 10:30,Relazione\n"
                               "24.09.2024,h 14 - 15.30,Tavola rotonda\n"
                               "24.09.2024,h. 16 - h. 17,Sessão de encerramento\n") == [
        (2, "2024-09-24T07:30:00+00:00", "2024-09-24T08:30:00+00:00"),
        (3, "2024-09-24T12:00:00+00:00", "2024-09-24T13:30:00+00:00"),
        (4, "2024-09-24T14:00:00+00:00", "2024-09-24T15:00:00+00:00"),
    ]
