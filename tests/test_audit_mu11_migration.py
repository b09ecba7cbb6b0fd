"""Where the stop for ids of other talks starts: at least 3 rows found by import id would
make their session another talk, and more than half of those found (unchanged ones
counted); and the time left on a progress line, from the clock's reading at the start."""

from __future__ import annotations

import io
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from rich.console import Console

from importer import render
from importer.errors import UnsafeOperationError
from importer.report import RowOutcome
from tests.support import Sandbox, talk, write_sheet


def _retitled(number: int) -> dict[str, str]:
    return talk(number, **{"Session Title": f"Workshop {number}", "Room/Location": "Lab 1"})


@pytest.mark.parametrize(("talks", "rewritten", "stops"), [
    (2, 2, False),  # 2 of 2: too few to say
    (5, 3, True),  # 3 of 5: the fewest that stop
    (6, 3, False),  # 3 of 6: half, the 3 unchanged rows counted
])
def test_the_stop_for_other_talks_needs_three_and_more_than_half(
        tmp_path: Path, talks: int, rewritten: int, stops: bool) -> None:
    sandbox = Sandbox()
    sandbox.run(write_sheet(tmp_path / "a.csv", [talk(n) for n in range(1, talks + 1)]))
    before = sandbox.writes()
    second = write_sheet(tmp_path / "b.csv", [
        _retitled(n) if n <= rewritten else talk(n) for n in range(1, talks + 1)])
    if stops:
        with pytest.raises(UnsafeOperationError, match=f"^{rewritten} of the {talks} rows "):
            sandbox.run(second)
        assert sandbox.writes() == before
    else:
        report = sandbox.run(second)
        assert (report.exit_code, report.counts["updated"]) == (0, rewritten)


def _lines(start: float, total: int, done_by: list[tuple[float, int]]) -> list[str]:
    output, now = io.StringIO(), [start]
    plan: Any = SimpleNamespace(counts={"create": total, "update": 0, "delete": 0},
                                changes_within_budget=None, daily_budget=10_000)
    with render.RunProgress(Console(file=output), enabled=True, warnings=False,
                            clock=lambda: now[0]) as progress:
        progress.start(plan)
        for done in range(1, total + 1):
            now[0] = start + next(at for at, upto in done_by if done <= upto)
            progress.advance(RowOutcome(done + 1, f"sheet:{done}", "Talk", "created", done))
    return output.getvalue().splitlines()


def test_time_left_counts_from_the_runs_start_not_the_clocks_zero() -> None:
    """time.monotonic() reads the machine's uptime: 300 of 900 sent in the first minute
    leave about 2 minutes, however long the machine has been up; and the last seconds say
    'under a minute left', where rounding to the minute said 'about 1 min'."""
    assert _lines(86_400.0, 900, [(59.0, 299), (61.0, 300), (120.0, 894),
                                    (122.0, 895), (150.0, 899), (183.0, 900)]) == [
        "progress: 300 of 900 changes sent, about 2 min left",
        "progress: 895 of 900 changes sent, under a minute left",
        "progress: 900 of 900 changes sent",
    ]
