"""What a sheet's layout says before any cell is parsed: a column the mapping reads written
twice with different values, and one-cell rows that are section headings ("Day 2").
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from typing import Any

import numpy as np
import pandas as pd

from importer._checks import Mask
from importer._columns import cell_said, value_text
from importer._date_words import weekday_named
from importer._day_parts import day_part_cell, day_part_headings, is_day_part
from importer._hidden_rows import HiddenRows
from importer._hints import format_hint, hint_or_instruction
from importer._month_headings import names_a_month
from importer._row_numbers import row_numbers
from importer.convert import cell_text, unticked
from importer.load import Sheet, normalize_header
from importer.mapping import BoundMapping
from importer.model import RowIssue, row_prefix
from importer.zones import certain_zone, zone_note


def repeated_column_problems(sheet: Sheet, headers: Iterable[str]) -> list[RowIssue]:
    """A mapped header written twice: the mapping reads the first column so headed. If another
    holds different values, which one was meant is in doubt: a sheet error. Several sheets
    read as one have theirs each: see repeated_column_rows."""
    if sheet.parts:
        return []
    problems = []
    for header, copy in _copies_in_doubt(sheet, headers):
        differs = first_difference(sheet.frame[header].tolist(), sheet.frame[copy].tolist())
        if differs is None:
            continue
        pos, mine, theirs = differs
        problems.append(RowIssue(
            None, header, None, "repeated-column", "error",
            f"Two columns are headed {header!r}: {sheet.column_label(header)} and "
            f"{sheet.column_label(copy)}, and they differ "
            f"(row {int(sheet.frame.index[pos])}: "
            f"{cell_said(mine)!r} against {cell_said(theirs)!r}). The mapping reads the "
            "first; rename or delete the one that is not meant."))
    return problems


def _copies_in_doubt(sheet: Sheet, headers: Iterable[str]) -> list[tuple[str, str]]:
    """(header, copy) for each renamed copy of a mapped header ('Speaker (2)') that the
    mapping does not read too. One it reads is meant as well as the first: two tracks side
    by side, each with its own 'Speaker' column, as the draft offers them."""
    read = set(headers)
    return [(header, copy) for header in dict.fromkeys(read)
            for copy in sheet.repeats.get(header, []) if copy not in read]


def repeated_column_rows(sheet: Sheet, headers: Iterable[str]) -> list[tuple[int, str, str]]:
    """Several sheets read as one: (position, column, message) for every record of a sheet
    on which a mapped header is written twice over different values. Which column was meant
    is in doubt on that sheet only, so only its rows are held back; the other days' are sent."""
    found = []
    for header, copy in _copies_in_doubt(sheet, headers):
        for start, part in sheet.part_starts():
            stop = start + part.records
            differs = first_difference(sheet.frame[header].iloc[start:stop].tolist(),
                                       sheet.frame[copy].iloc[start:stop].tolist())
            if differs is None:
                continue
            pos, mine, theirs = differs
            message = (
                f"two columns of its sheet are headed {header!r}: "
                f"{sheet.column_label(header)} and {sheet.column_label(copy)}, and they "
                f"differ (row {int(sheet.frame.index[start + pos])}: "
                f"{cell_said(mine)!r} against {cell_said(theirs)!r}), so no row of this "
                "sheet is sent until the one that is not meant is renamed or deleted (the "
                "mapping reads the first).")
            found += [(at, header, message) for at in range(start, stop)]
    return found


def column_sheets(sheet: Sheet, name: str) -> list[str]:
    """The sheets with a value in column `name`, when several were read as one (a column
    one day's tab has and the others lack); else none."""
    filled = sheet.frame[name].notna().to_numpy()
    return [part.name for start, part in sheet.part_starts()
            if filled[start:start + part.records].any()]


def of_sheets(names: list[str]) -> str:
    """' of sheet 'Day 2'', ' of sheets 'Day 2', 'Day 3'', or '' for none."""
    if not names:
        return ""
    return f" of sheet{'s' if len(names) > 1 else ''} " + ", ".join(map(repr, names))


