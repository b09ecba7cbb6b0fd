"""A French association's festival programme saved by LibreOffice Calc as 'Texte CSV'
(UTF-8, ',' between fields, quotes only where a cell needs them, LF) with a 'Réservation'
column of 'oui'/'non': the draft reads it as registration, as it reads 'Register?' yes/no,
and the cells are read as yes and no. Before, 'Réservation' was among the columns nothing
reads, and a mapping reading it refused every row: "'Réservation' has 'oui', which is not yes
or no". Invented data."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer import convert
from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_load import write_bytes

SHEET = (
    "Titre,Jour,Début,Fin,Lieu,Réservation\n"
    "Ouverture du festival,11/06/2027,18h,19h,Cour de l'école,non\n"
    "Concert,11/06/2027,22h,1h,Salle des fêtes,oui\n"
    "Visite guidée,12/06/2027,14h,15h30,Église Saint-Martin,Oui\n"
    "Repas partagé,12/06/2027,12h30,14h,,NON\n"
)


def test_a_reservation_column_of_oui_and_non_is_drafted_as_registration(
        tmp_path: Path) -> None:
    path = write_bytes(tmp_path, "programme.csv", SHEET.encode("utf-8"))
    draft = draft_mapping(path)
    assert draft.chosen["require_login"] == "Réservation"
    mapping = tmp_path / "festival.toml"
    mapping.write_text(draft.text, encoding="utf-8")
    report = validate_file(path, mapping=mapping, timezone="Europe/Paris")
    assert [i.code for i in report.issues] == ["derived-import-id"]
    assert [(r.row, r.payload.require_login, r.payload.add_to_schedule)
            for r in report.rows] == [(2, False, True), (3, True, True), (4, True, True),
                                      (5, False, True)]


@pytest.mark.parametrize(("word", "meaning"), [
    ("oui", True), ("non", False), ("ja", True), ("nein", False), ("sí", True),
    ("si", True), ("sì", True), ("sim", True), ("não", False), ("nao", False),
    ("nee", False)])
def test_yes_and_no_in_the_languages_dates_are_read_in(word: str, meaning: bool) -> None:
    assert convert.parse_boolean(word) is meaning
    assert convert.parse_boolean(word.upper()) is meaning
