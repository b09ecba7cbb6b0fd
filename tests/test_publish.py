"""Publishing the guide after a run that changed it, and `gbimport publish`."""

from __future__ import annotations

import asyncio
import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from typer.testing import CliRunner

from importer.cli import app
from importer.client import DEFAULT_BASE_URL, GuidebookClient
from importer.errors import ConfigError, InputError, NotPublishedError, UnsafeOperationError
from importer.runner import plan_import, publish_command, publish_guide, run_import_async
from importer.sandbox import RunningSandbox, SandboxConfig, create_app, running_sandbox
from importer.settings import load_settings
from tests.support import AT_SANDBOX, BASE_URL, REHEARSAL, Sandbox, talk, unwritable, write_sheet
from tests.test_report_walk4_sandbox_unpublished import GUIDEBOOK_URL

PUBLISH = "POST /open-api/v1.1/guides/{id}/publish/"
runner = CliRunner()


class Answering(httpx.AsyncBaseTransport):
    """The sandbox, but publish requests get the scripted answers first (then the sandbox's);
    `on_create` is called after each session created."""

    def __init__(self, sandbox: Sandbox, publish: list[httpx.Response] | None = None,
                 on_create: Any = None) -> None:
        self.inner = sandbox.transport()
        self.publish = list(publish or [])
        self.on_create = on_create
        self.published = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/publish/"):
            self.published += 1
            if self.publish:
                return self.publish.pop(0)
        response = await self.inner.handle_async_request(request)
        if request.method == "POST" and request.url.path.endswith("/sessions/") \
                and self.on_create is not None:
            self.on_create()
        return response


class RefusingSessions(Answering):
    """The sandbox, but every session created gets `refused` as its answer."""

    def __init__(self, sandbox: Sandbox, refused: httpx.Response) -> None:
        super().__init__(sandbox)
        self.refused = refused

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == "POST" and request.url.path.endswith("/sessions/"):
            return self.refused
        return await super().handle_async_request(request)


def publishing(sandbox: Sandbox, **settings: Any) -> Sandbox:
    sandbox.settings = sandbox.settings.model_copy(update={"publish": True, **settings})
    return sandbox


def publish_summary(report: Any) -> dict[str, Any]:
    summary = report.summary()
    return {key: summary[key] for key in ("ok", "exit_code", "halted", "published",
                                          "publish_note")}


def test_a_run_that_changed_the_guide_publishes_it_once(tmp_path: Path) -> None:
    sandbox = publishing(Sandbox())
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1), talk(2)])
    report = sandbox.run(sheet)
    assert publish_summary(report) == {
        "ok": True, "exit_code": 0, "halted": None, "published": True,
        "publish_note": f"Published guide 1 (1 request) {AT_SANDBOX}."}
    assert sandbox.writes()[PUBLISH] == 1
    assert report.requests["POST publish"] == 1


def test_an_unchanged_run_sends_no_publish_and_only_its_reads(tmp_path: Path) -> None:
    sandbox = publishing(Sandbox())
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1), talk(2)])
    sandbox.run(sheet)
    again = sandbox.run(sheet)
    assert publish_summary(again) == {
        "ok": True, "exit_code": 0, "halted": None, "published": False,
        "publish_note": "Not published: nothing changed."}
    assert sorted(again.requests) == ["GET guides", "GET locations", "GET schedule-tracks",
                                      "GET sessions"]
    assert sandbox.writes()[PUBLISH] == 1  # the first run's


def test_without_publish_nothing_is_published_and_the_key_is_null(tmp_path: Path) -> None:
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1)])
    report = sandbox.run(sheet)
    assert (report.summary()["published"], report.summary()["publish_note"]) == (None, None)
    assert report.to_json()["published"] is None
    assert sandbox.writes()[PUBLISH] == 0


def test_rows_in_error_do_not_stop_publishing_what_was_applied(tmp_path: Path) -> None:
    sandbox = publishing(Sandbox())
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1), talk(2, **{"Date": "31/31/2027"})])
    report = sandbox.run(sheet)
    assert (report.counts["created"], report.counts["invalid"]) == (1, 1)
    assert (report.published, report.exit_code, sandbox.writes()[PUBLISH]) == (True, 1, 1)


def test_a_track_made_for_rows_that_all_failed_is_still_a_change_to_publish(
    tmp_path: Path
) -> None:
    sandbox = Sandbox()
    transport = RefusingSessions(sandbox, httpx.Response(400, json={"name": ["Too long."]}))
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1)])
    settings = sandbox.settings.model_copy(update={"publish": True})
    report = asyncio.run(run_import_async(sheet, settings, transport=transport))
    assert report.counts["failed"] == 1
    assert (report.published, report.exit_code, transport.published) == (True, 1, 1)


