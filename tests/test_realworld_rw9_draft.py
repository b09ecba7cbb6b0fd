"""draft-mapping on an academic programme's sheet: its session chairs and discussants are
people, offered as the description's add_columns as its presenters are. Invented data of
the same shape."""

from __future__ import annotations

from pathlib import Path

from importer.draft import draft_mapping
from tests.test_load import write_bytes


def test_chairs_and_discussants_are_offered_as_add_columns(tmp_path: Path) -> None:
    """'Chairs', 'Session chair' and 'Discussant(s)' were listed only as columns nothing
    reads, while 'Chair' and 'Presenter' beside them were offered."""
    path = write_bytes(tmp_path, "programme.csv", (
        b"Title,Date,Start,End,Chairs,Session chair,Discussant,Discussants,Moderator,Presenter\n"
        b"Panel A,2027-05-11,09:00,10:00,Ann Lee,Al Ba,Bo Chan,Cy Do,Di Ek,Ed Fu\n"))
    text = draft_mapping(path).text
    assert ('# add_columns = ["Chairs", "Session chair", "Discussant", "Discussants", '
            '"Moderator", "Presenter"]\n') in text
