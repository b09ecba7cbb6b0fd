"""A town's gig list headed 'Artists' (Bingley Music Town's _data/events.csv: Artists,
Venue, Date, Time, Price, Tickets, Link, Description) had its draft ask for the title, the
plural header unknown where 'Artist' was known: the draft now reads it as the title."""
from __future__ import annotations

from pathlib import Path

import pytest

from importer.draft import draft_mapping
from tests.test_draft_columns import write_csv


@pytest.mark.parametrize("header", ["Artists", "Bands", "Performers", "Acts", "Artistas"])
def test_a_plural_artists_header_is_the_title(tmp_path: Path, header: str) -> None:
    sheet = write_csv(tmp_path / "events.csv", [
        [header, "Venue", "Date", "Time", "Price", "Description"],
        ["Last Orders", "The Brown Cow", "2023-02-25", "21:00", "Free",
         "Rock n roll n rhythm n blues"],
        ["TMP,Jackals", "The 66 Bar", "2023-03-10", "20:00", "Free",
         "Indie/Rock trio from Keighley, West Yorkshire"],
        ["ABBA Sensation 2023", "Bingley Arts Centre", "2023-04-28", "19:30", "£18",
         "A stunning stage show"]])
    draft = draft_mapping(sheet)
    assert {key: draft.chosen[key] for key in ("name", "start", "locations", "description")
            } == {"name": header, "start": "Time", "locations": "Venue",
                  "description": "Description"}


def test_a_title_beside_the_artists_stays_the_title(tmp_path: Path) -> None:
    sheet = write_csv(tmp_path / "events.csv", [
        ["Title", "Artists", "Venue", "Date", "Time"],
        ["Night of Queen", "Killer Rhapsody", "Bingley Arts Centre", "2023-11-04", "19:30"],
        ["Fleetwood Mac Legacy", "Go Your Own Way", "Bingley Arts Centre", "2023-06-25",
         "19:30"]])
    assert draft_mapping(sheet).chosen["name"] == "Title"
