"""`gbimport plan` says how long a run takes at least, at the rate setting the run will use,
and over one day's budget, how much of it a day allows: a planner knows before starting
whether a migration fits the afternoon, and the day."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from rich.console import Console

from importer import render
from importer.runner import plan_import

from .support import Sandbox, talk, write_sheet


def _plan_lines(tmp_path: Path, talks: int, **settings: Any) -> tuple[list[str], Any]:
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "talks.csv", [talk(n) for n in range(1, talks + 1)])
    plan = plan_import(sheet, sandbox.settings.model_copy(update=settings),
                       transport=sandbox.transport())
    console = Console(record=True, width=300, file=io.StringIO())
    render.plan(console, plan)
    return console.export_text().splitlines()[-2:], plan


def test_a_migration_plan_says_the_least_time_at_the_default_rate(tmp_path: Path) -> None:
    """It gave the requests alone: 1,358 at 5 a second are four and a half minutes, so at
    least 4 (rounded, '5 min' would not be true)."""
    lines, plan = _plan_lines(tmp_path, 1200, rate=5.0)  # the tests' sandbox runs at 1,000
    assert lines == [
        "Cost: 4 reads done + 1,354 writes planned = 1,358 of 10,000 requests per day",
        "Time: at least 4 min at 5 requests a second (--rate); retries and slow answers add "
        "to it",
    ]
    assert plan.to_json()["time"] == {"rate": 5.0, "seconds_at_least": 272,
                                      "days_at_least": 1}


def test_the_time_follows_the_rate_setting(tmp_path: Path) -> None:
    lines, _ = _plan_lines(tmp_path, 1200, rate=1.0)  # 1,358 s: 22 min 38 s
    assert lines[-1] == ("Time: at least 22 min at 1 request a second (--rate); retries and "
                         "slow answers add to it")


def test_a_plan_over_the_days_budget_says_what_a_day_allows(tmp_path: Path) -> None:
    lines, plan = _plan_lines(tmp_path, 1200, rate=2.0, daily_budget=500)
    assert lines[-1] == (
        "Time: at least 4 min at 2 requests a second (--rate) to spend the day's 500 requests, "
        "then the run stops (exit 3): 3 days' budgets in all; retries and slow answers add to it")
    assert plan.to_json()["time"] == {"rate": 2.0, "seconds_at_least": 250,
                                      "days_at_least": 3}


def test_a_plan_of_seconds_says_no_time(tmp_path: Path) -> None:
    """A nightly sync's few requests: a line saying '1 min' would not be true."""
    lines, _ = _plan_lines(tmp_path, 3, rate=5.0)
    assert lines[-1].startswith("Cost: ")


def test_a_plan_over_the_days_budget_spent_in_seconds_still_says_the_days(
        tmp_path: Path) -> None:
    """At a high rate, or with little of the day's budget left, the day's part takes under a
    minute: the plan said no time, and so not the days a migration needs either."""
    lines, plan = _plan_lines(tmp_path, 1200, rate=100.0, daily_budget=500)
    assert lines[-1] == (
        "Time: under a minute at 100 requests a second (--rate) to spend the day's 500 "
        "requests, then the run stops (exit 3): 3 days' budgets in all; retries and slow "
        "answers add to it")
    assert plan.to_json()["time"]["days_at_least"] == 3


def test_a_days_part_of_a_minute_is_a_minute_and_of_less_is_under_one(tmp_path: Path) -> None:
    """The day's 600 requests at 10 a second are 60 s, 'at least 1 min' as the progress lines
    count it; its 500 are 50 s, under a minute: not rounded up to one."""
    (tmp_path / "a").mkdir(), (tmp_path / "b").mkdir()  # each plan records its reads
    minute, _ = _plan_lines(tmp_path / "a", 1200, rate=10.0, daily_budget=600)
    seconds, _ = _plan_lines(tmp_path / "b", 1200, rate=10.0, daily_budget=500)
    assert [minute[-1], seconds[-1]] == [
        "Time: at least 1 min at 10 requests a second (--rate) to spend the day's 600 "
        "requests, then the run stops (exit 3): 3 days' budgets in all; retries and slow "
        "answers add to it",
        "Time: under a minute at 10 requests a second (--rate) to spend the day's 500 "
        "requests, then the run stops (exit 3): 3 days' budgets in all; retries and slow "
        "answers add to it"]
