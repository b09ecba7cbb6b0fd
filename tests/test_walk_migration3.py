"""A one-off migration walked as its planner would: a sheet of their own layout, drafted,
planned and run."""

from __future__ import annotations

from pathlib import Path

from importer.validate import validate_file
from tests.test_draft import drafted, write_xlsx

HEADER = ["Talk ID", "Title", "Day", "Start", "End", "Room", "Track(s)"]


def test_tracks_joined_with_a_slash_are_drafted_as_several(tmp_path: Path) -> None:
    """'Cloud / Data' beside 'Data' alone lists two tracks: the draft splits on ' / ' rather
    than make a track of every combination the sheet holds."""
    sheet = write_xlsx(tmp_path / "programme.xlsx", [
        HEADER,
        ["T1", "A", "2027-05-13", "09:00", "10:00", "Hall A", "Cloud / Data"],
        ["T2", "B", "2027-05-13", "10:00", "11:00", "Hall A", "Data"],
        ["T3", "C", "2027-05-13", "11:00", "12:00", "Hall B", "Web / Cloud / AI"],
    ])
    mapping, tables = drafted(tmp_path, sheet)
    assert tables["schedule_tracks"] == {"column": '"Track(s)"', "separator": '" / "'}
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert [p.schedule_tracks for p in report.payloads] == [
        ("Cloud", "Data"), ("Data",), ("Web", "Cloud", "AI")]


def test_one_name_with_a_slash_stays_one_track(tmp_path: Path) -> None:
    """Where no part of a slashed cell is a track of its own ('Health / Wellness' beside
    'Keynote'), the slash is part of the name: no separator is drafted."""
    sheet = write_xlsx(tmp_path / "programme.xlsx", [
        HEADER,
        ["T1", "A", "2027-05-13", "09:00", "10:00", "Hall A", "Health / Wellness"],
        ["T2", "B", "2027-05-13", "10:00", "11:00", "Hall A", "Keynote"],
    ])
    mapping, tables = drafted(tmp_path, sheet)
    assert tables["schedule_tracks"] == {"column": '"Track(s)"'}
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert [p.schedule_tracks for p in report.payloads] == [("Health / Wellness",), ("Keynote",)]
