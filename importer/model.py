"""Values shared by the pipeline stages: row issues, session payloads, validation results."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

Severity = Literal["error", "warning"]


@dataclass(frozen=True, slots=True)
class RowIssue:
    """One problem with one row (or, with `row=None`, with the whole sheet).

    `row` is the row number as the spreadsheet program shows it; `column` the header as
    written in the sheet; `code` a short stable identifier such as ``bad-time``. `sheet`
    names the row's sheet when several sheets were read as one (else None).
    """

    row: int | None
    column: str | None
    value: str | None
    code: str
    severity: Severity
    message: str
    sheet: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            **({"sheet": self.sheet} if self.sheet is not None else {}),
            "row": self.row,
            "column": self.column,
            "value": self.value,
            "code": self.code,
            "severity": self.severity,
            "message": self.message,
        }

    def body(self) -> str:
        """The message after its row's own 'Row 14: ' (or 'Row 14 of sheet 'Day 2': '), for
        a place that names the row already; a message not starting so, whole."""
        if self.row is None:
            return self.message
        return self.message.removeprefix(row_prefix(self.row, self.sheet))


def row_ref(row: int, sheet: str | None) -> str:
    """A row as the user finds it: 'row 14', or 'row 14 of sheet 'Day 2'' when several
    sheets were read as one (each has a row 14)."""
    return f"row {row}" if sheet is None else f"row {row} of sheet {sheet!r}"


def listed(items: Sequence[str]) -> str:
    """'a', 'a and b', or 'a, b and c': items as a message lists them."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def listed_all(texts: Sequence[str]) -> str:
    """'Lunch', or 'Coffee break' and 'Lunch', or 'A', 'B' and 'C': each quoted."""
    return listed([repr(text) for text in texts])


def unmistakable(names: Sequence[str]) -> list[str]:
    """`names` as a list can show them: each quoted when one holds a comma or ' and ' (a room
    named with its venue, 'Main Hall, Town Theatre'), which would read as two."""
    if any("," in name or " and " in name for name in names):
        return [repr(name) for name in names]
    return list(names)


def shortened(text: str, limit: int) -> str:
    """`text` cut to `limit` characters, an ellipsis its last, for quoting it in a line."""
    return text if len(text) <= limit else text[:limit - 1] + "…"


def header_rows_text(first: int, rows: int = 1) -> str:
    """Where a header stands: 'row 3', or 'rows 1–2' for one written on two rows."""
    return f"{'row' if rows == 1 else 'rows'} {row_span(first, rows)}"


def row_span(first: int, rows: int) -> str:
    return str(first) if rows == 1 else f"{first}–{first + rows - 1}"


def row_prefix(row: int, sheet: str | None) -> str:
    """The start of a row's message: 'Row 14: ', or 'Row 14 of sheet 'Day 2': '."""
    return f"R{row_ref(row, sheet)[1:]}: "


class SessionPayload(BaseModel):
    """A session as the sheet describes it, ready to plan against the guide.

    Times are timezone-aware UTC. Tracks and locations are names here; the planner resolves
    them to ids. Only the fields the mapping sets are in `model_fields_set`, and only those
    are sent on create.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    import_id: str
    name: str
    start_time: datetime
    end_time: datetime | None = None
    all_day: bool | None = None
    description_html: str | None = None
    allow_rating: bool | None = None
    add_to_schedule: bool | None = None
    schedule_tracks: tuple[str, ...] = ()
    locations: tuple[str, ...] = ()
    rank: float | None = None
    require_login: bool | None = None
    max_capacity: int | None = None
    waitlist: bool | None = None
    registration_start_date: datetime | None = None
    registration_end_date: datetime | None = None
    image: str | None = None


class RowResult:
    """What validation made of one input row: a payload, issues, or both (warnings only).

    A row without errors has a payload; the validator may hand over a function that builds
    it from the validated columns on first use, so a 50,000-row sheet whose payloads nobody
    reads (`gbimport validate`) never holds 50,000 payload objects.
    """

    __slots__ = ("_build", "_payload", "import_id", "issues", "name", "room_alone", "row",
                 "sheet", "title_as_written")

    def __init__(
        self,
        row: int,
        name: str | None,
        import_id: str | None,
        payload: SessionPayload | None = None,
        issues: Sequence[RowIssue] = (),
        build: Callable[[int, str | None], SessionPayload] | None = None,
        sheet: str | None = None,
    ) -> None:
        self.row = row
        self.sheet = sheet  # when several sheets were read as one
        self.name = name
        # The title before its HTML tags and references were read, when they were: what
        # an id derived from the title is made from.
        self.title_as_written: str | None = None
        # The first room as the room column names it, where the mapping joins a venue to
        # it: what an id derived before the mapping joined them was made from.
        self.room_alone: str | None = None
        self.import_id = import_id
        self.issues = issues
        self._payload = payload
        self._build = build  # called once, with `row` and `sheet`, when the payload is first read

    @property
    def payload(self) -> SessionPayload | None:
        if self._build is not None:
            self._payload, self._build = self._build(self.row, self.sheet), None
        return self._payload

    @property
    def skipped(self) -> bool:
        """No session and no error: a row the validator read as not being one (a section
        heading, an unscheduled row, a repeat of an earlier row): its warning says which."""
        return self._build is None and self._payload is None and not self.has_errors

    @property
    def left_out(self) -> bool:
        """A row the mapping's leave_out marks as out: its session counts as gone."""
        return any(issue.code == "left-out" for issue in self.issues)

    @property
    def has_errors(self) -> bool:
        return any(issue.severity == "error" for issue in self.issues)

    @property
    def has_warnings(self) -> bool:
        return any(issue.severity == "warning" for issue in self.issues)

    def __repr__(self) -> str:
        where = "" if self.sheet is None else f"sheet={self.sheet!r}, "
        return (f"RowResult({where}row={self.row!r}, name={self.name!r}, "
                f"import_id={self.import_id!r}, issues={len(self.issues)})")
