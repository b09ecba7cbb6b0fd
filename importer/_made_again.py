"""Tracks and rooms gone from the guide since the last run that the sheet makes again.

Merging two tracks in Builder (its sessions moved into one, the other deleted) or deleting a
room still in use takes a name out of the guide; the sheet still gives it, so the next run
makes it again and puts the sessions back in it. A quiet nightly run did so without a word,
and the planner found the merged track back in the morning. The state file keeps the
guide's names after each run; one the plan makes again is told of, on that run only. A name
gone that no row of the sheet run gives stays on record: another sheet's run into the guide
tells of it, whichever of the two runs first.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from importer._deletes import some_named
from importer._emptied import made_for_renamed
from importer.model import row_ref
from importer.payloads import name_key

if TYPE_CHECKING:
    from importer.plan import Plan

ROWS_NAMED = 3

# The session field, the state file's word for its names, and the note's.
KINDS = (("schedule_tracks", "tracks", "track"), ("locations", "rooms", "room"))


def made_again_notes(plan: Plan) -> list[str]:
    """One note per kind on the names the plan makes that were in the guide after the last
    run. Not for a rename in Builder, whose note on the emptied name says so already."""
    if plan.saved_state is None:
        return []
    notes = []
    for field, stored, kind in KINDS:
        held = plan.saved_state.names_in_guide(stored)
        making = plan.tracks_to_create if field == "schedule_tracks" else plan.locations_to_create
        if again := [name for name in making if name_key(name) in held]:
            renamed = made_for_renamed(plan)
            again = [name for name in again if name_key(name) not in renamed]
            now_named = {name: _renamed_to(plan, field, name, held) for name in again}
            notes += [_renamed_note(plan, field, kind, name, new)
                      for name, new in now_named.items() if new]
            if deleted := [name for name, new in now_named.items() if not new]:
                notes.append(_note(plan, field, kind, deleted))
    return notes


def _renamed_to(plan: Plan, field: str, name: str, held: frozenset[str]) -> list[str]:
    """The names the plan moves sessions out of into `name`, made again, when none was in
    the guide after the last run: `name` was renamed to them in Builder, most likely, and
    sessions of Builder's still use them (else the note on the emptied one tells of it).
    None for a merge (the sessions keep the track they were merged into) or a delete."""
    key, moved_from = name_key(name), dict[str, str]()
    for row in plan.rows:
        for change in row.changes if row.action == "update" else ():
            if change.field != field:  # a start or a title is no list of names
                continue
            if key in (new := {name_key(n) for n in change.new}):
                moved_from.update((name_key(n), n) for n in change.old if name_key(n) not in new)
    if not moved_from or moved_from.keys() & held:
        return []
    return sorted(moved_from.values())


def _renamed_note(plan: Plan, field: str, kind: str, name: str, now: list[str]) -> str:
    """The sheet still gives the old name: the run undoes the rename for its sessions."""
    rows = _rows_giving(plan, field, {name_key(name)})
    one_row = len(rows) == 1
    named = some_named([repr(n) for n in now], ", ")
    give = (f"{len(rows):,} row of the sheet gives" if one_row
            else f"{len(rows):,} rows of the sheet give")
    return (f"the {kind} {name!r} was in the guide after the last run and is named {named} "
            "now (renamed in Builder, most likely), which sessions not of the sheet use: "
            f"{give} {name!r} ({some_named(rows, ', ', ROWS_NAMED)}), so this run makes it "
            f"again and moves {'its session' if one_row else 'their sessions'} back into it; "
            f"to keep Builder's name, give {named} in {'that row' if one_row else 'those rows'} "
            "of the sheet")


def _rows_giving(plan: Plan, field: str, keys: set[str]) -> list[str]:
    """The rows the plan sends that give one of the names (compared form)."""
    return [row_ref(row.result.row, row.result.sheet) for row in plan.rows
            if row.payload is not None and row.action in ("create", "update")
            and keys & {name_key(name) for name in getattr(row.payload, field)}]


def names_to_remember(plan: Plan, made: bool) -> Iterator[tuple[str, set[str]]]:
    """The state file's word for each kind, and its names (compared form) after a run: those
    read, those the run made (`made`: all it had to make were), and those on record gone
    since that no row of this sheet gives, another sheet's to tell of when it makes them
    again (a cron line of this sheet running first must not make them forgotten)."""
    for field, stored, _ in KINDS:
        tracks = field == "schedule_tracks"
        read = plan.state.tracks if tracks else plan.state.locations
        making = plan.tracks_to_create if tracks else plan.locations_to_create
        gone = plan.saved_state.names_in_guide(stored) - read.keys() if plan.saved_state else set()
        if gone:
            gone -= {name_key(name) for row in plan.rows if row.payload is not None
                     for name in getattr(row.payload, field)}
        yield stored, {*read, *(map(name_key, making) if made else ()), *gone}


def _note(plan: Plan, field: str, kind: str, names: list[str]) -> str:
    rows = _rows_giving(plan, field, {name_key(name) for name in names})
    one, one_row = len(names) == 1, len(rows) == 1
    it = "it" if one else "them"
    sessions = "its session" if one_row else "their sessions"
    named = some_named([repr(name) for name in names], ", ")
    return (f"the {kind}{'' if one else 's'} {named} {'was' if one else 'were'} in the guide "
            f"after the last run and {'is' if one else 'are'} gone from it now (deleted in "
            f"Builder, most likely): {len(rows):,} {'row' if one_row else 'rows'} of the sheet "
            f"{'gives' if one_row else 'give'} {it} ({some_named(rows, ', ', ROWS_NAMED)}), "
            f"so this run makes {it} again and puts {sessions} back in {it}; to remove {it} "
            f"for good, or merge {it} into another "
            f"{kind}, change {'that row' if one_row else 'those rows'} in the sheet")
