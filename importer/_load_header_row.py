"""Finding the header row: by the names expected, else by the cells' shapes; a header
written on two rows; a header row given by hand."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import Any

import pandas as pd

from importer._date_words import split_weekday
from importer._load_headerless import add_a_header
from importer._load_names import clean_header, header_text, normalize_header
from importer.convert import CellError, numeric_date_readings, parse_time, parse_time_range
from importer.errors import InputError

HEADER_SEARCH_ROWS = 30  # title and instruction rows above the header: never more than a few


def find_header_row(top: pd.DataFrame, expected_columns: Collection[str],
                    where: str = "the sheet", header_names: Sequence[str] = ()) -> int:
    """The row matching most expected names; without any match, a guess from the cell shapes."""
    rows = [
        (int(number), [v for v in values if v is not None])
        for number, values in zip(top.index, top.itertuples(index=False, name=None), strict=True)
    ]
    wanted = {normalize_header(name) for name in expected_columns}
    if wanted:
        score, number = max(
            (sum(normalize_header(header_text(v)) in wanted for v in values), -number)
            for number, values in rows
        )
        if score > 0:
            return -number
    return guess_header_row(rows, where, header_names)


def guess_header_row(rows: list[tuple[int, list[Any]]], where: str = "the sheet",
                     header_names: Sequence[str] = ()) -> int:
    """The first all-text row about as wide as the widest row near the top (three quarters, so
    a header with one blank name still counts): titles and notes are narrower, and data rows
    usually hold numbers or dates, or come after the header. A row holding a time or a date
    as text ('13:10-13:30', '5/11/2027') is a session, not a header: when no other row can
    be the header and the first row is such a one, the file has no header row, and taking a
    later row for it would lose the rows above. Nor is a row under such a one the header, or
    a lone title above it: a fixtures list saved without its header, each day's date on a
    row above its matches, has none."""
    widest = max(len(values) for _, values in rows)
    textual = [(n, v) for n, v in rows if all(isinstance(cell, str) for cell in v)]
    for number, values in textual:
        if len(values) * 4 >= widest * 3 and session_cell(values) is None:
            return number
    first_session = next(((n, cell) for n, v in rows if (cell := session_cell(v)) is not None),
                         None)
    if first_session is not None and first_session[0] == rows[0][0]:
        raise InputError(
            f"{where} has no header row: row {rows[0][0]}, its first, holds "
            f"{first_session[1]!r}, a session's time or date, not a column's name. "
            + add_a_header(header_names))
    # A header is above the sessions and names more than one column (not a lone title).
    above = [(n, v) for n, v in textual
             if first_session is None or (n < first_session[0] and len(v) > 1)]
    if above:
        return max(above, key=lambda row: (len(row[1]), -row[0]))[0]
    if first_session is not None:
        raise InputError(
            f"{where} has no header row: row {first_session[0]} holds {first_session[1]!r}, a "
            "session's time or date, and no row above it names the columns. "
            + add_a_header(header_names))
    return rows[0][0]


# A time in a cell: 9:30, 9.30, and as French, Dutch and German write it: 9h30, 9u30, 14h,
# 14u, 14 Uhr.
_TIME_LIKE = re.compile(r"\d\s*(?:[:.hu]\s*\d\d|(?:h|u|uhr)\b)", re.IGNORECASE)


def session_cell(values: list[Any]) -> str | None:
    """The first text cell of a row that is a time, a range of times or a numeric date, also
    after its day's name ('9:30', '13:10-13:30', '9u30', '14h', '5/11/2027',
    'Sonntag, 28.08.2027'), as a session's row or a day's heading holds and a header does
    not."""
    for value in values:
        text = value.strip() if isinstance(value, str) else ""
        if numeric_date_readings(text) or numeric_date_readings(split_weekday(text)[1]):
            return text
        if not _TIME_LIKE.search(text):
            continue
        for parse in (parse_time, parse_time_range):
            try:
                parse(text)
            except (CellError, ValueError):
                continue
            return text
    return None


def sub_header_row(cells: pd.DataFrame, filled: pd.Series[bool], header_row: int,
                   expected_columns: Collection[str] = ()) -> int | None:
    """The row under a header written on two rows, 'Time' (merged over two columns) over
    'Start' and 'End': each name under a group's heading and the blank header cells after
    it, nothing else but the header's own names merged down; None when the next row is not
    that, or when joining the two would leave fewer of `expected_columns` (a 'Day 1' heading
    typed over two cells under 'Session Title' is a row, not 'Session Title Day 1')."""
    later = cells.index[(cells.index > header_row) & filled.to_numpy()]
    if not len(later) or not is_sub_header(list(cells.loc[header_row]),
                                           list(cells.loc[int(later[0])]), expected_columns):
        return None
    return int(later[0])


def is_sub_header(header: list[Any], row: list[Any], expected_columns: Collection[str] = ()
                  ) -> bool:
    """Whether `row` is the second row of a header written on two rows (see sub_header_row)."""
    names = [_header_cell(v) for v in header]
    subs = [_header_cell(v) for v in row]
    in_group = _group_columns(names, subs)
    if not any(in_group) or not all(
            (sub and any(ch.isalpha() for ch in sub)) if grouped
            else not sub or normalize_header(sub) == normalize_header(name)
            for name, sub, grouped in zip(names, subs, in_group, strict=True)):
        return False
    wanted = {normalize_header(name) for name in expected_columns}
    return (sum(normalize_header(name) in wanted for name in joined_header(names, subs))
            >= sum(normalize_header(name) in wanted for name in names))


def _group_columns(names: list[str], subs: list[str]) -> list[bool]:
    """The columns of headings over several columns: a heading followed by blank header
    cells, each with a name under it, the heading's column too."""
    in_group = [False] * len(names)
    for at, name in enumerate(names):
        if not name:
            continue
        end = at + 1
        while end < len(names) and not names[end] and subs[end]:
            end += 1
        if end - at > 1:
            in_group[at:end] = [True] * (end - at)
    return in_group


def joined_header(header: list[Any], sub: list[Any]) -> list[Any]:
    """A two-row header as one: 'Time Start', 'Time End' under 'Time'; the rest as above."""
    names = [_header_cell(v) for v in header]
    subs = [_header_cell(v) for v in sub]
    in_group = _group_columns(names, subs)
    joined: list[Any] = []
    heading = ""
    for value, name, below, grouped in zip(header, names, subs, in_group, strict=True):
        heading = name or heading
        joined.append(f"{heading} {below}" if grouped else value)
    return joined


def _header_cell(value: Any) -> str:
    return clean_header(header_text(value)) if value is not None else ""


def check_header_row(where: str, cells: pd.DataFrame, filled: pd.Series[bool], row: int) -> None:
    if row not in cells.index or not filled[row]:
        last = int(cells.index[filled.to_numpy()][-1])
        raise InputError(
            f"{where}: row {row} holds no header (it is blank or past the last row, {last}); "
            "give the row number where the column names are, as Excel shows it."
        )
