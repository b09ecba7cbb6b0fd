"""The words of a report's summary for a colleague who never saw the command: what the exit
code means, and what stopped a run early and what to do about it, beside the bare code and
word a script reads (`exit_code`, `halted`)."""

from __future__ import annotations

import httpx

from importer._credentials import is_loopback

# After 'exit code N: ', in the words of `gbimport run --help`'s list of exit codes.
EXIT_MEANINGS = {
    1: "some rows are invalid or failed; each one's message says why",
    2: "an error stopped the run; the notes say which, and how to fix it",
    3: "some changes were not sent (deferred); run the same command again later to send them",
    4: "the changes are in Builder, but publishing them failed; publish in Builder, or run "
       "again later",
    130: "the run was interrupted; run the same command again to continue",
}
# Exit code 4 at this machine's sandbox, whose changes never reach Builder (as
# changes_wait_words): publishing in Builder would find no session of the rehearsal's.
NOT_PUBLISHED_AT_SANDBOX = ("the changes are in the sandbox, not in Builder, but publishing "
                            "them failed; publish at the sandbox, or run again later")
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
# Where a run not asked to publish left its changes: see changes_wait_words.
CHANGES_WAIT_IN_BUILDER = ("what the run changed is in Builder, and reaches attendees' apps "
                           "once the guide is published")
# The same at this machine's sandbox, whose changes never reach Builder: 'is in Builder'
# under a line saying the rehearsal changed nothing in Guidebook would contradict it.
CHANGES_WAIT_IN_SANDBOX = ("what the run changed is in the sandbox, not in Builder; in Guidebook "
                           "it would reach attendees' apps once the guide is published")


def result_words(ok: bool, exit_code: int, api_url: str | None) -> str:
    """'ok', or the exit code and what it means: 'exit code 3' alone sends a reader to --help.
    A publish that failed at this machine's sandbox says the changes are there."""
    if ok:
        return "ok"
    meaning = EXIT_MEANINGS.get(exit_code)
    if exit_code == 4 and api_url and is_rehearsal(api_url):
        meaning = NOT_PUBLISHED_AT_SANDBOX
    return f"exit code {exit_code}: {meaning}" if meaning else f"exit code {exit_code}"


def halt_words(halted: str | None) -> str:
    """Why the run stopped early and how to go on, the halt's word first, as `halted` has it."""
    if halted is None:
        return NOT_STOPPED
    return HALT_MEANINGS.get(halted, halted)


# After a sandbox's address: a rehearsal's report, forwarded, must not pass for the guide's.
REHEARSAL = "a sandbox on the computer that ran it: a rehearsal, which changed nothing in Guidebook"


def is_rehearsal(api_url: str) -> bool:
    """Whether the API is this machine's: the sandbox, as Guidebook's is never on loopback."""
    return is_loopback(httpx.URL(api_url).host)


def api_words(api_url: str) -> str:
    """The API a run sent its changes to, saying so when it was this machine's sandbox."""
    return f"{api_url} ({REHEARSAL})" if is_rehearsal(api_url) else api_url


def sent_to_words(api_url: str | None) -> str | None:
    """A run's console line on where its requests went, at this machine's sandbox only: a
    planner rehearsing, or a nightly job pointed at a sandbox by mistake, must see that
    nothing changed in Guidebook. None at Guidebook's API, which every run is for."""
    return f"Sent to {api_words(api_url)}." if api_url and is_rehearsal(api_url) else None


def published_words(guide_id: int, requests: int, api_url: str | None, why: str = "") -> str:
    """The line of a publish, by `gbimport publish` or a run's: at the sandbox, one that
    would pass for a real publish says it was a rehearsal. `why`: ', for changes ...'."""
    said = f"Published guide {guide_id} ({requests} request{'' if requests == 1 else 's'}{why})"
    return f"{said} at {api_words(api_url)}." if api_url and is_rehearsal(api_url) else f"{said}."


def changes_wait_words(api_url: str | None) -> str:
    """Where a run's changes wait until the guide is published: Builder, or at a sandbox,
    the sandbox (a rehearsal's changes reach no Builder)."""
    return (CHANGES_WAIT_IN_SANDBOX if api_url and is_rehearsal(api_url)
            else CHANGES_WAIT_IN_BUILDER)


def publish_it_words(api_url: str | None, command: str) -> str:
    """How to publish by hand, `command` working as printed: in Builder or with it, or at
    this machine's sandbox, whose changes reach no Builder, with it there."""
    if api_url and is_rehearsal(api_url):
        return f"Publish it at the sandbox with: {command}"
    return f"Publish it in Guidebook Builder, or with: {command}"


def publish_failed_words(why: str, api_url: str | None, command: str) -> str:
    """The line of a run's publish that failed: why, and how to publish by hand. At this
    machine's sandbox it first says where the run's changes wait, as a run not asked to
    publish does: a planner sent to Builder would look for sessions never there."""
    waits = changes_wait_words(api_url)
    where = f"{waits[0].upper()}{waits[1:]}. " if api_url and is_rehearsal(api_url) else ""
    return f"Not published: {why}. {where}{publish_it_words(api_url, command)}"


def edited_in(api_url: str | None) -> str:
    """Where a guide's sessions are changed by hand, for a note saying one was changed there
    or how to change one: Builder, or at this machine's sandbox, which has no Builder (a
    rehearsal's sessions are changed through its API), the sandbox."""
    return "the sandbox" if api_url and is_rehearsal(api_url) else "Builder"


def not_asked_to_publish(api_url: str | None) -> str:
    """The 'Published' line of a run not asked to publish: an empty cell reads as a value lost."""
    return f"not asked to (no --publish): {changes_wait_words(api_url)}"
