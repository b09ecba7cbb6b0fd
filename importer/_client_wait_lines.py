"""The lines `GuidebookClient`'s `on_wait` is told while a request waits to be retried."""

from __future__ import annotations

from importer._outcomes import Outcome


def publish_wait_line(outcome: Outcome, wait: float) -> str:
    if outcome.status == 429 and outcome.retry_after is None:
        why = "Guidebook allows 2 publishes a minute"
    elif outcome.status == 429:
        why = "Guidebook answered HTTP 429 and asked to come back later"
    else:
        why = f"Guidebook answered {outcome.summary}"
    return f"Publishing: {why}; waiting {wait:.0f} s..."


def retry_wait_line(outcome: Outcome, max_wait: float) -> str:
    if outcome.status == 429 and outcome.retry_after is None:
        # No per-second limit is documented: a 429 without Retry-After is most often the
        # day's budget, spent (a run again the same day after one stopped for it). Said so,
        # the minute or two of retries that make sure of it is no mystery.
        why = ("Guidebook answered HTTP 429 without Retry-After (if it persists, the daily "
               "request budget is spent, and this stops with exit 3)")
    elif outcome.status == 429:
        why = "Guidebook is asking us to slow down (HTTP 429)"
    elif outcome.status is not None:
        why = f"Guidebook answered {outcome.summary}"
    else:
        why = f"no answer from Guidebook ({outcome.summary})"
    minutes, seconds = divmod(round(max_wait), 60)
    if seconds or not minutes:
        span = f"{max_wait:g} s"
    else:
        span = f"{minutes} minute{'' if minutes == 1 else 's'}"
    return f"{why[0].upper()}{why[1:]}; retrying, for up to {span} per request..."
