"""Changes of a sheet's import ids between runs, and what a run refuses without --force.

A sheet's ids change when it gains an id column (it had derived ones), when its mapping gains,
renames or loses a prefix, or when its id column is emptied. Two of these the tool itself
advises, so the sessions are taken over in place (their import_id patched, attendees keep
their schedules); the others would make the programme twice and stop for --force, as does
a sheet read in another zone than Builder's import read it (its sessions hours off) or its
dates in the other order than the last run, and a --prune that would delete much of the
guide or, without a prefix, other sheets' sessions.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, time, timedelta
from typing import TYPE_CHECKING, Any, NamedTuple
from zoneinfo import ZoneInfo

from importer import payloads
from importer._checks import derived_id, is_derived_id, row_list
from importer._deletes import (
    COPY_REASON,
    LEFT_OUT_REASON,
    command_listing_deletes,
    in_no_row_read,
    named_deletes,
    unread_sheets,
)
from importer._toml_problems import toml_value
from importer.mapping import ROOM_JOINER
from importer.model import SessionPayload, row_ref
from importer.payloads import FieldChange, name_key

if TYPE_CHECKING:
    from importer.plan import GuideState, Plan, PlannedRow

# Deleting more than this share of a guide's sessions needs --force.
PRUNE_LIMIT = 0.10


def reasons_to_force(plan: Plan, existing: dict[str, list[dict[str, Any]]],
                     prefix: str, off: HoursOff | None = None) -> list[str]:
    """Why the run must not go ahead without --force, if it must not. `off`: the rows to
    create whose sessions without an import id start hours away (see hours_off)."""
    from importer._ids_moved_off import ids_moved_off_their_talks  # it imports this module
    return [reason for reason in (
        _mass_delete(plan), _deletes_without_a_prefix(plan, prefix),
        _deletes_while_sheets_hidden(plan), _deletes_while_sheets_unread(plan),
        _ids_no_longer_match(plan, existing, prefix), _prefix_changed(plan, prefix),
        _read_in_another_zone(plan, off), _copies_of_unmarked(plan),
        _ids_of_other_talks(plan, prefix) or ids_moved_off_their_talks(plan),
        _dates_read_the_other_way(plan))
        if reason]


# Rows found by import id that would give their session another title, and another start or
# room: at least this many, and more than half of those found, are another sheet's ids (or
# renumbered ones).
OTHER_TALKS_MIN = 3


def _ids_of_other_talks(plan: Plan, prefix: str) -> str | None:
    """Most rows found by import id would turn their session into another talk (its title
    changed, and its start or its room): a second sheet sharing the guide under the same
    prefix, its ids numbered 1..N as the first sheet's are, or ids renumbered by sorting.
    The run would overwrite those talks, and attendees' schedules would point at others."""
    rewritten = [row for row in plan.rows if makes_another_talk(row)]
    found = plan.counts["update"] + plan.counts["unchanged"]
    if len(rewritten) < OTHER_TALKS_MIN or len(rewritten) * 2 <= found:
        return None
    first = rewritten[0]
    old = next(change.old for change in first.changes if change.field == "name")
    shared = f"the import_id_prefix '{prefix}'" if prefix else "no import_id_prefix"
    return (f"{len(rewritten)} of the {found} rows found by import id would make their "
            f"session another talk, its title changed and its start or room too (such as "
            f"{row_ref(first.result.row, first.result.sheet)}, {first.result.import_id}: "
            f"'{old}' would become '{first.result.name}'): these ids look to be another "
            f"sheet's, sharing {shared} in this guide, or renumbered since the last run; give "
            "each sheet its own import_id_prefix in its mapping, or put each id back with its "
            "talk")


def makes_another_talk(row: PlannedRow) -> bool:
    """An update giving its session another title, and another start or room."""
    if row.action != "update" or row.takes_over_unmarked:
        return False
    fields = {change.field for change in row.changes}
    return "name" in fields and bool(fields & {"start_time", "locations"})


def _dates_read_the_other_way(plan: Plan) -> str | None:
    """Most rows found by import id would move their session to the date with its day and
    month swapped, at the same time of day: the sheet's dates read in the other order than
    the last run read them (a workbook's date cells saved as a CSV of '03/05/2027' texts). Only
    a sheet whose days are all 12 or under gets this far: validate flags a day over 12."""
    zone = ZoneInfo(plan.timezone)
    swapped: list[tuple[PlannedRow, datetime, datetime]] = []
    for row in plan.rows:
        change = next((c for c in row.changes if c.field == "start_time"), None)
        if row.action != "update" or change is None or not (change.old and change.new):
            continue
        old, new = change.old.astimezone(zone), change.new.astimezone(zone)
        if (old.year, old.month, old.day, old.time()) == (new.year, new.day, new.month,
                                                          new.time()) and old.date() != new.date():
            swapped.append((row, old, new))
    found = plan.counts["update"] + plan.counts["unchanged"]
    if len(swapped) < OTHER_TALKS_MIN or len(swapped) * 2 <= found:
        return None
    row, old, new = swapped[0]
    return (f"{len(swapped)} of the {found} rows found by import id would move their session "
            f"to the date with its day and month swapped (such as "
            f"{row_ref(row.result.row, row.result.sheet)}, {row.result.import_id}: "
            f"{old:%Y-%m-%d} would become {new:%Y-%m-%d}): the sheet's dates look read in the "
            "other order than the last run read them; set date_order in the mapping to the "
            "order the sheet writes them (\"day-first\": 03/05/2027 is 3 May)")


