"""Stage 3, validate: sheet rows -> session payloads, or issues saying what to fix.

    report = validate_file("programme.xlsx", mapping="guidebook-template",
                           timezone="America/Chicago")
    report.ok, report.valid, report.with_errors
    for issue in report.issues: print(issue.row, issue.column, issue.code, issue.message)

Every problem of every row is collected in one pass; nothing stops at the first. Work is done
column by column: each distinct cell value is parsed once and mapped back to its rows,
local times are converted once per distinct local time, and the cross-row checks (duplicate
import ids, overlapping sessions in a room) group with pandas rather than compare pairs.
"""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import chain, repeat
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import numpy as np
import pandas as pd
from pydantic import BaseModel

from importer import convert
from importer._checks import (
    OMIT,
    RoomCells,
    check_duplicate_ids,
    check_room_overlaps,
    derived_id,
    registration_problems,
)
from importer.convert import CellError, cell_text
from importer.load import Sheet, load_sheet
from importer.mapping import BoundMapping, Mapping, WhenField, bind, load_mapping
from importer.model import RowIssue, RowResult, SessionPayload, Severity

__all__ = ["ValidationReport", "validate_file", "validate_sheet"]

VALUE_CHARS = 100
DESCRIPTION_THREADS = 2


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

    @property
    def issues(self) -> list[RowIssue]:
        return [*self.sheet_issues, *(issue for row in self.rows for issue in row.issues)]

    @property
    def rows_read(self) -> int:
        return len(self.rows)

    @property
    def valid(self) -> int:
        return sum(not row.has_errors for row in self.rows)

    @property
    def with_errors(self) -> int:
        return sum(row.has_errors for row in self.rows)

    @property
    def with_warnings(self) -> int:
        return sum(row.has_warnings for row in self.rows)

    @property
    def ok(self) -> bool:
        sheet_errors = any(issue.severity == "error" for issue in self.sheet_issues)
        return not sheet_errors and self.with_errors == 0

    @property
    def payloads(self) -> list[SessionPayload]:
        """Every valid row's payload, built now if not read before."""
        with _garbage_collection_paused():
            return [payload for row in self.rows if (payload := row.payload) is not None]

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "sheet_name": self.sheet_name,
            "header_row": self.header_row,
            "mapping": self.mapping_name,
            "timezone": self.timezone,
            "ok": self.ok,
            "rows_read": self.rows_read,
            "valid": self.valid,
            "with_errors": self.with_errors,
            "with_warnings": self.with_warnings,
            "sheet_issues": [issue.to_dict() for issue in self.sheet_issues],
            "rows": [_row_json(row) for row in self.rows],
        }


def _row_json(row: RowResult) -> dict[str, Any]:
    payload = row.payload
    return {
        "row": row.row,
        "name": row.name,
        "import_id": row.import_id,
        "status": "error" if payload is None else ("warning" if row.has_warnings else "ok"),
        "issues": [issue.to_dict() for issue in row.issues],
        "payload": None if payload is None else payload.model_dump(
            mode="json", include=set(payload.model_fields_set)),
    }


def validate_file(
    path: str | Path,
    *,
    mapping: Mapping | str | Path | None = None,
    sheet: str | int | None = None,
    timezone: str | None = None,
) -> ValidationReport:
    """Load `path` and validate it; timezone defaults to the mapping's, else UTC (with a
    warning saying so: plan and run would read the times in the guide's timezone)."""
    if not isinstance(mapping, Mapping):
        mapping = load_mapping(mapping)
    assumed = not (timezone or mapping.timezone)
    timezone = timezone or mapping.timezone or "UTC"
    convert.resolve_timezone(timezone)  # a wrong name fails before the file is read
    loaded = load_sheet(path, sheet, expected_columns=mapping.expected_columns())
    report = validate_sheet(loaded, mapping, timezone)
    if assumed and report.rows:
        report.sheet_issues.append(RowIssue(
            None, None, None, "timezone-assumed", "warning",
            "No timezone was given, so the sheet's times were read as UTC. Give the one "
            "they are in with --timezone (e.g. America/Chicago), or `timezone` in the mapping "
            "or gbimport.toml; plan and run read them in the guide's timezone."))
    return report


