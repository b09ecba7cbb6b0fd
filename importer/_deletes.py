"""Sessions of ours that the sheet no longer has: what --prune deletes, and when it waits.

A session is ours when its import_id has the mapping's prefix. One whose id no row has any
more goes with --prune (and is named in a note without it); so do extra copies sharing one
id. Rows whose id is unknown (errors) or shared (a typo) make --prune wait: either could
hide the row a session belongs to.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from importer.model import row_ref

if TYPE_CHECKING:
    from importer.plan import Plan
    from importer.validate import ValidationReport


# Rows of the plan's changes table: past them its text counts the rest (the deletes and
# updates are printed first, the creates last), and only --json lists every change.
CHANGE_ROWS_SHOWN = 200


def command_listing_deletes(plan: Plan) -> str:
    """The plan command that lists every delete: its text, unless they fall past the rows
    its changes table prints (the updates come before them)."""
    printed = plan.counts["update"] + len(plan.deletes) <= CHANGE_ROWS_SHOWN
    return "gbimport plan --prune" if printed else "gbimport plan --prune --json"


@dataclass(slots=True)
class PlannedDelete:
    session_id: int
    import_id: str
    name: str
    reason: str
    marked_out_on: str | None = None  # the row leave_out marks out ('row 6'), if one is

    @property
    def why(self) -> str:
        """Its reason, with the row marking it out: 'left out by the sheet (leave_out) in
        row 6', as the notes name that row."""
        return f"{self.reason} in {self.marked_out_on}" if self.marked_out_on else self.reason


def planned_deletes(
    validation: ValidationReport,
    existing: dict[str, list[dict[str, Any]]],
    plan: Plan,
) -> list[PlannedDelete]:
    """Sessions of ours that the sheet no longer has. Invalid rows still protect theirs."""
    if rows_without_an_id(validation):
        plan.notes.append(
            "prune skipped: some rows have no import_id (their errors hide which session "
            "they are); fix those rows and run again"
        )
        return []
    # Two rows with one id: one of them was most likely meant to keep another id (a typo),
    # and the session under that id would go.
    if any(issue.code == "duplicate-import-id" for issue in validation.issues):
        plan.notes.append(
            "prune skipped: some rows share an import_id, so the id one of them was meant to "
            "have is unknown; fix those rows and run again"
        )
        return []
    return not_in_sheet(validation, existing, plan)


def not_in_sheet(
    validation: ValidationReport,
    existing: dict[str, list[dict[str, Any]]],
    plan: Plan,
) -> list[PlannedDelete]:
    """Sessions of ours no row has. In the order of their import ids, not of their sessions'
    creation, which concurrent creates leave to chance: a plan, a refused --prune and a
    note name the same sessions first each time."""
    out = rows_marked_out(validation)
    in_sheet = {result.import_id for result in validation.rows if not result.left_out}
    kept = {row.session_id for row in plan.rows}  # a session a row takes over stays
    return sorted((
        PlannedDelete(int(s["id"]), import_id, str(s.get("name") or ""),
                      LEFT_OUT_REASON if import_id in out else "not in the sheet",
                      out.get(import_id))
        for import_id, sessions in existing.items()
        if import_id not in in_sheet
        for s in sessions
        if int(s["id"]) not in kept
    ), key=lambda d: (d.import_id, d.session_id))


def rows_marked_out(validation: ValidationReport) -> dict[str | None, str]:
    """Each id of a row leave_out marks out -> its first such row, as the planner finds it
    (an id derived from the title names nothing in the sheet)."""
    rows: dict[str | None, str] = {}
    for result in validation.rows:
        if result.left_out:
            rows.setdefault(result.import_id, row_ref(result.row, result.sheet))
    return rows


# A session whose row the mapping's leave_out marks as out ('Cancelled'): gone from the sheet.
LEFT_OUT_REASON = "left out by the sheet (leave_out)"
# A copy of the session a row read keeps (its import id, title and start): no other tab's.
COPY_REASON = "duplicate import_id"


def in_no_row_read(deletes: list[PlannedDelete]) -> list[PlannedDelete]:
    """The deletes of sessions that no row read names: a tab left unread may hold them. A
    session in a row marked out, or a copy of one a row keeps, is the read tab's own."""
    return [d for d in deletes if d.reason not in (LEFT_OUT_REASON, COPY_REASON)]


LEFT_NAMED = 5  # sessions named in the note; the rest are counted


def some_named(items: list[str], separator: str, shown: int = LEFT_NAMED) -> str:
    """The first `shown` items, then how many more: a note stays one readable line."""
    more = f" and {len(items) - shown:,} more" if len(items) > shown else ""
    return separator.join(items[:shown]) + more


def named_deletes(deletes: list[PlannedDelete], shown: int = LEFT_NAMED) -> str:
    """"'Keynote' (sheet:K1), 'Panel' (sheet:P2, row 9) ... and 37 more": the sessions, as
    the guide names them, with the row marking one out."""
    return some_named([f"'{d.name}' ({d.import_id}"
                       f"{f', {d.marked_out_on}' if d.marked_out_on else ''})"
                       for d in deletes], ", ", shown)


