"""Inputs the newest readers met wrongly: each test is one sheet a user would have."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.load import load_sheet

# A superscript or a currency sign ends a word in English text; the bytes are Polish ł, ą and Ł
# in cp1250, which were counted wherever they followed a letter.
WESTERN_WITH_SIGNS_AFTER_WORDS = {
    "cubic-metres": "Title,Room\nWater use per m³,Hall A\nOpening,Hall B\n",
    "footnote-marks": "Title,Speaker\nKeynote,Jane Smith¹\nPanel,John Doe²\n",
    "currency-code-and-sign": "Title,Price\nDinner,GBP£45\nLunch,£10\n",
}


@pytest.mark.parametrize("text", WESTERN_WITH_SIGNS_AFTER_WORDS.values(),
                         ids=WESTERN_WITH_SIGNS_AFTER_WORDS.keys())
def test_a_superscript_or_pound_sign_after_a_word_keeps_a_file_cp1252(
        tmp_path: Path, text: str) -> None:
    """Read as cp1250 they reached the app as 'per mł', 'Jane Smithą', 'GBPŁ45'."""
    path = tmp_path / "s.csv"
    path.write_bytes(text.encode("cp1252"))
    sheet = load_sheet(path)
    assert sheet.encoding == "cp1252"
    assert [sheet.columns, *sheet.frame.values.tolist()] == [
        line.split(",") for line in text.splitlines()]
