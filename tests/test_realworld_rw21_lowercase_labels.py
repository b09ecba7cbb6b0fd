"""A programme exported from R or a database heads its columns in lower case: the DVPW
Kongress 2024 programme (wortmanncallejon/dvpw_program, program.csv) has 'chairs',
'discussants', 'presenter' beside 'coauthor' and 'presenter_affiliation', one row per
presenter. The draft labelled only the two it read as written by a program, so each session's
description read 'chairs: ...', 'presenter: ...' beside 'Co-author: ...' and 'Presenter
affiliation: ...'."""
from __future__ import annotations

import re
from pathlib import Path

from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_draft_columns import write_csv

HEAD = ["panel", "date", "time", "panel_title", "chairs", "discussants", "section", "title",
        "presenter", "coauthor", "presenter_affiliation"]
ROWS = [
    ["01", "24.09.2024", "14:00-15:30 Uhr",
     "Authoritarian state control and the formation of mass mobilization",
     "Rebecca Strauch, Universität Konstanz", "Anna-Lena Hönig, Universität Konstanz",
     "Vergleichende Politikwissenschaft", "Perception of Climate C", "Rebecca Strauch", "NA",
     "Universität Konstanz"],
    ["02", "24.09.2024", "14:00-15:30 Uhr", "Contestations within and beyond the Polycrisis",
     "Hanna Pfeifer, Goethe-Universität Frankfurt", "Florian P. Kühn, Universität Bayreuth",
     "Internationale Beziehungen",
     "Reconceptualizing (Corporate) Responsibility: The Case of Arms Manufacturers",
     "Bretton J. McEvoy", "Jana Hönke", "Universität Bayreuth"],
]


def test_lower_case_people_headers_are_labelled_as_a_reader_writes_them(
        tmp_path: Path) -> None:
    sheet = write_csv(tmp_path / "program.csv", [HEAD, *ROWS])
    mapping = tmp_path / "program.toml"
    mapping.write_text(re.sub(r"^# (\[fields\.description\]|add_columns|labels|blank_values)",
                              r"\1", draft_mapping(sheet).text, flags=re.M), encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="Europe/Berlin")
    assert [p.description_html for p in report.payloads] == [
        "<p>Chairs: Rebecca Strauch, Universität Konstanz</p>"
        "<p>Discussants: Anna-Lena Hönig, Universität Konstanz</p>"
        "<p>Presenter: Rebecca Strauch</p><p>Presenter affiliation: Universität Konstanz</p>",
        "<p>Chairs: Hanna Pfeifer, Goethe-Universität Frankfurt</p>"
        "<p>Discussants: Florian P. Kühn, Universität Bayreuth</p>"
        "<p>Presenter: Bretton J. McEvoy</p><p>Co-author: Jana Hönke</p>"
        "<p>Presenter affiliation: Universität Bayreuth</p>"]
