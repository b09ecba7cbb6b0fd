"""Plan: compare the validated sheet with the guide and decide what each row needs.

A plan reads the guide once (the guide, then every page of its sessions, tracks and
locations) and sends no write. Comparison happens in normal form (UTC instants, sets of ids,
HTML as the service sanitises it), so an unchanged sheet plans zero writes even where the
service rewrote the HTML or the time format.
"""

from __future__ import annotations

import asyncio
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo

from importer import payloads
from importer._code_pages import encoding_json
from importer._deleted_since import (
    deleted_since_last_run,
    deleted_since_note,
    renamed_in_builder,
    renamed_note,
)
from importer._deletes import (
    PlannedDelete,
    kept_by_bare_ids,
    left_in_guide,
    left_note,
    newly_left_note,
    planned_deletes,
)
from importer._emptied import emptied_notes
from importer._id_changes import (
    derived_ids_left_over,
    hours_off,
    hours_off_message,
    reasons_to_force,
    spare_earlier_sessions,
    take_over,
    take_over_earlier_ids,
    unmarked_matches,
)
from importer._made_again import made_again_notes
from importer._made_by_hand import MADE_BY_HAND_REASON, made_by_hand, made_by_hand_note
from importer._shared_ids import extra_copies, give_back_swapped_ids, settle_shared_ids
from importer._swapped_away import take_back_from_absent_rows
from importer._wire import clears
from importer.client import GuidebookClient
from importer.images import STATE_FILE_NAME, ImageFile, SavedState, load_images
from importer.load import load_sheets
from importer.mapping import Mapping, load_mapping
from importer.model import RowIssue, RowResult, SessionPayload, row_prefix
from importer.payloads import FieldChange, name_key
from importer.report import settings_file_json
from importer.settings import Settings
from importer.validate import ValidationReport, validate_sheet

PlanAction = Literal["create", "update", "unchanged", "invalid", "skipped"]

# Guidebook keeps an event's sessions within this many days of the guide's dates.
GUIDE_DATE_SLACK = timedelta(days=14)


@dataclass(slots=True)
class PlannedRow:
    """What the plan decided for one input row."""

    result: RowResult
    action: PlanAction
    session_id: int | None = None
    changes: list[FieldChange] = field(default_factory=list)
    issues: list[RowIssue] = field(default_factory=list)
    image: ImageFile | None = None  # sent with a create, or with an update when it changed

    @property
    def payload(self) -> SessionPayload | None:
        return self.result.payload

    @property
    def all_issues(self) -> list[RowIssue]:
        return [*self.result.issues, *self.issues]

    @property
    def requests(self) -> int:
        """What its write costs: two for an update that sends an image and clears a field
        (a form cannot clear one: the fields go as JSON, the image after), else one."""
        payload = self.payload
        if self.action not in ("create", "update") or payload is None:
            return 0
        fields = [change.field for change in self.changes if change.field != "image"]
        sends_image = self.action == "update" and self.image is not None and (
            len(fields) < len(self.changes))
        return 1 + (sends_image and any(clears(getattr(payload, name)) for name in fields))

    @property
    def takes_over_unmarked(self) -> bool:
        """The row updates a session without an import id (--adopt): its first change
        sets the import_id."""
        return (self.action == "update" and bool(self.changes)
                and self.changes[0].field == "import_id" and not self.changes[0].old)


@dataclass
class GuideState:
    """The guide as read at plan time: sessions indexed by import_id, tracks and rooms by name."""

    guide: dict[str, Any]
    sessions: list[dict[str, Any]]
    tracks: dict[str, int]
    locations: dict[str, int]
    track_names: dict[int, str]
    location_names: dict[int, str]

    @classmethod
    def from_lists(
        cls,
        guide: dict[str, Any],
        sessions: list[dict[str, Any]],
        tracks: list[dict[str, Any]],
        locations: list[dict[str, Any]],
    ) -> GuideState:
        return cls(
            guide, sessions, _ids_by_name(tracks), _ids_by_name(locations),
            _names_by_id(tracks), _names_by_id(locations),
        )

    def sessions_by_import_id(self, prefix: str) -> dict[str, list[dict[str, Any]]]:
        index: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for session in sorted(self.sessions, key=lambda s: int(s["id"])):
            import_id = session.get("import_id") or ""
            if import_id and import_id.startswith(prefix):
                index[import_id].append(session)
        return index


