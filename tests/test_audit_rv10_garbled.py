"""A sheet garbled twice (a UTF-8 file opened as Windows-1252 and saved, then again): the
garbled-text warning gives the word as first written, not the half-mended one that is still
garbled ('CafÃ©' for 'CafÃƒÂ©')."""

from __future__ import annotations

from pathlib import Path

from importer.validate import validate_file


def test_a_file_garbled_twice_is_read_back_to_the_word_as_written(tmp_path: Path) -> None:
    rows = ("Session Title,Date,Time Start,Time End,Room/Location\n"
            "It’s a talk,5/11/2027,9:00 AM,10:00 AM,Café Hall\n")
    twice = rows.encode("utf-8").decode("cp1252").encode("utf-8").decode("cp1252")
    path = tmp_path / "export.csv"
    path.write_text(twice, encoding="utf-8")
    report = validate_file(path, timezone="America/Chicago")
    said = ("Row 2: {column!r} has {word!r}, garbled on its way into the sheet (UTF-8 read as "
            "Windows-1252): most likely {meant!r}. It is sent as written; fix it in the sheet "
            "(Find and Replace).")
    assert [(i.row, i.message) for i in report.issues if i.code == "garbled-text"] == [
        (2, said.format(column="Session Title", word="ItÃ¢â‚¬â„¢s", meant="It’s")),
        (2, said.format(column="Room/Location", word="CafÃƒÂ©", meant="Café")),
    ]
