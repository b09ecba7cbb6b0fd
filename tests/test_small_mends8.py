"""Small mends: a room or track written two ways is shown by validate as it is sent."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

from importer._checks import derived_id
from importer.validate import validate_file
from tests.test_rooms_at_venues import HEADER, mapping, session
from tests.test_validate import CLASSIC, write_csv


def test_a_room_written_two_ways_is_validated_as_sent(tmp_path: Path) -> None:
    """'Main Hall' and 'main hall ' were warned as "sent as 'Main Hall'" while validate's
    payloads (its session table, --json) showed 'main hall' for the second row. The ids
    derived from the room stay those of the room as written, so no session is made anew."""
    sheet = write_csv(tmp_path, CLASSIC, [
        ["Welcome", "2027-05-11", "09:00", "09:30", "Main Hall", "Data", ""],
        ["Keynote", "2027-05-11", "10:00", "11:00", "main hall ", "data; Web", ""],
        ["Lunch", "2027-05-11", "12:00", "13:00", "Foyer", "", ""],
    ])
    report = validate_file(sheet, timezone="Europe/London")
    assert [(p.name, p.locations, p.schedule_tracks) for p in report.payloads] == [
        ("Welcome", ("Main Hall",), ("Data",)),
        ("Keynote", ("Main Hall",), ("Data", "Web")),
        ("Lunch", ("Foyer",), ()),
    ]
    zone = ZoneInfo("Europe/London")
    as_written = [derived_id("sheet:", p.name, p.start_time, room, zone) for p, room in zip(
        report.payloads, [("Main Hall",), ("main hall",), ("Foyer",)], strict=True)]
    assert [p.import_id for p in report.payloads] == as_written


def test_a_room_written_two_ways_at_a_venue_is_validated_as_sent(tmp_path: Path) -> None:
    """Joined with its venue, the room is sent as first spelt too; the overlap still names
    the room as its cell writes it."""
    sheet = write_csv(tmp_path, HEADER, [session("1", "Town Theatre", "Main Hall"),
                                         session("2", "Town Theatre", "main hall")])
    report = validate_file(sheet, mapping=mapping(tmp_path))
    assert [p.locations for p in report.payloads] == [
        ("Main Hall, Town Theatre",), ("Main Hall, Town Theatre",)]
    assert [(i.row, i.value) for i in report.issues if i.code == "room-overlap"] == [
        (2, "Main Hall, Town Theatre"), (3, "main hall, Town Theatre")]
