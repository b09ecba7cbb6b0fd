"""A header row shaped as the rows under it: a file saved without its header whose first row
is a session holding no time or repeated cell to tell it by, such as 'MON-PLEN-1', 'David',
'Eelbode', 'Transvector algebras in Clifford analysis' over 'MON-PLEN-2', 'Eckhard', ....
A header holds short labels shaped unlike its cells ('Session ID' over 'T-1', 'Date' over
'5/11/2027', 'Title' over titles); a row of data has, in every column, the shape of the
cells under it, and some of its cells (a code, a number, a sentence) no label has.

Asked once per sheet, of its first rows, and only of a header a mapping does not fit."""

from __future__ import annotations

import re
from statistics import median

# Runs of digits, of letters (any script) and of spaces: 'MON-403-1' is shaped 'a-9-9'.
_RUNS = re.compile(r"(\d+)|([^\W\d_]+)|(\s+)")
_LONG_TEXT_WORDS = 4  # 'Transvector algebras in Clifford analysis', not 'Session Title'


def shape(text: str) -> str:
    """'MON-PLEN-1' -> 'a-a-9', '9:30' -> '9:9', '2027-05-11' -> '9-9-9', 'Hall A' -> 'a a'."""
    return _RUNS.sub(lambda run: "9" if run[1] else "a" if run[2] else " ", text)


def shaped_as_data(under: dict[str, list[str]]) -> tuple[str, str] | None:
    """A name of the header and a cell under it of the same telling shape (a code, a number,
    a sentence), when every name of the header is shaped as the cells under it and some are
    so: the header is then a row of data. None for any other header. `under`: each named
    column's name -> the texts of its first cells, blanks left out."""
    telling: list[tuple[str, str]] = []
    judged = 0
    for name, below in under.items():
        if not below:
            continue
        if not _fits(name, below):
            return None
        judged += 1
        if (pair := _telling(name, below)) is not None:
            telling.append(pair)
    coded = [pair for pair in telling if _has_digit(pair[0])]
    if judged < 2 or not (coded or len(telling) >= 2):
        return None
    return (coded or telling)[0]


def _fits(name: str, below: list[str]) -> bool:
    """A name with a figure fits a column of figures holding a cell of its shape ('MON-PLEN-1'
    over 'MON-PLEN-2'); a name without one, a column mostly without, with cells as long."""
    with_digits = sum(map(_has_digit, below))
    if _has_digit(name):
        return with_digits * 2 >= len(below) and shape(name) in map(shape, below)
    return with_digits * 2 < len(below) and _words(name) <= max(map(_words, below))


def _telling(name: str, below: list[str]) -> tuple[str, str] | None:
    """The name with a cell under it like it, when the name is what a label seldom is: a code
    or a number, or a sentence over sentences (not a question, as a form's header asks)."""
    if _has_digit(name):
        return name, next(text for text in below if shape(text) == shape(name))
    long = [text for text in below if _words(text) >= _LONG_TEXT_WORDS]
    if (_words(name) >= _LONG_TEXT_WORDS and not name.rstrip().endswith(("?", ":"))
            and median(map(_words, below)) >= _LONG_TEXT_WORDS - 1 and long):
        return name, long[0]
    return None


def _has_digit(text: str) -> bool:
    return any(char.isdigit() for char in text)


def _words(text: str) -> int:
    return len(text.split())
