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