def one_sheet(names: list[str]) -> str | None:
    """An issue's sheet: the one it is on, when it is on one of several read as one."""
    return names[0] if len(names) == 1 else None


def first_difference(cells: list[Any], others: list[Any]) -> tuple[int, Any, Any] | None:
    """The first row position where `others` holds a value other than the one `cells` holds
    (a blank in `others` never counts), with both cells; None when there is none."""
    for pos, (cell, other) in enumerate(zip(cells, others, strict=True)):
        theirs = cell_text(other)
        if theirs is not None and theirs != cell_text(cell):
            return pos, cell, other
    return None


def section_headings(sheet: Sheet, out: Mask | None = None) -> Mask:
    """Rows holding a single cell ('Day 2 - Wednesday' above that day's sessions): no session
    can be written in one cell, so they are headings, not broken sessions.

    So are rows of two cells, one naming the row a heading ('subheading' in a Type column
    beside 'Week 3'), as a course schedule kept as a site's data file labels its headings,
    or a part of the day beside its date ('Morning', 'Afternoon session').

    Only while sessions outnumber them: a sheet of one-cell rows is a misread file. Rows
    `out` (left out by the mapping's leave_out) count as neither."""
    counts = sheet.filled_cells()
    single: Mask = ((counts == 1) | labelled_headings(sheet, counts)
                    | day_part_headings(sheet, counts))
    rows = len(sheet.frame)
    if out is not None and out.any():
        single, rows = single & ~out, rows - int(out.sum())
    if int(single.sum()) * 2 > rows:
        return np.zeros(len(sheet.frame), dtype=bool)
    return single


# What a column of each row's kind says of a heading's row, compared stripped, without case.
# Not 'section' alone: a course's discussion section or a society's section meeting is a kind
# of session, and one on a row under its filled-down date holds two cells too.
HEADING_KINDS = frozenset({"heading", "subheading", "sub-heading", "section heading",
                           "überschrift", "zwischenüberschrift", "titre", "intertitre"})


def labelled_headings(sheet: Sheet, counts: Any) -> Mask:
    """Rows of two cells, one of them a word of HEADING_KINDS. Only those rows' distinct
    cells are compared, so a sheet whose rows are sessions (more cells each) gives up at once."""
    found: Mask = np.asarray(counts == 2, dtype=bool)
    if not found.any():
        return found
    pairs = sheet.frame[found]
    words = {cell for column in pairs for cell in pairs[column].dropna().unique().tolist()
             if isinstance(cell, str) and cell.strip().casefold() in HEADING_KINDS}
    found[found] = pairs.isin(words).any(axis=1).to_numpy(dtype=bool) if words else False
    return found


def units_rows(sheet: Sheet, time_headers: Collection[str],
               date_header: str | None = None) -> Mask:
    """Each sheet's first row when a times column there names the zone in brackets
    ('(CEST)', '(GMT Time)'): a row of units or notes under the header, not a session, whatever
    its other cells say ('(yyyy-mm-dd)', 'leave blank if none'). So is a row of hints (see
    hint_cells). Only the first row is looked at: units are written right under the header."""
    found: Mask = np.zeros(len(sheet.frame), dtype=bool)
    starts = [0] if not sheet.parts else [start for start, _ in sheet.part_starts()]
    for pos in (start for start in starts if start < len(sheet.frame)):
        found[pos] = (units_column(sheet, pos, time_headers) is not None
                      or bool(hint_cells(sheet, pos, [*time_headers, date_header])))
    return found


def units_column(sheet: Sheet, pos: int, time_headers: Collection[str]) -> str | None:
    """The times column whose cell at `pos` names the zone in brackets, if one does."""
    for header in time_headers:
        cell = sheet.frame[header].iloc[pos]
        if isinstance(cell, str) and zone_note(cell.strip()):
            return header
    return None


