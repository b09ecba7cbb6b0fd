"""Sessions under the sheet's import id prefix that no run of the sheet made.

A colleague adding a session in Builder may give it an id in the sheet's style
(`sheet:LT1`). No row has that id, so it reads as a talk dropped from the sheet: the note
said it was 'no longer in the sheet' and offered --prune, which deletes it. The state file
knows better: a session the last run did not leave in the guide, and that no row has, was
made since by someone else, unless a run stopped before it finished (killed outright, it
recorded no guide) names it as one it sent, or the last run may have created it (the
create's answer lost, the lookup that would tell failing too). It is told apart, and kept
out of that record, so that later runs still know it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from importer._deleted_since import renamed_in_builder
from importer._deletes import PlannedDelete, named_deletes
from importer._stopped_sends import sent_by_stopped_runs

if TYPE_CHECKING:
    from importer.plan import Plan

# The state file's list of the sessions the last run may have created: their creates' answers
# were lost, and the lookups that would tell failed too.
MAYBE_CREATED = "maybe_created"

# The reason a pruned one is deleted, in the note's words: not 'not in the sheet', as it
# never was.
MADE_BY_HAND_REASON = ("made since the last run (by hand in {where} most likely): not in the "
                       "guide after the last run, and in no row")


def made_by_hand(plan: Plan) -> list[PlannedDelete]:
    """The sessions the plan leaves in the guide, or deletes with --prune, that were not in
    the guide after the last run, nor sent by a stopped one, nor maybe created by the last
    (its answer lost): made since, by hand in Builder most likely. None without a record of
    that run, or without a prefix (every session with an import id is then the sheet's, and
    --prune already needs --force). One whose import id was changed in Builder is its row's,
    told by the note on that."""
    state = plan.saved_state
    held = state.in_guide() if state is not None else frozenset()
    if state is None or not held or not plan.import_id_prefix:
        return []
    # A run killed outright (kill -9) left no record of the guide, but named what it sent.
    ours = held | sent_by_stopped_runs(state) | state.ids(MAYBE_CREATED)
    candidates = [d for d in plan.left_in_guide + plan.deletes if d.import_id not in ours]
    if not candidates:
        return []
    renamed = {int(s["id"]) for s in renamed_in_builder(plan).values()}
    return [d for d in candidates if d.session_id not in renamed]


def made_by_hand_note(made: list[PlannedDelete], prefix: str, *, pruned: bool,
                      where: str) -> str:
    """What the plan does with them, and how a person keeps them; `where` they are edited
    (edited_in)."""
    one = len(made) == 1
    that = "that " if pruned else ""  # '--prune deletes 1 session ... that was not ...'
    what = (f"{len(made):,} {'session' if one else 'sessions'} with this sheet's import id "
            f"prefix '{prefix}' {that}{'was' if one else 'were'} not in the guide after the last "
            f"run and {'is' if one else 'are'} in no row (made since, by hand in {where} "
            f"most likely): {named_deletes(made)}")
    it = "it" if one else "them"
    keep = (f"clear {'its import id' if one else 'their import ids'} in {where}, or give "
            f"{it} {'one' if one else 'ones'} without the prefix, or add "
            f"{'its row' if one else 'their rows'} to the sheet")
    if pruned:
        return f"--prune deletes {what}; to keep {it}, {keep} before running"
    return f"{what}; {'it stays' if one else 'they stay'}, but --prune would delete {it}: " \
        f"to keep {it}, {keep}"