def validate_sheet(sheet: Sheet, mapping: Mapping, timezone: str) -> ValidationReport:
    """Validate a loaded sheet against `mapping`, reading local times in `timezone`."""
    bound = bind(mapping, sheet.columns)
    validation = _SheetValidation(sheet, bound, convert.resolve_timezone(timezone))
    with _garbage_collection_paused():
        rows, sheet_issues = validation.run()
    return ValidationReport(
        source=str(sheet.path),
        sheet_name=sheet.sheet_name,
        header_row=sheet.header_row,
        mapping_name=mapping.name,
        timezone=timezone,
        rows=rows,
        sheet_issues=sheet_issues,
    )


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


# ---------------------------------------------------------------------------- column parsing


@dataclass
class _Column:
    """One mapped column after parsing: a value per row (None when blank or unreadable)."""

    header: str
    values: list[Any]
    blank: np.ndarray[Any, np.dtype[np.bool_]]
    failed_texts: dict[str, list[int]]  # unreadable cell text -> row positions
    codes: _Codes  # per row, which distinct cell it holds (-1 blank); equal codes, equal values
    distinct: list[Any]  # the parsed value of each distinct cell, by code


_Parser = Callable[[Any], Any]
_Codes = np.ndarray[Any, np.dtype[np.intp]]
# Each distinct cell's value (None when blank or unreadable), the codes of the blank ones,
# and (code, cell, error) for each unreadable one.
_Distinct = tuple[list[Any], list[int], list[tuple[int, Any, CellError]]]