def hint_cells(sheet: Sheet, pos: int, headers: Iterable[str | None]) -> list[tuple[str, str]]:
    """(header, text) of the times and date cells (`headers`) of the row at `pos` that tell
    how their column is written ('(hh:mm)', 'YYYY-MM-DD'), when one does and every filled cell
    of the row is a hint ('optional' under the end, 'e.g. 09:00', 'e.g. Keynote'): a
    template's row of hints under the header. Else none: one real time or title ('9:00',
    'Optional workshop') makes a session."""
    wanted = {name for name in headers if name is not None}
    if not any(format_hint(sheet.frame[name].iat[pos]) for name in wanted):
        return []  # the row is not built: a session's first row gives up here
    cells = sheet.frame.iloc[pos]
    filled = cells.index[cells.notna()]
    if not all(hint_or_instruction(cells[name]) for name in filled):
        return []
    return [(str(name), str(cells[name]).strip()) for name in filled
            if name in wanted and format_hint(cells[name])]  # in the sheet's order


def units_row_issue(sheet: Sheet, pos: int, time_headers: Collection[str],
                    date_header: str | None = None) -> RowIssue:
    header = units_column(sheet, pos, time_headers)
    if header is None:
        return hints_row_issue(sheet, pos, hint_cells(sheet, pos, [*time_headers, date_header]))
    text, row = str(sheet.frame[header].iloc[pos]).strip(), int(sheet.frame.index[pos])
    where = sheet.sheet_of(pos)
    zone = certain_zone(zone_note(text))
    place = f" ({zone})" if zone else ""
    return RowIssue(
        row, header, text, "units-row", "warning",
        f"{row_prefix(row, where)}{header!r} has {text!r}, the zone of the times under it, "
        "so the row is read as the columns' units or notes, not a session, and nothing is "
        "sent for it. Check that the times are read in that zone: set timezone to the region "
        f"and city of its place{place}.", where)


def hints_row_issue(sheet: Sheet, pos: int, hints: list[tuple[str, str]]) -> RowIssue:
    assert hints  # units_rows found them
    row, where = int(sheet.frame.index[pos]), sheet.sheet_of(pos)
    cells = [f"{header!r} has {text!r}" for header, text in hints]
    said = ", ".join(cells[:-1]) + " and " + cells[-1] if len(cells) > 1 else cells[0]
    return RowIssue(
        row, hints[0][0], hints[0][1], "units-row", "warning",
        f"{row_prefix(row, where)}{said}, how the cells under "
        f"{'them' if len(hints) > 1 else 'it'} are written, not a date or a time: the row "
        "reads as a row of hints under the header, not a session, so nothing is sent for it.",
        where)


def repeated_headers(sheet: Sheet, start_headers: Collection[str]) -> Mask:
    """Rows writing the header again, as a programme pasted from one table a day does (each
    table under its own header row): every column the start is read from holds its own
    header, and so do most of the row's filled cells. One comparison a start column finds
    none on a sheet without them."""
    found: Mask = np.zeros(len(sheet.frame), dtype=bool)
    if start_headers:
        found = np.logical_and.reduce(
            [_holds_own_header(sheet.frame[header], header) for header in start_headers])
    for pos in np.flatnonzero(found).tolist():
        cells = sheet.frame.iloc[pos].dropna()
        found[pos] = 2 * len(own_header_cells(cells)) > len(cells)
    return found


def _holds_own_header(column: pd.Series, header: str) -> Mask:
    """Rows whose cell is the column's header as own_header_cells compares them. Its
    distinct cells are compared: few in a date or time column, one each in a column of
    dates with times, whose first figure rules each out before it is normalised."""
    written_as = normalize_header(str(header))
    written = [cell for cell in pd.unique(column) if isinstance(cell, str)
               and written_as.startswith(cell.lstrip()[:1].casefold())
               and normalize_header(cell) == written_as]
    return column.isin(written).to_numpy()


def own_header_cells(cells: pd.Series) -> list[str]:
    """The headers of a row's cells that hold their own column's header ('BST' under 'BST')."""
    return [str(header) for header, cell in cells.items() if writes_header(cell, header)]


