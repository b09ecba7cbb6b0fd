"""Rows sent by a run that was stopped (Ctrl-C, a stop signal, the daily budget, an outage):
the next run finds their sessions as the sheet has them and reports them `unchanged`, which
reads as if nothing had ever been sent for them. The state file keeps the import ids such a
run created or updated (saved as it goes, so a run killed outright leaves them too), until a
run ends without stopping, so that each run up to then says so on those rows: a report read
by someone who was not there accounts for every session.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importer.images import SavedState
    from importer.report import RowOutcome

# The state file's lists, by the action the stopped run took.
SENT_BY_STOPPED = {"created": "created_by_stopped", "updated": "updated_by_stopped"}


def sent_by_stopped_runs(state: SavedState) -> frozenset[str]:
    """The import ids stopped runs created or updated: sessions of the sheet's own making,
    though a run killed outright never recorded the guide after it."""
    return frozenset().union(*(state.ids(key) for key in SENT_BY_STOPPED.values()))


def recover_unsaved_creates(outcomes: list[RowOutcome], state: SavedState,
                            held_before: frozenset[str], prefix: str) -> bool:
    """A run killed outright (kill -9, a second Ctrl-C) saved what it sent every few rows
    only: an unchanged row whose session was in the guide after no run that ended, while a
    stopped run of the sheet is on record, had it made by that run after its last save.
    Its id joins that run's creates. `held_before`: the guide after the last run that ended,
    as the state recorded it before this run. Returns whether it found any, to be saved: a
    stopped run that saved all its own sends as it went has nothing else to save."""
    created = state.ids(SENT_BY_STOPPED["created"])
    stopped = {i for i in sent_by_stopped_runs(state) if i.startswith(prefix)}
    if not stopped:  # no stopped run on record: a session not in the guide before is
        return False  # one the state never knew of (a state file lost, another machine's)
    unsaved = {o.import_id for o in outcomes if o.action == "unchanged" and o.import_id
               and o.import_id.startswith(prefix) and o.import_id not in held_before
               and o.import_id not in stopped}
    if unsaved:
        state.replace_ids(SENT_BY_STOPPED["created"],
                          {i for i in created | unsaved if i.startswith(prefix)}, prefix)
    return bool(unsaved)


def tell_sent_by_stopped_runs(outcomes: list[RowOutcome], state: SavedState) -> list[str]:
    """An unchanged row whose session an earlier, stopped run created or updated says so;
    returns the note that counts them, for the summary and the console's counts."""
    sent = {action: state.ids(key) for action, key in SENT_BY_STOPPED.items()}
    if not any(sent.values()):
        return []
    told: Counter[str] = Counter()
    for outcome in outcomes:
        if outcome.action != "unchanged":
            continue
        actions = [action for action, ids in sent.items() if outcome.import_id in ids]
        if actions:
            outcome.message = "; ".join(filter(None, [_said(actions), outcome.message]))
            told[" and ".join(actions)] += 1
    return [_note(told)] if told else []


def _said(actions: list[str]) -> str:
    """'created by an earlier run that was stopped ...'; a session one stopped run created and
    another updated (its row edited in between) says both: what it holds is the update."""
    runs = ("an earlier run that was stopped before it finished" if len(actions) == 1
            else "earlier runs that were stopped before they finished")
    return f"{' and '.join(actions)} by {runs}; nothing left to send"


def _note(told: Counter[str]) -> str:
    """'1,200 rows are unchanged as an earlier run ... (created 1,180, updated 20)', a session
    both of them told as 'created and updated'."""
    count = sum(told.values())
    rows = f"{count:,} {'row is' if count == 1 else 'rows are'}"
    # Sessions told of both last: 'created 1,180, created and updated 20'.
    by_action = ", ".join(f"{action} {n:,}" for action, n in sorted(
        told.items(), key=lambda told_of: " and " in told_of[0]))
    return (f"{rows} unchanged as an earlier run that was stopped before it finished sent "
            f"them ({by_action}); each one's row says so")


def remember_sent_by_stopped_run(state: SavedState, outcomes: list[RowOutcome],
                                 halted: str | None, prefix: str) -> bool:
    """A stopped run adds the ids it created or updated to those of earlier stopped runs; a
    run that ends without stopping has told of them all, and forgets them. Returns whether
    the record changed (to be saved)."""
    before = [state.ids(key) for key in SENT_BY_STOPPED.values()]
    if halted is not None:
        remember_sent_so_far(state, outcomes, prefix)
    else:
        for key in SENT_BY_STOPPED.values():
            state.replace_ids(key, (), prefix)
    return [state.ids(key) for key in SENT_BY_STOPPED.values()] != before


def remember_sent_so_far(state: SavedState, outcomes: list[RowOutcome], prefix: str) -> None:
    """Add the ids a run created or updated so far, as a stopped run's: a run killed outright
    (kill -9, a reboot) never gets to say it stopped, and the next run tells of them all the
    same. A run that ends without stopping forgets them."""
    for action, key in SENT_BY_STOPPED.items():
        ids = {o.import_id for o in outcomes if o.action == action and o.import_id}
        if ids:
            kept = {i for i in state.ids(key) | ids if i.startswith(prefix)}
            state.replace_ids(key, kept, prefix)
