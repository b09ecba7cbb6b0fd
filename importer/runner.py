"""The Python API behind `gbimport plan` and `gbimport run`: each returns the value printed."""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import hashlib
import itertools
import os
import signal
import tempfile
import time
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from types import FrameType
from typing import Any, NamedTuple

import httpx
from filelock import FileLock, Timeout

from importer._copies_left import COPIES_TOLD
from importer._credentials import api_host
from importer._deleted_since import in_guide_after
from importer._emptied import emptied_notes
from importer._event_loop import check_no_running_loop, check_signals_reach_this_thread
from importer._given_paths import spreadsheet_path
from importer._made_again import names_to_remember
from importer._made_by_hand import MAYBE_CREATED, made_by_hand
from importer._report_words import (
    changes_wait_words,
    publish_failed_words,
    publish_it_words,
    published_words,
)
from importer._run_lock_holder import forget_holder, holder_words, record_holder
from importer._shell_words import path_word, shell_line, shell_word
from importer._stopped_sends import (
    recover_unsaved_creates,
    remember_sent_by_stopped_run,
    remember_sent_so_far,
    tell_sent_by_stopped_runs,
)
from importer.client import DEFAULT_BASE_URL, GuidebookClient
from importer.errors import (
    ApiError,
    ConfigError,
    InterruptedBeforeSending,
    NotPublishedError,
    NotSentError,
)
from importer.images import SavedState
from importer.load import check_is_file
from importer.plan import Plan, build_plan, saved_state
from importer.report import ImportReport, RowOutcome
from importer.settings import Settings, load_settings
from importer.upload import ProgressCallback, Upload, check_force, execute_plan

PlanCallback = Callable[[Plan], None]
WaitCallback = Callable[[str], None]  # a line saying what the run waits for, and how long


def run_lock_path(api_url: str, guide_id: int) -> Path:
    """One lock per guide and service on this machine, wherever the sheet lives: a cron
    job's sheet and a planner's copy in Downloads import into the same guide. The service is
    its host and port only: /open-api/v1/ and /v1.1/, localhost and 127.0.0.1 reach the same
    guide."""
    digest = hashlib.sha256(api_host(api_url).encode()).hexdigest()[:12]
    return lock_folder() / f"gbimport-{digest}-guide-{guide_id}.lock"


SHARED_TEMP = Path("/tmp")


def lock_folder() -> Path:
    """The folder every run on this machine looks in: `GBIMPORT_LOCK_DIR` if set, else /tmp,
    whatever $TMPDIR says. macOS gives each login session a $TMPDIR of its own and cron none,
    and pam_tmpdir gives each user one: a lock kept there would let a planner's run and the
    cron job's both import, making every new session twice."""
    if named := os.environ.get("GBIMPORT_LOCK_DIR"):
        if named.startswith("~"):  # a shell expands it; cron's variables and systemd do not
            full = os.path.expanduser(named)
            example = f", such as {full!r}" if full != named else ""
            raise ConfigError(
                f"GBIMPORT_LOCK_DIR is {named!r}, and '~' is not expanded there (a crontab's "
                "and a service's settings take it as it is, a folder named '~'): give the "
                f"folder's full path{example}")
        if not Path(named).is_absolute():  # cron and a Terminal start in different folders
            raise ConfigError(
                f"GBIMPORT_LOCK_DIR is {named!r}, a relative path: runs started in other "
                "folders (cron's is the home folder) would not see each other's lock; give "
                "the folder's full path")
        folder = Path(named)
        if _never_made(folder):  # made here, a misspelt name would be a lock no run shares
            raise ConfigError(
                f"GBIMPORT_LOCK_DIR is {named!r}, a folder that does not exist: make it "
                f"(mkdir -p {shell_word(named)}) or correct the name; every run into the "
                "guide must name the same folder, or they do not see each other's lock")
        return folder
    if os.name == "posix" and SHARED_TEMP.is_dir():
        return SHARED_TEMP
    return Path(tempfile.gettempdir())


