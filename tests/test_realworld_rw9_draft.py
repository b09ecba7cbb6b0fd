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


def test_an_end_column_written_past_midnight_is_drafted_as_the_end(tmp_path: Path) -> None:
    """A night programme's 'End' of '28:00' and '26:30' (4:00 and 2:30 the next day, which
    validate reads) was left FILL IN, as no column looked like the end."""
    path = write_bytes(tmp_path, "nights.csv", (
        b"Title,Date,Start,End\n"
        b"Late show,2027-05-11,22:00,28:00\n"
        b"Club night,2027-05-11,23:00,26:30\n"))
    draft = draft_mapping(path)
    assert ('[fields.end]\ntime_column = "End"\n') in draft.text
    assert "FILL IN" not in draft.text