def writes_header(cell: Any, header: Any) -> bool:
    """Whether a cell writes the header as headers are compared: in any case, with spaces
    around it ('DATE ' under 'Date') or its line broken ('Start\ntime' under 'Start time',
    as the header's own cell is read)."""
    return isinstance(cell, str) and normalize_header(cell) == normalize_header(str(header))


def repeated_header_issue(sheet: Sheet, pos: int) -> RowIssue:
    cells = sheet.frame.iloc[pos].dropna()
    headers = own_header_cells(cells)
    row, where = int(sheet.frame.index[pos]), sheet.sheet_of(pos)
    named = [repr(header) for header in headers]
    said = ", ".join(named[:-1]) + " and " + named[-1] if len(named) > 1 else named[0]
    return RowIssue(
        row, headers[0], value_text(cells[headers[0]]), "repeated-header", "warning",
        f"{row_prefix(row, where)}repeats the header ({said}), so it is read as the header of "
        "the rows under it, not a session, and nothing is sent for it.", where)


def empty_days(sheet: Sheet, date_header: str | None) -> Mask:
    """Rows whose only filled cells are the date column's, perhaps with a day's name beside
    it ('Tuesday') or a checkbox column's FALSE, which fills every row: a calendar gives
    every day a row, and a day with nothing on it names no session. However many there are:
    they are no misread file."""
    found: Mask = np.zeros(len(sheet.frame), dtype=bool)
    if date_header is None:
        return found
    # The loader's count of each row's cells, a merge's given ones left out, is never above
    # the row's filled cells: the rows it keeps hold every empty day, each then looked at.
    counts = sheet.filled_cells()
    dated = sheet.frame[date_header].notna().to_numpy()
    for pos in np.flatnonzero(dated & (counts <= 3)).tolist():
        cells = sheet.frame.iloc[pos]
        date = cells[date_header]
        others = [cells[name] for name in cells.index[cells.notna()] if name != date_header]
        # 'Morning' in a column of dates with times heads that part of the day, and 'ABRIL'
        # alone the month's days (a section heading, as one cell): no day's row.
        found[pos] = len(others) <= 2 and not is_day_part(date) and all(
            unticked(cell) or (isinstance(cell, str)
                               and weekday_named(cell.strip().rstrip(".")) is not None)
            for cell in others) and (bool(others) or not names_a_month(sheet, date_header, date))
    return found


def dates_of_sessions(sheet: Sheet, date_header: str, no_sessions: Mask) -> set[Any]:
    """The date cells of the rows that are sessions (`no_sessions`: empty days, headings)."""
    return set(sheet.frame[date_header][~no_sessions].dropna())


def empty_day_issue(sheet: Sheet, pos: int, date_header: str, title_header: str | None,
                    session_dates: set[Any]) -> RowIssue:
    """A row whose date sessions' rows repeat (`session_dates`) heads that day's sessions,
    rather than marking a day with nothing on."""
    date = sheet.frame[date_header].iloc[pos]
    text, row = value_text(date), int(sheet.frame.index[pos])
    where = sheet.sheet_of(pos)
    named = title_header is not None and pd.notna(sheet.frame[title_header].iloc[pos])
    what = ("a heading for that day's sessions, so no session is sent for it."
            if date in session_dates
            else "a day with nothing on, so no session is sent; to make one, "
            + (f"write the session's title in place of the day's name in {title_header!r}."
               if named else "give the row a title."))
    return RowIssue(
        row, date_header, text, "empty-day", "warning",
        f"{row_prefix(row, where)}only the date is filled in (in {date_header!r}), perhaps "
        f"with the day's name: {what}", where)


