"""Where the run side's stops, counts and lines change their word: a talk made another by
its start alone, and Builder's sessions taken over under titles typed anew; the shared-prefix
note's bounds; taken_over in a workbook of tabs; the budget note's counts and plurals; the
bounds of plan's time and of the progress line's."""

from __future__ import annotations

import io
import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import httpx
import openpyxl
import pytest
from rich.console import Console
from typer.testing import CliRunner

from importer import cli, render
from importer.errors import UnsafeOperationError
from importer.report import RowOutcome
from importer.runner import plan_import, run_import
from tests.support import HEADER, Sandbox, talk, write_sheet
from tests.test_adopt_builder_import import _builder_import
from tests.test_adopt_ux_stop import _cli


def test_ids_of_other_talks_in_the_same_room_stop_the_run(tmp_path: Path) -> None:
    """A second sheet's talks, numbered alike, held the next day in the same room: each
    title and start changed, the room not. They are other talks as much as in another room."""
    sandbox = Sandbox()
    sandbox.run(write_sheet(tmp_path / "a.csv", [talk(n) for n in range(1, 5)]))
    before = sandbox.writes()
    next_day = write_sheet(tmp_path / "b.csv", [
        talk(n, **{"Session Title": f"Workshop {n}", "Date": "5/12/2027"}) for n in range(1, 5)])

    with pytest.raises(UnsafeOperationError, match=r"^4 of the 4 rows found by import id "):
        sandbox.run(next_day)
    assert sandbox.writes() == before


def test_builder_sessions_taken_over_with_their_titles_and_rooms_edited_are_no_other_talks(
        tmp_path: Path) -> None:
    """--adopt pairs a row with Builder's session by title as typed in any case: the title
    and room it sets are the sheet's edits, not another sheet's talks."""
    sandbox = Sandbox()
    _builder_import(sandbox, write_sheet(tmp_path / "builder.csv", [talk(n) for n in (1, 2, 3)]))
    edited = write_sheet(tmp_path / "edited.csv", [
        talk(n, **{"Session Title": f"TALK NUMBER {n}", "Room/Location": "Hall B"})
        for n in (1, 2, 3)])

    report = sandbox.run(edited, adopt=True)

    assert (report.exit_code, report.counts["updated"], report.taken_over) == (0, 3, 3)
    assert sorted(session["name"] for session in sandbox.sessions()) == [
        "TALK NUMBER 1", "TALK NUMBER 2", "TALK NUMBER 3"]


def _run_on_a_budget(tmp_path: Path, budget: int, rows: list[dict[str, str]],
                     **settings: Any) -> list[str]:
    sandbox = Sandbox(daily_budget=budget)
    sandbox.settings = sandbox.settings.model_copy(
        update={"max_retry_wait": 0.3, "concurrency": 1, **settings})
    report = sandbox.run(write_sheet(tmp_path / "talks.csv", rows))
    assert report.exit_code == 3
    return report.notes


def test_a_budget_spent_on_tracks_counts_the_tracks_and_rooms_not_made(tmp_path: Path) -> None:
    """4 reads and 2 of the 3 tracks: the third track and the 3 rooms are writes still to
    make, and the note says what to do next as it does when sessions were sent."""
    notes = _run_on_a_budget(tmp_path, 6, [talk(n) for n in range(1, 21)])

    assert notes == [
        "daily request budget exhausted; the rest is deferred: 20 changes, about 24 writes "
        "more and the guide's reads (gbimport plan counts them); run the same command again "
        "once the day's budget resets, and it carries on"]


def test_writes_left_past_a_days_budget_say_how_many_days_more(tmp_path: Path) -> None:
    """A migration told only '1,871 writes more' left its reader to work out that one more
    night would not finish it."""
    notes = _run_on_a_budget(tmp_path, 6, [talk(n) for n in range(1, 21)], daily_budget=6)

    assert notes[1:] == [
        "daily request budget exhausted; the rest is deferred: 20 changes, about 24 writes "
        "more and the guide's reads (gbimport plan counts them), at least 4 days' budgets of 6 "
        "more; run the same command again once the day's budget resets, and it carries on"]


def test_one_change_left_is_said_in_the_singular(tmp_path: Path) -> None:
    one_room = {"Room/Location": "Hall", "Schedule Track (Optional)": "Data"}
    notes = _run_on_a_budget(tmp_path, 8, [talk(n, **one_room) for n in (1, 2, 3)])

    assert notes[0].startswith("daily request budget exhausted; the rest is deferred: 1 "
                               "change, about 1 write more and ")