def test_an_update_whose_answer_was_lost_is_published_as_it_may_have_been_applied(
    tmp_path: Path
) -> None:
    """A 502 after the change was made: the row fails with its outcome unknown. The next
    night finds the row unchanged, so unless this run publishes, nothing ever does."""
    sandbox = publishing(Sandbox(), max_retry_wait=0.0)
    sandbox.run(write_sheet(tmp_path / "talks.csv", [talk(1)]))

    class LoseUpdateAnswers(Answering):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            response = await super().handle_async_request(request)
            if request.method == "PATCH":  # made, then the answer lost
                return httpx.Response(502, text="<html>bad gateway</html>")
            return response

    transport = LoseUpdateAnswers(sandbox)
    edited = write_sheet(tmp_path / "talks.csv", [talk(1, **{"Session Title": "Renamed"})])
    report = asyncio.run(run_import_async(edited, sandbox.settings, transport=transport))
    assert [o.action for o in report.outcomes] == ["failed"]
    assert [s["name"] for s in sandbox.sessions()] == ["Renamed"]
    assert publish_summary(report) == {
        "ok": False, "exit_code": 1, "halted": None, "published": True,
        "publish_note": f"Published guide 1 (1 request) {AT_SANDBOX}."}
    assert transport.published == 1


def test_a_publish_429_with_retry_after_is_waited_for_and_sent_again(tmp_path: Path) -> None:
    sandbox = Sandbox()
    transport = Answering(sandbox, publish=[
        httpx.Response(429, headers={"Retry-After": "0"}, json={"detail": "throttled"})])
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1)])
    settings = sandbox.settings.model_copy(update={"publish": True})
    report = asyncio.run(run_import_async(sheet, settings, transport=transport))
    assert publish_summary(report) == {
        "ok": True, "exit_code": 0, "halted": None, "published": True,
        "publish_note": f"Published guide 1 (2 requests) {AT_SANDBOX}."}
    assert sandbox.writes()[PUBLISH] == 1