def _never_made(folder: Path) -> bool:
    """No such folder, and nothing in its way: a file at it or above it is refused when the
    lock is taken, with the system's reason."""
    return not folder.exists() and not any(parent.is_file() for parent in folder.parents)


# A run waits this long for the lock before it refuses to start: a plan recording its reads
# holds it for a moment, and a cron run meeting that moment must not fail its night.
RUN_LOCK_WAIT = 2.0


def _tell_and_remember_stopped_sends(plan: Plan, upload: Upload,
                                     held_before: frozenset[str]) -> list[str]:
    """Rows an earlier, stopped run sent say so, where they would read as never sent, and a
    note counts them; this run's own sends are kept for the next run's report if it was
    stopped. `held_before`: the guide after the last run, as recorded before this one."""
    state = plan.saved_state
    if state is None:
        return []
    recovered = recover_unsaved_creates(upload.outcomes, state, held_before,
                                        plan.import_id_prefix)
    notes = tell_sent_by_stopped_runs(upload.outcomes, state)
    if remember_sent_by_stopped_run(state, upload.outcomes, upload.halted,
                                    plan.import_id_prefix) or recovered:
        state.save()
    return notes


@contextlib.contextmanager
def one_run_at_a_time(api_url: str, guide_id: int, wait: float = 0.0) -> Iterator[None]:
    """Two runs into one guide at once (cron overlapping a manual run) could both create
    the same new rows: the second one refuses to start instead. `wait`: seconds to wait
    for the lock first (a plan holds it a moment to record its reads)."""
    lock_path = run_lock_path(api_url, guide_id)
    # Writable by all: cron and a planner may run as two users, sharing the temporary folder.
    lock = FileLock(lock_path, mode=0o666, timeout=wait)
    try:
        lock.acquire()
    except Timeout:
        holder, way_out = holder_words(lock_path)
        raise ConfigError(
            f"another gbimport run {holder}on this machine is importing into guide {guide_id} "
            f"right now (lock {lock_path}); {way_out}"
        ) from None
    except OSError as error:
        if isinstance(error, PermissionError) and lock_path.exists():
            raise ConfigError(
                f"cannot open the lock file {lock_path}, made by another user without write "
                "access for this one; delete it when no gbimport run is going, then run again"
            ) from None
        # The folder itself: not writable, a file, or under one (GBIMPORT_LOCK_DIR).
        raise ConfigError(
            f"cannot make the lock file {lock_path}: {lock_path.parent} is not a folder this "
            f"user can write to ({error.strerror or error}); set GBIMPORT_LOCK_DIR to one, the "
            "same for every run"
        ) from None
    try:
        record_holder(lock_path)
        yield
    finally:
        forget_holder(lock_path)
        lock.release()


@contextlib.asynccontextmanager
async def open_client(
    settings: Settings, transport: httpx.AsyncBaseTransport | None = None,
    on_wait: WaitCallback | None = None,
) -> AsyncIterator[GuidebookClient]:
    client = GuidebookClient(
        settings.require_api_key(),
        settings.api_url,
        rate=settings.rate,
        timeout=settings.timeout,
        max_retry_wait=settings.max_retry_wait,
        concurrency=settings.concurrency,
        transport=transport,
        on_wait=on_wait,
    )
    async with client:
        yield client


async def plan_import_async(
    path: str | Path,
    settings: Settings,
    *,
    sheet: str | int | Sequence[str | int] | None = None,
    prune: bool = False,
    create_missing: bool = True,
    adopt: bool = False,
    transport: httpx.AsyncBaseTransport | None = None,
    on_wait: WaitCallback | None = None,
) -> Plan:
    async with open_client(settings, transport, on_wait) as client:
        try:
            return await build_plan(
                client, settings, path, sheet=sheet, prune=prune, create_missing=create_missing,
                adopt=adopt,
            )
        finally:
            _record_plan_reads(sum(client.requests_sent.values()), settings, path)


