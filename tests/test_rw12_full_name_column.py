"""A conference form's export naming each session's speaker in one column headed by both
name words ('Prénom Nom', 'First Name Last Name'): the draft offers it as the description's
add_columns, as it joins a first and a last name column. Invented data of the same shape."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.draft import draft_mapping
from tests.test_load import write_bytes


@pytest.mark.parametrize("header", ["Prénom Nom", "First Name Last Name", "Nom et prénom"])
def test_a_full_name_column_is_offered_as_the_speakers(tmp_path: Path, header: str) -> None:
    """'Prénom Nom' was only listed among the columns nothing reads, so the speakers never
    reached the app."""
    path = write_bytes(tmp_path, "programme.csv", (
        f"Horodateur,Lieu,{header},Titre de la session,Description de la session\n"
        "18/05/2027 09:00:00,Amphi 1,Ana Ruiz,Ouverture,À venir\n"
        "18/05/2027 09:55:00,Salle 6,Bo Li et Cy Do,Atelier,À venir\n").encode())
    assert (f'# add_columns = ["{header}"]\n# labels = {{ "{header}" = "Speakers" }}\n'
            ) in draft_mapping(path).text