def left_in_guide(
    validation: ValidationReport,
    existing: dict[str, list[dict[str, Any]]],
    plan: Plan,
) -> list[PlannedDelete]:
    """Without --prune, a row taken out of the sheet leaves its session in the app: those
    sessions, to say so, or a planner who deleted a cancelled talk sees 'unchanged' and
    thinks it is gone. Named in the order of their ids (see not_in_sheet): the same guide
    gets the same note every night."""
    if rows_without_an_id(validation):
        return []  # an invalid row's session cannot be told from a removed one
    return not_in_sheet(validation, existing, plan)


def unread_sheets(validation: ValidationReport) -> str | None:
    """With no --sheet, the first tab alone is read: when others have its columns (the
    other-sheets warning), sessions in no row of it may be theirs, another day's, which
    --prune would delete. What to do instead, or None when every such tab was read."""
    if not validation.other_sheets:
        return None
    others = ", ".join(map(repr, validation.other_sheets))
    sheets = "sheets" if len(validation.other_sheets) > 1 else "sheet"
    return (f"only sheet {validation.sheet_name!r} was read, and the workbook's other {sheets} "
            f"{others} with its columns may hold them (see the other-sheets warning): give "
            '--sheet all, or sheet = "all" in gbimport.toml, to read every one')


def left_note(left: list[PlannedDelete], validation: ValidationReport) -> str:
    """The plan's note on the sessions left in the guide (left_in_guide)."""
    named = named_deletes(left)
    sessions = "session is" if len(left) == 1 else "sessions are"
    ids = "these sheets' ids" if validation.sheets else "this sheet's ids"
    gone = f"{ids} but {'in none of them' if validation.sheets else 'no longer in the sheet'}"
    # A row marked out is still there: 'no longer in the sheet' alone would send them looking.
    marked = "in a row marked out" if len(left) == 1 else "in rows marked out"
    out = sum(d.reason == LEFT_OUT_REASON for d in left)
    where = (gone if not out else f"{ids} {marked} by leave_out" if out == len(left) else
             f"{gone}, or {marked} by leave_out")
    stays = f"{'it stays' if len(left) == 1 else 'they stay'} unless you run with --prune"
    if unread := unread_sheets(validation):
        stays = f"{unread}, before any --prune"
    return f"{len(left):,} {sessions} in the guide with {where}: {named}; {stays}"


def newly_left_note(left: list[PlannedDelete], validation: ValidationReport, where: str) -> str:
    """The note a quiet run prints on sessions left in the guide since the last run told of
    them: told once, as a cron job would mail it every night until --prune. `where` they
    are edited by hand: edited_in."""
    named = named_deletes(left)
    one = len(left) == 1
    if unread := unread_sheets(validation):  # a quiet run prints no warning to see it by
        return (f"{named} {'is' if one else 'are'} in no row read; {unread}, rather than "
                f"--prune, which would delete {'it' if one else 'them'}; later runs list "
                "such sessions in the summary file alone")
    out = sum(d.reason == LEFT_OUT_REASON for d in left)
    gone = ("no longer in the sheet" if not out else "marked out in the sheet (leave_out)"
            if out == len(left) else "no longer in the sheet or marked out in it (leave_out)")
    return (f"{named} {'is' if one else 'are'} {gone}, but "
            f"{'its session stays' if one else 'their sessions stay'} in the app: delete "
            f"{'it' if one else 'them'} with a run given --prune (or in {where}); "
            "later runs list such sessions in the summary file alone")


def kept_by_bare_ids(
    validation: ValidationReport,
    existing: dict[str, list[dict[str, Any]]],
) -> str | None:
    """A cancelled talk's cells cleared but its id left: the row reads as a section heading
    and keeps its id, so its session is spared, also by --prune. Say which, or 'delete 0'
    leaves the planner thinking the talk is gone from the app."""
    kept = [
        f"{row_ref(result.row, result.sheet)} holds only the id of session "
        f"'{sessions[0].get('name') or ''}' ({result.import_id})"
        for result in validation.rows
        if result.import_id is not None and (sessions := existing.get(result.import_id))
        and any(issue.code == "section-heading" for issue in result.issues)
    ]
    if not kept:
        return None
    tail = ("that session is left in the guide as it is, also by --prune: delete the row to "
            "remove it, or fill in its cells to send it" if len(kept) == 1 else
            "those sessions are left in the guide as they are, also by --prune: delete the "
            "rows to remove them, or fill in their cells to send them")
    return f"{some_named(kept, '; ')}, so {tail}"


def rows_without_an_id(validation: ValidationReport) -> bool:
    """Rows whose errors hide which session they are: theirs cannot be told from one
    whose row was taken out of the sheet."""
    return any(result.import_id is None and not result.skipped for result in validation.rows)
