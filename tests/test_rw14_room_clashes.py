"""A sheet whose column drafted as the rooms puts two sessions in one room at once, beside a
column that never does: a conference heading its rooms 'Track' and its tracks 'Room Name', a
league's fixtures giving the town as 'Venue' and the pitch as 'Field'. The draft names the
column that may be the rooms. Invented data of the same shapes."""

from __future__ import annotations

from pathlib import Path

from importer.draft import draft_mapping
from tests.test_load import write_bytes


def _locations_notes(text: str) -> list[str]:
    table = text.split("[fields.locations]\n", 1)[1].split("\n\n", 1)[0]
    return [line for line in table.splitlines() if line.startswith("# ")]


def test_rooms_headed_as_the_tracks_are_named(tmp_path: Path) -> None:
    """The draft read the topics under 'Room Name' as the rooms and the rooms under 'Track'
    as the tracks, without a word: validate then warned of rooms shared at once."""
    path = write_bytes(tmp_path, "agenda.csv", (
        b"Track,Date,Start Time,Duration,Talk Title,Room Name\n"
        b"GARDEN,2027-06-03,08:00,60,Breakfast,\n"
        b"HALL 1,2027-06-03,09:00,45,Shipping small changes,BUILD\n"
        b"HALL 2,2027-06-03,09:00,45,Pairing with designers,BUILD\n"
        b"HALL 3,2027-06-03,09:00,45,Roadmaps that last,PRODUCT\n"
        b"HALL 1,2027-06-03,10:00,45,On-call without tears,BUILD\n"
        b"HALL 2,2027-06-03,10:00,45,Testing in production,BUILD\n"
        b"HALL 3,2027-06-03,10:00,45,Saying no to features,PRODUCT\n"
        b"HALL 1,2027-06-03,11:00,45,Flaky tests,BUILD\n"
        b"HALL 2,2027-06-03,11:00,45,Team charters,PEOPLE\n"
        b"HALL 3,2027-06-03,11:00,45,Hiring for curiosity,PEOPLE\n"
        b"GARDEN,2027-06-03,12:00,60,Lunch,\n"))
    assert _locations_notes(draft_mapping(path).text) == [
        "# 'Room Name' puts two sessions in one room at once on 6 rows ('BUILD' on rows 3 "
        "and 4), where 'Track' never does: if 'Track' names where the sessions are held, put "
        "it here, and 'Room Name' under [fields.schedule_tracks]"]


def test_a_field_beside_the_venue_is_named(tmp_path: Path) -> None:
    """A league's fixtures: 'Venue' names the town, each game on a 'Field' of its own."""
    path = write_bytes(tmp_path, "fixtures.tsv", (
        b"Date\tVenue\tField\tStart\tEnd\tHome\tAway\n"
        b"2027-04-04\tNorthtown\tPitch 1\t10:00\t11:00\tOwls\tFoxes\n"
        b"2027-04-04\tNorthtown\tPitch 2\t10:00\t11:00\tBears\tHawks\n"
        b"2027-04-04\tNorthtown\tPitch 1\t11:10\t12:10\tOtters\tWolves\n"
        b"2027-04-04\tNorthtown\tPitch 2\t11:10\t12:10\tFoxes\tBears\n"
        b"2027-04-11\tSouthby\tPitch 1\t10:00\t11:00\tHawks\tOwls\n"
        b"2027-04-11\tSouthby\tPitch 2\t10:00\t11:00\tWolves\tBears\n"))
    assert _locations_notes(draft_mapping(path).text) == [
        "# 'Venue' puts two sessions in one room at once on 6 rows ('Northtown' on rows 2 "
        "and 3), where 'Field' never does: if 'Field' names where the sessions are held, put "
        "it here"]


def test_a_room_shared_by_a_few_sessions_is_not_in_doubt(tmp_path: Path) -> None:
    """Posters shown together in one hall are no sign of a wrong column."""
    path = write_bytes(tmp_path, "agenda.csv", (
        b"Date,Start,End,Title,Room,Track\n"
        + b"".join(b"2027-06-03,%02d:00,%02d:45,Talk %d,Room %d,Track %d\n"
                   % (9 + n // 3, 9 + n // 3, n, n % 3, n % 2) for n in range(30))
        + b"2027-06-03,16:00,17:00,Poster A,Foyer,Track 1\n"
          b"2027-06-03,16:00,17:00,Poster B,Foyer,Track 1\n"))
    assert _locations_notes(draft_mapping(path).text) == []
