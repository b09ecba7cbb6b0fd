"""The no-header fix lists the columns the mapping requires; one whose name holds a comma or
'and' ('Room, building') read as two, so the names are then quoted, each one whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer import validate_file
from importer.errors import InputError
from tests.test_headerless_first_row import FIX

MAPPING = ('name = "comma"\n[fields.name]\ncolumn = "Title"\n[fields.start]\n'
           'date_column = "Date"\ntime_column = "Start"\n[fields.end]\ntime_column = "End"\n'
           '[fields.locations]\ncolumn = "{room}"\n')
SHEET = ('Opening,2026-05-04,09:00,10:00,"Hall A, Main"\n'
         'Panel,2026-05-04,10:30,11:30,"Hall B, Main"\n')


def _fix(tmp_path: Path, room: str) -> str:
    sheet = tmp_path / "programme.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    mapping = tmp_path / "comma.toml"
    mapping.write_text(MAPPING.format(room=room), encoding="utf-8")
    with pytest.raises(InputError) as raised:
        validate_file(sheet, mapping=mapping, timezone="UTC")
    return str(raised.value).split(". ", 1)[1]


@pytest.mark.parametrize("room", ["Room, building", "Room and building"])
def test_a_required_name_holding_a_separator_is_quoted_with_the_others(
        tmp_path: Path, room: str) -> None:
    """Was 'it needs Title, Date, Start, End and Room, building': six columns or five?"""
    assert _fix(tmp_path, room) == FIX.format(f"'Title', 'Date', 'Start', 'End' and {room!r}")


def test_plain_names_are_listed_as_they_were(tmp_path: Path) -> None:
    assert _fix(tmp_path, "Room") == FIX.format("Title, Date, Start, End and Room")
