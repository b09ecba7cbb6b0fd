"""A course's calendar, a row per class, its title under 'actividad' (tgc-utn/tgc-utn.github.io,
`_data/cronograma.csv`: 'fecha' '07/04/2021', 'actividad' 'Transformaciones', 'tp' 'Primera
entrega del TP'). The draft knew 'Activity' in English only: it said no column looked like
the title, though the sheet had one column of titles. 'Actividad', 'Atividade', 'Attività',
'Activité', 'Aktivität' and 'Activiteit' now name the title, as 'Activity' does. A few rows in
the file's shape."""

from __future__ import annotations

from pathlib import Path

from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_draft import write_xlsx


def test_actividad_is_drafted_as_the_title(tmp_path: Path) -> None:
    sheet = write_xlsx(tmp_path / "cronograma.xlsx", [
        ["fecha", "actividad", "tp"],
        ["07/04/2021", "Nociones de gráficos por computadora", None],
        ["05/05/2021", "Colisiones y Vertex Shader", "Primera entrega del TP"],
        ["23/06/2021", "Parcial", None]])
    draft = draft_mapping(sheet)
    assert draft.complete
    assert '[fields.name]\ncolumn = "actividad"\n' in draft.text
    mapping = tmp_path / "cronograma.toml"
    mapping.write_text(draft.text, encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="America/Argentina/Buenos_Aires")
    assert [i.code for i in report.issues] == ["derived-import-id"]
    assert [(p.name, f"{p.start_time:%Y-%m-%d}", p.all_day) for p in report.payloads] == [
        ("Nociones de gráficos por computadora", "2021-04-07", True),
        ("Colisiones y Vertex Shader", "2021-05-05", True),
        ("Parcial", "2021-06-23", True)]


def test_atividade_beside_horario_is_drafted_as_the_title(tmp_path: Path) -> None:
    sheet = write_xlsx(tmp_path / "programacao.xlsx", [
        ["Data", "Horário", "Atividade"],
        ["24/03/2026", "08h30-09h10", "Aquecimento"],
        ["24/03/2026", "09h10-10h00", "Oficina de Python"]])
    draft = draft_mapping(sheet)
    assert draft.complete
    assert '[fields.name]\ncolumn = "Atividade"\n' in draft.text
