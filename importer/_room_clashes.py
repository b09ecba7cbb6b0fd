"""Which column holds the rooms, told by when sessions meet in them: a room holds one session
at a time. A column drafted as the rooms that puts two sessions in one at once, on many rows,
beside a column of recurring names that never does, may be the wrong one: a league's 'Venue'
naming the town beside its 'Field 1', 'Field 2', or a sheet heading its rooms 'Track' and
its tracks 'Room Name'. Read by draft-mapping alone, never by validate.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from importer.convert import cell_text

# The fewest rows, and the least share of the rows with a room, sharing a room at once for
# the rooms column to be in doubt: a plenary or poster hall shared by a few is no sign.
FEW_CLASHES = 4
CLASHING_SHARE = 0.1


def rooms_column_note(frame: pd.DataFrame, rooms: str, slot: Sequence[str],
                      others: Sequence[str], tracks: str | None = None,
                      venue: str | None = None) -> str | None:
    """Why `rooms` may not be the rooms: the rows it puts in one room at one time (`slot`:
    the date and start columns; a room being at its `venue`, where the draft names rooms
    with theirs), and the column of `others` (the `tracks` drafted among them) that holds
    the fewest names and never does. None when the rooms rarely clash, or no other column
    fits."""
    shared = _rooms_shared(frame, rooms, slot, venue)
    clashes = sorted(row for rows in shared for row in rows)
    placed = sum(map(bool, _texts(frame[rooms])))
    if len(clashes) < max(FEW_CLASHES, CLASHING_SHARE * placed):
        return None
    fitting = [(len(set(_texts(frame[other])) - {""}), other) for other in others
               if _names_places(frame, other, clashes) and not _rooms_shared(frame, other, slot)]
    if not fitting:
        return None
    other = min(fitting)[1]
    first, second = min(shared)[:2]
    swap = f", and {rooms!r} under [fields.schedule_tracks]" if other == tracks else ""
    return (f"{rooms!r} puts two sessions in one room at once on {len(clashes)} rows "
            f"({cell_text(frame[rooms].loc[first])!r} on rows {first} and {second}), where "
            f"{other!r} never does: if {other!r} names where the sessions are held, put it "
            f"here{swap}")


def _rooms_shared(frame: pd.DataFrame, column: str, slot: Sequence[str],
                  venue: str | None = None) -> list[list[int]]:
    """The rows (as the sheet numbers them) of each cell of `column` (at its cell of
    `venue`) that other rows have at the same date and start, rows lacking any of them
    left out."""
    times = zip(*(_texts(frame[c]) for c in slot), strict=True)
    venues = _texts(frame[venue]) if venue else [""] * len(frame)
    rows_at: dict[tuple[str, ...], list[int]] = {}
    for row, when, room, place in zip(frame.index, times, _texts(frame[column]), venues,
                                      strict=True):
        if room and all(when):
            rows_at.setdefault((*when, room, place), []).append(int(row))
    return [rows for rows in rows_at.values() if len(rows) > 1]


def _names_places(frame: pd.DataFrame, column: str, clashes: Sequence[int]) -> bool:
    """Whether a column may name places: words, not figures, on every clashing row, each
    name recurring (no more names than half its filled cells), as rooms are."""
    texts = _texts(frame[column])
    filled = [text for text in texts if text]
    cells = dict(zip(frame.index, texts, strict=True))
    return (len(filled) > 1 and len(set(filled)) * 2 <= len(filled)
            and all(cells[row] for row in clashes)
            and all(any(ch.isalpha() for ch in text) for text in filled))


def _texts(column: pd.Series) -> list[str]:
    return [(cell_text(cell) or "").strip() for cell in column]
