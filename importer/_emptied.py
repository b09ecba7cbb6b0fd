"""Tracks and rooms a plan moves the last sessions out of.

A typo fixed in the sheet ('Rom B' to 'Room B', 'Machine Learnig' to 'Machine Learning') makes
the right one and moves the sessions to it, but the wrong one stays in the guide: an empty room
in the app's list, an empty track in its schedule filter. gbimport does not delete it (a guide's
tracks and rooms may be Builder's, used by sessions made by hand, and carry no import id), so
the plan says so, once: on the run that empties it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from importer._deletes import some_named
from importer.payloads import name_key, stored_names

if TYPE_CHECKING:
    from importer.plan import Plan

KINDS = {"schedule_tracks": "track", "locations": "room"}


def emptied_notes(plan: Plan) -> list[str]:
    """One note per kind: the tracks, then the rooms, that no session uses after this plan."""
    notes = []
    for field, kind in KINDS.items():
        moved_out_of = _moved_out_of(plan, field)
        if not moved_out_of:
            continue
        in_use = _in_use_after(plan, field)
        emptied = sorted(name for key, name in moved_out_of.items() if key not in in_use)
        if emptied:
            them = "it" if len(emptied) == 1 else "them"
            notes.append(
                f"after this run no session uses the {kind}{'s' if len(emptied) > 1 else ''} "
                f"{some_named([repr(name) for name in emptied], ', ')}: the sheet moved its "
                f"sessions elsewhere; if it was a typo, delete {them} in Builder"
            )
    return notes


def _moved_out_of(plan: Plan, field: str) -> dict[str, str]:
    """Names that planned updates take sessions out of, by their compared form."""
    names: dict[str, str] = {}
    for row in plan.rows:
        if row.action != "update":
            continue
        for change in row.changes:
            if change.field == field:
                kept = {name_key(name) for name in change.new}
                names.update((name_key(name), name) for name in change.old
                             if name_key(name) not in kept)
    return names


def _in_use_after(plan: Plan, field: str) -> set[str]:
    """The names sessions use once the plan is carried out, by their compared form: what
    updates and creates send, and what every other session of the guide keeps."""
    id_names = plan.state.track_names if field == "schedule_tracks" else plan.state.location_names
    deleted = {delete.session_id for delete in plan.deletes}
    sent = {row.session_id: row.payload for row in plan.rows
            if row.action in ("update", "unchanged") and row.payload is not None
            and field in row.payload.model_fields_set}
    in_use: set[str] = set()
    for session in plan.state.sessions:
        ident = int(session["id"])
        if ident in deleted:
            continue
        payload = sent.get(ident)
        names = (getattr(payload, field) if payload is not None
                 else stored_names(session.get(field) or (), id_names))
        in_use.update(name_key(name) for name in names)
    for row in plan.rows:
        if row.action == "create" and row.payload is not None:
            in_use.update(name_key(name) for name in getattr(row.payload, field))
    return in_use