@dataclass
class Plan:
    """Everything a run will do, and what it will cost in requests."""

    source: str
    guide_id: int
    timezone: str
    validation: ValidationReport
    state: GuideState
    rows: list[PlannedRow]
    deletes: list[PlannedDelete]
    tracks_to_create: list[str]
    locations_to_create: list[str]
    reads_spent: int
    daily_budget: int
    notes: list[str] = field(default_factory=list)
    # Of the notes, those a person must act on that no later run says again (a track or
    # room left empty, what --adopt left or found): said by a quiet plan or run too.
    notes_to_act_on: list[str] = field(default_factory=list)
    # What the run refuses to do without --force, each with why; plan shows them beforehand.
    needs_force: list[str] = field(default_factory=list)
    # What the state file remembers for the guide: the images sent, and changes that await
    # publishing.
    saved_state: SavedState | None = None
    publish: bool = False  # a run publishes the guide after its writes (one request more)
    # Sessions of ours the sheet no longer has, which stay (no --prune), and the mapping's
    # import_id_prefix, which marks ours.
    left_in_guide: list[PlannedDelete] = field(default_factory=list)
    import_id_prefix: str = ""
    rate: float = 5.0  # requests per second a run sends at most: the rate setting
    # Requests earlier runs of the state file spent on this API host in the last 24 hours:
    # the budget is the account's, and a run the same day has only the rest of it.
    spent_earlier: int = 0
    settings_file: str | None = None  # the settings file read, if any: see Settings

    @property
    def may_show_copies(self) -> bool:
        """Sessions made while some the sheet no longer has stay: on a sheet of derived ids,
        an edited title, start or room makes its session anew, beside the old one."""
        return bool(self.left_in_guide) and self.counts["create"] > 0 and any(
            issue.code == "derived-import-id" for issue in self.validation.sheet_issues)

    @property
    def taken_over(self) -> int:
        """Of the updates, those taking over a session without an import id (--adopt)."""
        return sum(row.takes_over_unmarked for row in self.rows)

    @property
    def counts(self) -> dict[str, int]:
        tally = {"create": 0, "update": 0, "unchanged": 0, "invalid": 0, "skipped": 0}
        for row in self.rows:
            tally[row.action] += 1
        return {**tally, "delete": len(self.deletes)}

    @property
    def writes_planned(self) -> int:
        counts = self.counts
        return (
            sum(row.requests for row in self.rows) + counts["delete"]
            + len(self.tracks_to_create) + len(self.locations_to_create)
        )

    @property
    def publish_planned(self) -> int:
        """The publish request a run would send: one, if asked for and anything is written
        (or an earlier run's changes await publishing)."""
        waiting = self.saved_state is not None and self.saved_state.unpublished
        return int(self.publish and (self.writes_planned > 0 or waiting))

    @property
    def requests_total(self) -> int:
        return self.reads_spent + self.writes_planned + self.publish_planned

    @property
    def seconds_at_least(self) -> float:
        """The least time a run takes: the requests it sends (the guide read again, then
        the writes, within the day's budget) spaced at the rate setting. Slower answers than
        the concurrency setting can fill, and retries, only make it longer."""
        return min(self.requests_total, self.budget_left) / self.rate

    @property
    def budget_left(self) -> int:
        """The day's budget less what earlier runs recorded spending in the last 24 hours."""
        return max(self.daily_budget - self.spent_earlier, 0)

    @property
    def changes_within_budget(self) -> int | None:
        """The changes a run makes before the day's budget stops it (the requests over what
        is left of it are changes left for the next run), or None when the whole plan fits."""
        over = self.requests_total - self.budget_left
        if over <= 0:
            return None
        changes = self.counts["create"] + self.counts["update"] + self.counts["delete"]
        return max(changes - over, 0)

    @property
    def over_budget(self) -> bool:
        """The plan needs more requests than are left of the day's budget."""
        return self.requests_total > self.budget_left

    @property
    def days_at_least(self) -> int:
        """The days' budgets the plan needs, if nothing else spends them: today's counts as
        a day while anything is left of it, whatever earlier runs spent (in 24 hours that
        saw the day reset they may have spent more than one day's budget)."""
        more = max(self.requests_total - self.budget_left, 0)
        return bool(self.budget_left) + -(-more // self.daily_budget)

    def sessions_left_by_skipped_rows(
            self, deleted: Collection[int] | None = None) -> dict[str, int]:
        """The guide's session (its first, as the plan takes) for each skipped row's id, but
        those in `deleted` (by default, those the plan deletes): a row marked out (without
        --prune), a heading or an unscheduled row keeping its id, or a co-presenter's row
        leaves that session in the app, and its line gives the id to find it in Builder. From
        the sessions the plan read: no request. Said of the row alone: --prune and the
        id-change matching read `session_id`. Not a session another row takes back (ids
        swapped in Builder, _swapped_away): deleting it in Builder would delete that row's."""
        if deleted is None:
            deleted = {delete.session_id for delete in self.deletes}
        ids = {row.result.import_id for row in self.rows
               if row.action == "skipped" and row.result.import_id}
        if not ids:
            return {}
        # A co-presenter's row shares its session's id: that session is its own too.
        taken = {row.session_id: row.result.import_id for row in self.rows
                 if row.action in ("update", "unchanged")}
        by_id = self.state.sessions_by_import_id(self.import_id_prefix)
        return {import_id: session for import_id in ids
                if (sessions := by_id.get(import_id))
                and (session := int(sessions[0]["id"])) not in deleted
                and taken.get(session, import_id) == import_id}

    def to_json(self) -> dict[str, Any]:
        in_guide = self.sessions_left_by_skipped_rows()
        return {
            "source": self.source,
            "guide": self.guide_id,
            **settings_file_json(self.settings_file),
            "timezone": self.timezone,
            **encoding_json(self.validation.encoding),
            "counts": self.counts,
            "taken_over": self.taken_over,
            "tracks_to_create": self.tracks_to_create,
            "locations_to_create": self.locations_to_create,
            "requests": {
                "reads": self.reads_spent,
                "writes": self.writes_planned,
                "publish": self.publish_planned,
                "total": self.requests_total,
                "daily_budget": self.daily_budget,
                # What runs recorded in the state file spent in the last 24 hours, and
                # what that leaves of the day's budget.
                "spent_earlier": self.spent_earlier,
                "left": self.budget_left,
            },
            # The least a run takes at the rate setting (within what is left of the day's
            # budget), and the days' budgets the plan needs, today's counted while any is left.
            "time": {"rate": self.rate, "seconds_at_least": round(self.seconds_at_least),
                     "days_at_least": self.days_at_least},
            "notes": self.notes,
            "sheets": [sheet.to_dict() for sheet in self.validation.sheets_read()],
            # Sheet-wide issues (hidden-sheets, derived-import-id, a blocking repeated column)
            # are on no row: without this key a script would never hear of them.
            "sheet_issues": [issue.to_dict() for issue in self.validation.sheet_issues],
            "needs_force": self.needs_force,
            "rows": [_planned_row_json(row, in_guide) for row in self.rows],
            "deletes": [asdict(delete) for delete in self.deletes],
        }


def _planned_row_json(row: PlannedRow, in_guide: dict[str, int]) -> dict[str, Any]:
    """`in_guide`: the session a skipped row leaves in the guide, by its id."""
    session_id = (in_guide.get(row.result.import_id or "") if row.action == "skipped"
                  else row.session_id)
    return {
        **({"sheet": row.result.sheet} if row.result.sheet is not None else {}),
        "row": row.result.row,
        "import_id": row.result.import_id,
        "name": row.result.name,
        "action": row.action,
        "session_id": session_id,
        "changes": [
            {"field": c.field, "old": _jsonable(c.old), "new": _jsonable(c.new)}
            for c in row.changes
        ],
        "issues": [issue.to_dict() for issue in row.all_issues],
    }


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, frozenset | set | tuple):
        return sorted(value, key=str)
    return value


