"""Dates in Swedish, Norwegian and Danish words, as a spreadsheet in those languages exports
a date cell formatted with its month spelt out ('tisdag 4 maj 2027', 'tirsdag den 4. maj
2027', '3 augusti 2027', '3. desember 2027'): read as the other languages' are, the day name
agreeing with the date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from importer import convert
from importer.validate import validate_file
from tests.test_until_next import agenda, issues, mapping, times

READ = [
    ("tisdag 4 maj 2027", dt.date(2027, 5, 4)),            # Swedish
    ("tis 4 maj 2027", dt.date(2027, 5, 4)),
    ("måndag 3 maj 2027", dt.date(2027, 5, 3)),
    ("lördag 8 maj 2027", dt.date(2027, 5, 8)),
    ("3 augusti 2027", dt.date(2027, 8, 3)),
    ("3 oktober 2027", dt.date(2027, 10, 3)),
    ("den 4 maj 2027", dt.date(2027, 5, 4)),
    ("3. mai 2027", dt.date(2027, 5, 3)),                  # Norwegian
    ("tirsdag 4. mai 2027", dt.date(2027, 5, 4)),
    ("tir. 4. mai 2027", dt.date(2027, 5, 4)),
    ("lørdag 8. mai 2027", dt.date(2027, 5, 8)),
    ("3. desember 2027", dt.date(2027, 12, 3)),
    ("3. des. 2027", dt.date(2027, 12, 3)),
    ("tirsdag den 4. maj 2027", dt.date(2027, 5, 4)),      # Danish
    ("søndag den 9. maj 2027", dt.date(2027, 5, 9)),
    ("3. marts 2027", dt.date(2027, 3, 3)),
    ("Dienstag, den 4. Mai 2027", dt.date(2027, 5, 4)),    # German writes 'den' too
]


def test_nordic_dates_in_words_are_read() -> None:
    """Each but '3. mai' and '3 oktober' (German's spellings) was bad-date."""
    assert [(text, convert.parse_date(text, "day-first")) for text, _ in READ] == READ


@pytest.mark.parametrize(("text", "hint"), [
    ("tisdag 3 maj 2027", "May 3, 2027 is a Monday, not a Tuesday; fix the day name or the "
     "date"),
    ("tirsdag den 3. maj 2027", "May 3, 2027 is a Monday, not a Tuesday; fix the day name or "
     "the date")])
def test_a_nordic_day_name_that_disagrees_with_the_date_is_refused(text: str,
                                                                     hint: str) -> None:
    with pytest.raises(convert.CellError) as refused:
        convert.parse_date(text, "day-first")
    assert (refused.value.code, refused.value.hint) == ("bad-date", hint)


def test_a_swedish_programme_with_its_dates_in_words_validates(tmp_path: Path) -> None:
    path = agenda(tmp_path, [["tisdag 4 maj 2027", "09:00", "Välkommen", "Sal A"],
                             ["onsdag 5 maj 2027", "10:30", "Föreläsning", "Sal A"]])
    report = validate_file(path, mapping=mapping(tmp_path, "minutes = 60"), timezone="UTC")
    assert (issues(report), times(report)) == ([], [
        (None, 2, "Välkommen", "04 09:00", "04 10:00"),
        (None, 3, "Föreläsning", "05 10:30", "05 11:30")])
