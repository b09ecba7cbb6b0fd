"""Stage 3, validate: sheet rows -> session payloads, or issues saying what to fix.

    report = validate_file("programme.xlsx", mapping="guidebook-template",
                           timezone="America/Chicago")
    report.ok, report.valid, report.with_errors
    for issue in report.issues: print(issue.row, issue.column, issue.code, issue.message)

Every problem of every row is collected in one pass; nothing stops at the first. Work is done
column by column: each distinct cell value is parsed once and mapped back to its rows,
local times are converted once per distinct local time, and the cross-row checks compare
no pairs of rows: duplicate import ids are grouped with pandas, and sessions overlapping in
a room are counted on sorted arrays (see `_checks.py`).
"""

from __future__ import annotations

import datetime as dt
import gc
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from itertools import chain, pairwise, repeat
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import numpy as np
import pandas as pd

from importer import convert, descriptions, zones
from importer._checks import (
    OMIT,
    Mask,
    RoomCells,
    check_duplicate_ids,
    check_room_overlaps,
    derived_id,
    presenter_issue,
    presenter_rows,
    registration_problems,
    repeat_issue,
    repeated_rows,
    shared_id_positions,
)
from importer._code_pages import encoding_json
from importer._columns import (
    Codes,
    Column,
    Parser,
    clean_text,
    combined_codes,
    joined_rooms,
    names_parser,
    positions_by_code,
    value_text,
)
from importer._day_sheets import other_day_rows, small_hours_rows
from importer._header_words import names_session_ids, names_venues
from importer._layout import (
    cancelled_title_message,
    cancelled_titles,
    cells_past_the_header,
    dates_of_sessions,
    empty_day_issue,
    empty_days,
    heading_issue,
    hidden_row_message,
    hidden_row_positions,
    hidden_sheets_warning,
    other_sheets_warning,
    repeated_column_problems,
    repeated_column_rows,
    repeated_header_issue,
    repeated_headers,
    section_headings,
    struck_row_positions,
    units_row_issue,
    units_rows,
    unread_column_warnings,
    untitled_column_warnings,
)
from importer._left_out import (
    how_to_leave_out,
    left_out_issue,
    left_out_presenter_issue,
    mark_out_value,
    marked_rows,
)
from importer._listed_names import listed_cells
from importer._results import PayloadColumns
from importer._stray_quotes import (
    DOUBLE_THE_QUOTES,
    QUOTING_ENDS,
    may_hold_stray_quotes,
    stray_quotes,
)
from importer._timing import SessionTiming
from importer._title_markdown import TitleMarkdown, may_hold_markdown, read_title_markdown
from importer._toml_problems import toml_value
from importer._totals_rows import totals_row_issue, totals_rows
from importer.convert import NIGHT_ENDS, CellError, cell_text
from importer.errors import MappingError
from importer.html import plain_title, split_decoded
from importer.load import (
    Sheet,
    SheetPart,
    column_letter,
    headerless_error,
    load_sheets,
    sheet_place,
)
from importer.mapping import BoundMapping, JoinedColumns, Mapping, bind, load_mapping
from importer.model import RowIssue, RowResult, SessionPayload, row_prefix, row_ref, shortened
from importer.payloads import name_key

__all__ = ["ValidationReport", "validate_file", "validate_sheet"]


# A start typed as 1 to 4 o'clock (`1:00`, `4.45`, `1h30`, `1:00 - 2:30`, a bare `2` among
# times with minutes): without am or pm it is read at night, where a sheet on the 12-hour
# clock means the afternoon. Not `02:30`: no 12-hour clock writes the hour's 0.
NIGHT_HOUR = re.compile(r"\s*[1-4]\s*(?:[:.hu]|$)")
# A time only the 24-hour clock has (`14:00`, `19.30`, `9:00 - 17:00`): a column holding one,
# and no am or pm, keeps that clock, and its 1:00 to 4:59 are at night as written.
AFTERNOON_HOUR = re.compile(r"(?<!\d)(?:1[3-9]|2[0-3])\s*[:.hu]\s*\d{2}")
NIGHT_BEGINS = dt.time(1)
# A start written as 12 o'clock am (`12:00 AM`, `12 a.m.`): midnight, and most often typed for
# noon, as `11:00 AM - 12:00 AM` is (refused, as it ends before it starts).
MIDNIGHT_AS_12 = re.compile(r"(?<![\d:.])12(?:[:.][0-5]\d){0,2}\s*a\.?\s?m\b", re.IGNORECASE)


def _title(cell: Any) -> str:
    """A title cell as the app shows it: plain text, its HTML tags and references read."""
    text = clean_text(cell)
    if "<" not in text and "&" not in text:
        return text
    title = plain_title(text)[0].strip()  # '&nbsp;' leaves a no-break space
    if not title:
        raise CellError("missing-required", "read as HTML it has no words; type the title")
    return title


def _title_part(cell: Any) -> str | None:
    """A cell of a joined title: one that, read as HTML, holds no words ('&nbsp;', '<br>', a
    web page's empty cell) gives no part, as a blank does; the others make the title."""
    try:
        return _title(cell)
    except CellError:
        return None


def _no_part_in(names: Column) -> np.ndarray[Any, np.dtype[np.bool_]]:
    """The rows a joined title's column gives no part: blank, or no words; not a cell told
    of as unreadable already (#N/A)."""
    empty = np.fromiter((value is None for value in names.values), dtype=bool,
                        count=len(names.values))
    for positions in names.failed_texts.values():
        empty[positions] = False
    return empty


def _markdown_message(header: str, cell: Any, markdown: TitleMarkdown,
                      fallback: bool = False) -> str:
    """The markdown-in-title warning: what the title now reads, and where a link's address,
    which the app does not show, can go. `fallback`: the cell gives a blank title's text."""
    whose = ", the title of a row whose own is blank" if fallback else ""
    said = (f"{header!r} has {clean_text(cell)!r}{whose}: a title shows as plain text in the "
            "app, so ")
    if not markdown.addresses:
        return (said + "its Markdown bold marks were taken out, leaving "
                f"{markdown.title!r}; check it reads right.")
    return said + f"its Markdown was read, leaving {markdown.title!r}; " + _link_advice(markdown)


def _link_advice(markdown: TitleMarkdown) -> str:
    return (f"the app does not show the link's address ({', '.join(markdown.addresses)}): put "
            "it in the description if attendees need it.")


def _struck_title_message(header: str, written: str, markdown: TitleMarkdown,
                          says_cancelled: bool, leave_out: str) -> str:
    """The cancelled-title warning of a title struck through in Markdown ('~~Panel~~'): the
    app shows no strike, so attendees see it cancelled only if its words say so. One
    warning, also for a title saying 'CANCELLED' as well, and for a link in it."""
    keep = ("or keep it to show attendees it is cancelled" if says_cancelled else
            "or write 'Cancelled' in the title to show attendees it is")
    links = f" In it, {_link_advice(markdown)}" if markdown.addresses else ""
    return (f"{header!r} has {written!r}, struck through, as a cancelled session's title "
            f"often is, yet it is imported like every other row, as {markdown.title!r} (the "
            f"app shows no strike); to leave the session out, {leave_out} (and run with "
            f"--prune to take it out of the app), {keep}.{links}")


_QUOTE_AFTER_SPACE = re.compile(r'\s+"')


def _why_cells_spilled(row: pd.Series, delimiter: str) -> tuple[str, str]:
    """What most likely cut a CSV row past its header, and the fix. A quote left among the
    cells was opened after a space (`, "Smith, J"`), which CSV does not read as quoting, or
    was typed inside a quoted cell without being doubled (`"Mitch "Duckman" Peters, Ann"`),
    which ends the quoting there: that cell keeps the quote after it."""
    if any(_QUOTE_AFTER_SPACE.match(value_text(cell) or "") for cell in row.tolist()):
        return (f'a cell in double quotes after a space (, "...") is not read as quoted, so a '
                f"{delimiter} inside it", "Remove the space before its opening quote")
    kept = next(((name, text) for name, cell in row.items()
                 if '"' in (text := value_text(cell) or "")), None)
    if kept is not None:
        return (f"{kept[0]!r} has {kept[1]!r}: {QUOTING_ENDS}, so a {delimiter} after it",
                DOUBLE_THE_QUOTES)
    return (f"a cell holding a {delimiter} was probably not quoted, so it",
            "Put that cell in double quotes")


def _wrapped_name(cell: Any, separator: str, known: set[str], alone: set[str]) -> str | None:
    """The name a cell's line break most likely wraps: two lines that, joined, make a name
    the column holds on one line, or a line going on in lower case or in brackets
    ('and Terrace', '(Level 2)') that the column never holds as a name alone."""
    text = cell_text(cell) or ""
    if "\n" not in text:
        return None
    lines = [" ".join(part.split()) for part in split_decoded(text, separator)
             if part.strip()]
    for before, after in pairwise(lines):
        joined = f"{before} {after}"
        if joined.casefold() in known or (
                (after[0].islower() or after[0] == "(") and after.casefold() not in alone):
            return joined
    return None


def _field_word(key: str) -> str:
    """What a names field's warnings call one of its names."""
    return "track" if key == "schedule_tracks" else "room"


def _stripped(cell: Any) -> str:
    return (cell_text(cell) or "").strip()


def _as_written(titles: Column) -> list[Any]:
    """Each row's title as the sheet writes it, before its tags and references were read:
    what an id derived from the title was made from, before they were."""
    written = [None if read is None else clean_text(cell)
               for cell, read in zip(titles.cells, titles.distinct, strict=True)]
    if written == titles.distinct:
        return titles.values
    return [written[code] if code >= 0 else None for code in titles.codes.tolist()]


@dataclass(frozen=True, slots=True)
class SheetRead:
    """A workbook sheet a run read: its name, header row and records. A cron job's admin
    checks the list to see that a new day's tab was (or was not) taken in."""

    name: str
    header_row: int
    rows_read: int
    header_rows: int = 1  # 2 for a header written on two rows, from header_row on

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "header_row": self.header_row,
                "header_rows": self.header_rows, "rows_read": self.rows_read}


