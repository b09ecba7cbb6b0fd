"""Sessions of the sheet that were in the guide after the last run and are gone now.

The sheet is the source of truth: a session of ours deleted in Builder is made again from its
row. A planner who deleted it there expects it gone, and a quiet nightly run would make it
again without a word. So the state file keeps the import ids of the sheet's sessions in the
guide after each run, and a create whose id it holds is said to be one deleted since.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from importer._deletes import some_named
from importer._id_changes import row_key, session_key
from importer._left_out import how_to_leave_out
from importer.model import SessionPayload, row_ref
from importer.payloads import name_key, stored_names

if TYPE_CHECKING:
    from importer.plan import Plan, PlannedRow
    from importer.report import RowOutcome

# Row outcomes whose session is in the guide after the run.
IN_GUIDE = ("created", "updated", "unchanged")


def deleted_since_last_run(plan: Plan) -> list[PlannedRow]:
    """The creates whose session a run left in the guide: deleted since, most likely in
    Builder. None without a record (a first run, a state file missing or damaged). A row
    warned copy-without-id is none: its session is still there, its import id cleared in
    Builder, and the warning names it."""
    held = plan.saved_state.in_guide() if plan.saved_state is not None else frozenset()
    if not held:
        return []
    renamed = renamed_in_builder(plan)
    return [row for row in plan.rows
            if row.action == "create" and row.result.import_id in held
            and row.result.import_id not in renamed
            and not any(issue.code == "copy-without-id" for issue in row.issues)]


def renamed_in_builder(plan: Plan) -> dict[str, dict[str, Any]]:
    """Of the creates whose session the last run left in the guide, those whose title and
    start a session of ours the sheet no longer has holds, by the row's import id: that
    session's import id was changed in Builder. It is not gone, and --prune would delete
    it (attendees lose it from their schedules) while its row is made again."""
    held = plan.saved_state.in_guide() if plan.saved_state is not None else frozenset()
    if not held or not any(row.action == "create" and row.result.import_id in held
                           for row in plan.rows):
        return {}  # gives up at once where no session the last run left is made again
    left = _left_over(plan)
    zone = ZoneInfo(plan.timezone)
    by_key: dict[object, list[dict[str, Any]]] = {}
    for session in sorted(plan.state.sessions, key=lambda s: int(s["id"])):
        if int(session["id"]) in left and session.get("import_id") not in held:
            # one keeping the id a run gave it is a row's dropped from the sheet, not renamed
            by_key.setdefault(session_key(session, zone), []).append(session)
    renamed: dict[str, dict[str, Any]] = {}
    for row in plan.rows:  # a talk repeated in two rooms: each row takes a session of its own
        if (row.action == "create" and row.payload is not None and row.result.import_id
                and row.result.import_id in held
                and (twins := by_key.get(row_key(row.payload, zone)))):
            renamed[row.result.import_id] = _twin_in_its_rooms(twins, row.payload, plan)
    return renamed


def _twin_in_its_rooms(twins: list[dict[str, Any]], payload: SessionPayload,
                       plan: Plan) -> dict[str, Any]:
    """Of a repeated talk's sessions (same title and start), the one in the row's rooms,
    else the first made, taken out of `twins`: the order the sessions were made in is the
    order their creates happened to end, not the sheet's."""
    rooms = {name_key(name) for name in payload.locations}
    twin = next((session for session in twins if {name_key(name) for name in stored_names(
        session.get("locations") or (), plan.state.location_names)} == rooms), twins[0])
    twins.remove(twin)
    return twin


def _left_over(plan: Plan) -> set[int]:
    """The sessions of ours no row finds: those the plan leaves in the guide or deletes.
    Without an import_id_prefix it lists none left (every session with an import id would
    count, another sheet's too), and every session with an import id is taken for this
    sheet's, as --prune takes it: those no row finds."""
    if plan.import_id_prefix:
        return {d.session_id for d in plan.left_in_guide + plan.deletes}
    found = {row.session_id for row in plan.rows}
    return {int(session["id"]) for session in plan.state.sessions
            if session.get("import_id") and int(session["id"]) not in found}


