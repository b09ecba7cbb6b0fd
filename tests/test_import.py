"""The import engine against the sandbox, in-process through httpx.ASGITransport."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import os
import signal
import time
from collections import Counter
from pathlib import Path

import httpx
import pytest
from rich.console import Console

from importer import render
from importer.errors import ConfigError, InterruptedBeforeSending, UnsafeOperationError
from importer.report import ImportReport, RowOutcome
from importer.runner import (
    _first_interrupt_sets,
    plan_import,
    publish_guide,
    run_import,
    run_import_async,
)
from importer.settings import Settings
from tests.support import Sandbox, talk, write_sheet


def actions(report: ImportReport) -> list[tuple[int | None, str]]:
    return [(o.row, o.action) for o in report.outcomes]


def test_fresh_import_creates_every_row_and_names_once(tmp_path: Path) -> None:
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "talks.csv", [talk(n) for n in range(1, 11)])
    report = sandbox.run(sheet)
    assert actions(report) == [(row, "created") for row in range(2, 12)]
    assert report.exit_code == 0
    writes = sandbox.writes()
    assert writes == Counter({
        "POST /open-api/v1.1/sessions/": 10,
        "POST /open-api/v1.1/schedule-tracks/": 3,
        "POST /open-api/v1.1/locations/": 2,
    })
    stored = {s["import_id"]: s for s in sandbox.sessions()}
    assert sorted(stored) == [f"sheet:T{n:03d}" for n in range(1, 11)]
    first = stored["sheet:T001"]
    assert first["start_time"] == "2027-05-11T15:00:00.000000+0000"  # 10:00 AM CDT
    assert first["description_html"] == "<p>About talk 1.</p><p>Second paragraph.</p>"
    assert len(first["schedule_tracks"]) == 2
    # Every request of the run is counted: 1 guide + 3 lists + 15 writes.
    assert report.requests_spent == 19


def test_rerun_of_an_unchanged_sheet_writes_nothing(tmp_path: Path) -> None:
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "talks.csv", [talk(n) for n in range(1, 11)])
    sandbox.run(sheet)
    before = sandbox.writes()
    again = sandbox.run(sheet)
    assert sandbox.writes() == before
    assert {o.action for o in again.outcomes} == {"unchanged"}
    assert again.requests_spent == 4  # the guide and one page each of sessions/tracks/rooms


def test_one_edited_row_sends_one_patch_of_the_changed_fields(tmp_path: Path) -> None:
    sandbox = Sandbox()
    rows = [talk(n) for n in range(1, 6)]
    sandbox.run(write_sheet(tmp_path / "a.csv", rows))
    rows[2] = talk(3, **{"Session Title": "Renamed talk", "Time End": "1:50 PM"})
    edited_sheet = write_sheet(tmp_path / "b.csv", rows)
    plan = plan_import(edited_sheet, sandbox.settings, transport=sandbox.transport())
    edited = [row for row in plan.rows if row.action == "update"]
    assert [(r.result.row, [c.field for c in r.changes]) for r in edited] == [
        (4, ["name", "end_time"])
    ]
    before = sandbox.writes()
    report = sandbox.run(edited_sheet)
    assert sandbox.writes() - before == Counter({"PATCH /open-api/v1.1/sessions/{id}/": 1})
    assert actions(report)[2] == (4, "updated")
    assert report.outcomes[2].message == "changed: name, end_time"
    stored = {s["import_id"]: s for s in sandbox.sessions()}
    assert stored["sheet:T003"]["name"] == "Renamed talk"
    assert stored["sheet:T003"]["end_time"] == "2027-05-11T18:50:00.000000+0000"


def test_removed_row_with_prune_gives_one_delete(tmp_path: Path) -> None:
    sandbox = Sandbox()
    rows = [talk(n) for n in range(1, 21)]
    sandbox.run(write_sheet(tmp_path / "all.csv", rows))
    fewer = write_sheet(tmp_path / "fewer.csv", rows[:-1])
    without_prune = sandbox.run(fewer)
    assert len(sandbox.sessions()) == 20
    assert "deleted" not in {o.action for o in without_prune.outcomes}
    report = sandbox.run(fewer, prune=True)
    deleted = [o for o in report.outcomes if o.action == "deleted"]
    assert [(o.row, o.import_id) for o in deleted] == [(None, "sheet:T020")]
    assert sandbox.writes()["DELETE /open-api/v1.1/sessions/{id}/"] == 1
    assert len(sandbox.sessions()) == 19


def test_prune_refuses_to_delete_over_ten_percent_without_force(tmp_path: Path) -> None:
    sandbox = Sandbox()
    rows = [talk(n) for n in range(1, 11)]
    sandbox.run(write_sheet(tmp_path / "all.csv", rows))
    half = write_sheet(tmp_path / "half.csv", rows[:5])
    plan = plan_import(half, sandbox.settings, prune=True, transport=sandbox.transport())
    assert [reason.split(" (")[0] for reason in plan.needs_force] == [  # said before the run
        "--prune would delete 5 of the guide's 10 sessions"]
    with pytest.raises(UnsafeOperationError, match="delete 5 of the guide's 10"):
        sandbox.run(half, prune=True)
    assert len(sandbox.sessions()) == 10
    report = sandbox.run(half, prune=True, force=True)
    assert report.counts["deleted"] == 5
    assert len(sandbox.sessions()) == 5


def test_emptied_id_column_would_recreate_the_programme_so_needs_force(tmp_path: Path) -> None:
    sandbox = Sandbox()
    rows = [talk(n) for n in range(1, 4)]
    sandbox.run(write_sheet(tmp_path / "ids.csv", rows))
    blank = write_sheet(tmp_path / "blank.csv", [{**row, "Session ID": ""} for row in rows])
    plan = plan_import(blank, sandbox.settings, transport=sandbox.transport())
    assert plan.counts["create"] == 3
    assert len(plan.needs_force) == 1
    assert "guide holds 3 sessions imported with ids from a column (such as 'sheet:T001')" in \
        plan.needs_force[0]
    with pytest.raises(UnsafeOperationError, match="fill the id column back in"):
        sandbox.run(blank)
    assert len(sandbox.sessions()) == 3
    assert sandbox.run(blank, force=True).counts["created"] == 3  # asked for: copies made
    # A sheet that has always derived its ids is not held up on its next run.
    assert plan_import(blank, sandbox.settings, transport=sandbox.transport()).needs_force == []


def test_an_emptied_id_column_needs_force_with_a_single_session_too(tmp_path: Path) -> None:
    sandbox = Sandbox()
    sandbox.run(write_sheet(tmp_path / "ids.csv", [talk(1)]))
    blank = write_sheet(tmp_path / "blank.csv", [{**talk(1), "Session ID": ""}])
    plan = plan_import(blank, sandbox.settings, transport=sandbox.transport())
    assert plan.needs_force == [
        "the sheet has no session ids, so they are derived, but the guide holds 1 session "
        "imported with ids from a column (such as 'sheet:T001'): the session to create may "
        "be a copy of it; fill the id column back in"]


def test_hand_made_sessions_are_never_pruned(tmp_path: Path) -> None:
    sandbox = Sandbox()
    for name, import_id in (("Made by hand", ""), ("Made by hand builder-42", "builder-42")):
        sandbox.post_session({
            "guide": 1, "name": name, "import_id": import_id,
            "start_time": "2027-05-11T20:00:00Z",
        })
    rows = [talk(n) for n in range(1, 3)]
    sandbox.run(write_sheet(tmp_path / "all.csv", rows))
    report = sandbox.run(write_sheet(tmp_path / "one.csv", rows[:1]), prune=True, force=True)
    assert [(o.import_id, o.action) for o in report.outcomes] == [
        ("sheet:T001", "unchanged"), ("sheet:T002", "deleted"),
    ]
    assert sorted(s["name"] for s in sandbox.sessions()) == [
        "Made by hand", "Made by hand builder-42", "Talk number 1",
    ]


def test_invalid_rows_are_reported_and_valid_ones_still_go(tmp_path: Path) -> None:
    sandbox = Sandbox()
    rows = [talk(1), talk(2, **{"Time End": "8:00 AM"}), talk(3, Date="13/45/2027")]
    report = sandbox.run(write_sheet(tmp_path / "bad.csv", rows))
    assert actions(report) == [(2, "created"), (3, "invalid"), (4, "invalid")]
    assert "end-before-start" in report.outcomes[1].message
    assert report.exit_code == 1
    assert len(sandbox.sessions()) == 1


def test_a_row_made_invalid_names_its_session_which_is_left_as_it_was(
    tmp_path: Path,
) -> None:
    sandbox = Sandbox()
    sandbox.run(write_sheet(tmp_path / "good.csv", [talk(1), talk(2)]))
    before = {s["import_id"]: s for s in sandbox.sessions()}
    broken = write_sheet(tmp_path / "broken.csv", [talk(1), talk(2, **{"Time End": "8:00 AM"})])
    report = sandbox.run(broken)
    second = report.outcomes[1]
    assert (second.row, second.action, second.session_id) == (
        3, "invalid", before["sheet:T002"]["id"])
    assert second.message.endswith(
        "; the session in the guide keeps its earlier version until this is fixed")
    assert {s["import_id"]: s for s in sandbox.sessions()} == before


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_after_a_first_stop_signal_a_second_of_either_kind_stops_at_once(
    signum: signal.Signals,
) -> None:
    """The first Ctrl-C or SIGTERM asks the run to wind down; from then on both get Python's
    default behaviour, so a second `kill` ends a run that is slow to wind down (a SIGTERM
    within a second of the first is `timeout`'s repeat of it: test_cron12_timeout_sigterm)."""

    async def first_signal() -> tuple[object, object]:
        stop = asyncio.Event()
        with _first_interrupt_sets(stop):
            os.kill(os.getpid(), signum)
            await asyncio.wait_for(stop.wait(), timeout=10)
            return signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM)

    ctrl_c, sigterm = asyncio.run(first_signal())
    assert ctrl_c is signal.default_int_handler
    assert (sigterm is signal.SIG_DFL) == (signum == signal.SIGINT)


