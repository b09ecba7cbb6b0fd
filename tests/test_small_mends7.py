"""Small mends: a mapping TOML cannot read is named by its line, as a gbimport.toml is."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.errors import MappingError
from importer.mapping import load_mapping
from tests.test_mapping_by_hand import MINIMAL


@pytest.mark.parametrize(("text", "told"), [
    (MINIMAL + "[fields.locations]\ncolumn = Hall\n",
     'x.toml:10: not valid TOML (Invalid value at column 10); put the text in quotes: "Hall"'),
    (MINIMAL + '[fields.locations]\ncolumn = "Hall',
     "x.toml: not valid TOML (Unterminated string (at end of document)); "
     "fix the syntax there")])
def test_a_mapping_line_toml_cannot_read_is_named_by_its_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, told: str) -> None:
    """It was 'x.toml: not valid TOML: Invalid value (at line 10, column 10); ...', while
    every other mapping problem, and a gbimport.toml's syntax slip, is named 'x.toml:10: ...'."""
    monkeypatch.chdir(tmp_path)
    Path("x.toml").write_text(text, encoding="utf-8")
    with pytest.raises(MappingError) as refused:
        load_mapping("x.toml")
    assert str(refused.value) == told
