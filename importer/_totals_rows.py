"""A sheet's totals row: 'Total' at the foot of the sessions, with a count or a sum beside it
(`=COUNTA(B5:B10)`), as planners end each day's tab. It names no session: read as one, it
was an error for its missing date, and its 'Total' the id of a session. The notes of one cell
under it are the sheet's foot too, named in its warning rather than warned of one by one."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from typing import Any

import numpy as np

from importer._checks import Mask
from importer._columns import value_text
from importer.convert import (
    CellError,
    UncomputedFormula,
    bare_hour,
    keeps_the_24_hour_clock,
    number_readings,
    parse_time,
)
from importer.load import Sheet
from importer.model import RowIssue, row_prefix

# The word a totals row starts with, in the languages the headers are read in.
_TOTAL = (r"(?:(?:grand |sub-?)?totals?|sum|summe|gesamt|insgesamt|somme|suma|totaal|totale"
          r"|totaux|合計|合计|总计|총계|итого|toplam|razem)")
# What a count row counts, in the plural ('Total sessions', 'Gesamt Vorträge'): the things a
# programme lists, never a word a session's title would be alone.
_COUNTED = (r"(?:sessions|talks|presentations|papers|lectures|workshops|events|speakers|hours"
            r"|vortr[äa]ge|sitzungen|veranstaltungen|beitr[äa]ge|s[ée]ances|sesiones|charlas"
            r"|ponencias|sessies|lezingen|sessioni)")
_NUMBER_OF = r"(?:(?:total )?(?:number|no\.?|count) of|anzahl(?: der)?|nombre de|n[úu]mero de)"
# The first cell of a totals row: a totals word alone or before what it counts ('Total
# sessions', 'Total number of talks'), what is counted after 'Number of' ('Anzahl Vorträge')
# or alone ('Sessions'). Not 'Sum 41': a title the row's other cells cannot hold.
TOTAL_WORD = re.compile(
    rf"{_TOTAL}(?: (?:(?:number|no\.?) of )?{_COUNTED})?|{_NUMBER_OF} {_COUNTED}"
    rf"|{_COUNTED}(?: {_TOTAL})?", re.IGNORECASE)
# What is counted, alone: also a session's title ('Workshops'), whose hours tell it apart.
_COUNTED_ALONE = re.compile(_COUNTED, re.IGNORECASE)
# A count with what it counts, as a formula writes it (`=COUNTA(E4:E17)&" sessions"`).
_COUNT_OF_THINGS = re.compile(rf"\d+ {_COUNTED}", re.IGNORECASE)


# One-cell rows under the totals, at most, that are the sheet's notes, not its table.
_NOTES_UNDER = 3


def totals_rows(sheet: Sheet, time_headers: Sequence[str] = ()) -> tuple[Mask, Mask]:
    """The last row of each sheet when it is a totals row (see is_totals_row), and the notes
    of one cell under it ('Notes: rooms subject to change'). Only that row is looked at:
    totals are written under the sessions. `time_headers`: the columns read as times, where
    a session titled as a count ('Workshops') gives its hours."""
    totals: Mask = np.zeros(len(sheet.frame), dtype=bool)
    notes = totals.copy()
    for pos, end in _totals_spans(sheet, time_headers):
        totals[pos] = True
        notes[pos + 1:end] = True
    return totals, notes


def foot_rows(sheet: Sheet) -> Mask:
    """The totals rows (totals_rows) with the notes of one cell under them: rows validate
    sends nothing for, whose cells ('Total', 'Notes: rooms subject to change' in the times
    column) tell nothing of how the sessions' cells are written."""
    found: Mask = np.zeros(len(sheet.frame), dtype=bool)
    for pos, end in _totals_spans(sheet):
        found[pos:end] = True
    return found


def _totals_spans(sheet: Sheet, time_headers: Sequence[str] = ()) -> Iterator[tuple[int, int]]:
    """Each sheet's totals row, as its position and the end of the notes under it."""
    spans = ([(0, len(sheet.frame))] if not sheet.parts
             else [(start, start + part.records) for start, part in sheet.part_starts()])
    for start, end in spans:
        if end <= start:
            continue
        pos = _foot(sheet, start, end)
        cells = sheet.frame.iloc[pos].dropna()
        if is_totals_row(cells.tolist()) and not (
                _COUNTED_ALONE.fullmatch(_label(cells.iat[0]))
                and _bare_hours_read(sheet, cells, time_headers)):
            yield pos, end


