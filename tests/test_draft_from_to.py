"""Drafting a mapping: times in two columns headed by the words of 'from' and 'to', as
French, Italian and Portuguese programmes head them ('De'/'À', 'Da'/'A', 'De'/'Até')."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.draft import draft_mapping
from tests.test_draft_columns import drafted_and_read, tables, write_csv


@pytest.mark.parametrize(("start", "end"), [
    ("De", "À"), ("Da", "A"), ("De", "Até"), ("From", "To"), ("from", "to"), ("Von", "Bis"),
    ("Desde", "Hasta")])
def test_dates_with_times_headed_from_and_to_are_the_start_and_end(
        tmp_path: Path, start: str, end: str) -> None:
    """A programme of dates with times under 'De' and 'À' left both to fill in: the names
    were none the draft knew, and dates with times are only named, never taken, by their
    cells."""
    sheet = write_csv(tmp_path / "programme.csv", [
        ["Titre", start, end, "Salle"],
        ["Ouverture", "2027-05-11 09:00", "2027-05-11 10:00", "Salle A"],
        ["Keynote", "2027-05-11 10:30", "2027-05-11 11:30", "Salle B"]])
    assert drafted_and_read(tmp_path, sheet) == (
        {"name": {"column": '"Titre"'},
         "start": {"column": f'"{start}"'},
         "end": {"column": f'"{end}"'},
         "locations": {"column": '"Salle"'}},
        [("Ouverture", "2027-05-11T09:00:00+00:00", ("Salle A",)),
         ("Keynote", "2027-05-11T10:30:00+00:00", ("Salle B",))])


def test_times_headed_da_and_a_take_the_date_of_the_files_name(tmp_path: Path) -> None:
    """Times alone under 'Da' and 'A', in a one-day agenda dated by its file's name: no
    start or end was drafted, as a date column is what lets times be found by their cells."""
    sheet = write_csv(tmp_path / "Programma_2027-05-11.csv", [
        ["Titolo", "Da", "A", "Sala"],
        ["Apertura", "09:00", "10:00", "Sala A"],
        ["Keynote", "10:30", "11:30", "Sala A"]])
    drafted, read = drafted_and_read(tmp_path, sheet)
    assert (drafted["start"], drafted["end"], read) == (
        {"date": "2027-05-11", "time_column": '"Da"'}, {"time_column": '"A"'},
        [("Apertura", "2027-05-11T09:00:00+00:00", ("Sala A",)),
         ("Keynote", "2027-05-11T10:30:00+00:00", ("Sala A",))])


def test_times_headed_de_and_a_beside_a_date_are_drafted_by_their_names(
        tmp_path: Path) -> None:
    """Beside a date column, 'De' and 'À' were read by their cells, each with a comment to
    check a name the draft did not know; they are read by their names now."""
    sheet = write_csv(tmp_path / "programme.csv", [
        ["Titre", "Date", "De", "À"],
        ["Ouverture", "11/05/2027", "09:00", "10:00"],
        ["Keynote", "12/05/2027", "10:30", "11:30"]])
    text = draft_mapping(sheet).text
    assert (tables(text)["start"], tables(text)["end"], "none the draft knows" in text) == (
        {"date_column": '"Date"', "time_column": '"De"'}, {"time_column": '"À"'}, False)


def test_de_and_a_holding_no_times_are_not_the_start_and_end(tmp_path: Path) -> None:
    """'De' and 'A' are a start and an end only where they hold times: a letter's sender and
    recipient are not."""
    sheet = write_csv(tmp_path / "programme.csv", [
        ["Titre", "Date", "Heure", "De", "A"],
        ["Ouverture", "11/05/2027", "09:00", "Ana Ruiz", "Léa Martin"],
        ["Keynote", "12/05/2027", "10:30", "Léa Martin", "Ana Ruiz"]])
    drafted = tables(draft_mapping(sheet).text)
    assert (drafted["start"], drafted["end"]) == (
        {"date_column": '"Date"', "time_column": '"Heure"'}, {"time_column": '"FILL IN"'})
