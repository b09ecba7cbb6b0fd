"""A mapping written by hand from mappings/README.md: the words a person writes for a field
or a key, and what the error offers for them."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.errors import MappingError
from importer.mapping import load_mapping

MINIMAL = """name = "by-hand"
[fields.name]
column = "Talk"
[fields.start]
date_column = "Day"
time_column = "From"
[fields.end]
time_column = "To"
"""


def _refusal(tmp_path: Path, text: str) -> str:
    path = tmp_path / "x.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(MappingError) as caught:
        load_mapping(path)
    return str(caught.value)


@pytest.mark.parametrize(("extra", "meant"), [
    # Spelling alone offered 'rank' for the tracks a Stream column holds.
    ('[fields.tracks]\ncolumn = "Stream"\n', "fields: unknown key 'tracks'; "
     "did you mean 'schedule_tracks'?"),
    ('[fields.track]\ncolumn = "Stream"\n', "did you mean 'schedule_tracks'?"),
    ('[fields.id]\ncolumn = "Code"\n', "fields: unknown key 'id'; did you mean 'import_id'?"),
    ('[fields.login]\ncolumn = "Sign-up needed"\n', "did you mean 'require_login'?"),
])
def test_a_field_named_by_its_word_is_offered_the_field(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, extra: str, meant: str) -> None:
    monkeypatch.chdir(tmp_path)
    assert meant in _refusal(tmp_path, MINIMAL + extra)


@pytest.mark.parametrize(("key", "meant"), [
    ("duration", "duration_column"),  # not 'duration_unit', which counts nothing alone
    ("time", "time_column"),
    ("minute", "minutes"),  # not 'last_minutes'
])
def test_a_key_named_by_its_word_is_offered_the_column_key(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, key: str, meant: str) -> None:
    monkeypatch.chdir(tmp_path)
    text = MINIMAL.replace('[fields.end]\ntime_column = "To"', f'[fields.end]\n{key} = "To"')
    assert _refusal(tmp_path, text) == (
        f"x.toml:8: fields.end: unknown key {key!r}; did you mean {meant!r}?")


@pytest.mark.parametrize(("line", "where", "fix"), [
    ('column = "Hall', 10, 'at column 15); a text in quotes is not closed on its line: '
     'end it with "'),
    ("column = Hall", 10, 'at column 10); put the text in quotes: "Hall"'),
    ("column = \u201cHall\u201d", 10, 'at column 10); write straight quotes ("), not curly '
     "ones, around the text"),
    ("optional = yes", 10, "at column 12); write true or false, without quotes"),
    ('column = "Hall"\ncolumn = "Room"', 11, "at column 16); that key is written twice in "
     "its table: keep one"),
    ('column = "Hall"\n[fields.locations]\ncolumn = "Room"', 11, "that [table] heading is "
     "written twice: keep one, with all its keys under it"),
])
def test_a_syntax_mistake_says_what_to_write(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str, where: int, fix: str) -> None:
    monkeypatch.chdir(tmp_path)
    message = _refusal(tmp_path, MINIMAL + f"[fields.locations]\n{line}\n")
    assert message.startswith(f"x.toml:{where}: not valid TOML (")
    assert message.endswith(fix)


def test_a_bare_name_of_a_mapping_in_this_folder_is_offered_its_path(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "my-event.toml").write_text(MINIMAL, encoding="utf-8")
    with pytest.raises(MappingError) as caught:
        load_mapping("my-event")  # --mapping my-event, the file beside the sheet
    assert "did you mean ./my-event.toml, in this folder? built-in:" in str(caught.value)
    assert load_mapping("./my-event.toml").name == "by-hand"
