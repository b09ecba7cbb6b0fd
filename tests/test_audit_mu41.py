"""Wordings met on a dated heading row and on an API key given as a number in Python."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.errors import ConfigError
from importer.settings import Settings
from importer.validate import validate_file
from tests.test_validate import write_csv


def test_a_dated_heading_row_is_told_it_lacks_a_title_not_a_date(tmp_path: Path) -> None:
    sheet = write_csv(tmp_path, ["Date", "Time", "End", "Title", "Type"], [
        ["2027-05-11", "", "", "", "Section heading"],
        ["2027-05-11", "09:00", "10:00", "Opening", "Talk"]])
    mapping = tmp_path / "m.toml"
    mapping.write_text('name = "m"\n[fields.name]\ncolumn = "Title"\n[fields.start]\n'
                       'date_column = "Date"\ntime_column = "Time"\n[fields.end]\n'
                       'time_column = "End"\n', encoding="utf-8")
    report = validate_file(sheet, mapping=mapping)
    assert [(i.row, i.code, i.message) for i in report.issues if i.row] == [
        (2, "section-heading", "Row 2: holds only '2027-05-11' (in 'Date') and 'Section "
         "heading' (in 'Type'), which names a heading, so it is read as a section heading and "
         "nothing is sent for it; to make it a session, give it a title and times and "
         "another 'Type'.")]


def test_an_api_key_given_as_a_number_says_to_write_it_as_text() -> None:
    with pytest.raises(ConfigError) as caught:
        Settings(api_key=123456)
    assert str(caught.value) == ("argument api_key: expected the API key as text in quotes; "
                                 "write it in quotes")
    assert "123456" not in str(caught.value)
