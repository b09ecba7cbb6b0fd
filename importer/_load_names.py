"""Header names: the form they are compared in, as cleaned, and each column's name and
letter as the user finds it."""

from __future__ import annotations

import re
import string
from typing import Any


def normalize_header(name: str) -> str:
    """The form header names are compared in: case-folded, NBSP and runs of spaces collapsed,
    no space around a slash or bracket ('Room / Location', 'Track(Optional)')."""
    return _SPACED_PUNCTUATION.sub(r"\1", clean_header(name)).casefold()


_SPACED_PUNCTUATION = re.compile(r"\s*([/()])\s*")


def clean_header(name: str) -> str:
    """A header as written, its spaces collapsed; and without the quotes around it where a
    header row was typed `"name", "artist", "date"`: quoted after a comma and a space, so
    every reader (pandas, Python's csv, Excel) keeps the quotes of all names but the first
    ('"artist"'), which then match no header word and no mapping written as they read."""
    # str.split() splits on every Unicode space, NBSP included, and drops the ends.
    text = " ".join(name.split())
    if len(text) > 1 and text[0] == text[-1] == '"' and '"' not in text[1:-1]:
        return " ".join(text[1:-1].split())
    return text


def column_name(value: Any, position: int) -> str:
    """A blank header over a column with data is named as Excel labels it: 'Column H'."""
    text = clean_header(header_text(value)) if value is not None else ""
    return text or f"Column {column_letter(position)}"


def header_text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return str(value)


def column_letter(position: int) -> str:
    """0 -> 'A', 25 -> 'Z', 26 -> 'AA'."""
    letters = ""
    number = position + 1
    while number:
        number, remainder = divmod(number - 1, 26)
        letters = string.ascii_uppercase[remainder] + letters
    return letters


def unique_names(names: list[str]) -> tuple[list[str], dict[str, list[str]]]:
    """Repeated names (compared as normalize_header does) become 'Name (2)', 'Name (3)'.

    Also returns each repeated name's first spelling -> the names its later copies got."""
    first: dict[str, str] = {}  # normalised -> the first column written so
    repeats: dict[str, list[str]] = {}
    taken: set[str] = set()
    result = []
    for name in names:
        candidate, count = name, 1
        while normalize_header(candidate) in taken:
            count += 1
            candidate = f"{name} ({count})"
        taken.add(normalize_header(candidate))
        result.append(candidate)
        if candidate != name:
            repeats.setdefault(first[normalize_header(name)], []).append(candidate)
        first.setdefault(normalize_header(name), candidate)
    return result, repeats
