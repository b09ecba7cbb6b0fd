"""Inputs the newest commits' tests did not try, each a sheet a user could write."""

from __future__ import annotations

from pathlib import Path

from importer.draft import draft_mapping
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