def test_a_programs_own_stop_handlers_are_back_after_a_run_or_publish_that_took_them(
    tmp_path: Path,
) -> None:
    """asyncio puts Python's defaults back, not what was there before: a service that calls
    run_import(handle_interrupt=True) would lose its own SIGTERM handler to the first run."""
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1)])

    def programs_handler(signum: int, frame: object) -> None:
        raise AssertionError("not called")

    before = {signum: signal.getsignal(signum) for signum in (signal.SIGINT, signal.SIGTERM)}
    try:
        for signum in before:
            signal.signal(signum, programs_handler)
        sandbox.run(sheet, handle_interrupt=True)
        after_run = [signal.getsignal(signum) for signum in before]
        publish_guide(sandbox.settings, transport=sandbox.transport(), handle_interrupt=True)
        after_publish = [signal.getsignal(signum) for signum in before]
    finally:
        for signum, handler in before.items():
            signal.signal(signum, handler)
    assert after_run == after_publish == [programs_handler, programs_handler]


def test_a_stop_while_the_guide_is_read_ends_the_run_at_once_with_nothing_sent(
    tmp_path: Path,
) -> None:
    """Ctrl-C (or SIGTERM) during the reads of a big guide need not wait for the last page."""
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1), talk(2)])
    stop = asyncio.Event()
    asked: list[str] = []

    class SlowSessionList(httpx.AsyncBaseTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            asked.append(f"{request.method} {request.url.path}")
            if request.url.path.endswith("/sessions/"):
                stop.set()  # the user presses Ctrl-C while the sessions are being listed
                try:
                    await asyncio.sleep(60)  # a big guide: many pages still to come
                except asyncio.CancelledError:
                    asked.append("cancelled")
                    raise
            return await sandbox.transport().handle_async_request(request)

    async def run() -> None:
        await run_import_async(sheet, sandbox.settings, stop=stop, transport=SlowSessionList())

    with pytest.raises(InterruptedBeforeSending,
                       match=r"^interrupted while the sheet and the guide were being read: "
                             r"nothing was sent$"):
        asyncio.run(run())
    assert asked[-1] == "cancelled"  # the reads were dropped, not waited for
    assert [r for r in asked if not r.startswith("GET")] == ["cancelled"]  # no write
    assert sandbox.sessions() == []


def test_a_stop_during_an_outage_retries_nothing_more(tmp_path: Path) -> None:
    """SIGTERM (from `timeout`, or a service manager that kills 90 s later) while Guidebook
    answers 503: the run ends without waiting out the retries, and says what is unknown."""
    sandbox = Sandbox()
    sandbox.settings = sandbox.settings.model_copy(
        update={"max_retry_wait": 3.0, "concurrency": 1})
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1), talk(2)])
    stop = asyncio.Event()
    posts: list[str] = []

    class Outage(httpx.AsyncBaseTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            if request.method == "POST" and request.url.path.endswith("/sessions/"):
                posts.append(json.loads(request.content)["import_id"])
                stop.set()  # SIGTERM while the first session's create is answered 503
                return httpx.Response(503)
            return await sandbox.transport().handle_async_request(request)

    report = asyncio.run(run_import_async(sheet, sandbox.settings, stop=stop,
                                          transport=Outage()))
    assert posts == ["sheet:T001"]
    assert [(o.row, o.action, o.message) for o in report.outcomes] == [
        (2, "deferred", "POST sessions/ was sent but its outcome is unknown (POST sessions/ "
         "got HTTP 503 and was not retried: the run was interrupted); a later run will find "
         "it by import_id 'sheet:T001'."),
        (3, "deferred", "not sent: the run was interrupted; run again to continue"),
    ]
    assert report.exit_code == 130


def test_a_stop_while_the_last_row_is_in_flight_ends_the_run_as_interrupted(
        tmp_path: Path) -> None:
    """SIGTERM while the last row's create is answered 503, no row left to take: the run is
    interrupted as when rows are left (exit 130, its note), not a deferral with no reason
    (exit 3) that a --publish run called interrupted."""
    sandbox = Sandbox()
    sandbox.settings = sandbox.settings.model_copy(
        update={"max_retry_wait": 3.0, "concurrency": 1})
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1)])
    stop = asyncio.Event()

    class Outage(httpx.AsyncBaseTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            if request.method == "POST" and request.url.path.endswith("/sessions/"):
                stop.set()
                return httpx.Response(503)
            return await sandbox.transport().handle_async_request(request)

    report = asyncio.run(run_import_async(sheet, sandbox.settings, stop=stop,
                                          transport=Outage()))
    assert [(o.row, o.action) for o in report.outcomes] == [(2, "deferred")]
    assert (report.halted, report.exit_code, report.notes) == ("interrupted", 130, [
        "interrupted: requests in flight were finished and the rest is deferred; run again "
        "to continue"])


def test_a_row_waiting_for_its_turn_when_the_run_stops_reads_as_every_row_not_sent(
        tmp_path: Path) -> None:
    """A create waiting for the rate limit's next slot when SIGTERM came said 'POST sessions/
    not sent: the run was interrupted', unlike every other row the stop left unsent."""
    sandbox = Sandbox()
    sandbox.settings = sandbox.settings.model_copy(update={"rate": 2.0, "concurrency": 2})
    no_track = {"Schedule Track (Optional)": ""}  # fewer requests before the creates
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1, **no_track), talk(2, **no_track)])
    stop = asyncio.Event()

    class StopOnFirstCreate(httpx.AsyncBaseTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            if request.method == "POST" and request.url.path.endswith("/sessions/"):
                stop.set()  # the other create waits half a second for its slot
            return await sandbox.transport().handle_async_request(request)

    report = asyncio.run(run_import_async(sheet, sandbox.settings, stop=stop,
                                          transport=StopOnFirstCreate()))
    assert sorted((o.action, o.message) for o in report.outcomes) == [
        ("created", ""), ("deferred", "not sent: the run was interrupted; run again to continue")]
    assert len(sandbox.sessions()) == 1


def test_budget_exhausted_midway_defers_and_the_next_run_finishes(tmp_path: Path) -> None:
    sandbox = Sandbox(daily_budget=14, day_seconds=2.0)
    # Retries give up long before the (shrunken) day ends, as they would on the real service.
    sandbox.settings = sandbox.settings.model_copy(update={"max_retry_wait": 0.3})
    rows = [talk(n) for n in range(1, 16)]
    sheet = write_sheet(tmp_path / "talks.csv", rows)
    first = sandbox.run(sheet)
    assert first.exit_code == 3
    counts = first.counts
    assert counts["deferred"] > 0
    assert counts["created"] + counts["deferred"] == 15
    time.sleep(2.1)  # the sandbox's day is two seconds long
    second = sandbox.run(sheet)
    while second.exit_code == 3:  # each day allows a few more
        time.sleep(2.1)
        second = sandbox.run(sheet)
    assert second.exit_code == 0
    stats = sandbox.stats()
    assert stats["sessions"] == {"1": 15}
    assert stats["duplicate_import_ids"] == {"1": []}


class BudgetEndsAfterCreate(httpx.AsyncBaseTransport):
    """The sandbox, where a session's create (or another write: `method`) is carried out
    but answered 502, and the daily budget runs out right then: every later request gets
    429."""

    def __init__(self, inner: httpx.AsyncBaseTransport, method: str = "POST") -> None:
        self.inner = inner
        self.method = method
        self.spent = False

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self.spent:
            return httpx.Response(429, json={"detail": "Request was throttled."})
        response = await self.inner.handle_async_request(request)
        if request.method == self.method and "/sessions/" in request.url.path:
            self.spent = True
            return httpx.Response(502)
        return response


def test_a_create_sent_before_the_budget_ran_out_is_not_reported_unsent(
    tmp_path: Path,
) -> None:
    sandbox = Sandbox()
    sandbox.settings = sandbox.settings.model_copy(update={"max_retry_wait": 0.3})
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1)])
    report = run_import(sheet, sandbox.settings, transport=BudgetEndsAfterCreate(
        sandbox.transport()))
    assert report.exit_code == 3
    assert [(o.row, o.action, o.session_id, o.message) for o in report.outcomes] == [
        (2, "deferred", None, "sent, but the daily request budget ran out before Guidebook's "
         "answer could be checked; the next run finds the session by its import_id, or "
         "creates it"),
    ]
    assert [s["import_id"] for s in sandbox.sessions()] == ["sheet:T001"]
    again = sandbox.run(sheet)
    assert [(o.row, o.action) for o in again.outcomes] == [(2, "unchanged")]


