"""A nightly cron run that meets Guidebook down from its first request: the README's exit 3
(run again later), as when it goes down mid-run, not 2 (a person must fix something)."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import pytest

from importer.sandbox import SandboxConfig, running_sandbox

ROOT = Path(__file__).resolve().parent.parent
GBIMPORT = str(Path(sys.executable).parent / "gbimport")


def cron_run(event: Path, api_url: str, lock_folder: Path) -> subprocess.CompletedProcess[str]:
    """As cron starts a job: a bare environment, no terminal, no stdin, another folder."""
    (event / "gbimport.toml").write_text(
        f'guide = 1\napi_url = "{api_url}"\nmax_retry_wait = 1\ntimeout = 2\nrate = 100\n')
    env = {"PATH": "/usr/bin:/bin", "GUIDEBOOK_API_KEY": "sandbox-key",
           "GBIMPORT_LOCK_DIR": str(lock_folder)}
    return subprocess.run(
        [GBIMPORT, "run", str(event / "schedule.xlsx"), "--config", str(event / "gbimport.toml"),
         "--quiet", "--publish"],
        env=env, cwd="/", stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=120)


@pytest.fixture
def event(tmp_path: Path) -> Path:
    folder = tmp_path / "event"
    folder.mkdir()
    (folder / "schedule.xlsx").write_bytes((ROOT / "sample_data/conference.xlsx").read_bytes())
    return folder


@pytest.mark.e2e
@pytest.mark.parametrize(("fault", "got"), [
    ("fault_error_before", "HTTP 50"), ("fault_drop_after", "RemoteProtocolError"),
])
def test_guidebook_down_from_the_first_request_exits_3_to_run_again_later(
        event: Path, own_temporary_folder: Path, fault: str, got: str) -> None:
    config = SandboxConfig(guide_timezone="America/Chicago", **{fault: 1.0})
    with running_sandbox(config) as sandbox:
        done = cron_run(event, sandbox.base_url, own_temporary_folder)
        stored = sandbox.stats()["sessions"]
    assert (done.returncode, done.stdout, stored) == (3, "", {"1": 0})
    assert done.stderr.startswith(f"error: Guidebook kept failing: GET guides/1/ got {got}")
    assert done.stderr.endswith(". Try again later.\n") and done.stderr.count("\n") == 1
    assert not (event / "reports").exists()


@pytest.mark.e2e
def test_an_api_url_nothing_answers_on_still_exits_2_for_a_person_to_check(
        event: Path, own_temporary_folder: Path) -> None:
    with socket.socket() as unused:  # a port nothing listens on: most often a typo
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]
    done = cron_run(event, f"http://127.0.0.1:{port}/open-api/v1.1/", own_temporary_folder)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr.startswith("error: Could not connect to the API URL http://127.0.0.1:")
