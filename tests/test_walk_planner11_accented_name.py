"""A French volunteer drafts a mapping from 'Programme de l'été.ods', a LibreOffice
spreadsheet: the mapping's name, which starts every session's import id in the guide, keeps
the accented word's letters ('programme-de-l-ete'). Before, the accented letters were dropped
with their accents ('programme-de-l-t'), a name no one would recognise in Builder's ids.
Invented data."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.draft import draft_mapping
from tests.test_load import ods_cell, write_ods


@pytest.mark.parametrize(("file_name", "name"), [
    ("Programme de l'été.ods", "programme-de-l-ete"),
    ("Fête de la musique — Saint-Étienne.ods", "fete-de-la-musique-saint-etienne"),
    ("Fest in der Hauptstraße.ods", "fest-in-der-hauptstrasse"),
    ("日程.ods", "sheet"),
])
def test_a_drafted_mappings_name_keeps_the_letters_of_accented_words(
        tmp_path: Path, file_name: str, name: str) -> None:
    path = write_ods(tmp_path / file_name, [
        (1, [ods_cell("Titre"), ods_cell("Jour"), ods_cell("Début"), ods_cell("Fin")]),
        (1, [ods_cell("Concert"), ods_cell("11/06/2027"), ods_cell("22h"), ods_cell("1h")]),
    ])
    draft = draft_mapping(path)
    assert f'name = "{name}"' in draft.text.splitlines()
    assert f'import_id_prefix = "{name}:"' in draft.text
