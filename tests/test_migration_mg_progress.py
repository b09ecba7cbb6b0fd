"""An unattended migration's log (`gbimport run ... | tee run.log`, nohup): the progress
line a minute says how long the rest will take at the pace so far, as the bar on a terminal
does."""

from __future__ import annotations

import io
from types import SimpleNamespace
from typing import Any

from rich.console import Console

from importer import render
from importer.report import RowOutcome


def _log(total: int, done_by: list[tuple[float, int]]) -> list[str]:
    output, now = io.StringIO(), [0.0]
    plan: Any = SimpleNamespace(counts={"create": total, "update": 0, "delete": 0})
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
