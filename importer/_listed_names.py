"""A track or room cell listing names with another mark than the mapping's separator.

An export joins a talk's rooms (or tracks) with ',' where the mapping parts them with ';'
(the default): 'Hall A, Hall B' is then read as one room of that name, made anew in the
guide, and the session is in neither hall. Said where every part is a name the column holds
alone on other rows, so a room whose name holds a comma ('Main Hall, Level 2') is left alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

# The marks exports list names with; the mapping's own separator is left out of them.
_LIST_MARKS = (",", ";", "|", " / ")


def listed_cells(distinct: Sequence[tuple[str, ...] | None], separator: str) -> dict[int, str]:
    """The codes of the distinct cells read as one name that list names the column holds
    alone, parted by a mark other than `separator`, each with that mark."""
    alone = {names[0].casefold() for names in distinct if names and len(names) == 1}
    marks = [mark for mark in _LIST_MARKS if mark.strip() not in separator]
    listed = {}
    for code, names in enumerate(distinct):
        if names and len(names) == 1 and (mark := _listing_mark(names[0], marks, alone)):
            listed[code] = mark
    return listed


def _listing_mark(name: str, marks: Iterable[str], alone: set[str]) -> str | None:
    """The mark that parts `name` into two or more names of `alone`, if one does."""
    for mark in marks:
        if mark in name:
            parts = [part.strip().casefold() for part in name.split(mark)]
            if len(parts) > 1 and all(part in alone for part in parts):
                return mark
    return None