def test_an_update_sent_before_the_budget_ran_out_is_not_reported_unsent(
    tmp_path: Path,
) -> None:
    sandbox = Sandbox()
    sandbox.settings = sandbox.settings.model_copy(update={"max_retry_wait": 0.3})
    sandbox.run(write_sheet(tmp_path / "talks.csv", [talk(1)]))
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1, **{"Session Title": "Renamed"})])
    report = run_import(sheet, sandbox.settings, transport=BudgetEndsAfterCreate(
        sandbox.transport(), "PATCH"))
    assert report.exit_code == 3
    session_id = sandbox.sessions()[0]["id"]
    assert [(o.row, o.action, o.session_id, o.message) for o in report.outcomes] == [
        (2, "deferred", session_id, "sent, but the daily request budget ran out before "
         "Guidebook's answer could be checked; it may have been applied: the next run "
         "compares the session again and sends what still differs"),
    ]
    assert [s["name"] for s in sandbox.sessions()] == ["Renamed"]
    again = sandbox.run(sheet)
    assert [(o.row, o.action) for o in again.outcomes] == [(2, "unchanged")]


def test_a_delete_sent_before_the_budget_ran_out_is_not_reported_unsent(
    tmp_path: Path,
) -> None:
    sandbox = Sandbox()
    sandbox.settings = sandbox.settings.model_copy(update={"max_retry_wait": 0.3})
    rows = [talk(n) for n in range(1, 12)]
    sandbox.run(write_sheet(tmp_path / "talks.csv", rows))
    gone = next(s for s in sandbox.sessions() if s["import_id"] == "sheet:T011")
    sheet = write_sheet(tmp_path / "talks.csv", rows[:10])
    report = run_import(sheet, sandbox.settings, prune=True, transport=BudgetEndsAfterCreate(
        sandbox.transport(), "DELETE"))
    assert report.exit_code == 3
    assert [(o.import_id, o.action, o.session_id, o.message)
            for o in report.outcomes if o.row is None] == [
        ("sheet:T011", "deferred", gone["id"], "sent, but the daily request budget ran out "
         "before Guidebook's answer could be checked; it may have been deleted: the next "
         "run deletes it if it is still there"),
    ]
    assert "sheet:T011" not in [s["import_id"] for s in sandbox.sessions()]
    again = sandbox.run(sheet, prune=True)
    assert again.counts["deleted"] == 0 and again.exit_code == 0


def test_plan_sends_nothing_and_counts_its_cost(tmp_path: Path) -> None:
    sandbox = Sandbox(page_size=4)
    rows = [talk(n) for n in range(1, 11)]
    sandbox.run(write_sheet(tmp_path / "a.csv", rows[:9]))
    before = sandbox.writes()
    plan = plan_import(write_sheet(tmp_path / "b.csv", rows), sandbox.settings,
                       transport=sandbox.transport())
    assert sandbox.writes() == before
    assert plan.counts == {"create": 1, "update": 0, "unchanged": 9, "invalid": 0, "skipped": 0,
                           "delete": 0}
    # guide + 3 pages of 9 sessions + 1 page of tracks + 1 page of rooms
    assert plan.reads_spent == 6
    assert (plan.writes_planned, plan.requests_total) == (1, 7)


def test_sessions_outside_the_guide_dates_are_warned_about(tmp_path: Path) -> None:
    sandbox = Sandbox(guide_start_date="2027-05-11", guide_end_date="2027-05-12")
    rows = [talk(1), talk(2, Date="5/20/2027"), talk(3, Date="7/1/2027")]
    plan = plan_import(write_sheet(tmp_path / "a.csv", rows), sandbox.settings,
                       transport=sandbox.transport())
    warnings = [(r.result.row, [(i.code, i.column) for i in r.issues]) for r in plan.rows]
    assert warnings == [  # the column as every issue names it: the sheet's header
        (2, []), (3, [("outside-guide-dates", "Date")]), (4, [("outside-guide-dates", "Date")]),
    ]
    assert "within 14 days" in plan.rows[1].issues[0].message
    assert "will not show it" in plan.rows[2].issues[0].message
    assert plan.counts["create"] == 3  # warnings never block a row


def test_without_create_missing_unknown_tracks_are_row_errors(tmp_path: Path) -> None:
    sandbox = Sandbox()
    sandbox.run(write_sheet(tmp_path / "a.csv", [talk(1)]))  # creates Data, Python, Room 100
    rows = [talk(3), talk(5, **{"Schedule Track (Optional)": "Data; Robotics"})]
    plan = plan_import(write_sheet(tmp_path / "b.csv", rows), sandbox.settings,
                       transport=sandbox.transport(), create_missing=False)
    assert [(r.result.row, r.action, [(i.code, i.column) for i in r.issues])
            for r in plan.rows] == [
        (2, "create", []),
        (3, "invalid", [("unknown-track", "Schedule Track (Optional)")]),
    ]
    assert plan.tracks_to_create == []


def test_tracks_and_rooms_match_existing_names_ignoring_case_and_spaces(tmp_path: Path) -> None:
    sandbox = Sandbox()
    sandbox.run(write_sheet(tmp_path / "a.csv", [talk(1)]))
    renamed = talk(3, **{"Schedule Track (Optional)": " data ;PYTHON ",
                         "Room/Location": "room  100"})
    plan = plan_import(write_sheet(tmp_path / "b.csv", [renamed]), sandbox.settings,
                       transport=sandbox.transport())
    assert (plan.tracks_to_create, plan.locations_to_create) == ([], [])


def test_prune_is_skipped_while_a_row_has_no_import_id(tmp_path: Path) -> None:
    sandbox = Sandbox()
    rows = [talk(n) for n in range(1, 21)]
    sandbox.run(write_sheet(tmp_path / "a.csv", rows))
    rows[4] = talk(5, **{"Session ID": ""})
    plan = plan_import(write_sheet(tmp_path / "b.csv", rows[:-1]), sandbox.settings,
                       transport=sandbox.transport(), prune=True)
    assert plan.deletes == []
    assert any("prune skipped" in note for note in plan.notes)


def test_rows_taken_out_without_prune_are_named_as_left_in_the_guide(tmp_path: Path) -> None:
    """A planner deletes two cancelled talks from the sheet and runs again: the sessions stay
    (no --prune), and the run says so instead of a silent 'unchanged'."""
    sandbox = Sandbox()
    rows = [talk(n) for n in range(1, 8)]
    sandbox.run(write_sheet(tmp_path / "a.csv", rows))
    report = sandbox.run(write_sheet(tmp_path / "b.csv", rows[:2] + rows[3:6]))
    assert (report.counts["unchanged"], report.notes) == (5, [
        "2 sessions are in the guide with this sheet's ids but no longer in the sheet: "
        "'Talk number 3' (sheet:T003), 'Talk number 7' (sheet:T007); they stay unless you "
        "run with --prune",
    ])
    assert len(sandbox.sessions()) == 7
    pruned = plan_import(write_sheet(tmp_path / "c.csv", rows[:2]), sandbox.settings,
                         transport=sandbox.transport(), prune=True)
    assert (pruned.counts["delete"], pruned.notes) == (5, [])