def renamed_note(renamed: dict[str, dict[str, Any]], where: str) -> str:
    """The note naming the sessions whose import id was changed in Builder (`where` they
    are edited: edited_in)."""
    named = some_named([f"'{session.get('name')}' ({session.get('import_id')}, was {new})"
                        for new, session in renamed.items()], ", ")
    one = len(renamed) == 1
    it, its = ("it", "its") if one else ("them", "their")
    return (f"{len(renamed)} of this sheet's sessions {'has' if one else 'have'} another "
            f"import id in the guide than after the last run (changed in {where}, most "
            f"likely): {named}; {its} {'row' if one else 'rows'} no longer "
            f"{'finds' if one else 'find'} {it}, so {its} "
            f"{'session is' if one else 'sessions are'} made again beside {it} (the app "
            f"shows both, unless --prune deletes the old: attendees then lose {it} from their "
            f"schedules). To keep the old {'one' if one else 'ones'}, set {its} import "
            f"{'id' if one else 'ids'} back in {where}, deleting first the "
            f"{'one' if one else 'ones'} a run made again, if any")


def deleted_since_note(rows: list[PlannedRow], mark: tuple[str, str] | None, *,
                       where: str) -> str:
    """The note naming the sessions deleted from the guide since the last run (in `where`:
    edited_in). With leave_out (`mark`: its header and value), marking the row out is
    offered first, as a team that keeps cancelled talks' rows does."""
    named = some_named([f"'{row.result.name}' ({row_ref(row.result.row, row.result.sheet)})"
                        for row in rows], ", ")
    one = len(rows) == 1
    return (f"{len(rows)} of this sheet's sessions {'was' if one else 'were'} in the guide "
            f"after the last run and {'is' if one else 'are'} gone from it now (deleted in "
            f"{where}, most likely): {named}; {'it is' if one else 'they are'} made again from "
            f"{'its row' if one else 'their rows'}. To remove a session for good, "
            f"{how_to_leave_out(mark) if mark else 'delete its row'} from the sheet; it is "
            "made again from the sheet otherwise")


def in_guide_after(plan: Plan, outcomes: list[RowOutcome]) -> set[str]:
    """The import ids of the sheet's sessions in the guide after the run: those the plan
    read, less those the run deleted or gave another id, with those it made. A deleted
    one whose create did not go through (failed, deferred) stays, to be told of again."""
    ids = set(plan.state.sessions_by_import_id(plan.import_id_prefix))
    ids -= {o.import_id for o in outcomes if o.action == "deleted" and o.import_id}
    done = {(o.sheet, o.row): o.action for o in outcomes if o.row is not None}
    actions = [(row, done.get((row.result.sheet, row.result.row))) for row in plan.rows]
    ids -= _given_up(plan, actions, outcomes)
    ids |= {row.result.import_id for row, action in actions
            if action in IN_GUIDE and row.result.import_id}
    told = {row.result.import_id for row in deleted_since_last_run(plan)}
    return ids | {i for i in told if i is not None} | _gone_from_other_sheets(plan)


def _given_up(plan: Plan, actions: Sequence[tuple[PlannedRow, str | None]],
              outcomes: list[RowOutcome]) -> set[str]:
    """The ids a run changed away from that no session holds now. One set in Builder on a
    session given its own back is another row's too: its session keeps it, whether that row
    comes first or is in error (left as it is)."""
    given = {row.session_id: str(c.old) for row, action in actions if action == "updated"
             for c in row.changes if c.field == "import_id" and c.old}
    gone = given.keys() | {o.session_id for o in outcomes if o.action == "deleted"}
    held = {session.get("import_id") for session in plan.state.sessions
            if int(session["id"]) not in gone}
    return set(given.values()) - held


def _gone_from_other_sheets(plan: Plan) -> set[str]:
    """Without a prefix the sheet's record replaces every id held, other sheets' too: those
    held of sessions gone before this run that no row of it has stay, for the run of the
    sheet they came from to tell of (another sheet's session deleted in Builder, most
    likely)."""
    if plan.import_id_prefix or plan.saved_state is None:
        return set()
    read = plan.state.sessions_by_import_id("")
    ours = {row.result.import_id for row in plan.rows}
    return {i for i in plan.saved_state.in_guide() if i not in read and i not in ours}