@dataclass
class ValidationReport:
    """What validation made of a sheet: one RowResult per record, plus sheet-level issues."""

    source: str
    sheet_name: str | None
    header_row: int
    mapping_name: str
    timezone: str
    rows: list[RowResult]
    sheet_issues: list[RowIssue] = field(default_factory=list)
    # Several sheets read as one: each one's name, header row and records (else empty).
    sheets: list[SheetPart] = field(default_factory=list)
    # Each field's (first) column as the sheet heads it: 'locations' -> 'Room/Location'. The
    # planner's issues name their column with it, as the validator's do.
    headers: dict[str, str] = field(default_factory=dict)
    header_rows: int = 1  # 2 for a header written on two rows, from header_row on
    # With leave_out, its column's header and the value that marks a cancelled row out.
    leave_out_mark: tuple[str, str] | None = None
    encoding: str | None = None  # a CSV's, as read ('cp1250'); None for a workbook
    # The workbook's other tabs with these columns, left unread as no --sheet was given (the
    # other-sheets warning): their sessions are in no row read.
    other_sheets: list[str] = field(default_factory=list)

    @property
    def issues(self) -> list[RowIssue]:
        return [*self.sheet_issues, *(issue for row in self.rows for issue in row.issues)]

    @property
    def rows_read(self) -> int:
        return len(self.rows)

    def sheets_read(self) -> list[SheetRead]:
        """The sheets behind this validation: each of several read as one, the one read, or
        none (a CSV file has no sheets)."""
        if self.sheets:
            return [SheetRead(part.name, part.header_row, part.records, part.header_rows)
                    for part in self.sheets]
        if self.sheet_name is None:
            return []
        return [SheetRead(self.sheet_name, self.header_row, self.rows_read, self.header_rows)]

    @property
    def blocked(self) -> bool:
        """A sheet-wide error (dates that read both ways) may have misread any row, so no
        row counts as valid and no payload is handed out until it is fixed; each row's own
        `payload` still shows how it read."""
        return any(issue.severity == "error" for issue in self.sheet_issues)

    @property
    def valid(self) -> int:
        if self.blocked:
            return 0
        return sum(not row.has_errors and not row.skipped for row in self.rows)

    @property
    def skipped(self) -> int:
        """Rows read as no session: section headings, unscheduled rows, repeated rows."""
        return sum(row.skipped for row in self.rows)

    @property
    def with_errors(self) -> int:
        return sum(row.has_errors for row in self.rows)

    @property
    def with_warnings(self) -> int:
        return sum(row.has_warnings for row in self.rows)

    @property
    def sheet_warnings(self) -> int:
        """Warnings on the sheet or mapping rather than a row (derived-import-id), which
        `with_warnings`, a count of rows, leaves out."""
        return sum(issue.severity == "warning" for issue in self.sheet_issues)

    @property
    def ok(self) -> bool:
        return not self.blocked and self.with_errors == 0

    @property
    def payloads(self) -> list[SessionPayload]:
        """Every valid row's payload, built now if not read before; none while blocked."""
        if self.blocked:
            return []
        with _garbage_collection_paused():
            return [payload for row in self.rows if (payload := row.payload) is not None]

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "sheet_name": self.sheet_name,
            "header_row": self.header_row,
            "header_rows": self.header_rows,
            **({"sheets": [sheet.to_dict() for sheet in self.sheets_read()]}
               if self.sheets else {}),
            "mapping": self.mapping_name,
            "timezone": self.timezone,
            **encoding_json(self.encoding),
            "ok": self.ok,
            "rows_read": self.rows_read,
            "valid": self.valid,
            "with_errors": self.with_errors,
            "with_warnings": self.with_warnings,
            "skipped": self.skipped,
            "sheet_warnings": self.sheet_warnings,
            "sheet_issues": [issue.to_dict() for issue in self.sheet_issues],
            "rows": [_row_json(row, self.blocked) for row in self.rows],
        }


def _row_json(row: RowResult, blocked: bool) -> dict[str, Any]:
    payload = None if blocked else row.payload
    return {
        **({"sheet": row.sheet} if row.sheet is not None else {}),
        "row": row.row,
        "name": row.name,
        "import_id": row.import_id,
        "status": "skipped" if row.skipped else "error" if row.has_errors else (
            "blocked" if blocked else "warning" if row.has_warnings else "ok"),
        "issues": [issue.to_dict() for issue in row.issues],
        "payload": None if payload is None else payload.model_dump(
            mode="json", include=set(payload.model_fields_set)),
    }


def validate_file(
    path: str | Path,
    *,
    mapping: Mapping | str | Path | None = None,
    sheet: str | int | Sequence[str | int] | None = None,
    timezone: str | None = None,
) -> ValidationReport:
    """Load `path` and validate it; timezone defaults to the mapping's, else UTC (with a
    warning saying so: plan and run would read the times in the guide's timezone).
    `sheet`: a sheet's name or number, a list of them, or ["all"]: see `load_sheets`."""
    if not isinstance(mapping, Mapping):
        mapping = load_mapping(mapping)
    assumed = not (timezone or mapping.timezone)
    timezone = timezone or mapping.timezone or "UTC"
    timezone = zones.resolve_timezone(timezone).key  # a wrong name fails before any read
    loaded = load_sheets(path, sheet, expected_columns=mapping.expected_columns(),
                         required_columns=mapping.required_columns(),
                         header_names=mapping.required_columns())
    return validate_sheet(loaded, mapping, timezone, timezone_assumed=assumed)


def validate_sheet(sheet: Sheet, mapping: Mapping, timezone: str, *,
                   timezone_assumed: bool = False) -> ValidationReport:
    """Validate a loaded sheet against `mapping`, reading local times in `timezone`.
    `timezone_assumed`: nobody gave it; say so if the sheet has local times to read."""
    where = sheet_place(sheet)
    try:
        bound = bind(mapping, sheet.columns, source=where, sheet_path=str(sheet.path))
    except MappingError as unfit:
        # Checked only now: a sheet the mapping fits costs nothing.
        raise headerless_error(sheet, mapping.expected_columns(), where,
                               mapping.required_columns()) or unfit from None
    zone = zones.resolve_timezone(timezone)
    validation = _SheetValidation(sheet, bound, zone)
    with _garbage_collection_paused():
        rows, sheet_issues = validation.run()
    if timezone_assumed and validation.read_local_times:
        sheet_issues.append(RowIssue(
            None, None, None, "timezone-assumed", "warning",
            "No timezone was given, so the sheet's times were read as UTC. Give the one "
            "they are in with --timezone (e.g. America/Chicago), or `timezone` in the mapping "
            "or gbimport.toml; plan and run read them in the guide's timezone."))
    if mapping.passed_over:
        sheet_issues.append(RowIssue(None, None, None, "same-name-mapping", "warning",
                                     mapping.passed_over))
    return ValidationReport(
        source=str(sheet.path),
        sheet_name=sheet.sheet_name,
        header_row=sheet.header_row,
        header_rows=sheet.header_rows,
        mapping_name=mapping.name,
        timezone=zone.key,
        rows=rows,
        sheet_issues=sheet_issues,
        sheets=sheet.parts,
        headers=field_headers(mapping, bound),
        leave_out_mark=leave_out_mark(bound),
        encoding=sheet.encoding,
        other_sheets=sheet.similar_sheets,
    )


def leave_out_mark(bound: BoundMapping) -> tuple[str, str] | None:
    """With leave_out, the sheet's header of its column and the value to offer for a
    cancelled session ('Status', 'Cancelled'), as messages tell how to leave a row out."""
    header, setting = bound.leave_out_header, bound.mapping.leave_out
    return None if header is None or setting is None else (
        header, mark_out_value(setting.values))


def field_headers(mapping: Mapping, bound: BoundMapping) -> dict[str, str]:
    """Each mapped field's first column, as the sheet heads it, for fields the sheet has."""
    headers = {}
    for key, setting in mapping.fields:
        columns = setting.columns() if setting is not None else []
        if columns and (header := bound.header(columns[0])):
            headers[key] = header
    return headers