def test_section_headings_are_skipped_and_prune_still_runs(tmp_path: Path) -> None:
    """'Day 1' rows between the sessions send nothing, end the run in 'skipped' lines (exit
    0), and do not stop --prune; a row cut down to its id still spares its session."""
    sandbox = Sandbox()
    rows = [talk(n) for n in range(1, 21)]
    sandbox.run(write_sheet(tmp_path / "a.csv", rows))
    day = dict.fromkeys(rows[0], "")
    with_headings = [{**day, "Session Title": "DAY 1 - TUESDAY"}, *rows[:10],
                     {**day, "Date": "5/12/2027"}, *rows[10:19],
                     {**day, "Session ID": "T020"}]  # T020 cut down to its id
    report = sandbox.run(write_sheet(tmp_path / "b.csv", with_headings), prune=True)
    assert [(o.row, o.action) for o in report.outcomes if o.action != "unchanged"] == [
        (2, "skipped"), (13, "skipped"), (23, "skipped")]
    assert report.exit_code == 0 and report.counts["skipped"] == 3
    assert report.outcomes[0].message.startswith(
        "warning: section-heading: holds only 'DAY 1 - TUESDAY' (in 'Session Title')")
    assert report.outcomes[0].name == "DAY 1 - TUESDAY"  # the report names the heading
    assert len(sandbox.sessions()) == 20  # T020 kept: its id is still in the sheet
    gone = [r for r in with_headings if r["Session ID"] != "T019"]
    report = sandbox.run(write_sheet(tmp_path / "c.csv", gone), prune=True)
    assert [(o.import_id, o.action) for o in report.outcomes if o.action == "deleted"] == [
        ("sheet:T019", "deleted")]


def test_a_row_cleared_but_for_its_id_names_the_session_it_keeps(tmp_path: Path) -> None:
    """A cancelled talk's cells cleared, its id left: the row reads as a section heading and
    spares its session, also from --prune. 'delete 0' alone left the planner thinking the
    talk was gone from the app: the plan names the session and how to remove it."""
    sandbox = Sandbox()
    rows = [talk(n) for n in range(1, 4)]
    sandbox.run(write_sheet(tmp_path / "a.csv", rows))
    cleared = [rows[0], {**dict.fromkeys(rows[1], ""), "Session ID": "T002"}, rows[2]]
    sheet = write_sheet(tmp_path / "b.csv", cleared)
    for prune in (False, True):
        plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport(), prune=prune)
        assert (plan.counts["delete"], plan.notes) == (0, [
            "row 3 holds only the id of session 'Talk number 2' (sheet:T002), so that session "
            "is left in the guide as it is, also by --prune: delete the row to remove it, or "
            "fill in its cells to send it"])
    heading = {**dict.fromkeys(rows[0], ""), "Session ID": "Day 1"}
    report = sandbox.run(write_sheet(tmp_path / "c.csv", [heading, *rows]), prune=True)
    assert report.notes == []  # a heading in the id column names no session: nothing said


def test_a_sheet_without_descriptions_imports_through_v1_too(tmp_path: Path) -> None:
    """v1 requires description_html; v1.1 does not."""
    sandbox = Sandbox()
    sandbox.settings = sandbox.settings.model_copy(
        update={"api_url": "http://127.0.0.1/open-api/v1/"})
    rows = [{k: v for k, v in talk(n).items() if k != "Description (Optional)"}
            for n in (1, 2)]
    sheet = tmp_path / "a.csv"
    with sheet.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    report = sandbox.run(sheet)
    assert [(o.row, o.action, o.message) for o in report.outcomes] == [
        (2, "created", ""), (3, "created", "")]
    assert [s["description_html"] for s in sandbox.sessions()] == ["", ""]
    assert actions(sandbox.run(sheet)) == [(2, "unchanged"), (3, "unchanged")]


def test_a_session_deleted_in_builder_after_the_plan_fails_its_row_and_comes_back(
    tmp_path: Path,
) -> None:
    sandbox = Sandbox()
    rows = [talk(1), talk(2)]
    sandbox.run(write_sheet(tmp_path / "a.csv", rows))
    edited = write_sheet(tmp_path / "a.csv", [talk(1, **{"Session Title": "New title"}), talk(2)])
    store = sandbox.app.state.sandbox.store
    # Talk 1's session, whichever id it got: the first run made both sessions at once.
    first = next(s["id"] for s in sandbox.sessions() if s["import_id"] == "sheet:T001")
    report = sandbox.run(edited, on_plan=lambda plan: store.delete("sessions", first))
    assert [(o.row, o.action, o.message) for o in report.outcomes] == [
        (2, "failed", f"session {first} was deleted in Guidebook after this run read the "
                      "guide; the next run creates it again from this row"),
        (3, "unchanged", ""),
    ]
    assert actions(sandbox.run(edited)) == [(2, "created"), (3, "unchanged")]


class RejectingTransport(httpx.AsyncBaseTransport):
    """The sandbox, except that creating a session named `refused` gets a 400."""

    def __init__(self, inner: httpx.AsyncBaseTransport, refused: str) -> None:
        self.inner = inner
        self.refused = refused

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == "POST" and self.refused.encode() in request.content:
            body = {"name": ["Ensure this field has no more than 3 characters."]}
            return httpx.Response(400, json=body)
        return await self.inner.handle_async_request(request)


class BuilderDeletesAfterFirstPage(httpx.AsyncBaseTransport):
    """The sandbox, where someone deletes session `session_id` in Builder just after the run
    read the first page of sessions."""

    def __init__(self, sandbox: Sandbox, session_id: int) -> None:
        self.sandbox = sandbox
        self.inner = sandbox.transport()
        self.session_id = session_id

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        if request.method == "GET" and request.url.path.endswith("/sessions/") \
                and self.session_id:
            self.sandbox.app.state.sandbox.store.delete("sessions", self.session_id)
            self.session_id = 0
        return response


def test_a_session_deleted_while_its_pages_are_read_makes_no_duplicate(
    tmp_path: Path,
) -> None:
    sandbox = Sandbox(page_size=2)
    rows = [talk(n) for n in range(1, 7)]
    # One at a time, so that session 1 is T001's and the pages hold the rows in order.
    run_import(write_sheet(tmp_path / "a.csv", rows),
               sandbox.settings.model_copy(update={"concurrency": 1}),
               transport=sandbox.transport())
    # The deletion shifts pages 2 and 3 by one: read as they are then, T003 is never seen.
    sheet = write_sheet(tmp_path / "a.csv", rows[1:])
    report = run_import(sheet, sandbox.settings,
                        transport=BuilderDeletesAfterFirstPage(sandbox, 1))
    assert actions(report) == [(2, "unchanged"), (3, "unchanged"), (4, "unchanged"),
                               (5, "unchanged"), (6, "unchanged")]
    assert sorted(s["import_id"] for s in sandbox.sessions()) == [
        f"sheet:T00{n}" for n in range(2, 7)]
    # The first read (pages of 6, 5 and 5) is thrown away, the second (3 pages of 5) kept.
    assert report.requests["GET sessions"] == 6


def test_a_rejected_row_fails_with_the_service_message_and_the_run_goes_on(
    tmp_path: Path,
) -> None:
    sandbox = Sandbox()
    rows = [talk(1), talk(2, **{"Session Title": "Too long for the service"}), talk(3)]
    transport = RejectingTransport(sandbox.transport(), "Too long for the service")
    report = run_import(write_sheet(tmp_path / "a.csv", rows), sandbox.settings,
                        transport=transport)
    assert [(o.row, o.action, o.message) for o in report.outcomes] == [
        (2, "created", ""),
        (3, "failed", "rejected by Guidebook: name: Ensure this field has no more than "
                      "3 characters."),
        (4, "created", ""),
    ]
    assert report.exit_code == 1


def test_a_sheet_wide_error_blocks_every_row(tmp_path: Path) -> None:
    sandbox = Sandbox()
    sandbox.post_session({"guide": 1, "name": "Talk number 9", "import_id": "sheet:T009",
                          "start_time": "2027-05-11T17:00:00Z"})
    before = sandbox.writes()
    heading = {column: "" for column in talk(3)} | {"Session Title": "DAY TWO"}
    rows = [talk(1, Date="05/11/2027"), heading, talk(2, Date="13/05/2027")]
    report = sandbox.run(write_sheet(tmp_path / "a.csv", rows), prune=True, force=True)
    # The error in full once, in the notes; each row it blocks points there.
    blocked = ("not sent: the sheet-wide error ambiguous-date-order blocks every row "
               "(see the notes)")
    assert [(o.row, o.action, o.message.partition(": ")[0]) for o in report.outcomes] == [
        (2, "invalid", "not sent"), (3, "skipped", "warning"), (4, "invalid", "bad-date")]
    assert report.outcomes[1].message.startswith("warning: section-heading: ")
    assert report.outcomes[0].message == blocked
    assert report.outcomes[2].message.endswith("2027-05-11; " + blocked)  # its own, then this
    assert report.notes == [
        "'Date' has dates that only make sense day-first (e.g. '13/05/2027' on row 4), but the "
        "mapping reads dates month-first, so other dates in this column may be misread too. "
        'Set date_order = "day-first" in the mapping, or write dates as 2027-05-11.']
    # Nothing at all: no session, no track or room for them, and no prune of a misread sheet.
    assert sandbox.writes() == before
    assert [s["import_id"] for s in sandbox.sessions()] == ["sheet:T009"]


