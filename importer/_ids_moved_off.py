"""Ids moved off their talks in the sheet: a talk inserted and the ids below it numbered
down the column again, or the id column sorted alone.

Each row below then finds by its id the session of the talk beside it, and would make that
session its own talk while the talk's own row makes or takes another: attendees who saved
one talk find another. Fewer than half of the rows found so is no stop for another sheet's
ids (_id_changes), and a planner replacing a talk in its row is an edit; but a session
whose title and start another row of the sheet still gives is no talk to overwrite.
Rings of swapped ids are given back before this (_shared_ids), so are not seen here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from importer._id_changes import makes_another_talk, row_key, session_key
from importer.model import row_ref

if TYPE_CHECKING:
    from importer.plan import Plan, PlannedRow


def ids_moved_off_their_talks(plan: Plan) -> str | None:
    """Why the run must stop, when rows would make their session another talk that the
    sheet still has, in a row making or retitling its own (see the module's docstring)."""
    retitled = [row for row in plan.rows if makes_another_talk(row)]
    if not retitled:
        return None
    zone = ZoneInfo(plan.timezone)
    wanting = {row_key(row.payload, zone): row for row in plan.rows
               if row.payload is not None and (row.action == "create" or row in retitled)}
    sessions = {int(session["id"]): session for session in plan.state.sessions}
    moved = [(row, session, other) for row in retitled
             if (session := sessions.get(row.session_id or 0)) is not None
             and (key := session_key(session, zone)) is not None
             and (other := wanting.get(key)) not in (None, row)]
    if not moved:
        return None
    return _message(len(moved), *moved[0])


def _message(count: int, row: PlannedRow, session: dict[str, Any], other: PlannedRow) -> str:
    return (f"{count} row{'s' if count != 1 else ''} found by import id would make their "
            "session another talk that the sheet still has, in another row at its start "
            f"(such as {row_ref(row.result.row, row.result.sheet)}, {row.result.import_id}: "
            f"'{session.get('name')}' would become '{row.result.name}', and "
            f"{row_ref(other.result.row, other.result.sheet)} is '{other.result.name}' under "
            f"{other.result.import_id}): the ids look moved off their talks (a row inserted "
            "and the ids below it numbered again, or the id column sorted alone); put each "
            "talk's id back beside it and give a new talk a new id")
