"""Column-level pieces of validation: a parsed column, factor codes, and helpers on them.

Validation works column by column: each distinct cell is parsed once (`pd.factorize` gives
every row the code of its distinct cell) and the result is handed back to the rows by code.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import chain
from typing import Any
from zoneinfo import ZoneInfo

import numpy as np
import pandas as pd

from importer import convert
from importer._end_not_confirmed import (
    lone_end_said,
    refused_message,
    sent_message,
    start_given,
)
from importer._month_in_doubt import MonthInDoubt, read_months_in_doubt
from importer._reading_slips import (
    day_part_heading,
    dropped_zero_message,
    full_stop_message,
    lookalike_message,
    lunch_with_time_message,
    part_of_day_example,
    part_of_day_message,
    semicolon_message,
    struck_message,
)
from importer._toml_problems import toml_value
from importer.convert import CellError, cell_text
from importer.load import Sheet
from importer.mapping import ENTRY_FORMS, ROOM_JOINER, BoundMapping
from importer.model import RowIssue, Severity, row_prefix, row_ref, shortened

VALUE_CHARS = 100  # a cell quoted in an issue is cut to this length
# What a `values` entry gives a cell, by what the column is read as: placeholders to fill in.
_VALUE_PLACEHOLDERS = {
    "a date": ["YYYY-MM-DD"],
    "a date and time": ["YYYY-MM-DD"],
    "a start and end date and time": ["YYYY-MM-DD"],
    "a time": ["HH:MM"],
    "yes or no": ["yes", "no"],
    "a number": ["<a number>"],
    "a capacity": ["<a whole number>"],
}
Parser = Callable[[Any], Any]
Codes = np.ndarray[Any, np.dtype[np.intp]]
# Each distinct cell's value (None when blank or unreadable), the codes of the blank ones,
# and (code, cell, error) for each unreadable one.
Distinct = tuple[list[Any], list[int], list[tuple[int, Any, CellError]]]


@dataclass
class Column:
    """One mapped column after parsing: a value per row (None when blank or unreadable)."""

    header: str
    values: list[Any]
    blank: np.ndarray[Any, np.dtype[np.bool_]]
    failed_texts: dict[str, list[int]]  # unreadable cell text -> row positions
    codes: Codes  # per row, which distinct cell it holds (-1 blank); equal codes, equal values
    distinct: list[Any]  # the parsed value of each distinct cell, by code
    cells: Any  # each distinct cell as the sheet holds it, by code


@dataclass
class When:
    """A moment per row as local date and time (time None when the sheet gives none)."""

    date_header: str | None  # None when the date is each sheet's (sheet_dates)
    time_header: str | None
    date: list[Any]
    time: list[Any]
    time_blank: np.ndarray[Any, np.dtype[np.bool_]]
    codes: list[Codes]  # of the one or two columns it is read from


class SheetColumns:
    """Reads a sheet's mapped columns and records each row's issues as it goes."""

    def __init__(self, sheet: Sheet, bound: BoundMapping, zone: ZoneInfo) -> None:
        self.frame = sheet.frame
        self.zone = zone  # the times' timezone, which may tell a month's name read two ways
        self.bound = bound
        self.mapping = bound.mapping
        self.n = len(sheet.frame)
        self.row_numbers: list[int] = np.asarray(sheet.frame.index, dtype=np.int64).tolist()
        self.row_sheets = sheet.record_sheets()  # None each, unless several sheets were read
        self.issues: dict[int, list[RowIssue]] = {}  # by row position, only rows that have any
        self.errors = np.zeros(self.n, dtype=bool)
        self.sheet_issues: list[RowIssue] = []
        self.blank_values = {v.strip().casefold() for v in self.mapping.blank_values}
        self._cells: dict[str, list[Any]] = {}  # by header, each row's cell as the sheet has it

    def _date_not_fixed_message(self, header: str, raw: str, code: str,
                                failed: Sequence[tuple[int, Any, CellError]]) -> str:
        """A date cell, or a date and time cell (`code` 'bad-datetime'), saying the session
        has none yet ('TBA'): the mapping lines that skip such a session until its date is
        written (blank_values reads the word as empty, skip_unscheduled skips a row whose
        date is such a word), as TOML to paste, naming every such word of the column
        (`failed`: its cells that could not be read)."""
        words = list(dict.fromkeys([*self.mapping.blank_values, *(
            text.strip() for _, text, problem in failed
            if problem.code == code and convert.not_fixed_yet(text))]))
        lines = [f"blank_values = {toml_value(words)}"]
        if not self.mapping.skip_unscheduled:
            lines.append("skip_unscheduled = true")
        what = "date and time" if code == "bad-datetime" else "date"
        return (f"{header!r} has {raw.strip()!r}, a {what} not fixed yet: write the {what} once "
                "the session has one, or, to send nothing for it until then, set "
                f"{' and '.join(lines)} in the mapping (at its top, above the first [table]; "
                "the row is then skipped, with a warning, until its date is written).")

    def factorized(self, header: str) -> tuple[Codes, Any]:
        """A column's code per row (-1 blank) and its distinct cells, by code. Made anew at
        each call: kept for the run, the codes of every column read (8 bytes a row each)
        raised a 50,000-row CSV's peak memory by a quarter of the bare read's, for no time
        saved above the noise."""
        return pd.factorize(self.frame[header], use_na_sentinel=True)

    def cell(self, header: str, pos: int) -> Any:
        """A row's cell as the sheet holds it. Looked up by position in a list made once per
        column: pandas' own lookup costs microseconds a row, which adds up over many rows."""
        cells = self._cells.get(header)
        if cells is None:
            cells = self._cells[header] = self.frame[header].tolist()
        return cells[pos]

    # -- issue bookkeeping

    def add(self, pos: int, column: str | None, value: Any, code: str, message: str,
            severity: Severity = "error") -> None:
        row, sheet = self.row_numbers[pos], self.row_sheets[pos]
        issue = RowIssue(row, column, value_text(value), code, severity,
                         row_prefix(row, sheet) + message, sheet)
        issues = self.issues.setdefault(pos, [])
        if issue in issues:
            return  # one cell read for two fields (a time range gives start and end)
        issues.append(issue)
        if severity == "error":
            self.errors[pos] = True

    def sheet_issue(self, column: str | None, code: str, message: str,
                    severity: Severity = "warning") -> None:
        self.sheet_issues.append(RowIssue(None, column, None, code, severity, message))

    # -- reading columns

    def column(self, field_key: str, column: str | None, parse: Parser, what: str,
               required: bool = False, written_once: bool = False) -> Column | None:
        """Parse one mapped column, each distinct cell once; record unreadable cells.
        `written_once`: a blank under a filled cell may be meant as the one above it (a
        date typed on each day's first row), which the mapping's fill_down reads so."""
        header = self.bound.header(column)
        if header is None:
            return None
        lookup = self._lookup(field_key)
        codes, uniques = self.factorized(header)
        parsed, blank_codes, failed_codes = self._parse_distinct(uniques, parse, lookup)
        if failed_codes:  # a month's name read two ways, told by the column or the timezone
            failed_codes = read_months_in_doubt(uniques, parsed, failed_codes, parse,
                                                self.zone.key)
        # fromiter keeps tuple values whole (np.array would unpack them); the extra None
        # at the end serves code -1.
        by_code = np.fromiter(chain(parsed, [None]), dtype=object, count=len(parsed) + 1)
        values = by_code[codes].tolist()
        blank = (codes == -1) | np.isin(codes, blank_codes)
        failed_texts: dict[str, list[int]] = {}
        rows_of_code = positions_by_code(codes, [code for code, _, _ in failed_codes])
        serving = bool(failed_codes) and _serves(lookup, uniques)
        lengths = _lengths_outnumber_times(field_key, uniques, failed_codes, blank_codes)
        for code, raw, problem in failed_codes:
            positions = rows_of_code[code]
            if field_key == "end" and problem.code == "bad-time" and convert.end_unknown(raw):
                positions = self._ends_not_confirmed(header, raw, positions, blank)
                if not positions:
                    continue
            failed_texts[value_text(raw) or ""] = positions
            if field_key == "end" and self._end_reads_the_starts_column() and (
                    self._told_of(positions[0], header, raw)):
                continue  # reading this column for the start told of the cell already
            message = (f"{header!r} has {cell_said(raw)!r}: {problem.hint}."
                       if isinstance(problem, MonthInDoubt) else
                       f"{header!r} shows {value_text(raw)}: {problem.hint}."
                       if problem.code == "formula-error" else
                       f"{header!r} has the formula {value_text(raw)} but {problem.hint}."
                       if problem.code == "formula-no-value" else
                       _not_fixed_yet_message(header, raw)
                       if problem.code == "bad-time" and convert.not_fixed_yet(raw) else
                       self._part_of_day_message(header, raw, failed_codes, rows_of_code)
                       if problem.code == "bad-time" and part_of_day_example(raw) else
                       _length_not_end_message(header, raw)
                       if problem.code == "bad-time" and field_key == "end" and lengths
                       and _length_with_unit(raw) else
                       self._date_not_fixed_message(header, raw, problem.code, failed_codes)
                       if convert.not_fixed_yet(raw) and (problem.code == "bad-date" or (
                           problem.code == "bad-datetime" and field_key == "start")) else
                       self._values_message(field_key, header, raw, what, problem.hint,
                                            lookup, serving)
                       or struck_message(header, raw, str(cell_said(raw)), what)
                       or semicolon_message(header, raw, _reads_with(parse))
                       or (lunch_with_time_message(header, raw, _reads_with(parse))
                           or full_stop_message(header, raw, parse, what, problem.hint)
                           if problem.code == "bad-time" else None)
                       or lookalike_message(header, raw, _reads_with(parse))
                       # A length's 1.5 is hours, not 1:50 (its own message says so).
                       or (dropped_zero_message(header, raw, _reads_with(parse))
                           if problem.code == "bad-time" else None)
                       or f"{header!r} has {cell_said(raw)!r}, which is not {what}: "
                       f"{problem.hint}.")
            for pos in positions:
                self.add(pos, header, raw, problem.code, message)
        if required:
            filled = np.flatnonzero(~blank)
            hint = written_once and len(filled) and header not in self.bound.fill_down_headers()
            first = int(filled[0]) if hint else self.n
            for pos in np.flatnonzero(blank).tolist():
                fix = ("Fill it in, or if it is written once for the rows under it, add "
                       f"fill_down = [{toml_value(header)}] to the mapping." if pos > first
                       else "Fill it in.")
                self.add(pos, header, None, "missing-required",
                         f"{header!r} is empty; every session needs {what}. {fix}")
        return Column(header, values, blank, failed_texts, codes, parsed, uniques)

    def _ends_not_confirmed(self, header: str, raw: str, positions: list[int],
                            blank: np.ndarray[Any, np.dtype[np.bool_]]) -> list[int]:
        """An end column's 'TBC' on rows whose start is given: blank, with a warning, where
        the mapping ends a lone start (_end_not_confirmed), else refused saying what to
        write. The other rows (a range's column, a start not fixed either) are returned."""
        fields = self.mapping.fields
        start_header = self.bound.header(fields.start.time_column or fields.start.column)
        if start_header is None or self._end_reads_the_starts_column():
            return positions
        starts = self.frame[start_header]
        given = {pos for pos in positions if start_given(starts.iat[pos])}
        said = lone_end_said(fields.end)
        for pos in sorted(given):
            if said is None:
                self.add(pos, header, raw, "bad-time", refused_message(header, raw))
            else:
                blank[pos] = True
                self.add(pos, header, raw, "end-not-confirmed",
                         sent_message(header, raw, said), "warning")
        return [pos for pos in positions if pos not in given]

    def _part_of_day_message(self, header: str, raw: str,
                             failed: Sequence[tuple[int, Any, CellError]],
                             rows_of_code: dict[int, list[int]]) -> str:
        """A time cell naming a part of the day, which the column's heading rows (a part
        of the day beside its date alone: `failed` cells too) show is a heading's word."""
        heading = day_part_heading(self.frame, (
            pos for code, cell, _ in failed if part_of_day_example(cell)
            for pos in rows_of_code[code]))
        return part_of_day_message(
            header, raw.strip(), str(part_of_day_example(raw)), None if heading is None else
            row_ref(self.row_numbers[heading], self.row_sheets[heading]))

    def blank_cells(self, field_key: str, header: str) -> np.ndarray[Any, np.dtype[np.bool_]]:
        """Which rows of a mapped column are empty, counting blank_values and cells the
        field's `values` turn into nothing, without parsing the rest."""
        lookup = self._lookup(field_key)
        codes, uniques = self.factorized(header)
        blank = [code for code, raw in enumerate(uniques) if self._prepare(raw, lookup) is None]
        empty: np.ndarray[Any, np.dtype[np.bool_]] = (codes == -1) | np.isin(codes, blank)
        return empty

    def _told_of(self, pos: int, header: str, raw: Any) -> bool:
        """Whether a row has an error on this cell already."""
        text = value_text(raw)
        return any(issue.column == header and issue.value == text and issue.severity == "error"
                   for issue in self.issues.get(pos, ()))

    def _lookup(self, field_key: str) -> dict[str, str]:
        values = self.bound.active[self._values_field(field_key)].values
        return {k.strip().casefold(): v for k, v in values.items()}

    def _values_field(self, field_key: str) -> str:
        """The field whose `values` a field's cells are read with: its own, but for an end
        giving none that reads the start's column of days ('Wed', 'Thu'), whose cells mean
        the same to both, the start's."""
        if field_key == "end" and not self.bound.active["end"].values and (
                self._end_reads_the_starts_column()):
            return "start"
        return field_key

    def _values_message(self, field_key: str, header: str, raw: Any, what: str, hint: str,
                        lookup: dict[str, str], serving: bool) -> str | None:
        """An unreadable cell the field's `values` give an unreadable value, or leave out
        where they serve its column (`serving`: some cell of it is among them, unlike a
        start's time column beside its days): the entry to correct or to add there. None
        otherwise, the cell's own hint then serving."""
        text = str(cell_text(raw)).strip()
        owner = self._values_field(field_key)
        where = f"the values under [fields.{owner}]" + (
            " (the end reads them too, as it reads the start's column)"
            if owner != field_key else "")
        if (given := lookup.get(text.casefold())) is not None:
            return self._unreadable_entry_message(owner, field_key, header, raw, given, what)
        if not serving:
            return None
        entries = " or ".join(f"{toml_value(text)} = {toml_value(value)}"
                              for value in _VALUE_PLACEHOLDERS.get(what, [f"<{what}>"]))
        return (f"{header!r} has {value_text(raw)!r}, which {where} leave out: add {entries} "
                "to them, or correct the cell.")

    def _unreadable_entry_message(self, owner: str, field_key: str, header: str, raw: Any,
                                  given: str, what: str) -> str:
        """A cell whose `values` entry gives what does not read: the entry quoted as the
        mapping writes it, under its table, and what its value must be. Its hint is left
        out: it tells how to write the cell, or to add an entry, when the entry is wrong."""
        text = str(cell_text(raw)).strip().casefold()
        key = next(key for key in self.bound.active[owner].values
                   if key.strip().casefold() == text)
        reads = " (the end reads them, as it reads the start's column)" if (
            owner != field_key) else ""
        return (f"{header!r} has {value_text(raw)!r}, read through the mapping's [fields."
                f"{owner}.values]{reads} {toml_value(key)} = {toml_value(given)}: correct "
                f"that entry's value to {ENTRY_FORMS.get(what, what)}.")

    def _end_reads_the_starts_column(self) -> bool:
        fields = self.bound.mapping.fields
        start = fields.start.column or fields.start.date_column
        return fields.end is not None and fields.end.column is not None and (
            fields.end.column == start)

    def _parse_distinct(self, uniques: Any, parse: Parser, lookup: dict[str, str]) -> Distinct:
        """Each distinct cell parsed: values (None for blank or unreadable), blank codes,
        and (code, cell, error) for each unreadable one."""
        parsed: list[Any] = []
        blank_codes: list[int] = []
        failed_codes: list[tuple[int, Any, CellError]] = []
        plain = not lookup and not self.blank_values  # text cells need only stripping
        formula_errors = convert.FORMULA_ERRORS  # every cell is hashable: str, number, date
        for code, raw in enumerate(uniques):
            cell = (raw.strip() or None) if plain and type(raw) is str else (
                self._prepare(raw, lookup))
            value = None
            if cell is None:
                blank_codes.append(code)
            elif cell in formula_errors:
                failed_codes.append(
                    (code, raw, CellError("formula-error", convert.FORMULA_ERROR_HINT)))
            elif type(raw) is convert.UncomputedFormula:
                failed_codes.append(
                    (code, raw, CellError("formula-no-value", convert.UNCOMPUTED_HINT)))
            else:
                try:
                    value = parse(cell)
                except CellError as error:
                    failed_codes.append((code, raw, error))
            parsed.append(value)
        return parsed, blank_codes, failed_codes

    def _prepare(self, raw: Any, lookup: dict[str, str]) -> Any:
        """Apply blank_values and the field's value lookup; None means an empty cell."""
        if isinstance(raw, str):
            text: str | None = raw.strip() or None
        elif isinstance(raw, (dt.date, dt.time, dt.timedelta)):
            return raw
        else:
            text = cell_text(raw) if not isinstance(raw, bool) else str(raw)
        if text is None or text.casefold() in self.blank_values:
            return None
        if lookup and (replaced := lookup.get(text.casefold())) is not None:
            return cell_text(replaced)
        return text if isinstance(raw, str) else raw

    def boolean_column(self, key: str) -> Column | None:
        """A yes/no field's column, blank cells taking the field's default when it has one."""
        setting = self.bound.active.get(key)
        if setting is None:
            return None
        if setting.column is None:
            return self._every_row(setting.default)
        col = self.column(key, setting.column, convert.parse_boolean, "yes or no")
        assert col is not None
        if setting.default is not None:
            col.values = [setting.default if b else v for v, b in zip(col.values, col.blank,
                                                                         strict=True)]
        return col

    def _every_row(self, value: bool) -> Column:
        """A yes/no field the mapping gives by its default alone: one value on every row,
        read from no column (so no header, and no cell to report)."""
        return Column(header="", values=[value] * self.n, blank=np.zeros(self.n, dtype=bool),
                      failed_texts={}, codes=np.zeros(self.n, dtype=np.intp),
                      distinct=[value], cells=[value])