def test_prune_keeps_the_lowest_of_three_copies_in_whatever_order_they_are_listed(
    tmp_path: Path
) -> None:
    """Another tool made three sessions with one import id, and a track twice: the row
    updates the lowest session and uses the lowest track, --prune deletes the other two."""
    from importer.mapping import load_mapping
    from importer.plan import GuideState, plan_against
    from importer.validate import validate_file

    validation = validate_file(write_sheet(tmp_path / "s.csv", [talk(1)]),
                               timezone="America/Chicago")
    copies = [{"id": n, "guide": 1, "name": "Talk number 1", "import_id": "sheet:T001",
               "start_time": "2027-05-11T15:00:00Z"} for n in (9, 4, 7)]
    tracks = [{"id": 8, "name": "Python"}, {"id": 3, "name": "python"}, {"id": 5, "name": "Data"}]
    state = GuideState.from_lists({"id": 1}, copies, tracks, [{"id": 2, "name": "Room 100"}])
    plan = plan_against(validation, state, load_mapping(None), guide_id=1, prune=True,
                        create_missing=True, reads_spent=0, daily_budget=1000)
    (row,) = plan.rows
    assert (row.action, row.session_id) == ("update", 4)
    assert state.tracks == {"python": 3, "data": 5}
    assert [(d.session_id, d.reason) for d in plan.deletes] == [
        (7, "duplicate import_id"), (9, "duplicate import_id")]


class RevokedForWrites(httpx.AsyncBaseTransport):
    """The sandbox, but with a key that may no longer write: every write answers 401."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.writes = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == "GET":
            return await self.inner.handle_async_request(request)
        self.writes += 1
        return httpx.Response(401, json={"detail": "Invalid token."})


def test_a_key_rejected_mid_run_stops_the_run_instead_of_failing_every_row(
    tmp_path: Path
) -> None:
    sandbox = Sandbox()
    rows = [talk(n) for n in range(1, 6)]
    sandbox.run(write_sheet(tmp_path / "a.csv", rows))
    renamed = [{**row, "Session Title": row["Session Title"] + "!"} for row in rows]
    revoked = RevokedForWrites(sandbox.transport())
    settings = sandbox.settings.model_copy(update={"concurrency": 1})
    report = run_import(write_sheet(tmp_path / "b.csv", renamed), settings, transport=revoked)
    assert (report.halted, report.exit_code, revoked.writes) == ("fatal", 2, 1)
    assert [(o.row, o.action) for o in report.outcomes] == [
        (2, "failed"), (3, "deferred"), (4, "deferred"), (5, "deferred"), (6, "deferred")]
    assert report.outcomes[1].message == "not sent: the run stopped on an error (see the notes)"


def test_a_plan_bigger_than_the_daily_budget_says_so(tmp_path: Path) -> None:
    sandbox = Sandbox()
    sandbox.settings = sandbox.settings.model_copy(update={"daily_budget": 10})
    plan = plan_import(write_sheet(tmp_path / "a.csv", [talk(n) for n in range(1, 9)]),
                       sandbox.settings, transport=sandbox.transport())
    assert any("more than the daily budget of 10" in note for note in plan.notes)


def test_a_second_run_into_the_same_guide_waits_its_turn(tmp_path: Path) -> None:
    from filelock import FileLock

    from importer.runner import run_lock_path

    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "a.csv", [talk(1)])
    (tmp_path / "downloads").mkdir()
    copy = write_sheet(tmp_path / "downloads" / "a.csv", [talk(1)])  # another folder
    lock = run_lock_path(sandbox.settings.api_url, 1)
    api = sandbox.settings.api_url  # http://127.0.0.1/open-api/v1.1/
    same_service = [api.rstrip("/"), api.replace("v1.1", "v1"),
                    api.replace("127.0.0.1", "localhost"), api.replace("/open-api", "/OPEN-API")]
    assert {run_lock_path(url, 1) for url in same_service} == {lock}
    assert lock not in (run_lock_path(api, 2), run_lock_path(api.replace("/127.0.0.1/",
                                                                          "/127.0.0.1:8080/"), 1))
    for path in (sheet, copy):
        with FileLock(lock), pytest.raises(ConfigError, match="another gbimport run"):
            sandbox.run(path)
    assert sandbox.run(sheet).counts["created"] == 1


def test_plan_shows_changes_as_the_sheet_writes_them(tmp_path: Path) -> None:
    from rich.console import Console

    from importer import render

    sandbox = Sandbox()
    sandbox.run(write_sheet(tmp_path / "a.csv", [talk(1)]))
    edited = write_sheet(tmp_path / "b.csv", [talk(1, **{
        "Time Start": "10:15 AM", "Room/Location": "Workshop Lab",
        "Schedule Track (Optional)": "Community"})])
    console = Console(record=True, width=300)
    render.plan(console, plan_import(edited, sandbox.settings, transport=sandbox.transport()))
    text = console.export_text()
    assert "start_time: 2027-05-11 10:00 → 2027-05-11 10:15" in text  # Chicago, as written
    assert "schedule_tracks: {Data, Python} → {Community}" in text
    assert "locations: {Room 100} → {Workshop Lab}" in text


class RefusingDeletes(httpx.AsyncBaseTransport):
    """The sandbox, but every DELETE is refused as Guidebook refuses a bad request."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == "DELETE":
            return httpx.Response(400, json={"detail": "cannot delete this session"})
        return await self.inner.handle_async_request(request)


def test_a_failed_delete_is_named_by_its_session_in_the_run_output(tmp_path: Path) -> None:
    """A session pruned has no row in the sheet: the line names the session, not 'row None'."""
    from rich.console import Console

    from importer import render

    sandbox = Sandbox()
    sandbox.run(write_sheet(tmp_path / "a.csv", [talk(1), talk(2)]))
    gone = next(s for s in sandbox.sessions() if s["import_id"] == "sheet:T002")
    report = run_import(write_sheet(tmp_path / "b.csv", [talk(1)]), sandbox.settings,
                        transport=RefusingDeletes(sandbox.transport()), prune=True,
                        force=True)
    console = Console(record=True, width=300)
    render.run_report(console, report, None)
    assert [line for line in console.export_text().splitlines() if ": failed: " in line] == [
        f"session {gone['id']} (sheet:T002): failed: delete failed: Guidebook refused DELETE "
        f"sessions/{gone['id']}/ (HTTP 400): detail: cannot delete this session"]


def template_with_prefix(folder: Path, prefix: str) -> Path:
    """Guidebook's template mapping with another import_id_prefix than its "sheet:"."""
    template = Path(__file__).parent.parent / "mappings" / "guidebook-template.toml"
    path = folder / f"prefix-{len(prefix)}.toml"
    path.write_text(template.read_text(encoding="utf-8").replace(
        'import_id_prefix = "sheet:"', f'import_id_prefix = "{prefix}"'), encoding="utf-8")
    return path


def test_the_timezone_given_wins_over_the_mappings_which_wins_over_the_guides(
    tmp_path: Path
) -> None:
    template = Path(__file__).parent.parent / "mappings" / "guidebook-template.toml"
    mapping = tmp_path / "madrid.toml"
    mapping.write_text(template.read_text(encoding="utf-8").replace(
        'import_id_prefix = "sheet:"', 'import_id_prefix = "sheet:"\ntimezone = "Europe/Madrid"'),
        encoding="utf-8")
    sandbox = Sandbox(guide_timezone="Asia/Tokyo")
    sheet = write_sheet(tmp_path / "s.csv", [talk(1)])
    chosen = []
    for changes in ({}, {"mapping": str(mapping)},
                    {"mapping": str(mapping), "timezone": "America/Chicago"}):
        settings = sandbox.settings.model_copy(update=changes)
        chosen.append(plan_import(sheet, settings, transport=sandbox.transport()).timezone)
    assert chosen == ["Asia/Tokyo", "Europe/Madrid", "America/Chicago"]