def _copies_of_unmarked(plan: Plan) -> str | None:
    """A first run into a guide filled by Builder's spreadsheet import, without --adopt:
    most rows to create would be made beside the session without an import id that has
    their title and start (warned copy-without-id), the programme shown twice. A session
    or two of ours whose id was cleared in Builder, or a hand-made one like a new row, among
    rows found by import id, are the warning alone; so are rows whose session is in doubt
    (Lunch in three rooms), which --adopt does not take over either."""
    from importer.plan import adoptable_copy  # plan imports this module
    copies = [row for row in plan.rows
              if row.action == "create" and any(map(adoptable_copy, row.issues))]
    counts = plan.counts
    if not copies or len(copies) * 2 < counts["create"] or (
            len(copies) <= counts["update"] + counts["unchanged"]):
        return None
    first = copies[0]
    plural = len(copies) != 1
    return (f"{len(copies)} of the {counts['create']} rows to create "
            f"ha{'ve' if plural else 's'} the title and start of a session without an import "
            f"id ({'such as ' if plural else ''}"
            f"{row_ref(first.result.row, first.result.sheet)} ('{first.result.name}'); "
            "see the copy-without-id warning), as Builder's spreadsheet import makes them: "
            f"the run would make {'each' if plural else 'it'} anew beside "
            f"{'its session' if plural else 'it'}, so the app would show "
            f"{'those talks' if plural else 'that talk'} twice; run with --adopt to take "
            f"{'them' if plural else 'it'} over instead (plan with --adopt shows how)")


def _mass_delete(plan: Plan) -> str | None:
    """Deleting over a tenth of the guide is more often a wrong sheet or prefix than intent.
    One session is never a mass delete: in a guide of ten or fewer, a cancelled talk would
    need --force every time, and --force typed out of habit guards nothing."""
    total = len(plan.state.sessions)
    if not plan.deletes or len(plan.deletes) <= max(PRUNE_LIMIT * total, 1):
        return None
    # Rows marked out in bulk are a wrong leave_out value ('Confirmed') as often as intent.
    out = sum(d.reason == LEFT_OUT_REASON for d in plan.deletes)
    if not out and plan.validation.other_sheets and in_no_row_read(plan.deletes):
        return None  # the other tabs' sessions: _deletes_while_sheets_unread says so
    check = ("the mapping's import_id prefix" if not out else "the mapping's leave_out values"
             if out == len(plan.deletes) else "the mapping's import_id prefix and leave_out values")
    marked = f", {out:,} of them in rows marked out by leave_out" if out else ""
    return (f"--prune would delete {len(plan.deletes):,} of the guide's {total:,} sessions "
            f"(over {PRUNE_LIMIT:.0%}{marked}): "
            f"{named_deletes(plan.deletes, MASS_DELETE_NAMED)}; check the sheet and {check} "
            f"({command_listing_deletes(plan)} lists them all)")


# Sessions a refused --prune names: enough for a cron mail's reader to tell a wrong sheet
# (talks still on) from cancellations; the plan lists every one.
MASS_DELETE_NAMED = 3


def _deletes_without_a_prefix(plan: Plan, prefix: str) -> str | None:
    """Without a prefix, every session with an import id counts as this sheet's, including
    those another sheet or tool imported: --prune would delete them too."""
    if prefix or not plan.deletes:
        return None
    return (f"the mapping has no import_id_prefix, so --prune takes every session with an "
            f"import id for this sheet's and would delete {len(plan.deletes)} (such as "
            f"{plan.deletes[0].import_id!r}); give the mapping a prefix such as \"sheet:\" "
            "(the next run moves this sheet's sessions to the new ids)")


