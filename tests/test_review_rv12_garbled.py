"""garbled-text beyond 'Ã', 'Â' and 'â': a UTF-8 file opened as Windows-1252 and saved garbles
Polish, Turkish and Czech letters ('PaweÅ‚'), Cyrillic, CJK and emoji too, and one read as
Latin-1 keeps the control characters of the bytes 0x80 to 0x9F ('Itâ\\x80\\x99s'). Text in
those languages written right is left alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.convert import garbled_reading
from importer.validate import validate_file

HEADER = "Session Title,Date,Time Start,Time End,Room/Location\n"
SAID = ("Row {row}: {column!r} has {word!r}, garbled on its way into the sheet (UTF-8 read as "
        "Windows-1252): most likely {meant!r}. It is sent as written; fix it in the sheet "
        "(Find and Replace).")


def test_garbled_letters_of_every_lead_byte_are_said(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text(HEADER + "Keynote: PaweÅ‚ Nowak,5/11/2027,9:00 AM,10:00 AM,Hall A\n"
                    "AyÅŸe YÄ±lmaz on maps,5/11/2027,10:00 AM,11:00 AM,Hall A\n"
                    "ðŸŽ‰ Opening party,5/11/2027,6:00 PM,8:00 PM,Hall A\n"
                    "Itâ\x80\x99s here,5/11/2027,11:00 AM,11:30 AM,Hall A\n"
                    "Tea,5/11/2027,12:00 PM,12:30 PM,ÐœÐ¾Ñ\x81ÐºÐ²Ð° hall\n"
                    "Paweł Łódź and Příliš žluťoučký kůň,5/11/2027,1:00 PM,2:00 PM,Hall A\n"
                    "İstanbul Şişli; Nguyễn Văn Ân,5/11/2027,2:00 PM,3:00 PM,Hall A\n",
                    encoding="utf-8")
    report = validate_file(path, timezone="America/Chicago")
    assert [(i.row, i.message) for i in report.issues if i.code == "garbled-text"] == [
        (2, SAID.format(row=2, column="Session Title", word="PaweÅ‚", meant="Paweł")),
        (3, SAID.format(row=3, column="Session Title", word="AyÅŸe", meant="Ayşe")),
        (4, SAID.format(row=4, column="Session Title", word="ðŸŽ‰", meant="🎉")),
        (5, SAID.format(row=5, column="Session Title", word="Itâs", meant="It’s").replace(
            "Windows-1252", "Latin-1")),
        (6, SAID.format(row=6, column="Room/Location", word="ÐœÐ¾ÑÐºÐ²Ð°",
                        meant="Москва")),
    ]


@pytest.mark.parametrize("text", [
    "Paweł Łódź", "Příliš žluťoučký kůň", "İstanbul Şişli Ğ", "Nguyễn Văn Ân", "Trần Thị Lâm",
    "Ålesund Ørsted Æbelø", "Größe", "l'été à Paris", "Ấn Độ", "Москва", "東京 🎉",
])
def test_text_written_right_is_left_alone(text: str) -> None:
    assert garbled_reading(text) is None


@pytest.mark.parametrize(("text", "reading"), [
    ("Å½iÅ¾ka", ("Å½iÅ¾ka", "Žižka")),
    ("Ewa WaÅ‚Ä™sa", ("WaÅ‚Ä™sa", "Wałęsa")),
    ("æ\x9d±äº¬ Tower", ("æ\x9d±äº¬", "東京")),
    ("ZoÃ« â\x80\x93 notes", ("ZoÃ«", "Zoë")),  # read as Latin-1
    ("Å\x81ukasz", ("Å\x81ukasz", "Łukasz")),
])
def test_garbled_words_are_read_back(text: str, reading: tuple[str, str]) -> None:
    assert garbled_reading(text) == reading