def _record_plan_reads(requests: int, settings: Settings, path: str | Path) -> None:
    """A plan's reads are the account's requests too (a cron job that plans before each run
    spends them nightly): recorded as a run's are, but never at a plan's cost. The file is
    read afresh under the run lock, so that a plan never writes over what a run saved; while
    a run holds the lock (it writes the file from what it holds), or when the file could not
    be read (the run that meets it says so, and writes it anew), the reads are not recorded."""
    if not requests:
        return
    with contextlib.suppress(ConfigError), \
            one_run_at_a_time(settings.api_url, settings.require_guide()):
        _record_spent(saved_state(settings, path), requests)


def plan_import(
    path: str | Path,
    settings: Settings | None = None,
    *,
    sheet: str | int | Sequence[str | int] | None = None,
    prune: bool = False,
    create_missing: bool = True,
    adopt: bool = False,
    transport: httpx.AsyncBaseTransport | None = None,
    on_wait: WaitCallback | None = None,
) -> Plan:
    """Read the sheet and the guide; return what a run would do. Sends no write.
    `on_wait` is told, once, when requests start waiting to be retried. `adopt`: a row to
    create takes over the guide's session without an import id that has its title and
    start (made by Builder's spreadsheet import) instead of making a second one."""
    check_no_running_loop("plan_import")
    path = spreadsheet_path(path)
    return asyncio.run(plan_import_async(
        path, settings or load_settings(spreadsheet=path), sheet=sheet, prune=prune,
        create_missing=create_missing, adopt=adopt, transport=transport, on_wait=on_wait,
    ))


async def run_import_async(
    path: str | Path,
    settings: Settings,
    *,
    sheet: str | int | Sequence[str | int] | None = None,
    prune: bool = False,
    force: bool = False,
    create_missing: bool = True,
    adopt: bool = False,
    progress: ProgressCallback | None = None,
    on_plan: PlanCallback | None = None,
    stop: asyncio.Event | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
    on_wait: WaitCallback | None = None,
) -> ImportReport:
    started_at, started = datetime.now(UTC), time.monotonic()
    with one_run_at_a_time(settings.api_url, settings.require_guide(), wait=RUN_LOCK_WAIT):
        async with open_client(settings, transport, on_wait) as client:
            planned: list[Plan] = []  # empty while the plan is made
            with _spent_remembered(client, planned, settings, path):
                plan = await _unless_stopped(
                    build_plan(client, settings, path, sheet=sheet, prune=prune,
                               create_missing=create_missing, adopt=adopt), stop)
                planned.append(plan)
                if on_plan is not None:
                    on_plan(plan)
                check_force(plan, force)  # before a publish is owed: this stop writes nothing
                waiting = _owe_publish_before_writing(plan) if settings.publish else False
                upload = await execute_plan(
                    client, plan, concurrency=settings.concurrency, force=force,
                    progress=_spent_saved_as_it_goes(client, plan, progress),
                    stop=stop,
                )
                if settings.publish:  # its wait for the limit can outlast a kill -9's patience
                    _save_spent_so_far(client, plan.saved_state)
                publication = (await _publish_after(client, settings, plan, upload, stop,
                                                    waiting)
                               if settings.publish else None)
                requests = client.requests_sent.copy()
        # Under the lock: a plan recording its reads (or the next run) reads the file then,
        # and must find what this run tells the next one.
        _remember_left_told(plan)
        held_before = plan.saved_state.in_guide() if plan.saved_state is not None else frozenset()
        _remember_in_guide(plan, upload)
        _remember_names(plan, upload)
        sent_earlier = _tell_and_remember_stopped_sends(plan, upload, held_before)
    # Said on each run until the folder is fixed: a quiet night must not keep it to the
    # summary file while the budget's record and the images sent are lost.
    unsaved = plan.saved_state.unsaved_note() if plan.saved_state is not None else []
    report = ImportReport(
        source=plan.source, guide_id=plan.guide_id, outcomes=upload.outcomes,
        requests=requests, started_at=started_at,
        duration_seconds=time.monotonic() - started, halted=upload.halted,
        notes=[i.message for i in plan.validation.sheet_issues]
        + _after_run(plan.notes, plan, upload) + sent_earlier + upload.notes + unsaved,
        notes_to_act_on=_after_run(plan.notes_to_act_on, plan, upload) + unsaved,
        sheets=plan.validation.sheets_read(),
        encoding=plan.validation.encoding,
        taken_over=_taken_over(plan, upload), timezone=plan.timezone,
        settings_file=plan.settings_file, api_url=settings.api_url,
    )
    if publication is not None:
        report.published, report.publish_note, report.publish_failed = publication
        if stop is not None and stop.is_set() and report.halted is None:
            report.halted = "interrupted"  # during the publish: exit 130, as for any Ctrl-C
    elif upload.wrote:  # a planner's first run: not yet in the app, and how it gets there
        report.unpublished_note = _not_asked_to_publish(plan, upload, settings)
    return report


