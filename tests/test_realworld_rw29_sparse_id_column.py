"""A concert listing scraped from orchestras' sites (premekzak/classical.cz_data,
`concerts.csv`) keeps each concert's 'slug', its page on the site, but only for the orchestras
whose sites give one: the others' rows leave it blank. The draft took 'slug' as the id without
a word, and validate then refused every concert without one. The draft now names those rows
and the two ways out. A few rows, written here."""

from __future__ import annotations

from pathlib import Path

from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_validate import write_csv

HEADER = ["orchestra_name", "title", "slug", "place", "time", "date"]
ROWS = [
    ["Prague Philharmonia", "Bruckner in the Mariendom", "/bruckner-mariendom-linz",
     "Mariendom Linz", "20:30", "30.09.2022"],
    ["Symfonický orchestr hlavního města Prahy FOK", "BACH PRO OSM RUKOU", "",
     "Kostel sv. Šimona a Judy", "19:30", "04.10.2022"],
    ["Prague Philharmonia", "Classical Klangwolke 22", "/classical-klangwolke-22",
     "Brucknerhaus", "19:30", "01.10.2022"],
    ["Symfonický orchestr hlavního města Prahy FOK", "ROMAN PATOČKA & ION MARIN", "",
     "Obecní dům, Smetanova síň", "19:30", "05.10.2022"],
]


def test_the_draft_names_the_sessions_its_id_column_leaves_blank(tmp_path: Path) -> None:
    sheet = write_csv(tmp_path, HEADER, ROWS, name="concerts.csv")
    draft = draft_mapping(sheet).text
    assert draft.split("[fields.import_id]\n", 1)[1].split("\n\n", 1)[0] == (
        "# the id that ties a row to its session across runs\n"
        "# 'slug' is blank on rows 3 and 5, which validate refuses while other rows have ids: "
        "give each session its own id there, or delete this table to derive every id from "
        "the title, start and room\n"
        'column = "slug"')
    mapping = tmp_path / "concerts.toml"
    mapping.write_text(draft.replace('time_column = "FILL IN"', "minutes = 120"),
                       encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="Europe/Prague")
    assert [(i.row, i.code) for i in report.issues if i.row] == [
        (3, "missing-required"), (5, "missing-required")]


def test_an_id_column_filled_in_throughout_gets_no_such_note(tmp_path: Path) -> None:
    rows = [[*row[:2], row[2] or f"/fok-{n}", *row[3:]] for n, row in enumerate(ROWS)]
    draft = draft_mapping(write_csv(tmp_path, HEADER, rows, name="concerts.csv")).text
    assert "is blank on" not in draft
    assert 'column = "slug"' in draft
