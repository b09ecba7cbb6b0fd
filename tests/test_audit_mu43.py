"""Inputs the newest commits' tests did not try, each a sheet a user could write."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from importer import _layout
from importer.draft import draft_mapping
from importer.load import normalize_header
from importer.validate import validate_file
from tests.test_validate import write_csv


def test_a_film_programmes_film_name_is_the_title_before_its_screening_kind(
        tmp_path: Path) -> None:
    """'Film Adı' is the film's name; 'Gösterim' beside it says what kind of screening
    ('Gala', 'Prömiyer'): the draft named every session for the kind."""
    header = ["Tarih", "Saat", "Film Adı", "Gösterim", "Süre", "Salon"]
    rows = [["11.05.2027", "19:00", "Kış Uykusu", "Gala", "196", "A"],
            ["11.05.2027", "21:30", "Ahlat Ağacı", "Prömiyer", "188", "B"]]
    sheet = write_csv(tmp_path, header, rows, name="festival.csv")
    draft = draft_mapping(sheet)
    mapping = tmp_path / "festival.toml"
    mapping.write_text(draft.text, encoding="utf-8")
    report = validate_file(sheet, mapping=mapping)
    assert [p.name for p in report.payloads] == ["Kış Uykusu", "Ahlat Ağacı"]


def test_a_start_of_dates_with_times_is_said_to_run_for_days_too(tmp_path: Path) -> None:
    """The start one column of dates with times ('2027-05-11 09:00'), the end a date and a
    time: the workshop over three days had no word that it is sent as one session."""
    sheet = write_csv(tmp_path, ["DateStart", "DateEnd", "End", "Title", "Room"], [
        ["2027-05-11 09:00", "2027-05-13", "17:00", "Workshop", "A"],
        ["2027-05-11 10:30", "2027-05-11", "12:00", "Talk", "B"]], name="workshops.csv")
    notes = [line for line in draft_mapping(sheet).text.splitlines() if "days after" in line]
    assert notes == [
        "# 'DateEnd' ends some sessions days after they start (2027-05-11 09:00 to 2027-05-13 "
        "17:00): each is sent as one session from its start to its end; for a session held "
        "each day, give it a row per day"]


def test_a_start_column_of_dates_with_times_is_not_normalised_cell_by_cell(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Looking for the header written again normalised each distinct cell of the start's
    column, one a row where it holds dates with times: about a tenth of validate's time on a
    50,000-row sheet. A cell starting with a figure is ruled out first; the header written
    again in capitals on two lines is still found."""
    calls: list[str] = []

    def counted(name: str) -> str:
        calls.append(name)
        return normalize_header(name)

    monkeypatch.setattr(_layout, "normalize_header", counted)
    start = dt.datetime(2027, 5, 11, 8)
    rows = [[f"S{n}", f"Talk {n}", f"{start + dt.timedelta(minutes=7 * n):%Y-%m-%d %H:%M}",
             "Hall"] for n in range(300)]
    rows[150] = ["SESSION ID", "TITLE", "START\nTIME", "ROOM"]
    sheet = write_csv(tmp_path, ["Session ID", "Title", "Start time", "Room"], rows,
                      name="talks.csv")
    mapping = tmp_path / "talks.toml"
    mapping.write_text('name = "talks"\ntimezone = "Europe/London"\n'
                       '[fields.import_id]\ncolumn = "Session ID"\n'
                       '[fields.name]\ncolumn = "Title"\n'
                       '[fields.start]\ncolumn = "Start time"\n'
                       '[fields.end]\nminutes = 30\n', encoding="utf-8")
    report = validate_file(sheet, mapping=mapping)
    assert [(i.row, i.code) for i in report.issues if i.row] == [(152, "repeated-header")]
    assert len(calls) < 20