def _deletes_while_sheets_hidden(plan: Plan) -> str | None:
    """--sheet all leaves hidden tabs unread: a day's tab hidden in Excel would have its
    sessions deleted, however few, and a cron run's --quiet hides the warning saying so.
    A copy of a session a row read keeps is no hidden tab's: it goes without the stop (a
    row marked out by leave_out still stops it, as before)."""
    gone = [d for d in plan.deletes if d.reason != COPY_REASON]
    if not gone or not any(
            issue.code == "hidden-sheets" for issue in plan.validation.sheet_issues):
        return None
    deletes = f"{len(gone)} session" if len(gone) == 1 else f"{len(gone)} sessions"
    return (f"--prune would delete {deletes} (such as {gone[0].import_id!r}) while "
            "the workbook has hidden sheets with the programme's columns, which may hold them "
            "(see the hidden-sheets warning); unhide those sheets, or name the sheets to read "
            "with --sheet")


def _deletes_while_sheets_unread(plan: Plan) -> str | None:
    """Without --sheet the first tab alone is read: the other days' sessions are in no row
    of it, and --prune would delete them, however few, as it would a hidden tab's; a cron
    run's --quiet hides the warning. Rows marked out by leave_out are the read tab's own.
    So are copies of a session a row read keeps. A tab named with --sheet is the one meant,
    as the hidden-sheets stop advises: no stop."""
    unread = unread_sheets(plan.validation)
    gone = in_no_row_read(plan.deletes)
    if unread is None or not gone:
        return None
    deletes = f"{len(gone):,} session" if len(gone) == 1 else f"{len(gone):,} sessions"
    return (f"--prune would delete {deletes} in no row read "
            f"({named_deletes(gone, MASS_DELETE_NAMED)}): {unread} "
            f"({command_listing_deletes(plan)} lists them all)")


def _ids_no_longer_match(plan: Plan, existing: dict[str, list[dict[str, Any]]],
                         prefix: str) -> str | None:
    """A sheet whose id column was emptied derives new ids, which match none of the sessions
    imported with the old ones: the run would create the whole programme a second time."""
    # Sorted: the guide lists sessions in the order they were made, which concurrent creates
    # leave to chance, and the example named should not change from run to run.
    kept = sorted(import_id for import_id in existing if not is_derived_id(import_id, prefix))
    if not plan.counts["create"] or not any(
            issue.code == "derived-import-id" for issue in plan.validation.sheet_issues):
        return None
    if not kept:
        return None
    creates = plan.counts["create"]
    held = f"{len(kept)} session" if len(kept) == 1 else f"{len(kept)} sessions"
    copies = ("the session to create may be a copy" if creates == 1 else
              f"the {creates} sessions to create may be copies")
    return (f"the sheet has no session ids, so they are derived, but the guide holds {held} "
            f"imported with ids from a column (such as {kept[0]!r}): {copies} of "
            f"{'it' if len(kept) == 1 else 'them'}; fill the id column back in")


def take_over_earlier_ids(rows: list[PlannedRow], state: GuideState, prefix: str,
                           timezone: str, *, tabs_unread: bool = False) -> None:
    """A row to create whose session the guide holds under an earlier id of the same sheet
    takes it over, changing its import_id in place (attendees keep their schedules):

    - the id derived from title, start and room while the sheet had no id column, now that
      it has one (as the derived-import-id warning advises), or from the room alone, now
      that the mapping names each room with its venue (as the room-overlap warning advises);
    - the same id without a prefix, now that the mapping has one (as a --prune refusal
      advises), when the title agrees too, and only when most of the sheet finds its
      sessions so: a few alike are another tool's, not this sheet's from before;
    - failing those, a derived id no row has now, of a session with the row's title and its
      start or rooms that no other row or session shares, or with a title that none other
      has at all (see _sessions_of_edited_rows); for rows with ids of their own, only when
      most of the sheet finds its sessions so. Not while `tabs_unread`, the workbook's
      other tabs with the programme's columns left unread: a session in no row read may be
      one of theirs, still on its day, and a row of the tab read is then a new talk.
    """
    zone = ZoneInfo(timezone)
    earlier = _earlier_sessions(rows, state, prefix, zone)
    for row, session in earlier:
        take_over(row, session, state)
    edited = [] if tabs_unread else _sessions_of_edited_rows(rows, state, prefix, zone)
    with_own_ids = [row for row, _ in edited if row.payload is not None
                    and not is_derived_id(row.payload.import_id, prefix)]
    sessions = sum(row.payload is not None for row in rows)
    if (len(earlier) + len(with_own_ids)) * 2 < sessions:
        # Rows with ids of their own take derived sessions by title only when most of the
        # sheet finds its sessions from before: one talk kept in a new programme is new.
        edited = [pair for pair in edited if all(pair[0] is not row for row in with_own_ids)]
    for row, session in edited:
        take_over(row, session, state)


def take_over(row: PlannedRow, session: dict[str, Any], state: GuideState) -> None:
    """The row updates `session` instead of making its own: one PATCH setting the row's
    import_id (the change listed first) and the fields that differ."""
    assert row.payload is not None
    row.action, row.session_id = "update", int(session["id"])
    row.changes = [
        FieldChange("import_id", session.get("import_id") or "", row.payload.import_id),
        *payloads.diff(row.payload, session, state.track_names, state.location_names),
    ]