def _serves(lookup: dict[str, str], uniques: Any) -> bool:
    """Whether a field's `values` read some cell of a column (its distinct cells)."""
    return bool(lookup) and any(_among(cell, lookup) for cell in uniques)


def _among(cell: Any, lookup: dict[str, str]) -> bool:
    if isinstance(cell, (dt.date, dt.time, dt.timedelta)):
        return False  # a workbook's date or time cell is read as it is, never looked up
    text = cell_text(cell)
    return isinstance(text, str) and text.strip().casefold() in lookup


def combined_codes(code_arrays: list[Codes], n: int) -> Codes:
    """One code per row naming its combination of the columns' codes, numbered as first seen."""
    combined: Codes = np.zeros(n, dtype=np.intp)
    for codes in code_arrays:
        width = int(codes.max(initial=-1)) + 2  # codes run from -1 (blank) up
        # Re-coding after each column keeps the numbers below n * width: no overflow.
        combined = pd.factorize(combined.astype(np.int64) * width + (codes + 1))[0]
    return combined


def seconds_of(moments: np.ndarray[Any, Any]) -> np.ndarray[Any, np.dtype[np.float64]]:
    """POSIX seconds of each aware datetime (NaN for None), each distinct object once."""
    codes, uniques = pd.factorize(moments, use_na_sentinel=True)
    seconds = np.array([moment.timestamp() for moment in uniques] + [np.nan])
    return seconds[codes]


