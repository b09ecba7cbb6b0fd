"""A hockey tournament's fixtures, a row per game with the teams in one cell headed 'game'
beside its venue, day and time range (jonathanbossenger/sashoc-south-boys-regional,
`fixtures.csv`: 'day,date,venue,match_number,age_group,time,play_off,game,umpire' and
'Day 1,28 June 2026,WOODRIDGE,1,14,08h00 – 08h55,,BORDER INLAND vs BOLAND B,'). The draft
knew no 'game' header: it asked for the title to fill in. A fixtures list's 'Game',
'Match' or 'Fixture' of teams is now the title; a 'Match' of numbers beside the home and
away teams is not. A few rows in the file's shape."""
from __future__ import annotations

from pathlib import Path

import pytest

from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_draft_columns import write_csv

HEADER = ["day", "date", "venue", "match_number", "age_group", "time", "play_off", "game",
          "umpire"]
ROWS = [
    ["Day 1", "28 June 2026", "WOODRIDGE", "1", "14", "08h00 – 08h55", "",
     "BORDER INLAND vs BOLAND B", ""],
    ["Day 1", "28 June 2026", "WOODRIDGE", "2", "14", "09h00 – 09h55", "",
     "BOLAND C vs WESTERN PROVINCE", ""],
    ["Day 2", "29 June 2026", "VICTORIA PARK HIGH", "37", "14", "08h00 – 08h55", "",
     "BOLAND B vs NORTHERN CAPE B", ""],
    ["Day 3", "30 June 2026", "WOODRIDGE COLLEGE", "48", "14", "11h00 – 11h55", "1st/2nd",
     "1st Pool A vs 1st Pool B", ""],
]


def test_the_games_of_a_fixtures_list_are_its_titles(tmp_path: Path) -> None:
    sheet = write_csv(tmp_path / "fixtures.csv", [HEADER, *ROWS])
    draft = draft_mapping(sheet)
    assert (draft.chosen, draft.missing) == (
        {"name": "game", "start": "time", "date": "date", "locations": "venue"}, [])
    mapping = tmp_path / "fixtures.toml"
    mapping.write_text(draft.text, encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="Africa/Johannesburg")
    assert [i.code for i in report.issues if i.row] == []
    assert [(p.name, p.start_time.isoformat(), p.end_time and p.end_time.isoformat(),
             p.locations) for p in report.payloads] == [
        ("BORDER INLAND vs BOLAND B", "2026-06-28T06:00:00+00:00",
         "2026-06-28T06:55:00+00:00", ("WOODRIDGE",)),
        ("BOLAND C vs WESTERN PROVINCE", "2026-06-28T07:00:00+00:00",
         "2026-06-28T07:55:00+00:00", ("WOODRIDGE",)),
        ("BOLAND B vs NORTHERN CAPE B", "2026-06-29T06:00:00+00:00",
         "2026-06-29T06:55:00+00:00", ("VICTORIA PARK HIGH",)),
        ("1st Pool A vs 1st Pool B", "2026-06-30T09:00:00+00:00",
         "2026-06-30T09:55:00+00:00", ("WOODRIDGE COLLEGE",))]


@pytest.mark.parametrize("header", ["Game", "Match", "Fixture", "Partido"])
def test_a_games_header_in_other_words_is_the_title(tmp_path: Path, header: str) -> None:
    sheet = write_csv(tmp_path / "fixtures.csv", [
        ["Date", "Time", header, "Ground"],
        ["2026-07-04", "14:00", "Helsby vs Runcorn Town", "Helsby Sports Club"],
        ["2026-07-11", "15:00", "Runcorn Town vs Barnton", "Viridor Community Stadium"]])
    assert draft_mapping(sheet).chosen["name"] == header


def test_a_match_of_numbers_leaves_the_teams_to_the_title(tmp_path: Path) -> None:
    sheet = write_csv(tmp_path / "fixtures.csv", [
        ["Match", "Date", "Time", "Home", "Away", "Venue"],
        ["1", "2026-06-11", "19:00", "Mexico", "South Africa", "Estadio Azteca"],
        ["2", "2026-06-12", "15:00", "Canada", "Qatar", "BMO Field"]])
    draft = draft_mapping(sheet)
    assert (draft.chosen["name"], draft.joined["name"]) == ("Home", ["Home", "Away"])