class UnmarkedMatches(NamedTuple):
    """Rows to create that have the title and start of guide sessions without an import id
    (as Builder's spreadsheet import makes them): those told apart, each with its session,
    and those that are not, each with the sessions left that it may be and how many rows
    share its title and start."""

    pairs: list[tuple[PlannedRow, dict[str, Any]]]
    unclear: list[tuple[PlannedRow, list[dict[str, Any]], int]]


def unmarked_matches(rows: list[PlannedRow], state: GuideState,
                     timezone: str) -> UnmarkedMatches:
    """Pair rows to create with sessions without an import id by title and start (an
    all-day one's by its day). Where several rows or sessions share those, a row and a
    session pair only when no other row or session of theirs has the same rooms (then the
    same rooms and tracks): a pair is never guessed. Each session pairs with one row at
    most, and each row with one session."""
    zone = ZoneInfo(timezone)
    sessions: dict[tuple[object, ...], list[dict[str, Any]]] = defaultdict(list)
    for session in sorted(state.sessions, key=lambda s: int(s["id"])):
        if not session.get("import_id") and (key := session_key(session, zone)):
            sessions[key].append(session)
    group_rows: dict[tuple[object, ...], list[PlannedRow]] = defaultdict(list)
    for row in rows:
        if sessions and row.action == "create" and row.payload is not None:
            key = row_key(row.payload, zone)
            if key in sessions:
                group_rows[key].append(row)
    found = UnmarkedMatches([], [])
    for key, members in group_rows.items():
        candidates = sessions[key]
        if len(members) == 1 and len(candidates) == 1:
            found.pairs.append((members[0], candidates[0]))
            continue
        pairs = _paired_by(members, candidates, state, lambda names: names[:1])
        rest = [row for row in members if all(row is not paired for paired, _ in pairs)]
        left = [s for s in candidates if all(s is not taken for _, taken in pairs)]
        pairs += _paired_by(rest, left, state, lambda names: names)
        found.pairs.extend(pairs)
        left = [s for s in candidates if all(s is not taken for _, taken in pairs)]
        if left:  # else every such session went to its row: the rows left are new ones
            found.unclear.extend((row, left, len(members)) for row in members
                                 if all(row is not paired for paired, _ in pairs))
    return found


class HoursOff(NamedTuple):
    """Rows to create whose sessions without an import id start hours away: how many
    minutes (the session's start less the row's: whole hours, or the half or three
    quarters of an hour India's or Nepal's zone adds), how many rows, and the first of them
    with its session; and how many timed rows of the sheet are to create, and how many
    find their sessions by import id."""

    minutes: int
    rows: int
    row: PlannedRow
    session: dict[str, Any]
    creates: int
    found: int

    @property
    def most_of_the_sheet(self) -> bool:
        """A sheet switching from Builder's import in the wrong zone has most of its rows to
        create hours off (hours_off has already made sure they outnumber the rows found by
        import id); a few among many new rows are a note, not a stop."""
        return self.rows * 2 >= self.creates


# An offset between zones: whole hours up to this many (UTC-12 to UTC+14 is 26 apart, but a
# sheet read in the wrong zone is read in a neighbour's, or as UTC).
MAX_HOURS_OFF = 14


def hours_off(rows: list[PlannedRow], state: GuideState, timezone: str) -> HoursOff | None:
    """The sheet's times read in another zone than the guide's sessions without an import
    id were (Builder's import read them in the guide's zone, or stored the wall clock as
    UTC): of the timed rows to create that find such a session of their title at their
    start or as far from it as two zones can be (_zones_apart), most find it as far, and
    they outnumber the rows found by import id. None otherwise: a talk or two moved in the
    sheet since Builder's import is no zone problem, nor a new row on a sheet imported
    before whose title a hand-made session has at another hour ('Coffee break')."""
    by_title: dict[str, list[tuple[dict[str, Any], Any]]] = defaultdict(list)
    for session in sorted(state.sessions, key=lambda s: int(s["id"])):
        start = payloads.parse_datetime(session.get("start_time"))
        if not session.get("import_id") and not session.get("all_day") and start is not None:
            by_title[name_key(str(session.get("name") or ""))].append((session, start))
    found: dict[int, list[tuple[PlannedRow, dict[str, Any]]]] = defaultdict(list)
    matched = 0
    guide_zone = str(state.guide.get("timezone") or "") or timezone
    for row in rows:
        payload = row.payload
        if row.action != "create" or payload is None or payload.all_day:
            continue
        apart: dict[int, dict[str, Any]] = {}
        for session, start in by_title.get(name_key(payload.name), ()):
            minutes, rest = divmod(start - payload.start_time, timedelta(minutes=1))
            if not rest and _zones_apart(minutes, payload.start_time, timezone, guide_zone):
                apart.setdefault(minutes, session)
        if 0 in apart:  # at its own start: the sheet and the session agree on the zone
            apart = {0: apart[0]}
        matched += bool(apart)
        for minutes, session in apart.items():
            if minutes:
                found[minutes].append((row, session))
    if not found:
        return None
    minutes, alike = max(found.items(), key=lambda item: len(item[1]))
    timed = [row.action for row in rows if row.payload is not None and not row.payload.all_day]
    found_by_id = timed.count("update") + timed.count("unchanged")
    if len(alike) * 2 <= matched or len(alike) <= found_by_id:
        return None  # not most such rows; or a new row on a sheet imported before
    return HoursOff(minutes, len(alike), *alike[0], timed.count("create"), found_by_id)