class FakeClock:
    """Time shared by the sandbox (its 2 publishes a minute) and the client's sleeps."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += seconds
        await asyncio.sleep(0)


@pytest.mark.anyio
async def test_a_third_publish_in_a_minute_waits_out_the_limit_not_the_budget() -> None:
    clock = FakeClock()
    app = create_app(SandboxConfig(), clock=clock)
    key = SandboxConfig().api_key
    async with GuidebookClient(key, BASE_URL, transport=httpx.ASGITransport(app=app),
                               sleep=clock.sleep, clock=clock) as client:
        await client.publish_guide(1)
        await client.publish_guide(1)
        await client.publish_guide(1)  # 429 at 0 s and 30 s, 202 at 60 s
        after = await client.get_guide(1)  # the budget was not taken for spent
    assert client.retry_waits == [30.0, 30.0]
    assert (client.requests_sent, after["id"]) == (
        Counter({"POST publish": 5, "GET guides": 1}), 1)


@pytest.mark.anyio
async def test_a_publish_refused_past_the_retry_cap_says_why_and_how_to_publish() -> None:
    clock = FakeClock()
    app = create_app(SandboxConfig(), clock=clock)
    async with GuidebookClient(SandboxConfig().api_key, BASE_URL, max_retry_wait=45.0,
                               transport=httpx.ASGITransport(app=app),
                               sleep=clock.sleep, clock=clock) as client:
        await client.publish_guide(1)
        await client.publish_guide(1)
        with pytest.raises(NotPublishedError) as raised:
            await client.publish_guide(1)
    assert (str(raised.value), raised.value.exit_code, client.retry_waits) == (
        "guide 1 was not published: POST guides/1/publish/ got HTTP 429 after 3 attempts "
        "(publishing is limited to 2 a minute; if it keeps refusing, the daily request budget "
        "is spent).", 4, [30.0, 15.0])


def test_a_publish_failing_for_good_keeps_the_rows_and_exits_4(tmp_path: Path) -> None:
    sandbox = publishing(Sandbox(), max_retry_wait=0.0, api_url=GUIDEBOOK_URL)
    transport = Answering(sandbox, publish=[httpx.Response(503, text="<html>down</html>")])
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1), talk(2, **{"Date": "31/31/2027"})])
    report = asyncio.run(run_import_async(sheet, sandbox.settings, transport=transport))
    assert [o.action for o in report.outcomes] == ["created", "invalid"]
    assert publish_summary(report) == {
        "ok": False, "exit_code": 4, "halted": None, "published": False,
        "publish_note": "Not published: Guidebook kept failing: POST guides/1/publish/ got "
                        "HTTP 503 after 1 attempt. Try again later. Publish it in Guidebook "
                        f"Builder, or with: gbimport publish {sheet} --guide 1 "
                        f"--api-url {GUIDEBOOK_URL}"}


def test_changes_left_unpublished_are_published_by_the_next_run(tmp_path: Path) -> None:
    """A publish that failed (or a run stopped before it) left the night's changes in
    Builder only: the next night's sheet, unchanged, wrote nothing, so nothing published them.
    The state file beside the sheet remembers them until a publish goes through."""
    sandbox = publishing(Sandbox(), max_retry_wait=0.0)
    transport = Answering(sandbox, publish=[httpx.Response(503, text="<html>down</html>")])
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1)])
    failed = asyncio.run(run_import_async(sheet, sandbox.settings, transport=transport))
    assert (failed.published, failed.exit_code) == (False, 4)
    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport())
    assert (plan.writes_planned, plan.publish_planned) == (0, 1)
    later = asyncio.run(run_import_async(sheet, sandbox.settings, transport=transport))
    assert publish_summary(later) == {
        "ok": True, "exit_code": 0, "halted": None, "published": True,
        "publish_note": EARLIER}
    again = asyncio.run(run_import_async(sheet, sandbox.settings, transport=transport))
    assert again.publish_note == "Not published: nothing changed."
    assert transport.published == 2


def test_no_publish_after_the_budget_ran_out(tmp_path: Path) -> None:
    sandbox = publishing(Sandbox(daily_budget=10), max_retry_wait=0.0)
    sheet = write_sheet(tmp_path / "talks.csv", [talk(n) for n in range(1, 6)])
    report = sandbox.run(sheet)  # 4 reads, 4 tracks and rooms, 2 sessions: then 429s
    assert (report.counts["created"], report.counts["deferred"]) == (2, 3)
    assert publish_summary(report) == {
        "ok": False, "exit_code": 3, "halted": "budget", "published": False,
        "publish_note": "Not published: the run stopped for the daily request budget; the "
                        "run that finishes the job publishes it (or, once the rest is in: "
                        f"gbimport publish {sheet} --guide 1 --api-url {BASE_URL})."}
    assert sandbox.writes()[PUBLISH] == 0


def test_no_publish_after_an_interrupt(tmp_path: Path) -> None:
    sandbox = Sandbox()
    stop = asyncio.Event()
    transport = Answering(sandbox, on_create=stop.set)  # Ctrl-C once the first is created
    sheet = write_sheet(tmp_path / "talks.csv", [talk(n) for n in range(1, 6)])
    settings = sandbox.settings.model_copy(update={"publish": True, "concurrency": 1})
    report = asyncio.run(run_import_async(sheet, settings, stop=stop, transport=transport))
    assert report.counts["created"] == 1
    assert publish_summary(report) == {
        "ok": False, "exit_code": 130, "halted": "interrupted", "published": False,
        "publish_note": "Not published: the run was interrupted; the run that finishes the "
                        "job publishes it (or, once the rest is in: gbimport publish "
                        f"{sheet} --guide 1 --api-url {BASE_URL})."}
    assert transport.published == 0


def test_plan_counts_the_publish_only_when_writes_are_planned(tmp_path: Path) -> None:
    sandbox = publishing(Sandbox())
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1)])
    before = plan_import(sheet, sandbox.settings, transport=sandbox.transport())
    sandbox.run(sheet)
    after = plan_import(sheet, sandbox.settings, transport=sandbox.transport())
    assert [(p.writes_planned, p.to_json()["requests"]["publish"], p.requests_total)
            for p in (before, after)] == [(4, 1, before.reads_spent + 5), (0, 0, after.reads_spent)]


def test_the_settings_file_turns_publishing_on_and_the_option_off(tmp_path: Path) -> None:
    config = tmp_path / "gbimport.toml"
    config.write_text("publish = true\n")
    assert [load_settings(config, env={}, publish=option).publish
            for option in (None, False, True)] == [True, False, True]
    config.write_text('publish = "sometimes"\n')
    with pytest.raises(ConfigError) as caught:
        load_settings(config, env={})
    assert str(caught.value) == (
        f'{config}:1: publish: expected true or false, got "sometimes"; write true or false, '
        "without quotes")


def test_publish_guide_is_the_command_in_python() -> None:
    sandbox = Sandbox()
    assert publish_guide(sandbox.settings, transport=sandbox.transport()) == 1
    assert sandbox.writes()[PUBLISH] == 1


# -- the command line, against a real sandbox on loopback -----------------------------------

KEY = "ZZKEY-publish-SECRET-0815"


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[RunningSandbox]:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GUIDEBOOK_API_KEY", KEY)
    with running_sandbox(SandboxConfig(api_key=KEY, guide_timezone="America/Chicago")) as box:
        monkeypatch.setenv("GUIDEBOOK_API_URL", box.base_url)
        yield box


@pytest.mark.e2e
def test_publish_command_publishes_once_and_exits_zero(served: RunningSandbox) -> None:
    result = runner.invoke(app, ["publish", "--guide", "1"])
    assert (result.exit_code, result.output) == (
        0, f"Published guide 1 (1 request) at {served.base_url} {REHEARSAL}.\n")
    missing = runner.invoke(app, ["publish", "--guide", "9"])
    assert missing.exit_code == 2
    assert missing.output.startswith("error: Guide not found (HTTP 404 on POST "
                                     "guides/9/publish/).")
    assert KEY not in result.output + missing.output


@pytest.mark.e2e
def test_run_publish_from_the_settings_file_prints_its_line_and_json_key(
    served: RunningSandbox, tmp_path: Path
) -> None:
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1), talk(2)])
    Path("gbimport.toml").write_text("guide = 1\npublish = true\n")
    first = runner.invoke(app, ["run", str(sheet), "--report", "r1.csv"])
    assert first.exit_code == 0, first.output
    said = f"Published guide 1 (1 request) at {served.base_url} {REHEARSAL}."
    assert first.output.splitlines()[-2:] == [said, "Report: r1.csv"]
    summary = json.loads(Path("r1.summary.json").read_text())
    assert (summary["published"], summary["publish_note"]) == (True, said)
    quiet = runner.invoke(app, ["run", str(write_sheet(sheet, [talk(1), talk(2, **{
        "Session Title": "Renamed"})])), "--report", "r2.csv", "-q"])
    assert (quiet.exit_code, quiet.output) == (0, "")
    unchanged = runner.invoke(app, ["run", str(sheet), "--json", "--report", "r3.csv"])
    assert json.loads(unchanged.output)["published"] is False
    off = runner.invoke(app, ["run", str(sheet), "--json", "--no-publish", "--report", "r4.csv"])
    assert json.loads(off.output)["published"] is None
    assert [r["count"] for r in served.stats()["requests"]
            if r["path"].endswith("/publish/")] == [2]
    assert KEY not in first.output + quiet.output + unchanged.output + off.output


@pytest.mark.e2e
def test_a_publish_refused_for_good_exits_4_and_says_how_to_publish(
    served: RunningSandbox, tmp_path: Path
) -> None:
    assert runner.invoke(app, ["publish", "--guide", "1"]).exit_code == 0
    assert runner.invoke(app, ["publish", "--guide", "1"]).exit_code == 0
    Path("gbimport.toml").write_text("max_retry_wait = 0\n")
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1)])
    result = runner.invoke(app, ["run", str(sheet), "--guide", "1", "--publish", "-q",
                                 "--report", "r.csv"])
    assert result.exit_code == 4, result.output
    # At the sandbox, whose changes never reach Builder, the publish is offered there.
    assert ("Not published: POST guides/1/publish/ got HTTP 429 after 1 attempt (publishing is "
            "limited to 2 a minute; if it keeps refusing, the daily request budget is spent). "
            "What the run changed is in the sandbox, not in Builder; in Guidebook it would "
            "reach attendees' apps once the guide is published. Publish it at the sandbox "
            f"with: gbimport publish {sheet} --guide 1 --api-url {served.base_url}"
            ) in result.output.splitlines()
    again = runner.invoke(app, ["publish", "--guide", "1", "--config", "gbimport.toml"])
    assert again.exit_code == 4
    assert again.output.startswith("error: guide 1 was not published: POST guides/1/publish/ "
                                   "got HTTP 429 after 1 attempt")
    # The command it prints publishes the same guide on the same service, as printed.
    assert again.output.rstrip().endswith(
        "Publish it at the sandbox with: gbimport publish --guide 1 --api-url "
        f"{served.base_url} --config gbimport.toml"), again.output
    assert KEY not in result.output + again.output


def test_a_state_file_that_cannot_be_written_is_a_note_not_a_crash(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A failed publish is remembered in the state file; one that cannot be written (here a
    folder the run may not write in) ended the run as an internal error, with no
    report, though its changes had been sent."""
    sandbox = publishing(Sandbox(), max_retry_wait=0.0)
    transport = Answering(sandbox, publish=[httpx.Response(503, text="<html>down</html>")])
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1)])
    unwritable(monkeypatch, tmp_path)
    report = asyncio.run(run_import_async(sheet, sandbox.settings, transport=transport))
    assert ([o.action for o in report.outcomes], report.exit_code) == (["created"], 4)
    assert report.notes[-1] == (
        f"the state file {tmp_path / '.gbimport-state.json'} could not be written "
        "(Permission denied): the next run may not know of changes left unpublished and not count "
        "this run's requests against the daily budget; let the run write in that folder, or "
        "set state_file in gbimport.toml")


