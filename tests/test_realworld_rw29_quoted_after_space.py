"""A concert list whose header row was typed with a space after each comma and its names in
quotes (palash15/de_doelen, `concerts.csv`: `"name", "artist", "popularity", ..., "city",
"date", "venue"`). Every reader keeps the quotes of all names but the first, so the columns
were named '"artist"', '"date"', '"venue"': the draft matched none of them and told the
planner to write `column = ""venue""`, which is no TOML. A few rows, written here."""

from __future__ import annotations

from pathlib import Path

from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_realworld_rw28_czech_headers import _fields

CONCERTS = """"name", "artist", "genres", "city", "date", "venue"
Tram 26,Yung Internet,['dutch hip hop'],Rotterdam,2020-02-07,Rotown
Orbit,Eric Vloeimans,"['dutch jazz', 'jazz brass']",Rotterdam,2020-02-07,LantarenVenster
"Er Is Er Een Jarig, Hoera, Hoera",V.O.F. De Kunst,[],Rotterdam,2020-02-08,Theater Het Kruispunt
"""


def test_quoted_headers_after_a_space_are_read_without_their_quotes(tmp_path: Path) -> None:
    sheet = tmp_path / "concerts.csv"
    sheet.write_text(CONCERTS, encoding="utf-8")
    draft = draft_mapping(sheet)
    assert draft.sheet.columns == ["name", "artist", "genres", "city", "date", "venue"]
    assert _fields(draft.text) == [
        '[fields.name]\ncolumn = "name"',
        '[fields.start]\ncolumn = "date"',
        '[fields.end]\ncolumn = "date"',
        '[fields.locations]\ncolumn = "venue"']
    mapping = tmp_path / "concerts.toml"
    mapping.write_text(draft.text, encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="Europe/Amsterdam")
    assert [i.code for i in report.issues if i.row] == []
    assert [(p.name, p.start_time.isoformat(), p.all_day, p.locations)
            for p in report.payloads] == [
        ("Tram 26", "2020-02-06T23:00:00+00:00", True, ("Rotown",)),
        ("Orbit", "2020-02-06T23:00:00+00:00", True, ("LantarenVenster",)),
        ("Er Is Er Een Jarig, Hoera, Hoera", "2020-02-07T23:00:00+00:00", True,
         ("Theater Het Kruispunt",))]
