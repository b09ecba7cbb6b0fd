"""Wordings met on a dated heading row and on an API key given as a number in Python."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.draft import draft_mapping
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


FILMS = [["2027-05-11", "20:00", "Film A"], ["2027-05-12", "19:30", "Film B"]]


def _drafted_and_read(tmp_path: Path, header: str, cells: list[str]) -> tuple[str, list[str]]:
    sheet = write_csv(tmp_path, ["Date", "Start", "Film", header],
                      [[*row, cell] for row, cell in zip(FILMS, cells, strict=True)])
    draft = draft_mapping(sheet)
    mapping = tmp_path / "m.toml"
    mapping.write_text(draft.text, encoding="utf-8")
    report = validate_file(sheet, mapping=mapping)
    end = draft.text.split("[fields.end]\n")[1].split("\n\n")[0].strip()
    return end, [f"{p.start_time:%d %H:%M}-{p.end_time:%d %H:%M}" for p in report.payloads]


@pytest.mark.parametrize("header", ["Runtime", "Duration"])
def test_end_times_under_a_lengths_name_are_drafted_as_the_end(
        tmp_path: Path, header: str) -> None:
    """Read as lengths, '21:30' ran a screening starting at 20:00 to 17:30 the next day,
    with no word from validate."""
    end, spans = _drafted_and_read(tmp_path, header, ["21:30", "22:05"])
    assert end == (f"# {header!r} holds times after those of 'Start', though its name is a "
                   "length's: read as the end; if they are lengths (1:30), write "
                   f'duration_column in place of time_column\ntime_column = "{header}"')
    assert spans == ["11 20:00-11 21:30", "12 19:30-12 22:05"]


def test_lengths_written_as_hours_and_minutes_stay_the_duration(tmp_path: Path) -> None:
    end, spans = _drafted_and_read(tmp_path, "Runtime", ["1:30", "2:05"])
    assert end == 'duration_column = "Runtime"'
    assert spans == ["11 20:00-11 21:30", "12 19:30-12 21:35"]