def _plan_tail(tmp_path: Path, talks: int, rate: float, **settings: Any) -> list[str]:
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "talks.csv", [talk(n) for n in range(1, talks + 1)])
    plan = plan_import(sheet, sandbox.settings.model_copy(update={"rate": rate, **settings}),
                       transport=sandbox.transport())
    console = Console(record=True, width=300, file=io.StringIO())
    render.plan(console, plan)
    return console.export_text().splitlines()[-2:]


def test_a_run_of_a_minute_exactly_is_timed_at_half_a_request_a_second(tmp_path: Path) -> None:
    """30 requests at 0.5 a second: a minute, the least plan says; 'requests' in the plural."""
    assert _plan_tail(tmp_path, 20, 0.5) == [
        "Cost: 4 reads done + 26 writes planned = 30 of 10,000 requests per day",
        "Time: at least 1 min at 0.5 requests a second (--rate); retries and slow answers "
        "add to it"]


def test_a_plan_of_exactly_a_days_budget_needs_one_day(tmp_path: Path) -> None:
    """30 requests of a budget of 30: the run does not stop for the budget."""
    assert _plan_tail(tmp_path, 20, 0.5, daily_budget=30) == [
        "Cost: 4 reads done + 26 writes planned = 30 of 30 requests per day",
        "Time: at least 1 min at 0.5 requests a second (--rate); retries and slow answers "
        "add to it"]


def test_a_run_under_a_minute_is_not_timed(tmp_path: Path) -> None:
    """30 requests at 0.75 a second are 40 seconds: 'at least 1 min' would not be true."""
    assert _plan_tail(tmp_path, 20, 0.75)[-1].startswith("Cost: 4 reads done + 26 writes ")


def _progress(done_at: list[float], total: int) -> list[str]:
    """The progress lines of a run on a pipe, each change done at its time on the clock."""
    output, now = io.StringIO(), [0.0]
    plan: Any = SimpleNamespace(counts={"create": total, "update": 0, "delete": 0},
                                changes_within_budget=None, daily_budget=10_000)
    with render.RunProgress(Console(file=output), enabled=True, warnings=False,
                            clock=lambda: now[0]) as progress:
        progress.start(plan)
        for row, seconds in enumerate(done_at, start=2):
            now[0] = seconds
            progress.advance(RowOutcome(row, f"sheet:{row}", "Talk", "created", row))
    return output.getvalue().splitlines()


def test_an_hour_left_is_said_in_hours() -> None:
    """One of 61 changes in a minute: the 60 left take an hour."""
    assert _progress([60.0], 61) == ["progress: 1 of 61 changes sent, about 1 h 0 min left"]


def test_after_a_stall_the_next_progress_line_comes_a_minute_later() -> None:
    """A change answered after a long wait (Guidebook slow, retries) prints a line; the
    changes right after it wait their minute, not one line each until the clock catches up."""
    assert _progress([61.0, 200.0, 201.0, 202.0, 261.0], 10) == [
        "progress: 1 of 10 changes sent, about 9 min left",
        "progress: 2 of 10 changes sent, about 13 min left",
        "progress: 5 of 10 changes sent, about 4 min left",
    ]


def _adopt_notes(sandbox: Sandbox, sheet: Path) -> list[str]:
    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport(), adopt=True)
    assert plan.taken_over == 3
    return [note for note in plan.notes if note.startswith("--adopt gives")]


def test_a_sheet_whose_own_talk_is_invalid_now_is_not_told_it_shares_its_prefix(
        tmp_path: Path) -> None:
    """Talk 1 was imported with its id and is refused now (a bad start): it is this sheet's
    session, not another sheet's carrying the prefix."""
    sandbox = Sandbox()
    sandbox.run(write_sheet(tmp_path / "first.csv", [talk(1)]))
    _builder_import(sandbox, write_sheet(tmp_path / "builder.csv", [talk(n) for n in (2, 3, 4)]))
    sheet = write_sheet(tmp_path / "talks.csv", [
        talk(1, **{"Time Start": "25:99"}), *(talk(n) for n in (2, 3, 4))])

    assert _adopt_notes(sandbox, sheet) == []


