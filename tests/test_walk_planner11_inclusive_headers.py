"""A French association heads its speakers' column in écriture inclusive, as French
associations and offices write it ('Intervenant·e·s', 'Intervenant.e.s', 'Intervenant(e)s',
'Animateur·rice·s', 'Conférencier·ère·s'): draft-mapping offers it to the description as it
does 'Intervenants', instead of listing it among the columns nothing reads with no word on
what it holds. Invented data, saved as LibreOffice Calc's 'Texte CSV' writes it: UTF-8, ','
and LF, quotes only where a cell needs them."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer._header_words import header_key, names_people
from importer.draft import draft_mapping
from tests.test_load import write_bytes

HEADER = "Titre,Jour,Début,Fin,Lieu,Résumé"
ROWS = ["Ouverture,11/06/2027,18h,19h,Cour de l'école,Mot du président",
        "Atelier poterie,12/06/2027,9h00,12h,Cour de l'école,Dès 6 ans"]
PEOPLE = ["Marie Dupont", '"Jean Martin, Léa Petit"']


def _french_csv(tmp_path: Path, people: str) -> Path:
    lines = [f"{HEADER},{people}"] + [f"{row},{person}"
                                      for row, person in zip(ROWS, PEOPLE, strict=True)]
    return write_bytes(tmp_path, "programme.csv", "\n".join(lines).encode("utf-8"))


@pytest.mark.parametrize("heading", [
    "Intervenant·e·s", "Intervenant.e.s", "Intervenant-e-s", "Intervenant·es",
    "Intervenant(e)s", "Intervenant(e)(s)", "Intervenant·e", "Animateur·rice·s",
    "Animateur·ice·s", "Animateur.trice.s", "Animateur(trice)s", "Formateur·rice",
    "Conférencier·ère·s", "Organisateur·rice·s"])
def test_a_speakers_column_headed_in_ecriture_inclusive_is_offered_to_the_description(
    tmp_path: Path, heading: str
) -> None:
    """Before, 'Intervenant·e·s' was left among 'Columns nothing reads' with no hint that
    it holds the speakers and how to show them, as 'Intervenants' gets."""
    draft = draft_mapping(_french_csv(tmp_path, heading))
    assert names_people(heading)
    assert f'# add_columns = ["{heading}"]' in draft.text
    assert f"{heading!r} names people" in draft.text


@pytest.mark.parametrize(("heading", "key"), [
    ("Intervenant·e·s", "intervenants"), ("Intervenant(e)", "intervenant"),
    ("Animateur·rice·s", "animateurs"), ("Conférencier·ère", "conferencier"),
    ("Speaker(s)", "speaker"), ("Center(s)", "center"), ("Speaker.email", "speaker email"),
    ("Présent(e)", "present"), ("Heure (CET)", "heure"), ("Salle/Étage", "salle/etage")])
def test_only_a_gender_ending_is_taken_off_a_french_header(heading: str, key: str) -> None:
    assert header_key(heading) == key
