"""Rooms and tracks written with a character reference, as a site's data file escapes a name's
'&' ('Surf &amp; Yoga'): read as the character, the reference's ';' separating nothing.
Invented data of the same shape."""

from __future__ import annotations

from pathlib import Path

from importer import validate_file
from tests.test_load import write_bytes


def test_a_room_written_with_a_character_reference_is_one_room(tmp_path: Path) -> None:
    """'Surf &amp; Yoga' was split at the reference's ';' into two rooms, 'Surf &amp' and
    'Yoga', each made in the guide; it is one room, 'Surf & Yoga'."""
    path = write_bytes(tmp_path, "festival.csv", (
        b"date,time,title,venue\n"
        b"2027-06-21,10:00 - 11:00,Morning wave,Surf &amp; Yoga\n"
        b"2027-06-21,11:00 - 12:00,Board painting,Hall A; Hall B\n"))
    mapping = tmp_path / "festival.toml"
    mapping.write_text(
        'name = "festival"\n[fields.name]\ncolumn = "title"\n'
        '[fields.start]\ndate_column = "date"\ntime_column = "time"\n'
        '[fields.end]\ntime_column = "time"\n[fields.locations]\ncolumn = "venue"\n')
    report = validate_file(path, mapping=mapping, timezone="UTC")
    assert [p.locations for p in report.payloads] == [("Surf & Yoga",), ("Hall A", "Hall B")]


def test_a_reference_to_the_separator_is_text_not_a_separator(tmp_path: Path) -> None:
    """'A&#59;B' and 'Hall&#x3B;1' (a site's data escaping the ';' in a name) were split at
    the ';' they read as, into two rooms or tracks each; each is one name, its ';' kept, as
    is '&semi;'. A plain ';' beside a reference still parts names."""
    path = write_bytes(tmp_path, "festival.csv", (
        b"date,time,title,venue,track\n"
        b"2027-06-21,10:00 - 11:00,Morning wave,A&#59;B,Data&#x3B;AI\n"
        b"2027-06-21,11:00 - 12:00,Board painting,Hall&#x3B;1;Surf &amp; Yoga,Web&semi;Mobile\n"))
    mapping = tmp_path / "festival.toml"
    mapping.write_text(
        'name = "festival"\n[fields.name]\ncolumn = "title"\n'
        '[fields.start]\ndate_column = "date"\ntime_column = "time"\n'
        '[fields.end]\ntime_column = "time"\n[fields.locations]\ncolumn = "venue"\n'
        '[fields.schedule_tracks]\ncolumn = "track"\n')
    report = validate_file(path, mapping=mapping, timezone="UTC")
    assert [(p.locations, p.schedule_tracks) for p in report.payloads] == [
        (("A;B",), ("Data;AI",)),
        (("Hall;1", "Surf & Yoga"), ("Web;Mobile",)),
    ]
