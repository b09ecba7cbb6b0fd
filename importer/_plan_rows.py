"""Each row against the guide's sessions: create, update, unchanged, invalid or skipped.

A row is matched to the guide's session by its import id and compared in normal form
(`payloads.diff`); a start outside the guide's dates is warned of here.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from importer import payloads
from importer._guide_state import GuideState
from importer._names_to_create import unknown_name_issues
from importer._plan_value import PlanAction, PlannedRow
from importer.model import RowIssue, RowResult, SessionPayload, row_prefix
from importer.validate import ValidationReport

# Guidebook keeps an event's sessions within this many days of the guide's dates.
GUIDE_DATE_SLACK = timedelta(days=14)


def plan_row(
    result: RowResult,
    existing: dict[str, list[dict[str, Any]]],
    state: GuideState,
    window: tuple[date, date] | None,
    validation: ValidationReport,
    tracks_missing: dict[str, str],
    rooms_missing: dict[str, str],
    create_missing: bool,
) -> PlannedRow:
    if result.skipped:
        return PlannedRow(result, "skipped")
    payload = result.payload
    if payload is None:
        return invalid_row(result, existing, [])
    headers = validation.headers
    issues = _date_window_issues(result, payload, window, validation.timezone,
                                 headers.get("start"))
    if not create_missing:
        issues += unknown_name_issues(result, payload, tracks_missing, rooms_missing, headers)
        if any(issue.severity == "error" for issue in issues):
            return invalid_row(result, existing, issues)
    matches = existing.get(payload.import_id, [])
    if not matches:
        return PlannedRow(result, "create", issues=issues)
    session = matches[0]  # of several, settle_shared_ids may choose another
    changes = payloads.diff(payload, session, state.track_names, state.location_names)
    action: PlanAction = "update" if changes else "unchanged"
    return PlannedRow(result, action, int(session["id"]), changes, issues)


def invalid_row(
    result: RowResult, existing: dict[str, list[dict[str, Any]]], issues: list[RowIssue]
) -> PlannedRow:
    """A row not sent. It still names its session in the guide, if it has one: that session
    is left as it was, and the report says which one."""
    matches = existing.get(result.import_id or "", [])
    session_id = int(matches[0]["id"]) if matches else None
    return PlannedRow(result, "invalid", session_id, issues=issues)


def guide_window(guide: dict[str, Any]) -> tuple[date, date] | None:
    start, end = guide.get("start_date"), guide.get("end_date")
    if not start or not end:
        return None
    try:
        return date.fromisoformat(str(start)[:10]), date.fromisoformat(str(end)[:10])
    except ValueError:
        return None


def _date_window_issues(
    result: RowResult, payload: SessionPayload, window: tuple[date, date] | None, timezone: str,
    column: str | None,
) -> list[RowIssue]:
    if window is None:
        return []
    first, last = window
    day = payload.start_time.astimezone(ZoneInfo(timezone)).date()
    if first <= day <= last:
        return []
    far = day < first - GUIDE_DATE_SLACK or day > last + GUIDE_DATE_SLACK
    consequence = (
        "more than 14 days away, so Guidebook will not show it"
        if far else "Guidebook shows it only within 14 days of the guide's dates"
    )
    return [RowIssue(
        result.row, column, day.isoformat(), "outside-guide-dates", "warning",
        f"{row_prefix(result.row, result.sheet)}starts on {day}, outside the guide's dates "
        f"{first} to {last} ({consequence}); check the date or the guide's dates", result.sheet,
    )]
