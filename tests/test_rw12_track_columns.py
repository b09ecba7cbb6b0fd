"""A programme of two tracks side by side, each track's talks in a column headed by the
track ('Track 1', 'Track Garden') with its speaker beside it: the draft says the sheet holds
several sessions a row, as it does for a title column per stage. Invented data of the same
shape."""

from __future__ import annotations

from pathlib import Path

from importer.draft import draft_mapping
from tests.test_load import write_bytes


def _title_note(text: str) -> str:
    return next(line for line in text.splitlines() if "no column looked like the title" in line)


def test_a_title_column_per_track_is_named_as_such(tmp_path: Path) -> None:
    """The draft only said no column looked like the title and listed the columns, so a
    planner put 'Track 1' there and the other track's talks were silently left out."""
    path = write_bytes(tmp_path, "programa.csv", (
        "Día,Horario,Track 1,Ponente,Track Garden,Ponente\n"
        "Viernes,09:00 - 09:50 hrs,Registro,,,\n"
        "Viernes,10:00 - 10:50 hrs,Apertura,Ana Ruiz,Taller de radio,Bo Li\n"
        "Viernes,11:00 - 11:50 hrs,Seguridad en la nube,Cy Do,TBD,\n"
        "Viernes,12:00 - 12:50 hrs,Hardware para todos,Di Ek,Taller de pagos,Ed Fu\n"
    ).encode())
    draft = draft_mapping(path)
    assert "name" in draft.missing
    assert _title_note(draft.text) == (
        "# no column looked like the title: the sheet gives each track a column of its own "
        "('Track 1', 'Track Garden'), while gbimport reads a session a row. Put each session "
        "in a row of its own, with its day, time, room and title in columns, then draft again")


def test_a_rooms_and_tracks_lookup_beside_titles_is_no_grid(tmp_path: Path) -> None:
    """Columns headed by a track or room word holding the same few values ('Track Colour')
    are no titles: the draft still asks for the title column alone."""
    path = write_bytes(tmp_path, "programme.csv", (
        b"Day,Time,Track Colour,Room Floor\n"
        b"2027-05-11,09:00 - 09:50,Blue,1\n"
        b"2027-05-11,10:00 - 10:50,Blue,1\n"
        b"2027-05-11,11:00 - 11:50,Red,2\n"
        b"2027-05-11,12:00 - 12:50,Red,2\n"))
    assert _title_note(draft_mapping(path).text).startswith(
        "# no column looked like the title: put its header in place of 'FILL IN'. ")