def _not_asked_to_publish(plan: Plan, upload: Upload, settings: Settings) -> str:
    """How a run without --publish that wrote gets its changes to the app. One that stopped
    before it finished (a migration out of budget) must not be told to publish now: half a
    migration would go out to attendees."""
    where = {"api_url": settings.api_url, "config": settings.config_file}
    waits = changes_wait_words(settings.api_url)
    command = publish_command(plan.guide_id, plan.source, **where)
    if upload.halted is None:
        how = publish_it_words(settings.api_url, command)
        return f"Not published (no --publish): {waits}. {how}"
    return (f"Not published (no --publish): {NOT_PUBLISHED_AFTER_HALT[upload.halted]}; "
            f"{waits.replace('what the run changed', 'what it changed')}, best once the rest "
            f"is in: give the run that finishes the job --publish, or then run: {command}.")


def _taken_over(plan: Plan, upload: Upload) -> int:
    """The rows updated that took over a session without an import id (--adopt)."""
    taking = {(row.result.sheet, row.result.row) for row in plan.rows
              if row.takes_over_unmarked}
    return sum(outcome.action == "updated" and (outcome.sheet, outcome.row) in taking
               for outcome in upload.outcomes)


def _after_run(notes: list[str], plan: Plan, upload: Upload) -> list[str]:
    """`notes`, the plan's, with those on the tracks and rooms the plan empties replaced by
    those on what was done empties: an update or a delete that failed, or was never sent,
    leaves its session where it was."""
    applied = {outcome.session_id for outcome in upload.outcomes
               if outcome.action in ("updated", "deleted") and outcome.session_id is not None}
    planned = emptied_notes(plan)
    return [note for note in notes if note not in planned] + emptied_notes(plan, applied)


NOT_PUBLISHED_AFTER_HALT = {
    "budget": "the run stopped for the daily request budget",
    "interrupted": "the run was interrupted",
    "fatal": "the run stopped on an error",
    "outage": "the run stopped as Guidebook stopped answering",
}


class Publication(NamedTuple):
    """Whether the run published the guide, the line saying so (or why not), and whether a
    publish was tried and failed (exit 4)."""

    published: bool
    note: str
    failed: bool = False


def _owe_publish_before_writing(plan: Plan) -> bool:
    """Remember a publish as owed before the first write: a run killed outright (kill -9,
    a reboot while the publish waits out its limit) leaves its writes for the next run to
    publish, though that run finds every row unchanged. Returns whether an earlier run
    already owed one."""
    state = plan.saved_state
    waiting = state is not None and state.unpublished
    if plan.writes_planned:
        _remember_unpublished(state, True)
    return waiting


