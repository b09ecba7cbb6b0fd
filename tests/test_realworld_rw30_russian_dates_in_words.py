"""A Russian conference's programme with its dates in words ('15 мая 2027', 'суббота, 15 мая
2027') and one time cell a session ('10:00–10:45'), headed 'Дата', 'Время', 'Зал', 'Секция',
'Тема', 'Докладчик', 'Аннотация': drafted, then validated. A few rows, written here."""

from __future__ import annotations

from pathlib import Path

from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_realworld_rw28_czech_headers import _fields
from tests.test_validate import write_csv

HEADER = ["Дата", "Время", "Зал", "Секция", "Тема", "Докладчик", "Аннотация"]
ROWS = [
    ["суббота, 15 мая 2027", "10:00–10:45", "Большой зал", "Пленарная", "Открытие",
     "Иван Петров", "Приветствие участников."],
    ["15 мая 2027", "11:00–11:45", "Аудитория 204", "Данные", "Данные в науке",
     "Мария Смирнова", ""],
    ["воскресенье, 16 мая 2027", "10:00–11:00", "Большой зал", "Пленарная", "Итоги", "", ""],
]


def test_a_russian_programme_with_dates_in_words_is_drafted_and_read(tmp_path: Path) -> None:
    sheet = write_csv(tmp_path, HEADER, ROWS, name="programma.csv")
    draft = draft_mapping(sheet).text
    assert _fields(draft) == [
        '[fields.name]\ncolumn = "Тема"',
        '[fields.start]\ndate_column = "Дата"\ntime_column = "Время"',
        '[fields.end]\ntime_column = "Время"',
        '[fields.locations]\ncolumn = "Зал"',
        '[fields.schedule_tracks]\ncolumn = "Секция"',
        '[fields.description]\ncolumn = "Аннотация"\nformat = "text"']
    assert '# add_columns = ["Докладчик"]' in draft
    mapping = tmp_path / "draft.toml"
    mapping.write_text(draft, encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="Europe/Moscow")
    assert [i.code for i in report.issues if i.row] == []
    assert [(p.name, p.start_time.isoformat(), p.end_time.isoformat(), p.locations)
            for p in report.payloads] == [
        ("Открытие", "2027-05-15T07:00:00+00:00", "2027-05-15T07:45:00+00:00",
         ("Большой зал",)),
        ("Данные в науке", "2027-05-15T08:00:00+00:00", "2027-05-15T08:45:00+00:00",
         ("Аудитория 204",)),
        ("Итоги", "2027-05-16T07:00:00+00:00", "2027-05-16T08:00:00+00:00", ("Большой зал",))]