async def read_guide(client: GuidebookClient, guide_id: int) -> GuideState:
    """One guide read, then every page of sessions, tracks and locations, concurrently."""
    guide = await client.get_guide(guide_id)
    sessions, tracks, locations = await asyncio.gather(
        client.list_sessions(guide_id),
        client.list_tracks(guide_id),
        client.list_locations(guide_id),
    )
    return GuideState.from_lists(guide, sessions, tracks, locations)


def choose_timezone(settings: Settings, mapping: Mapping, guide: dict[str, Any]) -> str:
    """--timezone / settings first, then the mapping's, then the guide's own."""
    return settings.timezone or mapping.timezone or guide.get("timezone") or "UTC"


async def build_plan(
    client: GuidebookClient,
    settings: Settings,
    path: str | Path,
    *,
    sheet: str | int | Sequence[str | int] | None = None,
    prune: bool = False,
    create_missing: bool = True,
    adopt: bool = False,
) -> Plan:
    """Read the sheet and the guide, and decide per row: create, update, unchanged, invalid.
    `sheet`: a sheet's name or number, a list of them, or ["all"] (see `load_sheets`);
    None for the settings' `sheet`. `adopt`: a row to create takes over the session without
    an import id that has its title and start (as Builder's spreadsheet import made it)."""
    guide_id = settings.require_guide()
    mapping = load_mapping(settings.mapping)
    # Reading the sheet first means a broken file costs no request.
    loaded = load_sheets(path, settings.sheet if sheet is None else sheet,
                         expected_columns=mapping.expected_columns(),
                         required_columns=mapping.required_columns(),
                         header_names=mapping.required_columns())
    before = sum(client.requests_sent.values())
    state = await read_guide(client, guide_id)
    timezone = choose_timezone(settings, mapping, state.guide)
    validation = validate_sheet(loaded, mapping, timezone)
    reads = sum(client.requests_sent.values()) - before
    folder = Path(path).resolve().parent
    image_column = validation.headers.get("image", "image")
    images, image_issues = await load_images(
        validation.rows, folder, allow_outside=settings.allow_images_outside,
        max_bytes=settings.max_image_bytes, column=image_column,
    )
    remembered = saved_state(settings, path)
    plan = plan_against(
        validation, state, mapping,
        guide_id=guide_id, prune=prune, create_missing=create_missing,
        reads_spent=reads, daily_budget=settings.daily_budget, adopt=adopt,
    )
    attach_images(plan, images, image_issues, remembered, image_column)
    plan.publish = settings.publish
    plan.rate = settings.rate
    plan.settings_file = settings.settings_file
    plan.notes += [settings.settings_warning] if settings.settings_warning else []
    plan.spent_earlier = remembered.spent_since(datetime.now(UTC))
    plan.notes += _notes_on_what_is_sent(plan)
    return plan