class _SheetValidation:
    """The state of one validation run; `run` returns the row results and sheet issues."""

    def __init__(self, sheet: Sheet, bound: BoundMapping, zone: ZoneInfo) -> None:
        self.frame = sheet.frame
        self.bound = bound
        self.mapping = bound.mapping
        self.zone = zone
        self.n = len(sheet.frame)
        self.row_numbers: list[int] = np.asarray(sheet.frame.index, dtype=np.int64).tolist()
        self.issues: dict[int, list[RowIssue]] = {}
        self.errors = np.zeros(self.n, dtype=bool)
        self.sheet_issues: list[RowIssue] = []
        self.blank_values = {v.strip().casefold() for v in self.mapping.blank_values}
        self.utc_cache: dict[dt.datetime, dt.datetime | CellError] = {}
        self.room_column: _Column | None = None
        no_moments = np.full(self.n, np.nan)
        self.start_seconds, self.end_seconds = no_moments, no_moments  # set by _timing

    # -- issue bookkeeping

    def add(self, pos: int, column: str | None, value: Any, code: str, message: str,
            severity: Severity = "error") -> None:
        row = self.row_numbers[pos]
        issue = RowIssue(row, column, _value_text(value), code, severity, f"Row {row}: {message}")
        self.issues.setdefault(pos, []).append(issue)
        if severity == "error":
            self.errors[pos] = True

    def sheet_issue(self, column: str | None, code: str, message: str,
                    severity: Severity = "warning") -> None:
        self.sheet_issues.append(RowIssue(None, column, None, code, severity, message))

    # -- reading columns

    def column(self, field_key: str, column: str | None, parse: _Parser, what: str,
               required: bool = False, threads: int = 1) -> _Column | None:
        """Parse one mapped column, each distinct cell once; record unreadable cells."""
        header = self.bound.header(column)
        if header is None:
            return None
        lookup = {k.strip().casefold(): v for k, v in self.bound.active[field_key].values.items()}
        codes, uniques = pd.factorize(self.frame[header], use_na_sentinel=True)
        if threads > 1:
            parsed, blank_codes, failed_codes = _parse_in_slices(
                lambda cells: self._parse_distinct(cells, parse, lookup), uniques, threads)
        else:
            parsed, blank_codes, failed_codes = self._parse_distinct(uniques, parse, lookup)
        # fromiter keeps tuple values whole (np.array would unpack them); the extra None
        # at the end serves code -1.
        by_code = np.fromiter(chain(parsed, [None]), dtype=object, count=len(parsed) + 1)
        values = by_code[codes].tolist()
        blank = (codes == -1) | np.isin(codes, blank_codes)
        failed_texts: dict[str, list[int]] = {}
        rows_of_code = _positions_by_code(codes, [code for code, _, _ in failed_codes])
        for code, raw, problem in failed_codes:
            positions = rows_of_code[code]
            failed_texts[_value_text(raw) or ""] = positions
            for pos in positions:
                self.add(pos, header, raw, problem.code,
                         f"{header!r} has {_value_text(raw)!r}, which is not {what}: "
                         f"{problem.hint}.")
        if required:
            for pos in np.flatnonzero(blank).tolist():
                self.add(pos, header, None, "missing-required",
                         f"{header!r} is empty; every session needs {what}. Fill it in.")
        return _Column(header, values, blank, failed_texts, codes, parsed)

    def _parse_distinct(self, uniques: Any, parse: _Parser, lookup: dict[str, str]) -> _Distinct:
        """Each distinct cell parsed: values (None for blank or unreadable), blank codes,
        and (code, cell, error) for each unreadable one."""
        parsed: list[Any] = []
        blank_codes: list[int] = []
        failed_codes: list[tuple[int, Any, CellError]] = []
        plain = not lookup and not self.blank_values  # text cells need only stripping
        for code, raw in enumerate(uniques):
            cell = (raw.strip() or None) if plain and type(raw) is str else (
                self._prepare(raw, lookup))
            value = None
            if cell is None:
                blank_codes.append(code)
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

    # -- the run

    def run(self) -> tuple[list[RowResult], list[RowIssue]]:
        names = self.column("name", self.mapping.fields.name.column, _text, "a title",
                            required=True)
        assert names is not None  # name is required by the mapping schema
        fields: dict[str, list[Any]] = {"name": names.values}
        timing = self._timing()
        fields.update(timing)
        fields.update(self._optional_fields())
        self._check_registration(fields)
        ids = self._import_ids(names.values, fields)
        fields["import_id"] = ids
        self._check_duplicate_ids(ids)
        self._check_room_overlaps(fields)
        return self._results(fields), self.sheet_issues

    # -- start, end, all day

    def _timing(self) -> dict[str, list[Any]]:
        start = self._when("start", self.mapping.fields.start, required=True)
        all_day_col = self._boolean_column("all_day")
        end_field = self.mapping.fields.end
        order = self.mapping.date_order
        end_time = self.column("end", end_field.time_column, convert.parse_time, "a time")
        end_dt = self.column("end", end_field.column,
                             lambda c: convert.parse_datetime(c, order), "a date and time")
        duration = self.column("end", end_field.duration_column, convert.parse_duration,
                               "a duration")
        end_date = None
        if "end_date" in self.bound.active:
            end_date = self.column("end_date", self.mapping.fields.end_date.column
                                   if self.mapping.fields.end_date else None,
                                   lambda c: convert.parse_date(c, order), "a date")
        end_col = end_time or end_dt or duration
        assert end_col is not None and start is not None
        # Schedules repeat a few dates and time slots: work out each distinct combination of
        # cells once, on its first row, and give the result to its other rows. A combination
        # whose first row raised an issue is worked out row by row, so each row gets its own.
        combination = _combined_codes(
            [*start.codes, end_col.codes, *(c.codes for c in (end_date, all_day_col) if c)],
            self.n)
        first_rows = np.unique(combination, return_index=True)[1].tolist()
        by_combination = np.empty((3, len(first_rows)), dtype=object)
        redo: dict[int, list[int]] = {}
        for code, pos in enumerate(first_rows):
            issues_before = len(self.issues.get(pos, ()))
            by_combination[:, code] = self._session_times(pos, start, end_col, end_date,
                                                          all_day_col)
            if len(self.issues.get(pos, ())) != issues_before:
                redo[code] = []
        starts, ends, all_days = by_combination[:, combination]
        for positions in _positions_by_code(combination, list(redo)).values():
            for pos in positions[1:]:
                starts[pos], ends[pos], all_days[pos] = self._session_times(
                    pos, start, end_col, end_date, all_day_col)
        self.start_seconds, self.end_seconds = _seconds(starts), _seconds(ends)
        return {"start_time": starts.tolist(), "end_time": ends.tolist(),
                "all_day": all_days.tolist()}

    def _session_times(self, pos: int, start: _When, end: _Column, end_date: _Column | None,
                       all_day_col: _Column | None) -> tuple[Any, Any, Any]:
        date, time = start.date[pos], start.time[pos]
        if date is None:
            return None, None, None
        end_value, end_blank = end.values[pos], bool(end.blank[pos])
        flagged = all_day_col.values[pos] if all_day_col is not None else None
        if flagged or (flagged is None and time is None and end_blank):
            midnight = self.utc(pos, start.time_header or start.date_header,
                                dt.datetime.combine(date, dt.time(0)))
            return midnight, None, True
        if time is None:
            if start.time_header and not start.time_blank[pos]:
                return None, None, None  # unreadable, already reported
            self.add(pos, start.time_header or start.date_header, None, "missing-required",
                     f"{start.time_header or start.date_header!r} has no start time but the "
                     "session has an end; fill in both times, or neither for an all-day session.")
            return None, None, None
        start_utc = self.utc(pos, start.time_header or start.date_header,
                             dt.datetime.combine(date, time))
        if end_value is None:
            if end_blank:
                self.add(pos, end.header, None, "missing-required",
                         f"{end.header!r} is empty; a session with a start time needs an end "
                         "(or leave both times blank for an all-day session).")
            return start_utc, None, False
        end_utc = self._end_utc(pos, date, start_utc, end, end_value, end_date)
        return start_utc, end_utc, False

    def _end_utc(self, pos: int, date: dt.date, start_utc: Any, end: _Column, value: Any,
                 end_date: _Column | None) -> Any:
        if isinstance(value, dt.timedelta):
            return None if start_utc is None else start_utc + value
        if isinstance(value, tuple):  # a datetime column: (date, time)
            if value[1] is None:
                self.add(pos, end.header, end.values[pos][0], "bad-datetime",
                         f"{end.header!r} has a date but no time; write it like "
                         "5/11/2027 10:00 AM.")
                return None
            local = dt.datetime.combine(*value)
        else:
            day = end_date.values[pos] if end_date is not None else None
            local = dt.datetime.combine(day or date, value)
        end_utc = self.utc(pos, end.header, local)
        if start_utc is not None and end_utc is not None and end_utc < start_utc:
            self._end_before_start(pos, end.header, local, start_utc)
        return end_utc

    def _end_before_start(self, pos: int, header: str, end_local: dt.datetime,
                          start_utc: dt.datetime) -> None:
        start_local = start_utc.astimezone(self.zone)
        end_date_header = self.bound.header(
            self.mapping.fields.end_date.column if self.mapping.fields.end_date else None)
        if end_date_header:
            fix = f"if it runs past midnight, put the next day in {end_date_header!r}"
        else:
            fix = "fix the end time (a session past midnight needs an end_date column)"
        self.add(pos, header, f"{end_local:%Y-%m-%d %H:%M}", "end-before-start",
                 f"the session ends ({end_local:%Y-%m-%d %H:%M}) before it starts "
                 f"({start_local:%Y-%m-%d %H:%M}); {fix}.")

    def utc(self, pos: int, header: str | None, local: dt.datetime) -> dt.datetime | None:
        """Local wall time -> UTC, once per distinct local time; DST gaps/folds are errors."""
        result = self.utc_cache.get(local)
        if result is None:
            try:
                result = convert.local_to_utc(local, self.zone)
            except CellError as error:
                result = error
            self.utc_cache[local] = result
        if isinstance(result, CellError):
            self.add(pos, header, f"{local:%Y-%m-%d %H:%M}", result.code, result.hint + ".")
            return None
        return result

    def _when(self, key: str, when: WhenField | None, required: bool = False) -> _When | None:
        """Date and time of a moment, from one datetime column or a date (+ time) column."""
        if when is None or key not in self.bound.active:
            return None
        order = self.mapping.date_order
        if when.column is not None:
            both = self.column(key, when.column, lambda c: convert.parse_datetime(c, order),
                               "a date and time", required)
            assert both is not None
            self._check_date_order(both)
            pairs = [v if v is not None else (None, None) for v in both.values]
            dates, times = [p[0] for p in pairs], [p[1] for p in pairs]
            return _When(both.header, None, dates, times, both.blank, [both.codes])
        dates_col = self.column(key, when.date_column, lambda c: convert.parse_date(c, order),
                                "a date", required)
        assert dates_col is not None
        self._check_date_order(dates_col)
        times_col = self.column(key, when.time_column, convert.parse_time, "a time")
        times = times_col.values if times_col else [None] * self.n
        blank = times_col.blank if times_col else np.ones(self.n, dtype=bool)
        codes = [dates_col.codes] + ([times_col.codes] if times_col else [])
        return _When(dates_col.header, times_col.header if times_col else None,
                     dates_col.values, times, blank, codes)

    def _check_date_order(self, column: _Column) -> None:
        """Dates valid only in the other order mean the whole column's order is in doubt."""
        order = self.mapping.date_order
        other = "day-first" if order == "month-first" else "month-first"
        for text, positions in column.failed_texts.items():
            readings = convert.numeric_date_readings(text.partition(" ")[0])
            if other in readings and order not in readings:
                self.sheet_issue(
                    column.header, "ambiguous-date-order",
                    f"{column.header!r} has dates that only make sense {other} (e.g. {text!r} "
                    f"on row {self.row_numbers[positions[0]]}), but the mapping reads dates "
                    f"{order}, so other dates in this column may be misread too. Set "
                    f'date_order = "{other}" in the mapping, or write dates as 2027-05-11.',
                    severity="error")
                return

    # -- the other fields

    def _boolean_column(self, key: str) -> _Column | None:
        setting = self.bound.active.get(key)
        if setting is None:
            return None
        col = self.column(key, setting.column, convert.parse_boolean, "yes or no")
        assert col is not None
        if setting.default is not None:
            col.values = [setting.default if b else v for v, b in zip(col.values, col.blank,
                                                                         strict=True)]
        return col

    def _optional_fields(self) -> dict[str, list[Any]]:
        """Every mapped field other than name, timing and import id, as per-row values."""
        out: dict[str, list[Any]] = {}
        active = self.bound.active
        for key in ("allow_rating", "add_to_schedule", "require_login", "waitlist"):
            if (col := self._boolean_column(key)) is not None:
                out[key] = [OMIT if v is None else v for v in col.values]
        for key in ("schedule_tracks", "locations"):
            if key in active:
                sep = active[key].separator
                col = self.column(key, active[key].column, _names_parser(sep), "")
                assert col is not None
                if key == "locations":
                    self.room_column = col
                out[key] = [() if v is None else v for v in col.values]
        if "rank" in active and (col := self.column(
                "rank", active["rank"].column, convert.parse_float, "a number")):
            out["rank"] = [OMIT if v is None else v for v in col.values]
        if "max_capacity" in active and (col := self.column(
                "max_capacity", active["max_capacity"].column, convert.parse_count,
                "a capacity")):
            out["max_capacity"] = col.values
        if "image" in active and (col := self.column("image", active["image"].column, _text, "")):
            out["image"] = [OMIT if v is None else v for v in col.values]
        if "description" in active:
            out["description_html"] = self._descriptions()
        for key in ("registration_start_date", "registration_end_date"):
            if (when := self._when(key, getattr(self.mapping.fields, key))) is not None:
                out[key] = [self._moment(pos, when) for pos in range(self.n)]
        return out

    def _moment(self, pos: int, when: _When) -> Any:
        date, time = when.date[pos], when.time[pos]
        if date is None:
            return None
        return self.utc(pos, when.time_header or when.date_header,
                        dt.datetime.combine(date, time or dt.time(0)))

    def _descriptions(self) -> list[Any]:
        setting = self.bound.active["description"]

        def convert_cell(cell: Any) -> tuple[str, list[str]]:
            text = cell_text(cell) or ""
            if setting.template:
                text = setting.template.replace("{value}", text)
            return convert.description_to_html(text, setting.format)

        # Sanitising (nh3, about 7 µs a distinct HTML cell) releases the GIL: two threads
        # halve the costliest column of a big sheet.
        col = self.column("description", setting.column, convert_cell, "a description",
                          threads=DESCRIPTION_THREADS)
        assert col is not None
        html_by_code = np.full(len(col.distinct) + 1, "", dtype=object)  # last: blank cells
        flagged = []
        for code, value in enumerate(col.distinct):
            if value is not None:
                html_by_code[code] = value[0]
                if value[1] or len(value[0]) > convert.MAX_DESCRIPTION_CHARS:
                    flagged.append(code)
        for code, positions in _positions_by_code(col.codes, flagged).items():
            for pos in positions:
                self._description_issues(pos, col.header, *col.distinct[code])
        return list(html_by_code[col.codes].tolist())

    def _description_issues(self, pos: int, header: str, html: str, removed: list[str]) -> None:
        if removed:
            self.add(pos, header, self.frame.iat[pos, self._at(header)],
                     "html-stripped", f"Guidebook does not allow {', '.join(removed)} in a "
                     "description, so it was removed; check the text still reads right.",
                     severity="warning")
        if len(html) > convert.MAX_DESCRIPTION_CHARS:
            self.add(pos, header, html, "description-too-long",
                     f"the description is {len(html):,} characters as HTML, over "
                     f"Guidebook's limit of {convert.MAX_DESCRIPTION_CHARS:,}; shorten it.")

    def _at(self, header: str) -> int:
        return int(self.frame.columns.get_loc(header))  # type: ignore[arg-type]

    # -- cross-field and cross-row checks

    def _check_registration(self, fields: dict[str, list[Any]]) -> None:
        """The API's registration rules, each reported on the column that breaks it."""
        if not any(k in fields for k in ("require_login", "max_capacity", "waitlist",
                                        "registration_start_date", "registration_end_date")):
            return
        for pos in range(self.n):
            row = {k: v[pos] for k, v in fields.items()}
            for key, message in registration_problems(row, self._label):
                setting = self.bound.active[key]
                header = self.bound.header(setting.columns()[0])
                self.add(pos, header, self.frame.iat[pos, self._at(header)] if header else None,
                         "registration-dependency", message)

    def _label(self, key: str) -> str:
        """How to name a field in a message: its column as the sheet writes it."""
        setting = self.bound.active.get(key)
        header = self.bound.header(setting.columns()[0]) if setting else None
        return repr(header) if header else f"the {key} field (not in this sheet)"

    def _import_ids(self, names: list[Any], fields: dict[str, list[Any]]) -> list[Any]:
        prefix = self.mapping.import_id_prefix
        id_col = None
        if "import_id" in self.bound.active:
            id_col = self.column("import_id", self.bound.active["import_id"].column, _text,
                                 "an id")
        if id_col is not None and not bool(id_col.blank.all()):
            for pos in np.flatnonzero(id_col.blank).tolist():
                self.add(pos, id_col.header, None, "missing-required",
                         f"{id_col.header!r} is empty while other rows have ids; give this "
                         "session its own id (ids must never change once imported).")
            return [None if v is None else prefix + v for v in id_col.values]
        self._warn_derived_ids(id_col.header if id_col else None)
        locations = fields.get("locations", [()] * self.n)
        return [derived_id(prefix, name, start, locs, self.zone)
                for name, start, locs in zip(names, fields["start_time"], locations, strict=True)]

    def _warn_derived_ids(self, header: str | None) -> None:
        where = (f"The {header!r} column is empty" if header else
                 "The sheet has no id column")
        self.sheet_issue(
            header, "derived-import-id",
            f"{where}, so each session's import id is derived from its title, start time and "
            "first room. Editing a session's title, time or room later makes it a new session "
            "on the next import (and with --prune deletes the old one, losing its attendees' "
            "schedules and ratings). Add a 'Session ID' column with a fixed id per session "
            "to avoid that.")

    def _check_duplicate_ids(self, ids: list[Any]) -> None:
        derived = "import_id" not in self.bound.active or not self._has_id_column_values()
        header = None if derived else self.bound.header(self.mapping.fields.import_id.column
                                                        if self.mapping.fields.import_id else None)
        check_duplicate_ids(ids, header, derived, self.row_numbers, self.add)

    def _has_id_column_values(self) -> bool:
        setting = self.bound.active.get("import_id")
        header = self.bound.header(setting.column) if setting else None
        return header is not None and bool(self.frame[header].notna().any())

    def _check_room_overlaps(self, fields: dict[str, list[Any]]) -> None:
        if self.room_column is None:
            return
        header = self.bound.header(self.mapping.fields.locations.column
                                   if self.mapping.fields.locations else None)
        rooms = RoomCells(self.room_column.codes, self.room_column.distinct)
        check_room_overlaps(self.start_seconds, self.end_seconds, rooms, self.errors, header,
                            self.row_numbers, self.add)

    def _results(self, fields: dict[str, list[Any]]) -> list[RowResult]:
        """One result per row; a valid row's payload is built from `fields` when first read."""
        positions = range(self.n)
        no_issues: tuple[RowIssue, ...] = ()
        issues = map(self.issues.get, positions, repeat(no_issues))
        builders = np.full(self.n, _PayloadColumns(fields).payload_at, dtype=object)
        builders[self.errors] = None  # a row with errors has no payload to build
        return list(map(RowResult, self.row_numbers, fields["name"], fields["import_id"],
                        repeat(None), issues, builders.tolist(), positions))


