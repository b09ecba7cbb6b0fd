"""The plan's notes told once the images are read, as an image makes its row invalid or an
update: tracks and rooms left empty, sessions deleted or made in Builder since the last run,
sessions left in the guide, and copies of the sheet's sessions, that no run has told of yet,
and a plan over the daily budget."""

from __future__ import annotations

from importer._copies_left import COPIES_TOLD, copies_note
from importer._deleted_since import (
    deleted_since_last_run,
    deleted_since_note,
    renamed_in_builder,
    renamed_note,
)
from importer._deletes import PlannedDelete, left_note, newly_left_note
from importer._emptied import emptied_notes
from importer._made_again import made_again_notes
from importer._made_anew_beside import made_anew_beside, made_anew_note
from importer._made_by_hand import MADE_BY_HAND_REASON, made_by_hand, made_by_hand_note
from importer._plan_value import Plan
from importer._report_words import edited_in


def notes_on_what_is_sent(plan: Plan) -> list[str]:
    """Tracks and rooms the plan leaves without sessions, sessions deleted from the guide
    since the last run that it makes again, and a plan over the daily budget: told once the
    images are read, as an image makes its row invalid (its session stays
    where it is) or an update (a write)."""
    notes = emptied_notes(plan) + made_again_notes(plan) + (plan.saved_state.unreadable_note()
                                   if plan.saved_state is not None else [])
    if deleted := deleted_since_last_run(plan):
        notes.append(deleted_since_note(deleted, plan.validation.leave_out_mark,
                                        where=edited_in(plan.api_url)))
    if renamed := renamed_in_builder(plan):
        notes.append(renamed_note(renamed, edited_in(plan.api_url)))
    plan.notes_to_act_on += notes
    made = made_by_hand(plan)
    beside = made_anew_beside(plan)
    # Told of by notes of their own: not talks dropped from the sheet, to --prune.
    apart = ({int(s["id"]) for s in renamed.values()} | {d.session_id for d in made}
             | {left.session_id for left, _ in beside})
    _restate_left_note(plan, apart)
    if newly_left := _left_since_told(plan, apart):
        plan.notes_to_act_on.append(newly_left_note(newly_left, plan.validation,
                                                    edited_in(plan.api_url)))
    if made:
        _tell_made_by_hand(plan, made)
    if beside:
        _tell_once(plan, made_anew_note(plan, beside), [left for left, _ in beside])
    if plan.copies_left:
        _tell_once(plan, copies_note(plan), plan.copies_left, told_list=COPIES_TOLD)
    if plan.over_budget:
        notes.append(
            f"this plan needs {plan.requests_total:,} requests, more than {_budget_left(plan)}: "
            # The figure is a setting: Guidebook's own count of the account's day is what
            # stops a run, and other tools spend it too.
            "the run goes on until Guidebook refuses it for the day's budget (exit 3), and "
            "the next run, a day later, carries on where it stopped"
        )
    return notes


def _budget_left(plan: Plan) -> str:
    """The daily budget, or what earlier runs left of it."""
    if not plan.spent_earlier:
        return f"the daily budget of {plan.daily_budget:,}"
    return (f"the {plan.budget_left:,} left of the daily budget of {plan.daily_budget:,} "
            f"({spent_earlier_words(plan)})")


def spent_earlier_words(plan: Plan) -> str:
    """What earlier runs and plans spent, and what no record here can know."""
    return (f"earlier runs and plans spent {plan.spent_earlier:,} in the last 24 hours, as "
            f"{plan.saved_state.path.name if plan.saved_state else 'the state file'} records; "
            "other tools using the account are not counted")


def _left_since_told(plan: Plan, apart: set[int]) -> list[PlannedDelete]:
    """The sessions left in the guide that no run has told of yet (the state file says),
    but those `apart`: one whose import id was changed in Builder is its row's, not one
    dropped from the sheet (the note on it says how to keep it, where this one would say to
    delete it), and one made by hand (_made_by_hand) is told by a note of its own."""
    if plan.saved_state is None:
        return []
    told = plan.saved_state.left_told()
    return [left for left in plan.left_in_guide
            if left.import_id not in told and left.session_id not in apart]


def _restate_left_note(plan: Plan, apart: set[int]) -> None:
    """The plan's note on sessions left in the guide, without those `apart`."""
    if not apart or not plan.left_in_guide:
        return
    said = left_note(plan.left_in_guide, plan.validation)
    at = plan.notes.index(said)  # in place: the caller extends this very list
    rest = [d for d in plan.left_in_guide if d.session_id not in apart]
    plan.notes[at:at + 1] = [left_note(rest, plan.validation)] if rest else []


def _tell_once(plan: Plan, note: str, left: list[PlannedDelete], *,
               told_list: str = "left_told", always: bool = False) -> None:
    """A note on sessions left in the guide (or deleted: `always`): in the plan's notes,
    and in those to act on while one of them is not yet told of (the state file's
    `told_list` says)."""
    plan.notes.append(note)
    told = plan.saved_state.ids(told_list) if plan.saved_state is not None else frozenset()
    if always or any(d.import_id not in told for d in left):
        plan.notes_to_act_on.append(note)


def _tell_made_by_hand(plan: Plan, made: list[PlannedDelete]) -> None:
    """The note on sessions of the sheet's prefix made by hand, in place of the left note's
    word that they are 'no longer in the sheet' (to --prune); a quiet run tells those left
    once, as it does the left note."""
    pruned = [d for d in made if d in plan.deletes]
    kept = [d for d in made if d not in plan.deletes]
    where = edited_in(plan.api_url)
    for delete in pruned:  # its report row says why as the note does
        delete.reason = MADE_BY_HAND_REASON.format(where=where)
    for group, was_pruned in ((kept, False), (pruned, True)):
        if group:
            _tell_once(plan, made_by_hand_note(group, plan.import_id_prefix, pruned=was_pruned,
                                               where=where), group, always=was_pruned)
