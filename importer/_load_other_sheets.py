"""A workbook's other sheets: the one to read when none was named, and those with the
same header (one tab per day) or nearly the same."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator
from typing import Any

from importer._load_grid import Grid
from importer._load_header_row import HEADER_SEARCH_ROWS, is_sub_header, joined_header
from importer._load_names import clean_header, header_text, normalize_header
from importer._xlsx import has_value


def sheet_with_the_columns(grid: Grid, required_columns: Collection[str], *,
                           hidden: bool = False) -> str | None:
    """The sheet to read when none was named and the default one (the first visible one with
    data) lacks some required column (a workbook that opens on a notes tab), or holds them
    over no session (a template tab kept first): the first other visible (or, with `hidden`,
    hidden) sheet holding them over sessions, else (for a missing column) the first holding
    them at all; None when the default one will do or none is better."""
    wanted = {normalize_header(name) for name in required_columns}
    candidates = grid.hidden_sheets if hidden else grid.other_sheets
    if not wanted or not candidates:
        return None
    top = list(grid.cells[grid.cells_per_row > 0].head(HEADER_SEARCH_ROWS)
               .itertuples(index=False, name=None))
    has_columns = holds_all(top, wanted)
    if has_columns and (hidden or holds_sessions(top, wanted)):
        return None
    with_sessions = next(
        (name for name, rows in candidates.items() if holds_sessions(rows, wanted)), None)
    if with_sessions or has_columns:
        return with_sessions
    return next((name for name, rows in candidates.items() if holds_all(rows, wanted)), None)


def holds_sessions(rows: Iterable[Iterable[Any]], wanted: set[str]) -> bool:
    """Whether a row holds every wanted column name, with a value on some row below it."""
    listed = [list(row) for row in rows]
    at = next((last for last, names in header_candidates(listed) if wanted <= names), None)
    return at is not None and any(
        v is not None and has_value(v) for row in listed[at + 1:] for v in row)


def header_candidates(rows: list[list[Any]]) -> Iterator[tuple[int, set[str]]]:
    """Each row's header names, as a header's would compare, with the position of the
    header's last row: the row alone, and joined with the next where that one is the second
    row of a header written on two rows (another day's tab laid out as the one read)."""
    for at, row in enumerate(rows):
        yield at, row_headers(row)
        if at + 1 < len(rows):
            width = max(len(row), len(rows[at + 1]))
            header, below = (padded(r, width) for r in (row, rows[at + 1]))
            if is_sub_header(header, below):
                yield at + 1, row_headers(joined_header(header, below))


def padded(row: list[Any], width: int) -> list[Any]:
    return row + [None] * (width - len(row))


def holds_all(rows: Iterable[Iterable[Any]], wanted: set[str]) -> bool:
    """Whether one of these rows (or two, a header written on two rows) holds every wanted
    column name."""
    return any(wanted <= names for _, names in header_candidates([list(row) for row in rows]))


def row_headers(row: Iterable[Any]) -> set[str]:
    """A row's cells as header names compare (see normalize_header)."""
    return {normalize_header(header_text(v)) for v in row if v not in ("", None)}


def sheets_with_header(header: list[Any], others: dict[str, list[list[Any]]],
                       expected_columns: Collection[str]) -> list[str]:
    """The other sheets whose first rows hold every expected column this header holds."""
    wanted = {normalize_header(name) for name in expected_columns}
    found = {normalize_header(header_text(v)) for v in header if v is not None} & wanted
    if len(found) < 2:
        return []
    # A template tab (the header over no row) holds no sessions: not worth a word.
    return [name for name, rows in others.items() if holds_sessions(rows, found)]


def sheets_nearly_with_header(header: list[Any], others: dict[str, list[list[Any]]],
                              expected_columns: Collection[str]) -> dict[str, str]:
    """The other sheets with a row holding at least half (and two) of the expected columns
    this header holds, but not all: a day's tab whose header was edited, most likely. Each
    with the first column it lacks, as this header writes it."""
    wanted = {normalize_header(name) for name in expected_columns}
    found = {normalize_header(header_text(v)): clean_header(header_text(v))
             for v in header if v is not None}
    found = {key: name for key, name in found.items() if key in wanted}
    near = {}
    for name, rows in others.items():
        present = max((names for _, names in header_candidates(rows)), default=set(),
                      key=lambda headers: len(found.keys() & headers))
        held = len(found.keys() & present)
        if 2 <= held < len(found) and held * 2 >= len(found):
            near[name] = next(text for key, text in found.items() if key not in present)
    return near