class _PayloadColumns:
    """The validated value of every payload field, a list each, row by row."""

    def __init__(self, fields: dict[str, list[Any]]) -> None:
        self.keys = list(fields)
        self.columns = list(fields.values())
        self.omittable = [k for k in self.keys if OMIT in fields[k]]
        self.all_keys = set(self.keys)

    def payload_at(self, pos: int) -> SessionPayload:
        row_values = _PAYLOAD_TEMPLATE.copy()  # shares the template's key table
        row_values.update(zip(self.keys, [column[pos] for column in self.columns],
                              strict=True))
        fields_set = self.all_keys
        if self.omittable:
            fields_set = _without_omitted(row_values, self.all_keys, self.omittable)
        return _payload(row_values, fields_set)


def _without_omitted(row_values: dict[str, Any], keys: set[str], omittable: list[str]) -> set[str]:
    """The keys this row sets; omitted ones get the model default back."""
    omitted = {k for k in omittable if row_values[k] is OMIT}
    for key in omitted:
        row_values[key] = _PAYLOAD_TEMPLATE[key]
    return keys - omitted if omitted else keys


class _PayloadValues:
    """Holder whose instances share one key table (PEP 412 key-sharing dictionaries)."""


def _key_sharing_template() -> dict[str, Any]:
    """Every payload field with its model default, in a dict whose copies share its keys.

    A copy of it stores only the values (about 300 bytes for 17 fields, against about 560
    for a dict of its own) and is cheaper to make: at 50,000 payloads that is a third less
    time building them and 13 MB less memory. The dict behaves as any other; only its
    storage differs.
    """
    holder = _PayloadValues()
    for key, info in SessionPayload.model_fields.items():
        setattr(holder, key, None if info.is_required() else info.default)
    return vars(holder)


