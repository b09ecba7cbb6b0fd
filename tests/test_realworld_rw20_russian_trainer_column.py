"""A Russian class timetable names who leads each class 'Тренер' (kolyaoleg-lang/
aquakids-schedule, `raspisanie.csv`: 'День,Время,Группа,Тренер,Зал'). The draft listed it
among the columns nothing reads, without the offer it makes for 'Trainer' or 'Лектор' to
show the names in each session's description; 'Тренер' and 'Преподаватель' are now read as
the English 'Trainer' and 'Teacher' are. A few rows in the file's shape."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.draft import draft_mapping
from tests.test_validate import write_csv

ROWS = [
    ["Понедельник", "10:00", "Малыши (3-4 года)", "Иванова А.С.", "Зал 1"],
    ["Среда", "18:00", "Продвинутые (10-12 лет)", "Сидорова Е.П.", "Зал 1"],
]


@pytest.mark.parametrize("header", ["Тренер", "Преподаватель"])
def test_the_draft_offers_the_trainers_names_for_the_description(
        tmp_path: Path, header: str) -> None:
    sheet = write_csv(tmp_path, ["День", "Время", "Группа", header, "Зал"], ROWS,
                      name="raspisanie.csv")
    draft = draft_mapping(sheet)
    assert f"'{header}' names people" in draft.text
    assert f'# add_columns = ["{header}"]' in draft.text
