"""The daily budget is the account's: a plan after a run the same day counts what that run
spent (as the state file beside the sheet records it), rather than promising the whole day's
budget again."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from rich.console import Console

from importer import render
from importer.runner import plan_import

from .support import Sandbox, talk, write_sheet

OTHER_TOOLS = "other tools using the account are not counted"


def _plan_text(sandbox: Sandbox, sheet: Path, **settings: object) -> tuple[list[str], object]:
    plan = plan_import(sheet, sandbox.settings.model_copy(update=settings),
                       transport=sandbox.transport())
    console = Console(record=True, width=400, file=io.StringIO())
    render.plan(console, plan)
    return console.export_text().splitlines(), plan


def test_a_plan_after_a_run_counts_what_the_run_spent(tmp_path: Path) -> None:
    """A second plan said the whole budget was there: after a run spent most of it, a plan
    that fits the day's budget alone no longer fits what is left."""
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "talks.csv", [talk(n) for n in range(1, 21)])
    first = sandbox.run(sheet)
    spent = first.requests_spent  # 4 reads, 6 tracks and rooms, 20 sessions
    assert spent == 30

    write_sheet(sheet, [talk(n, **{"Session Title": f"Talk {n} (moved)"}) for n in range(1, 21)])
    lines, plan = _plan_text(sandbox, sheet, daily_budget=40)

    assert plan.to_json()["requests"] == {  # type: ignore[attr-defined]
        "reads": 4, "writes": 20, "publish": 0, "total": 24, "daily_budget": 40,
        "spent_earlier": 30, "left": 10}
    assert lines[-2:] == [
        "Cost: 4 reads done + 20 writes planned = 24 of 40 requests per day (earlier runs "
        f"and plans spent 30 in the last 24 hours, as .gbimport-state.json records; {OTHER_TOOLS}: "
        "10 left)",
        "Time: under a minute at 1000 requests a second (--rate) to spend the 10 left of the "
        "day's 40 requests, then the run stops (exit 3): 2 days in all, the 10 left today and "
        "1 more day's budget; retries and slow answers add to it"]
    assert (
        "note: this plan needs 24 requests, more than the 10 left of the daily budget of 40 "
        "(earlier runs and plans spent 30 in the last 24 hours, as .gbimport-state.json "
        f"records; {OTHER_TOOLS}): the run goes on until Guidebook refuses it for the day's "
        "budget (exit 3), and the next run, a day later, carries on where it stopped") in lines
    assert plan.changes_within_budget == 6  # type: ignore[attr-defined]


def test_the_run_spent_is_recorded_and_a_day_old_record_forgotten(tmp_path: Path) -> None:
    """Spending over 24 hours old no longer counts (the reset time is not documented) and
    leaves the file; a rehearsal's requests on another host are kept apart."""
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1)])
    state = tmp_path / ".gbimport-state.json"
    now = datetime.now(UTC)
    old, recent = (now - timedelta(hours=25)).isoformat(), (now - timedelta(hours=23)).isoformat()
    guide = next(iter(_state_after_a_run(sandbox, sheet)))  # the sandbox's key for guide 1
    state.write_text(json.dumps({
        guide: {"images": {}, "spent": [[old, 9000], [recent, 700]]},
        "1": {"images": {}, "spent": [[recent, 500]]},  # Guidebook's own guide 1
    }))

    _, plan = _plan_text(sandbox, sheet)
    assert plan.spent_earlier == 700  # type: ignore[attr-defined]

    report = sandbox.run(sheet)
    spent = json.loads(state.read_text())
    assert [count for _, count in spent[guide]["spent"]] == [
        700, plan.reads_spent, report.requests_spent]  # type: ignore[attr-defined]
    assert spent["1"]["spent"] == [[recent, 500]]


def _state_after_a_run(sandbox: Sandbox, sheet: Path) -> dict[str, object]:
    sandbox.run(sheet)
    state: dict[str, object] = json.loads((sheet.parent / ".gbimport-state.json").read_text())
    return state


def test_a_plan_with_no_record_says_the_budget_alone(tmp_path: Path) -> None:
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1)])
    lines, plan = _plan_text(sandbox, sheet)
    assert lines[-1] == "Cost: 4 reads done + 4 writes planned = 8 of 10,000 requests per day"
    assert plan.to_json()["requests"]["spent_earlier"] == 0  # type: ignore[attr-defined]


def _plan_after_spending(tmp_path: Path, spent: int, budget: int) -> tuple[list[str], object]:
    """A plan of 30 requests (4 reads, 26 writes) after runs spent `spent` an hour ago."""
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "talks.csv", [talk(n) for n in range(1, 21)])
    an_hour_ago = (datetime.now(UTC) - timedelta(hours=1)).isoformat()
    (tmp_path / ".gbimport-state.json").write_text(json.dumps(
        {"1 at 127.0.0.1": {"images": {}, "spent": [[an_hour_ago, spent]]}}))
    return _plan_text(sandbox, sheet, daily_budget=budget)


def test_a_day_with_nothing_left_is_not_counted_as_a_days_budget(tmp_path: Path) -> None:
    """Earlier runs spent the whole budget, or more (24 hours in which the day reset): a plan
    of 30 requests under a budget of 40 said 2 days, and 4 after 100 spent; it needs one
    day's budget more, and none of today's."""
    for spent in (40, 100):
        lines, plan = _plan_after_spending(tmp_path, spent, 40)
        assert lines[-1] == ("Time: none is left of the day's 40 requests: 1 more day's budget, "
                             "today's not counted")
        json_plan = plan.to_json()  # type: ignore[attr-defined]
        assert (json_plan["requests"]["left"], json_plan["time"]["days_at_least"]) == (0, 1)


def test_days_with_some_of_today_left_count_today_and_say_so(tmp_path: Path) -> None:
    """10 of 20 left today, then 20 more: two days in all, the first of them today's rest."""
    lines, plan = _plan_after_spending(tmp_path, 10, 20)
    assert lines[-1] == (
        "Time: under a minute at 1000 requests a second (--rate) to spend the 10 left of the "
        "day's 20 requests, then the run stops (exit 3): 2 days in all, the 10 left today and "
        "1 more day's budget; retries and slow answers add to it")
    assert plan.to_json()["time"]["days_at_least"] == 2  # type: ignore[attr-defined]
    lines, plan = _plan_after_spending(tmp_path, 20, 10)  # none left, 30 more: three days
    assert lines[-1] == ("Time: none is left of the day's 10 requests: 3 more days' budgets, "
                         "today's not counted")
    assert plan.to_json()["time"]["days_at_least"] == 3  # type: ignore[attr-defined]
