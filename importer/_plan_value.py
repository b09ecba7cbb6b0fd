"""The plan's value: what it decided for each row, and what a run will cost in requests.

`PlannedRow` is one row's decision, `Plan` the whole of them with the deletes, the tracks and
rooms to create, the notes, and the requests, time and days' budgets a run needs; `to_json`
is what `gbimport plan --json` prints.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any, Literal

from importer._code_pages import encoding_json
from importer._deletes import PlannedDelete
from importer._guide_state import GuideState
from importer._wire import clears
from importer.images import ImageFile, SavedState
from importer.model import RowIssue, RowResult, SessionPayload
from importer.payloads import FieldChange
from importer.report import settings_file_json
from importer.validate import ValidationReport

PlanAction = Literal["create", "update", "unchanged", "invalid", "skipped"]


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
    # Copies of rows' sessions (their import id, title and start) that stay (no --prune).
    copies_left: list[PlannedDelete] = field(default_factory=list)
    import_id_prefix: str = ""
    rate: float = 5.0  # requests per second a run sends at most: the rate setting
    # Requests earlier runs of the state file spent on this API host in the last 24 hours:
    # the budget is the account's, and a run the same day has only the rest of it.
    spent_earlier: int = 0
    settings_file: str | None = None  # the settings file read, if any: see Settings
    api_url: str | None = None  # where the run sends: notes word the sandbox's (edited_in)

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
