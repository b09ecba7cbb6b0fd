"""The words of a report's summary for a colleague who never saw the command: what stopped a
run early and what to do about it, beside the bare word a script reads (`halted`)."""

from __future__ import annotations

# Said by each halt; a next run finds the rows this one sent unchanged, and sends them nothing.
CARRIES_ON = ("it carries on where this run stopped, and the rows this run sent cost no write "
              "as they are found unchanged")
HALT_MEANINGS = {
    "budget": "budget: the daily request budget ran out, so the rest was deferred; "
              "run the same command again once the budget resets (within a day): " + CARRIES_ON,
    "outage": "outage: Guidebook stopped answering, so the rest was deferred; run the same "
              "command again later: " + CARRIES_ON,
    "fatal": "fatal: an error stopped the run, so the rest was not sent; fix it as the notes "
             "say, then run the same command again: " + CARRIES_ON,
    "interrupted": "interrupted: the run was stopped (Ctrl-C or a stop signal), so the rest "
                   "was deferred; run the same command again: " + CARRIES_ON,
}
NOT_STOPPED = "no"


def halt_words(halted: str | None) -> str:
    """Why the run stopped early and how to go on, the halt's word first, as `halted` has it."""
    if halted is None:
        return NOT_STOPPED
    return HALT_MEANINGS.get(halted, halted)