async def _publish_after(
    client: GuidebookClient, settings: Settings, plan: Plan, upload: Upload,
    stop: asyncio.Event | None, waiting: bool,
) -> Publication:
    """Publish the guide if the run changed it and ended normally (rows in error were not
    touched: what the app shows stays consistent), or an earlier run's changes still await
    publishing. After a halt, half a change would go out to attendees: a person, or the run
    that finishes the job, publishes it. Changes left unpublished are remembered in the
    state file, so that a later run publishes them though it changes nothing itself.
    `waiting`: an earlier run's changes await publishing."""
    guide_id, state = plan.guide_id, plan.saved_state
    where = {"api_url": settings.api_url, "config": settings.config_file}
    if upload.halted is not None:
        _remember_unpublished(state, waiting or upload.wrote)
        command = publish_command(guide_id, plan.source, **where)
        # A nightly job need do nothing: its next run, finishing the job, publishes.
        return Publication(False, f"Not published: {NOT_PUBLISHED_AFTER_HALT[upload.halted]}; "
                                  "the run that finishes the job publishes it (or, once the "
                                  f"rest is in: {command}).")
    if not upload.wrote and not waiting:
        _remember_unpublished(state, False)  # owed before writing, but nothing was written
        return Publication(False, "Not published: nothing changed.")
    before = client.requests_sent["POST publish"]
    watcher = asyncio.ensure_future(_stop_retries_on(stop, client))
    try:
        await client.publish_guide(guide_id)
    except ApiError as exc:
        _remember_unpublished(state, True)
        if isinstance(exc, NotSentError):  # interrupted while it waited for its turn
            return Publication(False, f"Not published: {NOT_PUBLISHED_AFTER_HALT['interrupted']}.")
        why = exc.why if isinstance(exc, NotPublishedError) else str(exc).rstrip(".")
        command = publish_command(guide_id, plan.source, **where)
        return Publication(False, publish_failed_words(why, settings.api_url, command),
                           failed=True)
    finally:
        watcher.cancel()
    _remember_unpublished(state, False)
    sent = client.requests_sent["POST publish"] - before
    earlier = "" if upload.wrote else ", for changes an earlier run left unpublished"
    return Publication(True, published_words(guide_id, sent, settings.api_url, earlier))


def _remember_left_told(plan: Plan) -> None:
    """The sessions left in the guide this run told of, and copies of the sheet's sessions
    (a quiet run, once): the next run tells only of those left since."""
    state = plan.saved_state
    if state is None:
        return
    before = state.left_told(), state.ids(COPIES_TOLD)
    if plan.import_id_prefix:  # without one no session is called left (plan._plan_notes)
        state.tell_left((left.import_id for left in plan.left_in_guide), plan.import_id_prefix)
    # Without a prefix the copies are of every session with an import id: all are this run's.
    # A copy deleted drops out: one made again later is told again.
    state.replace_ids(COPIES_TOLD, (copy.import_id for copy in plan.copies_left),
                      plan.import_id_prefix)
    if (state.left_told(), state.ids(COPIES_TOLD)) != before:
        state.save()


def _remember_names(plan: Plan, upload: Upload) -> None:
    """The guide's track and room names after the run: a later run that makes one again
    says it was deleted since (in Builder, most likely)."""
    state = plan.saved_state
    if state is None:
        return
    before = state.names_in_guide("tracks"), state.names_in_guide("rooms")
    # Those it made count only when all were: one whose create failed is not called gone.
    made = upload.names_created == len(plan.tracks_to_create) + len(plan.locations_to_create)
    for kind, names in names_to_remember(plan, made):
        state.remember_names(kind, names)
    if (state.names_in_guide("tracks"), state.names_in_guide("rooms")) != before:
        state.save()


