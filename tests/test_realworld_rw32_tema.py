"""A course's programme, a class a row under 'Fecha' and 'Tema' (piklprado/R_UNMSM,
`programa.csv`: '06/Enero,Introducción al lenguage R'). 'Tema', the day's topic, was read as
the track, so the draft left the title to fill in and validate stopped at 'FILL IN'; it is now
the title, as 'Topic' and 'Thema' are, and stays the track beside a 'Título'. A few rows in the
file's shape, with the year written in."""
from __future__ import annotations

from pathlib import Path

from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_draft_columns import write_csv


def test_a_courses_tema_is_the_title(tmp_path: Path) -> None:
    sheet = write_csv(tmp_path / "programa.csv", [
        ["Fecha", "Tema"],
        ["06/01/2026", "Introducción al lenguage R "],
        ["07/01/2026", "Manipulación de datos"],
        ["13/01/2026", "Rmarkdown y tidyverse"]])
    draft = draft_mapping(sheet)
    assert (draft.chosen, draft.missing) == ({"name": "Tema", "date": "Fecha"}, [])
    mapping = tmp_path / "programa.toml"
    mapping.write_text(draft.text, encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="America/Lima")
    assert [i.code for i in report.issues if i.row] == []
    assert [(p.name, p.start_time.isoformat(), p.all_day) for p in report.payloads] == [
        ("Introducción al lenguage R", "2026-01-06T05:00:00+00:00", True),
        ("Manipulación de datos", "2026-01-07T05:00:00+00:00", True),
        ("Rmarkdown y tidyverse", "2026-01-13T05:00:00+00:00", True)]


def test_a_tema_beside_a_titulo_stays_the_track(tmp_path: Path) -> None:
    sheet = write_csv(tmp_path / "programa.csv", [
        ["Fecha", "Título", "Tema"],
        ["06/01/2026", "Introducción al lenguaje R", "Básico"],
        ["07/01/2026", "Manipulación de datos", "Datos"]])
    assert draft_mapping(sheet).chosen == {
        "name": "Título", "date": "Fecha", "schedule_tracks": "Tema"}
