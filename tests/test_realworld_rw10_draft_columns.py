"""Columns of real programmes the draft left unread: a political science congress's
'section' (wortmanncallejon/dvpw_program, program.csv: 'Internationale Beziehungen; Kritische
Sicherheitsstudien'), its tracks; a cinema festival's 'affiche' (Azaa6-9/cines-pays-evenement,
programme.csv: 'karma.jpg'), its poster images. A column so named that names no image (a
poster session's 'Poster 1', as 3dvconf/3dvconf.github.io's schedule.csv has) is no image,
nor is one headed 'image' holding such labels, which was drafted as the image."""

from __future__ import annotations

from pathlib import Path

from importer.validate import validate_file
from tests.test_draft import drafted
from tests.test_draft_dates_dotted import _csv

DVPW = [
    ["slot", "panel", "date", "time", "panel_title", "section", "title", "presenter"],
    ["Di D", "01", "24.09.2024", "14:00-15:30 Uhr",
     "Authoritarian state control and the formation of mass mobilization",
     "Vergleichende Politikwissenschaft; Methoden der Politikwissenschaft",
     "Perception of Climate C", "Rebecca Strauch"],
    ["Di D", "02", "24.09.2024", "14:00-15:30 Uhr",
     "Contestations within and beyond the Polycrisis",
     "Internationale Beziehungen; Kritische Sicherheitsstudien",
     "How did we know Afghanistan? Knowledge production on a conte", "Amelie Harbisch"],
]
CINES = [
    ["cinema", "jour", "heure", "film", "salle", "mention", "affiche", "jeune"],
    ["bobine", "2026-10-21", "10h30", "Le Monde à l’envers", "Salle 1", "",
     "le-monde-a-l-envers.jpg", "oui"],
    ["bobine", "2026-10-21", "20h30", "Karma", "Salle 2", "sn", "karma.jpg", ""],
    ["bobine", "2026-10-27", "9h00", "Stage mini-film", "Salle 2",
     "stage|renc:Atelier 8–11 ans · 2 €", "", ""],
]


def test_a_section_column_is_drafted_as_the_tracks(tmp_path: Path) -> None:
    mapping, tables = drafted(tmp_path, _csv(tmp_path / "program.csv", DVPW))
    assert tables["schedule_tracks"] == {"column": '"section"'}
    report = validate_file(tmp_path / "program.csv", mapping=mapping, timezone="UTC")
    assert [p.schedule_tracks for p in report.payloads] == [
        ("Vergleichende Politikwissenschaft", "Methoden der Politikwissenschaft"),
        ("Internationale Beziehungen", "Kritische Sicherheitsstudien")]


def test_an_affiche_column_of_image_files_is_drafted_as_the_image(tmp_path: Path) -> None:
    _, tables = drafted(tmp_path, _csv(tmp_path / "programme.csv", CINES))
    assert tables["image"] == {"column": '"affiche"'}


def test_a_column_named_for_images_holding_labels_is_no_image(tmp_path: Path) -> None:
    for header in ("poster", "affiche", "image"):
        _, tables = drafted(tmp_path, _csv(tmp_path / "schedule.csv", [
            ["title", "date", "start", "end", header],
            ["SCENES: Subpixel Correspondence Estimation", "2024-03-18", "9:00", "9:15",
             "Poster 1"],
            ["NICER-SLAM: Neural Implicit Scene Encoding", "2024-03-18", "9:15", "9:30",
             "Poster 2"]]))
        assert "image" not in tables, header
