"""`timeout` in a crontab sends its SIGTERM twice: to the run, then to the run's process group
(coreutils, without --foreground). On a loaded machine the run may have taken the first before
the second comes: that one signal must wind the run down, not end it outright with no report."""

from __future__ import annotations

import csv
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from importer.sandbox import SandboxConfig, running_sandbox
from tests.support import talk, write_sheet

GBIMPORT = str(Path(sys.executable).parent / "gbimport")


@pytest.mark.e2e
def test_timeouts_two_sigterms_a_moment_apart_wind_the_run_down_with_its_report(
        tmp_path: Path, own_temporary_folder: Path) -> None:
    rows = 60
    sheet = write_sheet(tmp_path / "talks.csv", [talk(n) for n in range(1, rows + 1)])
    config = SandboxConfig(guide_timezone="America/Chicago", latency=0.05)
    with running_sandbox(config) as sandbox:
        env = {"PATH": "/usr/bin:/bin", "GUIDEBOOK_API_KEY": sandbox.api_key,
               "GBIMPORT_LOCK_DIR": str(own_temporary_folder)}
        run = subprocess.Popen(
            [GBIMPORT, "run", str(sheet), "--guide", "1", "--api-url", sandbox.base_url,
             "--rate", "100", "--report", str(tmp_path / "night.csv"), "--quiet"],
            env=env, cwd="/", stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 60
        while sandbox.stats()["sessions"].get("1", 0) < 10 and time.monotonic() < deadline:
            time.sleep(0.05)
        run.send_signal(signal.SIGTERM)
        time.sleep(0.05)  # the first one taken: `timeout`'s second, to the group, comes now
        run.send_signal(signal.SIGTERM)
        out, _ = run.communicate(timeout=60)
        stored = sandbox.stats()["sessions"]["1"]
    assert run.returncode == 130
    assert "note: interrupted: requests in flight were finished and the rest is deferred" in out
    with (tmp_path / "night.csv").open(encoding="utf-8-sig", newline="") as handle:
        actions = [line["action"] for line in csv.DictReader(handle)]
    assert (len(actions), actions.count("created")) == (rows, stored)


SECOND_SIGTERM = """
import asyncio, os, signal, sys
from importer.runner import _first_interrupt_sets

async def main(gap: float) -> None:
    stop = asyncio.Event()
    with _first_interrupt_sets(stop):
        os.kill(os.getpid(), signal.SIGTERM)
        await asyncio.wait_for(stop.wait(), timeout=10)
        await asyncio.sleep(gap)
        os.kill(os.getpid(), signal.SIGTERM)
        await asyncio.sleep(0.5)
    print("wound down")

asyncio.run(main(float(sys.argv[1])))
"""


@pytest.mark.parametrize(("gap", "ended"), [(0.2, (0, "wound down\n")),
                                            (1.5, (-signal.SIGTERM, ""))])
def test_a_sigterm_a_moment_after_the_first_is_the_same_one_and_a_later_one_stops_at_once(
        gap: float, ended: tuple[int, str]) -> None:
    done = subprocess.run([sys.executable, "-c", SECOND_SIGTERM, str(gap)], capture_output=True,
                          text=True, timeout=30)
    assert (done.returncode, done.stdout) == ended


AS_PYTHON_ENDS = """
import asyncio, os, signal, sys, time
from importer.runner import _first_interrupt_sets

class SigtermAsPythonEnds:  # sent as the module's globals are cleared, after Python's own
    def __del__(self) -> None:  # handlers are put back to the default
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(0.2)

async def main() -> None:
    stop = asyncio.Event()
    with _first_interrupt_sets(stop):
        os.kill(os.getpid(), signal.SIGTERM)
        await asyncio.wait_for(stop.wait(), timeout=10)

asyncio.run(main())
print("report written", flush=True)
time.sleep(float(sys.argv[1]))
late = SigtermAsPythonEnds()
sys.exit(130)
"""


@pytest.mark.parametrize(("gap", "returncode"), [(0.0, 130), (1.5, -signal.SIGTERM)])
def test_the_second_sigterm_as_python_ends_after_the_report_keeps_the_runs_exit_code(
        gap: float, returncode: int) -> None:
    """It came as Python was ending, after the report was written, and ended it with 143."""
    done = subprocess.run([sys.executable, "-c", AS_PYTHON_ENDS, str(gap)], capture_output=True,
                          text=True, timeout=30)
    assert (done.returncode, done.stdout) == (returncode, "report written\n")