def _remember_in_guide(plan: Plan, upload: Upload) -> None:
    """The sheet's sessions in the guide after the run: a later run that makes one again
    says it was deleted since (in Builder, most likely)."""
    state = plan.saved_state
    if state is None:
        return
    before = state.in_guide(), state.ids(MAYBE_CREATED)
    # One made by hand stays out of the record: later runs still tell it from a dropped talk.
    made = {d.import_id for d in made_by_hand(plan)}
    state.remember_in_guide(in_guide_after(plan, upload.outcomes) - made, plan.import_id_prefix)
    # Neither is a create whose answer was lost: the next run finds its session, if it is.
    state.replace_ids(MAYBE_CREATED, upload.maybe_created, plan.import_id_prefix)
    if (state.in_guide(), state.ids(MAYBE_CREATED)) != before:
        state.save()


@contextlib.contextmanager
def _spent_remembered(client: GuidebookClient, planned: list[Plan], settings: Settings,
                      path: str | Path) -> Iterator[None]:
    """Record the run's requests in the state file however it ends, for the next plan's
    budget line (the budget is the account's): a stop for --force, an error, the budget or
    Ctrl-C spent them too. `planned`: the plan once made, whose state holds what the run
    saved; before it, the state file beside the sheet."""
    try:
        yield
    finally:
        requests = sum(client.requests_sent.values())
        if planned or requests:
            state = planned[0].saved_state if planned else saved_state(settings, path)
            if state is not None:
                state.record_spent_so_far(requests, datetime.now(UTC))
                state.save()


# Rows sent between two saves of the run's requests: a run killed outright (kill -9, a
# reboot) leaves at most these rows' requests off the budget's record.
SPENT_SAVE_EVERY = 50


def _spent_saved_as_it_goes(client: GuidebookClient, plan: Plan,
                            progress: ProgressCallback | None) -> ProgressCallback | None:
    """`progress`, also saving the run's requests so far every SPENT_SAVE_EVERY rows, with
    the sessions it sent: a migration killed outright spent thousands, and the next plan must
    not count them as left, nor the next run's report them as never sent."""
    state = plan.saved_state
    if state is None:
        return progress
    told = itertools.count(1)
    sent: list[RowOutcome] = []

    def on_outcome(outcome: RowOutcome) -> None:
        sent.append(outcome)
        if next(told) % SPENT_SAVE_EVERY == 0:
            remember_sent_so_far(state, sent, plan.import_id_prefix)
            sent.clear()
            _save_spent_so_far(client, state)
        if progress is not None:
            progress(outcome)
    return on_outcome


def _save_spent_so_far(client: GuidebookClient, state: SavedState | None) -> None:
    if state is not None:
        state.record_spent_so_far(sum(client.requests_sent.values()), datetime.now(UTC))
        state.save()


def _remember_unpublished(state: SavedState | None, waiting: bool) -> None:
    if state is not None and state.unpublished != waiting:
        state.unpublished = waiting
        state.save()


async def _stop_retries_on(stop: asyncio.Event | None, client: GuidebookClient) -> None:
    """Ctrl-C or SIGTERM while a publish waits to retry (up to 2 minutes): stop waiting."""
    if stop is not None:
        await stop.wait()
        client.stop_retrying()


async def publish_guide_async(
    settings: Settings, transport: httpx.AsyncBaseTransport | None = None,
    sheet: str | Path | None = None, on_wait: WaitCallback | None = None,
) -> int:
    if sheet is not None:  # a mistyped path would clear nothing, and say nothing of it
        check_is_file(spreadsheet_path(sheet))
    guide_id = settings.require_guide()
    # The sheet's state file: what its runs left unpublished, and the budget they spent.
    state = saved_state(settings, sheet or ".") if sheet is not None or settings.state_file \
        else None
    async with open_client(settings, transport, on_wait) as client:
        try:
            await client.publish_guide(guide_id)
        except NotPublishedError as exc:
            how = how_to_publish(guide_id, None if sheet is None else str(sheet),
                                 api_url=settings.api_url, config=settings.config_file)
            raise NotPublishedError(f"{exc} {how}", why=exc.why, status=exc.status) from exc
        finally:
            _record_spent(state, sum(client.requests_sent.values()))
        sent = client.requests_sent["POST publish"]
    # What a failed publish left for the sheet's next run to publish is published now.
    _remember_unpublished(state, False)
    return sent


