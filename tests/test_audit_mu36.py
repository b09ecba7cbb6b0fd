"""Pins for the cancelled-title warning, word by word and dash by dash, and the warning on a
title a blank one takes from its fallback column; the Turkish and Polish headers each drafted
to its field beside English ones. Invented data."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer._hints import format_hint
from importer._layout import cancelled_titles
from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.support import talk
from tests.test_load import write_bytes


@pytest.mark.parametrize("title", [
    "ANULADO: Taller", "Anuladas - Charlas", "Entfallt: Vortrag", "Entfällt - Vortrag",
    "Annullato: Seminario", "Annullata - Sessione", "Annulee : Atelier", "Annulées - Ateliers",
    "Geannuleerd: Lezing", "Canceladas: Charlas"])
def test_each_spelling_of_each_language_is_read(title: str) -> None:
    assert cancelled_titles([title]) == [0]


@pytest.mark.parametrize("title", [
    "CANCELLED- Keynote", "CANCELLED -Keynote", "CANCELLED – Keynote", "CANCELLED— Keynote",
    "CANCELLED –Keynote", "CANCELLED —Keynote", "CANCELLED—Keynote", "CANCELLED–Keynote",
    "Keynote—CANCELLED", "Keynote–cancelled", "Keynote — CANCELLED", "Keynote -cancelled",
    "  CANCELLED: Keynote", "Keynote (cancelled)  ", "Keynote - cancelled "])
def test_each_dash_each_side_is_read(title: str) -> None:
    """An en or em dash written against the word ('Keynote—CANCELLED') had no warning."""
    assert cancelled_titles([title]) == [0]


@pytest.mark.parametrize("title", ["Keynote-cancelled", "Pre-cancelled", "Cancelled-flight tales",
                                   "Keynote-CANCELLED talks"])
def test_a_hyphen_inside_words_is_no_dash(title: str) -> None:
    assert cancelled_titles([title]) == []


FALLBACK_MAPPING = """\
name = "fallback"
timezone = "Europe/London"
[fields.name]
column = "Title"
fallback_column = "Type"
[fields.start]
date_column = "Date"
time_column = "Start"
[fields.end]
time_column = "End"
"""


def test_a_blank_title_taking_cancelled_from_its_fallback_is_warned_of(tmp_path: Path) -> None:
    """The session is named 'Cancelled' in the app: it had no warning."""
    path = write_bytes(tmp_path, "program.csv", (
        b"Title,Type,Date,Start,End\n"
        b",Cancelled,5/11/2027,9:00,10:00\n"
        b",Lunch,5/11/2027,12:00,13:00\n"
        b"CANCELLED: Keynote,Talk,5/11/2027,14:00,15:00\n"))
    mapping = tmp_path / "fallback.toml"
    mapping.write_text(FALLBACK_MAPPING, encoding="utf-8")
    report = validate_file(path, mapping=mapping)
    assert [(i.row, i.column, i.value, i.code, i.message[:60]) for i in report.issues if i.row] == [
        (2, "Type", "Cancelled", "cancelled-title",
         "Row 2: 'Type' has 'Cancelled', which says the session is can"),
        (4, "Title", "CANCELLED: Keynote", "cancelled-title",
         "Row 4: 'Title' has 'CANCELLED: Keynote', which says the sess")]
    assert report.valid == 3


TURKISH_POLISH = [
    ("name", "Başlık"), ("name", "Oturum Başlığı"), ("name", "Sunum Başlığı"),
    ("name", "Etkinlik"), ("name", "Etkinlik Adı"), ("name", "Ders"), ("name", "Ders Adı"),
    ("name", "Konu"), ("name", "Tytuł"), ("name", "Tytuł wystąpienia"), ("name", "Temat"),
    ("name", "Nazwa"), ("name", "Wydarzenie"),
    ("date", "Tarih"), ("date", "Gün"), ("date", "Data"), ("date", "Dzień"),
    ("start", "Saat"), ("start", "Başlangıç"), ("start", "Başlangıç Saati"),
    ("start", "Başlama Saati"), ("start", "Zaman"), ("start", "Godzina"), ("start", "Początek"),
    ("start", "Godzina rozpoczęcia"), ("start", "Czas"), ("start", "Rozpoczęcie"),
    ("end", "Bitiş"), ("end", "Bitiş Saati"), ("end", "Koniec"), ("end", "Godzina zakończenia"),
    ("end", "Zakończenie"),
    ("duration", "Süre"), ("duration", "Czas trwania"),
    ("locations", "Salon"), ("locations", "Yer"), ("locations", "Mekan"), ("locations", "Bina"),
    ("locations", "Derslik"), ("locations", "Konum"), ("locations", "Sala"),
    ("locations", "Miejsce"), ("locations", "Lokalizacja"), ("locations", "Budynek"),
    ("schedule_tracks", "Kategori"), ("schedule_tracks", "Tür"),
    ("schedule_tracks", "Oturum Türü"), ("schedule_tracks", "Ścieżka"),
    ("schedule_tracks", "Kategoria"), ("schedule_tracks", "Typ"), ("schedule_tracks", "Rodzaj"),
    ("description", "Açıklama"), ("description", "Özet"), ("description", "Opis"),
    ("description", "Streszczenie"), ("description", "Abstrakt"),
]
ENGLISH = {"name": ("Title", "Opening", "Data talk"), "date": ("Date", "2027-05-11", "2027-05-12"),
           "start": ("Start", "10:00", "11:30"), "end": ("End", "11:00", "12:30"),
           "duration": ("Minutes", "60", "45"), "locations": ("Room", "Hall A", "Hall B"),
           "schedule_tracks": ("Track", "Backend", "Frontend"),
           "description": ("Description", "Welcome all", "Hands on")}


@pytest.mark.parametrize(("field", "header"), TURKISH_POLISH)
def test_each_turkish_and_polish_header_is_drafted_beside_english_ones(
        tmp_path: Path, field: str, header: str) -> None:
    keys = [key for key in ENGLISH if key != ("end" if field == "duration" else "duration")]
    heads = [header if key == field else ENGLISH[key][0] for key in keys]
    rows = [heads, *([ENGLISH[key][n] for key in keys] for n in (1, 2))]
    path = write_bytes(tmp_path, "agenda.csv",
                       "".join(",".join(row) + "\n" for row in rows).encode())
    assert draft_mapping(path).chosen[field] == header


@pytest.mark.parametrize("header", [
    "Konuşmacı", "Konuşmacılar", "Eğitmen", "Eğitmenler", "Moderatör", "Öğretim Üyesi",
    "Prelegent", "Prelegenci", "Prowadzący", "Mówca", "Wykładowca"])
def test_each_turkish_and_polish_speakers_header_is_offered_as_speakers(
        tmp_path: Path, header: str) -> None:
    path = write_bytes(tmp_path, "agenda.csv", (
        f"Title,Date,Start,End,{header}\n"
        "Opening,2027-05-11,10:00,11:00,Anna Nowak\n"
        "Data talk,2027-05-11,11:30,12:30,Jan Kowalski\n").encode())
    assert f'add_columns = ["{header}"]' in draft_mapping(path).text


@pytest.mark.parametrize("hint", ["dddd dd/mm/yyyy", "(ddd dd.mm.yy)", "ddd hh:mm", "hh:mm tt"])
def test_a_day_names_format_is_a_hint(hint: str) -> None:
    assert format_hint(hint)


def test_a_sheet_of_a_header_alone_is_drafted(tmp_path: Path) -> None:
    """No first row to look for hints in: the draft reads the header alone."""
    path = write_bytes(tmp_path, "agenda.csv", b"Title,Date,Start,End,Room\n")
    assert draft_mapping(path).chosen == {
        "name": "Title", "date": "Date", "start": "Start", "end": "End", "locations": "Room"}


def test_a_row_whose_status_is_blank_is_not_left_out(tmp_path: Path) -> None:
    from tests.test_leave_out import write_mapping, write_talks

    path = write_talks(tmp_path / "talks.csv", [
        talk(1, Status="cancelled"), talk(2), talk(3, Status="Confirmed")])
    report = validate_file(path, mapping=write_mapping(tmp_path), timezone="UTC")
    assert [(i.row, i.code) for i in report.issues if i.row] == [(2, "left-out")]
    assert report.valid == 2