def heading_issue(sheet: Sheet, pos: int, date_header: str | None = None) -> RowIssue:
    cells = sheet.frame.iloc[pos]
    if (part := day_part_cell(cells)) is not None:
        return _day_part_issue(sheet, pos, part)
    label = heading_label(cells)
    header = heading_column(sheet, pos) if label is None else next(
        str(name) for name in cells.index[cells.notna()] if name != label)
    text, row = cell_said(cells[header]), int(sheet.frame.index[pos])
    where = sheet.sheet_of(pos)
    if label is None and names_a_month(sheet, header, cells[header]):
        return _month_heading_issue(row, header, text, where)
    held = (f"holds only {text!r} (in {header!r})" if label is None else
            f"holds only {text!r} (in {header!r}) and {cell_said(cells[label])!r} (in "
            f"{label!r}), which names a heading")
    # A heading dated in the date column lacks a title, not the date it has.
    lacking = "a title and times" if header == date_header else "a date and times"
    return RowIssue(
        row, header, text, "section-heading", "warning",
        f"{row_prefix(row, where)}{held}, so it is read as a section heading and nothing is "
        f"sent for it; to make it a session, give it {lacking}"
        + ("." if label is None else f" and another {label!r}."), where)


def _month_heading_issue(row: int, header: str, text: str | None, where: str | None
                         ) -> RowIssue:
    # No advice to make it a session: a month's name is no date to give it on.
    return RowIssue(
        row, header, text, "section-heading", "warning",
        f"{row_prefix(row, where)}holds only {text!r} (in {header!r}), a month's name heading "
        "the days under it, so it is read as a section heading and nothing is sent for it.",
        where)


def _day_part_issue(sheet: Sheet, pos: int, header: str) -> RowIssue:
    text, row = cell_said(sheet.frame[header].iloc[pos]), int(sheet.frame.index[pos])
    where = sheet.sheet_of(pos)
    return RowIssue(
        row, header, text, "section-heading", "warning",
        f"{row_prefix(row, where)}holds only {text!r} (in {header!r}) and its day, a part of "
        "the day heading the sessions under it, so it is read as a section heading and "
        "nothing is sent for it; to make it a session, give it a time (and a title, if it "
        "has none).", where)


def heading_label(cells: pd.Series) -> str | None:
    """The column of a two-cell heading row whose cell names it a heading ('subheading')."""
    filled = cells.dropna()
    if len(filled) != 2:
        return None
    return next((str(name) for name, cell in filled.items() if isinstance(cell, str)
                 and cell.strip().casefold() in HEADING_KINDS), None)


def heading_column(sheet: Sheet, pos: int) -> str:
    """The column a heading row writes in. A workbook block merged down over it (a Date over
    the day) gives it the value the row above has too: the first cell that differs is its."""
    cells = sheet.frame.iloc[pos]
    filled = [str(name) for name in cells.index[cells.notna()]]
    above = sheet.frame.iloc[pos - 1] if pos else None
    own = [name for name in filled if above is None or cells[name] != above[name]]
    return (own or filled)[0]


def hidden_row_positions(sheet: Sheet) -> list[tuple[int, HiddenRows]]:
    """Positions of the records on rows the spreadsheet program hides from view, each with
    its sheet's hidden rows (several sheets read as one have theirs each)."""
    pieces = ([(0, len(sheet.frame), sheet.hidden)] if not sheet.parts else
              [(start, part.records, part.hidden) for start, part in sheet.part_starts()])
    found = []
    for start, count, hidden in pieces:
        if hidden.rows:
            numbers = np.asarray(sheet.frame.index[start:start + count])
            found += [(start + int(pos), hidden)
                      for pos in np.flatnonzero(np.isin(numbers, list(hidden.rows)))]
    return found


def struck_row_positions(sheet: Sheet) -> list[int]:
    """Positions of the records on rows with a cell struck through (see hidden_row_positions
    for several sheets read as one)."""
    pieces = ([(0, len(sheet.frame), sheet.struck)] if not sheet.parts else
              [(start, part.records, part.struck) for start, part in sheet.part_starts()])
    found = []
    for start, count, struck in pieces:
        if struck:
            numbers = np.asarray(sheet.frame.index[start:start + count])
            found += [start + int(pos) for pos in np.flatnonzero(np.isin(numbers, list(struck)))]
    return found


