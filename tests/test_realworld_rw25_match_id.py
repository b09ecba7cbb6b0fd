"""A junior football team's season, each game with its own id (andrewbowley/
allestree-juniors-milan, `fixtures.csv`: 'Match ID,Date,Home Team,Away Team,Type,Location,
Result' with 'match1', 'match2', ...). The draft knew 'Session ID' and 'Talk ID' but not
'Match ID': it said the sheet had no id column and derived each game's id from its title,
start and pitch, so a kick-off moved with its pitch made the game a new session. The column
is now the id, and a mapping that does not read it is told of it. A few rows in the file's
shape."""
from __future__ import annotations

from pathlib import Path

import pytest

from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_draft_columns import write_csv

ROWS = [
    ["match1", "08/09/24 10:30", "Melbourne Dynamo Pistons", "Allestree Juniors Milan",
     "League", "Twyford Road, Barrow on Trent, Derby DE73 7HA", "0-9"],
    ["match7", "20/10/24 10:30", "Shelton FC Bisons", "Allestree Juniors Milan", "Cup",
     "Hippo Park Pitch 1", ""]]


@pytest.mark.parametrize("header", ["Match ID", "match_id", "GameID", "Fixture Id"])
def test_a_games_id_column_is_drafted_as_the_id(tmp_path: Path, header: str) -> None:
    sheet = write_csv(tmp_path / "fixtures.csv", [
        [header, "Date", "Home Team", "Away Team", "Type", "Location", "Result"], *ROWS])
    draft = draft_mapping(sheet)
    assert draft.chosen["import_id"] == header
    mapping = tmp_path / "fixtures.toml"
    mapping.write_text(draft.text.replace('time_column = "FILL IN"', "minutes = 90"),
                       encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="Europe/London")
    assert ([p.import_id for p in report.payloads], [i.code for i in report.sheet_issues]) == (
        ["fixtures:match1", "fixtures:match7"], [])


def test_a_mapping_that_leaves_the_games_id_unread_is_told_of_it(tmp_path: Path) -> None:
    sheet = write_csv(tmp_path / "fixtures.csv", [
        ["Match ID", "Date", "Home Team", "Away Team", "Type", "Location", "Result"], *ROWS])
    mapping = tmp_path / "fixtures.toml"
    mapping.write_text('name = "fixtures"\ndate_order = "day-first"\n'
                       '[fields.name]\njoin = ["Home Team", "Away Team"]\n'
                       '[fields.start]\ncolumn = "Date"\n[fields.end]\nminutes = 90\n',
                       encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="Europe/London")
    [issue] = report.sheet_issues
    assert issue.code == "derived-import-id"
    assert issue.message.endswith(
        "The sheet's 'Match ID' column looks like one: to avoid that, have the mapping read "
        'it, [fields.import_id] with column = "Match ID" (the sessions already imported then '
        "take their ids, one PATCH each).")
