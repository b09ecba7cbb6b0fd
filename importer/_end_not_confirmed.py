"""An end column's cell saying the end is not confirmed yet ('TBC', 'to be confirmed') beside
a start (Start 9:00, End TBC): a start with no end yet, as a range's `9:00 - TBC` is
(_convert_time_ranges.EndNotConfirmed). The mapping's until_next or minutes ends such a
session, as it does a blank end; without either it is refused saying what to write. A row
whose start is not fixed either ('TBD', 'TBD') keeps the time-not-fixed advice: blank both
and it is an all-day session on its date."""

from __future__ import annotations

from typing import Any

from importer._mapping_when import EndField
from importer.convert import cell_text, not_fixed_yet


def start_given(start_cell: Any) -> bool:
    """Whether a row's start cell gives a start: neither blank nor not fixed yet."""
    return bool(cell_text(start_cell)) and not not_fixed_yet(start_cell)


def lone_end_said(end: EndField) -> str | None:
    """How the mapping ends a session whose start is alone, as a message says it; None when
    it does not (no until_next, no minutes)."""
    if end.minutes is not None:
        return f"{end.minutes} minutes long (minutes under [fields.end])"
    if end.until_next:
        return "ending as the next session starts (until_next under [fields.end])"
    return None


def sent_message(header: str, raw: str, said: str) -> str:
    """The warning on an end not confirmed that the mapping's `said` end stands in for."""
    return (f"{header!r} has {raw.strip()!r}, an end not confirmed yet: the session is sent "
            f"{said} until its end is written in, like 10:30.")


def refused_message(header: str, raw: str) -> str:
    """The error on an end not confirmed where the mapping gives a lone start no end."""
    return (f"{header!r} has {raw.strip()!r}, an end not confirmed yet: write the end once it "
            "is known, like 10:30; or give such sessions a length with minutes = 60 (say) "
            "under [fields.end], or end each as the next session starts with until_next = "
            "true there.")
