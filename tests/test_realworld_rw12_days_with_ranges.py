"""A Brazilian agenda of courses and retreats with no times, each on its day (`19/10/2019`),
some over several days written as a range (`20 a 22/09/2019`): eirenedobrasil/
eirenedobrasil.github.io, `_data/agenda.csv`. With seven ranges among sixteen dates, the
draft no longer took the column for days alone: it asked for an end to fill in, suggesting
until_next or minutes, as for a timetable. It now drafts the days as all-day sessions, and
still names the ranges. A few rows in the file's shape."""

from __future__ import annotations

from pathlib import Path

from importer.draft import draft_mapping
from tests.test_validate import write_csv

HEADER = ["date", "curso", "local", "cidade", "estado", "owner", "link"]
ROWS = [
    ["19/10/2019", "Palestra para casais", "Igreja Sal da Terra", "Uberlândia", "MG", "", ""],
    ["20 a 22/09/2019", "Desafio de viver a fé", "Igreja Batista", "Itaberaba", "BA", "", ""],
    ["27/09/2019", "Início da turma de Terapia", "", "Curitiba", "PR", "", ""],
    ["08 a 09/11/2019", "Aconselhamento Pastoral Familiar", "FLT", "São Bento do Sul", "SC",
     "", ""],
]


def test_days_alone_beside_ranges_of_days_are_drafted_as_all_day(tmp_path: Path) -> None:
    draft = draft_mapping(write_csv(tmp_path, HEADER, ROWS, name="agenda.csv")).text
    timing = draft[draft.index("[fields.start]"):draft.index("[fields.locations]")]
    assert timing == (
        "[fields.start]\n"
        "# no column holds times: each session is all day, on the day its cell gives\n"
        'column = "date"\n\n'
        "[fields.end]\n"
        "# the same column: a day alone has no end\n"
        'column = "date"\n\n')
    assert ("# 'date' has '20 a 22/09/2019' and 1 other, a range of days"
            in draft)