_PAYLOAD_TEMPLATE: dict[str, Any] = _key_sharing_template()


def _payload(values: dict[str, Any], fields_set: set[str]) -> SessionPayload:
    """SessionPayload.model_construct(_fields_set=fields_set, **values), minus its overhead.

    `values` must hold every field (start from a copy of _PAYLOAD_TEMPLATE).
    The validator has checked every value itself; model_construct spends most of its time
    re-resolving defaults, which matters at 50,000 rows. A test pins the two as identical.
    """
    payload = object.__new__(SessionPayload)
    object.__setattr__(payload, "__dict__", values)
    _set_fields_set(payload, fields_set)
    _set_extra(payload, None)
    _set_private(payload, None)
    return payload


# BaseModel's slot setters, looked up once: object.__setattr__ by name costs twice as much.
_set_fields_set = BaseModel.__dict__["__pydantic_fields_set__"].__set__
_set_extra = BaseModel.__dict__["__pydantic_extra__"].__set__
_set_private = BaseModel.__dict__["__pydantic_private__"].__set__


@dataclass
class _When:
    """A moment per row as local date and time (time None when the sheet gives none)."""

    date_header: str
    time_header: str | None
    date: list[Any]
    time: list[Any]
    time_blank: np.ndarray[Any, np.dtype[np.bool_]]
    codes: list[_Codes]  # of the one or two columns it is read from