def test_prune_without_an_id_prefix_needs_force(tmp_path: Path) -> None:
    """Without a prefix every session with an import id looks like this sheet's own."""
    mapping = template_with_prefix(tmp_path, "")
    sandbox = Sandbox()
    sandbox.settings = sandbox.settings.model_copy(update={"mapping": str(mapping)})
    rows = [talk(n) for n in range(1, 11)]
    sandbox.run(write_sheet(tmp_path / "all.csv", rows))
    fewer = write_sheet(tmp_path / "fewer.csv", rows[1:])
    plan = plan_import(fewer, sandbox.settings, prune=True, transport=sandbox.transport())
    assert [reason.split(",")[0] for reason in plan.needs_force] == [
        "the mapping has no import_id_prefix"]
    with pytest.raises(UnsafeOperationError, match="give the mapping a prefix"):
        sandbox.run(fewer, prune=True)
    assert sandbox.run(fewer, prune=True, force=True).counts["deleted"] == 1


def test_prune_waits_while_two_rows_share_an_id(tmp_path: Path) -> None:
    """A typo that gives row 3 row 2's id leaves no row with T003: its session must stay."""
    sandbox = Sandbox()
    rows = [talk(n) for n in range(1, 21)]
    sandbox.run(write_sheet(tmp_path / "all.csv", rows))
    typo = [*rows[:2], {**rows[2], "Session ID": "T002"}, *rows[3:]]
    plan = plan_import(write_sheet(tmp_path / "typo.csv", typo), sandbox.settings, prune=True,
                       transport=sandbox.transport())
    assert plan.deletes == []
    assert any(note.startswith("prune skipped: some rows share an import_id")
               for note in plan.notes)


def test_adding_an_id_column_takes_over_the_sessions_of_derived_ids(tmp_path: Path) -> None:
    """As the derived-import-id warning advises; making them again would lose attendees'
    schedules and ratings."""
    sandbox = Sandbox()
    rows = [talk(n) for n in range(1, 6)]
    sandbox.run(write_sheet(tmp_path / "noid.csv", [{**r, "Session ID": ""} for r in rows]))
    before = {s["id"]: s["import_id"] for s in sandbox.sessions()}
    assert len(before) == 5 and all(i.startswith("sheet:auto-") for i in before.values())
    with_ids = write_sheet(tmp_path / "ids.csv", rows)
    plan = plan_import(with_ids, sandbox.settings, transport=sandbox.transport())
    assert (plan.counts["create"], plan.counts["update"], plan.needs_force) == (0, 5, [])
    assert [c.field for c in plan.rows[0].changes] == ["import_id"]
    report = sandbox.run(with_ids, prune=True)
    assert (report.counts["updated"], report.counts["deleted"]) == (5, 0)
    after = {s["id"]: s["import_id"] for s in sandbox.sessions()}
    assert sorted(after) == sorted(before)  # the same sessions, nothing made or deleted
    assert sorted(after.values()) == [f"sheet:T{n:03d}" for n in range(1, 6)]
    assert sandbox.run(with_ids).counts["unchanged"] == 5


def test_a_new_prefix_takes_over_sessions_imported_without_one(tmp_path: Path) -> None:
    bare = template_with_prefix(tmp_path, "")
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "s.csv", [talk(n) for n in range(1, 4)])
    plain = sandbox.settings.model_copy(update={"mapping": str(bare)})
    run_import(sheet, plain, transport=sandbox.transport())
    report = sandbox.run(sheet)  # the template's prefix, sheet:
    assert (report.counts["updated"], report.counts["created"]) == (3, 0)
    assert sorted(s["import_id"] for s in sandbox.sessions()) == [
        "sheet:T001", "sheet:T002", "sheet:T003"]


def imported_then_prefixed(
    folder: Path, prefix: str, talks: int
) -> tuple[Sandbox, Path, Settings]:
    """A sheet of talks imported with the template's "sheet:" prefix, and the settings of
    its next run, whose mapping has `prefix` instead."""
    sandbox = Sandbox()
    sheet = write_sheet(folder / "s.csv", [talk(n) for n in range(1, talks + 1)])
    sandbox.run(sheet)
    changed = template_with_prefix(folder, prefix)
    return sandbox, sheet, sandbox.settings.model_copy(update={"mapping": str(changed)})


def test_a_renamed_prefix_needs_force_rather_than_making_every_session_twice(
    tmp_path: Path
) -> None:
    sandbox, sheet, pds = imported_then_prefixed(tmp_path, "pds:", talks=3)
    plan = plan_import(sheet, pds, transport=sandbox.transport())
    assert [r.split(" (")[0] for r in plan.needs_force] == [
        "3 of the sessions to create have the same title and id under the prefix 'sheet:'"]
    with pytest.raises(UnsafeOperationError, match="change it back"):
        run_import(sheet, pds, transport=sandbox.transport())
    assert len(sandbox.sessions()) == 3


def test_a_few_sessions_alike_in_another_sheet_do_not_stop_a_run(tmp_path: Path) -> None:
    """Two sheets sharing a guide, both with a "Lunch": no prefix was renamed."""
    sandbox = Sandbox()
    rows = [talk(n) for n in range(1, 11)]
    sandbox.run(write_sheet(tmp_path / "a.csv", rows))
    for import_id in ("b:1", "b:11"):
        sandbox.post_session({"guide": 1, "name": "Lunch", "import_id": import_id,
                              "start_time": "2027-05-11T17:00:00Z"})
    lunch = talk(11, **{"Session ID": "1", "Session Title": "Lunch"})
    plan = plan_import(write_sheet(tmp_path / "more.csv", [*rows, lunch]), sandbox.settings,
                       transport=sandbox.transport())
    assert (plan.counts["create"], plan.needs_force) == (1, [])


def test_the_run_lock_is_writable_by_another_user(tmp_path: Path) -> None:
    """Cron and a planner may be two users sharing the temporary folder."""
    import os
    import stat

    from importer.runner import one_run_at_a_time, run_lock_path

    api = f"http://127.0.0.1:9/{tmp_path.name}/open-api/v1.1/"
    lock = run_lock_path(api, 424242)
    lock.unlink(missing_ok=True)
    umask = os.umask(0o022)
    try:
        with one_run_at_a_time(api, 424242):
            assert stat.S_IMODE(lock.stat().st_mode) == 0o666
    finally:
        os.umask(umask)
        lock.unlink(missing_ok=True)


def made_by_another_tool(sandbox: Sandbox, sessions: list[tuple[str, str]]) -> None:
    """Sessions (name, import_id) that another tool put in the guide, on another day."""
    for name, import_id in sessions:
        sandbox.post_session({"guide": 1, "name": name, "import_id": import_id,
                              "start_time": "2027-05-12T14:00:00Z"})


def test_a_second_session_with_a_rows_id_is_named_in_the_id_column(tmp_path: Path) -> None:
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "a.csv", [talk(1)])
    sandbox.run(sheet)
    made_by_another_tool(sandbox, [("Talk number 1", "sheet:T001")])
    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport())
    assert [(i.code, i.column, i.value) for i in plan.rows[0].issues] == [
        ("duplicate-in-guide", "Session ID", "sheet:T001")]


def test_a_few_bare_ids_of_another_tool_are_not_taken_over(tmp_path: Path) -> None:
    """A prefixed sheet's first import: two sessions another tool made with ids "1" and "2"
    and the same titles are that tool's, not this sheet's from before."""
    sandbox = Sandbox()
    made_by_another_tool(sandbox, [(f"Talk number {n}", str(n)) for n in (1, 2)])
    rows = [talk(n, **{"Session ID": str(n)}) for n in range(1, 11)]
    plan = plan_import(write_sheet(tmp_path / "s.csv", rows), sandbox.settings,
                       transport=sandbox.transport())
    assert (plan.counts["create"], plan.counts["update"]) == (10, 0)


def test_bare_ids_of_another_tool_with_other_titles_are_not_taken_over(tmp_path: Path) -> None:
    """A prefixed sheet's first import into a guide where another tool used the same ids
    for other sessions: every id matches, no title does, so nothing is taken over."""
    sandbox = Sandbox()
    made_by_another_tool(sandbox, [(f"Exhibitor {n}", f"T{n:03d}") for n in range(1, 6)])
    plan = plan_import(write_sheet(tmp_path / "s.csv", [talk(n) for n in range(1, 6)]),
                       sandbox.settings, transport=sandbox.transport())
    assert [(r.action, r.session_id) for r in plan.rows] == [("create", None)] * 5


def test_two_rows_alike_take_over_one_session_of_a_derived_id(tmp_path: Path) -> None:
    """Adding the id column, the planner also copied a row (same title, start and room):
    only one row can take the session over; the other makes its own."""
    sandbox = Sandbox()
    sandbox.run(write_sheet(tmp_path / "noid.csv", [{**talk(1), "Session ID": ""}]))
    (session,) = sandbox.sessions()
    rows = [talk(1), talk(1, **{"Session ID": "T002"})]
    plan = plan_import(write_sheet(tmp_path / "ids.csv", rows), sandbox.settings,
                       transport=sandbox.transport())
    assert [(r.action, r.session_id) for r in plan.rows] == [
        ("update", session["id"]), ("create", None)]


