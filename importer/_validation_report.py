"""What validation made of a sheet, as a value: `ValidationReport` (one RowResult per
record, the sheet's issues, the counts, `to_json`) and `SheetRead`, each workbook sheet
read; with the pause of the cyclic GC while one object per row is built."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from importer._code_pages import encoding_json
from importer.load import SheetPart
from importer.model import RowIssue, RowResult, SessionPayload


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
        with garbage_collection_paused():
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


@contextmanager
def garbage_collection_paused() -> Iterator[None]:
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