def saved_state(settings: Settings, sheet: str | Path) -> SavedState:
    """What runs of this sheet into the guide remember: `state_file`, else the file beside
    the sheet."""
    path = (Path(settings.state_file) if settings.state_file else
            Path(sheet).resolve().parent / STATE_FILE_NAME)
    return SavedState(path, settings.require_guide(), settings.api_url)


def _notes_on_what_is_sent(plan: Plan) -> list[str]:
    """Tracks and rooms the plan leaves without sessions, sessions deleted from the guide
    since the last run that it makes again, and a plan over the daily budget: told once the
    images are read, as an image makes its row invalid (its session stays
    where it is) or an update (a write)."""
    notes = emptied_notes(plan) + made_again_notes(plan) + (plan.saved_state.unreadable_note()
                                   if plan.saved_state is not None else [])
    if deleted := deleted_since_last_run(plan):
        notes.append(deleted_since_note(deleted, plan.validation.leave_out_mark))
    if renamed := renamed_in_builder(plan):
        notes.append(renamed_note(renamed))
    plan.notes_to_act_on += notes
    made = made_by_hand(plan)
    if newly_left := _left_since_told(plan, made):
        plan.notes_to_act_on.append(newly_left_note(newly_left, plan.validation))
    if made:
        _tell_made_by_hand(plan, made)
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


def _left_since_told(plan: Plan, made: list[PlannedDelete]) -> list[PlannedDelete]:
    """The sessions left in the guide that no run has told of yet (the state file says). One
    whose import id was changed in Builder is its row's, not one dropped from the sheet: the
    note on it says how to keep it, where this one would say to delete it; so is one `made`
    by hand (_made_by_hand), told by a note of its own."""
    if plan.saved_state is None:
        return []
    told = plan.saved_state.left_told()
    renamed = {int(s["id"]) for s in renamed_in_builder(plan).values()}
    apart = {d.session_id for d in made}
    return [left for left in plan.left_in_guide if left.import_id not in told
            and left.session_id not in renamed and left.session_id not in apart]