def _record_spent(state: SavedState | None, requests: int) -> None:
    """Requests of a plan or a publish (the account's too, a refused publish's as well):
    recorded for the next plan's budget line where there is a state file to keep them in,
    and not over a file found damaged, left for the run that meets it to report."""
    if state is not None and requests and state.unreadable is None:
        state.record_spent(requests, datetime.now(UTC))
        state.save()


def publish_guide(
    settings: Settings | None = None, *, transport: httpx.AsyncBaseTransport | None = None,
    sheet: str | Path | None = None, on_wait: WaitCallback | None = None,
    handle_interrupt: bool = False,
) -> int:
    """Publish the guide once, so what the Open API changed reaches attendees' apps.
    `sheet`: the spreadsheet whose runs left changes unpublished, so that its state file
    forgets them (`state_file` from the settings does the same). Returns the requests spent
    (1, more if the service asked to retry). `on_wait` is told of a wait for the limit of
    2 publishes a minute. With `handle_interrupt`, SIGTERM stops it as Ctrl-C does: with
    KeyboardInterrupt, not a silent end (a publish has no rows to wind down)."""
    check_no_running_loop("publish_guide")
    if handle_interrupt:
        check_signals_reach_this_thread("publish_guide")
    terminated = False

    async def main() -> int:
        nonlocal terminated
        publishing = publish_guide_async(settings or load_settings(), transport, sheet, on_wait)
        if not handle_interrupt:
            return await publishing
        loop, task = asyncio.get_running_loop(), asyncio.current_task()
        assert task is not None

        def on_sigterm() -> None:
            nonlocal terminated
            terminated = True
            task.cancel()

        with _callers_handlers_put_back([signal.SIGTERM]):
            loop.add_signal_handler(signal.SIGTERM, on_sigterm)
            try:
                return await publishing
            finally:
                loop.remove_signal_handler(signal.SIGTERM)

    try:
        return asyncio.run(main())
    except asyncio.CancelledError:
        if terminated:
            raise KeyboardInterrupt from None
        raise


def publish_command(guide_id: int, sheet: str | None = None, *, api_url: str | None = None,
                    config: str | None = None) -> str:
    """The command that publishes the guide, working as printed: with the run's API URL (a
    sandbox's) and settings file (its state file) too, never the key. Given the run's
    `sheet`, it also clears what the sheet's state file remembers as left unpublished."""
    words = ["gbimport", "publish", *([path_word(sheet)] if sheet else []), "--guide",
             str(guide_id)]
    if api_url is not None and api_url != DEFAULT_BASE_URL:
        words += ["--api-url", api_url]
    if config is not None:
        words += ["--config", path_word(config)]
    return shell_line(words)


def how_to_publish(guide_id: int, sheet: str | None = None, *, api_url: str | None = None,
                   config: str | None = None) -> str:
    command = publish_command(guide_id, sheet, api_url=api_url, config=config)
    return publish_it_words(api_url, command)


async def _unless_stopped(planning: Coroutine[Any, Any, Plan],
                          stop: asyncio.Event | None) -> Plan:
    """The plan, unless a stop comes first: reading a big guide takes a while, and nothing
    is lost by dropping reads (a stop that comes later defers the rows instead)."""
    if stop is None:
        return await planning
    plan_task = asyncio.ensure_future(planning)
    stop_task = asyncio.ensure_future(stop.wait())
    await asyncio.wait((plan_task, stop_task), return_when=asyncio.FIRST_COMPLETED)
    stop_task.cancel()
    if plan_task.done():
        return plan_task.result()
    plan_task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await plan_task
    raise InterruptedBeforeSending(
        "interrupted while the sheet and the guide were being read: nothing was sent")