def test_ids_that_merely_end_in_the_sheets_ids_are_not_under_another_prefix(
    tmp_path: Path
) -> None:
    """Another tool's "XT001" holds "T001" without a separator: no prefix was renamed, so
    the run is not stopped for --force."""
    sandbox = Sandbox()
    made_by_another_tool(sandbox, [(f"Talk number {n}", f"XT{n:03d}") for n in range(1, 5)])
    plan = plan_import(write_sheet(tmp_path / "s.csv", [talk(n) for n in range(1, 5)]),
                       sandbox.settings, transport=sandbox.transport())
    assert (plan.counts["create"], plan.needs_force) == (4, [])


@pytest.mark.parametrize("new_prefix", ["", "sheet"])  # removed, or its colon dropped
def test_a_removed_or_shortened_prefix_needs_force_too(tmp_path: Path, new_prefix: str) -> None:
    sandbox, sheet, settings = imported_then_prefixed(tmp_path, new_prefix, talks=4)
    with pytest.raises(UnsafeOperationError, match="under the prefix 'sheet:'"):
        run_import(sheet, settings, transport=sandbox.transport())
    assert len(sandbox.sessions()) == 4


def test_sessions_left_by_a_take_over_with_edits_are_named(tmp_path: Path) -> None:
    sandbox = Sandbox()
    rows = [talk(n) for n in range(1, 6)]
    sandbox.run(write_sheet(tmp_path / "noid.csv", [{**r, "Session ID": ""} for r in rows]))
    edited = [*rows[:4], talk(5, **{"Session Title": "Talk number 5, renamed"})]
    plan = plan_import(write_sheet(tmp_path / "ids.csv", edited), sandbox.settings,
                       transport=sandbox.transport())
    assert (plan.counts["update"], plan.counts["create"]) == (4, 1)
    assert any(note.startswith("1 session imported before the sheet had session ids matches "
                               "no row now ('Talk number 5')") for note in plan.notes)


def test_the_progress_bar_counts_rows_done_not_rows_deferred(tmp_path: Path) -> None:
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "talks.csv", [talk(n) for n in range(1, 4)])
    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport())
    console = Console(file=io.StringIO(), force_terminal=True)
    with render.RunProgress(console, enabled=True) as progress:
        progress.start(plan)
        progress.advance(RowOutcome(2, "sheet:T001", "Talk number 1", "created", 1))
        for row in (3, 4):  # Ctrl-C: the rest is deferred at once
            progress.advance(RowOutcome(row, None, None, "deferred"))
        (task,) = progress.progress.tasks
        assert (task.completed, task.total) == (1, 3)


def test_on_a_pipe_progress_is_a_line_a_minute(tmp_path: Path) -> None:
    """`gbimport run ... | tee run.log` of a long migration: no bar can be drawn there, but a
    line a minute says it is moving; a short run prints none."""
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "talks.csv", [talk(n) for n in range(1, 5)])
    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport())
    output = io.StringIO()
    now = [0.0]
    with render.RunProgress(Console(file=output), enabled=True, clock=lambda: now[0]) as progress:
        progress.start(plan)
        for row, seconds in ((2, 30.0), (3, 61.0), (4, 90.0), (5, 125.0)):
            now[0] = seconds
            progress.advance(RowOutcome(row, f"sheet:T00{row - 1}", "Talk", "created", row))
    assert output.getvalue().splitlines() == ["progress: 2 of 4 changes sent, about 1 min left",
                                              "progress: 4 of 4 changes sent"]


def test_plan_prints_a_sheet_wide_error_once_not_on_every_row_it_blocks(
    tmp_path: Path
) -> None:
    sandbox = Sandbox()
    rows = [talk(1, Date="05/11/2027"), talk(2, Date="13/05/2027"), talk(3)]
    plan = plan_import(write_sheet(tmp_path / "a.csv", rows), sandbox.settings,
                       transport=sandbox.transport())
    console = Console(record=True, width=300)
    render.plan(console, plan)
    lines = console.export_text().splitlines()
    assert [line.split()[:2] for line in lines[2:-1]] == [
        ["error", "ambiguous-date-order"],
        ["error", "bad-date"],
    ]


def test_a_row_made_invalid_by_an_unknown_track_names_its_session(tmp_path: Path) -> None:
    """Without --create-missing, a track name typed wrong blocks the row at planning: the
    session it had in the guide is still named, and left as it was."""
    sandbox = Sandbox()
    sandbox.run(write_sheet(tmp_path / "good.csv", [talk(1), talk(3)]))
    before = {s["import_id"]: s for s in sandbox.sessions()}
    typo = talk(3, **{"Schedule Track (Optional)": "Data; Pyhton"})
    report = sandbox.run(write_sheet(tmp_path / "typo.csv", [talk(1), typo]),
                         create_missing=False)
    second = report.outcomes[1]
    assert (second.row, second.action, second.session_id, second.message) == (
        3, "invalid", before["sheet:T003"]["id"],
        "unknown-track: the guide has no track named 'Pyhton'; create it in "
        "Guidebook, fix the spelling, or drop --no-create-missing; the session in the guide "
        "keeps its earlier version until this is fixed")
    assert {s["import_id"]: s for s in sandbox.sessions()} == before


def test_an_invalid_row_names_the_lowest_of_its_copies_in_the_guide(tmp_path: Path) -> None:
    """The session a valid row would update (the lowest id) is the one said to be kept."""
    sandbox = Sandbox()
    sandbox.run(write_sheet(tmp_path / "good.csv", [talk(1)]))
    made_by_another_tool(sandbox, [("Talk number 1", "sheet:T001")])
    ids = sorted(s["id"] for s in sandbox.sessions())
    broken = write_sheet(tmp_path / "broken.csv", [talk(1, **{"Time End": "8:00 AM"})])
    (outcome,) = sandbox.run(broken).outcomes
    assert (outcome.action, outcome.session_id) == ("invalid", ids[0])


class AnswersTo(httpx.AsyncBaseTransport):
    """The sandbox, except that requests of a method to a collection get a fixed answer."""

    def __init__(self, inner: httpx.AsyncBaseTransport,
                 answers: dict[tuple[str, str], httpx.Response]) -> None:
        self.inner = inner
        self.answers = answers
        self.sent: Counter[tuple[str, str]] = Counter()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        collection = request.url.path.split("/open-api/v1.1/")[1].split("/")[0]
        answer = self.answers.get((request.method, collection))
        if answer is None:
            return await self.inner.handle_async_request(request)
        self.sent[request.method, collection] += 1
        return httpx.Response(answer.status_code, headers=answer.headers,
                              content=answer.content)


BUDGET_DEFERRED = ("not sent: the daily request budget is exhausted; run again later to "
                   "continue (see the notes)")


def test_a_budget_spent_on_the_first_track_defers_every_row(tmp_path: Path) -> None:
    """The budget runs out as the first track is created: no row is failed for its track
    or room 'not created yet', each is deferred to the next run, which makes them all."""
    sandbox = Sandbox()
    sandbox.settings = sandbox.settings.model_copy(update={"max_retry_wait": 0.3})
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1), talk(2)])
    spent = AnswersTo(sandbox.transport(), {
        ("POST", "schedule-tracks"): httpx.Response(429),
        ("POST", "locations"): httpx.Response(429)})
    report = run_import(sheet, sandbox.settings, transport=spent)
    assert (report.halted, report.exit_code) == ("budget", 3)
    assert [(o.row, o.action, o.message) for o in report.outcomes] == [
        (2, "deferred", BUDGET_DEFERRED), (3, "deferred", BUDGET_DEFERRED)]
    assert report.notes == [
        "daily request budget exhausted; the rest is deferred: 2 changes, about 6 writes more "
        "and the guide's reads (gbimport plan counts them); run the same command again once "
        "the day's budget resets, and it carries on"]
    assert [o.action for o in sandbox.run(sheet).outcomes] == ["created", "created"]


def test_a_key_that_may_not_create_tracks_stops_the_run_before_any_session(
    tmp_path: Path,
) -> None:
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1), talk(2), talk(3)])
    refused = AnswersTo(sandbox.transport(), {
        ("POST", "schedule-tracks"): httpx.Response(403, json={"detail": "Forbidden."})})
    report = run_import(sheet, sandbox.settings, transport=refused)
    assert (report.halted, report.exit_code) == ("fatal", 2)
    stopped = "not sent: the run stopped on an error (see the notes)"
    assert [(o.row, o.action, o.message) for o in report.outcomes] == [
        (2, "deferred", stopped), (3, "deferred", stopped), (4, "deferred", stopped)]
    assert sandbox.writes() == Counter()
    assert refused.sent == Counter({("POST", "schedule-tracks"): 1})


