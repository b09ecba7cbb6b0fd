"""A paddle tennis league's schedule, a game a row with each team's sets won beside it
('Week,Home,Home Sets,Away,Away Sets,Location': coxandrew/paddle15143,
`_data/schedule.csv`). The draft joined 'Home' and 'Away' as the title, rightly, yet said
above it that 'Home Sets' could be meant too, a column of scores; it no longer offers a
column of figures as the title. A few rows in the file's shape."""
from __future__ import annotations

from pathlib import Path

from importer.draft import draft_mapping
from tests.test_draft_columns import write_csv


def test_a_teams_score_is_not_offered_as_the_title(tmp_path: Path) -> None:
    sheet = write_csv(tmp_path / "schedule.csv", [
        ["Week", "Home", "Home Sets", "Away", "Away Sets", "Location"],
        ["1", "Haymakers", "8", "Party All The Time", "4", "Edgeworth Club"],
        ["1", "Duncan's Donuts", "6", "Tri-Borough Deuces", "5", "Sewickley YMCA"],
        ["7", "Haymakers", "", "Beaver Street Bullies", "", "Edgeworth Club"]])
    draft = draft_mapping(sheet)
    title = draft.text.split("[fields.name]\n")[1].split("\n\n")[0]
    assert (draft.joined["name"], title.splitlines()) == (["Home", "Away"], [
        "# no title column: each row's teams joined ('Haymakers vs Party All The Time')",
        'join = ["Home", "Away"]', 'separator = " vs "'])
