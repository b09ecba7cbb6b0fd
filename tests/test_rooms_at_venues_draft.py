"""draft-mapping on a sheet whose 'Room' names rooms of one name at several venues, per a
'Venue' column beside it: it drafts `join = ["Room", "Venue"]`, saying why, so the two
venues' 'Main Hall' are two rooms; a sheet whose rooms are each at one venue keeps
`column = "Room"`. Invented data."""

from __future__ import annotations

from pathlib import Path

from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_load import write_bytes


def _festival(tmp_path: Path, second_venue: str = "Old Library", track: bool = False) -> Path:
    rows = [("1", "Town Theatre", "Main Hall", "Music"), ("2", second_venue, "Main Hall", "Film"),
            ("3", "Town Theatre", "Studio", "Talk"), ("4", second_venue, "Main Hall", "Film"),
            ("5", "Town Theatre", "Main Hall", "Music"), ("6", second_venue, "Studio", "Film")]
    lines = [f"{sid},Show {sid},2027-05-11,{10 + int(sid) // 3}:00,{11 + int(sid) // 3}:00,"
             f"{venue},{room}" + (f",{kind}" if track else "") + "\n"
             for sid, venue, room, kind in rows]
    header = "Id,Title,Date,Start,End,Venue,Room" + (",Strand" if track else "") + "\n"
    return write_bytes(tmp_path, "festival.csv", (header + "".join(lines)).encode())


def _locations_table(text: str) -> list[str]:
    lines = text.split("[fields.locations]\n", 1)[1].split("\n\n", 1)[0].splitlines()
    return ["[fields.locations]", *lines]


def test_rooms_of_one_name_at_two_venues_are_drafted_joined(tmp_path: Path) -> None:
    path = _festival(tmp_path)
    draft = draft_mapping(path)
    assert _locations_table(draft.text) == [
        "[fields.locations]",
        "# 'Main Hall' is at 'Town Theatre' and 'Old Library' in 'Venue': each room is named "
        "with its venue ('Main Hall' is 'Main Hall, Town Theatre'), so rooms of one name at two "
        "venues stay two rooms in the app; read the rooms alone with column = \"Room\"",
        'join = ["Room", "Venue"]',
    ]
    assert "Columns nothing reads" not in draft.text
    mapping = tmp_path / "festival.toml"
    mapping.write_text(draft.text, encoding="utf-8")
    report = validate_file(path, mapping=mapping, timezone="UTC")
    assert ([p.locations for p in report.payloads], [i.code for i in report.issues]) == ([
        ("Main Hall, Town Theatre",), ("Main Hall, Old Library",), ("Studio, Town Theatre",),
        ("Main Hall, Old Library",), ("Main Hall, Town Theatre",), ("Studio, Old Library",),
    ], [])


def test_rooms_each_at_one_venue_are_drafted_from_the_room_alone(tmp_path: Path) -> None:
    text = draft_mapping(_festival(tmp_path, second_venue="Town Theatre")).text
    assert _locations_table(text) == [
        "[fields.locations]",
        "# 'Venue' could be meant too: put it here instead if so",
        'column = "Room"',
    ]


def test_joined_rooms_at_two_venues_at_once_are_no_sign_of_the_wrong_column(
        tmp_path: Path) -> None:
    """Both venues' 'Main Hall' hold a show at 11:00 and 12:00 (four rows at once by the
    room alone), while 'Strand' never puts two shows together: the rooms, joined with their
    venue, hold one show at a time, so the draft does not offer 'Strand' as the rooms."""
    text = draft_mapping(_festival(tmp_path, track=True)).text
    assert "puts two sessions in one room at once" not in text
    assert 'join = ["Room", "Venue"]' in text


def test_the_summary_names_both_columns_the_rooms_are_joined_from(tmp_path: Path) -> None:
    """Its summary line said 'locations from 'Room'', hiding the venue the draft joins."""
    from typer.testing import CliRunner

    from importer.cli import app

    path = _festival(tmp_path)
    result = CliRunner().invoke(app, ["draft-mapping", str(path), "-o", str(tmp_path / "f.toml")])
    assert (result.exit_code, result.output.splitlines()[0]) == (0, (
        f"Wrote {tmp_path / 'f.toml'}: import_id from 'Id', name from 'Title', start from "
        "'Start', date from 'Date', end from 'End', locations from 'Room' and 'Venue'."))
