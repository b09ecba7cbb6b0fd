"""A hockey club's fixtures, a row per game with its two teams in columns headed
'team_name1' and 'team_name2' (caoimhe761/awm2023, `fixtures.csv`:
'id,team_name1,team_name2,date,time,venue,league'). The draft knew 'Team 1' and 'Team 2'
but not these: it asked for the title to fill in. The two columns are now joined as the
title, as for 'Home' and 'Away'. A few rows in the file's shape."""
from __future__ import annotations

from pathlib import Path

import pytest

from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_draft_columns import write_csv


@pytest.mark.parametrize(("first", "second"), [
    ("team_name1", "team_name2"), ("team1", "team2"), ("Team1 Name", "Team2 Name"),
    ("Home Team Name", "Away Team Name")])
def test_numbered_team_columns_are_joined_as_the_title(tmp_path: Path, first: str,
                                                       second: str) -> None:
    sheet = write_csv(tmp_path / "fixtures.csv", [
        ["id", first, second, "date", "time", "venue", "league"],
        ["1", "Old Alexandra 4th", "Pembroke Wanderers 6th", "2023-12-02", "15:30",
         "Alexandra College", "LW Division 6"],
        ["10", "Avoca 2nd", "Old Alexandra 2nd", "2023-12-02", "14:30", "Newpark Comp",
         "LW Division 2"]])
    draft = draft_mapping(sheet)
    assert (draft.chosen["name"], draft.joined) == (first, {"name": [first, second]})
    mapping = tmp_path / "fixtures.toml"
    mapping.write_text(draft.text.replace('time_column = "FILL IN"', "minutes = 70"),
                       encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="Europe/Dublin")
    assert [p.name for p in report.payloads] == [
        "Old Alexandra 4th vs Pembroke Wanderers 6th", "Avoca 2nd vs Old Alexandra 2nd"]
