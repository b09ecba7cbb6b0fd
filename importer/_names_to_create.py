"""Tracks and rooms the guide lacks: created by a run, or refused with --no-create-missing.

Only those a row still being sent names are created.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from importer.model import RowIssue, RowResult, SessionPayload, row_prefix
from importer.payloads import name_key

if TYPE_CHECKING:
    from importer._plan_value import Plan


def keep_names_still_sent(plan: Plan) -> None:
    """Only tracks and rooms that a row still being sent names are created."""
    sent = [row.result.payload for row in plan.rows
            if row.action in ("create", "update") and row.result.payload is not None]
    tracks = {name_key(name) for payload in sent for name in payload.schedule_tracks}
    rooms = {name_key(name) for payload in sent for name in payload.locations}
    plan.tracks_to_create = [n for n in plan.tracks_to_create if name_key(n) in tracks]
    plan.locations_to_create = [n for n in plan.locations_to_create if name_key(n) in rooms]


def missing_names(names: Iterable[tuple[str, ...]], known: dict[str, int]) -> dict[str, str]:
    """Names the guide lacks, keyed by normal form, keeping the sheet's first spelling."""
    missing: dict[str, str] = {}
    for group in names:
        for name in group:
            key = name_key(name)
            if key not in known:
                missing.setdefault(key, name.strip())
    return missing


def unknown_name_issues(
    result: RowResult, payload: SessionPayload, tracks: dict[str, str], rooms: dict[str, str],
    headers: dict[str, str],
) -> list[RowIssue]:
    row, sheet = result.row, result.sheet
    issues = []
    for kind, names, missing, column in (
        ("track", payload.schedule_tracks, tracks, headers.get("schedule_tracks")),
        ("location", payload.locations, rooms, headers.get("locations")),
    ):
        for name in names:
            if name_key(name) in missing:
                issues.append(RowIssue(
                    row, column, name, f"unknown-{kind}", "error",
                    f"{row_prefix(row, sheet)}the guide has no {kind} named '{name}'; create "
                    f"it in Guidebook, fix the spelling, or drop --no-create-missing", sheet,
                ))
    return issues
