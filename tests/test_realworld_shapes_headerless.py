"""Shapes of real programmes saved without a header row: a fixtures list exported from a
league's site, each day's date on a row of its own ('Sonntag, 28.08.2027') above its
matches, in cp1252 with semicolons. Invented data of the same shape."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.draft import draft_mapping
from importer.errors import InputError
from importer.load import load_sheet
from tests.test_load import write_bytes

FIXTURES = (";Sonntag, 28.08.2027;;;;\n"
            "4;SC Nordheim II;SV Südtal III;12:30;;*\n"
            "Berger, Ernst;;;;;\n"
            "Sportplatz Nordheim // Am Hang // 57000 Nordheim;;;;;\n"
            ";Sonntag, 04.09.2027;;;;\n"
            "2;SV Weißbach II;FC Möllendorf II;12:30;;\n"
            "3;SG Auenfeld III;SV Hillstedt II;15:00;;*\n"
            "1;SV Dahlhausen II;SPIELFREI;;;\n")


@pytest.mark.parametrize("expected", [(), ["Session Title", "Date", "Time Start"]])
def test_a_fixtures_list_headed_by_a_date_with_its_day_name_is_refused_as_headerless(
        tmp_path: Path, expected: list[str]) -> None:
    """Its first match ('4;SC Nordheim II;SV Südtal III;12:30') was taken for the header, so
    draft-mapping offered the columns '4', 'SC Nordheim II' and '12:30' and the match was
    never read; a date written after its day name is a session's date as '28.08.2027' is."""
    path = write_bytes(tmp_path, "spielplan.csv", FIXTURES.encode("cp1252"))
    message = (f"{path} has no header row: row 1, its first, holds 'Sonntag, 28.08.2027', a "
               "session's time or date, not a column's name. Add a row above it naming each "
               "column (Title, Date, Start, End, Room...).")
    with pytest.raises(InputError) as caught:
        load_sheet(path, expected_columns=expected)
    assert str(caught.value) == message
    with pytest.raises(InputError) as drafted:
        draft_mapping(path)
    assert str(drafted.value) == message


def test_under_a_title_no_row_holding_a_time_is_taken_for_the_header(tmp_path: Path) -> None:
    """With the league's name above the first day, the widest text row was the header: a
    match, whose time '12:30' no header holds."""
    path = write_bytes(tmp_path, "spielplan.csv",
                       ("Kreisliga C Staffel 2;;;;;\n" + FIXTURES).encode("cp1252"))
    with pytest.raises(InputError) as caught:
        load_sheet(path)
    assert str(caught.value) == (
        f"{path} has no header row: row 2 holds 'Sonntag, 28.08.2027', a session's time or "
        "date, and no row above it names the columns. Add a row above it naming each column "
        "(Title, Date, Start, End, Room...).")


@pytest.mark.parametrize("heading", ["Sonntag, 28.08.2027", "Sun 8/28/2027"])
def test_a_header_under_a_day_named_date_is_still_found(tmp_path: Path, heading: str) -> None:
    """The same date heading above a header: the header is the sheet's, its rows records."""
    text = f"{heading}\nZeit;Heim;Gast;Platz\n12:30;SC Nordheim II;SV Südtal III;Nordheim\n"
    sheet = load_sheet(write_bytes(tmp_path, "s.csv", text.encode("cp1252")))
    assert (sheet.header_row, sheet.columns) == (2, ["Zeit", "Heim", "Gast", "Platz"])
    assert len(sheet.frame) == 1
