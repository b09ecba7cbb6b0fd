"""A Ukrainian conference's programme ('Дата', 'Початок', 'Кінець', 'Назва', 'Зала',
'Секція', 'Доповідач', 'Опис'), its dates in words ('пʼятниця, 14 травня 2027'), and a
university's day ('Дата', 'Час', 'Тривалість', 'Тема', 'Назва', 'Місце'). Only 'Дата' and
'Тема', which Russian shares, were drafted. A few rows, written here."""

from __future__ import annotations

from pathlib import Path

from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_realworld_rw28_czech_headers import _fields
from tests.test_validate import write_csv

HEADER = ["Дата", "Початок", "Кінець", "Назва", "Зала", "Секція", "Доповідач", "Опис"]
ROWS = [
    ["пʼятниця, 14 травня 2027", "10:00", "10:45", "Відкриття", "Зала 1", "Пленарна",
     "Олена Коваль", "Вітання учасників."],
    ["п'ятниця, 14 травня 2027", "11:00", "11:45", "Дані в науці", "Аудиторія 204", "Наука",
     "Петро Шевченко", ""],
    ["15 травня 2027", "10:00", "11:00", "Підсумки", "Зала 1", "Пленарна", "", ""],
]


def test_a_ukrainian_programme_is_drafted_from_its_own_headers(tmp_path: Path) -> None:
    sheet = write_csv(tmp_path, HEADER, ROWS, name="programa.csv")
    draft = draft_mapping(sheet).text
    assert _fields(draft) == [
        '[fields.name]\ncolumn = "Назва"',
        '[fields.start]\ndate_column = "Дата"\ntime_column = "Початок"',
        '[fields.end]\ntime_column = "Кінець"',
        '[fields.locations]\ncolumn = "Зала"',
        '[fields.schedule_tracks]\ncolumn = "Секція"',
        '[fields.description]\ncolumn = "Опис"\nformat = "text"']
    assert '# add_columns = ["Доповідач"]' in draft
    mapping = tmp_path / "draft.toml"
    mapping.write_text(draft, encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="Europe/Kyiv")
    assert [i.code for i in report.issues if i.row] == []
    assert [(p.name, p.start_time.isoformat(), p.end_time.isoformat(), p.locations,
             p.schedule_tracks) for p in report.payloads] == [
        ("Відкриття", "2027-05-14T07:00:00+00:00", "2027-05-14T07:45:00+00:00",
         ("Зала 1",), ("Пленарна",)),
        ("Дані в науці", "2027-05-14T08:00:00+00:00", "2027-05-14T08:45:00+00:00",
         ("Аудиторія 204",), ("Наука",)),
        ("Підсумки", "2027-05-15T07:00:00+00:00", "2027-05-15T08:00:00+00:00",
         ("Зала 1",), ("Пленарна",))]


def test_the_title_is_the_name_column_not_the_topic(tmp_path: Path) -> None:
    """'Назва' is the title beside 'Тема' (a topic), as Russian's 'Название' is."""
    sheet = write_csv(tmp_path, ["Дата", "Час", "Тривалість", "Тема", "Назва", "Місце",
                                 "Спікер"],
                      [["15.05.2027", "10:00", "45", "Наука", "Відкриття", "Зала 1",
                        "Олена Коваль"]], name="rozklad.csv")
    draft = draft_mapping(sheet)
    assert draft.chosen == {"name": "Назва", "start": "Час", "date": "Дата",
                            "duration": "Тривалість", "locations": "Місце"}
    assert '# add_columns = ["Спікер"]' in draft.text
