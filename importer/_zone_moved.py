"""Most of the guide's sessions moved by the same hours in one plan: the sheet read in
another zone than the night before (a timezone put in, or edited in, the mapping or
gbimport.toml; the guide's zone changed in Builder while neither names one), not talks
rescheduled. A quiet cron run would move and publish them all and mail nothing."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from importer.model import row_ref

if TYPE_CHECKING:
    from importer._plan_value import Plan, PlannedRow

QUARTER_HOUR = timedelta(minutes=15)  # zones are whole hours apart, or half or quarter hours
MOST_ZONES_APART = timedelta(hours=26)  # UTC-12 to UTC+14
FEWEST = 2  # one session moved is one talk rescheduled
SAME_ZONE = ", the guide's zone"


def zone_moved_note(plan: Plan) -> str | None:
    """The note for a plan moving most sessions found by import id by the same offset."""
    found = [row for row in plan.rows if row.action in ("update", "unchanged")
             and row.payload is not None and not row.payload.all_day]
    moves = [(row, move) for row in found if (move := _start_moved(row)) is not None]
    if not moves:
        return None
    offset, count = Counter(move for _, move in moves).most_common(1)[0]
    if count < FEWEST or count * 2 <= len(found):
        return None
    row, old, new = next((row, *_starts(row)) for row, move in moves if move == offset)
    zone = plan.timezone
    guide_zone = str(plan.state.guide.get("timezone") or "") or zone
    shown = ZoneInfo(guide_zone)
    old, new = old.astimezone(shown), new.astimezone(shown)
    return (f"{count} of the {len(found)} sessions found by import id move {_offset(offset)} "
            f"(such as {row_ref(row.result.row, row.result.sheet)}, "
            f"'{row.payload.name if row.payload else ''}': {old:%H:%M} to {new:%H:%M} on "
            f"{new:%Y-%m-%d}, in the guide's zone {guide_zone}): the sheet's times are now read "
            f"in {zone}{SAME_ZONE if zone == guide_zone else ''}; if "
            "they are another zone's, give it as timezone in gbimport.toml (or --timezone) "
            "and run again, which moves them back")


def _starts(row: PlannedRow) -> tuple[datetime, datetime]:
    change = next(change for change in row.changes if change.field == "start_time")
    return change.old, change.new


def _start_moved(row: PlannedRow) -> timedelta | None:
    """How far the row moves its session's start, when that is as far as zones are apart."""
    if not any(change.field == "start_time" for change in row.changes):
        return None
    old, new = _starts(row)
    if not isinstance(old, datetime) or not isinstance(new, datetime):
        return None
    move = new - old
    return move if move and not move % QUARTER_HOUR and abs(move) <= MOST_ZONES_APART else None


def _offset(move: timedelta) -> str:
    hours, minutes = divmod(int(abs(move).total_seconds()) // 60, 60)
    text = f"{hours} hour{'s' if hours != 1 else ''}" if hours else ""
    text += f"{' ' if text else ''}{minutes} minutes" if minutes else ""
    return f"{text} {'later' if move > timedelta(0) else 'earlier'}"
