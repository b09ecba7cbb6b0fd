"""Sessions in no row that a row made anew this run has the title of: shown twice.

On a sheet without an id column, a talk whose title others share ('Workshop') moved to
another time and room at once is made anew (_id_changes pairs it with its old session only
by a title no other row has), and its old session stays without --prune. The note on
sessions left said only that it 'stays unless you run with --prune': this one says the app
shows the talk twice, at the old session's time, beside the row made anew.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from importer import payloads
from importer._checks import row_list
from importer._deletes import LEFT_OUT_REASON, PlannedDelete, some_named, unread_sheets
from importer._report_words import edited_in
from importer.payloads import name_key

if TYPE_CHECKING:
    from importer.plan import Plan, PlannedRow

Beside = list[tuple[PlannedDelete, list["PlannedRow"]]]


def made_anew_beside(plan: Plan) -> Beside:
    """The sessions left in the guide, each with the rows made anew this run that have its
    title; none but on a sheet of derived ids whose every tab was read (a session in no row
    read may be another tab's)."""
    if not plan.left_in_guide or unread_sheets(plan.validation) is not None or not any(
            issue.code == "derived-import-id" for issue in plan.validation.sheet_issues):
        return []
    made: dict[str, list[PlannedRow]] = {}
    for row in plan.rows:
        if row.action == "create" and row.payload is not None:
            made.setdefault(name_key(row.payload.name), []).append(row)
    return [(left, rows) for left in plan.left_in_guide
            if left.reason != LEFT_OUT_REASON and (rows := made.get(name_key(left.name)))]


def made_anew_note(plan: Plan, beside: Beside) -> str:
    """What the app shows, when, and how the old sessions go."""
    sessions = {int(session["id"]): session for session in plan.state.sessions}
    zone = ZoneInfo(plan.timezone)
    why = ("(on a sheet without an id column, a talk whose time and room are edited at once "
           "is a new session)")
    where = edited_in(plan.api_url)
    if len(beside) == 1:
        (left, rows), = beside
        one = len(rows) == 1
        return (f"the app shows '{left.name}' twice: its session at "
                f"{_start(sessions[left.session_id], zone)} ({left.import_id}) is in no "
                f"row now, and {_rows(rows)}, with its title, make{'s' if one else ''} "
                f"{'a new session' if one else 'new sessions'} beside it {why}; the old one "
                f"stays until a run with --prune deletes it (or delete it in {where})")
    named = some_named([f"'{left.name}' at {_start(sessions[left.session_id], zone)} "
                        f"({left.import_id}; {_rows(rows)})" for left, rows in beside], ", ")
    return (f"the app shows {len(beside):,} talks twice: their sessions in no row now, beside "
            f"the new ones that rows with their titles make {why}: {named}; the old ones stay "
            f"until a run with --prune deletes them (or delete them in {where})")


def _rows(rows: list[PlannedRow]) -> str:
    return row_list([row.result.row for row in rows], [row.result.sheet for row in rows])


def _start(session: dict[str, Any], zone: ZoneInfo) -> str:
    """'Tue 11 May 10:00' in the event's zone, as the plan's table writes a start."""
    start = payloads.parse_datetime(session.get("start_time"))
    if start is None:
        return "no start"
    local = start.astimezone(zone)
    return f"{local:%a %d %b} all day" if session.get("all_day") else f"{local:%a %d %b %H:%M}"
