"""Several sessions in the guide under one row's import id: which is the row's.

Another tool made a session twice, or a planner copied one in Builder: the copies share the
talk's title and start, the row updates the lowest, and --prune deletes the rest. But a
planner may also have typed another row's id over a session's in Builder: the two sessions
under that id are then different talks, and taking the lowest would overwrite one talk with
the other's content while --prune deleted the other. So among sessions that are not all one
talk, the row's is the one with its title and start; one with another row's title and start,
that row finding no session by its own id, is that row's, its id changed in Builder (given
back in place); and where no session is plainly the row's, the row stops rather than guess.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from importer import payloads
from importer._deletes import COPY_REASON, PlannedDelete
from importer._id_changes import row_key, session_key, take_over
from importer.model import RowIssue, row_prefix, row_ref

if TYPE_CHECKING:
    from importer.plan import GuideState, Plan, PlannedRow

Sessions = list[dict[str, Any]]


def settle_shared_ids(rows: list[PlannedRow], existing: dict[str, Sessions],
                      state: GuideState, timezone: str, column: str | None) -> bool:
    """Each row found by an import id that several sessions share keeps the one that is its
    own, and a row to create takes back its session from under such an id, whether a row
    has that id or none does now (see the module's docstring). Only ids held by several
    sessions are looked at. Returns whether a row was stopped, its session not told."""
    shared = {import_id: sessions for import_id, sessions in existing.items()
              if len(sessions) > 1}
    if not shared:
        return False
    zone = ZoneInfo(timezone)
    to_create: dict[object, list[PlannedRow]] = defaultdict(list)
    for row in rows:
        if row.action == "create" and row.payload is not None:
            to_create[row_key(row.payload, zone)].append(row)
    found = [row for row in rows if row.action in ("update", "unchanged")
             and row.result.import_id in shared]
    for row in found:
        _settle(row, shared[row.result.import_id or ""], to_create, state, zone, column)
    for row in rows:
        if row.action == "invalid" and row.result.import_id in shared:
            _give_back_beside_error(row, shared[row.result.import_id or ""], to_create,
                                    state, zone, column)
    in_sheet = {row.result.import_id for row in rows}
    for sessions in (sessions for import_id, sessions in shared.items()
                     if import_id not in in_sheet):
        _give_back(sessions, [session_key(s, zone) for s in sessions], None, to_create,
                   state, zone, column)
    return any(row.action == "invalid" for row in found)


def _settle(row: PlannedRow, sessions: Sessions, to_create: dict[object, list[PlannedRow]],
            state: GuideState, zone: ZoneInfo, column: str | None) -> None:
    assert row.payload is not None
    keys = [session_key(session, zone) for session in sessions]
    if len(set(keys)) == 1:  # copies of one talk: any of them is the row's
        row.issues.append(_copies_issue(row, sessions, column))
        return
    renamed = _give_back(sessions, keys, row, to_create, state, zone, column)
    own = _own_session(row, sessions, keys, renamed, zone)
    if own is None:
        _stop(row, [s for s in sessions if int(s["id"]) not in renamed], column)
        return
    row.session_id = int(own["id"])
    row.changes = payloads.diff(row.payload, own, state.track_names, state.location_names)
    row.action = "update" if row.changes else "unchanged"
    others = [session for session in sessions
              if session is not own and int(session["id"]) not in renamed]
    if others:
        row.issues.append(_others_issue(row, own, others, zone, column))


def give_back_swapped_ids(rows: list[PlannedRow], state: GuideState, timezone: str,
                          column: str | None) -> None:
    """Rows found by import id whose sessions hold each other's title and start: their ids
    were swapped (or turned round) in Builder. Updating each would make both sessions other
    talks, attendees' saved talk 1 showing talk 2; each row takes back its own session in
    place instead. Only rows whose title would change are looked at, and only a closed ring
    of them: a sheet moving two talks of one title into each other's slots is a sheet edit."""
    zone = ZoneInfo(timezone)
    sessions = {int(s["id"]): s for s in state.sessions}
    retitled = {row.session_id: row for row in rows
                if row.action == "update" and row.session_id is not None
                and any(change.field == "name" for change in row.changes)}
    if len(retitled) < 2:
        return
    by_key = _unique({session_key(sessions[sid], zone): sessions[sid] for sid in retitled},
                     [session_key(sessions[sid], zone) for sid in retitled])
    rows_by_key = _unique({row_key(r.payload, zone): r for r in retitled.values() if r.payload},
                          [row_key(r.payload, zone) for r in retitled.values() if r.payload])
    taken = {int(by_key[key]["id"]): row for key, row in rows_by_key.items() if key in by_key}
    for session_id, row in _rings(taken, retitled).items():
        take_over(row, sessions[session_id], state)
        row.issues.append(_given_back_issue(row, retitled[session_id], sessions[session_id],
                                            column))


def _rings(taken: dict[int, PlannedRow],
           holders: dict[int, PlannedRow]) -> dict[int, PlannedRow]:
    """Of the sessions rows would take (session id -> row; `holders`: session id -> the row
    on it now), those in rings, each taking row's own session taken in turn. A chain (a
    talk inserted, the ids after it shifted) ends in a session nobody takes: it is dropped
    link by link, each once, rather than sweeping the rest again per link."""
    taken = dict(taken)
    takes = {id(row): session_id for session_id, row in taken.items()}
    loose = [sid for sid, row in taken.items() if row.session_id not in taken]
    while loose:
        sid = loose.pop()
        if taken.pop(sid, None) is None:
            continue
        # the row on the session no longer taken keeps it, so gives up the one it took
        if (given_up := takes.get(id(holders[sid]))) is not None:
            loose.append(given_up)
    return taken


def _unique(mapping: dict[Any, Any], keys: list[Any]) -> dict[Any, Any]:
    """`mapping` without the keys that `keys` holds more than once."""
    counts = Counter(keys)  # not keys.count: a whole sheet of other ids may be retitled
    return {key: value for key, value in mapping.items() if counts[key] == 1}


def _give_back_beside_error(row: PlannedRow, sessions: Sessions,
                            to_create: dict[object, list[PlannedRow]], state: GuideState,
                            zone: ZoneInfo, column: str | None) -> None:
    """A row in error keeps its session as it is, but one under its id with another row's
    title and start is that row's all the same: it is given back, rather than made again
    beside it, and the row in error names the session left as its own."""
    renamed = _give_back(sessions, [session_key(s, zone) for s in sessions], row, to_create,
                         state, zone, column)
    if renamed:
        left = [s for s in sessions if int(s["id"]) not in renamed]
        row.session_id = int(left[0]["id"]) if left else None


def _give_back(sessions: Sessions, keys: list[tuple[object, ...] | None],
               holder: PlannedRow | None, to_create: dict[object, list[PlannedRow]],
               state: GuideState, zone: ZoneInfo, column: str | None) -> set[int]:
    """Of sessions sharing an import id (`holder`'s, or one no row has now) and not all one
    talk, those that are another row's, its id changed in Builder: the one session with
    that row's title and start, the one row with them, which finds no session by its own
    id. The row takes it back in place (and no other shared id can take that row). Returns
    the ids of those sessions."""
    if len(set(keys)) == 1:
        return set()
    own = row_key(holder.payload, zone) if holder and holder.payload else None
    given: set[int] = set()
    for session, key in zip(sessions, keys, strict=True):
        if key != own and len(to_create.get(key, ())) == 1 and keys.count(key) == 1:
            row = to_create.pop(key)[0]
            take_over(row, session, state)
            row.issues.append(_given_back_issue(row, holder, session, column))
            given.add(int(session["id"]))
    return given


def _own_session(row: PlannedRow, sessions: Sessions, keys: list[tuple[object, ...] | None],
                 renamed: set[int], zone: ZoneInfo) -> dict[str, Any] | None:
    """The row's session: the lowest with its title and start; else, when the sessions left
    besides other rows' are copies of one talk (the row's title or start edited in the
    sheet since), the lowest of them; else none can be told."""
    assert row.payload is not None
    key = row_key(row.payload, zone)
    mine = [session for session, other in zip(sessions, keys, strict=True) if other == key]
    if mine:
        return mine[0]
    rest = [(session, other) for session, other in zip(sessions, keys, strict=True)
            if int(session["id"]) not in renamed]
    return rest[0][0] if rest and len({other for _, other in rest}) == 1 else None


def _stop(row: PlannedRow, sessions: Sessions, column: str | None) -> None:
    """Not sent: updating either session may overwrite one talk with another."""
    result = row.result
    row.action, row.session_id, row.changes = "invalid", None, []
    row.issues.append(RowIssue(
        result.row, column, result.import_id, "ambiguous-in-guide", "error",
        f"{row_prefix(result.row, result.sheet)}the guide holds {len(sessions)} different "
        f"sessions with import_id '{result.import_id}', {_named(sessions)}, and none has "
        "this row's title and start, so which is this row's cannot be told: the row is not "
        "sent, and they are left as they are (also by --prune); in Builder, give each one "
        "that is not this row's session the import id of its own row (or delete it), then "
        "run again", result.sheet))


def _copies_issue(row: PlannedRow, sessions: Sessions, column: str | None) -> RowIssue:
    result = row.result
    ids = ", ".join(str(session["id"]) for session in sessions)
    return RowIssue(
        result.row, column, result.import_id, "duplicate-in-guide", "warning",
        f"{row_prefix(result.row, result.sheet)}the guide holds {len(sessions)} sessions with "
        f"import_id '{result.import_id}' (ids {ids}), copies of one talk; the lowest is "
        "the one this row keeps up to date, --prune deletes the others", result.sheet)


def _others_issue(row: PlannedRow, own: dict[str, Any], others: Sessions, zone: ZoneInfo,
                  column: str | None) -> RowIssue:
    """The row updates its own session; say what becomes of the others under its id."""
    result = row.result
    assert row.payload is not None
    why = ("with its title and start" if session_key(own, zone) == row_key(row.payload, zone)
           else "the one talk there that is no other row's (this row's title or start was "
           "edited since)")
    copies = [s for s in others if session_key(s, zone) == session_key(own, zone)]
    talks = [s for s in others if all(s is not copy for copy in copies)]
    told = []
    if copies:
        told.append(f"--prune deletes {_ids(copies)}, "
                    f"{'a copy' if len(copies) == 1 else 'copies'} of it")
    if talks:
        one = len(talks) == 1
        told.append(f"{_named(talks)} {'is another talk' if one else 'are other talks'} "
                    f"that no row finds, so {'it is' if one else 'they are'} left as "
                    f"{'it is' if one else 'they are'}, also by --prune: give "
                    f"{'it' if one else 'each'} the import id of its own row in Builder, or "
                    "delete it there")
    return RowIssue(
        result.row, column, result.import_id, "duplicate-in-guide", "warning",
        f"{row_prefix(result.row, result.sheet)}the guide holds {len(others) + 1} sessions "
        f"with import_id '{result.import_id}': this row's is id {own['id']}, {why}, the one "
        f"this row keeps up to date; {'; '.join(told)}", result.sheet)


def _given_back_issue(row: PlannedRow, holder: PlannedRow | None, session: dict[str, Any],
                      column: str | None) -> RowIssue:
    """A row taking back its session, whose import id was set in Builder to `holder`'s, or
    to one no row has now (`holder` None)."""
    result = row.result
    whose = (row_ref(holder.result.row, holder.result.sheet) if holder
             else "a session no longer in the sheet")
    keeps = ("each row keeps its own session, and attendees keep both" if holder else
             "it is not made again, and attendees keep it")
    return RowIssue(
        result.row, column, result.import_id, "id-changed-in-guide", "warning",
        f"{row_prefix(result.row, result.sheet)}this row's session '{session.get('name')}' "
        f"(id {session['id']}, its title and start) has in the guide the import_id "
        f"'{session.get('import_id')}' of {whose} (changed in Builder, most likely): it is "
        f"given back '{result.import_id}' (one PATCH), so "
        f"{keeps} in their schedules", result.sheet)


def _named(sessions: Sessions) -> str:
    return ", ".join(f"id {s['id']} ('{s.get('name') or ''}')" for s in sessions)


def _ids(sessions: Sessions) -> str:
    return ("id " if len(sessions) == 1 else "ids ") + ", ".join(str(s["id"]) for s in sessions)


def extra_copies(existing: dict[str, Sessions], plan: Plan) -> list[PlannedDelete]:
    """With --prune, the sessions sharing an import id with one a row keeps that are copies
    of it (its title and start): another tool made it twice, or it was copied in Builder.
    Another talk under the id is not deleted: the row's warning names it."""
    zone = ZoneInfo(plan.timezone)
    gone = {d.session_id for d in plan.deletes}
    kept = {row.session_id for row in plan.rows if row.session_id is not None}
    copies = []
    for import_id, sessions in existing.items():
        if len(sessions) < 2:
            continue
        talks = {session_key(s, zone) for s in sessions if int(s["id"]) in kept}
        copies += [PlannedDelete(int(s["id"]), import_id, str(s.get("name") or ""),
                                 COPY_REASON)
                   for s in sessions if int(s["id"]) not in kept | gone
                   and session_key(s, zone) in talks]
    return copies
