"""The newest checks (a CSV cut mid-write, a grid's slots of bare hours, a room wrapped onto
two lines) on inputs their first tests left out. Invented data."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.validate import validate_file

HEAD = ("Session Title,Date,Time Start,Time End,Room/Location,Description (Optional)\n"
        "Opening,5/11/2027,8:00 AM,9:00 AM,Hall,Doors open\n")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("delimiter", [",", "\t"])
def test_a_whole_utf16_last_row_ending_in_empty_cells_is_read(
        tmp_path: Path, encoding: str, delimiter: str) -> None:
    """Its trailing delimiters were not counted (each is a byte and a NUL), so the file was
    refused as cut off."""
    path = tmp_path / "talks.csv"
    text = HEAD + "Keynote,5/11/2027,9:00 AM,10:00 AM,,"
    path.write_bytes(text.replace(",", delimiter).encode(encoding))
    assert [row.row for row in validate_file(path, timezone="UTC").rows] == [2, 3]