def test_without_a_prefix_other_tools_sessions_are_not_said_to_share_it(tmp_path: Path) -> None:
    """No import_id_prefix: a CRM's session with an import id of its own is no sheet's."""
    template = Path(__file__).parent.parent / "mappings" / "guidebook-template.toml"
    mapping = tmp_path / "no-prefix.toml"
    mapping.write_text(template.read_text(encoding="utf-8").replace(
        'import_id_prefix = "sheet:"', 'import_id_prefix = ""'), encoding="utf-8")
    sandbox = Sandbox()
    sandbox.settings = sandbox.settings.model_copy(update={"mapping": str(mapping)})
    sandbox.post_session({"guide": 1, "name": "Sponsor booth", "import_id": "crm-7",
                          "start_time": "2027-05-11T15:00:00.000000+0000"})
    sheet = write_sheet(tmp_path / "talks.csv", [talk(n) for n in (1, 2, 3)])
    _builder_import(sandbox, sheet)

    assert _adopt_notes(sandbox, sheet) == []


def test_the_shared_prefix_note_names_the_first_id_in_order(tmp_path: Path) -> None:
    """The first sheet's talks made in Builder last to first: the note's example is still
    its first id, as a reader looks it up."""
    sandbox = Sandbox()
    first = write_sheet(tmp_path / "day1.csv", [talk(2), talk(1)])
    second = write_sheet(tmp_path / "day2.csv", [talk(n) for n in (3, 4, 5)])
    _builder_import(sandbox, first)
    _builder_import(sandbox, second)
    sandbox.run(first, adopt=True)

    [note] = _adopt_notes(sandbox, second)
    assert "(such as 'Talk number 1' (sheet:T001))" in note


def _book(path: Path, tabs: dict[str, list[dict[str, str]]]) -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in tabs.items():
        tab = book.create_sheet(name)
        tab.append(HEADER)
        for row in rows:
            tab.append([row[column] for column in HEADER])
    book.save(path)
    return path


def test_taken_over_counts_the_row_of_its_own_tab(tmp_path: Path) -> None:
    """Row 2 of 'Day 1' takes Builder's session over; row 2 of 'Day 2' updates a session
    found by its id: one taken over, where each tab has a row 2."""
    sandbox = Sandbox()
    sandbox.run(_book(tmp_path / "before.xlsx", {"Day 2": [talk(2)]}))
    _builder_import(sandbox, write_sheet(tmp_path / "builder.csv", [talk(1)]))
    book = _book(tmp_path / "now.xlsx", {
        "Day 1": [talk(1)], "Day 2": [talk(2, **{"Session Title": "Talk number 2, retitled"})]})

    report = run_import(book, sandbox.settings, transport=sandbox.transport(), sheet=["all"],
                        adopt=True)

    assert (report.exit_code, report.counts["updated"], report.taken_over) == (0, 2, 1)


class _RefusingTalkOne(httpx.AsyncBaseTransport):
    """The sandbox, but the session 'Talk number 1' is refused as Guidebook refuses a bad
    field (HTTP 400), before the sandbox counts it against the budget."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.inner = sandbox.transport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if (request.method == "POST" and request.url.path.endswith("/sessions/")
                and json.loads(request.content)["name"] == "Talk number 1"):
            return httpx.Response(400, json={"name": ["Not allowed."]})
        return await self.inner.handle_async_request(request)


def test_the_budget_note_counts_a_refused_change_as_done_not_deferred(tmp_path: Path) -> None:
    """4 reads, 5 tracks and rooms, talks 2 to 4: talk 1 was refused (failed, in the
    report) and the next run would not send it as one of the deferred changes."""
    sandbox = Sandbox(daily_budget=12)
    settings = sandbox.settings.model_copy(update={"max_retry_wait": 0.3, "concurrency": 1})
    sheet = write_sheet(tmp_path / "talks.csv", [talk(n) for n in range(1, 11)])

    report = run_import(sheet, settings, transport=_RefusingTalkOne(sandbox))

    assert [report.counts[action] for action in ("created", "failed", "deferred")] == [3, 1, 6]
    assert report.notes[0].startswith("daily request budget exhausted; the rest is deferred: "
                                      "6 changes, about 6 writes more and ")


def test_a_run_that_does_not_stop_keeps_its_warnings_in_the_report(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """One Builder session among three rows to create: a warning, no stop, so the run
    writes its report and the line says the details are there."""
    sandbox = Sandbox()
    _builder_import(sandbox, write_sheet(tmp_path / "builder.csv", [talk(1)]))
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1), talk(2), talk(3)])
    options = _cli(sandbox, tmp_path, monkeypatch)

    ran = CliRunner().invoke(cli.app, ["run", str(sheet), *options, "--report", "out.csv"])

    assert ran.exit_code == 0, ran.output
    assert ran.stderr.splitlines()[0] == (
        "warning: copy-without-id on row 2 (details in the report)")
    assert "copy-without-id" in (tmp_path / "out.csv").read_text(encoding="utf-8-sig")