# A title saying its session is cancelled, in the words planners write: the word opening the
# title before ':' or a dash ('-' set apart, '–' or '—' with or without spaces) or in
# brackets ('CANCELLED: Keynote', '[Cancelled] Keynote'), in brackets or after a dash closing it
# ('Keynote (cancelled)', 'Keynote - ABGESAGT', 'Keynote—CANCELLED'), or alone. Never a word
# of the title's own: 'Cancellation policy', 'Cancelled flights and how to cope', 'Pre-cancelled'.
_CANCELLED = (r"(?:cancell?ed|cancelad[oa]s?|anulad[oa]s?|abgesagt|entf[äa]llt|annul[ée]e?s?|"
              r"annullat[oa]|geannuleerd)")
CANCELLED_TITLE = re.compile(
    rf"^\s*(?:[\[(]\s*{_CANCELLED}\s*[\])]|{_CANCELLED}(?:\s*[:–—]|\s*-\s|\s+-|\s*$))"
    rf"|(?:[\[(]\s*{_CANCELLED}\s*[\])]|(?:\s-|[–—])\s*{_CANCELLED})\s*$",
    re.IGNORECASE)


_CANCEL_STEMS = ("cancel", "nul", "abgesagt", "entf")  # each word above holds one


def cancelled_titles(titles: list[str | None]) -> list[int]:
    """Positions of the titles saying their session is cancelled (see CANCELLED_TITLE). The
    pattern tried on each of 50,000 titles takes a third of validate's time, so one scan of
    them joined gives up at once on a sheet where no title holds such a word."""
    joined = "\n".join(filter(None, titles)).lower()
    if not any(stem in joined for stem in _CANCEL_STEMS):
        return []
    maybe = [pos for pos, title in enumerate(titles)
             if title and any(stem in title.lower() for stem in _CANCEL_STEMS)]
    found = pd.Series([titles[pos] for pos in maybe], dtype=object).str.contains(
        CANCELLED_TITLE, na=False)
    return [pos for pos, said in zip(maybe, found, strict=True) if said]


def cancelled_title_message(header: str, title: str, leave_out: str) -> str:
    """The row is still sent: a warning never blocks, and a planner may keep a cancelled
    session in the app on purpose, to tell attendees. `leave_out` says how to leave it out
    (how_to_leave_out)."""
    return (f"{header!r} has {title!r}, which says the session is cancelled, yet it is "
            "imported like every other row and shown in the app as written; to leave the "
            f"session out, {leave_out} (and run with --prune to take it out of the app), "
            "or keep it as it is to show attendees it is cancelled.")


def hidden_row_message(hidden: HiddenRows) -> str:
    """Hidden rows are imported: the file holds them, and leaving them out would have
    --prune delete sessions that were only filtered out of view. But the planner cannot see
    them, so each gets a warning."""
    how = ("hidden by the sheet's filter, yet it is imported like every other row (a filter "
           "only changes what is shown)" if hidden.filtered else
           "hidden in the sheet, yet it is imported like every other row")
    return f"the row is {how}; to leave the session out, delete the row rather than hide it."


def other_sheets_warning(sheet: Sheet) -> list[RowIssue]:
    """Without --sheet, one sheet is read; others with the same columns may hold the rest."""
    if not sheet.similar_sheets:
        return []
    names = ", ".join(repr(name) for name in sheet.similar_sheets)
    others = (f"other sheets {names} have" if len(sheet.similar_sheets) > 1 else
              f"other sheet {names} has")
    return [RowIssue(
        None, None, None, "other-sheets", "warning",
        f"Only sheet {sheet.sheet_name!r} was read, but the workbook's {others} the same "
        "columns. If they hold more sessions, give --sheet all to read every sheet with "
        "these columns as one programme (or name each with its own --sheet).")]