def positions_by_code(codes: np.ndarray[Any, Any], wanted: list[int]) -> dict[int, list[int]]:
    """Row positions of each wanted factor code, in one pass however many codes there are."""
    grouped: dict[int, list[int]] = {code: [] for code in wanted}
    if wanted:
        positions = np.flatnonzero(np.isin(codes, wanted))
        for pos, code in zip(positions.tolist(), codes[positions].tolist(), strict=True):
            grouped[code].append(pos)
    return grouped


def joined_rooms(rooms: Column, places: Sequence[Column]) -> Column:
    """Each row's rooms named with its names in `places` (a festival's venue): 'Main Hall,
    Town Theatre'. A blank place leaves the room alone, a blank room names the place alone.
    Each distinct pairing of cells is joined once."""
    codes = combined_codes([rooms.codes, *(place.codes for place in places)], len(rooms.codes))
    first = np.unique(codes, return_index=True)[1].tolist()  # a row of each pairing
    distinct = [_room_names(rooms.values[pos], [place.values[pos] for place in places])
                for pos in first]
    blank = np.fromiter((names is None for names in distinct), dtype=bool, count=len(distinct))
    codes = np.where(blank[codes], -1, codes)
    values = [None if code < 0 else distinct[code] for code in codes.tolist()]
    return Column(rooms.header, values, codes == -1, {}, codes, distinct,
                  [None if names is None else "; ".join(names) for names in distinct])