def _zones_apart(minutes: int, moment: datetime, timezone: str, guide_zone: str) -> bool:
    """Whether two zones can put a start `minutes` away: whole hours, up to MAX_HOURS_OFF;
    or the sheet's zone against UTC or the guide's zone, whatever their offsets ('Asia/
    Kolkata' read as UTC is 5 hours 30 minutes off). A talk moved 90 minutes is not."""
    if abs(minutes) > MAX_HOURS_OFF * 60:
        return False
    if minutes % 60 == 0:
        return True
    sheet = _utc_offset(timezone, moment)
    return timedelta(minutes=minutes) in (sheet, sheet - _utc_offset(guide_zone, moment))


def _read_in_another_zone(plan: Plan, off: HoursOff | None) -> str | None:
    """Most of the sheet's talks would be made a second time, beside Builder's sessions
    that the sheet's times, read in another zone, miss by hours."""
    if off is None or not off.most_of_the_sheet:
        return None
    return hours_off_message(off, plan.state, plan.timezone)


def hours_off_message(off: HoursOff, state: GuideState, timezone: str) -> str:
    """The sheet read in another zone than Builder's import read it: rows to create that
    would find their sessions without an import id, but for the hours between their
    starts. Nothing is taken over across the hours; said once, with the timezone to give
    (a stop or a note, without its closing full stop)."""
    assert off.row.payload is not None
    start = off.row.payload.start_time
    hours, minutes = divmod(abs(off.minutes), 60)
    plural = off.rows != 1
    text = (
        f"{off.rows} row{'s' if plural else ''} to create ha{'ve' if plural else 's'} the "
        f"title of a session without an import id that starts {hours} "
        f"hour{'s' if hours != 1 else ''}{f' {minutes} minutes' if minutes else ''} "
        f"{'later' if off.minutes > 0 else 'earlier'} "
        f"({'such as ' if plural else ''}{row_ref(off.row.result.row, off.row.result.sheet)} "
        f"('{off.row.payload.name}') and session id {off.session['id']}): the sheet's times "
        "look read in another zone than that session's were, so "
        f"{'none is' if plural else 'it is not'} taken over (not even with --adopt) and a "
        f"run would make {'each' if plural else 'it'} anew beside its session, so the app "
        "would show both. ")
    sessions_offset = _utc_offset(timezone, start) - timedelta(minutes=off.minutes)
    guide_zone = str(state.guide.get("timezone") or "")
    if guide_zone and guide_zone != timezone and _utc_offset(guide_zone, start) == sessions_offset:
        return text + (
            f"The sheet is read in {timezone} and the guide's zone is {guide_zone}: if the "
            f"sheet's times are {guide_zone}'s, set timezone = \"{guide_zone}\" in "
            f"gbimport.toml (or run with --timezone {guide_zone}; either overrides a "
            "mapping's timezone) and plan again")
    if not sessions_offset:
        return text + (
            f"{'Those sessions start' if plural else 'That session starts'} at the sheet's "
            "times read as UTC (as an import that ignores the guide's zone stores them): to "
            "take them over, run --adopt once with --timezone UTC, then without it, which "
            f"moves each to the sheet's time in {timezone} (one PATCH each)")
    return text + (
        f"The sheet is read in {timezone} (UTC{_hours_text(_utc_offset(timezone, start))}); "
        f"{'those sessions start' if plural else 'that session starts'} at its times read "
        f"at UTC{_hours_text(sessions_offset)}: give the zone they were read in as the "
        "timezone (gbimport.toml's timezone, or --timezone) and plan again")


def _utc_offset(timezone: str, moment: datetime) -> timedelta:
    return moment.astimezone(ZoneInfo(timezone)).utcoffset() or timedelta(0)