def hidden_sheets_warning(sheet: Sheet) -> list[RowIssue]:
    """--sheet all reads visible sheets only: a day's tab hidden in Excel is left out, and
    --prune would delete its sessions. Say which ones, once."""
    if not sheet.hidden_similar:
        return []
    names = ", ".join(repr(name) for name in sheet.hidden_similar)
    several = len(sheet.hidden_similar) > 1
    they = "they" if several else "it"
    return [RowIssue(
        None, None, None, "hidden-sheets", "warning",
        f"{'Sheets' if several else 'Sheet'} {names} {'are' if several else 'is'} hidden, so "
        f"{they} {'were' if several else 'was'} not read, though {they} "
        f"{'have' if several else 'has'} the same columns as the sheets read. If {they} "
        f"{'hold' if several else 'holds'} sessions of this programme, unhide "
        f"{'them' if several else 'it'} in Excel or name each sheet to read with --sheet: "
        "--prune deletes the sessions that no sheet read holds.")]


def unread_column_warnings(sheet: Sheet, bound: BoundMapping) -> list[RowIssue]:
    """A column holding data that no field reads, named like an optional field's column."""
    return [
        RowIssue(None, header, None, "unread-column", "warning",
                 f"Column {header!r}{of_sheets(tabs)} holds data that is not imported: "
                 f"fields.{key} reads {column!r}, which the sheet does not have. Rename the "
                 f"column to {column!r}, or give fields.{key} "
                 f"{getattr(bound.mapping.fields, key).how_to_read(column, header)} in a "
                 "mapping of your own.", one_sheet(tabs))
        for key, column, header in bound.lookalikes(sheet.columns)
        for tabs in [column_sheets(sheet, header)]
        if bool(sheet.frame[header].notna().any())  # an empty lookalike loses nothing
        and (key != "import_id" or _could_be_ids(sheet.frame[header]))
    ]


def _could_be_ids(cells: pd.Series) -> bool:
    """A column looking like the id's by name whose cells mostly repeat is not its ids:
    Sessionize's 'Session format' (Keynote, Session, Workshop) beside a missing 'Session
    Id'. Ids repeat only on a session's other speakers' rows."""
    filled = cells.dropna()
    return filled.nunique() * 2 >= len(filled)


def cells_past_the_header(sheet: Sheet) -> list[tuple[int, str, Any]]:
    """(position, column, value) of each CSV cell past the header's last column. They mean a
    cell holding the delimiter was not quoted: that row's values were cut or shifted."""
    if sheet.delimiter is None:
        return []
    found = []
    for name in (name for name, past in sheet.untitled.items() if past):
        column = sheet.frame[name]
        found += [(pos, name, column.iat[pos])
                  for pos in np.flatnonzero(column.notna().to_numpy()).tolist()]
    return sorted(found)


def _untitled_message(column: str, cells: pd.Series, filled: int) -> str:
    if (numbers := row_numbers(cells)) is not None:  # pandas' index, written by to_csv()
        return (f"{column} holds the numbers {numbers[0]} to {numbers[1]}, one a row in order, "
                "under no header: they look like row numbers a program wrote (as pandas "
                "writes its index), which nothing reads, so the column can stay as it is or "
                "be deleted.")
    return (f"{column} holds data on {filled:,} {'row' if filled == 1 else 'rows'} but has no "
            "header, so it is not imported; give it a header if a field should read it.")


def untitled_column_warnings(sheet: Sheet, read: Collection[str]) -> list[RowIssue]:
    """Data under no header is not imported, unless the mapping reads its column by the name
    the sheet gave it ('Column A', as draft-mapping drafts it): say so, once per column."""
    return [
        RowIssue(None, name, None, "untitled-column", "warning",
                 _untitled_message(f"Column {sheet.letters.get(name, '?')}{of_sheets(tabs)}",
                                   sheet.frame[name], filled),
                 one_sheet(tabs))
        for name, past in sheet.untitled.items()
        if name not in read
        and not (past and sheet.delimiter is not None)  # those are extra-cells errors
        and (filled := int(sheet.frame[name].notna().sum()))
        for tabs in [column_sheets(sheet, name)]
    ]
