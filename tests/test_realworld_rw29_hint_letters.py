"""The fixes a message writes for the mapping keep a cell's or a header's letters as the sheet
has them. A Greek timetable's weekdays (kostasartKKM/semweb1718a1, `programma.csv`: 'Δευτέρα'
under 'ΗΜΕΡΑ') were quoted as `"\\u0394\\u03b5..." = "YYYY-MM-DD"`, as were a Spanish
programme's 'Sábado' and its header 'Día' in the fill_down fix, and an end column's 'Duración'
in the duration_column fix: TOML reads the escapes, but a planner cannot. A few rows, written
here."""

from __future__ import annotations

from pathlib import Path

from importer.validate import validate_file
from tests.test_validate import write_csv

MAPPING = """name = "programa"
[fields.name]
column = "Título"
[fields.start]
date_column = "Día"
time_column = "Hora"
[fields.end]
time_column = "Duración"
"""


WEEKDAY = ("which is not a date: it names a day of the week, not its date; write the date like "
           "5/11/2027 (May 11) or 2027-05-11, or give each day its date once in the mapping, "
           "in the field reading this column: values = {{ \"{}\" = \"YYYY-MM-DD\" }}.")


def _issues(tmp_path: Path, rows: list[list[str]]) -> list[tuple[int | None, str, str]]:
    sheet = write_csv(tmp_path, ["Día", "Hora", "Duración", "Título"], rows,
                      name="programa.csv")
    mapping = tmp_path / "programa.toml"
    mapping.write_text(MAPPING, encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="Europe/Madrid")
    return [(i.row, i.code, i.message) for i in report.issues if i.row]


def test_date_fixes_quote_the_sheets_own_letters(tmp_path: Path) -> None:
    assert _issues(tmp_path, [
        ["Sábado", "10:00", "11:00", "Apertura"],
        ["", "11:00", "12:00", "Charla"],
        ["Δευτέρα", "13:00", "14:00", "Διάλεξη"]]) == [
        (2, "bad-date", "Row 2: 'Día' has 'Sábado', " + WEEKDAY.format("Sábado")),
        (3, "missing-required", "Row 3: 'Día' is empty; every session needs a date. Fill it "
         "in, or if it is written once for the rows under it, add fill_down = [\"Día\"] to "
         "the mapping."),
        (4, "bad-date", "Row 4: 'Día' has 'Δευτέρα', " + WEEKDAY.format("Δευτέρα"))]


def test_the_duration_fix_quotes_the_header_as_written(tmp_path: Path) -> None:
    assert _issues(tmp_path, [["2026-05-16", "10:00", "45 min", "Taller"]]) == [
        (2, "bad-time", "Row 2: 'Duración' has '45 min', a length rather than an end time: "
         "to read it as each session's duration, write duration_column = \"Duración\" in "
         "place of time_column under [fields.end].")]
