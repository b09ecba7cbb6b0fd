"""The README's way to keep the key out of the crontab, run as cron would run it."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from importer.sandbox import SandboxConfig, running_sandbox

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.e2e
def test_the_key_file_the_readme_gives_reaches_gbimport_from_cron(tmp_path: Path) -> None:
    """A file sourced with `.` sets its variables in the shell alone unless it exports them:
    the README's file, written as it says, must give gbimport the key in cron's bare
    environment."""
    flat = " ".join(README.split())
    (job,) = re.findall(r"start the job `(cd /srv/event && \. \./gbimport\.env && [^`]*)`", flat)
    (line,) = re.findall(r"holding `([^`]*GUIDEBOOK_API_KEY=\.\.\.)`", flat)
    (crontab,) = re.findall(r"```crontab\n(.*?)```", README, flags=re.DOTALL)
    command = crontab.strip().splitlines()[-1].split(maxsplit=5)[5]
    folder = tmp_path / "event"
    folder.mkdir()
    (folder / "schedule.xlsx").write_bytes((ROOT / "sample_data/conference.xlsx").read_bytes())
    installed = str(Path(sys.executable).parent / "gbimport")
    command = job.replace("/srv/gbimport/...", command.split(" && ", 1)[1]).replace(
        "/srv/event", str(folder)).replace("/srv/gbimport/.venv/bin/gbimport", installed)
    with running_sandbox(SandboxConfig(guide_timezone="America/Chicago")) as sandbox:
        (folder / "gbimport.env").write_text(line.replace("...", sandbox.api_key) + "\n")
        (folder / "gbimport.toml").write_text(
            f'guide = 1\nrate = 100\napi_url = "{sandbox.base_url}"\n')
        env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "SHELL": "/bin/sh"}
        done = subprocess.run(["/bin/sh", "-c", command], env=env, cwd=tmp_path,
                              stdin=subprocess.DEVNULL, capture_output=True, timeout=120)
        stored = sandbox.stats()["sessions"]
    assert (done.returncode, done.stdout, done.stderr) == (0, b"", b"")
    assert stored == {"1": 61}
