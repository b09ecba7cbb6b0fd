"""Output into a pipe whose reader went away (`gbimport --help | head -1`, `gbimport run ...
2>&1 | head`): no traceback, no error text, and exit 141 (as a shell tool killed by SIGPIPE)
where stdout was cut short, never 1, "some rows failed". A run finishes its work first: every
session sent, its report and state saved."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from importer.sandbox import SandboxConfig, running_sandbox

GBIMPORT = str(Path(sys.executable).parent / "gbimport")
ROWS = 40


@pytest.mark.parametrize("args", [["--help"], ["validate", "--help"], ["run", "-h"], []])
def test_help_into_a_closed_pipe_ends_quietly_with_141(args: list[str]) -> None:
    """It ended with 1, the exit code of a run whose rows failed."""
    with subprocess.Popen([GBIMPORT, *args], stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE) as process:
        assert process.stdout is not None and process.stderr is not None
        process.stdout.close()  # before the help is written: `| head -0`
        assert (process.wait(timeout=60), process.stderr.read()) == (141, b"")


def _overlapping_sheet(folder: Path) -> Path:
    """Sessions two at a time in one room: a room-overlap warning on stderr as the run starts."""
    sheet = folder / "schedule.csv"
    slots = [f"{hour}:{minute}" for hour in range(8, 19) for minute in ("00", "30")]
    sheet.write_text("Session ID,Session Title,Date,Time Start,Time End,Room/Location\n" + "".join(
        f"P-{n},Talk {n},5/11/2027,{slots[n // 2]},{slots[n // 2 + 1]},Hall\n"
        for n in range(ROWS)), encoding="utf-8")
    return sheet


@pytest.mark.e2e
@pytest.mark.parametrize(("closed", "exit_code"), [
    ("stdout", 141), ("stdout and stderr", 141), ("stderr", 0)])
def test_a_run_whose_reader_goes_away_still_sends_everything_and_saves_its_report(
    tmp_path: Path, own_temporary_folder: Path, closed: str, exit_code: int
) -> None:
    """Its progress and warnings on a closed stderr (`2>&1 | head -1`) stopped it mid-upload,
    with no report written and its last sessions never sent."""
    sheet = _overlapping_sheet(tmp_path)
    report = tmp_path / "report.csv"
    env = {**os.environ, "GUIDEBOOK_API_KEY": "sandbox-key",
           "GBIMPORT_LOCK_DIR": str(own_temporary_folder)}
    with running_sandbox(SandboxConfig()) as sandbox:
        with subprocess.Popen(
            [GBIMPORT, "run", str(sheet), "--guide", "1", "--api-url", sandbox.base_url,
             "--timezone", "UTC", "--rate", "100", "--report", str(report)],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT if closed == "stdout and stderr" else subprocess.PIPE,
            env=env, cwd=tmp_path,
        ) as process:
            assert process.stdout is not None
            kept = {"stdout": process.stderr, "stderr": process.stdout}.get(closed)
            (process.stderr if closed == "stderr" else process.stdout).close()
            said = kept.read().decode() if kept is not None else ""
            done = process.wait(timeout=120)
        sessions = sandbox.stats()["sessions"]
    state = json.loads((tmp_path / ".gbimport-state.json").read_text(encoding="utf-8"))
    summary = json.loads(report.with_suffix(".summary.json").read_text(encoding="utf-8"))
    assert (done, sessions, summary["counts"]["created"]) == (exit_code, {"1": ROWS}, ROWS)
    assert state and "Traceback" not in said and "error" not in said
    if closed == "stderr":
        assert said.startswith("Import into guide 1")
