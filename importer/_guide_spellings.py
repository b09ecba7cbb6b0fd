"""Tracks and rooms the sheet names as the guide has them in another case or spacing ('Main
Bldg - Room 101' for Builder's 'main bldg - room 101', 'Room 100' for 'Room  100'): names
are matched without case or extra spaces (payloads.name_key), so the sessions go into the
guide's, and the app shows its spelling.
A migration into a guide set up by hand was not told which of the guide's it reused. Said
when the plan puts sessions into one (a create, or an update moving a session there), so an
unchanged nightly run says nothing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from importer.payloads import name_key

if TYPE_CHECKING:
    from importer._plan_value import PlannedRow
    from importer.plan import Plan

# The session field and the note's word for its names.
KINDS = (("schedule_tracks", "track"), ("locations", "room"))


def guide_spellings_notes(plan: Plan) -> list[str]:
    """One note per kind naming each name sent that the guide spells otherwise."""
    notes = []
    for field, kind in KINDS:
        guide_names = (plan.state.track_names if field == "schedule_tracks"
                       else plan.state.location_names)
        ids = plan.state.tracks if field == "schedule_tracks" else plan.state.locations
        spelt: dict[str, tuple[str, str]] = {}
        for name in sorted(_names_sent(plan.rows, field)):
            key = name_key(name)
            theirs = guide_names.get(ids[key], name) if key in ids else name  # else: made
            if theirs.strip() != name.strip():
                spelt.setdefault(key, (name.strip(), theirs))
        if spelt:
            notes.append(_note(kind, list(spelt.values())))
    return notes


def _names_sent(rows: list[PlannedRow], field: str) -> set[str]:
    """The names of `field` the plan's creates send, and its updates that change it."""
    return {name for row in rows if row.payload is not None and _sends(row, field)
            for name in getattr(row.payload, field)}


def _sends(row: PlannedRow, field: str) -> bool:
    return row.action == "create" or (
        row.action == "update" and any(change.field == field for change in row.changes))


def _note(kind: str, pairs: list[tuple[str, str]]) -> str:
    one = len(pairs) == 1
    them = "it" if one else "them"
    named = ", ".join(f"'{ours}' as '{theirs}'" for ours, theirs in sorted(pairs))
    return (f"{len(pairs)} of the sheet's {kind}s {'is' if one else 'are'} in the guide "
            f"already, spelt another way, and its sessions go into {them}, shown in the app "
            f"as the guide spells {them}: {named}; to show the sheet's spelling, rename "
            f"{them} in Builder (names are matched without case or extra spaces)")
