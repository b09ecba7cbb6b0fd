"""An unattended migration's log (`gbimport run ... | tee run.log`, nohup): the progress
line a minute says how long the rest will take at the pace so far, as the bar on a terminal
does."""

from __future__ import annotations

import io
from types import SimpleNamespace
from typing import Any

from rich.console import Console

from importer import render
from importer.plan import Plan
from importer.report import RowOutcome


def _log(total: int, done_by: list[tuple[float, int]],
         within_budget: int | None = None) -> list[str]:
    output, now = io.StringIO(), [0.0]
    plan: Any = SimpleNamespace(counts={"create": total, "update": 0, "delete": 0},
                                changes_within_budget=within_budget, daily_budget=1_200)
    with render.RunProgress(Console(file=output), enabled=True, warnings=False,
                            clock=lambda: now[0]) as progress:
        progress.start(plan)
        done = 0
        for seconds, upto in done_by:  # the rows before `upto` done as the last step's time
            while done < upto:
                done += 1
                if done == upto:
                    now[0] = seconds
                progress.advance(RowOutcome(done + 1, f"sheet:{done}", "Talk", "created", done))
    return output.getvalue().splitlines()


def test_a_migrations_log_says_how_long_the_rest_takes() -> None:
    """It said 'progress: 300 of 4,500 changes sent' alone: at 5 requests a second, a
    quarter of an hour more, which the log did not tell."""
    assert _log(4_500, [(59.0, 299), (61.0, 300), (121.0, 600), (3_600.0, 4_500)]) == [
        "progress: 300 of 4,500 changes sent, about 14 min left",
        "progress: 600 of 4,500 changes sent, about 13 min left",
        "progress: 4,500 of 4,500 changes sent",
    ]


def test_hours_left_are_said_in_hours() -> None:
    assert _log(12_000, [(61.0, 61)]) == [
        "progress: 61 of 12,000 changes sent, about 3 h 19 min left"]


def test_a_migration_over_the_daily_budget_says_when_the_budget_stops_it() -> None:
    """A 3,000-row migration with a budget of 1,200 a day logged 'about 2 min left' a few
    seconds before it stopped for the budget (exit 3) with 1,871 changes deferred."""
    assert _log(3_000, [(61.0, 300), (121.0, 600), (240.0, 1_170)], within_budget=1_170) == [
        "progress: 300 of 3,000 changes sent, about 3 min left until the day's budget of "
        "1,200 requests is spent (exit 3; the next run carries on)",
        "progress: 600 of 3,000 changes sent, about 2 min left until the day's budget of "
        "1,200 requests is spent (exit 3; the next run carries on)",
        "progress: 1,170 of 3,000 changes sent, under a minute left until the day's budget of "
        "1,200 requests is spent (exit 3; the next run carries on)",
    ]


def test_a_plan_over_the_budget_counts_the_changes_that_fit_in_a_day() -> None:
    """The requests over the budget are changes the next run makes."""
    counts = {"create": 3_000, "update": 0, "delete": 0}
    over: Any = SimpleNamespace(counts=counts, requests_total=3_030, budget_left=1_200)
    fits: Any = SimpleNamespace(counts=counts, requests_total=3_030, budget_left=10_000)
    assert [Plan.changes_within_budget.fget(p) for p in (over, fits)] == [
        1_170, None]


def test_a_run_past_what_the_record_said_was_left_counts_to_the_end_of_its_work() -> None:
    """The next morning's run of a migration, within 24 hours of the one that spent the
    day's budget, is told none is left (the state file cannot see the day's reset): it logged
    'under a minute left until the day's budget ... is spent' every minute for its hour."""
    assert _log(3_000, [(61.0, 300), (121.0, 600)], within_budget=0) == [
        "progress: 300 of 3,000 changes sent, about 9 min left",
        "progress: 600 of 3,000 changes sent, about 8 min left",
    ]
