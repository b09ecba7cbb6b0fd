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
