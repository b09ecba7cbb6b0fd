"""Text garbled on its way into the sheet: a file saved as UTF-8, opened by a program that read
it as Windows-1252, and saved again ('Itâ€™s', 'SalÃ³n'). Attendees would read it so: each
cell the app shows is said, with the word as it was written; it is sent as written."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.convert import garbled_reading
from importer.validate import validate_file

HEADER = "Session Title,Date,Time Start,Time End,Room/Location,Description (Optional)\n"


def garbled(path: Path) -> list[tuple[int | None, str | None, str]]:
    report = validate_file(path, timezone="America/Chicago")
    return [(i.row, i.column, i.message) for i in report.issues if i.code == "garbled-text"]


def test_each_garbled_cell_the_app_shows_is_said_with_its_word_as_written(
        tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text(HEADER + "Itâ€™s a talk,5/11/2027,9:00 AM,10:00 AM,Hall A,Fine\n"
                    "Café chat,5/11/2027,10:00 AM,11:00 AM,SalÃ³n B,"
                    "<p>A talk â€” with â€œquotesâ€\x9d</p>\n"
                    "Plain,5/11/2027,11:00 AM,11:30 AM,Hall A,naïve text\n", encoding="utf-8")
    said = ("Row {row}: {column!r} has {word!r}, garbled on its way into the sheet (UTF-8 read "
            "as Windows-1252): most likely {meant!r}. It is sent as written; fix it in the "
            "sheet (Find and Replace).")
    assert garbled(path) == [
        (2, "Session Title", said.format(row=2, column="Session Title", word="Itâ€™s",
                                         meant="It’s")),
        (3, "Room/Location", said.format(row=3, column="Room/Location", word="SalÃ³n",
                                         meant="Salón")),
        (3, "Description (Optional)", said.format(row=3, column="Description (Optional)",
                                                  word="â€”", meant="—")),
    ]
    report = validate_file(path, timezone="America/Chicago")
    assert [row.payload.name for row in report.rows if row.payload] == [
        "Itâ€™s a talk", "Café chat", "Plain"]  # warnings: every row is still sent


@pytest.mark.parametrize("text", [
    "Café", "naïve", "Ärger im Büro", "Â¿Qué?", "北京 Ã©", "Ã©tude 🎉", "Ångström",
    "CafÃ© and crème",  # garbled next to a letter written right: not read back whole
    "IRMÃ\xa0DULCE",  # Portuguese capitals, a no-break space between the words
])
def test_text_that_does_not_read_back_whole_is_left_alone(text: str) -> None:
    assert garbled_reading(text) is None


@pytest.mark.parametrize(("text", "reading"), [
    ("Itâ€™s", ("Itâ€™s", "It’s")),
    ("<p>Le cafÃ© du matin</p>", ("cafÃ©", "café")),
    ("â€œQuotedâ€\x9d", ("â€œQuotedâ€\x9d", "“Quoted”")),
    ("StraÃŸe 5", ("StraÃŸe", "Straße")),
    ("voilÃ\xa0 tout", ("voilÃ\xa0", "voilà")),  # à's second byte, 0xA0, a no-break space
])
def test_garbled_words_are_read_back(text: str, reading: tuple[str, str]) -> None:
    assert garbled_reading(text) == reading


def test_a_garbled_no_break_space_is_quoted_as_a_space(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text(HEADER + "Et voilÃ\xa0 tout,5/11/2027,9:00 AM,10:00 AM,Hall A,\n",
                    encoding="utf-8")
    assert [message for _, _, message in garbled(path)] == [
        "Row 2: 'Session Title' has 'voilÃ ', garbled on its way into the sheet (UTF-8 read "
        "as Windows-1252): most likely 'voilà'. It is sent as written; fix it in the sheet "
        "(Find and Replace)."]
