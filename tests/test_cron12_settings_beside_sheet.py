"""A cron job that names the sheet by its full path but does not `cd` to its folder: cron
starts it in the home folder, where no gbimport.toml is, and the one beside the sheet went
unread without a word (a nightly run that published nothing, exit 0 and no mail)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from importer.sandbox import SandboxConfig, running_sandbox
from importer.sandbox.server import RunningSandbox

ROOT = Path(__file__).resolve().parent.parent
GBIMPORT = str(Path(sys.executable).parent / "gbimport")


def cron_job(home: Path, event: Path, *extra: str, **env: str) -> subprocess.CompletedProcess[str]:
    """`gbimport run /srv/event/schedule.xlsx` as cron runs it: bare environment, no
    terminal, stdin closed, started in the home folder."""
    return subprocess.run(
        [GBIMPORT, "run", str(event / "schedule.xlsx"), "--quiet", *extra],
        env={"PATH": "/usr/bin:/bin", **env}, cwd=home, stdin=subprocess.DEVNULL,
        capture_output=True, text=True, timeout=120)


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    home, event = tmp_path / "home", tmp_path / "event"
    home.mkdir()
    event.mkdir()
    (event / "schedule.xlsx").write_bytes((ROOT / "sample_data/conference.xlsx").read_bytes())
    (event / "gbimport.toml").write_text(
        'rate = 100\npublish = true\nreport = "reports/nightly.csv"\n')
    return home, event


@pytest.mark.e2e
def test_a_settings_file_beside_the_sheet_left_unread_stops_the_run_naming_both_fixes(
        folders: tuple[Path, Path], own_temporary_folder: Path) -> None:
    home, event = folders
    with running_sandbox(SandboxConfig(guide_timezone="America/Chicago")) as sandbox:
        env = _job_environment(sandbox, own_temporary_folder)
        done = cron_job(home, event, **env)
        requests = sandbox.stats()["requests"]
    beside = event / "gbimport.toml"
    assert (done.returncode, done.stdout, requests) == (2, "", [])
    assert done.stderr == (
        f"error: {beside} was not read: settings are read from gbimport.toml in the folder "
        f"gbimport is started in ({home}, which has none), so this run would go without that "
        f"file's rate, publish, report. Start the job in the sheet's folder (cd {event} && "
        f"gbimport ...), or give --config {beside}\n")
    assert list(home.iterdir()) == []


@pytest.mark.e2e
def test_the_job_that_names_the_file_runs_and_publishes(
        folders: tuple[Path, Path], own_temporary_folder: Path) -> None:
    home, event = folders
    with running_sandbox(SandboxConfig(guide_timezone="America/Chicago")) as sandbox:
        env = _job_environment(sandbox, own_temporary_folder)
        done = cron_job(home, event, "--config", str(event / "gbimport.toml"), **env)
        published = [r["count"] for r in sandbox.stats()["requests"] if "publish" in r["path"]]
    assert (done.returncode, done.stdout, done.stderr, published) == (0, "", "", [1])
    assert (event / "reports" / "nightly.summary.json").is_file()


def test_a_file_beside_the_sheet_whose_settings_all_come_from_elsewhere_is_no_stop(
        folders: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    """A job that gives every setting the file holds by options and the environment went
    without the file anyway: nothing is lost, and it runs as it did."""
    from importer.settings import load_settings

    home, event = folders
    monkeypatch.chdir(home)
    settings = load_settings(None, env={}, spreadsheet=event / "schedule.xlsx", rate=100.0,
                             publish=True, report=str(home / "night.csv"))
    assert (settings.rate, settings.publish, settings.report) == (100.0, True,
                                                                  str(home / "night.csv"))


def test_validate_names_the_unread_file_when_it_holds_the_timezone(
        folders: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    """validate uses the file's mapping, timezone and sheet, and no other setting."""
    from typer.testing import CliRunner

    from importer.cli import app

    home, event = folders
    monkeypatch.chdir(home)
    sheet = str(event / "schedule.xlsx")
    assert CliRunner().invoke(app, ["validate", sheet]).exit_code == 0  # rate, publish: unused
    (event / "gbimport.toml").write_text('timezone = "America/Chicago"\nrate = 100\n')
    done = CliRunner().invoke(app, ["validate", sheet])
    assert (done.exit_code, done.stdout) == (2, "")
    assert "would go without that file's timezone. Start the job" in " ".join(done.stderr.split())


def _job_environment(sandbox: RunningSandbox, lock_dir: Path) -> dict[str, str]:
    """What the crontab line sets: the key, the guide and the API in the environment."""
    return {"GUIDEBOOK_API_KEY": sandbox.api_key, "GUIDEBOOK_GUIDE": "1",
            "GUIDEBOOK_API_URL": sandbox.base_url, "GBIMPORT_LOCK_DIR": str(lock_dir)}
