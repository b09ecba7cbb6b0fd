"""A university's timetable of classes, a row per class, exported with semicolons
(vbasto-iscte/dataset-horarios, `HorarioDeExemplo.csv`: 'Data da aula' '02/12/2022', 'Hora
início da aula' '13:00:00', 'Hora fim da aula' '14:30:00'). The draft knew the word 'date'
only in English: it found no day, so it looked for no times either, and left the start and
the end to fill in, though the three columns held nothing but dates and times. A free column
of dates whose header says 'date' in a language dates are read in ('Data', 'Datum', 'Fecha')
is now drafted as the sessions' days, and the times beside it as the start and the end, each
with a comment to check it. A few rows in the file's shape."""

from __future__ import annotations

from pathlib import Path

from importer.draft import draft_mapping
from importer.validate import validate_file

HEADER = ("Curso;Unidade Curricular;Turno;Dia da semana;Hora início da aula;Hora fim da aula;"
          "Data da aula;Sala atribuída à aula")
ROWS = ["ME;Teoria dos Jogos e dos Contratos;01789TP01;Sex;13:00:00;14:30:00;02/12/2022;AA2.25",
        "ME;Teoria dos Jogos e dos Contratos;01789TP01;Qua;13:00:00;14:30:00;23/11/2022;AA2.25",
        "DF;Investimentos II;01074TP01;Seg;19:00:00;20:30:00;05/12/2022;AA2.24"]


def test_a_date_headed_in_portuguese_gives_the_day_and_the_times_beside_it(
        tmp_path: Path) -> None:
    sheet = tmp_path / "horario.csv"
    sheet.write_text("\n".join([HEADER, *ROWS]) + "\n", encoding="utf-8")
    draft = draft_mapping(sheet)
    assert ("# 'Data da aula' holds dates ('02/12/2022'), though its name is none the draft "
            "knows: read as each session's day; check it is") in draft.text
    assert ('date_column = "Data da aula"\ntime_column = "Hora início da aula"\n\n'
            '[fields.end]\n# \'Hora fim da aula\' holds times after those of \'Hora início da '
            'aula\', though its name is none the draft knows: read as the end; check it is\n'
            'time_column = "Hora fim da aula"') in draft.text
    mapping = tmp_path / "horario.toml"
    mapping.write_text(draft.text.replace('column = "FILL IN"', 'column = "Unidade Curricular"'),
                       encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="Europe/Lisbon")
    assert [i.code for i in report.issues if i.row] == []
    assert [(p.name, f"{p.start_time:%Y-%m-%d %H:%M}", f"{p.end_time:%H:%M}")
            for p in report.payloads] == [
        ("Teoria dos Jogos e dos Contratos", "2022-12-02 13:00", "14:30"),  # Lisbon is UTC
        ("Teoria dos Jogos e dos Contratos", "2022-11-23 13:00", "14:30"),  # in winter
        ("Investimentos II", "2022-12-05 19:00", "20:30")]