def _room_names(rooms: tuple[str, ...] | None,
                places: Sequence[tuple[str, ...] | None]) -> tuple[str, ...] | None:
    where = ROOM_JOINER.join(name for names in places for name in names or ())
    if not rooms:
        return (where,) if where else None
    return tuple(f"{room}{ROOM_JOINER}{where}" for room in rooms) if where else rooms


def clean_text(cell: Any) -> str:
    if type(cell) is str:
        return " ".join(cell.split())  # split() drops the ends as strip() would
    return " ".join(str(cell_text(cell)).split())


def names_parser(separator: str) -> Parser:
    return lambda cell: convert.split_names(cell_text(cell), separator)


def _reads_with(parse: Parser) -> Callable[[str], bool]:
    """Whether a text reads by a column's parser: to offer a fix only where it reads."""
    def reads(text: str) -> bool:
        try:
            parse(text)
        except CellError:
            return False
        return True
    return reads


def cell_said(cell: Any) -> str | None:
    """A cell as a message quotes it: its text without the spaces around it (a cell
    padded to a column's width quoted whole runs on over a line), cut to VALUE_CHARS."""
    return value_text(cell_text(cell))


def value_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, (dt.date, dt.time)):
        text = value.isoformat()
    elif isinstance(value, dt.timedelta):  # a workbook [h]:mm cell: shown as Excel shows it
        text = cell_text(value) or ""
    else:
        text = str(value)
    return shortened(text, VALUE_CHARS)


