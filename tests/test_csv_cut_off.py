"""A CSV file cut mid-write (an export interrupted, a copy still syncing): the loader says the
file seems cut off, naming the last row read whole. Invented data."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.errors import InputError
from importer.validate import validate_file

HEAD = ("Session Title,Date,Time Start,Time End,Room/Location,Description (Optional)\n"
        "Opening,5/11/2027,8:00 AM,9:00 AM,Hall,Doors open\n")
SAID = (" seems cut off: its last row, row 3, has {fields} of the 6 cells the rows before it "
        "have, and no line break after it, as an export interrupted or a copy still syncing "
        "leaves a file; the last row read whole is row 2. Export or copy the file again and "
        "let it finish (or, if row 3 is whole and only leaves its last {empty} cells empty, "
        "end it with a line break).")


def _refusal(tmp_path: Path, text: str) -> str:
    path = tmp_path / "talks.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        validate_file(path, timezone="UTC")
    return str(caught.value).removeprefix(str(path))


@pytest.mark.parametrize(("tail", "fields"), [
    ("Keynote,5/11/2027,9:00 AM,10:0", 4),  # was: row 3 'Time End' '10:0', its room blank
    ("Keynote,5/11/2027,", 3),               # was: row 3 with no time
    ('Keynote,"5/11/2027",9:00 AM,', 4),
])
def test_a_last_row_cut_short_is_refused_as_a_file_cut_off(
        tmp_path: Path, tail: str, fields: int) -> None:
    assert _refusal(tmp_path, HEAD + tail) == SAID.format(fields=fields, empty=6 - fields)


def test_a_last_row_cut_short_read_by_the_stdlib_reader_is_refused_too(tmp_path: Path) -> None:
    """A row wider than those of the file's first 64 KB sends it to the stdlib reader."""
    talks = "Talk,5/11/2027,10:00 AM,11:00 AM,Room,About\n" * 2000
    wide = "Talk,5/11/2027,10:00 AM,11:00 AM,Room,About,extra\n"
    assert _refusal(tmp_path, HEAD + talks + wide + "Keynote,5/11/2027,9:00") == (
        " seems cut off: its last row, row 2004, has 3 of the 7 cells the rows before it have, "
        "and no line break after it, as an export interrupted or a copy still syncing leaves "
        "a file; the last row read whole is row 2003. Export or copy the file again and let "
        "it finish (or, if row 2004 is whole and only leaves its last 4 cells empty, end it "
        "with a line break).")


def test_a_file_ending_inside_a_quoted_description_is_said_to_be_cut_off(
        tmp_path: Path) -> None:
    """It was refused as a quote never closed, as if typed so."""
    assert _refusal(tmp_path, HEAD + 'Keynote,5/11/2027,9:00 AM,10:00 AM,Hall,"Welcome to\n'
                    "the conf") == (
        " seems cut off: it ends inside a quoted cell of row 3, with no line break after it, "
        "as an export interrupted or a copy still syncing leaves a file; the last row read "
        "whole is row 2. Export or copy the file again and let it finish (or, if row 3 opens "
        'a quote (") by mistake, close it there or take it out).')


@pytest.mark.parametrize("tail", [
    "Keynote,5/11/2027,9:00 AM,10:00 AM,Hall,",        # as Google Sheets ends a file
    'Keynote,5/11/2027,9:00 AM,10:00 AM,"",""',
    "Keynote,5/11/2027,9:00 AM,10:00 AM,Hall,Welcome",
    "Keynote,5/11/2027,9:00 AM\n",                       # a line break after it: as written
])
def test_a_whole_last_row_without_a_line_break_is_read(tmp_path: Path, tail: str) -> None:
    path = tmp_path / "talks.csv"
    path.write_text(HEAD + tail, encoding="utf-8")
    assert [row.row for row in validate_file(path, timezone="UTC").rows] == [2, 3]


def test_short_rows_of_a_file_typed_by_hand_are_no_cut(tmp_path: Path) -> None:
    path = tmp_path / "talks.csv"
    path.write_text(HEAD + "Keynote,5/11/2027,9:00 AM,10:00 AM\nPanel,5/11/2027,11:00 AM",
                    encoding="utf-8")
    assert [row.row for row in validate_file(path, timezone="UTC").rows] == [2, 3, 4]
