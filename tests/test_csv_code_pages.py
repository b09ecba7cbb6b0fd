"""CSV files Excel saved in the Windows code page of Central and Eastern Europe, Russia, Greece
or Turkey: each read in its own code page, cell by cell, while Western files that share their
bytes stay cp1252."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from importer.load import load_sheet

# Small programmes as a planner in each country types them, header in the language.
CODE_PAGES = {
    "polish": ("cp1250", "Tytuł,Data,Godzina,Sala\n"
               "Zajęcia z żywienia,2027-05-11,09:00,Sala Źródło\n"
               "Wykład otwierający,2027-05-11,10:30,Aula Główna\n"
               "Warsztaty: ćwiczenia praktyczne,2027-05-12,14:00,Sala Łódź\n"
               "Spotkanie końcowe,2027-05-12,16:00,Aula Główna\n"),
    "polish-without-ź": ("cp1250", "Tytuł,Data,Sala\n"
                         "Wykład otwierający,2027-05-11,Aula Główna\n"
                         "Zajęcia z żywienia,2027-05-11,Sala 2\n"
                         "Spotkanie końcowe,2027-05-12,Aula Główna\n"),
    "czech": ("cp1250", "Název,Datum,Začátek,Místnost\n"
              "Úvodní přednáška,11.5.2027,9:00,Velký sál\n"
              "Řízení projektů,11.5.2027,10:30,Učebna č. 3\n"
              "Workshop: čeština pro cizince,12.5.2027,14:00,Malý sál\n"),
    "russian": ("cp1251", "Название,Дата,Начало,Зал\n"
                "Доклад,11.05.2027,09:00,Большой зал\n"
                "Открытие конференции,11.05.2027,10:00,Зал А\n"
                "Круглый стол: будущее отрасли,12.05.2027,14:00,Малый зал\n"),
    "russian-short": ("cp1251", "Название,Зал\nДоклад,Зал А\nОбед,Фойе\nДискуссия,Зал Б\n"),
    "ukrainian": ("cp1251", "Назва,Дата,Початок,Зала\n"
                  "Відкриття конференції,11.05.2027,09:00,Велика зала\n"
                  "Їжа та здоров'я,11.05.2027,11:00,Зала Є\n"
                  "Доповідь: ґрунти України,12.05.2027,14:00,Мала зала\n"),
    "turkish": ("cp1254", "Film Adı,Tarih,Saat,Salon\n"
                "Kış Uykusu,11.05.2027,19:00,Salon 1\n"
                "Ağır Roman,11.05.2027,21:30,Büyük Salon\n"
                "İstanbul Hatırası,12.05.2027,18:00,Salon Şişli\n"),
    "greek": ("cp1253", "Τίτλος,Ημερομηνία,Ώρα,Αίθουσα\n"
              "Εναρκτήρια ομιλία,11/05/2027,09:00,Κεντρική αίθουσα\n"
              "Εργαστήριο Python,11/05/2027,11:00,Αίθουσα Β\n"
              "Στρογγυλό τραπέζι,12/05/2027,14:00,Αμφιθέατρο\n"),
}

# Western programmes whose accents are bytes those code pages hold other letters in (è is
# Czech č, ñ Polish ń, ð and þ Turkish ğ and ş): cp1252 they are, and stay.
WESTERN = {
    "german": "Titel,Datum,Raum\nEröffnung und Begrüßung,11.05.2027,Großer Saal\n"
              "Übungen für Anfänger,11.05.2027,Raum Köln\nAbschlussgespräch,12.05.2027,Saal 2\n",
    "french": "Titre,Date,Salle\nSéance d'ouverture,11/05/2027,Salle Molière\n"
              "Atelier : données et sécurité,11/05/2027,Salle Éole\n"
              "Dîner de clôture,12/05/2027,Château\n",
    "spanish": "Título,Fecha,Sala\nSesión de apertura,11/05/2027,Sala Ñandú\n"
               "Taller: ¿qué es programación?,11/05/2027,Aula Peña\n"
               "Cena de clausura,12/05/2027,Salón 1º\n",
    "icelandic": "Titill,Dagsetning,Salur\nOpnunarþáttur,11.5.2027,Aðalsalur\n"
                 "Vinnustofa í forritun,11.5.2027,Salur Þór\n"
                 "Lokahóf með kvöldverði,12.5.2027,Aðalsalur\n",
    "icelandic-ý": "Titill,Salur\nÝmis erindi,Aðalsalur\nKýr og hross,Salur Þór\n",
    "italian": "Titolo,Sala\nCosì è la vita,Aula più grande\nPerché no,Aula 2\n",
    "norwegian": "Tittel,Rom\nMøte i Bjørnstjerne Bjørnsons gate,Tøyen\nÅpning,Sør\n",
}


def write_bytes(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "s.csv"
    path.write_bytes(data)
    return path


def table(text: str) -> list[list[str]]:
    return [line.split(",") for line in text.splitlines()]


@pytest.mark.parametrize(("code_page", "text"), CODE_PAGES.values(), ids=CODE_PAGES.keys())
def test_a_programme_saved_in_its_countrys_code_page_reads_in_it(
    tmp_path: Path, code_page: str, text: str
) -> None:
    """Read as cp1252, Mac Roman or an East Asian encoding, each reached the app garbled
    ('Film Adý', 'Zajêcia z ¿ywienia', 'Äîêëàä' for Доклад) and validate said all was well."""
    sheet = load_sheet(write_bytes(tmp_path, text.encode(code_page)))
    assert sheet.encoding == code_page
    assert [sheet.columns, *sheet.frame.values.tolist()] == table(text)


@pytest.mark.parametrize("text", WESTERN.values(), ids=WESTERN.keys())
def test_a_western_programme_stays_cp1252(tmp_path: Path, text: str) -> None:
    sheet = load_sheet(write_bytes(tmp_path, text.encode("cp1252")))
    assert sheet.encoding == "cp1252"
    assert [sheet.columns, *sheet.frame.values.tolist()] == table(text)


def test_a_western_programme_from_a_mac_stays_mac_roman(tmp_path: Path) -> None:
    """Mac Roman writes ü, è and ø as bytes cp1250 holds ź, Ź and ż in."""
    text = "Titel,Raum\rMüller in Zürich,Saal 1\rSalle Molière,Bjørn\r"
    sheet = load_sheet(write_bytes(tmp_path, text.encode("mac_roman")))
    assert sheet.encoding == "mac_roman"
    assert [sheet.columns, *sheet.frame.values.tolist()] == table(text)


def test_the_debug_log_names_the_code_page_read(tmp_path: Path,
                                                caplog: pytest.LogCaptureFixture) -> None:
    code_page, text = CODE_PAGES["turkish"]
    with caplog.at_level(logging.DEBUG, logger="importer"):
        load_sheet(write_bytes(tmp_path, text.encode(code_page)))
    assert any(": encoding cp1254, delimiter ','" in message for message in caplog.messages)