def test_publishing_by_hand_with_the_sheet_clears_what_it_left_unpublished(
        tmp_path: Path) -> None:
    """The failed run's line names the command with its sheet: run by hand, it publishes and
    the sheet's state file forgets the changes, so the next night sends no publish again."""
    sandbox = publishing(Sandbox(), max_retry_wait=0.0)
    transport = Answering(sandbox, publish=[httpx.Response(503, text="<html>down</html>")])
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1)])
    failed = asyncio.run(run_import_async(sheet, sandbox.settings, transport=transport))
    assert failed.publish_note is not None
    assert failed.publish_note.endswith(f"gbimport publish {sheet} --guide 1 --api-url {BASE_URL}")
    assert publish_guide(sandbox.settings, transport=transport, sheet=sheet) == 1
    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport())
    assert (plan.writes_planned, plan.publish_planned) == (0, 0)
    later = asyncio.run(run_import_async(sheet, sandbox.settings, transport=transport))
    assert (later.publish_note, transport.published) == ("Not published: nothing changed.", 2)


def test_publishing_with_a_sheet_that_is_not_there_sends_nothing(tmp_path: Path) -> None:
    """A mistyped sheet would have published and cleared nothing, without a word."""
    sandbox = publishing(Sandbox())
    transport = Answering(sandbox)
    with pytest.raises(InputError) as caught:
        publish_guide(sandbox.settings, transport=transport, sheet=tmp_path / "tlaks.csv")
    assert str(caught.value) == (f"{tmp_path / 'tlaks.csv'} does not exist: check the path and "
                                 "the file name.")
    assert transport.published == 0


# -- what a run leaves to publish, and the line that says how ---------------------------


