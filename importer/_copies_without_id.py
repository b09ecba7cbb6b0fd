"""Rows to create whose title and start a session without an import id has (--adopt).

Such a session was made by Builder's spreadsheet import or by hand, or was ours until its
import id was cleared in Builder: --adopt takes it over, else the row is warned that the app
will show the talk twice.
"""

from __future__ import annotations

from typing import Any

from importer._guide_state import GuideState
from importer._id_changes import take_over, unmarked_matches
from importer._plan_value import PlannedRow
from importer.model import RowIssue, row_prefix

# What a row to create warned copy-without-id with a session --adopt would take over is
# told (render prints such rows as one line past a few: COPIES_ADOPTABLE).
ADOPTABLE = ("it is left alone and this row's session is made beside it, so the app shows "
             "both; run with --adopt to take it over instead (one PATCH, and attendees keep "
             "it in their schedules), or delete the one not wanted in Builder")


COPIES_ADOPTABLE = (
    "the guide already holds a session with the row's title and start time and no import "
    "id, made in Builder (by its spreadsheet import, or by hand) or its import id cleared "
    "there: each is left alone and the row's session made beside it, so the app shows "
    "both; run with --adopt to take them over instead (one PATCH each, and attendees keep "
    "them in their schedules), or delete the ones not wanted in Builder (--json names each "
    "row's session)")


def adoptable_copy(issue: RowIssue) -> bool:
    """A copy-without-id warning on a row whose session --adopt would take over (not one
    in doubt between several): told by its words, ADOPTABLE, as the issue carries no more."""
    return issue.code == "copy-without-id" and issue.message.endswith(ADOPTABLE)


def name_copies_without_id(
    rows: list[PlannedRow], state: GuideState, timezone: str, column: str | None, *,
    adopt: bool,
) -> str | None:
    """A row to create whose title and start a session without an import id has: made by
    Builder's spreadsheet import or by hand, or ours until its import id was cleared in
    Builder. With `adopt`, the row takes that session over (one PATCH: its import_id and
    the fields that differ); else, or where which session is the row's cannot be told,
    the row's session is made beside it: say so, as the app will show the talk twice.
    Returns, when `adopt` took any over, a note naming the sessions without an import id
    that no row took: a row edited in the sheet since Builder's import matches none, nor
    does a talk dropped from it, or another sheet's session."""
    pairs, unclear = unmarked_matches(rows, state, timezone)
    for row, session in pairs:
        if adopt:
            take_over(row, session, state)
        else:
            row.issues.append(_copy_issue(row, [session], column, ADOPTABLE))
    for row, sessions, rows_alike in unclear:
        alike = "this row and " if rows_alike == 1 else f"{rows_alike} rows and "
        alike += "that session" if len(sessions) == 1 else f"{len(sessions)} sessions"
        them = "it" if len(sessions) == 1 else "them"
        row.issues.append(_copy_issue(row, sessions, column, (
            f"{alike} share this title and start, and no room or track tells which is this "
            "row's, so none is taken over (not even with --adopt) and this row's session is "
            f"made beside {them}, so the app shows both; delete the one not wanted in "
            "Builder, or give the sessions there the sheet's rooms and run with --adopt")))
    if not adopt or not pairs:
        return None
    taken = {int(session["id"]) for _, session in pairs}
    warned = {int(session["id"]) for _, sessions, _ in unclear for session in sessions}
    left = [session for session in sorted(state.sessions, key=lambda s: int(s["id"]))
            if not session.get("import_id") and int(session["id"]) not in taken | warned]
    if not left:
        return None
    named = ", ".join(f"{session.get('name')!r} (id {session['id']})" for session in left[:5])
    more = f" and {len(left) - 5} more" if len(left) > 5 else ""
    # Another sheet sharing the guide, not switched yet, has its Builder sessions here too:
    # what to keep comes before the one case to delete, so a quick read deletes none of them.
    one = len(left) == 1
    them = "it" if one else "them"
    return (f"{len(left)} of the guide's sessions without an import id matched no row's "
            f"title and start, so --adopt left {them} alone: {named}{more}. "
            f"{'It stays' if one else 'They stay'}, even with --prune (which never deletes a "
            f"session without an import id), as {'it' if one else 'they'} should if made by "
            "hand or by Builder's import of another sheet sharing the guide (that sheet's own "
            f"--adopt run takes {them} over). Only a session that was this sheet's is to be "
            "deleted in Builder: a talk dropped from the sheet since Builder's import, or the "
            "old session of a row whose title or time was edited since (that row's session is "
            "made anew beside it).")


def _copy_issue(row: PlannedRow, sessions: list[dict[str, Any]], column: str | None,
                outcome: str) -> RowIssue:
    result, payload = row.result, row.payload
    assert payload is not None
    ids = [str(session["id"]) for session in sessions]
    which = f"id {ids[0]}" if len(ids) == 1 else "ids " + ", ".join(ids)
    return RowIssue(
        result.row, column, payload.name, "copy-without-id", "warning",
        f"{row_prefix(result.row, result.sheet)}the guide already holds a session "
        f"'{payload.name}' at this start time without an import id ({which}), made in "
        f"Builder (by its spreadsheet import, or by hand) or its import id cleared there: "
        f"{outcome}", result.sheet,
    )
