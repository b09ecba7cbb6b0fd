"""Yes/no fields given by default alone, and their neighbours, as a planner meets them."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.errors import MappingError
from importer.mapping import load_mapping

TEMPLATE = Path(__file__).resolve().parent.parent / "mappings" / "guidebook-template.toml"


def test_an_emptied_yes_no_column_is_refused_as_the_mapping_loads(tmp_path: Path) -> None:
    """A copy of the template whose column line was emptied rather than taken out
    ('column = ""') stopped validate with an internal AssertionError."""
    text = TEMPLATE.read_text(encoding="utf-8").replace(
        'column = "Allow adding to my schedule"', 'column = ""')
    path = tmp_path / "mine.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(MappingError, match=r"add_to_schedule.*column is empty.*take the line "
                       r"out to give default = true \(or false\) alone"):
        load_mapping(str(path))
