"""Cross-field and cross-row checks of the validator: registration rules, duplicate import
ids and rows repeating another word for word, sessions overlapping in a room; and the ids
derived when a sheet has no id column.

Each check reports through an `IssueSink` (the validator's `add`), so it can be read and tested
apart from the column parsing in `validate.py`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Protocol
from zoneinfo import ZoneInfo

import numpy as np
import pandas as pd

from importer._header_words import column_kind
from importer.convert import cell_text
from importer.model import RowIssue, Severity, row_prefix, row_ref, shortened

MAX_NAMED_ROWS = 10

Seconds = np.ndarray[Any, np.dtype[np.float64]]
Mask = np.ndarray[Any, np.dtype[np.bool_]]


@dataclass(frozen=True)
class RoomCells:
    """A room column as factorised cells: the rooms of each distinct cell, and each row's cell
    as a code into them (-1 for a blank cell)."""

    codes: np.ndarray[Any, np.dtype[np.intp]]
    distinct: Sequence[tuple[str, ...] | None]


class IssueSink(Protocol):
    """Records one issue on the row at position `pos` (0-based, in sheet order)."""

    def __call__(self, pos: int, column: str | None, value: Any, code: str, message: str,
                 severity: Severity = "error") -> None: ...


class _Omit:
    """Marks a blank cell whose field is left out of the payload (Guidebook keeps its value)."""

    def __repr__(self) -> str:
        return "<omitted>"


OMIT: Any = _Omit()


def row_list(rows: Iterable[int], sheets: Sequence[str | None] | None = None) -> str:
    """'rows 4, 9'; with `sheets` (each row's, when several sheets were read) 'row 4 of
    sheet 'Day 1', row 9 of sheet 'Day 2''."""
    numbers = list(rows)
    more = f" and {len(numbers) - MAX_NAMED_ROWS} more" if len(numbers) > MAX_NAMED_ROWS else ""
    if sheets is not None and any(sheet is not None for sheet in sheets):
        named = zip(numbers[:MAX_NAMED_ROWS], sheets, strict=False)
        return ", ".join(row_ref(row, sheet) for row, sheet in named) + more
    shown = ", ".join(str(r) for r in numbers[:MAX_NAMED_ROWS])
    return f"row{'s' if len(numbers) > 1 else ''} {shown}{more}"


def registration_problems(
    row: dict[str, Any], label: Callable[[str], str], schedule_fix: str | None = None
) -> list[tuple[str, str]]:
    """(field, message) for each of the API's registration rules this row breaks.
    `schedule_fix`: the edit to the mapping that says yes to add_to_schedule, where the
    sheet has no column for it."""
    problems = []
    login, schedule = label("require_login"), label("add_to_schedule")
    capacity = label("max_capacity")
    if row.get("require_login") is True and row.get("add_to_schedule") is not True:
        problems.append(("require_login", (
            f"registration needs attendees to be able to add the session to their schedule "
            f"(add_to_schedule), and the sheet has no column saying so; {schedule_fix}, or set "
            f"{login} to no." if schedule_fix else
            f"registration needs {schedule} set to yes; set it to yes, or {login} to no.")))
    if row.get("max_capacity") not in (None, OMIT) and row.get("require_login") is not True:
        problems.append(("max_capacity", f"a capacity limit needs {login} set to yes; set it, "
                         f"or clear {capacity}."))
    if row.get("waitlist") is True and row.get("max_capacity") in (None, OMIT):
        problems.append(("waitlist", f"a waitlist needs a capacity in {capacity}; fill it in, "
                         f"or set {label('waitlist')} to no."))
    for key in ("registration_start_date", "registration_end_date"):
        if row.get(key) is not None and row.get("require_login") is not True:
            problems.append((key, f"registration dates need {login} set to yes; set it, or "
                             f"clear {label(key)}."))
    start, end = row.get("registration_start_date"), row.get("registration_end_date")
    if start is not None and end is not None and end < start:
        problems.append(("registration_end_date", "registration ends before it starts; "
                         "fix the registration dates."))
    return problems


DERIVED_ID_MARK = "auto-"  # between the prefix and the hash of a derived id


def derived_id(prefix: str, name: Any, start: Any, locations: Any, zone: ZoneInfo) -> Any:
    """A stable id from normalised title, local start and first room; None if not derivable."""
    if name is None or start is None:
        return None
    room = locations[0].casefold() if locations else ""
    local = start.astimezone(zone).replace(tzinfo=None).isoformat(timespec="minutes")
    key = "\x1f".join((" ".join(str(name).casefold().split()), local, room))
    return f"{prefix}{DERIVED_ID_MARK}{hashlib.sha1(key.encode()).hexdigest()[:12]}"


def is_derived_id(import_id: str, prefix: str) -> bool:
    """Whether `derived_id` made this id: the sheet had no id column when it was sent."""
    return import_id.startswith(prefix + DERIVED_ID_MARK)


@dataclass
class RoomBookings:
    """One booking per (session, room), sorted by room then start.

    Rooms are kept apart by offsetting each room's times by a large multiple of its code,
    so one sorted array serves every room at once.
    """

    key_start: np.ndarray[Any, Any]
    key_end: np.ndarray[Any, Any]
    # Arrays, not lists: Python objects are made only for the bookings that clash, so a
    # 50,000-row sheet without overlaps never holds 50,000 of them (validate's peak memory).
    positions: np.ndarray[Any, Any]  # each booking's row position
    room_names: np.ndarray[Any, Any]  # each booking's room as its cell names it

    def pos(self, i: int) -> int:
        return int(self.positions[i])

    def name(self, i: int) -> str:
        return str(self.room_names[i])

    ROOM_SPAN = 2.0**34  # seconds, about 540 years: more than any schedule spans
    SCAN = 50  # earlier bookings looked at when naming the sessions a booking overlaps

    @classmethod
    def of(cls, starts: Seconds, ends: Seconds, rooms: RoomCells, errors: Mask) -> RoomBookings:
        """Bookings of rows without errors that end after they start, in row then room order.

        Built with array operations from the distinct room cells: a row's rooms are those of
        its cell, so no Python runs per row.
        """
        room_lists = [tuple(cell or ()) for cell in rooms.distinct] + [()]  # last: blank cells
        sizes = np.array([len(cell) for cell in room_lists])
        per_row = np.where((ends > starts) & ~errors, sizes[rooms.codes], 0)  # NaN: no time
        if not per_row.any():
            return cls(np.empty(0), np.empty(0), np.empty(0, dtype=np.intp),
                       np.empty(0, dtype=object))
        pos = np.repeat(np.arange(len(per_row)), per_row)
        nth_room = np.arange(len(pos)) - np.repeat(np.cumsum(per_row) - per_row, per_row)
        flat_names = [room for cell in room_lists for room in cell]
        which = (np.cumsum(sizes) - sizes)[rooms.codes[pos]] + nth_room  # into flat_names
        flat_keys = pd.factorize(np.array([room.casefold() for room in flat_names], dtype=object))
        # Room codes numbered as first booked, so rooms sort the same however cells are spelt.
        codes = pd.factorize(flat_keys[0][which])[0] * cls.ROOM_SPAN
        first = starts[pos].min()
        key_start = codes + (starts[pos] - first)
        key_end = codes + (ends[pos] - first)
        order = np.lexsort((key_end, key_start))
        names = np.array(flat_names, dtype=object)[which[order]]
        return cls(key_start[order], key_end[order], pos[order], names)

    def clashing(self) -> Iterator[tuple[int, int]]:
        """(booking index, number of bookings it overlaps) for every booking that overlaps."""
        if not len(self.positions):
            return
        starting_before_end = np.searchsorted(self.key_start, self.key_end, side="left")
        ended_by_start = np.searchsorted(np.sort(self.key_end), self.key_start, side="right")
        counts = starting_before_end - ended_by_start - 1  # minus the booking itself
        for i in np.flatnonzero(counts > 0).tolist():
            yield i, int(counts[i])

    def partners(self, i: int) -> list[int]:
        """Row positions of (up to MAX_NAMED_ROWS) bookings overlapping booking `i`."""
        found: list[int] = []
        j = i + 1
        while j < len(self.positions) and self.key_start[j] < self.key_end[i] and (
                len(found) < MAX_NAMED_ROWS):
            found.append(self.pos(j))
            j += 1
        for j in range(i - 1, max(-1, i - 1 - self.SCAN), -1):
            if len(found) >= MAX_NAMED_ROWS:
                break
            if self.key_end[j] > self.key_start[i]:
                found.append(self.pos(j))
        return found


def check_duplicate_ids(ids: list[Any], header: str | None, derived: bool,
                        row_numbers: Sequence[int], add: IssueSink,
                        row_sheets: Sequence[str | None] | None = None,
                        cells: pd.DataFrame | None = None) -> None:
    """Every row whose import id another row also has; `derived` ids name no column.
    `cells`: the mapped columns of every row, to name those in which the rows differ."""
    dupes = _shared_ids(ids)
    for import_id, group in dupes.groupby(dupes, sort=False):
        positions = group.index.tolist()
        differ = "" if cells is None else differing_columns(cells.iloc[positions])
        if derived:
            same = "they have the same title, start time and first room"
            fix = (f"{same} but differ in {differ}: if they are one session, make them agree; "
                   "if not, give them different titles" if differ else
                   f"{same}: remove the repeated row or give them different titles")
        else:
            fix = (f"the rows differ in {differ}: if they are one session, make them agree; "
                   f"if not, give each session its own {header!r}" if differ else
                   f"give each session its own {header!r}")
        for pos in positions:
            others = [p for p in positions if p != pos]
            others_named = row_list((row_numbers[p] for p in others),
                                    [row_sheets[p] for p in others] if row_sheets else None)
            add(pos, header, import_id, "duplicate-import-id",
                f"import id {import_id!r} is also used by {others_named}; {fix}.")


MAX_NAMED_DIFFERENCES = 3  # columns named, and values of each, in a duplicate id's message


def differing_columns(rows: pd.DataFrame) -> str:
    """The columns in which `rows` do not all agree, each with its values in row order:
    "'Room' ('Hall A' / 'Hall B')"; '' when they agree throughout."""
    named = []
    for header in rows.columns:
        texts = list(dict.fromkeys(cell_text(cell) for cell in rows[header].tolist()))
        if len(texts) < 2:
            continue
        shown = " / ".join("blank" if text is None else repr(shortened(text, 40))
                           for text in texts[:MAX_NAMED_DIFFERENCES])
        more = len(texts) - MAX_NAMED_DIFFERENCES
        named.append(f"{header!r} ({shown}{f' and {more} more' if more > 0 else ''})")
    more = len(named) - MAX_NAMED_DIFFERENCES
    return ", ".join(named[:MAX_NAMED_DIFFERENCES]) + (
        f" and {more} more column{'s' if more > 1 else ''}" if more > 0 else "")


def shared_id_positions(ids: list[Any]) -> list[int]:
    """Positions of the rows whose id another row also has."""
    positions: list[int] = _shared_ids(ids).index.tolist()
    return positions


def _shared_ids(ids: list[Any]) -> pd.Series[Any]:
    """The ids another row also has, indexed by their rows' positions."""
    series = pd.Series(ids, dtype=object)
    return series[series.notna() & series.duplicated(keep=False)]


def repeated_rows(cells: pd.DataFrame, ids: list[Any], shared: list[int]) -> dict[int, int]:
    """Rows that share an id with an earlier row and agree with it in every mapped column
    (an export with a row per speaker writes such rows) -> that earlier row's position.
    `cells`: the mapped columns of the rows at `shared`, in that order."""
    repeats: dict[int, int] = {}
    first_with: dict[tuple[Any, ...], int] = {}
    for pos, row in zip(shared, cells.itertuples(index=False), strict=True):
        key = (ids[pos], *map(cell_text, row))
        if key in first_with:
            repeats[pos] = first_with[key]
        else:
            first_with[key] = pos
    return repeats


def presenter_rows(ids: list[Any], alone: Mask, skipped: Mask) -> dict[int, int]:
    """Rows that hold an id and, of the mapped columns, only the description's added ones
    (`alone`), where a row of that id has more: a co-presenter as a sessions-and-speakers
    export writes one, the rest of the row blank, under the session's row or, in a sheet
    sorted by speaker, above it -> the position of that id's first row with more.
    A row of that id whose first row is `skipped` (no start yet) stays as it is."""
    found: dict[int, int] = {}
    if not alone.any():
        return found
    firsts: dict[Any, int] = {}
    only = alone.tolist()
    for pos, (import_id, only_added) in enumerate(zip(ids, only, strict=True)):
        if import_id is not None and not only_added:
            firsts.setdefault(import_id, pos)
    for pos, (import_id, only_added) in enumerate(zip(ids, only, strict=True)):
        if (only_added and import_id is not None
                and (first := firsts.get(import_id)) is not None and not skipped[first]):
            found[pos] = first
    return found


def repeat_issue(row: int, first_row: int, sheet: str | None = None,
                 first_sheet: str | None = None, added: Sequence[str] = (),
                 differing: Sequence[str] = ()) -> RowIssue:
    """`added`: the description's added columns in which the row differs from the first
    row, whose values were listed in that row's session; `differing`: every column in which
    it differs, those and the ones no field reads."""
    first = row_ref(first_row, first_sheet)
    written = rows_written_per(differing)
    if added:
        columns = ", ".join(map(repr, added))
        return RowIssue(
            row, None, None, "repeated-row", "warning",
            f"{row_prefix(row, sheet)}repeats {first} in every mapped column but {columns} "
            f"({written}), so the session is sent once, from {first}, with this row's "
            f"{columns} added to its description.", sheet)
    if not differing:
        return RowIssue(
            row, None, None, "repeated-row", "warning",
            f"{row_prefix(row, sheet)}repeats {first} word for word (a copy), so the session "
            f"is sent once, from {first} alone.", sheet)
    unread = ", ".join(map(repr, differing))
    return RowIssue(
        row, None, None, "repeated-row", "warning",
        f"{row_prefix(row, sheet)}repeats {first} in every mapped column ({written}), so the "
        f"session is sent once, from {first} alone: to list each row's {unread} in its "
        f"description, add {'them' if len(differing) > 1 else 'it'} to add_columns under "
        "[fields.description].", sheet)


def rows_written_per(differing: Sequence[str]) -> str:
    """Why a session's rows repeat, from the columns in which they differ: a speaker's
    ('Speaker', 'Affiliation') or a paper's ('Paper Title')."""
    kinds = {column_kind(header) for header in differing}
    if kinds == {"people"}:
        return "as an export with a row per speaker writes them"
    per = "paper" if "paper" in kinds else "paper or per speaker"
    return f"as a programme with a row per {per} writes them"


def presenter_issue(row: int, first_row: int, sheet: str | None, first_sheet: str | None,
                    added: Sequence[str]) -> RowIssue:
    """The warning of a row `presenter_rows` found: `added`, its filled added columns (none
    where the mapping reads no column of its speaker)."""
    first, columns = row_ref(first_row, first_sheet), ", ".join(map(repr, added))
    holds = (f"and, of the mapped columns, only {columns}" if added else
             "and no other cell the mapping reads")
    sent = (f"with this row's {columns} added to its description" if added else
            "this row adding nothing to it")
    return RowIssue(
        row, None, None, "repeated-row", "warning",
        f"{row_prefix(row, sheet)}has {first}'s id {holds} (as an export with a row per "
        f"speaker writes a session's other speakers), so the session is sent once, from "
        f"{first}, {sent}.", sheet)


# Given each clashing row's position and those of the rows it overlaps, what every
# room-overlap warning adds ('' for nothing): a hint that holds for all of them.
ClashNote = Callable[[Sequence[tuple[int, Sequence[int]]]], str]


def check_room_overlaps(starts: Seconds, ends: Seconds, rooms: RoomCells, errors: Mask,
                        header: str | None, row_numbers: Sequence[int], add: IssueSink,
                        row_sheets: Sequence[str | None] | None = None,
                        note: ClashNote | None = None) -> None:
    """Warn about sessions that overlap in one room, counting overlaps with sorted arrays.

    `starts` and `ends` are POSIX seconds per row, NaN where the row has none.
    """
    bookings = RoomBookings.of(starts, ends, rooms, errors)
    clashes = [(i, count, sorted(bookings.partners(i))) for i, count in bookings.clashing()]
    added = note([(bookings.pos(i), partners) for i, _, partners in clashes]) if (
        clashes and note) else ""
    for i, count, partners in clashes:  # partners in sheet order, sheets in the order read
        listed = row_list([row_numbers[p] for p in partners],
                          [row_sheets[p] for p in partners] if row_sheets else None)
        if count > len(partners):
            listed += f" and {count - len(partners)} more"
        room = bookings.name(i)
        add(bookings.pos(i), header, room, "room-overlap",
            f"overlaps {listed} in {room!r}; check the times and rooms (ignore this "
            f"if the sessions really share the room).{added}", severity="warning")
