"""A convention's programme giving each activity a start and a length, where one open all
day has its length written as such ('Todo el día', 'All day', 'Ganztägig'): validate says
how to send it as an all-day session, rather than asking for minutes. Invented data of the
same shape."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.validate import validate_file
from tests.test_load import write_bytes

MAPPING = """
name = "con"
timezone = "Europe/Madrid"
[fields.import_id]
column = "id"
[fields.name]
column = "titulo"
[fields.start]
date_column = "dia"
time_column = "hora"
values = { "sabado" = "2027-05-15" }
[fields.end]
duration_column = "duracion"
"""


def _validate(tmp_path: Path, rows: str) -> list[tuple[int, str, str]]:
    path = write_bytes(tmp_path, "horario.csv",
                       ("id,dia,hora,titulo,duracion\n"
                        "a1,sabado,10:00,Torneo de cartas,1h\n" + rows).encode())
    mapping = write_bytes(tmp_path, "con.toml", MAPPING.encode())
    return [(i.row, i.code, i.message) for i in validate_file(path, mapping=mapping).issues]


@pytest.mark.parametrize("written", ["Todo el día", "All day", "whole day", "Ganztägig",
                                     "Toute la journée", "tutto il giorno", "hele dag"])
def test_a_length_of_all_day_says_how_to_send_an_all_day_session(
        tmp_path: Path, written: str) -> None:
    """It was told to write minutes (90, 90 min) or hours and minutes, as if mistyped."""
    assert _validate(tmp_path, f"a2,sabado,18:30,Tiro al blanco,{written}\n") == [
        (3, "bad-duration",
         f"Row 3: 'duracion' has {written!r}, which is not a duration: it says the session "
         "lasts all day: to send it as an all-day session on its date, empty this cell and the "
         "row's start time; else write its length (90, 1h30).")]


def test_the_way_out_it_gives_sends_an_all_day_session(tmp_path: Path) -> None:
    assert _validate(tmp_path, "a2,sabado,,Tiro al blanco,\n") == []


def test_a_length_that_is_no_day_gets_the_general_hint(tmp_path: Path) -> None:
    assert _validate(tmp_path, "a2,sabado,18:30,Tiro al blanco,a while\n")[0][2].endswith(
        "write minutes (90, 90 min) or hours and minutes (1h30, 1:30, 1.5h).")
