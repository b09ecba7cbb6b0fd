"""Drafting a mapping: a sheet with two columns headed 'Nom', a speaker's beside 'Prénom'
and the session's, as French programmes head both."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_draft_columns import drafted_and_read, write_csv

ROWS = [["Ana", "Ruiz", "Ouverture", "11/05/2027", "09:00", "10:00", "Salle A"],
        ["Léa", "Martin", "Keynote", "12/05/2027", "10:30", "11:30", "Salle A"]]
READ = [("Ouverture", "2027-05-11T09:00:00+00:00", ("Salle A",)),
        ("Keynote", "2027-05-12T10:30:00+00:00", ("Salle A",))]


def title_and_joined(text: str) -> tuple[str, str]:
    """The drafted title's column, and the columns offered joined as a speaker's name."""
    title = re.search(r'^\[fields\.name\]\n(?:#.*\n)?column = "(.*)"', text, re.M)
    joined = re.search(r"join = (\[.*?\])", text)
    assert title and joined, text
    return title[1], joined[1]


def test_the_sessions_nom_before_the_speakers_is_the_title(tmp_path: Path) -> None:
    """'Nom', then 'Prénom' and 'Nom' again: the first 'Nom', the session's, was joined to
    'Prénom' as the speaker's name, and no title was drafted. Two columns headed alike stop
    validate until the mapping reads both: the title's comment says to uncomment the
    speakers' add_columns, which does."""
    sheet = write_csv(tmp_path / "programme.csv", [
        ["Nom", "Date", "De", "À", "Salle", "Prénom", "Nom"],
        *([row[2], *row[3:], *row[:2]] for row in ROWS)])
    text = draft_mapping(sheet).text
    assert title_and_joined(text) == ("Nom", '["Prénom", "Nom (2)"]')
    assert ("# 'Nom (2)' is headed 'Nom' too, a speaker's last name: validate stops at two "
            "columns headed alike until the mapping reads both, so uncomment add_columns "
            "under [fields.description] (or rename one in the sheet)\n") in text
    mapping = tmp_path / "draft.toml"
    mapping.write_text(re.sub(r"^# (\[fields\.description\]|add_columns)", r"\1", text,
                              flags=re.M), encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert [(p.name, p.start_time.isoformat(), p.locations, p.description_html)
            for p in report.payloads] == [
        (name, start, rooms, f"<p>Speakers: {speaker}</p>")
        for (name, start, rooms), speaker in zip(READ, ["Ana Ruiz", "Léa Martin"],
                                                 strict=True)]


@pytest.mark.parametrize("session", ["Nom", "Nom de la session"])
def test_the_sessions_nom_after_the_speakers_is_the_title(tmp_path: Path,
                                                            session: str) -> None:
    """'Prénom' and 'Nom', then the session's 'Nom' or 'Nom de la session': the speaker's
    name was joined right, but the title was left to fill in."""
    sheet = write_csv(tmp_path / "programme.csv", [
        ["Prénom", "Nom", session, "Date", "De", "À", "Salle"], *ROWS])
    text = draft_mapping(sheet).text
    assert title_and_joined(text) == (
        "Nom (2)" if session == "Nom" else session, '["Prénom", "Nom"]')
    assert drafted_and_read(tmp_path, sheet)[1] == READ


def test_a_session_title_column_goes_before_the_sessions_nom(tmp_path: Path) -> None:
    """The other 'Nom' is the title only where no column is headed as one."""
    sheet = write_csv(tmp_path / "programme.csv", [
        ["Prénom", "Nom", "Nom", "Titre", "Date", "De", "À", "Salle"],
        *([*row[:3], row[2] + " 2027", *row[3:]] for row in ROWS)])
    assert title_and_joined(draft_mapping(sheet).text) == ("Titre", '["Prénom", "Nom"]')
