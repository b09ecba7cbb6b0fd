"""Fixtures lists whose team columns the draft paired wrongly, so every game's title lost a
side or took another game's teams.

A youth club's fixtures saved from the league's web page by pandas (karl0ss/
downgrangefixtures_ical, `fixtures.csv`: 'Type,Date / Time,Home Team,Home Team.1,
Unnamed: 4,Away Team,Away Team.1,...'): the page's header cells span two columns, so
'Away Team' is blank on every row and 'Away Team.1' holds the away side. The draft joined
'Home Team' and the blank 'Away Team', and each game was titled by its home side alone.

A league's two divisions side by side in one sheet (ShaneMuir/fixtures, `fixtures.csv`:
'Division,Week,Date,Home Team,Away Team,,,,Division,Week,Date,Home Team,Away Team'): the
draft took the first 'Date' but the second table's teams, naming Division 1's games with
Division 2's. Validate still refuses such a sheet until it is split, naming its
repeated columns."""
from __future__ import annotations

from pathlib import Path

from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_draft_columns import write_csv


def _names(sheet: Path, draft_text: str, tmp_path: Path) -> list[str]:
    mapping = tmp_path / "fixtures.toml"
    mapping.write_text(draft_text.replace('time_column = "FILL IN"', "minutes = 60"),
                       encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="Europe/London")
    return [p.name for p in report.payloads]


def test_a_blank_team_column_gives_way_to_its_copy_that_holds_the_teams(
        tmp_path: Path) -> None:
    sheet = write_csv(tmp_path / "fixtures.csv", [
        ["Type", "Date", "Home Team", "Home Team.1", "Unnamed: 4", "Away Team",
         "Away Team.1", "Venue"],
        ["L", "02/12/23 11:30", "Down Grange U12 Pumas", "", "VS", "",
         "Curley Park Rangers U12 Mambas", "DOWN GRANGE SPORTS COMPLEX #2"],
        ["L", "09/12/23 10:30", "Petersfield Town U12 Revolution", "", "VS", "",
         "Down Grange U12 Pumas", "TARO LEISURE CENTRE 1"]])
    draft = draft_mapping(sheet)
    assert draft.joined["name"] == ["Home Team", "Away Team.1"]
    assert _names(sheet, draft.text, tmp_path) == [
        "Down Grange U12 Pumas vs Curley Park Rangers U12 Mambas",
        "Petersfield Town U12 Revolution vs Down Grange U12 Pumas"]


def test_two_tables_side_by_side_take_the_first_tables_teams(tmp_path: Path) -> None:
    header = ["Division", "Week", "Date", "Home Team", "Away Team"]
    sheet = write_csv(tmp_path / "fixtures.csv", [
        [*header, "", *header],
        ["Division 1", "1", "07-09-2023 08:00 PM", "Club 7 team_7A", "Club 2 team_2A", "",
         "Division 2", "1", "08-09-2023 08:00 PM", "Club 14 team_14B", "Club 15 team_15A"],
        ["Division 1", "2", "14-09-2023 08:00 PM", "Club 2 team_2A", "Club 1 team_1A", "",
         "Division 2", "2", "15-09-2023 08:00 PM", "Club 11 team_11A", "Club 13 team_13A"]])
    draft = draft_mapping(sheet)
    assert (draft.chosen["start"], draft.joined["name"]) == ("Date", ["Home Team", "Away Team"])
    mapping = tmp_path / "fixtures.toml"
    mapping.write_text(draft.text.replace('time_column = "FILL IN"', "minutes = 60"),
                       encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="Europe/London")
    # the sheet must still be split: validate says so of the columns the mapping reads
    assert sorted((i.code, i.column) for i in report.sheet_issues
                  if i.code != "derived-import-id") == [
        ("repeated-column", "Away Team"), ("repeated-column", "Date"),
        ("repeated-column", "Home Team")]
