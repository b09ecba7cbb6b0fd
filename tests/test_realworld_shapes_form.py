"""Shapes of real programmes kept as a form's answers sheet: a French agile day's slots,
each row's start in the form's own first column ('Horodateur', 18/05/2027 08:15:00), with
no end. Invented data of the same shape."""

from __future__ import annotations

import re
from pathlib import Path

from importer.draft import draft_mapping
from tests.test_load import write_bytes

SLOTS = ("Horodateur,Numéro du créneau,Lieu,Titre de la session,Track\n"
         "18/05/2027 08:15:00,1,Hall,Accueil - Café de bienvenue,\n"
         "18/05/2027 09:00:00,2,Amphi 1,Keynote 1,Track 1\n"
         "18/05/2027 09:55:00,3,Salle 6,Apprendre sans frontières,Track 2\n")


def test_a_column_of_dates_with_times_under_a_name_the_draft_does_not_know_is_pointed_to(
        tmp_path: Path) -> None:
    """The draft said no column looked like the start, 'a date and time', and listed every
    column, though one holds just that: it is named, with a cell, and left to the planner,
    as a form's own 'Horodateur' is more often when each answer was sent."""
    text = draft_mapping(write_bytes(tmp_path, "program.csv", SLOTS.encode())).text
    assert re.findall(r"^\[fields\.start\]\n.*\n.*$", text, re.M) == [
        "[fields.start]\n"
        "# no column looked like the start (a date and time, or a date and a time column): "
        "put its header in place of 'FILL IN'. The sheet's columns: 'Horodateur', "
        "'Numéro du créneau', 'Lieu', 'Titre de la session', 'Track'. 'Horodateur' holds "
        "dates with times ('18/05/2027 08:15:00'), though its name is none the draft knows: "
        "if it is when each session starts, put it here\n"
        'column = "FILL IN"']
