"""A conference's programme copied from its web page (Nowosad/geoinformacja20website,
`content/program.md`, a Polish GIS conference over three days): one table, each day's rows
under a row spanning it that names the day and the venue ('Piątek, 2.12.2022 (Collegium
Geographicum)'), which Excel puts in the first column, the times'. The draft offered
`date = ...` for a programme of one day, which put every day's sessions on the first day
with no error, and asked for an end to be written into each heading. It now names the
headings and asks for a Date column. A few rows in the page's shape."""

from __future__ import annotations

from pathlib import Path

from importer.draft import draft_mapping
from tests.test_validate import write_csv

HEADER = ["Godzina", "Wydarzenie"]
ROWS = [
    ["Czwartek, 1.12.2022 (Aula Bogumiła Krygowskiego, Collegium Geographicum)", ""],
    ["8.00 – 10.00", "Rejestracja uczestników"],
    ["10.00 – 10.45", "Sesja otwarcia"],
    ["10.45 – 13.00", "Wykłady plenarne (Keynotes)"],
    ["13.00 – 14.00", "Przerwa obiadowa"],
    ["14.00 – 14.45", "Sesja sponsorska"],
    ["14.45 – 15.15", "Przerwa kawowa"],
    ["15.15 – 17.00", "Sesja plenarna"],
    ["19.00 – 20.00", "Sesja Jubileuszowa"],
    ["Piątek, 2.12.2022 (Collegium Geographicum)", ""],
    ["9.00 – 10.30", "Sesje referatowe I – III"],
    ["10.30 – 11.00", "Przerwa kawowa"],
    ["11.00 – 12.30", "Sesje referatowe IV – VI"],
    ["14.30 – 14.45", "Podsumowanie i zakończenie Konferencji"],
    ["15.30 – 18.00", "Warsztaty"],
    ["Sobota, 3.12.2022 (Collegium Geographicum)", ""],
    ["9.00 – 17.00", "Warsztaty"],
]


def _comments(tmp_path: Path, rows: list[list[str]]) -> list[str]:
    draft = draft_mapping(write_csv(tmp_path, HEADER, rows, name="program.csv")).text
    return [line for line in draft.splitlines() if line.startswith("# ")]


def test_day_headings_ask_for_a_date_column_not_one_date(tmp_path: Path) -> None:
    comments = _comments(tmp_path, ROWS)
    assert [line for line in comments if "head each day" in line] == [
        "# no column holds the date, and rows in 'Godzina' head each day's sessions "
        "('Czwartek, 1.12.2022 (Aula Bogumiła Krygowskiego, Collegium Geographicum)', "
        "'Piątek, 2.12.2022 (Collegium Geographicum)'): date = would put every session on "
        "one day. Add a column 'Date', type each day's date on its first session's row, put "
        "its header in place of 'FILL IN' and add fill_down = [\"Date\"] above the first "
        "[fields...] table"]
    assert not [line for line in comments if "with their end too" in line]


def test_a_one_day_programme_keeps_its_one_date(tmp_path: Path) -> None:
    comments = _comments(tmp_path, ROWS[:6])
    assert any("For a programme of one day, give its date" in line for line in comments)
