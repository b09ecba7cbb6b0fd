"""A Brazilian agenda of courses and retreats whose date cells give some events as a range
of days with the month and year written once, one of them across the end of a month
(`29 a 01/12/2019`, 29 November to 1 December): eirenedobrasil/eirenedobrasil.github.io,
`_data/agenda.csv`. The refusal named the range as running from 29 December back to
1 December; it now names the days the planner wrote. A few rows in the file's shape."""

from __future__ import annotations

from pathlib import Path

from importer.validate import validate_file
from tests.test_validate import write_csv

HEADER = ["date", "curso", "local", "cidade", "estado", "owner", "link"]
ROWS = [
    ["19/10/2019", "Palestra para casais", "Igreja Sal da Terra", "Uberlândia", "MG",
     "Carlos Grzybowski", "mailto:catito@eirene.com.br"],
    ["20 a 22/09/2019", "Desafio de viver a fé, a esperança e o amor na Família",
     "Igreja Batista de Itaberaba", "Itaberaba", "BA", "Marcos Quaresma", ""],
    ["29 a 01/12/2019", "PEM", "IECLB", "Luzerna", "SC", "Carlos Grzybowski", ""],
    ["30 a 02/01/2020", "Retiro de Ano Novo", "IECLB", "Rio do Sul", "SC", "Erlo Aurich", ""],
]
MAPPING = """name = "agenda"
date_order = "day-first"
[fields.name]
column = "curso"
[fields.start]
date_column = "date"
[fields.end]
until_next = true
[fields.locations]
column = "local"
"""


def test_a_range_of_days_across_a_month_end_is_named_as_written(tmp_path: Path) -> None:
    sheet = write_csv(tmp_path, HEADER, ROWS, name="agenda.csv")
    mapping = tmp_path / "agenda.toml"
    mapping.write_text(MAPPING, encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="America/Sao_Paulo")
    named = [(i.row, i.code, i.message.split("; ")[0]) for i in report.issues if i.row]
    assert named == [
        (3, "bad-date", "Row 3: 'date' has '20 a 22/09/2019', which is not a date: it is a "
                        "range of days, 2019-09-20 to 2019-09-22"),
        (4, "bad-date", "Row 4: 'date' has '29 a 01/12/2019', which is not a date: it is a "
                        "range of days, 2019-11-29 to 2019-12-01"),
        (5, "bad-date", "Row 5: 'date' has '30 a 02/01/2020', which is not a date: it is a "
                        "range of days, 2019-12-30 to 2020-01-02")]
    assert [p.name for p in report.payloads] == ["Palestra para casais"]


def test_two_whole_dates_the_last_before_the_first_are_not_moved(tmp_path: Path) -> None:
    """Each date written whole: a typo the planner must see as typed, not a month earlier."""
    rows = [["29/12/2019 - 01/12/2019", "PEM", "IECLB", "Luzerna", "SC", "", ""]]
    sheet = write_csv(tmp_path, HEADER, rows, name="agenda.csv")
    mapping = tmp_path / "agenda.toml"
    mapping.write_text(MAPPING, encoding="utf-8")
    issues = validate_file(sheet, mapping=mapping, timezone="America/Sao_Paulo").issues
    assert [i.message.split("; ")[0] for i in issues if i.row] == [
        "Row 2: 'date' has '29/12/2019 - 01/12/2019', which is not a date: it is a range of "
        "days, 2019-12-29 to 2019-12-01"]
