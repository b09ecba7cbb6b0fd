"""A German planner heads the speakers' column in the gender-inclusive form German offices
write ('Referent/in', 'Referent*innen', 'Sprecher:in', 'ReferentIn', 'Vortragende/r'):
draft-mapping offers it to the description as it does 'Referent', instead of listing it
among the columns nothing reads with no word on what it holds. Invented data, saved as
Excel's 'CSV (Trennzeichen-getrennt)' writes it: cp1252, ';' and CRLF."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer._header_words import header_key, names_people
from importer.draft import draft_mapping
from tests.test_load import write_bytes

HEADER = ["Titel", "Datum", "Beginn", "Ende", "Raum", "Beschreibung", "Interne Notiz"]
ROWS = [["Begrüßung", "24.10.2026", "9:00 Uhr", "9.30", "Großer Saal", "Willkommen", ""],
        ["Workshop", "24.10.2026", "10.00", "11.30", "Raum Ü1", "Inhalte", "Beamer fehlt"]]
PEOPLE = ["Dr. Jürgen Weiß", "Anna Müller"]


def _german_csv(tmp_path: Path, people: str) -> Path:
    lines = [";".join([*HEADER, people])] + [";".join([*row, person])
                                             for row, person in zip(ROWS, PEOPLE, strict=True)]
    return write_bytes(tmp_path, "programm.csv", "\r\n".join(lines).encode("cp1252"))


@pytest.mark.parametrize("heading", [
    "Referent/in", "Referent/-in", "Referent*in", "Referent:in", "Referent·in",
    "Referent/innen", "Referent*innen", "Referent:innen", "ReferentIn", "ReferentInnen",
    "Sprecher/in", "Dozent*in", "Moderator/in", "Vortragende/r"])
def test_a_speakers_column_headed_gender_inclusive_is_offered_to_the_description(
    tmp_path: Path, heading: str
) -> None:
    """Before, 'Referent/in' was left among 'Columns nothing reads' with no hint that it
    holds the speakers and how to show them, as 'Referent' gets."""
    draft = draft_mapping(_german_csv(tmp_path, heading))
    assert names_people(heading)
    assert f'# add_columns = ["{heading}"]' in draft.text
    assert f"{heading!r} names people" in draft.text


@pytest.mark.parametrize(("heading", "key"), [
    ("Check-in", "check in"), ("Sign in", "sign in"), ("Room/Location", "room/location"),
    ("Raum/Ort", "raum/ort"), ("Referent/in", "referent"), ("Teilnehmer*innen", "teilnehmer")])
def test_only_a_gender_ending_is_taken_off_a_header(heading: str, key: str) -> None:
    assert header_key(heading) == key
