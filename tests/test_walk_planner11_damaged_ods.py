"""A LibreOffice user's .ods that cannot be read is told to save it again in LibreOffice
Calc, the program that made it, not 'open it in Excel and save it again as .xlsx' (a
volunteer on Linux has no Excel). Invented data."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.errors import InputError
from importer.validate import validate_file
from tests.test_load import write_bytes


def test_an_unreadable_ods_is_told_to_be_saved_again_in_libreoffice(tmp_path: Path) -> None:
    path = write_bytes(tmp_path, "Programme de l'été.ods", b"PK\x03\x04 not really a zip")
    with pytest.raises(InputError) as caught:
        validate_file(path)
    message = str(caught.value)
    assert message.startswith(f"{path} is not a readable workbook (")
    assert message.endswith("): it may be damaged or not really a .ods file; open it in "
                            "LibreOffice Calc and save it again as .ods (File > Save As, "
                            "ODF Spreadsheet).")