def _tell_made_by_hand(plan: Plan, made: list[PlannedDelete]) -> None:
    """The note on sessions of the sheet's prefix made by hand, in place of the left note's
    word that they are 'no longer in the sheet' (to --prune); a quiet run tells those left
    once, as it does the left note."""
    pruned = [d for d in made if d in plan.deletes]
    kept = [d for d in made if d not in plan.deletes]
    for delete in pruned:  # its report row says why as the note does
        delete.reason = MADE_BY_HAND_REASON
    if kept:
        rest = [d for d in plan.left_in_guide if d not in kept]
        said = left_note(plan.left_in_guide, plan.validation)
        at = plan.notes.index(said)  # in place: the caller extends this very list
        plan.notes[at:at + 1] = [left_note(rest, plan.validation)] if rest else []
    told = plan.saved_state.left_told() if plan.saved_state is not None else frozenset()
    for group, was_pruned in ((kept, False), (pruned, True)):
        if not group:
            continue
        note = made_by_hand_note(group, plan.import_id_prefix, pruned=was_pruned)
        plan.notes.append(note)
        if was_pruned or any(d.import_id not in told for d in group):
            plan.notes_to_act_on.append(note)


def attach_images(
    plan: Plan,
    images: dict[tuple[str | None, int], ImageFile],
    issues: list[RowIssue],
    state: SavedState,
    column: str = "image",
) -> None:
    """Rows whose image is unusable become invalid; a changed image becomes a change.
    `images` by (sheet, row): the sheet is None unless several sheets were read.
    `column`: the image column's header, as the sheet writes it."""
    plan.saved_state = state
    problems: dict[tuple[str | None, int], list[RowIssue]] = defaultdict(list)
    for issue in issues:
        problems[issue.sheet, issue.row or 0].append(issue)
    has_image = {int(s["id"]): bool(s.get("image")) for s in plan.state.sessions}
    for row in plan.rows:
        where = (row.result.sheet, row.result.row)
        if where in problems:
            row.action, row.changes = "invalid", []
            row.issues += problems[where]
        elif row.action not in ("invalid", "skipped"):
            shown = row.session_id is not None and has_image.get(row.session_id, False)
            _attach_image(row, images.get(where), state, shown, column)
    if problems:  # rows made invalid here: their new tracks and rooms are not needed
        _keep_names_still_sent(plan)


def _attach_image(row: PlannedRow, image: ImageFile | None, state: SavedState, shown: bool,
                  column: str) -> None:
    """A row to send: its image goes with a create, or with an update when it is not the one
    last sent. `shown`: the guide's session has an image now."""
    # A session taken over from an earlier id is remembered under that id.
    earlier_id = next((c.old for c in row.changes if c.field == "import_id"), None)
    sent = state.sent(row.result.import_id or "")
    if sent is None and earlier_id and (sent := state.sent(earlier_id)):
        state.record(row.result.import_id or "", sent)  # saved only by a run
    if image is None:
        if sent is not None and shown:  # until someone removes it in Builder
            row.issues.append(_image_kept_issue(row, column))
        elif sent is not None:
            state.forget(row.result.import_id or "")  # gone: filled in again, it is sent
        return
    row.image = image
    if row.action == "create":
        return
    if sent != image.sha256:
        old = "an earlier image" if sent else "an image" if shown else None
        row.changes.append(FieldChange("image", old, image.filename))
        row.action = "update"


def _keep_names_still_sent(plan: Plan) -> None:
    """Only tracks and rooms that a row still being sent names are created."""
    sent = [row.result.payload for row in plan.rows
            if row.action in ("create", "update") and row.result.payload is not None]
    tracks = {name_key(name) for payload in sent for name in payload.schedule_tracks}
    rooms = {name_key(name) for payload in sent for name in payload.locations}
    plan.tracks_to_create = [n for n in plan.tracks_to_create if name_key(n) in tracks]
    plan.locations_to_create = [n for n in plan.locations_to_create if name_key(n) in rooms]


def _image_kept_issue(row: PlannedRow, column: str) -> RowIssue:
    """An emptied image cell: say the image stays, rather than report the row unchanged."""
    return RowIssue(
        row.result.row, column, None, "image-kept", "warning",
        f"{row_prefix(row.result.row, row.result.sheet)}{column!r} is empty now, but the "
        "session keeps the image it was sent (gbimport does not take images off sessions: the "
        "Open API documents no way to); remove it in Guidebook Builder. This warning stays "
        "until then.", row.result.sheet)


