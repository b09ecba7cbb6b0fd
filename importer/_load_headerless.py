"""A file without a header row, its first session read as the header: the error saying so,
and how to add one."""

from __future__ import annotations

from collections.abc import Collection, Sequence

import pandas as pd

from importer._data_first_row import shaped_as_data
from importer._date_words import date_from_words, weekday_named
from importer._load_names import header_text, normalize_header
from importer._load_sheet import Sheet
from importer.convert import cell_text, numeric_date_readings
from importer.errors import InputError
from importer.model import listed, listed_all, unmistakable


def headerless_error(sheet: Sheet, expected_columns: Collection[str], where: str,
                     header_names: Sequence[str] = ()) -> InputError | None:
    """The error for a file whose first row is a session, taken for the header because it
    holds no time to tell it by ('Opening keynote', 'Hall A', 'Monday'): its names match none
    of `expected_columns` and some read as cells of their columns (see _cells_as_header), or
    all are shaped as them (see _data_first_row).
    None for any other header. Asked only of a header a mapping does not fit.
    `header_names`: the names the fix tells to add (a mapping's required columns)."""
    if sheet.parts or {normalize_header(c) for c in expected_columns} & {
            normalize_header(c) for c in sheet.columns}:
        return None
    top = sheet.frame.head(_HEADERLESS_ROWS)
    if _header_written_again(sheet.columns, top):
        return None  # the header written again over each day's rows: a header after all
    cells = _cells_as_header(sheet.columns, top)
    if not cells:
        return _shaped_as_data_error(sheet, top, where, header_names)
    one = len(cells) == 1
    return InputError(
        f"{_read_as_header(sheet, where)}, and {listed_all(cells)} "
        f"{'is' if one else 'are'} what the rows under {'it' if one else 'them'} hold (a "
        "room, a day, a date), not columns' names: that row is a session, and would be lost. "
        + add_a_header(header_names))


def _read_as_header(sheet: Sheet, where: str) -> str:
    return (f"{where} seems to have no header row: row {sheet.header_row}, read as the header, "
            f"holds {', '.join(map(repr, sheet.columns[:4]))}")


def add_a_header(header_names: Sequence[str] = ()) -> str:
    """How to fix a file without a header row: add one naming its columns, by the names
    a mapping requires when the caller gives them (its optional ones, often a dozen, are
    left to the mapping itself), else by a schedule's usual ones."""
    if not header_names:
        return "Add a row above it naming each column (Title, Date, Start, End, Room...)."
    needed = listed(unmistakable(header_names))
    return ("Add a row above it naming each column, in the file's order, as the mapping "
            f"names them: it needs {needed} (the mapping names the optional ones).")


_HEADERLESS_ROWS = 200  # the first records, enough to tell a header from a session


def _header_written_again(columns: list[str], top: pd.DataFrame) -> bool:
    names = [normalize_header(header) for header in columns]
    return any([normalize_header(cell_text(cell) or "") for cell in row] == names
               for row in top.itertuples(index=False, name=None))


def _cells_as_header(columns: list[str], top: pd.DataFrame) -> list[str]:
    """The header's names that read as cells of their columns: one the cells under it
    repeat (a room, 'Hall A', a day, 'Monday'), or a day or date over days or dates
    ('Monday' over 'Tuesday'). Not days over titles, as a programme with a column per day
    is laid out."""
    found = []
    for header in columns:
        under = [text for cell in top[header] if (text := cell_text(cell))]
        if normalize_header(header) in map(normalize_header, under) or (
                under and _is_day(header) and _is_day(under[0])):
            found.append(header)
    return found


def _shaped_as_data_error(sheet: Sheet, top: pd.DataFrame, where: str,
                          header_names: Sequence[str]) -> InputError | None:
    """The error for a first row shaped as the rows under it ('MON-PLEN-1' over 'MON-PLEN-2',
    a title over titles), though no cell of it recurs there: see _data_first_row."""
    under = {name: [header_text(cell).strip() for cell in top[name] if cell_text(cell)]
             for name in sheet.columns if name not in sheet.untitled}
    if (alike := shaped_as_data(under)) is None:
        return None
    return InputError(
        f"{_read_as_header(sheet, where)}, written as the rows under it are "
        f"({alike[0]!r} as {alike[1]!r}), not as columns' names: that row is a session, and "
        "would be lost. " + add_a_header(header_names))


def _is_day(text: str) -> bool:
    """A day's name or a date in words or figures: 'Monday', 'May 11 2027', '11.05.2027'."""
    text = text.strip()
    return (weekday_named(text) is not None or date_from_words(text) is not None
            or bool(numeric_date_readings(text)))