def test_a_sheet_whose_path_has_spaces_is_quoted_in_the_command_to_publish(
    tmp_path: Path
) -> None:
    """The line is copied into a shell: unquoted, 'gbimport publish' got two arguments. And
    a run whose publish failed is not ok, though every row went in."""
    sandbox = publishing(Sandbox(), max_retry_wait=0.0, api_url=GUIDEBOOK_URL)
    transport = Answering(sandbox, publish=[httpx.Response(503, text="<html>down</html>")])
    sheet = write_sheet(tmp_path / "Day one talks.csv", [talk(1)])
    report = asyncio.run(run_import_async(sheet, sandbox.settings, transport=transport))
    assert [o.action for o in report.outcomes] == ["created"]
    assert publish_summary(report) == {
        "ok": False, "exit_code": 4, "halted": None, "published": False,
        "publish_note": "Not published: Guidebook kept failing: POST guides/1/publish/ got "
                        "HTTP 503 after 1 attempt. Try again later. Publish it in Guidebook "
                        f'Builder, or with: gbimport publish "{sheet}" --guide 1 '
                        f"--api-url {GUIDEBOOK_URL}"}


EARLIER = (f"Published guide 1 (1 request, for changes an earlier run left unpublished) "
           f"{AT_SANDBOX}.")


def test_a_run_interrupted_after_a_write_leaves_it_for_the_next_run_to_publish(
    tmp_path: Path
) -> None:
    sandbox = Sandbox()
    stop = asyncio.Event()
    transport = Answering(sandbox, on_create=stop.set)  # Ctrl-C once the first is created
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1), talk(2), talk(3)])
    settings = sandbox.settings.model_copy(update={"publish": True, "concurrency": 1})
    stopped = asyncio.run(run_import_async(sheet, settings, stop=stop, transport=transport))
    assert (stopped.counts["created"], stopped.halted) == (1, "interrupted")
    created = stopped.outcomes[[o.action for o in stopped.outcomes].index("created")]
    write_sheet(sheet, [talk(int(created.import_id[-3:]))])  # the rest dropped: no writes
    later = asyncio.run(run_import_async(sheet, settings, transport=transport))
    assert (later.counts["unchanged"], later.publish_note, transport.published) == (
        1, EARLIER, 1)


def test_a_run_halted_before_any_write_keeps_an_earlier_publish_owed(tmp_path: Path) -> None:
    """The first night's publish failed; the second stopped for the budget before writing
    anything. What the first night changed still awaits publishing: the third night, with
    nothing to write, publishes it."""
    sandbox = publishing(Sandbox(), max_retry_wait=0.0)
    budget_spent = httpx.Response(429, json={"detail": "throttled"})

    class SpentOnSessions(Answering):
        spent = False

        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            if self.spent and request.method == "POST" and request.url.path.endswith(
                    "/sessions/"):
                return budget_spent
            return await super().handle_async_request(request)

    transport = SpentOnSessions(sandbox, publish=[httpx.Response(503, text="<html>down</html>")])
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1)])
    first = asyncio.run(run_import_async(sheet, sandbox.settings, transport=transport))
    assert (first.counts["created"], first.exit_code) == (1, 4)
    transport.spent = True
    write_sheet(sheet, [talk(1), talk(3)])  # talk 3: talk 1's track and room, made already
    second = asyncio.run(run_import_async(sheet, sandbox.settings, transport=transport))
    assert (second.counts["deferred"], second.halted, second.published) == (1, "budget", False)
    write_sheet(sheet, [talk(1)])
    third = asyncio.run(run_import_async(sheet, sandbox.settings, transport=transport))
    assert (third.counts["unchanged"], third.publish_note, transport.published) == (
        1, EARLIER, 2)


def test_a_run_that_only_deleted_sessions_publishes(tmp_path: Path) -> None:
    sandbox = publishing(Sandbox())
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1), talk(2), talk(3), talk(4)])
    sandbox.run(sheet)
    write_sheet(sheet, [talk(1), talk(2), talk(3)])
    pruned = sandbox.run(sheet, prune=True)
    assert (pruned.counts["deleted"], pruned.counts["unchanged"]) == (1, 3)
    assert publish_summary(pruned) == {
        "ok": True, "exit_code": 0, "halted": None, "published": True,
        "publish_note": f"Published guide 1 (1 request) {AT_SANDBOX}."}
    assert sandbox.writes()[PUBLISH] == 2


class LoseAnswers(Answering):
    """The sandbox carries out each `method` request, then its answer is lost (a 502); the
    ones after get `then` when given."""

    def __init__(self, sandbox: Sandbox, method: str,
                 then: httpx.Response | None = None) -> None:
        super().__init__(sandbox)
        self.method, self.then, self.lost = method, then, 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == self.method and self.lost and self.then is not None:
            return self.then
        response = await super().handle_async_request(request)
        if request.method == self.method:
            self.lost += 1
            return httpx.Response(502, headers={"Retry-After": "0"},
                                  text="<html>bad gateway</html>")
        return response