def plan_against(
    validation: ValidationReport,
    state: GuideState,
    mapping: Mapping,
    *,
    guide_id: int,
    prune: bool,
    create_missing: bool,
    reads_spent: int,
    daily_budget: int,
    adopt: bool = False,
) -> Plan:
    """The pure part of planning: no I/O, so it can be tested on hand-made guide states."""
    # A sheet-wide error (such as dates that read both ways) may have misread any row:
    # nothing from this sheet is sent until it is fixed.
    blocking = [i for i in validation.sheet_issues if i.severity == "error"]
    valid = [] if blocking else validation.payloads
    tracks_missing = _missing_names((p.schedule_tracks for p in valid), state.tracks)
    rooms_missing = _missing_names((p.locations for p in valid), state.locations)
    existing = state.sessions_by_import_id(mapping.import_id_prefix)
    window = _guide_window(state.guide)
    rows = [
        _invalid_row(result, existing, list(blocking)) if blocking and not result.skipped else
        _plan_row(result, existing, state, window, validation,
                  tracks_missing, rooms_missing, create_missing)
        for result in validation.rows
    ]
    stopped = settle_shared_ids(rows, existing, state, validation.timezone,
                                validation.headers.get("import_id"))
    give_back_swapped_ids(rows, state, validation.timezone, validation.headers.get("import_id"))
    take_back_from_absent_rows(rows, state, existing, validation.timezone,
                               validation.headers.get("import_id"))
    take_over_earlier_ids(rows, state, mapping.import_id_prefix, validation.timezone)
    off = hours_off(rows, state, validation.timezone)  # before --adopt: own starts count too
    not_adopted = _name_copies_without_id(rows, state, validation.timezone,
                                          validation.headers.get("name"), adopt=adopt)
    plan = Plan(
        source=validation.source, guide_id=guide_id, timezone=validation.timezone,
        validation=validation, state=state, rows=rows, deletes=[],
        tracks_to_create=list(tracks_missing.values()) if create_missing else [],
        locations_to_create=list(rooms_missing.values()) if create_missing else [],
        reads_spent=reads_spent, daily_budget=daily_budget,
        import_id_prefix=mapping.import_id_prefix,
    )
    if stopped:  # their new tracks and rooms are not needed
        _keep_names_still_sent(plan)
    if prune and not blocking:
        plan.deletes = planned_deletes(validation, existing, plan)
        plan.deletes += extra_copies(existing, plan)
        spare_earlier_sessions(plan, existing, mapping.import_id_prefix)
    plan.needs_force = reasons_to_force(plan, existing, mapping.import_id_prefix, off)
    shared = _prefix_shared(rows, existing, mapping.import_id_prefix) if adopt else None
    plan.notes += _plan_notes(plan, existing, mapping.import_id_prefix, prune=prune,
                              blocked=bool(blocking), prefix_shared=shared is not None)
    # Hours off, the sessions --adopt left are those the zone hides: named again once fixed.
    adopt_notes = ([hours_off_message(off, state, validation.timezone) + "."]
                   if off is not None and not off.most_of_the_sheet  # else a stop, above
                   else [not_adopted] if off is None and not_adopted else [])
    adopt_notes += [shared] if shared is not None else []
    plan.notes += adopt_notes
    plan.notes_to_act_on += adopt_notes
    return plan


