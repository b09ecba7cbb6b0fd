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

The checks live in private modules by concern, each a mixin on `_validation_base.py`'s shared
state: `_validation_titles.py`, `_validation_times.py` (starts at night or midnight; the
start and end are read by `_timing.py`), `_validation_text.py`, `_validation_fields.py`
(rooms, tracks and the other fields), `_validation_descriptions.py`, `_validation_ids.py`,
`_validation_registration.py`, `_validation_layout.py` (the sheet's shape, fill_down) and
`_validation_skipped.py` (rows that are no session); the report is `_validation_report.py`.
This module is their public face: validating a file or a loaded sheet, and the run's flow.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import repeat
from pathlib import Path
from typing import Any

import numpy as np

from importer import zones
from importer._checks import Mask, presenter_issue, presenter_rows, repeat_issue
from importer._columns import value_text
from importer._day_sheets import other_day_rows, small_hours_rows
from importer._layout import (
    dates_of_sessions,
    empty_day_issue,
    empty_days,
    heading_issue,
    repeated_header_issue,
    repeated_headers,
    section_headings,
    units_row_issue,
    units_rows,
)
from importer._left_out import left_out_issue, left_out_presenter_issue
from importer._results import PayloadColumns
from importer._title_markdown import read_title_markdown
from importer._totals_rows import totals_row_issue, totals_rows
from importer._validation_descriptions import DescriptionsValidation
from importer._validation_fields import FieldsValidation
from importer._validation_ids import IdsValidation
from importer._validation_layout import LayoutValidation
from importer._validation_registration import RegistrationValidation
from importer._validation_report import SheetRead, ValidationReport, garbage_collection_paused
from importer._validation_skipped import SkippedValidation, leave_out_mark
from importer._validation_text import TextValidation
from importer._validation_times import TimesValidation
from importer._validation_titles import TitlesValidation
from importer.errors import MappingError
from importer.load import Sheet, headerless_error, load_sheets, sheet_place
from importer.mapping import BoundMapping, Mapping, bind, load_mapping
from importer.model import RowIssue, RowResult, row_ref

__all__ = ["SheetRead", "ValidationReport", "bind_sheet", "leave_out_mark",
           "read_title_markdown", "validate_file", "validate_sheet"]


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


def bind_sheet(sheet: Sheet, mapping: Mapping) -> BoundMapping:
    """The mapping matched to the sheet's headers; a column it lacks raises MappingError, or
    the error of a file without a header row where that is why. Needs no timezone, so plan
    and run call it before reading the guide."""
    where = sheet_place(sheet)
    try:
        return bind(mapping, sheet.columns, source=where, sheet_path=str(sheet.path),
                    sheets=sheet.named)
    except MappingError as unfit:
        # Checked only now: a sheet the mapping fits costs nothing.
        raise headerless_error(sheet, mapping.expected_columns(), where,
                               mapping.required_columns()) or unfit from None


def validate_sheet(sheet: Sheet, mapping: Mapping, timezone: str, *,
                   timezone_assumed: bool = False) -> ValidationReport:
    """Validate a loaded sheet against `mapping`, reading local times in `timezone`.
    `timezone_assumed`: nobody gave it; say so if the sheet has local times to read."""
    bound = bind_sheet(sheet, mapping)
    zone = zones.resolve_timezone(timezone)
    validation = _SheetValidation(sheet, bound, zone)
    with garbage_collection_paused():
        rows, sheet_issues = validation.run()
    if timezone_assumed and validation.read_local_times:
        sheet_issues.append(RowIssue(
            None, None, None, "timezone-assumed", "warning",
            "No timezone was given, so the sheet's times were read as UTC, the clock in "
            "London in winter (plan and run read them in the guide's timezone). If the "
            "event's clock is another, give its zone with --timezone (e.g. America/Chicago), "
            "or `timezone` in the mapping or gbimport.toml."))
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


def field_headers(mapping: Mapping, bound: BoundMapping) -> dict[str, str]:
    """Each mapped field's first column, as the sheet heads it, for fields the sheet has."""
    headers = {}
    for key, setting in mapping.fields:
        columns = setting.columns() if setting is not None else []
        if columns and (header := bound.header(columns[0])):
            headers[key] = header
    return headers


class _SheetValidation(TitlesValidation, TimesValidation, TextValidation,
                       FieldsValidation, DescriptionsValidation, RegistrationValidation,
                       IdsValidation, SkippedValidation, LayoutValidation):
    """The state of one validation run; `run` returns the row results and sheet issues. How
    each concern is checked is in its mixin (`_validation_titles.py`, `_validation_ids.py`, ...)."""

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