def _foot(sheet: Sheet, start: int, end: int) -> int:
    """The position of the last row of the sheet's part from `start` to `end` that is not a
    note of one cell under the table (at most _NOTES_UNDER of them are passed over)."""
    pos = end - 1
    while (pos > start and end - 1 - pos < _NOTES_UNDER
           and sheet.frame.iloc[pos].count() == 1):
        pos -= 1
    return pos


def _bare_hours_read(sheet: Sheet, cells: Any, time_headers: Sequence[str]) -> bool:
    """Whether the row's cells in the time columns are bare hours (`14`, `16`) that those
    columns read as hours, writing their other times on the 24-hour clock (`9:15`): a
    session's, as the one-day sheet 'Workshops | 14 | 16' gives one, not counts."""
    timed = [header for header in time_headers if header in cells.index]
    return bool(timed) and all(
        bare_hour(cells[header]) is not None
        and keeps_the_24_hour_clock(sheet.frame[header].unique()) for header in timed)


def is_totals_row(cells: list[Any]) -> bool:
    """Its first filled cell a totals word ('Total', 'Grand total:', 'Total sessions',
    'Number of talks', 'Sessions'), and every other one a figure, a count of what it counts
    ('14 sessions') or a formula, one at least: a
    session named 'Total' or 'Sessions' has its date or its time."""
    if len(cells) < 2 or not isinstance(cells[0], str):
        return False
    if not TOTAL_WORD.fullmatch(_label(cells[0])):
        return False
    return all(_is_figure(cell) for cell in cells[1:])


def _label(cell: Any) -> str:
    """The first cell as a totals word is matched: its spaces one, no colon after it."""
    return " ".join(str(cell).rstrip().rstrip(":").split())


def _is_figure(cell: Any) -> bool:
    if isinstance(cell, bool):
        return False
    if isinstance(cell, int | float | dt.timedelta | UncomputedFormula):
        return True
    if not isinstance(cell, str):
        return False
    text = cell.strip()
    return _is_count_or_sum(text) or bool(_COUNT_OF_THINGS.fullmatch(" ".join(text.split())))


def _is_count_or_sum(text: str) -> bool:
    """A number as written (6, 1,234, 12.5, 1 234), not a date (5.11.2027) nor a time the
    time columns read (9.00, 17.30): a session titled 'Total' whose date and times are
    written with dots, as German planners write them, is a session."""
    return bool(number_readings(text)) and (text.isdigit() or not _reads_as_time(text))


def _reads_as_time(text: str) -> bool:
    try:
        parse_time(text)
    except CellError:
        return False
    return True


def totals_row_issue(sheet: Sheet, pos: int, notes: Mask) -> RowIssue:
    """The totals row's warning, naming the `notes` under it too: each tab's note would be
    a section-heading warning of its own on every plan, though it is plainly no session."""
    cells = sheet.frame.iloc[pos]
    header = str(cells.index[cells.notna()][0])
    text, row, where = value_text(cells[header]), int(sheet.frame.index[pos]), sheet.sheet_of(pos)
    under = _notes_under(sheet, pos, notes)
    nor = f", nor for the {'note' if len(under) == 1 else 'notes'} under it ({', '.join(under)})"
    return RowIssue(
        row, header, text, "totals-row", "warning",
        f"{row_prefix(row, where)}{header!r} has {text!r} and the other cells figures, so the "
        f"row is read as the sheet's totals, not a session, and nothing is sent for it"
        f"{nor if under else ''}.", where)


def _notes_under(sheet: Sheet, pos: int, notes: Mask) -> list[str]:
    """"row 5 'Notes: rooms subject to change'": the notes right under the totals row at
    `pos` (the next sheet's start with its sessions)."""
    found, at = [], pos + 1
    while at < len(notes) and notes[at]:
        cell = sheet.frame.iloc[at].dropna().iat[0]
        found.append(f"row {int(sheet.frame.index[at])} {value_text(cell)!r}")
        at += 1
    return found
