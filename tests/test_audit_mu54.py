"""Shapes the newest changes' tests did not try: a film programme whose only place column
is its cinema, ..."""

from __future__ import annotations

from pathlib import Path

from importer.draft import draft_mapping
from importer.validate import validate_file


def test_a_cinema_column_alone_is_drafted_as_the_rooms(tmp_path: Path) -> None:
    """A German festival's programme names only the cinema of each film ('Kino'): 'Kino' was
    made a venue word, to join a screen column beside it, but alone it was left unread, so the
    films had no place in the app, as a 'Venue' or 'Ort' column alone never was."""
    sheet = tmp_path / "programm.csv"
    sheet.write_text("Film,Datum,Beginn,Ende,Kino\n"
                     "Metropolis,12.05.2027,18:00,20:00,Abaton\n"
                     "Nosferatu,12.05.2027,18:30,20:00,Zeise\n"
                     "M,12.05.2027,20:30,22:30,Abaton\n", encoding="utf-8")
    draft = draft_mapping(sheet)
    assert '[fields.locations]\ncolumn = "Kino"\n' in draft.text
    mapping = tmp_path / "programm.toml"
    mapping.write_text(draft.text, encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="Europe/Berlin")
    assert [i.code for i in report.issues] == ["derived-import-id"]
    assert [(p.name, p.locations) for p in report.payloads] == [
        ("Metropolis", ("Abaton",)), ("Nosferatu", ("Zeise",)), ("M", ("Abaton",))]