def test_writes_that_keep_failing_fail_their_rows_and_the_run_goes_on(tmp_path: Path) -> None:
    """Not interrupted, a create that kept getting 408 and a delete that kept getting 503
    are failed (exit 1), each saying why, and the rest of the run is done."""
    sandbox = Sandbox()
    sandbox.run(write_sheet(tmp_path / "talks.csv", [talk(n) for n in range(1, 12)]))
    gone = next(s["id"] for s in sandbox.sessions() if s["import_id"] == "sheet:T011")
    rows = [talk(n) for n in (*range(1, 11), 12)]
    failing = AnswersTo(sandbox.transport(), {
        ("POST", "sessions"): httpx.Response(408, headers={"Retry-After": "0"}),
        ("DELETE", "sessions"): httpx.Response(503, headers={"Retry-After": "0"})})
    report = run_import(write_sheet(tmp_path / "talks.csv", rows), sandbox.settings,
                        prune=True, transport=failing)
    assert report.exit_code == 1
    assert [(o.row, o.action, o.message) for o in report.outcomes
            if o.action != "unchanged"] == [
        (12, "failed", "Guidebook kept failing: POST sessions/ got HTTP 408 after 10 "
         "attempts. Try again later."),
        (None, "failed", f"DELETE sessions/{gone}/ was sent and may have been applied, but "
         "its outcome is unknown (HTTP 503 after 10 attempts); the next run deletes the "
         "session if it is still there."),
    ]
    assert failing.sent == Counter({("POST", "sessions"): 10, ("DELETE", "sessions"): 10})


def test_a_delete_waiting_for_its_turn_when_the_run_stops_reads_as_every_one_not_sent(
        tmp_path: Path) -> None:
    sandbox = Sandbox()
    sandbox.run(write_sheet(tmp_path / "talks.csv", [talk(n) for n in range(1, 13)]))
    sandbox.settings = sandbox.settings.model_copy(update={"rate": 2.0, "concurrency": 2})
    stop = asyncio.Event()

    class StopOnFirstDelete(httpx.AsyncBaseTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            if request.method == "DELETE":
                stop.set()  # the other delete waits half a second for its slot
            return await sandbox.transport().handle_async_request(request)

    sheet = write_sheet(tmp_path / "talks.csv", [talk(n) for n in range(1, 11)])
    report = asyncio.run(run_import_async(sheet, sandbox.settings, prune=True, force=True,
                                          stop=stop, transport=StopOnFirstDelete()))
    assert sorted((o.action, o.message) for o in report.outcomes if o.row is None) == [
        ("deferred", "not sent: the run was interrupted; run again to continue"),
        ("deleted", "not in the sheet")]
    assert len(sandbox.sessions()) == 11


def test_a_track_guidebook_refuses_fails_the_rows_that_use_it_and_the_run_goes_on(
    tmp_path: Path,
) -> None:
    sandbox = Sandbox()
    rows = [talk(2), talk(1, **{"Schedule Track (Optional)": ""})]
    refused = AnswersTo(sandbox.transport(), {("POST", "schedule-tracks"): httpx.Response(
        400, json={"name": ["Ensure this field has no more than 3 characters."]})})
    report = run_import(write_sheet(tmp_path / "talks.csv", rows), sandbox.settings,
                        transport=refused)
    assert [(o.row, o.action, o.message) for o in report.outcomes] == [
        (2, "failed", "track 'Community' could not be created: Guidebook refused POST "
         "schedule-tracks/ (HTTP 400): name: Ensure this field has no more than 3 characters."),
        (3, "created", ""),
    ]
    assert (report.halted, report.exit_code) == (None, 1)
    assert report.outcomes[1].session_id == sandbox.sessions()[0]["id"]


def test_an_image_sent_with_an_update_is_not_sent_again_by_the_next_run(tmp_path: Path) -> None:
    from tests.test_images import PNG, image_sandbox, sheet_with_images

    (tmp_path / "a.png").write_bytes(PNG)
    sandbox = image_sandbox(tmp_path)
    sheet = sheet_with_images(tmp_path, ["a.png"])
    sandbox.run(sheet)
    (tmp_path / "a.png").write_bytes(PNG + b"new pixels")
    assert [(o.action, o.message) for o in sandbox.run(sheet).outcomes] == [
        ("updated", "changed: image")]
    before = sandbox.writes()
    assert [o.action for o in sandbox.run(sheet).outcomes] == ["unchanged"]
    assert sandbox.writes() == before


def test_the_retry_wait_setting_reaches_the_client(tmp_path: Path) -> None:
    """max_retry_wait 0.5: a create told to come back in a second is not tried again."""
    sandbox = Sandbox()
    settings = sandbox.settings.model_copy(update={"max_retry_wait": 0.5})
    later = AnswersTo(sandbox.transport(), {
        ("POST", "sessions"): httpx.Response(408, headers={"Retry-After": "1"})})
    no_track = {"Schedule Track (Optional)": ""}
    report = run_import(write_sheet(tmp_path / "talks.csv", [talk(1, **no_track)]), settings,
                        transport=later)
    assert [(o.row, o.action, o.message) for o in report.outcomes] == [
        (2, "failed", "Guidebook kept failing: POST sessions/ got HTTP 408 after 1 attempt. "
         "Try again later.")]


class BudgetThenRevoked:
    """A client for the uploader alone: the first session's create finds the day's budget
    spent while the second is in flight, and the second then finds the key revoked."""

    def __init__(self) -> None:
        self.second_sent = asyncio.Event()
        self.budget_told = asyncio.Event()

    def stop_retrying(self) -> None:
        pass

    async def create_session(self, body: dict[str, object], image: object = None) -> None:
        from importer.errors import AuthenticationError, BudgetExhaustedError

        if body["name"] == "Talk number 2":
            self.second_sent.set()
            await self.budget_told.wait()
            raise AuthenticationError("Guidebook refused the API key (HTTP 401)", status=401)
        await self.second_sent.wait()
        # Set once the uploader has handled this error: its handler runs before the loop's
        # next turn.
        asyncio.get_running_loop().call_soon(self.budget_told.set)
        raise BudgetExhaustedError("Daily request budget exhausted", status=429)


def test_a_revoked_key_outranks_a_spent_budget_so_the_run_exits_2_not_3(
    tmp_path: Path,
) -> None:
    """A budget stop says "run again later", which a cron job does on its own; a key
    revoked meanwhile needs a person. Heard after the budget stop, it still ends the run as
    fatal (exit 2), and both notes are kept."""
    from importer.mapping import load_mapping
    from importer.plan import GuideState, plan_against
    from importer.upload import Uploader
    from importer.validate import validate_file

    validation = validate_file(write_sheet(tmp_path / "s.csv", [talk(1), talk(2), talk(3)]),
                               timezone="America/Chicago")
    tracks = [{"id": 8, "name": "Python"}, {"id": 5, "name": "Data"},
              {"id": 3, "name": "Community"}]
    state = GuideState.from_lists({"id": 1}, [], tracks, [{"id": 2, "name": "Room 100"}])
    plan = plan_against(validation, state, load_mapping(None), guide_id=1, prune=False,
                        create_missing=True, reads_spent=0, daily_budget=1000)
    uploader = Uploader(BudgetThenRevoked(), plan, concurrency=2)  # type: ignore[arg-type]
    upload = asyncio.run(uploader.run())
    assert upload.halted == "fatal"
    assert upload.notes == ["daily request budget exhausted; the rest is deferred",
                     "Guidebook refused the API key (HTTP 401)"]
    assert [(o.row, o.action, o.message) for o in upload.outcomes] == [
        (2, "deferred", BUDGET_DEFERRED),
        (3, "failed", "Guidebook refused the API key (HTTP 401)"),
        (4, "deferred", BUDGET_DEFERRED)]  # deferred before the 401 came back


class RecordsTimeouts(httpx.AsyncBaseTransport):
    """The sandbox, noting the timeouts httpx was told to apply to each request."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.timeouts: set[tuple[str, float | None]] = set()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.timeouts.update(request.extensions["timeout"].items())
        return await self.inner.handle_async_request(request)


def test_the_timeout_setting_bounds_every_request_a_run_sends(tmp_path: Path) -> None:
    sandbox = Sandbox()
    recorder = RecordsTimeouts(sandbox.transport())
    settings = sandbox.settings.model_copy(update={"timeout": 7.5})
    report = run_import(write_sheet(tmp_path / "s.csv", [talk(1)]), settings,
                        transport=recorder)
    assert report.counts["created"] == 1
    assert recorder.timeouts == {("connect", 7.5), ("read", 7.5), ("write", 7.5),
                                 ("pool", 7.5)}
