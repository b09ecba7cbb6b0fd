"""The import engine over real loopback HTTP: faults, and a client killed mid-run."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pydantic import SecretStr

from importer.runner import run_import
from importer.sandbox import SandboxConfig, running_sandbox
from importer.settings import Settings
from tests.support import talk, write_sheet

pytestmark = pytest.mark.e2e


def test_every_fault_kind_at_ten_percent_leaves_each_row_created_once(tmp_path: Path) -> None:
    config = SandboxConfig(
        guide_timezone="America/Chicago", seed=7, slow_seconds=1.0,
        fault_error_before=0.1, fault_error_after=0.1, fault_drop_after=0.1,
        fault_slow=0.1, fault_burst_429=0.1,
    )
    sheet = write_sheet(tmp_path / "talks.csv", [talk(n) for n in range(1, 31)])
    with running_sandbox(config) as sandbox:
        settings = Settings(
            api_url=sandbox.base_url, api_key=SecretStr(sandbox.api_key), guide=1,
            rate=1000.0, timeout=0.4, max_retry_wait=60.0,
        )
        report = run_import(sheet, settings)
        stats = sandbox.stats()
    assert [(o.row, o.action) for o in report.outcomes] == [(r, "created") for r in range(2, 32)]
    assert stats["sessions"] == {"1": 30}
    assert stats["duplicate_import_ids"] == {"1": []}
    faults = {r["status"] for r in stats["requests"]}
    assert {0, 429, 502}.issubset(faults), "the faults really happened"


def gbimport(folder: Path, sheet: Path, api_url: str, key: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "GUIDEBOOK_API_KEY": key}
    return subprocess.Popen(
        [sys.executable, "-m", "importer", "run", str(sheet), "--guide", "1",
         "--api-url", api_url, "--rate", "40", "--quiet", "--report", "report.csv"],
        cwd=folder, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )


def test_a_run_killed_midway_and_run_again_ends_without_duplicates(tmp_path: Path) -> None:
    rows = 60
    sheet = write_sheet(tmp_path / "talks.csv", [talk(n) for n in range(1, rows + 1)])
    config = SandboxConfig(guide_timezone="America/Chicago", latency=0.05)
    with running_sandbox(config) as sandbox:
        first = gbimport(tmp_path, sheet, sandbox.base_url, sandbox.api_key)
        deadline = time.monotonic() + 60
        while sandbox.stats()["sessions"].get("1", 0) < 15 and time.monotonic() < deadline:
            time.sleep(0.1)  # polling harder would starve the server thread
        first.send_signal(signal.SIGKILL)
        first.communicate(timeout=10)
        stored_at_kill = sandbox.stats()["sessions"]["1"]
        second = gbimport(tmp_path, sheet, sandbox.base_url, sandbox.api_key)
        _, errors = second.communicate(timeout=120)
        stats = sandbox.stats()
    assert first.returncode == -signal.SIGKILL
    assert 15 <= stored_at_kill < rows
    assert second.returncode == 0, errors.decode()
    assert stats["sessions"] == {"1": rows}
    assert stats["duplicate_import_ids"] == {"1": []}
    report = (tmp_path / "report.csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(report) == rows + 1


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_ctrl_c_finishes_requests_in_flight_writes_the_report_and_exits_130(
    tmp_path: Path, signum: signal.Signals,
) -> None:
    """SIGTERM too: what `kill`, `timeout` in a crontab and service managers send."""
    rows = 60
    sheet = write_sheet(tmp_path / "talks.csv", [talk(n) for n in range(1, rows + 1)])
    config = SandboxConfig(guide_timezone="America/Chicago", latency=0.05)
    with running_sandbox(config) as sandbox:
        run = gbimport(tmp_path, sheet, sandbox.base_url, sandbox.api_key)
        deadline = time.monotonic() + 60
        while sandbox.stats()["sessions"].get("1", 0) < 10 and time.monotonic() < deadline:
            time.sleep(0.1)
        run.send_signal(signum)
        _, errors = run.communicate(timeout=30)
        stored = sandbox.stats()["sessions"]["1"]
    assert run.returncode == 130, errors.decode()
    with (tmp_path / "report.csv").open(encoding="utf-8-sig", newline="") as handle:
        actions = [line["action"] for line in csv.DictReader(handle)]
    assert len(actions) == rows
    assert actions.count("created") == stored < rows
    assert actions.count("created") + actions.count("deferred") == rows
    summary = json.loads((tmp_path / "report.summary.json").read_text(encoding="utf-8"))
    assert (summary["halted"], summary["notes"]) == ("interrupted", [
        "interrupted: requests in flight were finished and the rest is deferred; "
        "run again to continue",
    ])