def _combined_codes(code_arrays: list[_Codes], n: int) -> _Codes:
    """One code per row naming its combination of the columns' codes, numbered as first seen."""
    combined: _Codes = np.zeros(n, dtype=np.intp)
    for codes in code_arrays:
        width = int(codes.max(initial=-1)) + 2  # codes run from -1 (blank) up
        # Re-coding after each column keeps the numbers below n * width: no overflow.
        combined = pd.factorize(combined.astype(np.int64) * width + (codes + 1))[0]
    return combined


def _seconds(moments: np.ndarray[Any, Any]) -> np.ndarray[Any, np.dtype[np.float64]]:
    """POSIX seconds of each aware datetime (NaN for None), each distinct object once."""
    codes, uniques = pd.factorize(moments, use_na_sentinel=True)
    seconds = np.array([moment.timestamp() for moment in uniques] + [np.nan])
    return seconds[codes]


def _parse_in_slices(parse_distinct: Callable[[Any], _Distinct], uniques: Any,
                     threads: int) -> _Distinct:
    """parse_distinct over `threads` slices of the distinct cells at once, merged back as if
    done in one go. Worth it only for a parser that releases the GIL for most of its time,
    as nh3 does while it sanitises."""
    size = max(1, -(-len(uniques) // threads))
    starts = range(0, len(uniques), size)
    with ThreadPoolExecutor(max_workers=threads) as pool:
        slices = list(pool.map(lambda start: parse_distinct(uniques[start:start + size]),
                               starts))
    parsed: list[Any] = []
    blank_codes: list[int] = []
    failed_codes: list[tuple[int, Any, CellError]] = []
    for start, (part, blanks, failures) in zip(starts, slices, strict=True):
        parsed += part
        blank_codes += [start + code for code in blanks]
        failed_codes += [(start + code, raw, error) for code, raw, error in failures]
    return parsed, blank_codes, failed_codes


def _positions_by_code(codes: np.ndarray[Any, Any], wanted: list[int]) -> dict[int, list[int]]:
    """Row positions of each wanted factor code, in one pass however many codes there are."""
    grouped: dict[int, list[int]] = {code: [] for code in wanted}
    if wanted:
        positions = np.flatnonzero(np.isin(codes, wanted))
        for pos, code in zip(positions.tolist(), codes[positions].tolist(), strict=True):
            grouped[code].append(pos)
    return grouped


def _text(cell: Any) -> str:
    if type(cell) is str:
        return " ".join(cell.split())  # split() drops the ends as strip() would
    return " ".join(str(cell_text(cell)).split())


def _names_parser(separator: str) -> _Parser:
    return lambda cell: convert.split_names(cell_text(cell), separator)


def _value_text(value: Any) -> str | None:
    if value is None:
        return None
    text = value.isoformat() if isinstance(value, (dt.date, dt.time)) else str(value)
    return text if len(text) <= VALUE_CHARS else text[: VALUE_CHARS - 1] + "…"