def test_a_delete_whose_answer_was_lost_is_published_as_it_may_have_been_applied(
    tmp_path: Path
) -> None:
    sandbox = publishing(Sandbox(), max_retry_wait=0.0)
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1), talk(2), talk(3), talk(4)])
    sandbox.run(sheet)
    write_sheet(sheet, [talk(1), talk(2), talk(3)])
    transport = LoseAnswers(sandbox, "DELETE")
    pruned = asyncio.run(run_import_async(sheet, sandbox.settings, prune=True,
                                          transport=transport))
    assert len(sandbox.sessions()) == 3
    assert (pruned.published, pruned.publish_note, transport.published) == (
        True, f"Published guide 1 (1 request) {AT_SANDBOX}.", 1)


# The write is carried out and its answer lost; its retry finds the budget spent (a 429 whose
# Retry-After is past the retry cap): the row is deferred, unchecked, and the run halts.
SPENT = httpx.Response(429, headers={"Retry-After": "3600"}, json={"detail": "throttled"})


def test_an_update_sent_before_the_budget_ran_out_is_published_by_the_next_run(
    tmp_path: Path
) -> None:
    sandbox = publishing(Sandbox(), max_retry_wait=1.0)
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1)])
    sandbox.run(sheet)
    write_sheet(sheet, [talk(1, **{"Session Title": "Renamed"})])
    transport = LoseAnswers(sandbox, "PATCH", then=SPENT)
    halted = asyncio.run(run_import_async(sheet, sandbox.settings, transport=transport))
    assert ([o.action for o in halted.outcomes], halted.halted) == (["deferred"], "budget")
    assert [s["name"] for s in sandbox.sessions()] == ["Renamed"]
    later = asyncio.run(run_import_async(sheet, sandbox.settings, transport=sandbox.transport()))
    assert (later.counts["unchanged"], later.publish_note) == (1, EARLIER)


def test_a_delete_sent_before_the_budget_ran_out_is_published_by_the_next_run(
    tmp_path: Path
) -> None:
    sandbox = publishing(Sandbox(), max_retry_wait=1.0)
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1), talk(2), talk(3), talk(4)])
    sandbox.run(sheet)
    write_sheet(sheet, [talk(1), talk(2), talk(3)])
    transport = LoseAnswers(sandbox, "DELETE", then=SPENT)
    halted = asyncio.run(run_import_async(sheet, sandbox.settings, prune=True,
                                          transport=transport))
    assert (halted.counts["deferred"], halted.halted, len(sandbox.sessions())) == (
        1, "budget", 3)
    later = asyncio.run(run_import_async(sheet, sandbox.settings, prune=True,
                                         transport=sandbox.transport()))
    assert (later.counts["unchanged"], later.counts["deleted"], later.publish_note) == (
        3, 0, EARLIER)


def test_publishing_by_hand_clears_the_state_file_the_settings_name(tmp_path: Path) -> None:
    """With state_file in gbimport.toml, 'gbimport publish --guide 1' needs no sheet."""
    sandbox = publishing(Sandbox(), max_retry_wait=0.0,
                         state_file=str(tmp_path / "state" / "talks.json"))
    (tmp_path / "state").mkdir()
    transport = Answering(sandbox, publish=[httpx.Response(503, text="<html>down</html>")])
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1)])
    failed = asyncio.run(run_import_async(sheet, sandbox.settings, transport=transport))
    assert failed.exit_code == 4
    assert publish_guide(sandbox.settings, transport=transport) == 1
    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport())
    assert (plan.writes_planned, plan.publish_planned) == (0, 0)


def test_an_interrupt_as_the_last_write_ends_is_not_a_failed_publish(tmp_path: Path) -> None:
    """Ctrl-C as the run's last write came back: the publish is not sent, the run exits 130
    as for any interrupt (not 4, a publish refused), and the next run publishes."""
    sandbox = Sandbox()
    stop = asyncio.Event()
    transport = Answering(sandbox, on_create=stop.set)
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1)])
    settings = sandbox.settings.model_copy(update={"publish": True})
    stopped = asyncio.run(run_import_async(sheet, settings, stop=stop, transport=transport))
    assert [o.action for o in stopped.outcomes] == ["created"]
    assert publish_summary(stopped) == {
        "ok": False, "exit_code": 130, "halted": "interrupted", "published": False,
        "publish_note": "Not published: the run was interrupted."}
    assert transport.published == 0
    later = asyncio.run(run_import_async(sheet, settings, transport=transport))
    assert (later.publish_note, transport.published) == (EARLIER, 1)


def test_an_interrupt_while_a_publish_waits_to_retry_stops_the_wait(tmp_path: Path) -> None:
    """A publish told to come back in 10 minutes: Ctrl-C ends the wait (the run would
    otherwise sit through it), and the run exits 130."""
    sandbox = Sandbox()
    stop = asyncio.Event()

    class StopOnPublish(Answering):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            response = await super().handle_async_request(request)
            if request.url.path.endswith("/publish/"):
                stop.set()
            return response

    transport = StopOnPublish(sandbox, publish=[
        httpx.Response(429, headers={"Retry-After": "600"}, json={"detail": "throttled"})])
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1)])
    settings = sandbox.settings.model_copy(
        update={"publish": True, "max_retry_wait": 900.0, "api_url": GUIDEBOOK_URL})
    report = asyncio.run(asyncio.wait_for(
        run_import_async(sheet, settings, stop=stop, transport=transport), 30))
    assert publish_summary(report) == {
        "ok": False, "exit_code": 130, "halted": "interrupted", "published": False,
        "publish_note": "Not published: POST guides/1/publish/ got HTTP 429 and was not "
                        "retried: the run was interrupted. Publish it in Guidebook Builder, "
                        f"or with: gbimport publish {sheet} --guide 1 --api-url {GUIDEBOOK_URL}"}
    assert transport.published == 1


