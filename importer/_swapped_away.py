"""Two sessions' import ids swapped in Builder where one of the two rows cannot take its
session back: its talk was dropped from the sheet, its row is in error this run, or the
mapping's leave_out marks its row out.

The row left found the other talk's session by its id and would make it this row's talk
(attendees who saved that talk finding this one), while its own session stayed under the
other id: --prune deleted it as a talk dropped from the sheet, or the guide showed this talk
twice. A closed ring of rows is settled in _shared_ids; this is the ring closed by a row
that is gone or not sent.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from importer._id_changes import row_key, row_rooms, session_key, session_rooms, take_over
from importer.model import RowIssue, row_prefix, row_ref

if TYPE_CHECKING:
    from importer.model import SessionPayload
    from importer.plan import GuideState, PlannedRow


def take_back_from_absent_rows(rows: list[PlannedRow], state: GuideState,
                               existing: dict[str, list[dict[str, Any]]], timezone: str,
                               column: str | None) -> None:
    """A row whose update would give its session another title takes back, in place, the
    one session with its title and start when that session holds an id of the sheet's
    (`existing`) that no row sent has, and no row sent has the title and start of the
    session it found: the two ids were swapped. Only rows giving a title are looked at."""
    retitled = [row for row in rows if row.action == "update" and row.payload is not None
                and any(change.field == "name" for change in row.changes)]
    if not retitled:
        return
    zone = ZoneInfo(timezone)
    sent = [(row, row.payload) for row in rows
            if row.payload is not None and row.action != "invalid"]
    sent_ids = {row.result.import_id for row, _ in sent}
    wanted: Counter[object] = Counter(row_key(payload, zone) for _, payload in sent)
    taken = {row.session_id for row, _ in sent}
    by_id = {int(session["id"]): session for session in state.sessions}
    by_key: dict[object, list[dict[str, Any]]] = {}
    for session in state.sessions:
        by_key.setdefault(session_key(session, zone), []).append(session)
    for row in retitled:
        assert row.payload is not None and row.session_id is not None
        found = by_id[row.session_id]
        if _retitled_in_place(found, row.payload, state, zone):
            continue
        own = by_key.get(key := row_key(row.payload, zone), [])
        if (len(own) != 1 or wanted[key] != 1 or wanted[session_key(found, zone)]
                or int(own[0]["id"]) in taken):
            continue
        holder = str(own[0].get("import_id") or "")
        if holder in sent_ids or len(existing.get(holder, ())) != 1:
            continue
        _take_back(row, own[0], found, rows, state, column)
        taken.add(row.session_id)


def _retitled_in_place(found: dict[str, Any], payload: SessionPayload, state: GuideState,
                       zone: ZoneInfo) -> bool:
    """The session under the row's id is at the row's start and in its rooms: the row's own
    talk with its title edited in Builder, not another talk whose id was swapped with this
    one (two talks at one time in one room). Another session with the row's title and start
    is then an older one of the talk, left under an id the sheet dropped: --prune's."""
    start = session_key(found, zone)
    return (start is not None and start[1:] == row_key(payload, zone)[1:]
            and session_rooms(found, state)[1] == row_rooms(payload)[1])


def _take_back(row: PlannedRow, own: dict[str, Any], found: dict[str, Any],
               rows: list[PlannedRow], state: GuideState, column: str | None) -> None:
    # The row not sent that has the id: one in error, or one the mapping's leave_out marks out.
    holder = next((other for other in rows
                   if (other.action == "invalid" or other.result.left_out)
                   and other.result.import_id == own.get("import_id")), None)
    take_over(row, own, state)
    if holder is not None and holder.action == "invalid":
        holder.session_id = None  # its session is under another id: which is not known
    row.issues.append(_issue(row, holder, own, found, column))


def _issue(row: PlannedRow, holder: PlannedRow | None, own: dict[str, Any],
           found: dict[str, Any], column: str | None) -> RowIssue:
    result = row.result
    in_error = holder is not None and holder.action == "invalid"
    whose = ("a session no longer in the sheet" if holder is None else
             f"{row_ref(holder.result.row, holder.result.sheet)}, "
             + ("which is in error" if in_error else "which the mapping's leave_out marks out"))
    left = ("for that row once it is fixed" if in_error else
            "(--prune does not delete it while it has this row's id): give it its own "
            "import id in Builder, or delete it there")
    return RowIssue(
        result.row, column, result.import_id, "id-changed-in-guide", "warning",
        f"{row_prefix(result.row, result.sheet)}this row's session '{own.get('name')}' "
        f"(id {own['id']}, its title and start) has in the guide the import_id "
        f"'{own.get('import_id')}' of {whose}, and the session under this row's id, "
        f"'{found.get('name')}' (id {found['id']}), is another talk (their ids swapped in "
        f"Builder, most likely): this row's is given back '{result.import_id}' (one PATCH) "
        f"rather than id {found['id']} made into this talk, which is left as it is {left}",
        result.sheet)
