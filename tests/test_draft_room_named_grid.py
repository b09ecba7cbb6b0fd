"""A grid whose title columns are headed by its rooms' names ('Hall A', 'Salle Jean Jaurès')
over a time column: the draft names every room's column as several sessions a row, and
calls them rooms. Invented data."""

from __future__ import annotations

from pathlib import Path

from importer.draft import draft_mapping
from tests.test_load import write_bytes


def _title_note(path: Path) -> str:
    return next(line for line in draft_mapping(path).text.splitlines()
                if "no column looked like the title" in line)


def test_every_room_of_a_grid_is_named_though_one_holds_short_titles(tmp_path: Path) -> None:
    """'Hall A', its titles of two words, was left out of the note, and the columns were
    called tracks: a planner could read 'Hall A' as something else, or put the halls in a
    tracks column."""
    path = write_bytes(tmp_path, "grille.csv", (
        "Time,Hall A,Hall B,Salle Jean Jaurès\n"
        "09:00,Opening keynote,Workshop on open data,Atelier de cartographie libre\n"
        "10:00,Scaling services,Intro to Rust,Débat sur les villes\n"
        "11:00,Lightning talks,Panel on open source,Table ronde\n").encode())
    assert _title_note(path) == (
        "# no column looked like the title: the sheet gives each room a column of its own "
        "('Hall A', 'Hall B', 'Salle Jean Jaurès'), while gbimport reads a session a row. Put "
        "each session in a row of its own, with its day, time, room and title in columns, then "
        "draft again")


def test_a_lookup_beside_a_tracks_grid_is_not_named_among_its_columns(tmp_path: Path) -> None:
    path = write_bytes(tmp_path, "grid.csv", (
        b"Time,Track 1,Track 2,Track Colour\n"
        b"9:30,Cleaning messy tables,Maps for everyone,Blue\n"
        b"10:00,Open budgets in practice,Archiving the web,Red\n"
        b"10:30,Data for the city council,Forms that people finish,Blue\n"
        b"11:00,Keeping old servers alive,Testing with real users,Red\n"
        b"11:30,Lunch,Lunch,Blue\n"))
    assert _title_note(path).startswith(
        "# no column looked like the title: the sheet gives each track a column of its own "
        "('Track 1', 'Track 2'), while")