def _hours_text(offset: timedelta) -> str:
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _paired_by(rows: list[PlannedRow], sessions: list[dict[str, Any]], state: GuideState,
               part: Callable[[tuple[frozenset[str], frozenset[str]]], object],
               ) -> list[tuple[PlannedRow, dict[str, Any]]]:
    """Rows and sessions whose rooms (`part` picks them, or them and the tracks) no other
    row or session of the group has."""
    def of_row(row: PlannedRow) -> object:
        assert row.payload is not None
        return part((_names(row.payload.locations), _names(row.payload.schedule_tracks)))

    def of_session(session: dict[str, Any]) -> object:
        return part((
            _names(payloads.stored_names(session.get("locations") or (), state.location_names)),
            _names(payloads.stored_names(session.get("schedule_tracks") or (),
                                         state.track_names))))

    row_signs = [of_row(row) for row in rows]
    session_signs = [of_session(session) for session in sessions]
    return [(row, sessions[session_signs.index(sign)]) for row, sign in zip(rows, row_signs,
                                                                          strict=True)
            if row_signs.count(sign) == 1 and session_signs.count(sign) == 1]


def _names(names: Iterable[str]) -> frozenset[str]:
    return frozenset(name_key(name) for name in names)


def row_key(payload: SessionPayload, zone: ZoneInfo) -> tuple[object, ...]:
    if payload.all_day:
        return name_key(payload.name), "day", payload.start_time.astimezone(zone).date()
    return name_key(payload.name), "at", payload.start_time


def session_key(session: dict[str, Any], zone: ZoneInfo) -> tuple[object, ...] | None:
    """A session's title and start; an all-day one's day: the day at whose midnight it
    starts, in the guide's zone or in UTC (how a tool stores the day varies)."""
    start = payloads.parse_datetime(session.get("start_time"))
    if start is None:
        return None
    name = name_key(str(session.get("name") or ""))
    if not session.get("all_day"):
        return name, "at", start
    local = start.astimezone(zone)
    utc = start.astimezone(UTC)
    day = utc.date() if local.time() != time(0) and utc.time() == time(0) else local.date()
    return name, "day", day


def _earlier_sessions(rows: list[PlannedRow], state: GuideState, prefix: str,
                      zone: ZoneInfo) -> list[tuple[PlannedRow, dict[str, Any]]]:
    """The rows to create that take over a session, each with that session (see
    take_over_earlier_ids); no session is taken over twice, nor one a row has the id of."""
    claimed = {row.result.import_id for row in rows if row.result.import_id}
    by_id = {import_id: sessions[0]  # of several sharing an id, the lowest (as plan updates)
             for import_id, sessions in state.sessions_by_import_id("").items()}
    derived_matches, bare_matches = [], []
    for row in rows:
        payload = row.payload
        if row.action != "create" or payload is None:
            continue
        derived = next((earlier for earlier in _ids_derived_before(row, prefix, zone)
                        if earlier not in claimed and earlier in by_id), None)
        bare = payload.import_id.removeprefix(prefix) if prefix else ""
        if derived is not None:
            derived_matches.append((row, by_id[derived]))
            claimed.add(derived)
        elif bare and bare not in claimed and bare in by_id and _same_title(by_id[bare], payload):
            bare_matches.append((row, by_id[bare]))
    sessions = sum(row.payload is not None for row in rows)
    if len(bare_matches) * 2 < sessions:
        bare_matches = []
    return [*derived_matches, *bare_matches]


def _ids_derived_before(row: PlannedRow, prefix: str, zone: ZoneInfo) -> list[str]:
    """The ids this row's session may have been derived with: from its title, start and
    first room as read now (the sheet had no id column), and from its room read alone (the
    mapping did not join the venue yet). Both are tried: a sheet may gain its id column and
    the join in one change."""
    assert row.payload is not None
    payload = row.payload
    title = row.result.title_as_written or payload.name  # as the derived id was made
    rooms = [payload.locations]
    if row.result.room_alone:
        rooms.append((row.result.room_alone,))
    ids = (derived_id(prefix, title, payload.start_time, first, zone) for first in rooms)
    return [i for i in ids if i and i != payload.import_id]


