"""A bilingual conference's grid, each track's talks in a column headed with its number run
on ('Track1', 'Track2'), each with its speaker and language beside it
('Track1 Speaker', 'Track1 Language'), and day headings and room rows among the talks: the draft
says the sheet holds several sessions a row, as it does for 'Track 1'. Invented data of the
same shape."""

from __future__ import annotations

from pathlib import Path

from importer.draft import draft_mapping
from tests.test_load import write_bytes


def test_track_columns_numbered_without_a_space_are_named_as_a_grid(tmp_path: Path) -> None:
    """The draft only said no column looked like the title and listed the columns, so a
    planner could put 'Track1' there and leave the other tracks' talks out unwarned."""
    path = write_bytes(tmp_path, "schedule.csv", (
        b"Time,Track1,Track2,Track1 Speaker,Track1 Language,Track2 Speaker,Track2 Language\n"
        b"MONDAY / LUNES - Day 1,,,,,,\n"
        b",Hall A,Hall B,,,,\n"
        b"9:00 am,Opening remarks,,,,,\n"
        b"9:30 am,Cleaning messy tables,Maps for everyone,Ana Ruiz,EN,Bo Li,ES\n"
        b"10:00 am,Open budgets in practice,Archiving the web,Cy Do,ES,Di Ek,EN\n"))
    draft = draft_mapping(path)
    assert "name" in draft.missing
    assert next(line for line in draft.text.splitlines() if "looked like the title" in line) == (
        "# no column looked like the title: the sheet gives each track a column of its own "
        "('Track1', 'Track2'), while gbimport reads a session a row. Put each session in a "
        "row of its own, with its day, time, room and title in columns, then draft again")


def test_a_track_speakers_column_is_not_named_among_the_titles(tmp_path: Path) -> None:
    """Speakers' columns headed by their track ('Track 1 Speaker'), long lists of names
    that never recur, were named beside the titles' columns as if they held talks."""
    path = write_bytes(tmp_path, "schedule.csv", (
        b"Time,Track 1,Track 2,Track 1 Speaker,Track 2 Speaker\n"
        b"9:30 am,Cleaning messy tables,Maps for everyone,"
        b"\"Ana Ruiz Delgado, Bo Li Wen, Cy Do Park\",\"Di Ek Salo, Ed Fu Marsh\"\n"
        b"10:00 am,Open budgets in practice,Archiving the web,"
        b"\"Fay Gu Horta, Gil Ha Iver\",\"Hal Jo Kent, Ivy Ko Lund, Jan Lu Moss\"\n"
        b"10:30 am,Data for the city council,Forms that people finish,"
        b"\"Kim Mo Nash, Lea No Ortiz\",\"Max Ot Price, Ned Pa Quinn\"\n"))
    assert next(line for line in draft_mapping(path).text.splitlines()
                if "looked like the title" in line).startswith(
        "# no column looked like the title: the sheet gives each track a column of its own "
        "('Track 1', 'Track 2'), while")