def _prefix_shared(rows: list[PlannedRow], existing: dict[str, list[dict[str, Any]]],
                   prefix: str) -> str | None:
    """A sheet switching from Builder's import (--adopt takes sessions over, and no row is
    found by import id yet) into a guide where sessions it does not have carry its prefix
    already: most often another sheet sharing the guide, switched first under the same
    (the built-in mapping's) prefix. Said before the run gives it more: two sheets under one
    prefix take each other's sessions for talks dropped from the sheet (--prune deletes
    them), and a row sharing an id with another sheet's session updates that one."""
    taken = sum(row.takes_over_unmarked for row in rows)
    if not taken or not prefix or any(
            row.action in ("update", "unchanged") and not row.takes_over_unmarked
            for row in rows):
        return None
    ours = {row.result.import_id for row in rows if row.result.import_id}
    others = sorted(import_id for import_id in existing if import_id not in ours)
    if not others:
        return None
    first = existing[others[0]][0]
    return (f"--adopt gives the sessions it takes over this sheet's import_id prefix "
            f"{prefix!r}, which {len(others)} of the guide's sessions that the sheet does not "
            f"have carry already (such as '{first.get('name')}' ({others[0]})): if another "
            "sheet sharing the guide imported them, give this sheet a prefix of its own "
            "(import_id_prefix in its mapping) before running --adopt, as two sheets under "
            "one prefix each take the other's sessions for talks dropped from it (--prune "
            "deletes them) and a row sharing an id with the other's session updates that one")


def _plan_notes(plan: Plan, existing: dict[str, list[dict[str, Any]]], prefix: str, *,
                prune: bool, blocked: bool, prefix_shared: bool = False) -> list[str]:
    """What the plan tells besides its rows: sessions the sheet no longer has or only holds
    the id of. (What is sent is told once the images are read: _notes_on_what_is_sent.)
    `prefix_shared`: those with the sheet's prefix are another sheet's (_prefix_shared), not
    talks dropped from this one to --prune."""
    notes = []
    if leftover := derived_ids_left_over(plan, existing, prefix):
        notes.append(leftover)
    elif not prune and not blocked and prefix and not prefix_shared and (
        left := left_in_guide(plan.validation, existing, plan)
    ):
        notes.append(left_note(left, plan.validation))
        plan.left_in_guide = left
    if kept := kept_by_bare_ids(plan.validation, existing):
        notes.append(kept)
    return notes