def _sessions_of_edited_rows(rows: list[PlannedRow], state: GuideState, prefix: str,
                             zone: ZoneInfo) -> list[tuple[PlannedRow, dict[str, Any]]]:
    """A row to create whose session was imported with a derived id no row has now (its
    room renamed everywhere, the room joined with its venue or no longer, a talk moved to
    another day, moved to another time and room at once, or the sheet given an id column in
    the same change): the session of derived id with the row's title and its start (or its
    rooms; or, failing both, the title alone when no other row or session of the sheet has
    it), and no other row or session alike, is that row's. Its title must agree: a new talk
    in a cancelled one's slot is another talk, and attendees who saved the old one must not
    find it in their plans."""
    to_create = [row for row in rows if row.action == "create" and row.payload is not None]
    if not to_create:
        return []
    in_sheet = {row.result.import_id for row in rows}
    taken = {row.session_id for row in rows}
    orphans = [sessions[0] for import_id, sessions in state.sessions_by_import_id(prefix).items()
               if is_derived_id(import_id, prefix) and import_id not in in_sheet
               and int(sessions[0]["id"]) not in taken]
    if not orphans:
        return []
    # First by title and start (its room renamed or changed), then by title and rooms
    # (moved to another time or day), then by title, start and rooms without their venues
    # (a talk given at two venues at once, its rooms joined with them or no longer); and last
    # by title alone (moved to another time and room at once).
    keys: list[tuple[Callable[[SessionPayload], object], Callable[[dict[str, Any]], object]]]
    keys = [(lambda p: row_key(p, zone), lambda s: session_key(s, zone)),
            (row_rooms, lambda s: session_rooms(s, state)),
            (lambda p: (row_key(p, zone), _rooms_alone(p.locations)),
             lambda s: (session_key(s, zone), _rooms_alone(payloads.stored_names(
                 s.get("locations") or (), state.location_names))))]
    pairs: list[tuple[PlannedRow, dict[str, Any]]] = []
    for key_of_row, key_of_session in keys:
        paired = {id(item) for pair in pairs for item in pair}
        pairs += _one_to_one([row for row in to_create if id(row) not in paired],
                             [session for session in orphans if id(session) not in paired],
                             key_of_row, key_of_session)
    paired = {id(item) for pair in pairs for item in pair}
    rows_left = [row for row in to_create if id(row) not in paired]
    if rows_left and len(pairs) < len(orphans):
        pairs += _paired_by_title_alone(rows_left, [s for s in orphans if id(s) not in paired],
                                        rows, state, prefix)
    return pairs


def _paired_by_title_alone(rows: list[PlannedRow], orphans: list[dict[str, Any]],
                           every_row: list[PlannedRow], state: GuideState, prefix: str,
                           ) -> list[tuple[PlannedRow, dict[str, Any]]]:
    """A talk moved to another time and another room at once: the row and the orphaned
    session whose title no other row of the sheet (in error or left out too) and no other
    of the sheet's sessions has. A title some share ('Workshop', 'Lunch') names no one talk:
    one dropped on Tuesday and another added on Wednesday are two, and attendees who saved
    the first must not find the second in their plans."""
    in_sheet = Counter(name_key(row.result.name) for row in every_row if row.result.name)
    in_guide = Counter(_session_title(session)
                       for sessions in state.sessions_by_import_id(prefix).values()
                       for session in sessions)

    def alone(title: str) -> bool:
        return in_sheet[title] == 1 and in_guide[title] == 1

    def title_of(payload: SessionPayload) -> str:
        return name_key(payload.name)

    return _one_to_one(
        [row for row in rows if row.payload is not None and alone(title_of(row.payload))],
        [session for session in orphans if alone(_session_title(session))],
        title_of, _session_title)


def _session_title(session: dict[str, Any]) -> str:
    return name_key(str(session.get("name") or ""))


def _one_to_one(rows: list[PlannedRow], sessions: list[dict[str, Any]],
                row_key: Callable[[SessionPayload], object],
                session_key: Callable[[dict[str, Any]], object],
                ) -> list[tuple[PlannedRow, dict[str, Any]]]:
    """Rows and sessions paired by a key that no other row, nor other session, has."""
    row_keys = [row_key(row.payload) for row in rows if row.payload is not None]
    by_key: dict[object, list[dict[str, Any]]] = defaultdict(list)
    for session in sessions:
        by_key[session_key(session)].append(session)
    rows_with = Counter(row_keys)
    return [(row, by_key[key][0]) for row, key in zip(rows, row_keys, strict=True)
            if rows_with[key] == 1 and len(by_key.get(key, ())) == 1]


def row_rooms(payload: SessionPayload) -> tuple[object, ...]:
    return name_key(payload.name), _names(payload.locations)


def _rooms_alone(names: Iterable[str]) -> frozenset[str]:
    """Rooms without the venue a mapping's join named them with ('Main Hall, Town
    Theatre' is 'main hall'), as the room column writes them."""
    return frozenset(name_key(name).split(ROOM_JOINER)[0] for name in names)


def session_rooms(session: dict[str, Any], state: GuideState) -> tuple[object, ...]:
    rooms = payloads.stored_names(session.get("locations") or (), state.location_names)
    return name_key(str(session.get("name") or "")), _names(rooms)


