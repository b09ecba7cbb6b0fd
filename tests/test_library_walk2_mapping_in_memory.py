"""An app that keeps a planner's mapping in memory (its TOML text from a form, or a dict)
passes it where a mapping is taken. A mapping is given by its file's path or a built-in's
name: the text was looked up as a name and said to be none of the built-ins; now the
MappingError says what was given and how to give it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from importer import load_mapping, validate_file
from importer.errors import MappingError
from tests.support import talk, write_sheet

TEXT = '\n[fields.name]\ncolumn = "Session Title"\n'
GIVEN_BY = "a mapping is given by its .toml file's path or a built-in mapping's name"
SAVE_IT = "save it as a .toml file (as mappings/my-event.toml) and give that file's path."


def test_a_mappings_text_is_told_to_be_saved_as_a_file() -> None:
    with pytest.raises(MappingError) as raised:
        load_mapping(TEXT)
    assert str(raised.value) == (
        f"{GIVEN_BY}, not by its text (given, beginning '[fields.name]'): {SAVE_IT}")


def test_a_dict_given_to_validate_file_is_told_the_same(tmp_path: Path) -> None:
    sheet = write_sheet(tmp_path / "schedule.csv", [talk(1)])
    mapping: Any = {"fields": {"name": {"column": "Session Title"}}}
    with pytest.raises(MappingError) as raised:
        validate_file(sheet, mapping=mapping, timezone="America/Chicago")
    assert str(raised.value) == f"{GIVEN_BY}, not as a dict: {SAVE_IT}"


def test_the_text_saved_as_a_file_is_read(tmp_path: Path) -> None:
    saved = tmp_path / "my-event.toml"
    saved.write_text(f'name = "my-event"{TEXT}[fields.start]\ncolumn = "Start"\n'
                     '[fields.end]\ncolumn = "End"\n',
                     encoding="utf-8")
    assert load_mapping(str(saved)).name == "my-event"