def test_a_publish_the_key_may_not_make_keeps_the_report_and_exits_4(tmp_path: Path) -> None:
    """A key allowed to edit the guide but not to publish it: the run's changes are in, its
    report is written, and the line says how to publish."""
    sandbox = Sandbox()
    transport = Answering(sandbox, publish=[
        httpx.Response(403, json={"detail": "You do not have permission to publish."})])
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1)])
    settings = sandbox.settings.model_copy(update={"publish": True, "api_url": GUIDEBOOK_URL})
    report = asyncio.run(run_import_async(sheet, settings, transport=transport))
    assert [o.action for o in report.outcomes] == ["created"]
    assert publish_summary(report) == {
        "ok": False, "exit_code": 4, "halted": None, "published": False,
        "publish_note": "Not published: The API key may not publish guide 1 (HTTP 403 on "
                        "POST guides/1/publish/). Use a key whose account may publish it "
                        "(GUIDEBOOK_API_KEY). "
                        "Publish it in Guidebook Builder, or with: gbimport publish "
                        f"{sheet} --guide 1 --api-url {GUIDEBOOK_URL}"}


def test_no_publish_after_a_run_stopped_on_an_error(tmp_path: Path) -> None:
    sandbox = Sandbox()
    transport = RefusingSessions(
        sandbox, httpx.Response(403, json={"detail": "You do not have permission."}))
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1)])
    settings = sandbox.settings.model_copy(update={"publish": True})
    report = asyncio.run(run_import_async(sheet, settings, transport=transport))
    assert publish_summary(report) == {
        "ok": False, "exit_code": 2, "halted": "fatal", "published": False,
        "publish_note": "Not published: the run stopped on an error; the run that finishes "
                        "the job publishes it (or, once the rest is in: gbimport publish "
                        f"{sheet} --guide 1 --api-url {BASE_URL})."}
    assert transport.published == 0


def test_publish_command_counts_the_requests_a_retry_took(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GUIDEBOOK_API_KEY", KEY)
    calls: list[Any] = []

    def publish_twice(settings: Any, *, sheet: Any = None, **options: Any) -> int:
        calls.append((settings.require_guide(), sheet))
        return 2

    monkeypatch.setattr("importer.cli.publish_guide", publish_twice)
    result = runner.invoke(app, ["publish", "talks.csv", "--guide", "7"])
    assert (result.exit_code, result.output, calls) == (
        0, "Published guide 7 (2 requests).\n", [(7, Path("talks.csv"))])


class Killed(BaseException):
    """The process ended outright (kill -9, a reboot): no handler, no cleanup runs."""


class KilledAtPublish(Answering):
    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/publish/"):
            raise Killed
        return await super().handle_async_request(request)


def test_a_run_killed_before_its_publish_leaves_it_for_the_next_run(tmp_path: Path) -> None:
    """The writes went in, then the process died while the publish was under way (waiting
    out the limit of 2 a minute, say): the next night's run finds every row unchanged, and
    must still publish what the dead run sent."""
    sandbox = publishing(Sandbox())
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1), talk(2)])
    with pytest.raises(Killed):
        asyncio.run(run_import_async(sheet, sandbox.settings, transport=KilledAtPublish(sandbox)))
    transport = Answering(sandbox)
    later = asyncio.run(run_import_async(sheet, sandbox.settings, transport=transport))
    assert (later.counts["unchanged"], later.publish_note, transport.published) == (
        2, EARLIER, 1)
    again = asyncio.run(run_import_async(sheet, sandbox.settings, transport=transport))
    assert (again.publish_note, transport.published) == ("Not published: nothing changed.", 1)


def test_the_command_to_publish_names_the_settings_file_and_api_url_the_run_was_given(
    tmp_path: Path
) -> None:
    """Copied from a cron mail, `gbimport publish --guide 1` alone would publish guide 1 of
    the default service, and clear the default state file, not the one the run used."""
    sandbox = Sandbox()
    config = tmp_path / "event settings.toml"
    config.write_text('guide = 1\npublish = true\nmax_retry_wait = 0\nstate_file = "st.json"\n')
    settings = load_settings(config, env={}, api_url=GUIDEBOOK_URL).model_copy(
        update={"api_key": sandbox.settings.api_key})
    transport = Answering(sandbox, publish=[httpx.Response(503, text="<html>down</html>")])
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1)])
    report = asyncio.run(run_import_async(sheet, settings, transport=transport))
    assert report.publish_note == (
        "Not published: Guidebook kept failing: POST guides/1/publish/ got HTTP 503 after 1 "
        "attempt. Try again later. Publish it in Guidebook Builder, or with: gbimport publish "
        f"{sheet} --guide 1 --api-url {GUIDEBOOK_URL} --config \"{config}\"")


