"""Tracks and rooms a plan moves the last sessions out of.

A typo fixed in the sheet ('Rom B' to 'Room B', 'Machine Learnig' to 'Machine Learning') makes
the right one and moves the sessions to it, but the wrong one stays in the guide: an empty room
in the app's list, an empty track in its schedule filter. gbimport does not delete it (a guide's
tracks and rooms may be Builder's, used by sessions made by hand, and carry no import id), so
the plan says so, once: on the run that empties it. So too when --prune deletes the last
sessions in one: a cancelled talk's room, or on a sheet of derived ids, the room a fix moved
a session out of, as the fix makes the session anew.
"""

from __future__ import annotations

from collections.abc import Container, Iterator
from typing import TYPE_CHECKING

from importer._deletes import some_named
from importer.payloads import name_key, stored_names

if TYPE_CHECKING:
    from importer.plan import Plan

KINDS = {"schedule_tracks": "track", "locations": "room"}


def emptied_notes(plan: Plan, applied: Container[int] | None = None) -> list[str]:
    """One note per kind: the tracks, then the rooms, that no session uses after this plan.
    `applied`: after a run, the sessions whose update or delete went through; the others
    keep the names they had."""
    return [_note(kind, emptied, pruned, made, ran=applied is not None)
            for kind, emptied, pruned, made in _emptied(_Done(plan, applied))]


def made_for_renamed(plan: Plan) -> set[str]:
    """The names (compared form) the plan makes for the sessions of a track or room it
    empties, which the note on that one names: a rename in Builder, most likely."""
    return {name_key(name) for _, _, pruned, made in _emptied(_Done(plan, None))
            if not pruned for name in made}


def _emptied(done: _Done) -> Iterator[tuple[str, list[str], bool, list[str]]]:
    """Per kind: the names no session uses after the plan, whether --prune empties one of
    them, and the names the plan makes that their sessions move to."""
    for field, kind in KINDS.items():
        moved_out_of = _moved_out_of(done, field)
        pruned_from = {key: name for key, name in _deleted_from(done, field).items()
                       if key not in moved_out_of}
        if not moved_out_of and not pruned_from:
            continue
        in_use = _in_use_after(done, field)
        emptied = sorted(name for key, name in (moved_out_of | pruned_from).items()
                         if key not in in_use)
        if emptied:
            yield (kind, emptied, any(name_key(n) in pruned_from for n in emptied),
                   _made_for(done, field, emptied))


def _made_for(done: _Done, field: str, emptied: list[str]) -> list[str]:
    """The names this plan makes that the emptied ones' sessions move to, when it makes
    every one they move to: the shape of a track or room renamed in Builder, the sheet still
    giving its old name (or of a typo fixed in the sheet; the guide cannot tell them apart)."""
    emptied_keys = {name_key(name) for name in emptied}
    plan = done.plan
    to_create = {name_key(name) for name in (
        plan.tracks_to_create if field == "schedule_tracks" else plan.locations_to_create)}
    into: dict[str, str] = {}
    for row in done.updates:
        for change in row.changes:
            if change.field == field and emptied_keys & {name_key(n) for n in change.old}:
                old = {name_key(name) for name in change.old}
                into.update((name_key(n), n) for n in change.new if name_key(n) not in old)
    return sorted(into.values()) if into and into.keys() <= to_create else []


def _note(kind: str, emptied: list[str], pruned: bool, made: list[str], *, ran: bool) -> str:
    """`pruned`: a name left only by deletes (a cancelled talk, or on a sheet of derived ids
    an edited one, whose new session is a create), not by a session moved out of it.
    `made`: the names this run makes that the sessions move to (see `_made_for`).
    `ran`: told after the run, whose --prune has deleted them, not before it."""
    them = "it" if len(emptied) == 1 else "them"
    unwanted = f"if {'it is' if them == 'it' else 'they are'} not wanted"
    # Not "if it was a typo": a room renamed, or joined with its venue, empties one too.
    moved = (_moved_to_made(kind, made) if made and not pruned
             else "the sheet moved its sessions elsewhere")
    deletes = "deleted" if ran else "deletes"
    why = (f"{moved} or no longer has them, and --prune {deletes} them; {unwanted}" if pruned
           else f"{moved}; {unwanted}")
    return (f"after this run no session uses the {kind}{'s' if len(emptied) > 1 else ''} "
            f"{some_named([repr(name) for name in emptied], ', ')}: {why}, delete {them} "
            "in Builder")


def _moved_to_made(kind: str, made: list[str]) -> str:
    """Why the sheet moved sessions into names the run makes: the sheet may not have changed
    at all (a rename in Builder), so saying the sheet moved them would mislead."""
    names = some_named([repr(name) for name in made], ", ")
    return (f"the sheet puts its sessions in {names}, which this run makes (a {kind} renamed "
            f"in Builder is made again under the sheet's name: to keep Builder's name, give it "
            f"in the sheet too)")


class _Done:
    """The plan's updates and deletes that are (or, before a run, will be) carried out."""

    def __init__(self, plan: Plan, applied: Container[int] | None) -> None:
        self.plan = plan
        self.updates = [row for row in plan.rows if row.action == "update"
                        and (applied is None or row.session_id in applied)]
        self.deleted = {delete.session_id for delete in plan.deletes
                        if applied is None or delete.session_id in applied}


def _moved_out_of(done: _Done, field: str) -> dict[str, str]:
    """Names that updates take sessions out of, by their compared form."""
    names: dict[str, str] = {}
    for row in done.updates:
        for change in row.changes:
            if change.field == field:
                kept = {name_key(name) for name in change.new}
                names.update((name_key(name), name) for name in change.old
                             if name_key(name) not in kept)
    return names


def _deleted_from(done: _Done, field: str) -> dict[str, str]:
    """Names the sessions --prune deletes are in, by their compared form."""
    id_names = _id_names(done.plan, field)
    return {name_key(name): name for session in done.plan.state.sessions
            if int(session["id"]) in done.deleted
            for name in stored_names(session.get(field) or (), id_names)}


def _id_names(plan: Plan, field: str) -> dict[int, str]:
    return plan.state.track_names if field == "schedule_tracks" else plan.state.location_names


def _in_use_after(done: _Done, field: str) -> set[str]:
    """The names sessions use once the plan is carried out, by their compared form: what
    updates and creates send, and what every other session of the guide keeps."""
    plan, id_names = done.plan, _id_names(done.plan, field)
    updated = {row.session_id for row in done.updates}
    sent = {row.session_id: row.payload for row in plan.rows
            if (row.action == "unchanged" or row.session_id in updated)
            and row.payload is not None and field in row.payload.model_fields_set}
    in_use: set[str] = set()
    for session in plan.state.sessions:
        ident = int(session["id"])
        if ident in done.deleted:
            continue
        payload = sent.get(ident)
        names = (getattr(payload, field) if payload is not None
                 else stored_names(session.get(field) or (), id_names))
        in_use.update(name_key(name) for name in names)
    for row in plan.rows:
        if row.action == "create" and row.payload is not None:
            in_use.update(name_key(name) for name in getattr(row.payload, field))
    return in_use