def _lengths_outnumber_times(field_key: str, uniques: Any,
                             failed_codes: list[tuple[int, Any, CellError]],
                             blank_codes: list[int]) -> bool:
    """An end column mostly of lengths ('85 min', a running time's): '12h70' among '12h30's
    is an end time mistyped, which parse_duration reads as a length too. Distinct cells."""
    if field_key != "end" or not failed_codes:
        return False
    lengths = sum(problem.code == "bad-time" and _length_with_unit(raw)
                  for _, raw, problem in failed_codes)
    return lengths > len(uniques) - len(failed_codes) - len(blank_codes)  # times read


def _length_with_unit(raw: Any) -> bool:
    """A cell written as a length with its unit ('85 min', '1h30'), as a cinema's running
    times are: no end time mistyped. A plain number may be one, so it is not counted."""
    text = cell_text(raw) or ""
    if not any(char.isalpha() for char in text):
        return False
    try:
        convert.parse_duration(text)
    except CellError:
        return False
    return True


def _length_not_end_message(header: str, raw: Any) -> str:
    """An end time column holding lengths: the fix is the mapping's, not the cell's."""
    return (f"{header!r} has {value_text(raw)!r}, a length rather than an end time: to read "
            f"it as each session's duration, write duration_column = {toml_value(header)} in "
            "place of time_column under [fields.end].")


def _not_fixed_yet_message(header: str, raw: str) -> str:
    """A time cell saying the session has none yet ('TBA'): no typo to correct, so how to
    send the session until it has one."""
    return (f"{header!r} has {raw.strip()!r}, a time not fixed yet: write the time once the "
            f"session has one, or add blank_values = [{toml_value(raw.strip())}] to the mapping "
            "to send it meanwhile as an all-day session on its date.")