@contextmanager
def _garbage_collection_paused() -> Iterator[None]:
    """Pause the cyclic GC while building one object per row (results, then payloads).

    Validation allocates a few objects per row and none of them form cycles; at 50,000 rows
    the collector's repeated passes over that growing heap took half of the build time.

    On the way out, everything the young generations hold (the report's objects, all alive)
    is moved to the oldest one, as gc.freeze() then gc.unfreeze() do without scanning.
    Otherwise the first allocation after re-enabling would start a young collection over
    those objects only to find them all alive (about 35 ms for 50,000 payloads), and a
    second one would do the same again before promoting them. Garbage, if any, is still
    found by the next full collection. Skipped when the program froze objects itself (before
    forking workers, say): unfreeze() would thaw those too.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            if gc.get_freeze_count() == 0:
                gc.freeze()
                gc.unfreeze()
            gc.enable()


# Fields of one value a cell: how a cell is read, what it should be, and what a blank cell
# sends. A blank capacity is null, no limit (as a blank registration date is no window); a
# blank rank or image is left out, so the guide keeps its own (mappings/README.md, Blank cells).
_ONE_VALUE_FIELDS: tuple[tuple[str, Parser, str, Any], ...] = (
    ("rank", convert.parse_float, "a number", OMIT),
    ("max_capacity", convert.parse_count, "a capacity", None),
    ("image", clean_text, "", OMIT),
)


# ---------------------------------------------------------------------------- the run


@dataclass
class AddedParagraph:
    """An added paragraph of the description as read: its label, its column (for a joined
    one, made of its columns' cells joined) and the sheet's headers it is read from."""

    label: str
    column: Column
    headers: list[str]
    joined: bool = False


class _SheetValidation(SessionTiming):
    """The state of one validation run; `run` returns the row results and sheet issues."""

    def __init__(self, sheet: Sheet, bound: BoundMapping, zone: ZoneInfo) -> None:
        super().__init__(sheet, bound, zone)
        self.sheet = sheet
        self.room_column: Column | None = None
        # The rooms as the room column names them, where the mapping joins a venue to them.
        self.rooms_alone: Column | None = None
        self.titles_as_written: list[Any] = []  # what derived ids are made from
        # Titles struck through in Markdown ('~~Panel~~'), by position: warned of as cancelled.
        self.struck_titles: dict[int, TitleMarkdown] = {}
        # The description column, and each added paragraph's column with its label, as read.
        self.main_description: Column | None = None
        self.added_columns: list[AddedParagraph] = []
        # Each fill_down column's blank cells that took the one above: header -> the
        # position each row's value came from (-1 where the row's own cell was used).
        self.filled_from: dict[str, list[int]] = {}
        # Rows skipped for a blank_values word in the date ('TBA') beside a written time.
        self.undated: Mask = np.zeros(0, dtype=bool)
        # The first row when it gives the columns' units, the times' zone ('(CEST)').
        self.units: Mask = np.zeros(0, dtype=bool)
        # Rows writing the header again, above each day's table of a pasted programme.
        self.headers_again: Mask = np.zeros(0, dtype=bool)
        # The last row when it is the sheet's totals ('Total' and a count).
        self.totals: Mask = np.zeros(0, dtype=bool)
        # The notes of one cell under it, told in its warning rather than each on its own.
        self.foot_notes: Mask = np.zeros(0, dtype=bool)
        # Rows the leave_out column marks as out ('Cancelled'): no session, no checks.
        self.marked_out: Mask = np.zeros(0, dtype=bool)
        # Of those, co-presenters' rows (the id and speaker cells alone) -> their session's row.
        self.out_with_session: dict[int, int] = {}

    # -- the run

    def run(self) -> tuple[list[RowResult], list[RowIssue]]:
        self._check_sheet_layout()
        out = self.marked_out = self._marked_out_rows()
        # A date alone is a day's row (a day with nothing on, or a heading for that day's
        # sessions), which says more than calling it a heading to give a date and times.
        days = empty_days(self.sheet, self._date_header()) & ~out
        # A row of units under the header ('(CEST)' in a times column) is no session either,
        # nor is one of hints ('(hh:mm)' under the start, '(mm/dd/yyyy)' under the date).
        self.units = units_rows(self.sheet, self._time_headers(), self._date_header())
        # Nor is a totals row at the foot ('Total' beside a count).
        totals, notes = totals_rows(self.sheet, self._time_headers())
        self.totals, self.foot_notes = totals & ~out, notes & ~out
        # Nor is the header written again over the next day's table.
        self.headers_again = repeated_headers(self.sheet, self._start_headers())
        headings = (section_headings(self.sheet, out) | self.units | self.totals
                    | self.foot_notes | self.headers_again) & ~days & ~out
        # A talk with no slot yet is unscheduled by its own cells, not given the date above.
        unscheduled = self._unscheduled_rows() & ~headings & ~days & ~out
        alone = self._added_cells_alone()  # the row's own cells, before fill_down
        self._fill_down(headings)
        self.undated = self._undated_rows() & ~headings & ~days & ~unscheduled & ~out
        unscheduled |= self.undated
        skipped = headings | days | unscheduled | out  # rows that are no session (yet)
        self._warn_hidden_rows(skipped)
        self._warn_struck_rows(skipped)
        fields = self._read_fields(headings | days | out)
        self._warn_of_cancelled_titles(fields["name"], skipped)
        fields["import_id"] = self._row_import_ids(fields, skipped)
        presenters = presenter_rows(fields["import_id"], alone & ~headings, skipped & ~out)
        # A co-presenter's row, its Status blank as the export leaves it, goes with its session.
        self.out_with_session = {pos: first for pos, first in presenters.items()
                                 if out[first] and not out[pos]}
        if self.out_with_session:
            out = self.marked_out = out.copy()
            out[list(self.out_with_session)] = True
        unscheduled[list(presenters)] = False  # a presenter's row has no start of its own
        repeats = self._check_shared_ids(fields["import_id"], skipped, presenters)
        added = self._list_added_values(fields, repeats)
        added.update((pos, self._filled_added(pos)) for pos in presenters)
        repeated = np.zeros(self.n, dtype=bool)
        repeated[list(repeats)] = True
        self._check_room_overlaps(also_skip=repeated | out)
        self._say_where_filled_from()
        return (self._results(fields, headings, days, unscheduled, repeats, added, presenters),
                self.sheet_issues)

    def _fill_down(self, headings: Mask) -> None:
        """The mapping's fill_down columns: a blank cell takes the one above it on its tab
        (a date typed on each day's first row). Section headings neither take nor give; a
        day's own row (a date alone) gives its date to the sessions under it."""
        headers = self.bound.fill_down_headers()
        if not headers:
            return
        frame = self.frame.copy()
        tabs = pd.Series([sheet or "" for sheet in self.row_sheets], index=frame.index)
        for header in headers:
            given = frame[header].mask(headings)
            frame[header] = given.groupby(tabs, sort=False).ffill().where(
                ~headings, frame[header])
            own = pd.Series(np.where(given.notna(), np.arange(self.n), np.nan),
                            index=frame.index)
            source = own.groupby(tabs, sort=False).ffill()
            self.filled_from[header] = np.where(
                given.isna() & source.notna() & ~headings, source.fillna(-1), -1
            ).astype(int).tolist()
        self.frame = frame
        self.sheet = replace(self.sheet, frame=frame)
        self._cells.clear()

    def _say_where_filled_from(self) -> None:
        """An issue on a cell that fill_down filled quotes a value the row's own (blank) cell
        does not hold: say which row it came from, where it is to be fixed. So does an issue
        on another cell whose message quotes the filled one (an end date before the session's
        date in 'Date' ('2027-05-11', filled down from row 2))."""
        for header, sources in self.filled_from.items():
            for pos, issues in self.issues.items():
                if sources[pos] >= 0:
                    source = self.row_numbers[sources[pos]]
                    issues[:] = [self._noted_filled(issue, header, pos, source)
                                 for issue in issues]

    def _noted_filled(self, issue: RowIssue, header: str, pos: int, source: int) -> RowIssue:
        """The issue, its quote of the filled cell `header` saying it came from row
        `source`: the cell's own issue names it first; another's where it quotes its value."""
        said, where = f"{header!r} ", f"{header!r} (filled down from row {source}) "
        if issue.column == header:
            prefix = row_prefix(self.row_numbers[pos], self.row_sheets[pos])
            message = prefix + issue.message.removeprefix(prefix).replace(said, where, 1)
        else:
            written = self._written(header, pos)
            message = issue.message.replace(f"{said}has ", f"{where}has ", 1).replace(
                f"{header!r} ({written})",
                f"{header!r} ({written}, filled down from row {source})", 1)
        return replace(issue, message=message)

    def _time_headers(self) -> list[str]:
        """The columns the start's and the end's times are read from."""
        start, end = self.mapping.fields.start, self.mapping.fields.end
        written = (start.time_column or start.column,
                   (end.time_column or end.column) if end else None)
        return [header for name in dict.fromkeys(written)
                if (header := self.bound.header(name)) is not None]

    def _start_headers(self) -> list[str]:
        """The columns the start's date and time are read from."""
        start = self.mapping.fields.start
        return [header for name in dict.fromkeys((start.column, start.date_column,
                                                  start.time_column))
                if (header := self.bound.header(name)) is not None]

    def _date_header(self) -> str | None:
        """The column holding each row's date (or date and time), when the sheet has one."""
        start = self.mapping.fields.start
        return self.bound.header(start.date_column or start.column)

    def _check_sheet_layout(self) -> None:
        """What is wrong with the sheet's shape rather than a row's values: repeated or
        untitled columns, columns nobody reads, other or hidden tabs, cells past the header."""
        self.sheet_issues += repeated_column_problems(self.sheet, self.bound.headers.values())
        for pos, header, message in repeated_column_rows(self.sheet, self.bound.headers.values()):
            self.add(pos, header, None, "repeated-column", message)
        self.sheet_issues += other_sheets_warning(self.sheet)
        self.sheet_issues += hidden_sheets_warning(self.sheet)
        self.sheet_issues += unread_column_warnings(self.sheet, self.bound)
        self.sheet_issues += untitled_column_warnings(self.sheet, self.bound.headers.values())
        self._check_cells_past_the_header()

    def _read_fields(self, headings: Mask) -> dict[str, list[Any]]:
        """Every mapped field but the import id, as per-row values, each column checked."""
        fields: dict[str, list[Any]] = {"name": self._titles()}
        fields.update(self.read_timing(headings))
        fields.update(self._optional_fields())
        self._check_shown_text()
        self._check_registration(fields)
        start = self.mapping.fields.start
        # A start written past midnight (25:00) is on the next date by its own say, on the
        # programme of the day before: no warning of it on that day's sheet.
        said = self.errors | self.late_starts
        said = said | self._warn_of_midnight_starts(fields)  # its own advice, not a next day's
        for pos, day, message in other_day_rows(self.sheet, fields["start_time"], self.zone,
                                                self.errors, self.late_starts):
            self.add(pos, self.bound.header(start.date_column or start.column), day,
                     "wrong-day-sheet", message, "warning")
        if start.dates_from_sheets():
            for pos, day, message in small_hours_rows(self.sheet, fields["start_time"],
                                                      fields["all_day"], self.zone,
                                                      said,
                                                      one_date=start.date is not None):
                self.add(pos, self.bound.header(start.time_column), day, "wrong-day-sheet",
                         message, "warning")
        else:
            self._warn_of_night_starts(fields["start_time"], fields["all_day"])
        return fields

    def _titles(self) -> list[Any]:
        """Each row's title; a blank one takes the fallback column's text, if the mapping
        names one, as sent (a derived id is made from it, as from a title typed in)."""
        setting = self.mapping.fields.name
        if setting.join:
            return self._joined_titles(setting.join, setting.separator)
        fallback = setting.fallback_column
        names, self.titles_as_written = self._title_column(setting.column,
                                                           required=fallback is None)
        header = self.bound.header(fallback)
        if header is None or not names.blank.any():
            return names.values
        values = list(names.values)
        written = values if self.titles_as_written is names.values else list(
            self.titles_as_written)
        for pos in np.flatnonzero(names.blank).tolist():
            try:
                title = self._fallback_title(header, pos)
            except CellError as no_title:
                title = None
                self.add(pos, names.header, None, "missing-required",
                         f"{names.header!r} is empty, and {header!r}, whose text a blank title "
                         f"takes, {no_title.hint}.")
            else:
                if title is None:
                    self.add(pos, names.header, None, "missing-required",
                             f"{names.header!r} and {header!r} are both empty; every session "
                             "needs a title. Fill in either.")
                else:
                    self._warn_of_tags_in_fallback(header, pos, title)
            written[pos] = values[pos] = title
            if title is not None and may_hold_markdown(title):
                values[pos] = self._read_markdown_in_fallback(header, pos, title)
        self.titles_as_written = written
        return values

    def _title_column(self, column: str | None, required: bool,
                      parse: Parser = _title) -> tuple[Column, list[Any]]:
        """A column of titles read as the app shows them, and as the sheet writes them."""
        names = self.column("name", column, parse, "a title", required=required)
        assert names is not None  # the mapping's title columns are required
        self._warn_of_tags_in_titles(names)
        written = _as_written(names)
        return self._read_markdown_in_titles(names), written

    def _joined_titles(self, columns: list[str], separator: str) -> list[Any]:
        """Each row's title made of the non-blank cells of `columns`, in order ('Russia vs
        Saudi Arabia'); a row blank in all of them has none. Each distinct pairing is
        joined once, as rooms with their venues are."""
        parts = [self._title_column(column, required=False, parse=_title_part)
                 for column in columns]
        codes = combined_codes([names.codes for names, _ in parts], self.n)
        first = np.unique(codes, return_index=True)[1].tolist()  # a row of each pairing

        def joined(texts: Sequence[Any]) -> str | None:
            return separator.join(text for text in texts if text) or None

        read = [joined([names.values[pos] for names, _ in parts]) for pos in first]
        written = [joined([as_written[pos] for _, as_written in parts]) for pos in first]
        self._say_joined_titles_missing([names for names, _ in parts])
        self.titles_as_written = [written[code] for code in codes.tolist()]
        return [read[code] for code in codes.tolist()]

    def _say_joined_titles_missing(self, parts: list[Column]) -> None:
        headers = [names.header for names in parts]
        said = f"{', '.join(map(repr, headers[:-1]))} and {headers[-1]!r}"
        both = "both" if len(headers) == 2 else "all"
        blank = np.logical_and.reduce([_no_part_in(names) for names in parts])
        for pos in np.flatnonzero(blank).tolist():
            self.add(pos, headers[0], None, "missing-required",
                     f"{said} are {both} empty; every session needs a title, made of their "
                     "cells joined. Fill in one of them.")

    def _fallback_title(self, header: str, pos: int) -> str | None:
        """The title a row's fallback cell gives: None when it is blank. One holding no text
        (a formula's error, a cell of tags alone) raises CellError saying what it holds, as
        the title's own issue."""
        cell = self._prepare(self.cell(header, pos), self._lookup("name"))
        if cell is None:
            return None
        if type(cell) is convert.UncomputedFormula:
            raise CellError("formula-no-value",
                            f"has the formula {cell} but {convert.UNCOMPUTED_HINT}")
        if isinstance(cell, str) and cell in convert.FORMULA_ERRORS:
            raise CellError("formula-error", f"shows {cell}: {convert.FORMULA_ERROR_HINT}")
        try:
            return _title(cell)
        except CellError as error:
            raise CellError(error.code, f"has {value_text(cell)!r}: {error.hint}") from None

    def _warn_of_tags_in_fallback(self, header: str, pos: int, title: str) -> None:
        """A blank title's fallback cell with HTML tags loses them as a title's own would."""
        cell = self.cell(header, pos)
        if isinstance(cell, str) and "<" in cell and plain_title(clean_text(cell))[1]:
            self.add(pos, header, cell, "html-in-title", (
                f"{header!r} has {clean_text(cell)!r}, the title of a row whose own is blank: "
                "a title shows as plain text in the app, so its HTML tags were taken out, "
                f"leaving {title!r}; check it reads right."), "warning")

    def _read_markdown_in_titles(self, names: Column) -> Column:
        """Titles holding Markdown ('[Keynote](https://...)', '**Keynote**', from a site's data
        file) read as the app shows them, plain text, with a warning. A sheet none of whose
        titles holds `](`, `**` or `__` is given up on at one test of them joined."""
        if not may_hold_markdown("\n".join(filter(None, names.distinct))):
            return names
        read = {code: markdown for code, title in enumerate(names.distinct)
                if title is not None and may_hold_markdown(title)
                and (markdown := read_title_markdown(title)).read}
        if not read:
            return names
        distinct = list(names.distinct)
        for code, positions in positions_by_code(names.codes, list(read)).items():
            distinct[code] = read[code].title
            if read[code].struck:  # said with the cancelled titles, once a row
                self.struck_titles.update(dict.fromkeys(positions, read[code]))
                continue
            message = _markdown_message(names.header, names.cells[code], read[code])
            for pos in positions:
                self.add(pos, names.header, names.cells[code], "markdown-in-title", message,
                         "warning")
        by_code = np.fromiter(chain(distinct, [None]), dtype=object, count=len(distinct) + 1)
        return replace(names, values=by_code[names.codes].tolist(), distinct=distinct)

    def _read_markdown_in_fallback(self, header: str, pos: int, title: str) -> str:
        """A blank title's fallback cell holding Markdown reads as a title's own would."""
        markdown = read_title_markdown(title)
        if markdown.struck:
            self.struck_titles[pos] = markdown
        elif markdown.read:
            cell = self.cell(header, pos)
            self.add(pos, header, cell, "markdown-in-title",
                     _markdown_message(header, cell, markdown, fallback=True), "warning")
        return markdown.title

    def _warn_of_tags_in_titles(self, names: Column) -> None:
        """A title holding HTML tags ('<i>Drosophila</i> genetics', from a web page): the app
        shows titles as plain text, so the tags were taken out; the emphasis is lost."""
        tagged = [code for code, cell in enumerate(names.cells)
                  if isinstance(cell, str) and "<" in cell and plain_title(clean_text(cell))[1]
                  and names.distinct[code] is not None]
        for code, positions in positions_by_code(names.codes, tagged).items():
            for pos in positions:
                self.add(pos, names.header, names.cells[code], "html-in-title", (
                    f"{names.header!r} has {clean_text(names.cells[code])!r}: a title shows as "
                    "plain text in the app, so its HTML tags were taken out, leaving "
                    f"{names.distinct[code]!r}; check it reads right."), "warning")

    def _warn_of_night_starts(self, starts: Sequence[Any], all_day: Sequence[Any]) -> None:
        """A start typed without am/pm that reads between 1 and 5 at night ('1:00', '2:30 -
        3:30'): the 24-hour reading is kept, but a sheet on the 12-hour clock means the
        afternoon, and the app would show the session at night. Not on a sheet that shows
        it keeps the 24-hour clock: a start written `02:00`, or a column with a time such as
        `14:00` in it and no am or pm. Tab-dated rows have their own warning
        (small_hours_rows)."""
        header = self.bound.header(self.mapping.fields.start.time_column)
        if header is None:
            return
        codes, cells = self.factorized(header)
        texts = [cell for cell in cells if isinstance(cell, str)]
        if any(AFTERNOON_HOUR.search(text) for text in texts) and not any(
                convert.writes_half_of_day(text) for text in texts):
            return  # the 24-hour clock, which the column keeps throughout: no am or pm in it
        unmarked = [code for code, cell in enumerate(cells)
                    if isinstance(cell, str) and NIGHT_HOUR.match(cell)
                    and not convert.writes_half_of_day(cell)]
        for code, positions in positions_by_code(codes, unmarked).items():
            for pos in positions:
                if starts[pos] is None or all_day[pos] or self.errors[pos]:
                    continue
                local = starts[pos].astimezone(self.zone)
                if not NIGHT_BEGINS <= local.time() < NIGHT_ENDS:
                    continue
                afternoon = f"{local.hour + 12}:{local:%M}"
                self.add(pos, header, cells[code], "night-start", (
                    f"{header!r} has {cells[code]!r}, read as {local:%H:%M} at night on "
                    f"{local:%A} {local.day} {local:%B %Y}: if it is in the afternoon, write "
                    f"{afternoon} or {local.hour}:{local:%M} PM; if it is at night, write "
                    f"{local.hour}:{local:%M} AM to say so."), "warning")

    def _warn_of_midnight_starts(self, fields: dict[str, list[Any]]) -> Mask:
        """A start written `12:00 AM` whose session then runs past noon that day (`12:00 AM -
        1:00 PM`, a 13-hour session from midnight): read as written, but noon was most likely
        meant. A workbook's time cells say nothing of how they were typed: not warned of.
        Returns the rows warned."""
        warned: Mask = np.zeros(self.n, dtype=bool)
        start = self.mapping.fields.start
        header = self.bound.header(start.time_column or start.column)
        if header is None:
            return warned
        codes, cells = self.factorized(header)
        written = [code for code, cell in enumerate(cells)
                   if isinstance(cell, str) and MIDNIGHT_AS_12.search(cell)]
        for code, positions in positions_by_code(codes, written).items():
            for pos in positions:
                begins, ends = fields["start_time"][pos], fields["end_time"][pos]
                if begins is None or ends is None or fields["all_day"][pos] or self.errors[pos]:
                    continue
                begins, ends = begins.astimezone(self.zone), ends.astimezone(self.zone)
                # Read at noon it would end before it starts ('12:00 AM - 12:00 PM'), or it
                # fills the day as all-day events are written in times ('- 11:59 PM'): midnight.
                if begins.hour or ends.date() != begins.date() or \
                        ends <= begins + dt.timedelta(hours=12) or ends.time() >= dt.time(23, 59):
                    continue
                self.add(pos, header, cells[code], "midnight-start", (
                    f"{header!r} has {cells[code]!r}: 12 AM is midnight, so the session runs "
                    f"from {begins:%H:%M} to {ends:%H:%M} on {begins:%A} {begins.day} "
                    f"{begins:%B %Y}. If it starts at noon, write 12:{begins:%M} PM; if at "
                    f"midnight, write 0:{begins:%M} to say so."), "warning")
                warned[pos] = True
        return warned

    def _check_shown_text(self) -> None:
        """The columns the app shows as text (title, description, rooms, tracks): each one's
        distinct cells, joined, are looked at once, as most have nothing to find."""
        shown = {header for key in ("name", "description", "locations", "schedule_tracks")
                 if (setting := self.bound.active.get(key)) is not None
                 for column in setting.columns() if (header := self.bound.header(column))}
        from_csv, quoted = self.sheet.delimiter is not None, False
        for header in (header for header in self.frame.columns if header in shown):
            codes, cells = self.factorized(header)
            texts = [cell if isinstance(cell, str) else "" for cell in cells.tolist()]
            joined = "\n".join(texts)
            if convert.may_be_garbled(joined):
                self._warn_of_garbled_text(header, codes, cells, texts)
            quoted = quoted or (from_csv and may_hold_stray_quotes(joined))
        if quoted:
            self._check_stray_quotes(shown)

    def _check_stray_quotes(self, shown: set[str]) -> None:
        """A CSV cell in quotes with a quote inside it written once (`"The "Best" Talk"`)
        reads as `The Best" Talk"`: an error, as the text meant is not certain (an unquoted
        `"Hamlet" and "Lear"` is written so too)."""
        sheet = self.sheet
        assert sheet.encoding is not None and sheet.delimiter is not None
        header_at = {letter: name for name, letter in sheet.letters.items()}
        position = {row: pos for pos, row in enumerate(self.row_numbers)}
        for quote in stray_quotes(sheet.path, sheet.encoding, sheet.delimiter):
            header = header_at.get(column_letter(quote.column))
            pos = position.get(quote.row)
            if header in shown and pos is not None:
                read = self.cell(header, pos)  # a CSV cell: text, quoted whole around the quote
                self.add(pos, header, read, "stray-quote",
                         quote.message(sheet.column_label(header), str(read)))

    def _warn_of_garbled_text(self, header: str, codes: Codes, cells: Any,
                              texts: list[str]) -> None:
        """Text garbled on its way into the sheet (`Itâ€™s`, `CafÃ©`: UTF-8 read as
        Windows-1252 and saved so) in a column the app shows: sent as written, and said, as
        attendees would read it garbled."""
        garbled = {code: reading for code, cell in enumerate(texts)
                   if (reading := convert.garbling(cell))}
        for code, positions in positions_by_code(codes, list(garbled)).items():
            # A no-break space, part of a garbled 'à', would be quoted as '\xa0', and
            # Latin-1's control characters, which a sheet shows as nothing, as '\x80'.
            word, meant = (re.sub("[\x80-\x9f]", "", text.replace("\xa0", " "))
                           for text in garbled[code][:2])
            for pos in positions:
                self.add(pos, header, cells[code], "garbled-text", (
                    f"{header!r} has {shortened(word, 40)!r}, garbled on its way into "
                    f"the sheet (UTF-8 read as {garbled[code][2]}): most likely "
                    f"{shortened(meant, 40)!r}. It is sent as written; fix it in the sheet "
                    "(Find and Replace)."), "warning")

    def _row_import_ids(self, fields: dict[str, list[Any]], skipped: Mask) -> list[Any]:
        """Each row's import id, from the id column or derived.

        A heading written in the id column, or an unscheduled row, keeps its id on its
        result, so that --prune spares that session; no other row shares it."""
        ids = self._ids_read_or_derived(fields)
        if not self._has_id_column_values():
            # A row marked out keeps an id read cleanly: its session is the one it leaves out.
            for pos in np.flatnonzero(skipped & ~self._marked_out_with_clean_ids()).tolist():
                ids[pos] = None  # derived from a heading or no start, an id would name nothing
        return ids

    def _marked_out_with_clean_ids(self) -> Mask:
        """Rows marked out whose title, start and rooms, which a derived id is made from,
        read without an error: the id names the session of the row before it was marked."""
        clean = self.marked_out.copy()
        if not clean.any():
            return clean
        headers = {self.bound.header(column) for key in ("name", "start", "locations")
                   if (setting := self.bound.active.get(key)) for column in setting.columns()}
        for pos in np.flatnonzero(clean & self.errors).tolist():
            clean[pos] = not any(issue.severity == "error" and issue.column in headers
                                 for issue in self.issues[pos])
        return clean

    def _check_shared_ids(self, ids: list[Any], skipped: Mask, presenters: dict[int, int]
                          ) -> dict[int, int]:
        """Rows sharing a session's id: a row repeating an earlier one in every mapped column
        is the same session again (returned: its position -> the earlier row's), as is a
        presenter's row (`presenters`); any other is a duplicate-import-id error."""
        session_ids = [None if skip or pos in presenters else i for pos, (i, skip) in
                       enumerate(zip(ids, skipped.tolist(), strict=True))]
        shared = shared_id_positions(session_ids)
        mapped = list(dict.fromkeys(self.bound.headers.values()))
        added = self._added_only_headers()  # listed in the session's description
        compared = [header for header in mapped if header not in added]
        repeats = repeated_rows(self.frame.iloc[shared][compared], session_ids, shared)
        for pos in repeats:
            session_ids[pos] = None  # the same session again, not a second one with its id
        left = [pos for pos in shared if pos not in repeats]
        if len({session_ids[pos] for pos in left}) < len(left):  # ids still shared
            in_sheet_order = [header for header in self.frame.columns if header in mapped]
            self._check_duplicate_ids(session_ids, self.frame[in_sheet_order])
        return repeats | presenters

    def _columns_differing(self, pos: int, first: int) -> list[str]:
        """The sheet's columns in which row `pos` differs from row `first`, in sheet order."""
        return [header for header, a, b in zip(self.frame.columns, self.frame.iloc[pos],
                                               self.frame.iloc[first], strict=True)
                if cell_text(a) != cell_text(b)]

    def _added_cells_alone(self) -> Mask:
        """Rows whose only mapped cells, but for the id, are the description's added columns
        (a co-presenter's name and company), or, where the description adds none, whose
        cells but the id are all in columns the mapping does not read (that co-presenter's,
        in a mapping that reads no speaker column): no session of their own,
        without the id."""
        alone: Mask = np.zeros(self.n, dtype=bool)
        if not self._has_id_column_values():
            return alone
        added = self._added_only_headers()
        setting = self.mapping.fields.import_id
        id_header = self.bound.header(setting.column if setting else None)
        mapped = list(dict.fromkeys(self.bound.headers.values()))
        others = [header for header in mapped if header not in added and header != id_header]
        own = sorted(added) or [header for header in self.frame.columns if header not in mapped]
        if not own:
            return alone
        alone = (self.frame[others].isna().all(axis=1).to_numpy()
                 & self.frame[own].notna().any(axis=1).to_numpy())
        return alone

    def _filled_added(self, pos: int) -> list[str]:
        """The added columns a presenter's row fills in, in the mapping's order."""
        return [header for added in self.added_columns for header in added.headers
                if cell_text(self.cell(header, pos)) is not None]

    def _marked_out_rows(self) -> Mask:
        """With leave_out, rows whose cell in its column is one of its values; nothing is
        compared on a mapping without it."""
        header, setting = self.bound.leave_out_header, self.mapping.leave_out
        if header is None or setting is None:
            return np.zeros(self.n, dtype=bool)
        return marked_rows(self.frame[header], setting.words())

    def _unscheduled_rows(self) -> Mask:
        """With skip_unscheduled, rows whose start cells are all empty: sessions not given a
        time yet, as a call-for-papers export lists every accepted talk."""
        none: Mask = np.zeros(self.n, dtype=bool)
        if not self.mapping.skip_unscheduled:
            return none
        start = self.mapping.fields.start
        headers = [self.bound.header(c) for c in (start.column, start.date_column,
                                                  start.time_column)]
        masks = [self.blank_cells("start", header) for header in headers if header is not None]
        return np.logical_and.reduce(masks) if masks else none

    def _undated_rows(self) -> Mask:
        """With skip_unscheduled, rows whose date is a blank_values word ('TBA'), typed or
        filled down, though a time is written: a session with no day yet has no slot either.
        A blank date beside a time stays missing-required: more often the day typed once
        above, which fill_down reads."""
        date_column = self.mapping.fields.start.date_column
        date = self.bound.header(date_column) if date_column else None
        if not self.mapping.skip_unscheduled or date is None:
            return np.zeros(self.n, dtype=bool)
        written: Mask = self.frame[date].notna().to_numpy()
        return self.blank_cells("start", date) & written

    def _unscheduled_issue(self, pos: int) -> RowIssue:
        start = self.mapping.fields.start
        # No date column when each sheet gives its date (sheet_dates): the time is empty.
        header = self.bound.header(start.column or start.date_column or start.time_column)
        row, sheet = self.row_numbers[pos], self.row_sheets[pos]
        held = self._word_in_start_cell(header, pos) if header else None
        if header is None or held is None:
            return RowIssue(
                row, header, None, "unscheduled", "warning",
                f"{row_prefix(row, sheet)}{header!r} is empty, so the session has no time yet "
                "and nothing is sent for it (skip_unscheduled); fill it in to send the session",
                sheet)
        what = "time" if header == self.bound.header(start.time_column) else "date"
        issue = RowIssue(
            row, header, held, "unscheduled", "warning",
            f"{row_prefix(row, sheet)}{header!r} has {held!r}, not a {what} yet, so the "
            "session has no time yet and nothing is sent for it (skip_unscheduled); write "
            f"its {what} there to send the session", sheet)
        source = self.filled_from.get(header, ())
        return self._noted_filled(issue, header, pos, self.row_numbers[source[pos]]) if (
            source and source[pos] >= 0) else issue

    def _word_in_start_cell(self, header: str, pos: int) -> str | None:
        """The blank_values word ('TBA') a skipped row's start cell holds, if any. A row whose
        own cells are all blank is said to be empty, though fill_down gave it a word."""
        filled = self.filled_from.get(header, ())
        if filled and filled[pos] >= 0 and not self.undated[pos]:
            return None
        return cell_text(self.cell(header, pos))

    def _warn_hidden_rows(self, skipped: Mask) -> None:
        for pos, hidden in hidden_row_positions(self.sheet):
            if not skipped[pos]:
                self.add(pos, None, None, "hidden-row", hidden_row_message(hidden), "warning")

    def _warn_struck_rows(self, skipped: Mask) -> None:
        """A struck-through cell is how many planners mark a cancelled talk; the strike is
        formatting, which no field reads, so the session is sent unless the row goes."""
        for pos in struck_row_positions(self.sheet):
            if not skipped[pos]:
                self.add(pos, None, None, "struck-row",
                         "the row has text struck through, as a cancelled session's often "
                         "is, yet it is imported like every other row (formatting is not "
                         f"read); if the session is cancelled, {self._how_to_leave_out()} "
                         "(and run with --prune to take it out of the app).", "warning")

    def _warn_of_cancelled_titles(self, names: list[str | None], skipped: Mask) -> None:
        """A title saying the session is cancelled ('CANCELLED: Keynote') is imported as
        written: say so, quoting the cell it was read from, the title's own or, for a blank
        title, the fallback column's ('Cancelled' in Type). So is a title struck through in
        Markdown ('~~Keynote~~'), once."""
        columns = [self.bound.header(column) for column in self.mapping.fields.name.columns()]
        said = set(cancelled_titles(names))
        tracks = self._cancelled_tracks()
        for pos in sorted(said | self.struck_titles.keys() | tracks.keys()):
            found = next(((header, written) for header in columns if header is not None
                          and (written := cell_text(self.frame[header].iat[pos])) is not None),
                         None) if pos in said or pos in self.struck_titles else tracks[pos]
            if not skipped[pos] and found is not None:
                header, written = found
                struck = self.struck_titles.get(pos)
                how = (self._how_to_leave_out() if found != tracks.get(pos) else
                       self._how_to_leave_out_by(header, written))
                message = (cancelled_title_message(header, written, how) if struck is None
                           else _struck_title_message(header, written, struck, pos in said, how))
                self.add(pos, header, written, "cancelled-title", message, "warning")

    def _cancelled_tracks(self) -> dict[int, tuple[str, str]]:
        """Rows whose track cell says the session is cancelled ('cancelled' in a Type column
        of 'lecture' and 'lab', a holiday's): the app would list it under a track of that
        name. Each with its header and cell, as the cancelled-title warning quotes them."""
        tracks = self.mapping.fields.schedule_tracks
        header = self.bound.header(tracks.column) if tracks is not None else None
        if header is None:
            return {}
        column = self.frame[header]
        kinds: list[str | None] = [cell for cell in column.dropna().unique().tolist()
                                   if isinstance(cell, str)]
        said = [kinds[pos] for pos in cancelled_titles(kinds)]  # a few kinds, not every row
        marked = np.flatnonzero(column.isin(said).to_numpy()).tolist() if said else []
        return {pos: (header, str(column.iat[pos])) for pos in marked}

    def _how_to_leave_out(self) -> str:
        """With leave_out, the mark in its column that leaves a row out; else deleting it."""
        return how_to_leave_out(leave_out_mark(self.bound))

    def _how_to_leave_out_by(self, header: str, written: str) -> str:
        """For a track cell saying cancelled: with leave_out, as _how_to_leave_out; without,
        leave_out reading that column, which keeps the row in the sheet."""
        if self.mapping.leave_out is not None:
            return self._how_to_leave_out()
        return (f"add leave_out to the mapping ([leave_out] with column = {header!r} and "
                f"values = [{written!r}]: rows so marked are left out) or delete the row")

    def _check_cells_past_the_header(self) -> None:
        for pos, name, value in cells_past_the_header(self.sheet):
            cause, fix = _why_cells_spilled(self.sheet.frame.iloc[pos],
                                            repr(self.sheet.delimiter))
            self.add(pos, name, value, "extra-cells",
                     f"has {value_text(value)!r} in column {self.sheet.letters.get(name, '?')}, "
                     f"past the last column with a header: {cause} cut or moved this row's "
                     f"values. {fix}, or save the sheet again from the spreadsheet program.")

    # -- the other fields

    def _optional_fields(self) -> dict[str, list[Any]]:
        """Every mapped field other than name, timing and import id, as per-row values."""
        out: dict[str, list[Any]] = {}
        active = self.bound.active
        for key in ("allow_rating", "add_to_schedule", "require_login", "waitlist"):
            if (col := self.boolean_column(key)) is not None:
                out[key] = [OMIT if v is None else v for v in col.values]
        for key in ("schedule_tracks", "locations"):
            if key in active:
                sep = active[key].separator
                col = self.column(key, active[key].columns()[0], names_parser(sep), "")
                assert col is not None
                self._warn_of_escaped_line_breaks(key, col, sep)
                self._warn_of_names_on_lines(key, col, sep)
                self._warn_of_listed_names(key, col, sep)
                self._warn_of_wrapped_names(key, col, sep)
                if key == "locations":
                    col = self.room_column = self._rooms_named_with_places(col)
                out[key] = [() if v is None else v for v in col.values]
        for key, parse, what, blank in _ONE_VALUE_FIELDS:
            if key in active and (col := self.column(key, active[key].column, parse, what)):
                out[key] = [blank if v is None else v for v in col.values]
        if "description" in active:
            out["description_html"] = self._descriptions()
        for key in ("registration_start_date", "registration_end_date"):
            if (when := self.read_when(key, getattr(self.mapping.fields, key))) is not None:
                out[key] = [self.moment_at(pos, when) for pos in range(self.n)]
        return out

    def _rooms_named_with_places(self, rooms: Column) -> Column:
        """The rooms, each named with the cells of the columns `join` names after the room
        column (a venue): 'Main Hall, Town Theatre'. As read, where the mapping joins none."""
        setting = self.bound.active["locations"]
        if not setting.join:
            return rooms
        self.rooms_alone = rooms
        places = [self.column("locations", column, names_parser(setting.separator), "")
                  for column in setting.join[1:]]
        return joined_rooms(rooms, [place for place in places if place is not None])

    def _warn_of_escaped_line_breaks(self, key: str, col: Column, separator: str) -> None:
        """Names parted by a written backslash-n, as an escaped export writes a line break
        ('#AR&VR\\n#entertainment'): with another separator each cell is one name, the \\n in
        it. One sheet warning naming the column and the setting that parts them."""
        if "\\n" in separator:
            return
        codes = [code for code, names in enumerate(col.distinct)
                 if names and any("\\n" in name for name in names)]
        if not codes:
            return
        code, rows = self._first_row_of_cells(col, codes)
        example = next(name for name in col.distinct[code] if "\\n" in name)
        self.sheet_issue(
            col.header, "escaped-line-break",
            f"{col.header!r} has names parted by a written \\n ('{example}' on {rows}): each cell "
            f"is read as one name with the \\n in it; to read each part as a name, write "
            f'separator = "\\\\n" under [fields.{key}]')

    def _warn_of_names_on_lines(self, key: str, col: Column, separator: str) -> None:
        """A cell listing names on lines of their own ('Hall 1⏎Hall 2') is one name, its
        lines joined ('Hall 1 Hall 2'): said where each line is a name the column holds
        apart, so a name running over two lines ('Ballroom⏎(Level 2)') is left alone. One
        sheet warning naming the column and the setting that parts them."""
        if "\n" in separator:
            return
        known = {name.casefold() for names in col.distinct if names for name in names}
        codes = []
        for code, cell in enumerate(col.cells):
            for part in (cell_text(cell) or "").split(separator):
                lines = [" ".join(line.split()) for line in part.splitlines() if line.strip()]
                if len(lines) > 1 and all(line.casefold() in known for line in lines):
                    codes.append(code)
                    break
        if not codes:
            return
        code, rows = self._first_row_of_cells(col, codes)
        cell = cell_text(col.cells[code]) or ""
        joined = " ".join(cell.split())
        what = _field_word(key)
        self.sheet_issue(
            col.header, "names-on-lines",
            f"{col.header!r} lists {what}s on lines of their own ({cell!r} on {rows}), each "
            f"line a {what} the column names alone: each cell is read as one {what}, "
            f"{joined!r}; to read each line as a {what}, write separator = \"\\n\" under "
            f"[fields.{key}]")

    def _warn_of_listed_names(self, key: str, col: Column, separator: str) -> None:
        """A cell listing names the column holds alone with another mark than the separator
        ('Hall A, Hall B' under the default ';') is one name, made as a room or track of its
        own: one sheet warning naming the cell, the name read and the setting that parts it."""
        listed = listed_cells(col.distinct, separator)
        if not listed:
            return
        code, rows = self._first_row_of_cells(col, list(listed))
        mark, cell, what = listed[code], col.distinct[code][0], _field_word(key)
        self.sheet_issue(
            col.header, "listed-names",
            f"{col.header!r} lists {what}s parted by {mark.strip()!r} ({cell!r} on {rows}), "
            f"each a {what} the column names alone: each cell is read as one {what}, "
            f"{cell!r}, a {what} of its own, and the session is in none of them; to read each "
            f"part as a {what}, write separator = {toml_value(mark.strip())} under [fields.{key}]")

    def _warn_of_wrapped_names(self, key: str, col: Column, separator: str) -> None:
        """With a line break as the separator, a cell whose break most likely wraps one long
        name, as Alt+Enter in Excel does ('Grand Ballroom⏎Salon A', the column naming
        'Grand Ballroom Salon A' elsewhere; 'Ballroom⏎(Level 2)'), is still read as a name per
        line: one sheet warning naming the cell, the names read and the one meant."""
        if "\n" not in separator:
            return
        names = [names for names in col.distinct if names]
        known = {name.casefold() for cell_names in names for name in cell_names}
        alone = {cell_names[0].casefold() for cell_names in names if len(cell_names) == 1}
        wrapped = {code: joined for code, cell in enumerate(col.cells)
                   if (joined := _wrapped_name(cell, separator, known, alone))}
        if not wrapped:
            return
        code, rows = self._first_row_of_cells(col, list(wrapped))
        what = _field_word(key)
        read = " and ".join(repr(name) for name in col.distinct[code])
        self.sheet_issue(
            col.header, "wrapped-name",
            f"{col.header!r} has a {what} wrapped onto two lines ({cell_text(col.cells[code])!r} "
            f"on {rows}), read with separator = \"\\n\" as the {what}s {read}: if it is the "
            f"one {what} {wrapped[code]!r}, take the line break out of the cell (Alt+Enter in "
            f"Excel puts one in), or list the {what}s with ';' and take the separator out")

    def _first_row_of_cells(self, col: Column, codes: list[int]) -> tuple[int, str]:
        """The cell of the first row holding one of the column's cells `codes`, and that row
        as the sheet names it, with how many other rows hold them ('row 5, and 2 other
        rows'): the sheet warnings on a column quote one cell and count the rest."""
        rows = np.flatnonzero(np.isin(col.codes, codes))
        first = int(rows[0])
        others = f", and {len(rows) - 1} other row{'s' * (len(rows) > 2)}" if len(rows) > 1 else ""
        where = row_ref(self.row_numbers[first], self.row_sheets[first])
        return int(col.codes[first]), where + others

    def _descriptions(self) -> list[Any]:
        """Each row's description: the description column's HTML, then a paragraph per added
        column ('Speakers: Ana Ruiz'), each distinct combination of cells put together once."""
        setting = self.bound.active["description"]

        def convert_cell(cell: Any) -> tuple[str, list[str]]:
            text = cell_text(cell) or ""
            if setting.template:
                text = setting.template.replace("{value}", text)
            return descriptions.description_to_html(text, setting.format)

        main = self.main_description = self.column("description", setting.column, convert_cell,
                                                    "a description")
        cols = [col for col in [main, *(
            self._added_paragraphs(entry) if isinstance(entry, str) else
            self._joined_paragraphs(entry) for entry in setting.add_columns)] if col is not None]
        groups = self._label_groups()
        codes = cols[0].codes if len(cols) == 1 else combined_codes(
            [col.codes for col in cols], self.n)
        # The first row of each code (-1, blank cells, included), shifted by one to index.
        firsts = np.full(int(codes.max(initial=-1)) + 2, -1, dtype=np.intp)
        firsts[codes[::-1] + 1] = np.arange(self.n - 1, -1, -1)
        html_by_code = np.full(len(firsts), "", dtype=object)
        flagged: dict[int, tuple[str, list[str]]] = {}
        for code, pos in enumerate(firsts.tolist(), start=-1):
            if pos < 0:
                continue
            html, removed = (main.values[pos] if main else None) or ("", [])
            html += self._added_html([pos], groups)
            html_by_code[code + 1] = html
            if removed or len(html) > descriptions.MAX_DESCRIPTION_CHARS:
                flagged[code] = html, removed
        for code, positions in positions_by_code(codes, list(flagged)).items():
            for pos in positions:
                self._description_issues(pos, cols[0].header, *flagged[code])
        return list(html_by_code[codes + 1].tolist())

    def _added_paragraphs(self, column: str) -> Column | None:
        """An added column's cells as paragraphs of plain text, each after its label."""
        header = self.bound.header(column)
        if header is None:
            return None
        setting = self.bound.active["description"]
        label = setting.label(column, header)
        removed: dict[str, list[str]] = {}  # a cell's text -> what sanitising took out of it
        tagged: set[str] = set()  # cells holding HTML a text description shows as written

        def paragraph(cell: Any) -> str:
            text = (cell_text(cell) or "").strip()
            html, dropped = descriptions.added_to_html(label, [text], setting.format)
            if dropped:
                removed[text] = dropped
            if setting.format == "text" and descriptions.has_html_markup(text):
                tagged.add(text)
            return html

        added = self.column("description", column, paragraph, "text")
        if added is not None:
            self.added_columns.append(AddedParagraph(label, added, [added.header]))
            self._warn_of_added_markup(self.added_columns[-1], removed, tagged)
        return added

    def _joined_paragraphs(self, entry: JoinedColumns) -> Column | None:
        """An added paragraph joining columns: each row's cells of them read as an added
        cell is, then joined by a space ('Ana' and 'Ruiz': 'Ana Ruiz'; 'Ana' alone with a
        blank last name), a paragraph after the entry's label."""
        parts = [self.column("description", column, _stripped, "text") for column in entry.join]
        if any(part is None for part in parts):
            return None  # the sheet has none of them: bind left the entry out
        members = [part for part in parts if part is not None]
        codes = combined_codes([part.codes for part in members], self.n)
        firsts = np.full(int(codes.max(initial=-1)) + 1, -1, dtype=np.intp)
        firsts[codes[::-1]] = np.arange(self.n - 1, -1, -1)
        texts: list[str | None] = [" ".join(v for part in members
                                            if (v := part.values[pos]) is not None) or None
                                   for pos in firsts.tolist()]
        fmt = self.bound.active["description"].format
        removed: dict[str, list[str]] = {}
        tagged: set[str] = set()
        distinct: list[str | None] = []
        for text in texts:
            html = None
            if text is not None:
                html, dropped = descriptions.added_to_html(entry.label, [text], fmt)
                if dropped:
                    removed[text] = dropped
                if fmt == "text" and descriptions.has_html_markup(text):
                    tagged.add(text)
            distinct.append(html)
        by_code = np.array([*distinct, None], dtype=object)
        values = by_code[codes].tolist()
        blank = np.array([value is None for value in values], dtype=bool)
        added = Column(members[0].header, values, blank, {}, codes, distinct, texts)
        self.added_columns.append(
            AddedParagraph(entry.label, added, [part.header for part in members], joined=True))
        self._warn_of_added_markup(self.added_columns[-1], removed, tagged)
        return added

    def _warn_of_added_markup(self, paragraph: AddedParagraph, removed: dict[str, list[str]],
                              tagged: set[str]) -> None:
        """An added cell's HTML: what sanitising took out of it; or, in a description read
        as text, that it is shown as written, tags and all, and the setting that reads it."""
        if not removed and not tagged:
            return
        added = paragraph.column
        texts = [self._added_cell_text(paragraph, code) or "" for code in range(len(added.cells))]
        flagged = [code for code, text in enumerate(texts) if text in removed or text in tagged]
        named = " and ".join(map(repr, paragraph.headers))
        has = "give" if paragraph.joined else "has"
        for code, positions in positions_by_code(added.codes, flagged).items():
            text = texts[code]
            for pos in positions:
                # A joined paragraph's issue goes on the column whose cell holds the HTML.
                header = next((h for h in paragraph.headers if paragraph.joined
                               and descriptions.has_html_markup(cell_text(self.cell(h, pos))
                                                                or "")), added.header)
                if text in removed:
                    self._description_issues(pos, header, "", removed[text])
                else:
                    self.add(pos, header, text, "html-as-text", (
                        f"{named} {has} {shortened(text, 60)!r}, HTML that the app will "
                        "show as written, tags and all: [fields.description] reads its cells "
                        'as text (format = "text"). To read such cells as HTML, set '
                        'format = "auto" there.'),
                        "warning")

    def _added_text(self, paragraph: AddedParagraph, pos: int) -> str | None:
        """A row's cell of an added column (its cells joined, for a joined one) as its
        paragraph gives it; None when blank or unreadable."""
        if paragraph.column.values[pos] is None:
            return None
        return self._added_cell_text(paragraph, int(paragraph.column.codes[pos]))

    def _added_cell_text(self, paragraph: AddedParagraph, code: int) -> str | None:
        """The text of an added column's distinct cell `code`, as its paragraph lists it."""
        cell = paragraph.column.cells[code]
        if paragraph.joined:
            return cell  # type: ignore[no-any-return]  # joined from cells read already
        return (cell_text(self._prepare(cell, self._lookup("description"))) or "").strip() or None

    def _added_only_headers(self) -> set[str]:
        """The headers of the description's added columns that no other field reads: the
        rows of a session listed once per presenter differ in them alone."""
        setting = self.bound.active.get("description")
        if setting is None:
            return set()
        others = {self.bound.header(column) for key, other in self.bound.active.items()
                  if key != "description" for column in other.columns()}
        others.add(self.bound.header(setting.column))
        return {header for column in setting.added_columns()
                if (header := self.bound.header(column)) is not None and header not in others}

    def _list_added_values(self, fields: dict[str, list[Any]], repeats: dict[int, int]
                           ) -> dict[int, list[str]]:
        """A session written on a row per presenter: its first row's description gets, for
        each added column, one paragraph listing the distinct values of its rows in row order
        ('Speakers: Ana Ruiz, Bo Li'). Returns each later row's added columns that differ
        from the first row's (none: it repeats it word for word)."""
        if not repeats or not self.added_columns:
            return {}
        later_rows: dict[int, list[int]] = {}
        for pos, first in sorted(repeats.items()):
            later_rows.setdefault(first, []).append(pos)
        differing: dict[int, list[str]] = {}
        groups = self._label_groups()
        for first, later in later_rows.items():
            for pos in later:
                if headers := [header for added in self.added_columns
                               for header in added.headers
                               if cell_text(self.cell(header, pos))
                               != cell_text(self.cell(header, first))]:
                    differing[pos] = headers
            if not any(pos in differing for pos in later):
                continue
            html = (self.main_description.values[first] or ("", []))[0] if (
                self.main_description) else ""
            html += self._added_html([first, *later], groups)
            too_long = descriptions.MAX_DESCRIPTION_CHARS
            if len(html) > too_long >= len(fields["description_html"][first]):
                header = (self.main_description or self.added_columns[0].column).header
                self._description_issues(first, header, html, [])
            fields["description_html"][first] = html
        return differing

    def _added_html(self, positions: Sequence[int], groups: list[list[AddedParagraph]]
                    ) -> str:
        """The added paragraphs of a session on the rows at `positions`, its first row first:
        one per label of `groups`, where the label's first entry is in add_columns, listing
        each value of its columns once, row by row ('Speakers: Ana Ruiz, Bo Li' from
        'Speaker 1' and 'Speaker 2', or from two rows of one speaker each)."""
        fmt = self.bound.active["description"].format
        html = ""
        for group in groups:
            if len(group) == 1 and len(positions) == 1:  # its paragraph, made already
                html += group[0].column.values[positions[0]] or ""
                continue
            texts = [text for pos in positions for added in group
                     if (text := self._added_text(added, pos))]
            if values := descriptions.distinct_values(texts):
                html += descriptions.added_to_html(group[0].label, values, fmt)[0]
        return html

    def _label_groups(self) -> list[list[AddedParagraph]]:
        """The added paragraphs as read, those of one label together (in case and spaces
        alike); each of no label ("", the values alone) on its own."""
        groups: dict[str, list[AddedParagraph]] = {}
        for i, added in enumerate(self.added_columns):
            key = name_key(added.label) if added.label.strip() else f"\0{i}"
            groups.setdefault(key, []).append(added)
        return list(groups.values())

    def _description_issues(self, pos: int, header: str, html: str, removed: list[str]) -> None:
        if removed:
            self.add(pos, header, self.frame.iat[pos, self._at(header)],
                     "html-stripped", f"Guidebook does not allow {', '.join(removed)} in a "
                     "description, so it was removed; check the text still reads right.",
                     severity="warning")
        if len(html) > descriptions.MAX_DESCRIPTION_CHARS:
            self.add(pos, header, html, "description-too-long",
                     f"the description is {len(html):,} characters as HTML, over "
                     f"Guidebook's limit of {descriptions.MAX_DESCRIPTION_CHARS:,}; shorten it.")

    def _at(self, header: str) -> int:
        return int(self.frame.columns.get_loc(header))  # type: ignore[arg-type]

    # -- cross-field and cross-row checks

    def _check_registration(self, fields: dict[str, list[Any]]) -> None:
        """The API's registration rules, each reported on the column that breaks it."""
        if not any(k in fields for k in ("require_login", "max_capacity", "waitlist",
                                        "registration_start_date", "registration_end_date")):
            return
        self._schedule_registered_sessions(fields)
        schedule_fix = self._schedule_fix()
        for pos in range(self.n):
            row = {k: v[pos] for k, v in fields.items()}
            for key, message in registration_problems(row, self._label, schedule_fix):
                header = self._header_of(key)
                self.add(pos, header, self.frame.iat[pos, self._at(header)] if header else None,
                         "registration-dependency", message)

    def _schedule_registered_sessions(self, fields: dict[str, list[Any]]) -> None:
        """Registration needs add_to_schedule. Without its column, a mapping whose default
        for it is yes (the template's) means yes: a session that requires login sends it,
        and the other rows leave the guide's value alone, as before."""
        default = (self.mapping.fields.add_to_schedule.default
                   if self.mapping.fields.add_to_schedule else None)
        if "add_to_schedule" in fields or default is not True or "require_login" not in fields:
            return
        fields["add_to_schedule"] = [True if login is True else OMIT
                                     for login in fields["require_login"]]

    def _schedule_fix(self) -> str | None:
        """What to add to the mapping so that add_to_schedule says yes, where the sheet has
        no column for it (None where it has): its default, which a column the sheet lacks
        gives a session requiring login, and a field without a column every session."""
        if self._header_of("add_to_schedule"):
            return None
        if self.mapping.fields.add_to_schedule is None:
            return "add [fields.add_to_schedule] with default = true to the mapping"
        return "set default = true under [fields.add_to_schedule] in the mapping"

    def _header_of(self, key: str) -> str | None:
        """The sheet's header of a field's (first) column; None for a field the sheet lacks,
        or one given by its default alone."""
        setting = self.bound.active.get(key)
        return self.bound.header(next(iter(setting.columns()), None)) if setting else None

    def _label(self, key: str) -> str:
        """How to name a field in a message: its column as the sheet writes it."""
        if header := self._header_of(key):
            return repr(header)
        if key in self.bound.active:  # a yes/no field given by its default alone
            return f"the mapping's {key} default"
        return f"the {key} field (not in this sheet)"

    def _ids_read_or_derived(self, fields: dict[str, list[Any]]) -> list[Any]:
        """The id column's ids, with the prefix; derived ones when the column is absent or
        blank throughout."""
        prefix = self.mapping.import_id_prefix
        id_col = None
        if "import_id" in self.bound.active:
            id_col = self.column("import_id", self.bound.active["import_id"].column, clean_text,
                                 "an id")
        if id_col is not None and not bool(id_col.blank.all()):
            for pos in np.flatnonzero(id_col.blank).tolist():
                self.add(pos, id_col.header, None, "missing-required",
                         f"{id_col.header!r} is empty while other rows have ids; give this "
                         "session its own id (ids must never change once imported).")
            return [None if v is None else prefix + v for v in id_col.values]
        if self.n:
            self._warn_derived_ids(id_col.header if id_col else None)
        locations = fields.get("locations", [()] * self.n)
        # From the title as written: taking its tags out must not make the session anew.
        return [derived_id(prefix, name, start, locs, self.zone)
                for name, start, locs in zip(self.titles_as_written, fields["start_time"],
                                             locations, strict=True)]

    def _warn_derived_ids(self, header: str | None) -> None:
        """Say how to give the sessions fixed ids: fill the id column, add the one the mapping
        reads, or (a mapping reading none) add a column and map it: a column alone is not read."""
        setting = self.mapping.fields.import_id
        if header:
            where, fix = (f"The {header!r} column is empty",
                          f"Fill in {header!r} with a fixed id per session to avoid that.")
        elif setting:
            where, fix = ("The sheet has no id column",
                          f"Add a {setting.column!r} column with a fixed id per session to "
                          "avoid that.")
        elif unread := next((h for h in self.frame.columns if names_session_ids(h)), None):
            where, fix = (f"The mapping {self.mapping.name!r} reads no id column",
                          f"The sheet's {unread!r} column looks like one: to avoid that, have "
                          "the mapping read it, [fields.import_id] with column = "
                          f"{toml_value(unread)} (the sessions already imported then take "
                          "their ids, one PATCH each).")
        else:
            where, fix = (f"The mapping {self.mapping.name!r} reads no id column",
                          "To avoid that, give each session a fixed id in a column of its own "
                          "and have the mapping read it: [fields.import_id] with column = the "
                          "column's header (a column it does not read is not used).")
        self.sheet_issue(
            header, "derived-import-id",
            f"{where}, so each session's import id is derived from its title, start time and "
            "first room. Editing a session's title later, or its time and room at once, makes "
            "it a new session on the next import (and with --prune deletes the old one, losing "
            f"its attendees' schedules and ratings). {fix}")

    def _check_duplicate_ids(self, ids: list[Any], cells: pd.DataFrame) -> None:
        """`cells`: the mapped columns, to name those in which rows sharing an id differ."""
        derived = "import_id" not in self.bound.active or not self._has_id_column_values()
        header = None if derived else self.bound.header(self.mapping.fields.import_id.column
                                                        if self.mapping.fields.import_id else None)
        check_duplicate_ids(ids, header, derived, self.row_numbers, self.add, self.row_sheets,
                            cells)

    def _has_id_column_values(self) -> bool:
        setting = self.bound.active.get("import_id")
        header = self.bound.header(setting.column) if setting else None
        return header is not None and bool(self.frame[header].notna().any())

    def _check_room_overlaps(self, also_skip: Mask) -> None:
        if self.room_column is None:
            return
        rooms = RoomCells(self.room_column.codes, self.room_column.distinct)
        check_room_overlaps(self.start_seconds, self.end_seconds, rooms,
                            self.errors | also_skip, self.room_column.header,
                            self.row_numbers, self.add,
                            self.row_sheets, note=self._venues_apart_note)

    def _venues_apart_note(self, clashes: Sequence[tuple[int, Sequence[int]]]) -> str:
        """Where the rooms are read alone and a venue column no field reads puts every
        overlap at two venues, the rooms are namesakes ('Main Hall' at two venues): how to
        name each with its venue. Looked at only when rooms overlap."""
        setting = self.bound.active["locations"]
        read = set(self.bound.headers.values())
        venue = next((h for h in self.frame.columns if h not in read and names_venues(h)),
                     None)
        if setting.join or venue is None:
            return ""
        places = {pos: _stripped(self.cell(venue, pos)).casefold()
                  for pos in {p for pos, partners in clashes for p in (pos, *partners)}}
        if not all(places[pos] and places[p] and places[p] != places[pos]
                   for pos, partners in clashes for p in partners):
            return ""
        return (f" Each overlap is of sessions at two venues in {venue!r}: if those rooms "
                f"only share a name, write join = {toml_value([setting.column, venue])} in "
                "place of column under [fields.locations] to name each room with its venue "
                "(as 'Main Hall, Town Theatre').")

    def _sheet_spans(self) -> dict[str | None, tuple[int, int]]:
        """Each sheet's row positions (start, stop); under None when one sheet was read."""
        if not self.sheet.parts:
            return {None: (0, self.n)}
        return {part.name: (start, start + part.records)
                for start, part in self.sheet.part_starts()}

    def _results(self, fields: dict[str, list[Any]], headings: Mask, days: Mask,
                 unscheduled: Mask, repeats: dict[int, int], added: dict[int, list[str]],
                 presenters: dict[int, int]) -> list[RowResult]:
        """One result per row; a valid row's payload is built from `fields` when first read.
        A section heading, an empty day, an unscheduled row or a row repeating an earlier one
        gets no payload and only the warning that says so."""
        no_issues: tuple[RowIssue, ...] = ()
        issues = map(self.issues.get, range(self.n), repeat(no_issues))
        columns = PayloadColumns(fields, self.row_numbers, self._sheet_spans())
        builders = np.full(self.n, columns.payload_of, dtype=object)
        builders[self.errors | headings | days | unscheduled | self.marked_out] = None
        builders[list(repeats)] = None
        results = list(map(RowResult, self.row_numbers, fields["name"], fields["import_id"],
                           repeat(None), issues, builders.tolist(), self.row_sheets))
        if self.titles_as_written is not fields["name"]:
            for pos, (written, read) in enumerate(zip(self.titles_as_written, fields["name"],
                                                      strict=True)):
                if written != read:
                    results[pos].title_as_written = written
        if self.rooms_alone is not None:
            for pos, rooms in enumerate(self.rooms_alone.values):
                results[pos].room_alone = rooms[0] if rooms else None
        for pos, first in repeats.items():
            # An added cell of its own that could not be read (a formula's error) is kept.
            own = [issue for issue in results[pos].issues
                   if issue.severity == "error" and issue.column in added.get(pos, ())]
            issue = (presenter_issue(self.row_numbers[pos], self.row_numbers[first],
                                     self.row_sheets[pos], self.row_sheets[first],
                                     added.get(pos, ())) if pos in presenters else
                     repeat_issue(self.row_numbers[pos], self.row_numbers[first],
                                  self.row_sheets[pos], self.row_sheets[first],
                                  added.get(pos, ()), self._columns_differing(pos, first)))
            results[pos].issues = (issue, *own)
        for pos in np.flatnonzero(headings & ~self.foot_notes).tolist():
            issue = (units_row_issue(self.sheet, pos, self._time_headers(), self._date_header())
                     if self.units[pos] else totals_row_issue(self.sheet, pos, self.foot_notes)
                     if self.totals[pos] else repeated_header_issue(self.sheet, pos)
                     if self.headers_again[pos]
                     else heading_issue(self.sheet, pos, self._date_header()))
            results[pos].issues, results[pos].name = (issue,), issue.value  # reports show it
            # Its id cell says how ids are written ('required'), holds 'Total' or 'ID': no id.
            if self.units[pos] or self.totals[pos] or self.headers_again[pos]:
                results[pos].import_id = None
        for pos in np.flatnonzero(headings & self.foot_notes).tolist():  # in the totals warning
            note = self.sheet.frame.iloc[pos].dropna()
            results[pos].issues, results[pos].import_id = (), None
            results[pos].name = value_text(note.iat[0]) if len(note) else None
        if days.any() and (date_header := self._date_header()) is not None:
            session_dates = dates_of_sessions(self.sheet, date_header, headings | days)
            title_header = self.bound.header(self.mapping.fields.name.columns()[0])
            for pos in np.flatnonzero(days).tolist():
                results[pos].issues = (
                    empty_day_issue(self.sheet, pos, date_header, title_header,
                                    session_dates),)
        for pos in np.flatnonzero(unscheduled).tolist():
            results[pos].issues = (self._unscheduled_issue(pos),)
        if (header := self.bound.leave_out_header) is not None and self.marked_out.any():
            live = self._first_live_row_by_id(results)
            for pos in np.flatnonzero(self.marked_out).tolist():
                results[pos].issues = (left_out_presenter_issue(
                    self.row_numbers[pos], self.row_numbers[session], self.row_sheets[pos],
                    self.row_sheets[session]) if (session := self.out_with_session.get(pos))
                    is not None else
                    left_out_issue(self.row_numbers[pos], self.row_sheets[pos], header,
                                   self.cell(header, pos),
                                   self._row_ref(live.get(results[pos].import_id))),)
        return results

    def _first_live_row_by_id(self, results: list[RowResult]) -> dict[str | None, int]:
        """Each id's first row not marked out: a row marked out that shares it (a moved
        talk's old row, kept and marked Cancelled) leaves the session to that row, and
        --prune deletes only ids no other row has."""
        rows: dict[str | None, int] = {}
        for pos in np.flatnonzero(~self.marked_out).tolist():
            if (import_id := results[pos].import_id) is not None:
                rows.setdefault(import_id, pos)
        return rows

    def _row_ref(self, pos: int | None) -> str | None:
        return None if pos is None else row_ref(self.row_numbers[pos], self.row_sheets[pos])
