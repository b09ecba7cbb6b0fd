"""Mapping mistakes as people make them: a key spelt the common wrong way, a table
written where a list goes, a text where a list goes. Each is one line saying what to write."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.errors import MappingError
from importer.mapping import load_mapping

MINIMAL = """name = "minimal"
[fields.name]
column = "Title"
[fields.start]
column = "Starts"
[fields.end]
duration_column = "Length"
"""


@pytest.mark.parametrize(("extra", "message"), [
    ('[fields.locations]\ncolumn = "Room"\nseperator = ","\n',
     "x.toml:10: fields.locations: unknown key 'seperator'; did you mean 'separator'?"),
    ('[fields.description]\ncolumn = "Abstract"\n[fields.description.add_columns]\n'
     'Speakers = "Speakers"\n',
     "x.toml:10: fields.description.add_columns: expected a list, got a table; write it as a "
     "list in brackets"),
    # A dash as sheets write a blank, shown as typed, not as a \u escape.
    ('blank_values = "—"\n', 'x.toml:1: blank_values: expected a list, got "—"; write it '
     'in brackets: ["—"]'),
])
def test_a_mistake_says_what_to_write(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                      extra: str, message: str) -> None:
    monkeypatch.chdir(tmp_path)  # the file is named as given, relative to here
    path = tmp_path / "x.toml"
    text = extra + MINIMAL if not extra.startswith("[") else MINIMAL + extra
    path.write_text(text, encoding="utf-8")
    with pytest.raises(MappingError) as caught:
        load_mapping(path)
    assert str(caught.value) == message