def test_a_run_refused_for_want_of_force_leaves_no_publish_owed(tmp_path: Path) -> None:
    """Pruning half the guide stops for --force before anything is sent: the next run,
    changing nothing, has nothing to publish either."""
    sandbox = publishing(Sandbox())
    sheet = write_sheet(tmp_path / "talks.csv", [talk(n) for n in range(1, 11)])
    sandbox.run(sheet)
    half = write_sheet(tmp_path / "half.csv", [talk(n) for n in range(1, 6)])
    with pytest.raises(UnsafeOperationError, match="delete 5 of the guide's 10"):
        sandbox.run(half, prune=True)
    transport = Answering(sandbox)
    later = asyncio.run(run_import_async(sheet, sandbox.settings, transport=transport))
    assert (later.counts["unchanged"], later.publish_note, transport.published) == (
        10, "Not published: nothing changed.", 0)


def test_a_run_whose_every_write_was_refused_leaves_no_publish_owed(tmp_path: Path) -> None:
    """A publish is owed before the first write goes out; when Guidebook refused them all,
    nothing changed, and the next run has nothing to publish."""
    sandbox = publishing(Sandbox())
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1)])
    sandbox.run(sheet)

    class RefusingUpdates(Answering):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            if request.method == "PATCH":
                return httpx.Response(400, json={"name": ["Too long."]})
            return await super().handle_async_request(request)

    refusing = RefusingUpdates(sandbox)
    edited = write_sheet(tmp_path / "edited.csv", [talk(1, **{"Session Title": "Renamed"})])
    refused = asyncio.run(run_import_async(edited, sandbox.settings, transport=refusing))
    assert (refused.counts["failed"], refused.publish_note, refusing.published) == (
        1, "Not published: nothing changed.", 0)
    transport = Answering(sandbox)
    later = asyncio.run(run_import_async(sheet, sandbox.settings, transport=transport))
    assert (later.counts["unchanged"], later.publish_note, transport.published) == (
        1, "Not published: nothing changed.", 0)


def test_no_publish_after_a_run_stopped_by_an_outage(tmp_path: Path) -> None:
    sandbox = publishing(Sandbox(), max_retry_wait=0.0, concurrency=1)

    class DownAfterOne(Answering):
        """Every session create after the first is refused a connection."""

        creates = 0

        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            if request.method == "POST" and request.url.path.endswith("/sessions/"):
                self.creates += 1
                if self.creates > 1:
                    raise httpx.ConnectError("[Errno 111] Connection refused", request=request)
            return await super().handle_async_request(request)

    transport = DownAfterOne(sandbox)
    sheet = write_sheet(tmp_path / "talks.csv", [talk(n) for n in range(1, 13)])
    report = asyncio.run(run_import_async(sheet, sandbox.settings, transport=transport))
    assert Counter(o.action for o in report.outcomes) == {
        "created": 1, "failed": 10, "deferred": 1}
    assert publish_summary(report) == {
        "ok": False, "exit_code": 3, "halted": "outage", "published": False,
        "publish_note": "Not published: the run stopped as Guidebook stopped answering; "
                        "the run that finishes the job publishes it (or, once the rest is "
                        f"in: gbimport publish {sheet} --guide 1 --api-url {BASE_URL})."}
    assert transport.published == 0


def test_a_403_on_creating_a_session_is_not_blamed_on_publishing(tmp_path: Path) -> None:
    """Only the publish request's 403 speaks of publishing: a key refused a write is told
    to use the account that owns the guide."""
    sandbox = Sandbox()
    transport = RefusingSessions(
        sandbox, httpx.Response(403, json={"detail": "You do not have permission."}))
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1)])
    report = asyncio.run(run_import_async(sheet, sandbox.settings, transport=transport))
    assert [(o.action, o.message) for o in report.outcomes] == [
        ("failed", "The API key may not do this (HTTP 403 on POST sessions/). Use a key of the "
                   "account that owns the guide.")]


def test_the_command_to_publish_leaves_out_guidebooks_own_api_url() -> None:
    assert publish_command(7, "talks.csv", api_url=DEFAULT_BASE_URL, config=None) == (
        "gbimport publish talks.csv --guide 7")


def _spent(state: Path) -> list[int]:
    return [count for entry in json.loads(state.read_text()).values()
            for _, count in entry.get("spent", ())]


def test_a_publish_by_hand_records_its_requests_refused_or_not(tmp_path: Path) -> None:
    """Publishing is the account's budget too: a publish given the sheet records what it
    sent in the sheet's state file, also one refused for good, so the next plan counts it."""
    sandbox = publishing(Sandbox(), max_retry_wait=0.0)
    transport = Answering(sandbox, publish=[httpx.Response(503, text="<html>down</html>")] * 2)
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1)])
    ran = asyncio.run(run_import_async(sheet, sandbox.settings, transport=transport))
    before = transport.published
    with pytest.raises(NotPublishedError):
        publish_guide(sandbox.settings, transport=transport, sheet=sheet)
    refused = transport.published - before
    assert publish_guide(sandbox.settings, transport=transport, sheet=sheet) == 1
    spent = _spent(tmp_path / ".gbimport-state.json")
    assert (refused, spent) == (1, [ran.requests_spent, 1, 1])
    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport())
    assert plan.spent_earlier == sum(spent)