def derived_ids_left_over(plan: Plan, existing: dict[str, list[dict[str, Any]]],
                           prefix: str) -> str | None:
    """Sessions from before the sheet had an id column that no row took over: their rows'
    titles, times or rooms were edited in the same change, so they were made anew."""
    if any(issue.code == "derived-import-id" for issue in plan.validation.sheet_issues):
        return None  # ids still derived: these are the sheet's own
    taken = {change.old for row in plan.rows for change in row.changes
             if change.field == "import_id"}
    left = [i for i in existing if is_derived_id(i, prefix) and i not in taken]
    hiding = _rows_hiding_earlier_ids(plan, existing)
    if not left or (plan.deletes and not hiding):
        return None
    names = ", ".join(repr(str(existing[i][0].get("name") or "")) for i in left[:3])
    count = ("1 session imported before the sheet had session ids matches" if len(left) == 1
             else f"{len(left)} sessions imported before the sheet had session ids match")
    more = ", ..." if len(left) > 3 else ""
    if hiding:
        one = len(hiding) == 1
        rows = row_list([row.result.row for row in hiding], [row.result.sheet for row in hiding])
        return (f"{count} no row now ({names}{more}): {rows} {'is' if one else 'are'} in "
                f"error, so which session {'it is' if one else 'they are'} cannot be told; "
                f"fix {'it' if one else 'them'} and run again (--prune keeps "
                f"{'that session' if len(left) == 1 else 'those sessions'} until then)")
    return (f"{count} no row now ({names}{more}): their titles, times or rooms "
            "were edited at the same time, so their rows made new sessions; remove these "
            "with --prune, or in Builder")


def spare_earlier_sessions(plan: Plan, existing: dict[str, list[dict[str, Any]]],
                           prefix: str) -> None:
    """--prune deletes no session from before the sheet had ids while a row in error may
    be it: once the row is fixed it takes the session over, rather than make it anew."""
    if _rows_hiding_earlier_ids(plan, existing):
        plan.deletes = [d for d in plan.deletes if not is_derived_id(d.import_id, prefix)]


def _rows_hiding_earlier_ids(plan: Plan,
                             existing: dict[str, list[dict[str, Any]]]) -> list[PlannedRow]:
    """Rows in error whose id the guide holds no session under, on a sheet with ids: their
    errors hide the id derived from title, start and room that their session may have had."""
    if any(issue.code == "derived-import-id" for issue in plan.validation.sheet_issues):
        return []
    return [row for row in plan.rows if row.action == "invalid"
            and row.result.import_id is not None and row.result.import_id not in existing]


def _same_title(session: dict[str, Any], payload: SessionPayload) -> bool:
    return name_key(str(session.get("name") or "")) == name_key(payload.name)


def _prefix_changed(plan: Plan, prefix: str) -> str | None:
    """Sessions to create whose ids the guide holds under another prefix, with their titles:
    the mapping's prefix was changed, shortened or removed, and the run would make every
    session twice. (Another sheet may use that prefix, so they are not taken over.)"""
    ids_by_title: dict[str, list[str]] = defaultdict(list)
    for session in plan.state.sessions:
        if import_id := str(session.get("import_id") or ""):
            ids_by_title[name_key(str(session.get("name") or ""))].append(import_id)
    creates = [row.payload for row in plan.rows if row.action == "create" and row.payload]
    elsewhere = []
    for payload in creates:
        bare = payload.import_id.removeprefix(prefix)
        found = next((import_id for import_id in ids_by_title.get(name_key(payload.name), ())
                      if _under_another_prefix(import_id, bare)), None)
        if found is not None:
            elsewhere.append((found, found.removesuffix(bare)))
    # A renamed prefix finds nearly every session of the sheet again; a few alike (two
    # sheets' "Keynote" numbered 1) are a coincidence, and must not stop a nightly run.
    sessions = sum(row.payload is not None for row in plan.rows)
    if not elsewhere or len(elsewhere) * 2 < sessions:
        return None
    # Named as the line to write: a mapping drafted again takes its prefix from the file's
    # name ('week2-pretalx:'), and the planner never knowingly changed it.
    held = Counter(head for _, head in elsewhere).most_common(1)[0][0]
    ours = f"is {prefix!r}" if prefix else "gives none"
    return (f"{len(elsewhere):,} of the sessions to create have the same title and id under "
            f"the prefix {held!r} (such as {elsewhere[0][0]!r}), where the mapping's "
            f"import_id_prefix {ours}: if it was changed, or the mapping drafted again from "
            f"a file named otherwise, change it back (import_id_prefix = {toml_value(held)}), "
            "or the programme is made twice")


def _under_another_prefix(import_id: str, bare: str) -> bool:
    """'pds:PDS-001' holds 'PDS-001' after a prefix, one that ends in a separator: 'b:11'
    does not hold '1'."""
    head = import_id.removesuffix(bare)
    return bool(bare) and bool(head) and head != import_id and head[-1] in ":-_/.#| "
