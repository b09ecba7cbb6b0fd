"""The progress line a minute of a run on a pipe or a file (`| tee run.log`) counts the
changes that failed apart from those sent: they were not made, and some were never sent."""

from __future__ import annotations

import io
from types import SimpleNamespace
from typing import Any

from rich.console import Console
from rich.progress import TimeRemainingColumn

from importer import render
from importer.report import RowOutcome


def _log(total: int, actions: list[tuple[float, str]]) -> list[str]:
    """The lines printed as each outcome comes at its time on the clock."""
    output, now = io.StringIO(), [0.0]
    plan: Any = SimpleNamespace(counts={"create": total, "update": 0, "delete": 0},
                                changes_within_budget=None, daily_budget=10_000)
    with render.RunProgress(Console(file=output), enabled=True, warnings=False,
                            clock=lambda: now[0]) as progress:
        progress.start(plan)
        for row, (seconds, action) in enumerate(actions, start=2):
            now[0] = seconds
            progress.advance(RowOutcome(row, f"sheet:{row}", "Talk", action,  # type: ignore[arg-type]
                                        None if action == "failed" else row, "message"))
    return output.getvalue().splitlines()


def test_failed_changes_are_not_counted_as_sent() -> None:
    """'progress: 4 of 10 changes sent' where 3 of the 4 had failed (rejected by Guidebook)."""
    actions = [(10.0, "created"), (20.0, "failed"), (30.0, "failed"), (61.0, "failed"),
               (70.0, "deferred"), (125.0, "updated")]
    assert _log(10, actions) == [
        "progress: 1 of 10 changes sent, 3 failed, about 2 min left",
        "progress: 2 of 10 changes sent, 3 failed, about 2 min left",
    ]


def test_a_run_without_failures_says_only_what_was_sent() -> None:
    assert _log(4, [(61.0, "created"), (122.0, "deleted")]) == [
        "progress: 1 of 4 changes sent, about 3 min left",
        "progress: 2 of 4 changes sent, about 2 min left",
    ]


def test_the_bar_on_a_terminal_counts_the_failed_changes() -> None:
    console = Console(file=io.StringIO(), force_terminal=True)
    plan: Any = SimpleNamespace(counts={"create": 3, "update": 0, "delete": 0},
                                changes_within_budget=None, daily_budget=10_000)
    with render.RunProgress(console, enabled=True, warnings=False) as progress:
        progress.start(plan)
        progress.advance(RowOutcome(2, "sheet:1", "Talk", "failed", None, "rejected"))
        progress.advance(RowOutcome(3, "sheet:2", "Talk", "created", 7, ""))
        task = progress.progress.tasks[0]
        assert (task.description, task.completed) == ("Uploading (1 failed)", 2)


def test_the_bar_over_the_budget_gives_the_time_until_the_budget_is_spent() -> None:
    """The bar estimated the time to the end of all 3,000 changes (about 50 min) while the
    run would stop for the day's budget after 1,170 (about 19 min), as the lines said."""
    console, now = Console(file=io.StringIO(), force_terminal=True, width=200), [0.0]
    plan: Any = SimpleNamespace(counts={"create": 3_000, "update": 0, "delete": 0},
                                changes_within_budget=1_170, daily_budget=1_200)
    with render.RunProgress(console, enabled=True, warnings=False,
                            clock=lambda: now[0]) as progress:
        progress.start(plan)
        for done in range(1, 31):  # one change a second
            now[0] = float(done)
            progress.advance(RowOutcome(done + 1, f"sheet:{done}", "Talk", "created", done, ""))
        task = progress.progress.tasks[0]
        shown = TimeRemainingColumn().render(task).plain
        assert (task.description, task.completed, task.total, shown) == (
            "Uploading (the day's budget allows 1,170 of 3,000 changes)", 30, 1_170, "0:19:00")
