"""The run's progress on stderr: a bar on a terminal, a line a minute on a pipe or a file."""

from __future__ import annotations

import time
from collections.abc import Callable
from types import TracebackType
from typing import Literal

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeRemainingColumn,
)

from importer._render_lines import line
from importer._render_plan_time import as_minutes
from importer._render_warned_rows import plan_warnings
from importer.plan import Plan
from importer.report import RowOutcome

# A run that stops for --force writes no report: plan prints each message.
STOPPED_DETAILS = "the run stops below and writes no report: gbimport plan shows them"
PIPE_PROGRESS_EVERY = 60.0  # seconds between progress lines where no bar can be drawn


class RunProgress:
    """Progress on stderr fed by the uploader's callbacks: a rich bar on a terminal, a line a
    minute on a pipe or a file (`| tee run.log` of a long migration said nothing until the
    end), nothing when disabled.
    `warnings`: name the rows with warnings before uploading (the report has them too);
    "sent": only those to be created or updated (`warned` then says whether there were any)."""

    def __init__(self, console: Console, *, enabled: bool, warnings: bool | Literal["sent"] = True,
                 clock: Callable[[], float] = time.monotonic, force: bool = False) -> None:
        # A bar redrawn on a file or a pipe is noise: only a terminal gets one.
        self.enabled = enabled and console.is_terminal
        self.lines = enabled and not console.is_terminal
        self.warnings = warnings
        self.force = force  # without it, a plan that needs --force stops: no report
        self.warned = False
        self.progress = Progress(
            TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"), TimeRemainingColumn(),
            console=console, transient=True, get_time=clock,
        )
        self.task: TaskID | None = None
        self.clock = clock
        self.done = self.total = self.failed = 0
        self.within_budget: int | None = None  # changes a plan over the budget makes today
        self.daily_budget = 0
        self.started = self.next_line = 0.0

    def __enter__(self) -> RunProgress:
        if self.enabled:
            self.progress.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self.enabled:
            self.progress.stop()

    def start(self, plan: Plan) -> None:
        if self.warnings:
            stops = bool(plan.needs_force) and not self.force
            self.warned = plan_warnings(
                self.progress.console, plan, sent_only=self.warnings == "sent",
                details=STOPPED_DETAILS if stops else "details in the report")
            # A quiet night that made an edited session anew beside its old one is news too.
            self.warned = self.warned or (self.warnings == "sent" and plan.may_show_copies)
        self.total = plan.counts["create"] + plan.counts["update"] + plan.counts["delete"]
        self.within_budget = plan.changes_within_budget
        self.daily_budget = plan.daily_budget
        self.started = self.clock()
        self.next_line = self.started + PIPE_PROGRESS_EVERY
        if self.enabled:
            self.task = self.progress.add_task(
                self._description(), total=self._bar_total(), rate="")

    def advance(self, outcome: RowOutcome) -> None:
        # After Ctrl-C the rest is deferred at once: not work done, and no speed to show.
        if outcome.action == "deferred":
            return
        self.done += 1
        self.failed += outcome.action == "failed"
        if self.enabled and self.task is not None:
            task = self.progress.tasks[0]
            speed = task.speed
            self.progress.update(
                self.task, advance=1, rate=f"{speed:.1f}/s" if speed else "",
                description=self._description(), total=self._bar_total(),
            )
        elif self.lines and self.clock() >= self.next_line:
            self.next_line = self.clock() + PIPE_PROGRESS_EVERY
            # A failed change was not made (and some were never sent): counted apart.
            failed = f", {self.failed:,} failed" if self.failed else ""
            line(self.progress.console, f"progress: {self.done - self.failed:,} of "
                 f"{self.total:,} changes sent{failed}" + self._time_left())

    def _bar_total(self) -> int:
        """Over the daily budget, the bar fills with the changes the day allows: its time
        left (rich's, from its total) is then the time to the budget's end, as the lines say,
        not to the end of work the run never reaches."""
        if self.within_budget is not None and self._budget_bounds:
            return self.within_budget
        return self.total

    @property
    def _budget_bounds(self) -> bool:
        """The changes the day allows are an estimate from the state file, which cannot see
        the day's reset: a run the next morning, within 24 hours of the last, is told none is
        left. Once it gets past the estimate, the run's own work is what bounds it."""
        return self.within_budget is not None and self.done <= self.within_budget

    def _description(self) -> str:
        said = [f"{self.failed:,} failed"] if self.failed else []
        if self._budget_bounds:
            said.insert(0, f"the day's budget allows {self.within_budget:,} of "
                           f"{self.total:,} changes")
        return f"Uploading ({'; '.join(said)})" if said else "Uploading"

    def _time_left(self) -> str:
        """At the pace so far: an unattended migration's log (`| tee`, nohup) says when it
        will be done, as the bar on a terminal does."""
        spent = self.clock() - self.started
        if self.done >= self.total or spent <= 0:
            return ""
        if self._budget_bounds:  # the day's budget, not the work, ends this run
            return self._time_to_budget(spent)
        seconds = spent / self.done * (self.total - self.done)
        # Rounded to the minute, the last seconds would read 'about 1 min left'.
        return (", under a minute left" if seconds < 60 else f", about {as_minutes(seconds)} left")

    def _time_to_budget(self, spent: float) -> str:
        """A plan over the daily budget stops when the day's requests are spent (exit 3):
        the time to the end of the work would promise a finish the run never reaches."""
        seconds = spent / self.done * ((self.within_budget or 0) - self.done)
        left = "under a minute" if seconds < 60 else f"about {as_minutes(seconds)}"
        return (f", {left} left until the day's budget of {self.daily_budget:,} requests is "
                "spent (exit 3; the next run carries on)")
