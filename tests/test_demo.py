"""`gbimport demo`: the sample conference into a local sandbox, then the same sheet again."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from importer.cli import app
from importer.demo import SAMPLE
from tests.support import REHEARSAL

runner = CliRunner()


@pytest.mark.e2e
def test_demo_imports_the_sample_then_writes_nothing_the_second_time(tmp_path: Path) -> None:
    """What `make demo` promises: 61 sessions in, a report beside it, then a re-run of the
    unchanged sheet costing reads only."""
    target = tmp_path / "reports" / "demo.csv"
    state = SAMPLE.parent / ".gbimport-state.json"  # a run's state file beside its sheet
    before = state.read_bytes() if state.exists() else None
    result = runner.invoke(app, ["demo", "-q", "--report", str(target)])
    assert result.exit_code == 0, result.output
    # The sandbox dies with the demo: nothing of it is kept beside the sample.
    assert (state.read_bytes() if state.exists() else None) == before
    lines = result.output.splitlines()
    opened = re.fullmatch(r"Sandbox API at (http://127\.0\.0\.1:\d+/open-api/v1\.1/) \(guide 1, "
                          r"America/Chicago\); importing conference\.xlsx", lines[0])
    assert opened, lines[0]
    sandbox = f"{opened[1]} {REHEARSAL}"
    assert lines[5] == ("│      61 │       0 │         0 │       0 │       0 │      0 │        0 "
                        "│       0 │")
    # Its publish line says it was a rehearsal: no 'Sent to' line says so before it.
    assert lines[8] == "Sheet read: 'Sessions' (61 rows)"
    assert lines[-4:] == [
        f"Published guide 1 (1 request) at {sandbox}.",
        f"Report: {target}",
        "",
        "Second run, same sheet: 61 unchanged, 0 writes, 5 requests (reads only). Not "
        "published: nothing changed.",
    ]
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert (len(rows), {row["action"] for row in rows}) == (61, {"created"})
    summary = json.loads((tmp_path / "reports" / "demo.summary.json").read_text())
    assert (summary["exit_code"], summary["report"]) == (0, "demo.csv")


def test_demo_refuses_a_report_it_cannot_write_before_starting(tmp_path: Path) -> None:
    (tmp_path / "held.csv").mkdir()
    result = runner.invoke(app, ["demo", "-q", "--report", str(tmp_path / "held.csv")])
    assert (result.exit_code, " ".join(result.output.split())) == (
        2, f"error: {tmp_path / 'held.csv'} is a folder: give the report a file name in it, "
        f"such as {tmp_path / 'held.csv' / 'gbimport.csv'}")
