"""A student festival's events list naming who runs each event ('Contact Persons',
'Organiser', 'Coordinator'): the draft offers that column to the description, as it does a
'Speaker' or 'Host' column, rather than leaving it among those nothing reads. Invented data
of the same shape."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.draft import draft_mapping
from tests.test_load import write_bytes


@pytest.mark.parametrize("header", ["Contact Persons", "Organiser", "Coordinators"])
def test_the_people_running_each_event_are_offered_to_the_description(
        tmp_path: Path, header: str) -> None:
    """The column was listed among those nothing reads, with no word of add_columns."""
    path = write_bytes(tmp_path, "events.csv", (
        f"Day,Title,Start Time,End Time,Location,{header},Description\n"
        "2027-02-05,Quiz Night,19:00,21:00,Hall A,Ana Ruiz; Bo Li,Teams of four\n"
        "2027-02-05,Chess Blitz,21:00,23:00,Room 4,,Five-minute games\n"
        "2027-02-06,Film Club,18:00,20:30,Hall A,Cy Park,Short films\n").encode())
    text = draft_mapping(path).text
    assert ("# each added as a paragraph of its own "
            f"('{header}: Ana Ruiz; Bo Li'): uncomment to show the speakers' names after the "
            f"description\n# add_columns = [\"{header}\"]") in text
