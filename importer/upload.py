"""Upload: carry out a plan with bounded concurrency, behind the client's shared rate limit.

Creates send every field the mapping sets; updates PATCH only the changed fields; deletes
happen only for a plan made with prune. A create whose outcome is unknown is resolved by the
client (look the import_id up before sending again), so a re-run never duplicates. When the
daily budget runs out, or on Ctrl-C, no new work is taken and the rest is `deferred`.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Iterable, Iterator
from typing import NamedTuple, TypeVar

from importer._deletes import PlannedDelete
from importer.client import GuidebookClient
from importer.errors import (
    ApiError,
    BudgetExhaustedError,
    FatalApiError,
    NotSentError,
    OutcomeUnknownError,
    RejectedError,
    SessionNotFoundError,
    TransientError,
    UnsafeOperationError,
)
from importer.model import RowIssue
from importer.payloads import api_body, create_body, name_key
from importer.plan import Plan, PlannedRow
from importer.report import (
    SEE_THE_NOTES,
    Action,
    ImportReport,
    RowOutcome,
    sheet_warnings_pointer,
)

logger = logging.getLogger("importer.upload")

ProgressCallback = Callable[[RowOutcome], None]
T = TypeVar("T")

# A halt whose note says more than its rows can (how much is left and how many days' budgets
# it takes; the failures that made it an outage) sends the rows' reader to the notes: a CSV
# report's reader may never open the summary file else.
HALT_MESSAGES = {
    "budget": "not sent: the daily request budget is exhausted; run again later to continue "
              + SEE_THE_NOTES,
    "interrupted": "not sent: the run was interrupted; run again to continue",
    "fatal": f"not sent: the run stopped on an error {SEE_THE_NOTES}",
    "outage": f"not sent: Guidebook stopped answering; run again later to continue {SEE_THE_NOTES}",
}
# Rows failing one after another on requests that outlasted their retries (5xx, timeouts,
# refused connections), with no request answered with success between them: Guidebook is
# down. A migration would otherwise spend the retry cap (2 minutes) on every row left.
OUTAGE_ROWS = 10
# Images recorded between saves of the state file. A run killed outright (SIGKILL, a reboot)
# skips the save at the end; the next run then sends again at most this many images, instead
# of one for every session the killed run gave an image.
IMAGE_STATE_SAVE_EVERY = 50
BUDGET_NOTE = "daily request budget exhausted"
UNCHECKED = "sent, but the daily request budget ran out before Guidebook's answer could be checked"
UNCHECKED_CREATE = f"{UNCHECKED}; the next run finds the session by its import_id, or creates it"
UNCHECKED_UPDATE = (f"{UNCHECKED}; it may have been applied: the next run compares the session "
                    "again and sends what still differs")
UNCHECKED_DELETE = (f"{UNCHECKED}; it may have been deleted: the next run deletes it if it is "
                    "still there")


class Upload(NamedTuple):
    """What `execute_plan` did: an outcome per row, notes, why it halted early (or None),
    the tracks and rooms it made (writes too, that no row's outcome shows), and the writes
    sent whose answer was lost (failed or deferred, yet perhaps carried out) or that were
    carried out in part (an update's fields, its image failing)."""

    outcomes: list[RowOutcome]
    notes: list[str]
    halted: str | None
    names_created: int = 0
    maybe_applied: int = 0
    maybe_created: frozenset[str] = frozenset()  # the import ids of such creates

    @property
    def wrote(self) -> bool:
        """Whether anything in the guide changed, or may have: what publishing would show
        attendees. A write carried out unseen finds its row unchanged on the next run."""
        return self.names_created > 0 or self.maybe_applied > 0 or any(
            outcome.action in ("created", "updated", "deleted") for outcome in self.outcomes)


def check_force(plan: Plan, force: bool) -> None:
    """Refuse, before anything is sent, what the plan says needs --force."""
    if plan.needs_force and not force:
        raise UnsafeOperationError(
            "; and ".join(plan.needs_force) + ". Pass --force if that is really intended.")


class Uploader:
    """One run of one plan. Collects an outcome for every row and every delete."""

    def __init__(
        self,
        client: GuidebookClient,
        plan: Plan,
        *,
        concurrency: int = 4,
        progress: ProgressCallback | None = None,
        stop: asyncio.Event | None = None,
    ) -> None:
        self.client = client
        self.plan = plan
        self.concurrency = concurrency
        self.progress = progress
        self.stop = stop or asyncio.Event()
        self.track_ids = dict(plan.state.tracks)
        self.location_ids = dict(plan.state.locations)
        self.failed_names: dict[str, str] = {}
        self.halted: str | None = None
        self.notes: list[str] = []
        # By (sheet, row): the sheet is None unless several sheets were read as one.
        self.outcomes: dict[tuple[str | None, int], RowOutcome] = {}
        self.deleted: list[RowOutcome] = []
        self.names_created = 0
        self.maybe_applied = 0  # writes sent whose answer was lost: see Upload.wrote
        self.maybe_created: set[str] = set()  # of them, the creates' import ids
        # Updates whose fields went through and whose image did not, their changes by row.
        self._image_alone_missing: dict[tuple[str | None, int], list[str]] = {}
        self._images_unsaved = 0
        self._failing_in_a_row = 0
        self._successes_seen = 0  # the client's count when the last failure was counted

    async def run(self) -> Upload:
        watcher = asyncio.ensure_future(self._stop_retries_on_stop())
        try:
            await self._create_names(self.plan.tracks_to_create, self.track_ids, "track")
            await self._create_names(self.plan.locations_to_create, self.location_ids, "room")
            writes = [row for row in self.plan.rows if row.action in ("create", "update")]
            await self._pool(writes, self._write_row, self._defer_row)
            await self._pool(self.plan.deletes, self._delete, self._defer_delete)
            await self._ask_if_down_at_the_end()
        finally:
            watcher.cancel()
        outcomes = self._ordered_outcomes()
        if self.halted == "budget":
            self._say_what_is_left(outcomes)
        return Upload(outcomes, self.notes, self.halted, self.names_created, self.maybe_applied,
                      frozenset(self.maybe_created))

    def _say_what_is_left(self, outcomes: list[RowOutcome]) -> None:
        """The budget note says what to do next and what it costs: a migration bigger than
        a day's budget needs to know whether one more day does it."""
        left = sum(outcome.action == "deferred" for outcome in outcomes)
        writes = left + sum(  # the tracks and rooms not made yet too
            name_key(name) not in ids for names, ids in (
                (self.plan.tracks_to_create, self.track_ids),
                (self.plan.locations_to_create, self.location_ids)) for name in names)
        self.notes = [
            f"{BUDGET_NOTE}; the rest is deferred: {left:,} change{'' if left == 1 else 's'}, "
            f"about {writes:,} write{'' if writes == 1 else 's'} more and the guide's reads "
            f"(gbimport plan counts them){self._days_more(writes)}; "
            "run the same command again once the day's budget resets, and it carries on"
            if note.startswith(BUDGET_NOTE) else note for note in self.notes]

    def _days_more(self, writes: int) -> str:
        """Writes left past one day's budget: one more night will not finish the job."""
        budget = self.plan.daily_budget
        days = -(-writes // budget)
        return f", at least {days} days' budgets of {budget:,} more" if days > 1 else ""

    async def _stop_retries_on_stop(self) -> None:
        await self.stop.wait()
        self.client.stop_retrying()

    # -- scheduling -------------------------------------------------------------------------

    async def _pool(
        self,
        items: Iterable[T],
        work: Callable[[T], Awaitable[None]],
        defer: Callable[[T], None],
    ) -> None:
        pending: Iterator[T] = iter(items)

        async def worker() -> None:
            # Workers share one iterator: each item is taken by exactly one of them.
            for item in pending:
                if self._should_stop():
                    defer(item)
                else:
                    await work(item)

        await asyncio.gather(*(worker() for _ in range(self.concurrency)))

    def _should_stop(self) -> bool:
        if self.halted is None and self.stop.is_set():
            self._halt("interrupted", "interrupted: requests in flight were finished and the "
                       "rest is deferred; run again to continue")
        return self.halted is not None

    def _halt(self, reason: str, note: str) -> None:
        """The first reason to stop holds, except that a fatal error outranks a spent budget:
        a budget stop is carried on by the next run on its own, while a revoked key or a
        deleted guide needs a person, and a cron job must not wait a day to say so."""
        if self.halted is None or (reason == "fatal" and self.halted == "budget"):
            self.halted = reason
            self.notes.append(note)

    # -- tracks and rooms -------------------------------------------------------------------

    async def _create_names(self, names: list[str], ids: dict[str, int], kind: str) -> None:
        async def create(name: str) -> None:
            try:
                if kind == "track":
                    made = await self.client.create_track(self.plan.guide_id, name)
                else:
                    made = await self.client.create_location(self.plan.guide_id, name)
                ids[name_key(name)] = int(made["id"])
                self.names_created += 1
            except BudgetExhaustedError:
                self._halt("budget", BUDGET_NOTE)
                self.failed_names[name_key(name)] = f"{kind} '{name}' not created yet"
            except FatalApiError as exc:
                self._halt("fatal", str(exc))
                self.failed_names[name_key(name)] = f"{kind} '{name}' not created: {exc}"
            except ApiError as exc:
                self.failed_names[name_key(name)] = f"{kind} '{name}' could not be created: {exc}"

        await self._pool(names, create, lambda name: None)

    def _unresolved(self, row: PlannedRow) -> str | None:
        payload = row.payload
        assert payload is not None
        for name in (*payload.schedule_tracks, *payload.locations):
            if name_key(name) in self.failed_names:
                return self.failed_names[name_key(name)]
        return None

    # -- sessions ---------------------------------------------------------------------------

    async def _write_row(self, row: PlannedRow) -> None:
        problem = self._unresolved(row)
        if problem is not None:
            if self.halted:
                self._defer_row(row)
            else:
                self._record(row, "failed", problem)
            return
        try:
            if row.action == "create":
                await self._create(row)
            else:
                await self._update(row)
        except BudgetExhaustedError as exc:
            self._halt("budget", f"{BUDGET_NOTE}; the rest is deferred")
            if exc.sent:
                self._maybe_applied(row)
                unchecked = UNCHECKED_CREATE if row.action == "create" else UNCHECKED_UPDATE
                self._record(row, "deferred", unchecked)
            else:
                self._defer_row(row)
        except NotSentError:  # interrupted while it waited for its turn
            self._defer_row(row)
        except SessionNotFoundError:
            self._record(row, "failed", (
                f"session {row.session_id} was deleted in Guidebook after this run read the "
                "guide; the next run creates it again from this row"))
        except RejectedError as exc:
            self._record(row, "failed", f"rejected by Guidebook: {_field_messages(exc)}")
        except FatalApiError as exc:
            self._halt("fatal", str(exc))
            self._record(row, "failed", str(exc))
        except ApiError as exc:
            if isinstance(exc, OutcomeUnknownError):
                self._maybe_applied(row)
            self._record(row, "deferred" if self._cut_short(exc) else "failed", str(exc))
            self._count_toward_outage(exc)

    def _maybe_applied(self, row: PlannedRow) -> None:
        """A row's write sent whose answer was lost: a create's session may be in the guide,
        which the next run must not take for one made by hand in Builder."""
        self.maybe_applied += 1
        if row.action == "create" and row.result.import_id:
            self.maybe_created.add(row.result.import_id)

    async def _create(self, row: PlannedRow) -> None:
        payload = row.payload
        assert payload is not None
        body = create_body(payload, self.plan.guide_id, self.track_ids, self.location_ids)
        upload = row.image.as_upload() if row.image else None
        session = await self.client.create_session(body, image=upload)
        self._remember_image(row)
        self._record(row, "created", _warnings(row), int(session["id"]))

    async def _update(self, row: PlannedRow) -> None:
        payload = row.payload
        assert payload is not None and row.session_id is not None
        fields = [change.field for change in row.changes]
        body = api_body(
            payload, [f for f in fields if f != "image"], self.track_ids, self.location_ids
        )
        upload = row.image.as_upload() if row.image and "image" in fields else None
        try:
            await self.client.update_session(row.session_id, body, image=upload)
        except ApiError as exc:
            if exc.fields_sent:  # the guide changed all the same: a run publishes it
                self.maybe_applied += 1
                self._image_alone_missing[row.result.sheet, row.result.row] = fields
            raise
        self._remember_image(row)
        message = "changed: " + ", ".join(fields)
        if row.takes_over_unmarked:  # its first change sets the import_id
            message = _join("taken over (it had no import id)",
                            "also changed: " + ", ".join(fields[1:]) if fields[1:] else "")
        self._record(row, "updated", _join(message, _warnings(row)), row.session_id)

    async def _delete(self, delete: PlannedDelete) -> None:
        try:
            await self.client.delete_session(delete.session_id)
            self._record_delete(delete, "deleted", delete.why)
        except NotSentError:  # interrupted while it waited for its turn
            self._defer_delete(delete)
        except BudgetExhaustedError as exc:
            self._halt("budget", f"{BUDGET_NOTE}; the rest is deferred")
            if exc.sent:
                self.maybe_applied += 1
                self._record_delete(delete, "deferred", UNCHECKED_DELETE)
            else:
                self._defer_delete(delete)
        except FatalApiError as exc:
            self._halt("fatal", str(exc))
            self._record_delete(delete, "failed", str(exc))
        except ApiError as exc:
            action: Action = "deferred" if self._cut_short(exc) else "failed"
            unknown = isinstance(exc, OutcomeUnknownError)  # "failed" would not be true
            self.maybe_applied += unknown
            self._record_delete(delete, action, str(exc) if unknown else f"delete failed: {exc}")
            self._count_toward_outage(exc)

    def _count_toward_outage(self, exc: ApiError) -> None:
        if not isinstance(exc, TransientError | OutcomeUnknownError) or self.stop.is_set():
            return
        if self.client.successes != self._successes_seen:  # got through since the last one
            self._successes_seen, self._failing_in_a_row = self.client.successes, 0
        self._failing_in_a_row += 1
        if self._failing_in_a_row >= OUTAGE_ROWS:
            # Said alike whether rows are left to defer or not (the last rows in flight).
            self._halt("outage", f"Guidebook stopped answering: {OUTAGE_ROWS} rows in a row "
                       "failed with no request getting through, so the run stopped; run "
                       "again later to continue")

    async def _ask_if_down_at_the_end(self) -> None:
        """A nightly run of a few edits has fewer rows than OUTAGE_ROWS to fail: when its last
        rows failed with nothing getting through since, one read tells an outage (exit 3, run
        again later; no half-sent night published) from rows Guidebook fails on their own."""
        if (self.halted is not None or not self._failing_in_a_row or self.stop.is_set()
                or self.client.successes != self._successes_seen):
            return
        try:
            await self.client.get_guide(self.plan.guide_id)
        except (TransientError, OutcomeUnknownError):
            if self.stop.is_set():  # a Ctrl-C cut its retries short: an interrupted run
                return
            count = self._failing_in_a_row
            rows = "row" if count == 1 else f"{count} rows"
            self._halt("outage", f"Guidebook stopped answering: the last {rows} failed with "
                       "no request getting through, nor one asking for the guide after them; "
                       "run again later to continue")
        except ApiError:  # it answered (or the budget ran out): the rows' failures stand
            pass

    def _cut_short(self, exc: ApiError) -> bool:
        """A request whose retries the interrupt cut short: the next run carries it on. The
        run is then interrupted, though the row was its last and none is left to defer."""
        if not (self.stop.is_set() and isinstance(exc, (TransientError, OutcomeUnknownError))):
            return False
        self._should_stop()
        return True

    def _remember_image(self, row: PlannedRow) -> None:
        state = self.plan.saved_state
        if row.image is not None and state is not None:
            state.record(row.result.import_id or "", row.image.sha256)
            self._images_unsaved += 1
            if self._images_unsaved >= IMAGE_STATE_SAVE_EVERY:
                state.save()
                self._images_unsaved = 0

    # -- outcomes ---------------------------------------------------------------------------

    def _record(
        self, row: PlannedRow, action: Action, message: str, session_id: int | None = None
    ) -> None:
        result = row.result
        if fields := self._image_alone_missing.get((result.sheet, result.row)):
            message = _join(message.rstrip("."), _image_alone_missing(fields))
        outcome = RowOutcome(
            result.row, result.import_id, result.name, action,
            session_id if session_id is not None else row.session_id, message, result.sheet,
            row.all_issues,
        )
        self.outcomes[result.sheet, result.row] = outcome
        if self.progress is not None:
            self.progress(outcome)

    def _defer_row(self, row: PlannedRow) -> None:
        self._record(row, "deferred", HALT_MESSAGES[self.halted or "interrupted"])

    def _record_delete(self, delete: PlannedDelete, action: Action, message: str) -> None:
        outcome = RowOutcome(
            None, delete.import_id, delete.name, action,
            delete.session_id, message,
        )
        self.deleted.append(outcome)
        if self.progress is not None:
            self.progress(outcome)

    def _defer_delete(self, delete: PlannedDelete) -> None:
        self._record_delete(delete, "deferred", HALT_MESSAGES[self.halted or "interrupted"])

    def _ordered_outcomes(self) -> list[RowOutcome]:
        """Every input row in sheet order, then one line per deleted session."""
        in_guide = self._sessions_left_for_skipped_rows()
        ordered = [self.outcomes.get((row.result.sheet, row.result.row))
                   or _unsent(row, in_guide.get(row.result.import_id or ""))
                   for row in self.plan.rows]
        _point_at_sheet_warnings(ordered, self.plan.validation.sheet_issues)
        return ordered + self.deleted

    def _sessions_left_for_skipped_rows(self) -> dict[str, int]:
        """The session each skipped row's id leaves in the guide, but those this run deleted."""
        deleted = {outcome.session_id for outcome in self.deleted if outcome.action == "deleted"
                   and outcome.session_id is not None}
        return self.plan.sessions_left_by_skipped_rows(deleted)


def _unsent(row: PlannedRow, in_guide: int | None = None) -> RowOutcome:
    """A row not sent; `in_guide`: the session a skipped row leaves in the guide."""
    result = row.result
    if row.action == "invalid":
        errors = [i for i in row.all_issues if i.severity == "error"]
        # Its warnings too: the run's warning lines send the reader to the report for them.
        message = _join(_messages(i for i in errors if i.row is not None), _warnings(row))
        if sheet_wide := sorted({i.code for i in errors if i.row is None}):
            # Said once in the notes: its full text on every row would bury the rest.
            blocked = f"not sent: the sheet-wide error {', '.join(sheet_wide)} blocks every row"
            message = "; ".join(filter(None, [message, f"{blocked} {SEE_THE_NOTES}"]))
        if row.session_id is not None:
            message += "; the session in the guide keeps its earlier version until this is fixed"
        return RowOutcome(result.row, result.import_id, result.name, "invalid",
                          row.session_id, message, result.sheet, row.all_issues)
    if row.action == "skipped":  # a section heading, a row marked out: no session to send
        return RowOutcome(result.row, result.import_id, result.name, "skipped", in_guide,
                          _warnings(row), result.sheet, row.all_issues)
    return RowOutcome(result.row, result.import_id, result.name, "unchanged",
                      row.session_id, _warnings(row), result.sheet, row.all_issues)


def _point_at_sheet_warnings(outcomes: list[RowOutcome], sheet_issues: list[RowIssue]) -> None:
    """A warning on the sheet as a whole (derived-import-id: every row's id hangs on its
    title) is said once, in the notes; each row's line names it and sends its reader there,
    as a CSV report's reader may never open the summary file else."""
    codes = sorted({issue.code for issue in sheet_issues if issue.severity == "warning"})
    if not codes:
        return
    pointer = sheet_warnings_pointer(codes)
    for outcome in outcomes:
        if SEE_THE_NOTES not in outcome.message:  # a row blocked by an error points there
            outcome.message = _join(outcome.message, pointer)


def _warnings(row: PlannedRow) -> str:
    """The row's warnings, each marked 'warning: ' as the console and the issue list's
    severity column mark them: in a report's message cell they stand beside an invalid
    row's errors, and on a created row they would read as the reason it failed."""
    warnings = (issue for issue in row.all_issues if issue.severity == "warning")
    return _messages(warnings, mark="warning: ")


def _messages(issues: Iterable[RowIssue], *, mark: str = "") -> str:
    """Each issue as `code: message`, joined with '; ' (a message's closing full stop would
    read '.;'). The outcome names its row already (its own column in a report, `row N:` on
    the terminal), so the message's own 'Row N: ' is dropped rather than said again."""
    return "; ".join(
        f"{mark}{issue.code}: {issue.body().removesuffix('.')}" for issue in issues)


def _image_alone_missing(fields: list[str]) -> str:
    """What an update whose image failed after its fields went through did send: the report
    must not read as if the session were as it was."""
    sent = [field for field in fields if field != "image"]
    return (f"its other changes were made ({', '.join(sent)}), the image alone was not; the "
            "next run sends it")


def _join(*parts: str) -> str:
    return "; ".join(part for part in parts if part)


def _field_messages(exc: RejectedError) -> str:
    if not exc.field_errors:
        return str(exc)
    return "; ".join(
        f"{field}: {' '.join(messages)}" for field, messages in exc.field_errors.items()
    )


async def execute_plan(
    client: GuidebookClient,
    plan: Plan,
    *,
    concurrency: int = 4,
    force: bool = False,
    progress: ProgressCallback | None = None,
    stop: asyncio.Event | None = None,
) -> Upload:
    """Run the plan. Returns the outcomes, notes and why it halted early (or None)."""
    check_force(plan, force)
    uploader = Uploader(client, plan, concurrency=concurrency, progress=progress, stop=stop)
    try:
        return await uploader.run()
    finally:
        # Even after a failure or Ctrl-C, what was uploaded is remembered.
        if plan.saved_state is not None:
            plan.saved_state.save()


__all__ = ["ImportReport", "Upload", "Uploader", "check_force", "execute_plan"]