def run_import(
    path: str | Path,
    settings: Settings | None = None,
    *,
    sheet: str | int | Sequence[str | int] | None = None,
    prune: bool = False,
    force: bool = False,
    create_missing: bool = True,
    adopt: bool = False,
    progress: ProgressCallback | None = None,
    on_plan: PlanCallback | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
    handle_interrupt: bool = False,
    on_wait: WaitCallback | None = None,
) -> ImportReport:
    """Plan and apply the import; return the report of every row. `adopt`: as for
    `plan_import`.

    With `handle_interrupt`, the first Ctrl-C (or SIGTERM, as `kill`, `timeout` and service
    managers send) stops taking new work, lets requests in flight end and returns a report
    with the rest deferred; a second one stops at once.
    """
    check_no_running_loop("run_import")
    path = spreadsheet_path(path)
    if handle_interrupt:
        check_signals_reach_this_thread("run_import")

    async def main() -> ImportReport:
        stop = asyncio.Event()
        with _first_interrupt_sets(stop) if handle_interrupt else contextlib.nullcontext():
            return await run_import_async(
                path, settings or load_settings(spreadsheet=path), sheet=sheet, prune=prune,
                force=force, create_missing=create_missing, adopt=adopt, progress=progress,
                on_plan=on_plan,
                stop=stop, transport=transport, on_wait=on_wait,
            )

    return asyncio.run(main())


# A cron job cut short by `timeout`, or a service stopped, gets SIGTERM: without a handler
# the run would end at once, with no report and the image record unsaved.
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)
# `timeout` sends its SIGTERM to the run and then to the run's process group: on a busy
# machine the second comes after the first was taken. One this soon is that same signal.
REPEATED_SIGTERM_SECONDS = 1.0


@contextlib.contextmanager
def _first_interrupt_sets(stop: asyncio.Event) -> Iterator[None]:
    loop = asyncio.get_running_loop()

    def on_interrupt(signum: signal.Signals) -> None:
        stop.set()
        # The next Ctrl-C or SIGTERM gets Python's default behaviour: stop now.
        for other in STOP_SIGNALS:
            loop.remove_signal_handler(other)
        if signum == signal.SIGTERM:  # still, while the run winds down and writes its report
            deadline = time.monotonic() + REPEATED_SIGTERM_SECONDS
            signal.signal(signum, _repeat_ignored_until(deadline))
            atexit.register(_repeat_ignored_as_python_ends, deadline)

    with _callers_handlers_put_back(STOP_SIGNALS):
        for signum in STOP_SIGNALS:
            loop.add_signal_handler(signum, on_interrupt, signum)
        try:
            yield
        finally:
            for signum in STOP_SIGNALS:
                loop.remove_signal_handler(signum)


@contextlib.contextmanager
def _callers_handlers_put_back(signums: Sequence[signal.Signals]) -> Iterator[None]:
    """asyncio's remove_signal_handler leaves Python's default, not the handler it found: a
    program's own (a service's SIGTERM handler) is put back, unless a SIGTERM's guard against
    its repeat (see _first_interrupt_sets) holds the signal until Python ends."""
    found = {signum: signal.getsignal(signum) for signum in signums}
    try:
        yield
    finally:
        for signum, handler in found.items():
            left = signal.getsignal(signum)
            if handler is not None and left in (signal.SIG_DFL, signal.default_int_handler):
                signal.signal(signum, handler)


def _repeat_ignored_as_python_ends(deadline: float) -> None:
    """Python puts the default handler back as it ends, after the report is written: the
    repeat due then would still end the run with 143, not its 130."""
    if time.monotonic() < deadline:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)


def _repeat_ignored_until(deadline: float) -> Callable[[int, FrameType | None], None]:
    def on_sigterm(signum: int, frame: FrameType | None) -> None:
        if time.monotonic() < deadline:
            return
        signal.signal(signum, signal.SIG_DFL)
        os.kill(os.getpid(), signum)

    return on_sigterm
