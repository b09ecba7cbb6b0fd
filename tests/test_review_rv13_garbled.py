"""garbled-text for a UTF-8 file opened in older Excel for Mac, which reads it as Mac Roman
('Caf√©'), and the reading named in each message; a word read as Latin-1 is shown as the
sheet shows it, without its control characters escaped. Text written right, in any
language, is left alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.convert import garbled_reading
from importer.validate import validate_file

HEADER = "Session Title,Date,Time Start,Time End,Room/Location\n"
SAID = ("Row {row}: {column!r} has {word!r}, garbled on its way into the sheet (UTF-8 read as "
        "{reading}): most likely {meant!r}. It is sent as written; fix it in the sheet "
        "(Find and Replace).")


def _mac(text: str) -> str:
    return text.encode("utf-8").decode("mac_roman")


def test_each_garbled_word_is_said_with_the_reading_that_garbled_it(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text(HEADER + f"{_mac('Café')} opening,5/11/2027,9:00 AM,10:00 AM,Hall A\n"
                    f"{_mac('It’s')} here,5/11/2027,10:00 AM,11:00 AM,Hall A\n"
                    "Tea,5/11/2027,10:00 AM,11:00 AM,Sala " + _mac("Москва") + "\n"
                    "Itâ\x80\x99s here,5/11/2027,11:00 AM,11:30 AM,Hall A\n"
                    "CafÃ© talk,5/11/2027,12:00 PM,12:30 PM,Hall A\n", encoding="utf-8")
    report = validate_file(path, timezone="America/Chicago")
    assert [(i.row, i.message) for i in report.issues if i.code == "garbled-text"] == [
        (2, SAID.format(row=2, column="Session Title", word="Caf√©", reading="Mac Roman",
                        meant="Café")),
        (3, SAID.format(row=3, column="Session Title", word="It‚Äôs", reading="Mac Roman",
                        meant="It’s")),
        (4, SAID.format(row=4, column="Room/Location", word="–ú–æ—Å–∫–≤–∞",
                        reading="Mac Roman", meant="Москва")),
        (5, SAID.format(row=5, column="Session Title", word="Itâs", reading="Latin-1",
                        meant="It’s")),
        (6, SAID.format(row=6, column="Session Title", word="CafÃ©", reading="Windows-1252",
                        meant="Café")),
    ]


@pytest.mark.parametrize("text", [
    "Œuvres complètes", "Ça va — Éric", "«Éric» et «Ève»", "“Ésta” dijo Núñez",
    "√2 ≈ 1.41", "∆T ≥ 5°C", "Zürich • Genève", "…und so weiter, Ärzte", "São Paulo — Conceição",
    "Θεσσαλονίκη", "שלום", "مرحبا", "Crème brûlée ‘à la carte’", "Noël – Ÿvonne", "ﬁnale",
    "Größe ÷ 2", "Mañana ¿qué?", "Łódź", "東京 🎉", "Nguyễn Văn Ân",
])
def test_text_written_right_is_left_alone(text: str) -> None:
    assert garbled_reading(text) is None


def test_a_mac_roman_cell_that_also_holds_a_letter_written_right_is_left_alone() -> None:
    assert garbled_reading(f"{_mac('Café')} and crème") is None


@pytest.mark.parametrize("text", ["—Ésta es la charla", "–Über uns", "Panel —Ética y datos"])
def test_a_dash_before_an_accented_capital_is_not_taken_for_mac_roman(text: str) -> None:
    """'—É' is how Mac Roman shows the UTF-8 of Cyrillic 'у', but 'уsta' mixes two scripts in
    one word, which no garbled text reads back as."""
    assert garbled_reading(text) is None


def test_a_mac_roman_garbled_word_of_several_scripts_but_no_latin_is_said() -> None:
    assert garbled_reading(_mac("東京ドーム")) == (_mac("東京ドーム"), "東京ドーム")
