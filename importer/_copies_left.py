"""Copies of the sheet's sessions left in the guide (no --prune): told once.

A colleague copying a session in Builder gives the copy its import id, title and start. The
row updates the lowest and --prune deletes the rest (_shared_ids), but without --prune the
app shows the talk twice, and the row's duplicate-in-guide warning is named by a quiet run
only on a night that sends the row. A copy is news the night it is found: a quiet run tells
it once, as it does sessions left in the guide; the summary file lists it every night.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from importer._deletes import PlannedDelete, some_named
from importer._report_words import edited_in
from importer.model import row_ref

if TYPE_CHECKING:
    from importer.plan import Plan, PlannedRow

# The state file's list of the import ids of copies a run told of.
COPIES_TOLD = "copies_told"


def copies_note(plan: Plan) -> str:
    """The note on the copies the plan leaves in the guide (told once: _sent_notes), "the
    guide holds a copy of 'Keynote' (sheet:K1, row 2): id 7 beside id 5, ...": each copy with
    the row whose session it copies, and the fix."""
    rows = {row.result.import_id: row for row in plan.rows if row.session_id is not None}
    named = some_named([_copy_of(copy, rows) for copy in plan.copies_left], "; ")
    where = edited_in(plan.api_url)
    if len(plan.copies_left) == 1:
        return (f"the guide holds a copy of {named}, with the same import id, title and start "
                f"(copied in {where}, most likely), so the app shows the talk twice; delete the "
                f"copy in {where}, or run with --prune, which deletes it")
    return (f"the guide holds {len(plan.copies_left):,} copies of the sheet's sessions, so "
            f"the app shows those talks twice: {named}, each with the same import id, title "
            f"and start (copied in {where}, most likely); delete the copies in {where}, or "
            "run with --prune, which deletes them")


def _copy_of(copy: PlannedDelete, rows: dict[str | None, PlannedRow]) -> str:
    row = rows.get(copy.import_id)
    if row is None:  # a session a row took over under another id: no row has this one
        return f"'{copy.name}' ({copy.import_id}): id {copy.session_id}"
    return (f"'{copy.name}' ({copy.import_id}, {row_ref(row.result.row, row.result.sheet)}): "
            f"id {copy.session_id} beside id {row.session_id}")
