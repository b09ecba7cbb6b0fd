"""A festival's programme headed in Russian ('Время', 'Площадка', 'Мероприятие'): the draft
reads the words as it reads the same in the other languages. Invented data of the same shape."""

from __future__ import annotations

from pathlib import Path

from importer.draft import draft_mapping
from tests.test_load import write_bytes


def test_a_russian_programme_is_drafted(tmp_path: Path) -> None:
    """The draft matched none of the columns: every field was left to fill in."""
    path = write_bytes(tmp_path, "raspisanie.csv", (
        "Время;№ шатра;Площадка;Мероприятие;Ведущий\n"
        "10:00 – 11:00;4;Северный шатёр;Утренняя практика;Анна Петрова\n"
        "11:00 – 12:30;7;Южная поляна;Лекция о дыхании;Борис Иванов\n"
        "12:30 – 13:00;4;Северный шатёр;Перерыв;\n").encode())
    draft = draft_mapping(path)
    assert draft.chosen == {
        "name": "Мероприятие", "start": "Время", "locations": "Площадка"}
    assert ('[fields.end]\n# the same column: each cell holds the start and the end\n'
            'time_column = "Время"') in draft.text
    assert '# add_columns = ["Ведущий"]' in draft.text


def test_a_dated_russian_programme_is_drafted(tmp_path: Path) -> None:
    path = write_bytes(tmp_path, "programma.csv", (
        "Дата,Начало,Окончание,Название,Зал,Секция,Описание\n"
        "2027-05-11,09:00,09:45,Открытие,Зал 1,Пленарная,Приветствие участников.\n"
        "2027-05-11,10:00,10:45,Данные в науке,Зал 2,Наука,Доклад о данных.\n").encode())
    assert draft_mapping(path).chosen == {
        "name": "Название", "start": "Начало", "date": "Дата", "end": "Окончание",
        "locations": "Зал", "schedule_tracks": "Секция", "description": "Описание"}
