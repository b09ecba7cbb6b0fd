"""Shapes of the newest changes their own tests did not try: the word a run killed outright
left beside the lock, its pid since given to another process."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from filelock import FileLock

from importer._run_lock_holder import holder_path
from importer.errors import ConfigError
from importer.runner import run_lock_path
from tests.support import Sandbox, talk, write_sheet
from tests.test_small_mends9 import killed_holding_the_lock


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="process starts from /proc")
def test_a_killed_runs_pid_given_to_another_process_is_not_named(tmp_path: Path) -> None:
    """The lock held since by a run that wrote no word (an older gbimport): the killed run's
    pid, now another process's (here a sleep), was named as the holder's, and after a day
    the run was told to 'kill' it, a stranger; it is told as with no word."""
    sandbox = Sandbox()
    api = sandbox.settings.api_url
    lock = run_lock_path(api, 1)
    killed_holding_the_lock(api)
    word = holder_path(lock)
    stranger = subprocess.Popen(["sleep", "60"])
    try:  # the system gives the dead run's pid to the stranger
        _dead, *rest = word.read_text().split()
        word.write_text(" ".join([str(stranger.pid), *rest]) + "\n")
        with FileLock(lock), pytest.raises(ConfigError) as refused:
            sandbox.run(write_sheet(tmp_path / "a.csv", [talk(1)]))
    finally:
        stranger.kill()
        stranger.wait()
    assert str(refused.value) == (
        f"another gbimport run on this machine is importing into guide 1 right now (lock "
        f"{lock}); wait for it to finish")