def _plan_row(
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
        return _invalid_row(result, existing, [])
    headers = validation.headers
    issues = _date_window_issues(result, payload, window, validation.timezone,
                                 headers.get("start"))
    if not create_missing:
        issues += _unknown_name_issues(result, payload, tracks_missing, rooms_missing, headers)
        if any(issue.severity == "error" for issue in issues):
            return _invalid_row(result, existing, issues)
    matches = existing.get(payload.import_id, [])
    if not matches:
        return PlannedRow(result, "create", issues=issues)
    session = matches[0]  # of several, settle_shared_ids may choose another
    changes = payloads.diff(payload, session, state.track_names, state.location_names)
    action: PlanAction = "update" if changes else "unchanged"
    return PlannedRow(result, action, int(session["id"]), changes, issues)


def _invalid_row(
    result: RowResult, existing: dict[str, list[dict[str, Any]]], issues: list[RowIssue]
) -> PlannedRow:
    """A row not sent. It still names its session in the guide, if it has one: that session
    is left as it was, and the report says which one."""
    matches = existing.get(result.import_id or "", [])
    session_id = int(matches[0]["id"]) if matches else None
    return PlannedRow(result, "invalid", session_id, issues=issues)


def _ids_by_name(objects: list[dict[str, Any]]) -> dict[str, int]:
    ids: dict[str, int] = {}
    for obj in sorted(objects, key=lambda o: int(o["id"])):
        ids.setdefault(name_key(str(obj.get("name") or "")), int(obj["id"]))
    return ids


def _names_by_id(objects: list[dict[str, Any]]) -> dict[int, str]:
    return {int(obj["id"]): str(obj.get("name") or "") for obj in objects}


def _missing_names(names: Iterable[tuple[str, ...]], known: dict[str, int]) -> dict[str, str]:
    """Names the guide lacks, keyed by normal form, keeping the sheet's first spelling."""
    missing: dict[str, str] = {}
    for group in names:
        for name in group:
            key = name_key(name)
            if key not in known:
                missing.setdefault(key, name.strip())
    return missing


def _unknown_name_issues(
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


def _guide_window(guide: dict[str, Any]) -> tuple[date, date] | None:
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


# What a row to create warned copy-without-id with a session --adopt would take over is
# told (render prints such rows as one line past a few: COPIES_ADOPTABLE).
ADOPTABLE = ("it is left alone and this row's session is made beside it, so the app shows "
             "both; run with --adopt to take it over instead (one PATCH, and attendees keep "
             "it in their schedules), or delete the one not wanted in Builder")
COPIES_ADOPTABLE = (
    "the guide already holds a session with the row's title and start time and no import "
    "id, made in Builder (by its spreadsheet import, or by hand) or its import id cleared "
    "there: each is left alone and the row's session made beside it, so the app shows "
    "both; run with --adopt to take them over instead (one PATCH each, and attendees keep "
    "them in their schedules), or delete the ones not wanted in Builder (--json names each "
    "row's session)")


def adoptable_copy(issue: RowIssue) -> bool:
    """A copy-without-id warning on a row whose session --adopt would take over (not one
    in doubt between several): told by its words, ADOPTABLE, as the issue carries no more."""
    return issue.code == "copy-without-id" and issue.message.endswith(ADOPTABLE)


def _name_copies_without_id(
    rows: list[PlannedRow], state: GuideState, timezone: str, column: str | None, *,
    adopt: bool,
) -> str | None:
    """A row to create whose title and start a session without an import id has: made by
    Builder's spreadsheet import or by hand, or ours until its import id was cleared in
    Builder. With `adopt`, the row takes that session over (one PATCH: its import_id and
    the fields that differ); else, or where which session is the row's cannot be told,
    the row's session is made beside it: say so, as the app will show the talk twice.
    Returns, when `adopt` took any over, a note naming the sessions without an import id
    that no row took: a row edited in the sheet since Builder's import matches none, nor
    does a talk dropped from it, or another sheet's session."""
    pairs, unclear = unmarked_matches(rows, state, timezone)
    for row, session in pairs:
        if adopt:
            take_over(row, session, state)
        else:
            row.issues.append(_copy_issue(row, [session], column, ADOPTABLE))
    for row, sessions, rows_alike in unclear:
        alike = "this row and " if rows_alike == 1 else f"{rows_alike} rows and "
        alike += "that session" if len(sessions) == 1 else f"{len(sessions)} sessions"
        them = "it" if len(sessions) == 1 else "them"
        row.issues.append(_copy_issue(row, sessions, column, (
            f"{alike} share this title and start, and no room or track tells which is this "
            "row's, so none is taken over (not even with --adopt) and this row's session is "
            f"made beside {them}, so the app shows both; delete the one not wanted in "
            "Builder, or give the sessions there the sheet's rooms and run with --adopt")))
    if not adopt or not pairs:
        return None
    taken = {int(session["id"]) for _, session in pairs}
    warned = {int(session["id"]) for _, sessions, _ in unclear for session in sessions}
    left = [session for session in sorted(state.sessions, key=lambda s: int(s["id"]))
            if not session.get("import_id") and int(session["id"]) not in taken | warned]
    if not left:
        return None
    named = ", ".join(f"{session.get('name')!r} (id {session['id']})" for session in left[:5])
    more = f" and {len(left) - 5} more" if len(left) > 5 else ""
    # Another sheet sharing the guide, not switched yet, has its Builder sessions here too:
    # what to keep comes before the one case to delete, so a quick read deletes none of them.
    one = len(left) == 1
    them = "it" if one else "them"
    return (f"{len(left)} of the guide's sessions without an import id matched no row's "
            f"title and start, so --adopt left {them} alone: {named}{more}. "
            f"{'It stays' if one else 'They stay'}, even with --prune (which never deletes a "
            f"session without an import id), as {'it' if one else 'they'} should if made by "
            "hand or by Builder's import of another sheet sharing the guide (that sheet's own "
            f"--adopt run takes {them} over). Only a session that was this sheet's is to be "
            "deleted in Builder: a talk dropped from the sheet since Builder's import, or the "
            "old session of a row whose title or time was edited since (that row's session is "
            "made anew beside it).")


def _copy_issue(row: PlannedRow, sessions: list[dict[str, Any]], column: str | None,
                outcome: str) -> RowIssue:
    result, payload = row.result, row.payload
    assert payload is not None
    ids = [str(session["id"]) for session in sessions]
    which = f"id {ids[0]}" if len(ids) == 1 else "ids " + ", ".join(ids)
    return RowIssue(
        result.row, column, payload.name, "copy-without-id", "warning",
        f"{row_prefix(result.row, result.sheet)}the guide already holds a session "
        f"'{payload.name}' at this start time without an import id ({which}), made in "
        f"Builder (by its spreadsheet import, or by hand) or its import id cleared there: "
        f"{outcome}", result.sheet,
    )

