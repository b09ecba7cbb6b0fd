"""A cinema's programme, a row per screening with its running time in a column headed
'speelduur' ('85 min'), as a Dutch film house's export writes it (EelcoA/fabriekscraper,
`fabriek/spiders/output/fabriek_2020-08-13_130041_01.csv`). The draft knew no such header:
it asked for an end time column to fill in, and a planner who wrote 'speelduur' there met a
bad-time error on every row. The column is now drafted as each screening's duration. A few
rows in the file's shape."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_validate import write_csv

HEADER = ["datum", "tijd", "titel", "taal", "genre", "speelduur", "cast", "synopsis"]
ROWS = [
    ["2020-09-05", "20:30", "Paradise Drifters met Q&A", "Nederlands", "drama", "85 min",
     "Jonas Smulders, Tamar van Waning", "Exclusieve vertoning met Q&A."],
    ["2020-08-19", "20:00", "Berlin Alexanderplatz", "Duits, Engels", "drama", "183 min",
     "Welket Bungué, Jella Haase", ""],
    ["2020-08-19", "15:00", "Hope Gap", "Engels", "drama", "101 min", "Bill Nighy", ""],
]


def test_the_running_time_is_drafted_as_each_screenings_duration(tmp_path: Path) -> None:
    sheet = write_csv(tmp_path, HEADER, ROWS, name="fabriek.csv")
    draft = draft_mapping(sheet)
    assert draft.complete
    mapping = tmp_path / "fabriek.toml"
    mapping.write_text(draft.text, encoding="utf-8")
    report = validate_file(sheet, mapping=mapping)
    assert [i.code for i in report.issues if i.row] == []
    assert [(p.name, f"{p.start_time:%d %H:%M}", f"{p.end_time:%d %H:%M}")
            for p in report.payloads] == [
        ("Paradise Drifters met Q&A", "05 20:30", "05 21:55"),
        ("Berlin Alexanderplatz", "19 20:00", "19 23:03"),
        ("Hope Gap", "19 15:00", "19 16:41")]


@pytest.mark.parametrize("header", ["Runtime", "Running time", "Laufzeit", "Speeltijd"])
def test_a_running_time_under_other_names_is_the_duration(tmp_path: Path, header: str) -> None:
    sheet = write_csv(tmp_path, ["Date", "Time", "Film", header],
                      [["2027-05-11", "20:00", "Film A", "90 min"],
                       ["2027-05-12", "20:00", "Film B", "120 min"]])
    assert f'duration_column = "{header}"' in draft_mapping(sheet).text


def test_a_running_time_mapped_as_the_end_time_says_to_read_it_as_a_duration(
        tmp_path: Path) -> None:
    """The draft of old told a planner to put the end's header in place of time_column; with
    'speelduur' there, each row said '85 min' is not a time and to write it like 10:00 AM."""
    sheet = write_csv(tmp_path, HEADER, [*ROWS, ["2020-08-20", "15:00", "Été 85", "Frans",
                                                 "drama", "22:30", "", ""]], name="fabriek.csv")
    mapping = tmp_path / "fabriek.toml"
    mapping.write_text('name = "fabriek"\n[fields.name]\ncolumn = "titel"\n'
                       '[fields.start]\ndate_column = "datum"\ntime_column = "tijd"\n'
                       '[fields.end]\ntime_column = "speelduur"\n', encoding="utf-8")
    report = validate_file(sheet, mapping=mapping)
    assert [(i.row, i.code, i.message) for i in report.issues if i.row] == [
        (row, "bad-time", f"Row {row}: 'speelduur' has '{length}', a length rather than an end "
         "time: to read it as each session's duration, write duration_column = \"speelduur\" "
         "in place of time_column under [fields.end].")
        for row, length in ((2, "85 min"), (3, "183 min"), (4, "101 min"))]
